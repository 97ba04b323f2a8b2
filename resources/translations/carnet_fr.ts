<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/ui/shell/about.py" line="15"/>
        <source>Carnet %1</source>
        <translation>Carnet %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/about.py" line="16"/>
        <source>An encrypted notebook for social workers. Your notes stay on this computer, encrypted; you choose, line by line, what leaves it.</source>
        <translation>Un carnet chiffré pour les assistantes et assistants de service social. Vos notes restent sur cet ordinateur, chiffrées&#xa0;; vous choisissez, ligne par ligne, ce qui en sort.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/about.py" line="21"/>
        <source>Free software, under the GNU General Public License version 3 or later.</source>
        <translation>Logiciel libre, sous licence publique générale GNU version 3 ou ultérieure.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/about.py" line="31"/>
        <source>About Carnet</source>
        <translation>À propos de Carnet</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <location filename="../../app/export/activity_labels.py" line="13"/>
        <source>Activity figures</source>
        <translation>Statistiques d’activité</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="17"/>
        <source>From {start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="26"/>
        <source>Counts from 1 to {below} are shown as “&lt;{threshold}”; a count marked “≥{threshold}” or a total is hidden so that a small count cannot be worked out.</source>
        <translation>Les effectifs de 1 à {below} sont affichés «&#xa0;&lt;{threshold}&#xa0;»&#xa0;; un effectif marqué «&#xa0;≥{threshold}&#xa0;» ou un total est masqué pour qu’un petit effectif ne puisse pas être recalculé.</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="35"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="39"/>
        <source>Count</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="43"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="47"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="52"/>
        <source>Persons followed</source>
        <translation>Personnes suivies</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="53"/>
        <source>New cases</source>
        <translation>Nouveaux suivis</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="54"/>
        <source>Closed cases</source>
        <translation>Suivis clos</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="55"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="56"/>
        <source>Follow-ups done</source>
        <translation>Suites données</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="57"/>
        <source>Follow-ups overdue</source>
        <translation>Suites en retard</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="58"/>
        <source>Transmissions</source>
        <translation>Transmissions</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="59"/>
        <source>Refused requests</source>
        <translation>Demandes refusées</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="66"/>
        <source>Interviews by kind</source>
        <translation>Entretiens par type</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="67"/>
        <source>Interviews by theme</source>
        <translation>Entretiens par thème</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="68"/>
        <source>Interviews by who asked for them</source>
        <translation>Entretiens par demandeur</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="71"/>
        <source>Interviews by month</source>
        <translation>Entretiens par mois</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="72"/>
        <source>Transmissions by frame</source>
        <translation>Transmissions par cadre</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="73"/>
        <source>Transmissions by kind of recipient</source>
        <translation>Transmissions par type de destinataire</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="89"/>
        <source>Office</source>
        <translation>Au bureau</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="90"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="91"/>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="92"/>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="93"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="94"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="95"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="96"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="97"/>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="98"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="99"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="100"/>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="101"/>
        <source>HR</source>
        <translation>RH</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="102"/>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="103"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="104"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="105"/>
        <source>The worker</source>
        <translation>Le professionnel</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="106"/>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="107"/>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="108"/>
        <source>Successor</source>
        <translation>Successeur</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="109"/>
        <source>Liaison note</source>
        <translation>Note de liaison</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="110"/>
        <source>Coordination notice</source>
        <translation>Avis de coordination</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="111"/>
        <source>Concern report</source>
        <translation>Information préoccupante</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="112"/>
        <source>Report to the prosecutor</source>
        <translation>Signalement au procureur</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="113"/>
        <source>Reply to an employer</source>
        <translation>Réponse à un employeur</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="114"/>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="115"/>
        <source>Copy for the person</source>
        <translation>Copie pour la personne</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="116"/>
        <source>Handover</source>
        <translation>Passation</translation>
    </message>
</context>
<context>
    <name>AddendaPanel</name>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="25"/>
        <location filename="../../app/ui/workspace/addenda.py" line="35"/>
        <source>Addenda</source>
        <translation>Compléments</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="29"/>
        <source>Dated corrections and additions, after finalising.</source>
        <translation>Corrections et ajouts datés, après finalisation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="36"/>
        <source>No addendum yet.</source>
        <translation>Aucun complément pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="40"/>
        <source>New addendum</source>
        <translation>Nouveau complément</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="41"/>
        <source>What to correct or add, as facts…</source>
        <translation>Ce qu’il faut corriger ou ajouter, sous forme de faits…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="43"/>
        <source>Add addendum…</source>
        <translation>Ajouter un complément…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="46"/>
        <source>Save addendum</source>
        <translation>Enregistrer le complément</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="48"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="75"/>
        <source>Addendum of %1</source>
        <translation>Complément du %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="84"/>
        <source>External backup</source>
        <translation>Sauvegarde externe</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="86"/>
        <source>One encrypted file, for a USB key kept in a safe place. It holds everything except your private working hypotheses, which never leave this computer. Choose a passphrase for it alone, and keep it apart from the key.</source>
        <translation>Un seul fichier chiffré, pour une clé USB rangée en lieu sûr. Il contient tout, sauf vos hypothèses de travail privées, qui ne quittent jamais cet ordinateur. Choisissez une phrase de passe pour ce fichier seul, et gardez-la à l’écart de la clé USB.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="89"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="91"/>
        <source>Backup &amp;passphrase</source>
        <translation>&amp;Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="96"/>
        <source>Save the backup as</source>
        <translation>Enregistrer la sauvegarde sous</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="97"/>
        <source>Carnet backups (*%1)</source>
        <translation>Sauvegardes Carnet (*%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="104"/>
        <source>Choose where to write the backup.</source>
        <translation>Choisissez où écrire la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="114"/>
        <source>Snapshots on this computer</source>
        <translation>Copies instantanées sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="116"/>
        <source>Carnet keeps an encrypted copy of the whole vault each day you use it: the last 7 days and 4 weeks. They stay on this computer and protect against a mistake, not against losing the computer.</source>
        <translation>Chaque jour où vous l’utilisez, Carnet fait une copie chiffrée du coffre entier&#xa0;: il garde celles des 7 derniers jours et des 4 dernières semaines. Elles restent sur cet ordinateur et protègent d’une erreur, pas de la perte de l’ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="119"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="119"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="119"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="120"/>
        <source>&amp;Restore this snapshot…</source>
        <translation>&amp;Restaurer cette copie…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="121"/>
        <source>External backup</source>
        <translation>Sauvegarde externe</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="122"/>
        <source>Make an external &amp;backup now…</source>
        <translation>Faire une &amp;sauvegarde externe maintenant…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="123"/>
        <source>Restore from a backup &amp;file…</source>
        <translation>Restaurer depuis un &amp;fichier de sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="124"/>
        <source>Writing and checking the backup… (a few seconds)</source>
        <translation>Écriture et vérification de la sauvegarde… (quelques secondes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="126"/>
        <source>No snapshot yet: Carnet makes one each day you use it.</source>
        <translation>Aucune copie instantanée pour l’instant&#xa0;: Carnet en fait une chaque jour où vous l’utilisez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="127"/>
        <source>Make an external backup now…</source>
        <translation>Faire une sauvegarde externe maintenant…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="143"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="143"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="161"/>
        <source>No external backup has been made yet.</source>
        <translation>Aucune sauvegarde externe n’a encore été faite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="163"/>
        <source>Last external backup: %1</source>
        <translation>Dernière sauvegarde externe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="166"/>
        <source>It has been more than 30 days without an external backup. When you have a moment, make one on a USB key kept somewhere safe.</source>
        <translation>Aucune sauvegarde externe depuis plus de 30 jours. Quand vous aurez un moment, faites-en une sur une clé USB rangée en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="211"/>
        <source>Backup written and checked: %1 (%2 persons, %3 interviews). The private hypotheses are not in it.</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1 (%2 personnes, %3 entretiens). Les hypothèses privées n’y figurent pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="217"/>
        <source>External backup written and checked.</source>
        <translation>Sauvegarde externe écrite et vérifiée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="234"/>
        <source>Restore from a backup file</source>
        <translation>Restaurer depuis un fichier de sauvegarde</translation>
    </message>
</context>
<context>
    <name>CarnetCli</name>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="51"/>
        <source>read the backup passphrase as one line from file descriptor N</source>
        <translation>lire la phrase de passe de la sauvegarde sur une ligne du descripteur N</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="59"/>
        <source>do not ask for confirmation</source>
        <translation>ne pas demander de confirmation</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="66"/>
        <source>write an encrypted external backup (everything but the hypotheses)</source>
        <translation>écrire une sauvegarde externe chiffrée (tout sauf les hypothèses)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="75"/>
        <source>backup file</source>
        <translation>fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="82"/>
        <source>restore a snapshot or an external backup (a copy of the vault is kept)</source>
        <translation>restaurer une copie instantanée ou une sauvegarde externe (une copie du coffre est gardée)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="87"/>
        <source>snapshot or backup file</source>
        <translation>copie instantanée ou fichier de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="94"/>
        <source>list the on-device snapshots</source>
        <translation>lister les copies instantanées de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="99"/>
        <source>persons past the retention term</source>
        <translation>personnes dont la durée de conservation est dépassée</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="102"/>
        <location filename="../../app/cli/commands_notes.py" line="70"/>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>AAAA-MM-JJ (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="107"/>
        <source>erase a person for good (right to erasure)</source>
        <translation>effacer définitivement une personne (droit à l’effacement)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="113"/>
        <source>recorded in the register (no names)</source>
        <translation>inscrit au registre (sans nom)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="118"/>
        <source>the retention term is over</source>
        <translation>la durée de conservation est dépassée</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="125"/>
        <source>close a case; its hypotheses are destroyed, snapshots included</source>
        <translation>clore un dossier&#xa0;; ses hypothèses sont détruites, copies instantanées comprises</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="133"/>
        <source>closing date, YYYY-MM-DD (default: today)</source>
        <translation>date de clôture, AAAA-MM-JJ (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="136"/>
        <source>do not destroy them</source>
        <translation>ne pas les détruire</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_demo.py" line="19"/>
        <source>fill an EMPTY vault with a fictitious French caseload (never real notes)</source>
        <translation>remplir un coffre VIDE d’un suivi fictif (jamais de vraies notes)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_demo.py" line="29"/>
        <source>same seed and day, same caseload</source>
        <translation>même graine et même jour, même suivi</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_demo.py" line="34"/>
        <source>reference day YYYY-MM-DD (default: today)</source>
        <translation>jour de référence AAAA-MM-JJ (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="103"/>
        <source>write a transmission and record it in the disclosure register</source>
        <translation>écrire une transmission et l’inscrire au registre des transmissions</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="114"/>
        <source>include the open follow-ups</source>
        <translation>inclure les suites à donner en cours</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="121"/>
        <source>copy for the person: everything Carnet holds about them</source>
        <translation>copie pour la personne&#xa0;: tout ce que Carnet contient sur elle</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="123"/>
        <source>name of the recipient</source>
        <translation>nom du destinataire</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="129"/>
        <source>the recipient is the person themself</source>
        <translation>le destinataire est la personne elle-même</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="135"/>
        <source>required when the recipient is not the person: agreed, not-agreed (informed, does not agree) or no (not informed, give --reason)</source>
        <translation>obligatoire quand le destinataire n’est pas la personne&#xa0;: agreed (informée et d’accord), not-agreed (informée, pas d’accord) ou no (non informée, préciser --reason)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="141"/>
        <source>why the person was not informed</source>
        <translation>pourquoi la personne n’a pas été informée</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="145"/>
        <source>worker or service signing (remembered)</source>
        <translation>professionnel ou service signataire (mémorisé)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="151"/>
        <source>employer reply: say that a follow-up exists</source>
        <translation>réponse à l’employeur&#xa0;: indiquer qu’un accompagnement existe</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="156"/>
        <source>child protection: the child&apos;s identity as you have it</source>
        <translation>protection de l’enfance&#xa0;: l’identité de l’enfant telle que vous la connaissez</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="161"/>
        <source>child protection: your assessment of the danger</source>
        <translation>protection de l’enfance&#xa0;: votre évaluation du danger</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="166"/>
        <source>child protection: actions already taken</source>
        <translation>protection de l’enfance&#xa0;: actions déjà menées</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="171"/>
        <source>child protection: about informing the parents</source>
        <translation>protection de l’enfance&#xa0;: sur l’information des parents</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="177"/>
        <source>child protection: the paragraphs you observed</source>
        <translation>protection de l’enfance&#xa0;: les paragraphes que vous avez constatés</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="183"/>
        <source>child protection: the paragraphs reported to you</source>
        <translation>protection de l’enfance&#xa0;: les paragraphes qui vous ont été rapportés</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="186"/>
        <source>coordination: professionals involved</source>
        <translation>coordination&#xa0;: professionnels concernés</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="192"/>
        <source>replace an existing file</source>
        <translation>remplacer un fichier existant</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="193"/>
        <source>print, write nothing</source>
        <translation>afficher, ne rien écrire</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="46"/>
        <source>add or list persons supported</source>
        <translation>ajouter ou lister les personnes accompagnées</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="49"/>
        <source>add a person; prints the new id</source>
        <translation>ajouter une personne&#xa0;; affiche son numéro</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="52"/>
        <source>display name or alias (e.g. a first name and an initial)</source>
        <translation>nom affiché ou pseudonyme (par exemple un prénom et une initiale)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="55"/>
        <source>client company or organisation</source>
        <translation>entreprise cliente ou structure</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="59"/>
        <source>every person, most recent contact first</source>
        <translation>toutes les personnes, contact le plus récent en tête</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="63"/>
        <source>add an interview note</source>
        <translation>ajouter une note d’entretien</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="66"/>
        <source>add an interview; prints its id</source>
        <translation>ajouter un entretien&#xa0;; affiche son numéro</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="79"/>
        <source>UTF-8 text, at most 1 MiB; - is stdin</source>
        <translation>texte UTF-8, 1 Mio au plus&#xa0;; - pour l’entrée standard</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="84"/>
        <source>private working hypotheses (UTF-8, at most 1 MiB)</source>
        <translation>hypothèses de travail privées (UTF-8, 1 Mio au plus)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="89"/>
        <source>full-text search of facts and addenda</source>
        <translation>recherche plein texte dans les faits et les compléments</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="92"/>
        <source>words to find; end one with * to match a prefix</source>
        <translation>mots à chercher&#xa0;; terminez-en un par * pour chercher un début de mot</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="98"/>
        <source>at most this many hits (1-500)</source>
        <translation>au plus ce nombre de résultats (1-500)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="103"/>
        <source>also search the private hypotheses</source>
        <translation>chercher aussi dans les hypothèses privées</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="109"/>
        <source>only within this person&apos;s file</source>
        <translation>seulement dans le dossier de cette personne</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="45"/>
        <source>list the disclosure register (no note content)</source>
        <translation>lister le registre des transmissions (aucun contenu de note)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="55"/>
        <source>as JSON (like the global --json)</source>
        <translation>en JSON (comme l’option globale --json)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="60"/>
        <source>as CSV, even with the global --json</source>
        <translation>en CSV, même avec l’option globale --json</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="66"/>
        <source>record a request you refused (no file leaves)</source>
        <translation>enregistrer une demande refusée (aucun fichier ne sort)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="70"/>
        <source>who asked, e.g. the HR manager</source>
        <translation>qui a demandé, par exemple la responsable RH</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="73"/>
        <source>what they asked for</source>
        <translation>ce qui a été demandé</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="76"/>
        <source>the answer you gave (optional)</source>
        <translation>la réponse donnée (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="106"/>
        <source>Refused request recorded, entry:</source>
        <translation>Demande refusée enregistrée, inscription&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="114"/>
        <source>Entry</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="115"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="116"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="117"/>
        <source>Person (id)</source>
        <translation>Personne (n°)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="118"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="119"/>
        <source>Frame</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="120"/>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="121"/>
        <source>Informed</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="122"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="123"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="124"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="126"/>
        <source>Corrects entry</source>
        <translation>Corrige l’inscription</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="127"/>
        <source>Answer given</source>
        <translation>Réponse donnée</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_vault.py" line="21"/>
        <source>create a new vault in the vault folder</source>
        <translation>créer un nouveau coffre dans le dossier du coffre</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_vault.py" line="26"/>
        <source>also make a recovery key, printed once: write it on paper</source>
        <translation>créer aussi une clé de secours, affichée une seule fois&#xa0;: notez-la sur papier</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_vault.py" line="31"/>
        <source>verify every page, the indexes and the settings</source>
        <translation>vérifier chaque page, les index et les réglages</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_vault.py" line="42"/>
        <source>change the passphrase (current one, then the new one)</source>
        <translation>changer la phrase de passe (l’actuelle, puis la nouvelle)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_vault.py" line="48"/>
        <source>open with the recovery key and set a new passphrase</source>
        <translation>ouvrir avec la clé de secours et choisir une nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/cli/errors.py" line="74"/>
        <source>exit codes:</source>
        <translation>codes de sortie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/cli/errors.py" line="75"/>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <location filename="../../app/cli/errors.py" line="81"/>
        <source>invalid command line (usage)</source>
        <translation>ligne de commande invalide (usage)</translation>
    </message>
    <message>
        <location filename="../../app/cli/errors.py" line="84"/>
        <source>internal error (a bug)</source>
        <translation>erreur interne (un bogue)</translation>
    </message>
    <message>
        <location filename="../../app/cli/errors.py" line="85"/>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="103"/>
        <source>Passphrase: </source>
        <translation>Phrase de passe&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="104"/>
        <source>Vault passphrase: </source>
        <translation>Phrase de passe du coffre&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="105"/>
        <source>Passphrase for the new vault: </source>
        <translation>Phrase de passe du nouveau coffre&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="106"/>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase de passe&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="107"/>
        <source>Backup passphrase: </source>
        <translation>Phrase de passe de la sauvegarde&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="108"/>
        <source>Recovery key: </source>
        <translation>Clé de secours&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="109"/>
        <source>Repeat the new passphrase: </source>
        <translation>Répétez la nouvelle phrase de passe&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="110"/>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase de passe&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="111"/>
        <source>Measuring this computer to tune the key derivation…</source>
        <translation>Mesure de cet ordinateur pour régler la dérivation de clé…</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="112"/>
        <source>Deriving the key from the passphrase…</source>
        <translation>Dérivation de la clé à partir de la phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="113"/>
        <source>Opening and verifying the vault…</source>
        <translation>Ouverture et vérification du coffre…</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="114"/>
        <source>Creating the vault…</source>
        <translation>Création du coffre…</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="119"/>
        <source>usage: </source>
        <translation>usage&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="120"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="121"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="122"/>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="123"/>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="124"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="125"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="126"/>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="62"/>
        <source>Carnet&apos;s encrypted notebook from the command line.
Passphrases are read from the terminal without echo, or from --passphrase-fd;
never from arguments or the environment. Global options go before COMMAND.</source>
        <translation>Le carnet chiffré de Carnet en ligne de commande.
Les phrases de passe sont lues au terminal sans écho, ou depuis --passphrase-fd&#xa0;;
jamais depuis les arguments ni l’environnement. Les options globales précèdent COMMANDE.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="75"/>
        <source>vault folder (default: ${variable}, else the per-user data folder)</source>
        <translation>dossier du coffre (par défaut&#xa0;: ${variable}, sinon le dossier de données de l’utilisateur)</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="83"/>
        <source>machine-readable output</source>
        <translation>sortie lisible par un programme</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="89"/>
        <source>read each secret as one line from file descriptor N instead of the terminal</source>
        <translation>lire chaque secret sur une ligne du descripteur de fichier N au lieu du terminal</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="97"/>
        <source>language of messages and documents (default: from the locale)</source>
        <translation>langue des messages et des documents (par défaut&#xa0;: celle de la locale)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="45"/>
        <source>hand persons over to a successor, or take over</source>
        <translation>passer des personnes à un successeur, ou reprendre une passation</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="49"/>
        <source>write an encrypted handover file for a successor</source>
        <translation>écrire un fichier de passation chiffré pour un successeur</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="52"/>
        <source>the successor&apos;s name</source>
        <translation>le nom du successeur</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="54"/>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="58"/>
        <source>were the persons told of the handover?</source>
        <translation>les personnes ont-elles été informées de la passation&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="61"/>
        <source>print it; write nothing</source>
        <translation>l’afficher&#xa0;; ne rien écrire</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="66"/>
        <source>take in a handover file from a predecessor</source>
        <translation>reprendre le fichier de passation d’un prédécesseur</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="78"/>
        <source>read the handover passphrase as one line from file descriptor N</source>
        <translation>lire la phrase de passe de la passation sur une ligne du descripteur N</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="118"/>
        <source>Handover written; register entries:</source>
        <translation>Passation écrite&#xa0;; entrées du registre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="130"/>
        <source>Taken over from {sender} on {day} (handover).</source>
        <translation>Repris de {sender} le {day} (passation).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="131"/>
        <source>Handed over on {day}.</source>
        <translation>Transmis en passation le {day}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="134"/>
        <source>Persons taken over:</source>
        <translation>Personnes reprises&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="137"/>
        <source>This handover was already taken in; nothing was added.</source>
        <translation>Cette passation a déjà été reprise&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_stats.py" line="38"/>
        <source>activity figures of a period (counts only, no name)</source>
        <translation>statistiques d’activité d’une période (effectifs seulement, aucun nom)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_stats.py" line="70"/>
        <source>Written:</source>
        <translation>Écrit&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CliExport</name>
    <message>
        <location filename="../../app/cli/commands_export.py" line="203"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="204"/>
        <source>Supported since</source>
        <translation>Début de l’accompagnement</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="205"/>
        <source>Detail</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="232"/>
        <source>Written:</source>
        <translation>Écrit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="233"/>
        <source>Register entry:</source>
        <translation>Inscription au registre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="259"/>
        <source>Wording check:</source>
        <translation>Vérification des termes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="47"/>
        <source>Were the persons told of the handover?</source>
        <translation>Les personnes ont-elles été informées de la passation&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="51"/>
        <source>Yes, and they agreed</source>
        <translation>Oui, et elles sont d’accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="52"/>
        <source>Yes, and they did not agree</source>
        <translation>Oui, et elles ne sont pas d’accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="53"/>
        <source>No, they were not told</source>
        <translation>Non, elles n’ont pas été informées</translation>
    </message>
</context>
<context>
    <name>CopyGuard</name>
    <message>
        <location filename="../../app/ui/session/copy_guard.py" line="215"/>
        <source>Copy refused: this list cannot be copied.</source>
        <translation>Copie refusée&#xa0;: cette liste ne se copie pas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/copy_guard.py" line="227"/>
        <source>Copy refused: the hypotheses stay here.</source>
        <translation>Copie refusée&#xa0;: les hypothèses restent ici.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="36"/>
        <source>Record a correction</source>
        <translation>Enregistrer une correction</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="42"/>
        <source>Entry %1 stays as it was recorded. The correction is added as a new entry that points to it.</source>
        <translation>L’inscription %1 reste telle qu’elle a été enregistrée. La correction est ajoutée comme une nouvelle inscription qui y renvoie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="48"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="49"/>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="50"/>
        <source>Why not informed</source>
        <translation>Pourquoi la personne n’a pas été informée</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="66"/>
        <source>Record the correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="70"/>
        <source>Recipient:</source>
        <translation>Destinataire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="71"/>
        <source>Purpose:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="72"/>
        <source>Informed:</source>
        <translation>Information&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="73"/>
        <source>Reason:</source>
        <translation>Raison&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="35"/>
        <source>← Back to the file</source>
        <translation>← Retour à la fiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="36"/>
        <source>Back to the person&apos;s file</source>
        <translation>Retour à la fiche de la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="66"/>
        <source>Interview of %1</source>
        <translation>Entretien du %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="72"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="74"/>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="76"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/messages/errors.py" line="35"/>
        <source>The passphrase is not correct.</source>
        <translation>La phrase de passe n’est pas correcte.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="36"/>
        <source>Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Vérifiez la disposition du clavier et la touche Verr. Maj, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="42"/>
        <source>The passphrase of this backup is not correct.</source>
        <translation>La phrase de passe de cette sauvegarde n’est pas correcte.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="43"/>
        <source>It is the passphrase chosen when the backup was made, not the vault&apos;s. Nothing was changed.</source>
        <translation>C’est la phrase de passe choisie au moment de la sauvegarde, pas celle du coffre. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="53"/>
        <source>The recovery key is not correct.</source>
        <translation>La clé de secours n’est pas correcte.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="54"/>
        <source>A recovery key has 32 letters and digits in 8 groups. Copy it again from the paper.</source>
        <translation>Une clé de secours compte 32 lettres et chiffres, en 8 groupes. Recopiez-la depuis le papier.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="63"/>
        <source>The key file asks for unsafe settings, so Carnet refused to open it.</source>
        <translation>Le fichier de clés demande des réglages dangereux&#xa0;: Carnet a refusé de l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="64"/>
        <source>The file may have been tampered with. Restore a backup of the vault.</source>
        <translation>Le fichier a pu être modifié par un tiers. Restaurez une sauvegarde du coffre.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="70"/>
        <source>The key file of the vault is damaged or has been altered.</source>
        <translation>Le fichier de clés du coffre est endommagé ou a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="71"/>
        <location filename="../../app/messages/errors.py" line="78"/>
        <source>Restore a backup of the vault. Nothing was changed on disk.</source>
        <translation>Restaurez une sauvegarde du coffre. Rien n’a été modifié sur le disque.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="77"/>
        <source>The vault file is damaged or has been altered.</source>
        <translation>Le fichier du coffre est endommagé ou a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="84"/>
        <source>This vault was made by a newer version of Carnet.</source>
        <translation>Ce coffre a été créé par une version plus récente de Carnet.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="85"/>
        <source>Update Carnet to open it. The vault was not changed.</source>
        <translation>Mettez Carnet à jour pour l’ouvrir. Le coffre n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="91"/>
        <source>The vault is already open in another Carnet window.</source>
        <translation>Le coffre est déjà ouvert dans une autre fenêtre de Carnet.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="92"/>
        <source>Close it first, then try again here.</source>
        <translation>Fermez-la d’abord, puis réessayez ici.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="98"/>
        <source>Carnet cannot write to the vault folder.</source>
        <translation>Carnet ne peut pas écrire dans le dossier du coffre.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="99"/>
        <source>Check that the disk is not read-only and that the folder belongs to you.</source>
        <translation>Vérifiez que le disque n’est pas en lecture seule et que le dossier vous appartient.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="107"/>
        <source>The disk is full. Nothing was lost, but the last change is not saved yet.</source>
        <translation>Le disque est plein. Rien n’est perdu, mais la dernière modification n’est pas encore enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="110"/>
        <source>Free some space on the disk; Carnet will save again.</source>
        <translation>Libérez de la place sur le disque&#xa0;; Carnet enregistrera de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="116"/>
        <source>The encryption library is missing, so Carnet refuses to run unencrypted.</source>
        <translation>La bibliothèque de chiffrement est absente&#xa0;: Carnet refuse de fonctionner sans chiffrement.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="119"/>
        <source>Reinstall Carnet.</source>
        <translation>Réinstallez Carnet.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="125"/>
        <source>No vault was found in this folder.</source>
        <translation>Aucun coffre n’a été trouvé dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="126"/>
        <source>Check the folder, or restore a backup of the vault.</source>
        <translation>Vérifiez le dossier, ou restaurez une sauvegarde du coffre.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="132"/>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="132"/>
        <source>Unlock it to go on.</source>
        <translation>Déverrouillez-le pour continuer.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="138"/>
        <source>This item does not exist or no longer exists.</source>
        <translation>Cet élément n’existe pas ou n’existe plus.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="139"/>
        <source>It may have been deleted. Refresh the list.</source>
        <translation>Il a peut-être été supprimé. Actualisez la liste.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="145"/>
        <source>This note is finalised and cannot be changed.</source>
        <translation>Cette note est finalisée et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="146"/>
        <source>Add a dated addendum instead.</source>
        <translation>Ajoutez plutôt un complément daté.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="153"/>
        <source>It is the passphrase your predecessor gave you apart from the file. Nothing was added.</source>
        <translation>C’est la phrase de passe que votre prédécesseur vous a donnée séparément du fichier. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="164"/>
        <source>Ask for the file again. Your vault was not changed.</source>
        <translation>Demandez à nouveau le fichier. Votre coffre n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="170"/>
        <source>This backup file is damaged, incomplete or not a Carnet backup.</source>
        <translation>Ce fichier de sauvegarde est endommagé, incomplet, ou n’est pas une sauvegarde Carnet.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="171"/>
        <source>Choose another backup file. Your vault was not changed.</source>
        <translation>Choisissez un autre fichier de sauvegarde. Votre coffre n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="177"/>
        <source>The transmission could not be written, and nothing was recorded.</source>
        <translation>La transmission n’a pas pu être écrite, et rien n’a été inscrit au registre.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="178"/>
        <source>Check the destination folder and the free space, then try again.</source>
        <translation>Vérifiez le dossier de destination et l’espace libre, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="184"/>
        <source>A vault already exists in this folder.</source>
        <translation>Un coffre existe déjà dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="185"/>
        <source>Unlock it instead, or choose another folder.</source>
        <translation>Déverrouillez-le plutôt, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="191"/>
        <source>The working hypotheses of this vault are sealed to the computer where they were written: they cannot be read or written on this one.</source>
        <translation>Les hypothèses de travail de ce coffre sont scellées à l’ordinateur où elles ont été écrites&#xa0;: elles ne peuvent être ni lues ni écrites sur celui-ci.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="196"/>
        <source>Nothing is lost on that computer. The facts work as usual here.</source>
        <translation>Rien n’est perdu sur cet ordinateur-là. Les faits fonctionnent ici comme d’habitude.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="202"/>
        <source>The vault key cannot be renewed on this computer: the working hypotheses of this vault are sealed to another one, and a renewal here would make them unreadable.</source>
        <translation>La clé du coffre ne peut pas être renouvelée sur cet ordinateur&#xa0;: les hypothèses de travail de ce coffre sont scellées à un autre ordinateur, et un renouvellement ici les rendrait illisibles.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="207"/>
        <source>Renew it on the computer where they were written. Nothing was changed.</source>
        <translation>Renouvelez-la sur l’ordinateur où elles ont été écrites. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="215"/>
        <source>This folder already holds other files.</source>
        <translation>Ce dossier contient déjà d’autres fichiers.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="216"/>
        <source>Choose an empty or a new folder for the vault. Nothing was changed.</source>
        <translation>Choisissez un dossier vide ou nouveau pour le coffre. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="222"/>
        <source>Carnet could not complete the operation.</source>
        <translation>Carnet n’a pas pu mener l’opération à bien.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="223"/>
        <source>Nothing was lost. Try again; if it happens again, restart Carnet.</source>
        <translation>Rien n’est perdu. Réessayez&#xa0;; si cela se reproduit, redémarrez Carnet.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="257"/>
        <source>The value entered is not valid.</source>
        <translation>La valeur saisie n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="258"/>
        <source>A person needs at least an alias.</source>
        <translation>Une personne doit avoir au moins un nom ou un pseudonyme.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="259"/>
        <source>An alias has at most 200 characters.</source>
        <translation>Un pseudonyme compte au plus 200 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="260"/>
        <source>This text is too long to be saved as one note.</source>
        <translation>Ce texte est trop long pour être enregistré dans une seule note.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="261"/>
        <source>This text holds characters that cannot be saved.</source>
        <translation>Ce texte contient des caractères qui ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="262"/>
        <source>A case cannot close before it opens.</source>
        <translation>Un dossier ne peut pas être clos avant d’être ouvert.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="263"/>
        <source>The retention term is between 1 and 50 years.</source>
        <translation>La durée de conservation est comprise entre 1 et 50 ans.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="264"/>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>La durée doit être comprise entre 0 et 1440 minutes.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="265"/>
        <source>An addendum cannot be empty.</source>
        <translation>Un complément ne peut pas être vide.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="266"/>
        <source>A follow-up needs a description.</source>
        <translation>Une suite à donner doit être décrite.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="267"/>
        <source>Choose a file name for the backup, not a folder.</source>
        <translation>Choisissez un nom de fichier pour la sauvegarde, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="268"/>
        <source>An external backup belongs on another disk, not in the vault folder.</source>
        <translation>Une sauvegarde externe se range sur un autre disque, pas dans le dossier du coffre.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="271"/>
        <source>A backup needs its own passphrase.</source>
        <translation>Une sauvegarde doit avoir sa propre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="272"/>
        <source>This is an external backup: its backup passphrase is needed.</source>
        <translation>C’est une sauvegarde externe&#xa0;: sa phrase de passe de sauvegarde est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="273"/>
        <source>Only an external backup can start a new vault.</source>
        <translation>Seule une sauvegarde externe peut servir à créer un nouveau coffre.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="274"/>
        <source>A purge needs a reason for the register.</source>
        <translation>Un effacement doit avoir un motif, pour le registre.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="275"/>
        <source>The reason has at most 500 characters.</source>
        <translation>Le motif compte au plus 500 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="284"/>
        <source>This value cannot be saved: %1</source>
        <translation>Cette valeur ne peut pas être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="287"/>
        <source>Correct it and try again.</source>
        <translation>Corrigez-la et réessayez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="21"/>
        <source>This kind of document carries nothing from the notes.</source>
        <translation>Ce type de document ne reprend rien des notes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="16"/>
        <source>A transmission needs a recipient.</source>
        <translation>Une transmission doit avoir un destinataire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="17"/>
        <source>A transmission needs a purpose.</source>
        <translation>Une transmission doit avoir un motif.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="18"/>
        <source>A transmission needs the name of the worker or service sending it.</source>
        <translation>Une transmission doit porter le nom du professionnel ou du service qui l’envoie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="22"/>
        <source>Say why the transmission is made without informing.</source>
        <translation>Indiquez pourquoi la transmission est faite sans information préalable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="23"/>
        <source>A concern report needs the identity of the minor.</source>
        <translation>Une information préoccupante doit indiquer l’identité du mineur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="24"/>
        <source>A coordination notice needs the professionals involved.</source>
        <translation>Un avis de coordination doit indiquer les professionnels concernés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="25"/>
        <source>An interview chosen belongs to another person.</source>
        <translation>Un entretien choisi concerne une autre personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="26"/>
        <source>A paragraph chosen no longer exists in the note.</source>
        <translation>Un paragraphe choisi n’existe plus dans la note.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="27"/>
        <source>An addendum chosen does not belong to this interview.</source>
        <translation>Un complément choisi ne se rapporte pas à cet entretien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="28"/>
        <source>A follow-up chosen belongs to another person.</source>
        <translation>Une suite à donner choisie concerne une autre personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="29"/>
        <source>A detail chosen is no longer in the person&apos;s file.</source>
        <translation>Une information choisie ne figure plus dans la fiche de la personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="30"/>
        <source>The text changed since the wording check; check it again.</source>
        <translation>Le texte a changé depuis la vérification des termes&#xa0;; vérifiez-le de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="31"/>
        <source>Write the new text, or leave the paragraph out.</source>
        <translation>Écrivez le nouveau texte, ou laissez ce paragraphe de côté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="32"/>
        <source>The end of the period is before its start.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="33"/>
        <source>A correction needs a recipient and a purpose.</source>
        <translation>Une correction doit avoir un destinataire et un motif.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="34"/>
        <source>The recipient is not the person: say whether the person was informed and agreed, informed and did not agree, or not informed (and why) before anything is written.</source>
        <translation>Le destinataire n’est pas la personne&#xa0;: indiquez si elle a été informée et est d’accord, informée et pas d’accord, ou non informée (et pourquoi) avant toute écriture.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="39"/>
        <source>Say whether the parents were informed and adhere to the approach, informed and do not, or not informed (and why, in the child&apos;s interest) before anything is written.</source>
        <translation>Indiquez si les parents ont été informés et adhèrent à la démarche, informés et n’y adhèrent pas, ou non informés (et pourquoi, dans l’intérêt de l’enfant) avant toute écriture.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="44"/>
        <source>A copy for the person is written only to the person. For anyone else, choose another kind of document.</source>
        <translation>Une copie pour la personne n’est adressée qu’à la personne. Pour tout autre destinataire, choisissez un autre document.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="49"/>
        <source>A child-protection report goes to the authority, not to the person.</source>
        <translation>Un écrit de protection de l’enfance est adressé à l’autorité, pas à la personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="52"/>
        <source>Without the person&apos;s agreement, a reply to an employer states nothing about them beyond professional secrecy.</source>
        <translation>Sans l’accord de la personne, une réponse à l’employeur ne dit rien d’elle en dehors du secret professionnel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="57"/>
        <source>Say for each paragraph whether you observed it or it was reported to you.</source>
        <translation>Indiquez pour chaque paragraphe si vous l’avez constaté ou s’il vous a été rapporté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="60"/>
        <source>Only the person&apos;s own copy can hold everything Carnet keeps.</source>
        <translation>Seule la copie pour la personne peut contenir tout ce que Carnet conserve.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="61"/>
        <source>A report to the prosecutor needs your assessment of the danger.</source>
        <translation>Un signalement au procureur doit comporter votre évaluation du danger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="62"/>
        <source>A refused request needs who asked and for what.</source>
        <translation>Une demande refusée doit dire qui a demandé et pour quoi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="63"/>
        <source>Give the file to write with --out, or use --preview.</source>
        <translation>Indiquez le fichier à écrire avec --out, ou utilisez --preview.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="64"/>
        <source>The output file exists already; add --force to replace it.</source>
        <translation>Le fichier de sortie existe déjà&#xa0;; ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="65"/>
        <source>Give --author the first time (it is then remembered).</source>
        <translation>Indiquez --author la première fois (il est ensuite mémorisé).</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="66"/>
        <source>A paragraph cannot be both observed and reported.</source>
        <translation>Un paragraphe ne peut pas être à la fois constaté et rapporté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="67"/>
        <source>The recipient is not the person: say with --informed agreed, not-agreed or no (with --reason) whether they were informed and agreed; add --to-person if the recipient is the person. Nothing was written.</source>
        <translation>Le destinataire n’est pas la personne&#xa0;: indiquez avec --informed agreed, not-agreed ou no (avec --reason) si elle a été informée et est d’accord&#xa0;; ajoutez --to-person si le destinataire est la personne. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="73"/>
        <source>Say for each paragraph whether you observed it (--observed) or it was reported to you (--reported). Nothing was written.</source>
        <translation>Indiquez pour chaque paragraphe si vous l’avez constaté (--observed) ou s’il vous a été rapporté (--reported). Rien n’a été écrit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="9"/>
        <source>The threshold is a whole number from 3 to 100.</source>
        <translation>Le seuil est un nombre entier de 3 à 100.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="10"/>
        <source>A quarter is 1, 2, 3 or 4.</source>
        <translation>Un trimestre vaut 1, 2, 3 ou 4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="11"/>
        <source>The end of the period comes before its start.</source>
        <translation>La fin de la période précède son début.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="12"/>
        <source>Choose at least one person to hand over.</source>
        <translation>Choisissez au moins une personne à transmettre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="13"/>
        <source>Say who takes over (the successor&apos;s name).</source>
        <translation>Indiquez qui reprend le suivi (le nom du successeur).</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="14"/>
        <source>A follow-up chosen is done or belongs to another person.</source>
        <translation>Une suite choisie est déjà faite ou concerne une autre personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="15"/>
        <source>Say whether each person was told of the handover (agreed, informed, or not) before anything is written.</source>
        <translation>Indiquez si chaque personne a été informée de la passation (d’accord, informée ou non) avant que quoi que ce soit ne soit écrit.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="20"/>
        <source>The handover file could not be written.</source>
        <translation>Le fichier de passation n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="163"/>
        <location filename="../../app/ui/activity/error_texts.py" line="21"/>
        <source>The handover file is damaged, incomplete or not a Carnet handover.</source>
        <translation>Le fichier de passation est endommagé, incomplet ou n’est pas une passation Carnet.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="152"/>
        <location filename="../../app/ui/activity/error_texts.py" line="24"/>
        <source>The passphrase of this handover is not correct.</source>
        <translation>La phrase de passe de cette passation n’est pas correcte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="25"/>
        <source>PDF and ODS are written to a file: add --out FILE.</source>
        <translation>Le PDF et l’ODS s’écrivent dans un fichier&#xa0;: ajoutez --out FICHIER.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="26"/>
        <source>Give the period: --from YYYY-MM-DD --to YYYY-MM-DD, or --year.</source>
        <translation>Indiquez la période&#xa0;: --from AAAA-MM-JJ --to AAAA-MM-JJ, ou --year.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/export/labels.py" line="31"/>
        <source>Liaison note</source>
        <translation>Note de liaison</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="32"/>
        <source>Coordination notice</source>
        <translation>Avis de coordination</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="33"/>
        <source>Child-protection concern report</source>
        <translation>Information préoccupante</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="34"/>
        <source>Report to the public prosecutor</source>
        <translation>Signalement au procureur de la République</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="35"/>
        <source>Reply to an employer&apos;s request</source>
        <translation>Réponse à une demande de l’employeur</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="36"/>
        <source>Certificate of support</source>
        <translation>Attestation de suivi</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="37"/>
        <source>Copy for the person</source>
        <translation>Copie pour la personne</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="44"/>
        <source>Confidential — professional secrecy</source>
        <translation>Confidentiel — secret professionnel</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="49"/>
        <source>page {page} / {pages}</source>
        <translation>page {page} / {pages}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="55"/>
        <source>Recipient: {recipient}</source>
        <translation>Destinataire&#xa0;: {recipient}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="72"/>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="76"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="80"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="84"/>
        <source>Person concerned:</source>
        <translation>Personne concernée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="88"/>
        <source>Purpose:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="92"/>
        <source>Minor concerned:</source>
        <translation>Mineur concerné&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="96"/>
        <source>Professionals involved:</source>
        <translation>Professionnels concernés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="100"/>
        <source>Coordination needed from:</source>
        <translation>Coordination nécessaire à compter du&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="104"/>
        <source>Reason:</source>
        <translation>Raison&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="109"/>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="114"/>
        <source>About the person</source>
        <translation>Concernant la personne</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="118"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="122"/>
        <source>Next steps</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="126"/>
        <source>Actions already taken</source>
        <translation>Actions déjà menées</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="130"/>
        <source>Information of the person</source>
        <translation>Information de la personne</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="134"/>
        <source>Information of the parents</source>
        <translation>Information des parents</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="138"/>
        <source>The child</source>
        <translation>L’enfant</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="142"/>
        <source>The worker&apos;s assessment of the danger</source>
        <translation>Évaluation du danger par le professionnel</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="146"/>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="150"/>
        <source>Professional secrecy</source>
        <translation>Secret professionnel</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="154"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="158"/>
        <source>Transmissions made</source>
        <translation>Transmissions effectuées</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="162"/>
        <source>Working notes</source>
        <translation>Notes de travail</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="169"/>
        <source>Interview of {date}</source>
        <translation>Entretien du {date}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="171"/>
        <source>Interview of {date} — observed by the worker</source>
        <translation>Entretien du {date} — faits constatés</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="173"/>
        <source>Interview of {date} — reported to the worker</source>
        <translation>Entretien du {date} — faits rapportés</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="175"/>
        <source>Interview of {date} — source not stated</source>
        <translation>Entretien du {date} — source non précisée</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="183"/>
        <source>{text} (by {date})</source>
        <translation>{text} (d’ici le {date})</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="209"/>
        <source>The holders of parental authority have been informed of this report.</source>
        <translation>Les titulaires de l’autorité parentale ont été informés de cette information préoccupante.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="212"/>
        <source>The holders of parental authority have been informed of this report and adhere to the approach.</source>
        <translation>Les titulaires de l’autorité parentale ont été informés de cette transmission et adhèrent à la démarche.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="217"/>
        <source>The holders of parental authority have been informed of this report and do not adhere to the approach.</source>
        <translation>Les titulaires de l’autorité parentale ont été informés de cette transmission et n’adhèrent pas à la démarche.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="222"/>
        <source>The holders of parental authority have not been informed of this report, in the interest of the child.</source>
        <translation>Les titulaires de l’autorité parentale n’ont pas été informés de cette transmission, dans l’intérêt de l’enfant.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="233"/>
        <source>The situation of {person} requires coordinated action by the professionals involved, under article L. 121-6-2 of the Code de l&apos;action sociale et des familles.</source>
        <translation>La situation de {person} nécessite l’intervention coordonnée des professionnels concernés, en application de l’article L. 121-6-2 du code de l’action sociale et des familles.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="266"/>
        <source>This certificate is issued at the request of {requester}, to serve as required.</source>
        <translation>Attestation délivrée à la demande de {requester}, pour servir et valoir ce que de droit.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="275"/>
        <source>Report made to the public prosecutor under article L. 226-4 of the Code de l&apos;action sociale et des familles. Article 226-14 of the Code pénal lifts professional secrecy for this report. The president of the departmental council (CRIP) is sent a copy.</source>
        <translation>Signalement adressé au procureur de la République en application de l’article L. 226-4 du code de l’action sociale et des familles. L’article 226-14 du code pénal lève le secret professionnel pour ce signalement. Copie en est adressée au président du conseil départemental (CRIP).</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="282"/>
        <source>Information transmitted to the departmental unit (CRIP) under article L. 226-2-1 of the Code de l&apos;action sociale et des familles. Only the information strictly necessary to assess the situation and to protect the child is shared, as article L. 226-2-2 of the same code provides.</source>
        <translation>Information transmise à la cellule départementale de recueil des informations préoccupantes (CRIP) en application de l’article L. 226-2-1 du code de l’action sociale et des familles. Seules les informations strictement nécessaires à l’évaluation de la situation et à la protection de l’enfant sont partagées, comme le prévoit l’article L. 226-2-2 du même code.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="293"/>
        <source>With their agreement, I can confirm that {person} is supported by the social service.</source>
        <translation>Avec son accord, je vous confirme que {person} est accompagné(e) par le service social.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="302"/>
        <source>Social workers are bound by professional secrecy (article L. 411-3 of the Code de l&apos;action sociale et des familles; article 226-13 of the Code pénal). Secrecy protects the person, not the institution: nothing about their situation can be shared without their agreement, whoever asks. This reply states only what the person agreed to share.</source>
        <translation>Les assistants de service social sont tenus au secret professionnel (article L. 411-3 du code de l’action sociale et des familles&#xa0;; article 226-13 du code pénal). Ce secret protège la personne, non l’institution&#xa0;: rien de sa situation ne peut être communiqué sans son accord, quel que soit le demandeur. La présente réponse ne contient que ce que la personne a accepté de partager.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="312"/>
        <source>In answer to your request (article 15 of the GDPR), this document sets out everything Carnet holds about you: the details noted, every interview with its facts and addenda, the next steps, and the transmissions made about you.</source>
        <translation>En réponse à votre demande (article 15 du RGPD), ce document présente tout ce que Carnet contient sur vous&#xa0;: les informations notées, chaque entretien avec ses faits et ses compléments, les suites à donner et les transmissions effectuées vous concernant.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="322"/>
        <source>Your social worker may also keep working notes: provisional thoughts, which are not facts. They stay on this computer only, are never sent to anyone and are destroyed when your support ends; they are not included here. If the data protection officer decides otherwise, they will be given to you. You may ask for any fact to be corrected (article 16) or erased (article 17).</source>
        <translation>Votre assistant(e) de service social peut aussi tenir des notes de travail&#xa0;: des hypothèses de travail provisoires, qui ne sont pas des faits. Elles restent sur cet ordinateur, ne sont jamais transmises et sont détruites à la fin de l’accompagnement&#xa0;; elles ne figurent pas ici. Si le délégué à la protection des données en décide autrement, elles vous seront communiquées. Vous pouvez demander la rectification (article 16) ou l’effacement (article 17) de tout fait.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="333"/>
        <source>Interview of {date} — {description}</source>
        <translation>Entretien du {date} — {description}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="338"/>
        <source>No facts written for this interview.</source>
        <translation>Aucun fait noté pour cet entretien.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="342"/>
        <source>Addendum of {date}: {text}</source>
        <translation>Complément du {date}&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="347"/>
        <source>{date} — to {recipient} — {purpose}</source>
        <translation>{date} — à {recipient} — {purpose}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="352"/>
        <source>No transmission about you has been recorded.</source>
        <translation>Aucune transmission vous concernant n’a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="358"/>
        <source>at the office</source>
        <translation>au bureau</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="359"/>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="360"/>
        <source>home visit</source>
        <translation>visite à domicile</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="361"/>
        <source>by video</source>
        <translation>en visioconférence</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="362"/>
        <location filename="../../app/export/labels.py" line="371"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="365"/>
        <source>housing</source>
        <translation>logement</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="366"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="367"/>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="368"/>
        <source>employment</source>
        <translation>emploi</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="369"/>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="370"/>
        <source>rights</source>
        <translation>accès aux droits</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="375"/>
        <source>{kind}; themes: {themes}</source>
        <translation>{kind}&#xa0;; thèmes&#xa0;: {themes}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="244"/>
        <source>The undersigned, {author}, certifies that {person} is supported by the social service.</source>
        <translation>Je soussigné(e), {author}, atteste que {person} est accompagné(e) par le service social.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="67"/>
        <source>transmission</source>
        <translation>transmission</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="190"/>
        <source>The person has been informed of this transmission.</source>
        <translation>La personne a été informée de cette transmission.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="193"/>
        <source>The person has been informed of this transmission and agrees to it.</source>
        <translation>La personne a été informée de cette transmission et y consent.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="196"/>
        <source>The person has been informed of this transmission and does not agree to it.</source>
        <translation>La personne a été informée de cette transmission et n’y consent pas.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="199"/>
        <source>The person has not been informed of this transmission.</source>
        <translation>La personne n’a pas été informée de cette transmission.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="250"/>
        <source>The undersigned, {author}, certifies that {person} has been supported by the social service since {date}.</source>
        <translation>Je soussigné(e), {author}, atteste que {person} est accompagné(e) par le service social depuis le {date}.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="261"/>
        <source>This certificate is issued at the request of the person concerned, to serve as required.</source>
        <translation>Attestation délivrée à la demande de la personne concernée, pour servir et valoir ce que de droit.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../app/ui/export/wizard.py" line="55"/>
        <source>Save the transmission</source>
        <translation>Enregistrer la transmission</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/wizard.py" line="73"/>
        <source>New transmission</source>
        <translation>Nouvelle transmission</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/wizard.py" line="76"/>
        <source>Write the file…</source>
        <translation>Écrire le fichier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="98"/>
        <source>To a partner, for a purpose the person knows: only the facts you tick.</source>
        <translation>Pour un partenaire, dans un but que la personne connaît&#xa0;: seuls les faits que vous cochez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="101"/>
        <source>States that coordination is needed, between whom and from when; nothing from the notes.</source>
        <translation>Indique qu’une coordination est nécessaire, entre qui et à partir de quand&#xa0;; rien des notes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="106"/>
        <source>To the departmental unit (CRIP): facts observed or reported, actions taken, whether the parents were informed.</source>
        <translation>Pour la cellule départementale (CRIP)&#xa0;: faits constatés ou rapportés, actions menées, information ou non des parents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="111"/>
        <source>To the public prosecutor, for a serious danger (art. L. 226-4 CASF, 226-14 CP): facts observed or reported, your assessment, the parents&apos; position.</source>
        <translation>Au procureur de la République, en cas de danger grave (art. L. 226-4 CASF, 226-14 CP)&#xa0;: faits constatés ou rapportés, votre évaluation, la position des parents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="116"/>
        <source>To an employer, HR or management: only what the person agreed to, and a paragraph on professional secrecy.</source>
        <translation>À un employeur, aux RH ou à l’encadrement&#xa0;: seulement ce que la personne a accepté, et un paragraphe sur le secret professionnel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="121"/>
        <source>Certifies that the person is supported, and since when; nothing else.</source>
        <translation>Atteste que la personne est accompagnée, et depuis quand&#xa0;; rien d’autre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="135"/>
        <source>Informing would put someone in danger</source>
        <translation>L’informer mettrait quelqu’un en danger</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="138"/>
        <source>Against the child&apos;s interest</source>
        <translation>Contraire à l’intérêt de l’enfant</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="141"/>
        <source>The person could not be reached</source>
        <translation>La personne n’a pas pu être jointe</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="144"/>
        <source>Another reason</source>
        <translation>Autre raison</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="159"/>
        <source>The parents have not been informed</source>
        <translation>Les parents n’ont pas été informés</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="165"/>
        <source>The person has been informed and agrees</source>
        <translation>La personne a été informée et est d’accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="171"/>
        <source>The person has not been informed</source>
        <translation>La personne n’a pas été informée</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="180"/>
        <source>Observed by me</source>
        <translation>Constaté par moi</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="181"/>
        <source>Reported to me</source>
        <translation>Rapporté</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="188"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="189"/>
        <source>OpenDocument text (ODT)</source>
        <translation>Texte OpenDocument (ODT)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="190"/>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="203"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="204"/>
        <source>Supported since</source>
        <translation>Début de l’accompagnement</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="205"/>
        <source>Detail</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="214"/>
        <source>Entry</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="124"/>
        <source>For the person only: the items you tick, or everything Carnet holds about them (right of access).</source>
        <translation>Pour la personne seulement&#xa0;: les éléments cochés, ou tout ce que Carnet contient sur elle (droit d’accès).</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="153"/>
        <source>The parents have been informed and adhere to the approach</source>
        <translation>Les parents ont été informés et adhèrent à la démarche</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="156"/>
        <source>The parents have been informed and do not adhere to it</source>
        <translation>Les parents ont été informés et n’y adhèrent pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="168"/>
        <source>The person has been informed and does not agree</source>
        <translation>La personne a été informée et n’est pas d’accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="215"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="216"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="217"/>
        <source>Person (id)</source>
        <translation>Personne (n°)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="218"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="219"/>
        <source>Frame</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="220"/>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="221"/>
        <location filename="../../app/ui/export/labels.py" line="235"/>
        <source>Informed</source>
        <translation>Informée</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="222"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="223"/>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="224"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="225"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="226"/>
        <source>Corrects entry</source>
        <translation>Corrige l’inscription</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="227"/>
        <source>Answer given</source>
        <translation>Réponse donnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="236"/>
        <source>Agreed</source>
        <translation>D’accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="237"/>
        <source>Not informed</source>
        <translation>Non informée</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="238"/>
        <source>Did not agree</source>
        <translation>Pas d’accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="239"/>
        <source>Sent to the person</source>
        <translation>Adressé à la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="249"/>
        <source>Refused request</source>
        <translation>Demande refusée</translation>
    </message>
</context>
<context>
    <name>FactPicker</name>
    <message>
        <location filename="../../app/ui/export/fact_picker.py" line="107"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/fact_picker.py" line="108"/>
        <source>No interview to choose from.</source>
        <translation>Aucun entretien à choisir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export/fact_picker.py" line="139"/>
        <source>%1 — %2 — %n paragraph(s)</source>
        <translation>
            <numerusform>%1 — %2 — %n paragraphe</numerusform>
            <numerusform>%1 — %2 — %n paragraphes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/export/fact_picker.py" line="170"/>
        <source>This person has no interview yet.</source>
        <translation>Cette personne n’a encore aucun entretien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/fact_picker.py" line="189"/>
        <source>Addendum of %1</source>
        <translation>Complément du %1</translation>
    </message>
</context>
<context>
    <name>FactsEdit</name>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="53"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="54"/>
        <source>What was said, seen, done or decided…</source>
        <translation>Ce qui a été dit, vu, fait ou décidé…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="63"/>
        <source>Finalised: read only. To correct it, add a dated addendum.</source>
        <translation>Finalisée&#xa0;: lecture seule. Pour la corriger, ajoutez un complément daté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="227"/>
        <source>What was said, seen, done or decided. Judgements about the person and phrases that sound like an opinion are underlined.</source>
        <translation>Ce qui a été dit, vu, fait ou décidé. Les jugements sur la personne et les formules qui relèvent de l&apos;opinion sont soulignés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="222"/>
        <source>Finalised note, read only. Corrections are added as dated addenda.</source>
        <translation>Note finalisée, en lecture seule. Les corrections s’ajoutent en compléments datés.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="191"/>
        <source>Welcome to Carnet</source>
        <translation>Bienvenue dans Carnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="193"/>
        <source>Your notes are kept on this computer, in an encrypted vault. Choose a passphrase to lock it: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Vos notes sont conservées sur cet ordinateur, dans un coffre chiffré. Choisissez une phrase de passe pour le verrouiller&#xa0;: quelques mots sans lien entre eux se retiennent facilement et se devinent difficilement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="196"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="198"/>
        <source>Nobody can recover a forgotten passphrase, not even Carnet&apos;s authors. Only the recovery key shown next can open the vault without it.</source>
        <translation>Personne ne peut retrouver une phrase de passe oubliée, pas même les auteurs de Carnet. Seule la clé de secours affichée ensuite peut ouvrir le coffre sans elle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="201"/>
        <source>Creating your vault… This takes a few seconds, to make the passphrase hard to guess.</source>
        <translation>Création de votre coffre… Cela prend quelques secondes, pour que la phrase de passe soit difficile à deviner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="203"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="204"/>
        <source>Restore from an external &amp;backup…</source>
        <translation>Restaurer depuis une &amp;sauvegarde externe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="205"/>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="207"/>
        <source>Write these 8 groups on paper now. It is shown only this once.</source>
        <translation>Recopiez maintenant ces 8 groupes sur papier. La clé ne s’affiche qu’une seule fois.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="210"/>
        <source>Keep the paper somewhere safe, away from this computer. With it, you can open the vault and choose a new passphrase if you forget yours.</source>
        <translation>Rangez le papier en lieu sûr, à l’écart de cet ordinateur. Grâce à lui, vous pourrez ouvrir le coffre et choisir une nouvelle phrase de passe si vous oubliez la vôtre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="212"/>
        <source>I have &amp;written it down</source>
        <translation>&amp;Je l’ai notée</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="213"/>
        <source>Check the recovery key</source>
        <translation>Vérifier la clé de secours</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="215"/>
        <source>&amp;Show the key again</source>
        <translation>&amp;Afficher de nouveau la clé</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="216"/>
        <source>&amp;Continue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/vault/first_run.py" line="262"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/vault/first_run.py" line="263"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n entretien</numerusform>
            <numerusform>%n entretiens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="265"/>
        <source>The backup was restored: %1 and %2. It held no working hypotheses: they never leave the computer where they were written.</source>
        <translation>La sauvegarde a été restaurée&#xa0;: %1 et %2. Elle ne contenait aucune hypothèse de travail&#xa0;: elles ne quittent jamais l’ordinateur où elles ont été écrites.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="308"/>
        <source>To be sure it is written down, type group number %1 of your recovery key.</source>
        <translation>Pour vérifier qu’elle est bien notée, tapez le groupe n° %1 de votre clé de secours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="317"/>
        <source>That is not group %1. Look at the paper again, or show the key again.</source>
        <translation>Ce n’est pas le groupe %1. Relisez le papier, ou affichez de nouveau la clé.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="60"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="60"/>
        <source>Next step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="59"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="96"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="98"/>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="100"/>
        <source>%1, done</source>
        <translation>%1, faite</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="33"/>
        <source>Space marks the selected follow-up done; Enter opens the person&apos;s file.</source>
        <translation>Espace marque la suite sélectionnée comme faite&#xa0;; Entrée ouvre la fiche de la personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="40"/>
        <source>Follow-ups due</source>
        <translation>Suites à échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="43"/>
        <source>Nothing due this week.</source>
        <translation>Rien à échéance cette semaine.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="43"/>
        <source>Back to the persons</source>
        <translation>Retour aux personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="53"/>
        <source>Follow-ups due by %1</source>
        <translation>Suites à échéance d’ici le %1</translation>
    </message>
</context>
<context>
    <name>FramePage</name>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="40"/>
        <source>Surname, first name, date of birth, address: as you know them</source>
        <translation>Nom, prénom, date de naissance, adresse&#xa0;: tels que vous les connaissez</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="44"/>
        <source>Your assessment of the danger</source>
        <translation>Votre évaluation du danger</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="47"/>
        <source>Your own assessment of the danger or risk for the child, kept apart from the facts</source>
        <translation>Votre propre évaluation du danger ou du risque pour l’enfant, distincte des faits</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="53"/>
        <source>The person agrees that I confirm a follow-up exists</source>
        <translation>La personne accepte que je confirme l’existence d’un accompagnement</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="57"/>
        <source>Actions already taken</source>
        <translation>Actions déjà menées</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="59"/>
        <source>What you have already done or proposed (optional)</source>
        <translation>Ce que vous avez déjà fait ou proposé (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="61"/>
        <source>e.g. company social service, CCAS, occupational doctor</source>
        <translation>par ex. service social d’entreprise, CCAS, médecin du travail</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="62"/>
        <source>Coordination needed from</source>
        <translation>Coordination nécessaire à compter du</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="63"/>
        <source>State since when</source>
        <translation>Indiquer depuis quand</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="86"/>
        <source>The child:</source>
        <translation>L’enfant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="87"/>
        <source>Assessment of the danger:</source>
        <translation>Évaluation du danger&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="96"/>
        <source>A reply to an employer states only what the person agreed to share, followed by a paragraph on professional secrecy (article 226-13 of the Code pénal). If the person did not agree, say nothing else, and consider recording the request as refused in the register instead.</source>
        <translation>Une réponse à l’employeur ne dit que ce que la personne a accepté de partager, suivi d’un paragraphe sur le secret professionnel (article 226-13 du code pénal). Si la personne n’est pas d’accord, n’ajoutez rien, et pensez plutôt à enregistrer la demande comme refusée au registre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="113"/>
        <source>A coordination notice says only that coordinated action is needed, between whom and from when (article L. 121-6-2 CASF). It carries nothing from your notes.</source>
        <translation>Un avis de coordination indique seulement qu’une action coordonnée est nécessaire, entre qui et à partir de quand (article L. 121-6-2 CASF). Il ne contient rien de vos notes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="150"/>
        <source>Article L. 226-2-1 CASF: to the departmental unit (CRIP). Share only what is strictly necessary (article L. 226-2-2 CASF).</source>
        <translation>Article L. 226-2-1 CASF&#xa0;: à la cellule départementale (CRIP). Ne partagez que le strict nécessaire (article L. 226-2-2 CASF).</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="154"/>
        <source>The child, your assessment of the danger, what was done.</source>
        <translation>L’enfant, votre évaluation du danger, ce qui a été fait.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="88"/>
        <source>Actions already taken:</source>
        <translation>Actions déjà menées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="120"/>
        <source>Professionals involved:</source>
        <translation>Professionnels concernés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="128"/>
        <source>A certificate only says that the person is supported, and since when.</source>
        <translation>Une attestation indique seulement que la personne est accompagnée, et depuis quand.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="139"/>
        <source>The report to the public prosecutor</source>
        <translation>Le signalement au procureur</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="142"/>
        <source>Article L. 226-4 CASF; article 226-14 of the Code pénal lifts professional secrecy for this report. Reserved for serious danger.</source>
        <translation>Article L. 226-4 CASF&#xa0;; l’article 226-14 du code pénal lève le secret professionnel pour ce signalement. Réservé au danger grave.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="147"/>
        <source>The concern report</source>
        <translation>L’information préoccupante</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="157"/>
        <source>The coordination notice</source>
        <translation>L’avis de coordination</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="158"/>
        <source>Between whom, and from when.</source>
        <translation>Entre qui, et à partir de quand.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="161"/>
        <source>The reply to the employer</source>
        <translation>La réponse à l’employeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="162"/>
        <source>Only what the person agreed to share.</source>
        <translation>Seulement ce que la personne a accepté de partager.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="165"/>
        <source>The certificate of support</source>
        <translation>L’attestation de suivi</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="166"/>
        <source>Since when the person is supported.</source>
        <translation>Depuis quand la personne est accompagnée.</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="141"/>
        <source>Hand over to a successor</source>
        <translation>Passation à un successeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="171"/>
        <source>Save the handover</source>
        <translation>Enregistrer la passation</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="172"/>
        <source>Carnet handover (*.carnet-handover)</source>
        <translation>Passation Carnet (*.carnet-handover)</translation>
    </message>
</context>
<context>
    <name>HypothesesEdit</name>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="82"/>
        <source>Working hypotheses (private)</source>
        <translation>Hypothèses de travail (privées)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="85"/>
        <source>Private working hypotheses. They cannot be copied, exported or printed and stay on this computer.</source>
        <translation>Hypothèses de travail privées. Elles ne peuvent être ni copiées, ni transmises, ni imprimées, et restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="89"/>
        <source>What you suppose, wonder or want to check…</source>
        <translation>Ce que vous supposez, vous demandez ou voulez vérifier…</translation>
    </message>
</context>
<context>
    <name>HypothesesListPanel</name>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="76"/>
        <source>Working hypotheses</source>
        <translation>Hypothèses de travail</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="77"/>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="169"/>
        <source>Private: they stay on this computer.</source>
        <translation>Privées&#xa0;: elles restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="146"/>
        <source>Working hypotheses (private)</source>
        <translation>Hypothèses de travail (privées)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="97"/>
        <source>Status of the selected hypothesis</source>
        <translation>Statut de l’hypothèse sélectionnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="80"/>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="161"/>
        <source>Sealed to this computer</source>
        <translation>Scellées à cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="84"/>
        <source>Only this computer can decrypt them: a copy of the vault folder opened elsewhere, even with the passphrase, shows the facts but not these.</source>
        <translation>Seul cet ordinateur peut les déchiffrer&#xa0;: une copie du dossier du coffre ouverte ailleurs, même avec la phrase de passe, montre les faits mais pas celles-ci.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="92"/>
        <source>No working hypothesis yet: write them beside the facts of an interview.</source>
        <translation>Aucune hypothèse de travail pour l’instant&#xa0;: elles s’écrivent à côté des faits d’un entretien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="93"/>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="101"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="103"/>
        <source>Move to facts…</source>
        <translation>Déplacer vers les faits…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="106"/>
        <source>Opens the facts with this hypothesis in a marked block for you to rewrite as facts. The hypothesis itself stays here until you change its status.</source>
        <translation>Ouvre les faits avec cette hypothèse dans un bloc repéré, pour que vous la réécriviez en faits. L’hypothèse elle-même reste ici jusqu’à ce que vous changiez son statut.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="111"/>
        <source>Start new hypotheses here…</source>
        <translation>Commencer de nouvelles hypothèses ici…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="115"/>
        <source>Start an empty set of hypotheses sealed to this computer. The file sealed to the other computer is kept in the vault folder until you erase it.</source>
        <translation>Commence des hypothèses de travail vides, scellées à cet ordinateur. Le fichier scellé à l’autre ordinateur est gardé dans le dossier du coffre jusqu’à ce que vous l’effaciez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="159"/>
        <source>Sealed to another computer</source>
        <translation>Scellées à un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="165"/>
        <source>These hypotheses are sealed to the computer where they were written: they cannot be read on this one. Nothing is lost on that computer.</source>
        <translation>Ces hypothèses sont scellées à l’ordinateur où elles ont été écrites&#xa0;: elles ne peuvent pas être lues sur celui-ci. Rien n’est perdu sur cet ordinateur-là.</translation>
    </message>
</context>
<context>
    <name>HypothesesPanel</name>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="158"/>
        <source>Working hypotheses</source>
        <translation>Hypothèses de travail</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="166"/>
        <source>Private: never exported, printed or copied. They stay on this computer.</source>
        <translation>Privées&#xa0;: jamais transmises, imprimées ni copiées. Elles restent sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>HypothesisModel</name>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="44"/>
        <source>Noted on</source>
        <translation>Notée le</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="44"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="44"/>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="53"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>InformedPage</name>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="45"/>
        <source>Why not</source>
        <translation>Raison de l’absence d’information</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="47"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="48"/>
        <source>Choose the reason…</source>
        <translation>Choisissez la raison…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="54"/>
        <source>In a few words (required for another reason)</source>
        <translation>En quelques mots (obligatoire pour une autre raison)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="55"/>
        <source>Details of the reason</source>
        <translation>Précisions sur la raison</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="57"/>
        <source>Reason:</source>
        <translation>Raison&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="58"/>
        <source>Details:</source>
        <translation>Précisions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="60"/>
        <source>About informing the parents</source>
        <translation>À propos de l’information des parents</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="62"/>
        <source>What will be said to them and when, or why not, in the child&apos;s interest</source>
        <translation>Ce qui leur sera dit et quand, ou pourquoi pas, dans l’intérêt de l’enfant</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="84"/>
        <source>Were the holders of parental authority told of this report, and do they adhere to the approach?</source>
        <translation>Les titulaires de l’autorité parentale ont-ils été informés de cette transmission, et adhèrent-ils à la démarche&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="92"/>
        <source>The recipient is not the person. Does the person know that this is being shared, and do they agree? Nothing is assumed.</source>
        <translation>Le destinataire n’est pas la personne. Sait-elle que ceci est transmis, et est-elle d’accord&#xa0;? Rien n’est présumé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="81"/>
        <source>The parents</source>
        <translation>Les parents</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="89"/>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="87"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="70"/>
        <source>Finalise…</source>
        <translation>Finaliser…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="72"/>
        <source>Make the facts read only. Later corrections become dated addenda.</source>
        <translation>Passe les faits en lecture seule. Les corrections ultérieures deviennent des compléments datés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="80"/>
        <source>Move to facts…</source>
        <translation>Déplacer vers les faits…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="82"/>
        <source>Put this text in the facts, in a marked block, for you to rewrite as facts.</source>
        <translation>Place ce texte dans les faits, dans un bloc repéré, pour que vous le réécriviez en faits.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="116"/>
        <source>Finalise the note</source>
        <translation>Finaliser la note</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="118"/>
        <source>Finalise the facts of this interview?</source>
        <translation>Finaliser les faits de cet entretien&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="121"/>
        <source>They become read only. Any later correction is added as a dated addendum, shown under the original. Working hypotheses stay editable.</source>
        <translation>Ils passent en lecture seule. Toute correction ultérieure s’ajoute en complément daté, affiché sous le texte d’origine. Les hypothèses de travail restent modifiables.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="128"/>
        <source>Finalise</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="320"/>
        <source>Note finalised.</source>
        <translation>Note finalisée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="336"/>
        <source>The addendum is not saved: %1</source>
        <translation>Le complément n’est pas enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="340"/>
        <source>Addendum saved.</source>
        <translation>Complément enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="361"/>
        <source>[To rewrite as facts — working hypothesis of %1]</source>
        <translation>[À réécrire en faits — hypothèse de travail du %1]</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="362"/>
        <source>[End of the text to rewrite]</source>
        <translation>[Fin du texte à réécrire]</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="372"/>
        <source>The hypothesis is in the facts, marked: rewrite it as facts.</source>
        <translation>L’hypothèse est dans les faits, repérée&#xa0;: réécrivez-la en faits.</translation>
    </message>
</context>
<context>
    <name>InterviewMeta</name>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="61"/>
        <source>Date of the interview</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="63"/>
        <source>Kind of interview</source>
        <translation>Type d’entretien</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="69"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="70"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="71"/>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="73"/>
        <source>Who asked for the interview</source>
        <translation>Qui a demandé l’entretien</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="83"/>
        <source>Theme: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="91"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="92"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="93"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="94"/>
        <source>&amp;Asked by:</source>
        <translation>Demandé &amp;par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="78"/>
        <source>Themes:</source>
        <translation>Thèmes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="38"/>
        <source>What to share</source>
        <translation>Ce qui est transmis</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="40"/>
        <source>Tick only what this recipient strictly needs. Nothing is ticked for you.</source>
        <translation>Ne cochez que ce dont ce destinataire a strictement besoin. Rien n’est coché d’avance.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="45"/>
        <location filename="../../app/ui/export/page_items.py" line="56"/>
        <source>Next steps</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="46"/>
        <location filename="../../app/ui/export/page_items.py" line="57"/>
        <source>About the person</source>
        <translation>Concernant la personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="55"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="91"/>
        <source>%1 (by %2)</source>
        <translation>%1 (d’ici le %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="49"/>
        <source>No open next step for this person.</source>
        <translation>Aucune suite à donner en cours pour cette personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="52"/>
        <source>No detail is kept about this person.</source>
        <translation>Aucune information n’est conservée sur cette personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="100"/>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export/page_items.py" line="133"/>
        <source>Ticked: %n fact paragraph(s)</source>
        <translation>
            <numerusform>Coché&#xa0;: %n paragraphe de faits</numerusform>
            <numerusform>Cochés&#xa0;: %n paragraphes de faits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export/page_items.py" line="134"/>
        <source>%n next step(s)</source>
        <translation>
            <numerusform>%n suite à donner</numerusform>
            <numerusform>%n suites à donner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export/page_items.py" line="135"/>
        <source>%n detail(s)</source>
        <translation>
            <numerusform>%n information</numerusform>
            <numerusform>%n informations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export/page_items.py" line="139"/>
        <source>Say for each ticked fact whether you observed it or it was reported to you (%n left).</source>
        <translation>
            <numerusform>Indiquez pour chaque fait coché s’il a été constaté par vous ou rapporté (il en reste %n).</numerusform>
            <numerusform>Indiquez pour chaque fait coché s’il a été constaté par vous ou rapporté (il en reste %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../app/ui/shell/lock_controller.py" line="91"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_controller.py" line="92"/>
        <source>Lock Carnet now (Ctrl+L)</source>
        <translation>Verrouiller Carnet maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_controller.py" line="93"/>
        <source>Close the vault; your passphrase opens it again</source>
        <translation>Ferme le coffre&#xa0;; votre phrase de passe le rouvre</translation>
    </message>
</context>
<context>
    <name>LockedRestoreDialog</name>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="101"/>
        <location filename="../../app/ui/vault/locked_restore.py" line="102"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="103"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="103"/>
        <source>Copy</source>
        <translation>Copie</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="104"/>
        <source>Choose an external backup &amp;file…</source>
        <translation>Choisir un &amp;fichier de sauvegarde externe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="105"/>
        <source>&amp;Passphrase of this vault</source>
        <translation>&amp;Phrase de passe de ce coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="106"/>
        <source>Passphrase of the &amp;backup</source>
        <translation>Phrase de passe de la &amp;sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="108"/>
        <source>Checking the backup, then restoring it… The vault as it is now is kept first.</source>
        <translation>Vérification de la sauvegarde, puis restauration… Le coffre tel qu’il est maintenant est d’abord conservé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="110"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="120"/>
        <source>Snapshot</source>
        <translation>Copie instantanée</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="120"/>
        <source>Snapshot before a restore</source>
        <translation>Copie instantanée avant une restauration</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="130"/>
        <source>Unknown date</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="141"/>
        <source>Choose an external backup</source>
        <translation>Choisir une sauvegarde externe</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="142"/>
        <source>Carnet backups (*%1)</source>
        <translation>Sauvegardes Carnet (*%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="158"/>
        <source>External backup: %1</source>
        <translation>Sauvegarde externe&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="183"/>
        <source>There is no snapshot of this vault on this computer. Choose an external backup file.</source>
        <translation>Il n’y a aucune copie instantanée de ce coffre sur cet ordinateur. Choisissez un fichier de sauvegarde externe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="187"/>
        <location filename="../../app/ui/vault/locked_restore.py" line="209"/>
        <source>Choose a snapshot or an external backup file.</source>
        <translation>Choisissez une copie instantanée ou un fichier de sauvegarde externe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="188"/>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="191"/>
        <source>The vault is replaced by the external backup of %1. An external backup holds no working hypotheses: after the restore the vault has none. Before anything is replaced, the current vault is kept as a copy on this computer.</source>
        <translation>Le coffre est remplacé par la sauvegarde externe du %1. Une sauvegarde externe ne contient aucune hypothèse de travail&#xa0;: après la restauration, le coffre n’en a plus aucune. Avant tout remplacement, le coffre actuel est conservé en copie sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="197"/>
        <source>The vault goes back to the snapshot of %1: what was written since is replaced. Before anything is replaced, the current vault is kept as a copy on this computer.</source>
        <translation>Le coffre revient à la copie instantanée du %1&#xa0;: ce qui a été écrit depuis est remplacé. Avant tout remplacement, le coffre actuel est conservé en copie sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="211"/>
        <source>Type the passphrase of this vault.</source>
        <translation>Tapez la phrase de passe de ce coffre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="213"/>
        <source>Type the passphrase of this backup.</source>
        <translation>Tapez la phrase de passe de cette sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="262"/>
        <source>The key file of this vault is damaged or missing: without it, neither the passphrase nor the snapshots can open the vault. Nothing was changed. Keep this folder as it is and ask for help: a copy of the key file, or an external backup restored into a new vault, can bring the notes back.</source>
        <translation>Le fichier de clés de ce coffre est endommagé ou absent&#xa0;: sans lui, ni la phrase de passe ni les copies instantanées ne peuvent ouvrir le coffre. Rien n’a été modifié. Laissez ce dossier tel quel et demandez de l’aide&#xa0;: une copie du fichier de clés, ou une sauvegarde externe restaurée dans un nouveau coffre, permet de retrouver les notes.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="108"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="109"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="110"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="111"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="113"/>
        <source>&amp;Privacy mode</source>
        <translation>Mode &amp;discret</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="115"/>
        <source>Hide names on screen, for when someone may see it</source>
        <translation>Masquer les noms à l’écran, quand quelqu’un pourrait le voir</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="117"/>
        <source>&amp;About Carnet</source>
        <translation>À propos de &amp;Carnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="118"/>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="201"/>
        <source>Carnet is locked.</source>
        <translation>Carnet est verrouillé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="219"/>
        <source>Carnet could not save the last change, so it stays unlocked. Free some disk space, or copy the text somewhere safe, then lock again.</source>
        <translation>Carnet n’a pas pu enregistrer la dernière modification&#xa0;; il reste donc déverrouillé. Libérez de la place sur le disque, ou copiez le texte en lieu sûr, puis verrouillez de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_workspace.py" line="159"/>
        <source>A change is not saved yet: it is back in the editor and Carnet is saving it again.</source>
        <translation>Une modification n’est pas encore enregistrée&#xa0;: elle est de retour dans l’éditeur et Carnet l’enregistre de nouveau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="274"/>
        <source>A change is not saved yet. Unlock Carnet to save it.</source>
        <translation>Une modification n’est pas encore enregistrée. Déverrouillez Carnet pour l’enregistrer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/replacement.py" line="69"/>
        <source>Restoring the backup… Carnet checks it before replacing anything.</source>
        <translation>Restauration de la sauvegarde… Carnet la vérifie avant de remplacer quoi que ce soit.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../app/ui/workspace/message_bar.py" line="30"/>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../app/ui/widgets/new_passphrase.py" line="81"/>
        <source>&amp;Type it again</source>
        <translation>Re&amp;tapez-la</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/new_passphrase.py" line="125"/>
        <source>This passphrase is too weak: %1</source>
        <translation>Cette phrase de passe est trop faible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/new_passphrase.py" line="129"/>
        <source>The two passphrases are different.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="213"/>
        <source>Your new recovery key</source>
        <translation>Votre nouvelle clé de secours</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="216"/>
        <source>Write these 8 groups on paper now. It is shown only this once. Destroy the old paper: it no longer opens the vault.</source>
        <translation>Recopiez maintenant ces 8 groupes sur papier. La clé ne s’affiche qu’une seule fois. Détruisez l’ancien papier&#xa0;: il n’ouvre plus le coffre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="221"/>
        <source>I have &amp;written it down</source>
        <translation>&amp;Je l’ai notée</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../app/messages/passphrase.py" line="28"/>
        <source>Only one kind of character. Add capitals, digits or symbols, or more words.</source>
        <translation>Un seul type de caractère. Ajoutez des majuscules, des chiffres ou des symboles, ou davantage de mots.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="32"/>
        <source>Repetitions (like “aaa”, “abcabc” or the same word again) are easy to guess.</source>
        <translation>Les répétitions (comme «&#xa0;aaa&#xa0;», «&#xa0;abcabc&#xa0;» ou un même mot répété) se devinent facilement.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="36"/>
        <source>Sequences (like “1234”, “abcd” or “azerty”) are easy to guess.</source>
        <translation>Les suites (comme «&#xa0;1234&#xa0;», «&#xa0;abcd&#xa0;» ou «&#xa0;azerty&#xa0;») se devinent facilement.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="40"/>
        <source>It contains a very common password.</source>
        <translation>Elle contient un mot de passe très courant.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="20"/>
        <source>Type a passphrase.</source>
        <translation>Tapez une phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="21"/>
        <source>This is one of the most common passwords: it would be guessed at once.</source>
        <translation>C’est l’un des mots de passe les plus courants&#xa0;: il serait deviné aussitôt.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="25"/>
        <source>Too short: at least 12 characters are needed.</source>
        <translation>Trop courte&#xa0;: il faut au moins 12 caractères.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="43"/>
        <source>Tip: four or more unrelated words, or 16 characters or more, are much stronger.</source>
        <translation>Conseil&#xa0;: quatre mots sans lien entre eux ou plus, ou au moins 16 caractères, sont bien plus solides.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="47"/>
        <source>Good: several unrelated words are hard to guess and easy to remember.</source>
        <translation>Bien&#xa0;: plusieurs mots sans lien se devinent difficilement et se retiennent facilement.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="51"/>
        <source>Good: long and varied.</source>
        <translation>Bien&#xa0;: longue et variée.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="59"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="60"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="61"/>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="62"/>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="63"/>
        <source>Very strong</source>
        <translation>Très solide</translation>
    </message>
</context>
<context>
    <name>PassphraseStrengthBar</name>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="90"/>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
</context>
<context>
    <name>PastTermView</name>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="223"/>
        <source>Past the retention term</source>
        <translation>Durée de conservation dépassée</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="225"/>
        <source>These records have had no contact for longer than the retention term set in the settings (the CNIL guidance for social support is 2 years). Erase them when you have checked that nothing requires keeping them.</source>
        <translation>Ces dossiers n’ont eu aucun contact depuis plus longtemps que la durée de conservation réglée dans les paramètres (le référentiel de la CNIL pour l’accompagnement social prévoit 2 ans). Effacez-les après avoir vérifié que rien n’impose de les garder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="229"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="229"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="229"/>
        <source>Case closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="232"/>
        <source>Nothing is past its retention term.</source>
        <translation>Aucun dossier n’a dépassé sa durée de conservation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="232"/>
        <source>Back to the persons</source>
        <translation>Retour aux personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="234"/>
        <source>&amp;Erase selected…</source>
        <translation>&amp;Effacer la sélection…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="32"/>
        <source>Edit details</source>
        <translation>Modifier les informations</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="32"/>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="35"/>
        <source>Name or alias (required)</source>
        <translation>Nom ou pseudonyme (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="36"/>
        <source>A name, an alias or initials</source>
        <translation>Nom, pseudonyme ou initiales</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="38"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="39"/>
        <source>Client company or service (optional)</source>
        <translation>Entreprise cliente ou service (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="40"/>
        <source>Case opened on</source>
        <translation>Dossier ouvert le</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="41"/>
        <source>Case closed on</source>
        <translation>Dossier clos le</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="43"/>
        <source>Destroy this person&apos;s working hypotheses now (recommended)</source>
        <translation>Détruire dès maintenant les hypothèses de travail de cette personne (recommandé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="46"/>
        <source>Only the name or alias is required.</source>
        <translation>Seul le nom ou le pseudonyme est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="49"/>
        <source>&amp;Name or alias:</source>
        <translation>&amp;Nom ou pseudonyme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="50"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="58"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="58"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>PersonFilePage</name>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="58"/>
        <source>Edit details…</source>
        <translation>Modifier les informations…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="61"/>
        <location filename="../../app/ui/workspace/person_file.py" line="79"/>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="78"/>
        <source>No interview with this person yet.</source>
        <translation>Aucun entretien avec cette personne pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="85"/>
        <source>Follow-ups of this person</source>
        <translation>Suites à donner pour cette personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="87"/>
        <source>New next step…</source>
        <translation>Nouvelle étape…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="88"/>
        <source>New follow-up</source>
        <translation>Nouvelle suite à donner</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="90"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="91"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="92"/>
        <source>Add the follow-up</source>
        <translation>Ajouter la suite à donner</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="95"/>
        <source>No next step planned.</source>
        <translation>Aucune suite à donner prévue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="95"/>
        <source>Plan a next step</source>
        <translation>Prévoir une étape</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="109"/>
        <location filename="../../app/ui/workspace/person_file.py" line="110"/>
        <source>More actions for this person</source>
        <translation>Autres actions pour cette personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="113"/>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="116"/>
        <source>Right to erasure: erase everything about this person for good</source>
        <translation>Droit à l’effacement&#xa0;: effacer définitivement tout ce qui concerne cette personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="74"/>
        <source>Interviews, newest first</source>
        <translation>Entretiens, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="64"/>
        <source>New transmission…</source>
        <translation>Nouvelle transmission…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="66"/>
        <source>Compose a transmission, item by item, and record it in the register</source>
        <translation>Composer une transmission, élément par élément, et l’inscrire au registre</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="132"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="138"/>
        <source>Follow-ups</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="207"/>
        <source>Case opened %1</source>
        <translation>Dossier ouvert le %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="209"/>
        <source>Case closed %1</source>
        <translation>Dossier clos le %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="211"/>
        <source>Last contact %1</source>
        <translation>Dernier contact le %1</translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <location filename="../../app/ui/workspace/person_delegate.py" line="38"/>
        <source>%1 overdue</source>
        <translation>%1 en retard</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_delegate.py" line="41"/>
        <source>Past term</source>
        <translation>Durée dépassée</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_delegate.py" line="121"/>
        <source>No interview yet</source>
        <translation>Aucun entretien</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_delegate.py" line="123"/>
        <source>Case closed</source>
        <translation>Dossier clos</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="128"/>
        <source>Last contact: %1</source>
        <translation>Dernier contact&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/person_list.py" line="130"/>
        <source>%n overdue follow-up(s)</source>
        <translation>
            <numerusform>%n suite en retard</numerusform>
            <numerusform>%n suites en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/person_list.py" line="134"/>
        <source>Past the retention term: no contact for more than %n year(s). Review this file: close it, or purge it from the vault.</source>
        <translation>
            <numerusform>Durée de conservation dépassée&#xa0;: aucun contact depuis plus de %n an. Revoyez ce dossier&#xa0;: clôturez-le, ou effacez-le du coffre.</numerusform>
            <numerusform>Durée de conservation dépassée&#xa0;: aucun contact depuis plus de %n ans. Revoyez ce dossier&#xa0;: clôturez-le, ou effacez-le du coffre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonListPanel</name>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="212"/>
        <source>Filter persons</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="213"/>
        <source>Filter the persons list</source>
        <translation>Filtrer la liste des personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="221"/>
        <source>Persons supported</source>
        <translation>Personnes accompagnées</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="234"/>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="351"/>
        <source>No person supported yet.</source>
        <translation>Aucune personne accompagnée pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="233"/>
        <location filename="../../app/ui/workspace/person_list.py" line="351"/>
        <source>Add a person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="355"/>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="355"/>
        <source>No person matches this filter.</source>
        <translation>Aucune personne ne correspond à ce filtre.</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="32"/>
        <source>Who takes over, and what goes</source>
        <translation>Qui reprend, et ce qui est transmis</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="34"/>
        <source>Tick what your successor needs to continue; the hypotheses never go.</source>
        <translation>Cochez ce dont votre successeur a besoin pour continuer le suivi. Les hypothèses ne partent jamais.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="45"/>
        <source>Successor:</source>
        <translation>Successeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="46"/>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="66"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="67"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="68"/>
        <source>Supported since</source>
        <translation>Accompagnée depuis</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="70"/>
        <source>Facts of the interview of %1</source>
        <translation>Faits de l’entretien du %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="74"/>
        <source>Addenda of the interviews ticked</source>
        <translation>Compléments des entretiens cochés</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="77"/>
        <source>Follow-up: %1</source>
        <translation>Suite à donner&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="37"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="39"/>
        <source>Exactly what will be written. Go back to change anything before writing.</source>
        <translation>Exactement ce qui sera écrit. Revenez en arrière pour changer quoi que ce soit avant d’écrire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="53"/>
        <source>Text of the document</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="55"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="56"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="72"/>
        <source>Preparing the pages…</source>
        <translation>Préparation des pages…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="83"/>
        <source>The pages could not be drawn; the text is shown.</source>
        <translation>Les pages n’ont pas pu être dessinées&#xa0;; le texte est affiché.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="103"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export/page_preview.py" line="106"/>
        <source>%n page(s), as they will print.</source>
        <translation>
            <numerusform>%n page, telle qu’elle s’imprimera.</numerusform>
            <numerusform>%n pages, telles qu’elles s’imprimeront.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="73"/>
        <source>Exactly what the file will hold</source>
        <translation>Exactement ce que contiendra le fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="78"/>
        <source>I have read the wording check</source>
        <translation>J’ai lu la vérification de la formulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="91"/>
        <source>Wording to check (nothing is changed for you): %1</source>
        <translation>Formulations à vérifier (rien n’est modifié à votre place)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="95"/>
        <source>The wording check found nothing to ask about.</source>
        <translation>La vérification de la formulation n’a rien relevé.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="94"/>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="96"/>
        <source>Reason, for the register (do not write the person&apos;s name)</source>
        <translation>Motif, pour le registre (n’écrivez pas le nom de la personne)</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="99"/>
        <source>Retention term over</source>
        <translation>Durée de conservation dépassée</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="100"/>
        <source>I understand that this cannot be undone</source>
        <translation>Je comprends que c’est irréversible</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="101"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Effacer définitivement</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="102"/>
        <source>Checking what will be erased…</source>
        <translation>Vérification de ce qui sera effacé…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="119"/>
        <source>This erases for good:</source>
        <translation>Ceci efface définitivement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="122"/>
        <source>• %1 (last contact: %2): %3 interview(s) with %4 addendum(s), %5 working hypothesis(es), %6 follow-up(s), and the person&apos;s details.</source>
        <translation>• %1 (dernier contact&#xa0;: %2)&#xa0;: %3 entretien(s) avec %4 complément(s), %5 hypothèse(s) de travail, %6 suite(s) à donner, et les informations sur la personne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="129"/>
        <source>%1 snapshot(s) on this computer still hold it and will be rewritten without it.</source>
        <translation>%1 copie(s) instantanée(s) de cet ordinateur le contiennent encore et seront réécrites sans lui.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="133"/>
        <source>Kept: %1 entry(ies) of the disclosure register (they hold no note text), and a new entry recording this erasure with your reason.</source>
        <translation>Conservées&#xa0;: %1 inscription(s) au registre des transmissions (elles ne contiennent aucun texte de note), et une nouvelle inscription qui consigne cet effacement et son motif.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="136"/>
        <source>External backups already made are not changed: they still hold this record until you replace or destroy them.</source>
        <translation>Les sauvegardes externes déjà faites ne sont pas modifiées&#xa0;: elles contiennent encore ce dossier jusqu’à ce que vous les remplaciez ou les détruisiez.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="151"/>
        <source>Erasing and rewriting the snapshots…</source>
        <translation>Effacement et réécriture des copies instantanées…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="25"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="26"/>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="27"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="28"/>
        <source>%1 File</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="29"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="30"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="31"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="20"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="21"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="22"/>
        <source>Detail view</source>
        <translation>Vue détaillée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="23"/>
        <source>List view</source>
        <translation>Vue en liste</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="24"/>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="39"/>
        <source>To whom, and why</source>
        <translation>Destinataire et motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="41"/>
        <source>Nothing leaves until the last step. Start with the kind of document.</source>
        <translation>Rien ne sort avant la dernière étape. Commencez par le type de document.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="45"/>
        <source>Kind of document</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="46"/>
        <source>Choose the kind of document…</source>
        <translation>Choisissez le type de document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="52"/>
        <source>Name of the recipient (required)</source>
        <translation>Nom du destinataire (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="53"/>
        <source>Role, e.g. occupational doctor (optional)</source>
        <translation>Fonction, par ex. médecin du travail (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="54"/>
        <source>Organisation (optional)</source>
        <translation>Organisation (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="55"/>
        <source>The recipient is the person themself</source>
        <translation>Le destinataire est la personne elle-même</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="58"/>
        <source>Everything Carnet holds about the person (right of access)</source>
        <translation>Tout ce que Carnet contient sur la personne (droit d’accès)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="62"/>
        <source>Why they need it, e.g. preparing a return to work</source>
        <translation>Pourquoi il en a besoin, par ex. préparer une reprise du travail</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="64"/>
        <source>You or your service, as the document is signed</source>
        <translation>Vous ou votre service, tel que le document est signé</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="66"/>
        <source>By name: %1</source>
        <translation>Par son nom&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="68"/>
        <source>By initials: %1</source>
        <translation>Par ses initiales&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="91"/>
        <source>Document:</source>
        <translation>Document&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="93"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="98"/>
        <source>Purpose:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="99"/>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="103"/>
        <source>Name the person:</source>
        <translation>Nommer la personne&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecordsOps</name>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="63"/>
        <source>Record a refused request…</source>
        <translation>Enregistrer une demande refusée…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="66"/>
        <source>An employer or anyone asked and you refused: recorded, nothing written</source>
        <translation>Un employeur ou un autre demandeur, et vous avez refusé&#xa0;: enregistré, rien n’est écrit</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="112"/>
        <source>The transmission was written and recorded in the register.</source>
        <translation>La transmission a été écrite et inscrite au registre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="149"/>
        <source>The handover file was written and recorded in the register.</source>
        <translation>Le fichier de passation a été écrit et inscrit au registre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/records.py" line="161"/>
        <source>%n person(s) taken over.</source>
        <translation>
            <numerusform>%n personne reprise.</numerusform>
            <numerusform>%n personnes reprises.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="163"/>
        <source>This handover was already taken in; nothing was added.</source>
        <translation>Cette passation a déjà été reprise&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="198"/>
        <source>The person was erased for good; the register records the erasure.</source>
        <translation>La personne a été effacée définitivement&#xa0;; le registre consigne l’effacement.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="212"/>
        <source>Case closed. Its working hypotheses were destroyed, snapshots too.</source>
        <translation>Dossier clos. Ses hypothèses de travail ont été détruites, copies instantanées comprises.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="82"/>
        <source>Open with the recovery key</source>
        <translation>Ouvrir avec la clé de secours</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="84"/>
        <source>Type the recovery key from your paper, then choose a new passphrase. The old passphrase will stop working.</source>
        <translation>Tapez la clé de secours notée sur votre papier, puis choisissez une nouvelle phrase de passe. L’ancienne cessera de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="86"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Clé de secours</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="87"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="88"/>
        <source>Opening the vault and setting the new passphrase…</source>
        <translation>Ouverture du coffre et mise en place de la nouvelle phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="90"/>
        <source>&amp;Open the vault</source>
        <translation>&amp;Ouvrir le coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="117"/>
        <source>Type the recovery key.</source>
        <translation>Tapez la clé de secours.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="37"/>
        <source>Record a refused request</source>
        <translation>Enregistrer une demande refusée</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="43"/>
        <source>Nothing is written and nothing leaves: the register keeps who asked, when, for what, and the answer you gave.</source>
        <translation>Rien n’est écrit et rien ne sort&#xa0;: le registre garde qui a demandé, quand, pour quoi, et la réponse donnée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="49"/>
        <source>Who asked, e.g. the HR manager of the company</source>
        <translation>Qui a demandé, par exemple la responsable RH de l’entreprise</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="50"/>
        <source>What they asked for</source>
        <translation>Ce qui a été demandé</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="51"/>
        <source>The answer you gave (optional)</source>
        <translation>La réponse donnée (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="60"/>
        <source>Requester:</source>
        <translation>Demandeur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="61"/>
        <source>Request:</source>
        <translation>Demande&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="62"/>
        <source>Answer:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="373"/>
        <source>Disclosure register</source>
        <translation>Registre des transmissions</translation>
    </message>
</context>
<context>
    <name>RegisterItems</name>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="19"/>
        <source>Erased interview</source>
        <translation>Entretien effacé</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="20"/>
        <source>Erased interview, § %1</source>
        <translation>Entretien effacé, § %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="23"/>
        <source>Interview of %1</source>
        <translation>Entretien du %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="24"/>
        <source>Interview of %1, § %2</source>
        <translation>Entretien du %1, § %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="30"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="32"/>
        <source>Supported since</source>
        <translation>Début de l’accompagnement</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="34"/>
        <source>Details, line %1</source>
        <translation>Précisions, ligne %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="35"/>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="44"/>
        <source>Erased addendum</source>
        <translation>Complément effacé</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="45"/>
        <source>Addendum of %1</source>
        <translation>Complément du %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="48"/>
        <source>Erased follow-up</source>
        <translation>Suite à donner effacée</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="49"/>
        <source>Follow-up (due %1)</source>
        <translation>Suite à donner (échéance le %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="52"/>
        <source>Other item</source>
        <translation>Autre élément</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="66"/>
        <source>erased person</source>
        <translation>personne effacée</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="67"/>
        <source>person erased on %1</source>
        <translation>personne effacée le %1</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="105"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="106"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="141"/>
        <source>Corrects entry %1</source>
        <translation>Corrige l’inscription %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="143"/>
        <source>Corrected by a later entry</source>
        <translation>Corrigée par une inscription ultérieure</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="71"/>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="172"/>
        <source>Whose transmissions</source>
        <translation>Transmissions concernant</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="174"/>
        <source>This person</source>
        <translation>Cette personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="175"/>
        <source>Everyone in the vault</source>
        <translation>Tout le coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="176"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="177"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="179"/>
        <source>Recipient contains…</source>
        <translation>Destinataire contenant…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="180"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="188"/>
        <source>Record a correction…</source>
        <translation>Enregistrer une correction…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="189"/>
        <source>Record a refused request…</source>
        <translation>Enregistrer une demande refusée…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="192"/>
        <source>Who asked, for what, and your answer: recorded, nothing written</source>
        <translation>Qui a demandé, pour quoi, et votre réponse&#xa0;: enregistré, rien n’est écrit</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="195"/>
        <source>Export the register…</source>
        <translation>Exporter le registre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="201"/>
        <source>As a spreadsheet (CSV)…</source>
        <translation>En tableur (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="202"/>
        <source>As JSON…</source>
        <translation>En JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="203"/>
        <source>As plain text…</source>
        <translation>En texte brut…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/records/register_view.py" line="288"/>
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n inscription.</numerusform>
            <numerusform>%n inscriptions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="300"/>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="332"/>
        <source>disclosure-register</source>
        <translation>registre-des-transmissions</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="337"/>
        <source>Writing the register…</source>
        <translation>Écriture du registre…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/records/register_view.py" line="341"/>
        <source>The register was written (%n entry(ies)).</source>
        <translation>
            <numerusform>Le registre a été écrit (%n inscription).</numerusform>
            <numerusform>Le registre a été écrit (%n inscriptions).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_empty.py" line="46"/>
        <source>No transmission matches these filters.</source>
        <translation>Aucune transmission ne correspond à ces filtres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_empty.py" line="47"/>
        <source>Show every transmission</source>
        <translation>Afficher toutes les transmissions</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_empty.py" line="51"/>
        <source>Nothing has left this computer yet. Each transmission you make is recorded here.</source>
        <translation>Rien n’a encore quitté cet ordinateur. Chaque transmission que vous faites est inscrite ici.</translation>
    </message>
</context>
<context>
    <name>Rekey</name>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="110"/>
        <source>Renewing the vault key: checking the passphrase…</source>
        <translation>Renouvellement de la clé du coffre&#xa0;: vérification de la phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="113"/>
        <source>Renewing the vault key: encrypting the snapshots again…</source>
        <translation>Renouvellement de la clé du coffre&#xa0;: nouveau chiffrement des instantanés…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="116"/>
        <source>Renewing the vault key: encrypting the vault again…</source>
        <translation>Renouvellement de la clé du coffre&#xa0;: nouveau chiffrement du coffre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="119"/>
        <source>Renewing the vault key: putting the new files in place…</source>
        <translation>Renouvellement de la clé du coffre&#xa0;: mise en place des nouveaux fichiers…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="123"/>
        <source>Renewing the vault key…</source>
        <translation>Renouvellement de la clé du coffre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="127"/>
        <source>The vault key was renewed. An old copy of the key file no longer opens anything, with the old passphrase or the old recovery key.</source>
        <translation>La clé du coffre a été renouvelée. Une ancienne copie du fichier de clé n’ouvre plus rien, ni avec l’ancienne phrase de passe, ni avec l’ancienne clé de secours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="133"/>
        <source>These copies could not be encrypted again and were deleted: %1.</source>
        <translation>Ces copies n’ont pas pu être chiffrées à nouveau et ont été supprimées&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="148"/>
        <source>A renewal of the vault key was interrupted; it was completed now, but its new recovery key was never shown. Make a new recovery key in Settings › Security, and destroy the old paper: it no longer works.</source>
        <translation>Un renouvellement de la clé du coffre a été interrompu&#xa0;; il vient d’être achevé, mais sa nouvelle clé de secours n’a jamais été affichée. Créez une nouvelle clé de secours dans Paramètres › Sécurité, et détruisez l’ancien papier&#xa0;: il ne sert plus.</translation>
    </message>
</context>
<context>
    <name>RekeyConfirmDialog</name>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="33"/>
        <source>Renew the vault key</source>
        <translation>Renouveler la clé du coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="38"/>
        <source>Your passphrase was changed. If someone may have known the old one, an old copy of the key file still opens the vault with it. </source>
        <translation>Votre phrase de passe a été changée. Si quelqu’un a pu connaître l’ancienne, une ancienne copie du fichier de clé ouvre encore le coffre avec elle. </translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="41"/>
        <source>Renewing the vault key encrypts the vault and its snapshots again under a new key. Afterwards, an old copy of the key file opens nothing, with the old passphrase or the old recovery key. Your passphrase stays the same; you get a new recovery key to write on paper. Copies that cannot be encrypted again (a damaged vault set aside by a rescue) are deleted. It takes a moment.</source>
        <translation>Renouveler la clé du coffre chiffre à nouveau le coffre et ses instantanés sous une nouvelle clé. Ensuite, une ancienne copie du fichier de clé n’ouvre plus rien, ni avec l’ancienne phrase de passe, ni avec l’ancienne clé de secours. Votre phrase de passe ne change pas&#xa0;; vous recevez une nouvelle clé de secours à noter sur papier. Les copies qui ne peuvent pas être chiffrées à nouveau (un coffre endommagé mis de côté par un sauvetage) sont supprimées. Cela prend un moment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="47"/>
        <source>Your passphrase</source>
        <translation>Votre phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="51"/>
        <source>&amp;Renew the key</source>
        <translation>&amp;Renouveler la clé</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="63"/>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase de passe.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="151"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="152"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="153"/>
        <source>Passphrase of this backup</source>
        <translation>Phrase de passe de cette sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="157"/>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="160"/>
        <source>Restore the vault from the external backup of %1? Everything in the vault now is replaced by the backup&apos;s content. External backups never hold the private working hypotheses: after the restore the vault has none. The current content, hypotheses included, is first kept as a snapshot on this computer.</source>
        <translation>Restaurer le coffre à partir de la sauvegarde externe du %1&#xa0;? Tout le contenu actuel du coffre est remplacé par celui de la sauvegarde. Les sauvegardes externes ne contiennent jamais les hypothèses de travail privées&#xa0;: après la restauration, le coffre n’en a plus aucune. Le contenu actuel, hypothèses comprises, est d’abord gardé en copie instantanée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="166"/>
        <source>Restore the vault as it was on %1? What was written since then is replaced. The current content is first kept as a snapshot on this computer, so this can be undone.</source>
        <translation>Restaurer le coffre tel qu’il était le %1&#xa0;? Ce qui a été écrit depuis est remplacé. Le contenu actuel est d’abord gardé en copie instantanée sur cet ordinateur&#xa0;: la restauration peut donc être défaite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="173"/>
        <source>Type the passphrase of this backup.</source>
        <translation>Tapez la phrase de passe de cette sauvegarde.</translation>
    </message>
</context>
<context>
    <name>RestoreFromBackupPage</name>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="89"/>
        <source>Restore from an external backup</source>
        <translation>Restaurer depuis une sauvegarde externe</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="91"/>
        <source>Carnet makes a new vault on this computer and fills it from your external backup. An external backup holds no working hypotheses: the new vault starts without any. A new recovery key is shown next.</source>
        <translation>Carnet crée un nouveau coffre sur cet ordinateur et le remplit à partir de votre sauvegarde externe. Une sauvegarde externe ne contient aucune hypothèse de travail&#xa0;: le nouveau coffre commence sans aucune. Une nouvelle clé de secours s’affiche ensuite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="94"/>
        <source>C&amp;hoose the backup file…</source>
        <translation>C&amp;hoisir le fichier de sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="95"/>
        <source>&amp;Passphrase of the backup</source>
        <translation>&amp;Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="96"/>
        <source>&amp;New passphrase for this vault</source>
        <translation>&amp;Nouvelle phrase de passe pour ce coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="98"/>
        <source>Checking the backup and creating your vault… This takes a few seconds.</source>
        <translation>Vérification de la sauvegarde et création de votre coffre… Cela prend quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="99"/>
        <source>&amp;Back</source>
        <translation>Ret&amp;our</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="100"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="110"/>
        <source>Carnet backups (*%1)</source>
        <translation>Sauvegardes Carnet (*%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="111"/>
        <source>Choose an external backup</source>
        <translation>Choisir une sauvegarde externe</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="133"/>
        <source>No backup file chosen yet.</source>
        <translation>Aucun fichier de sauvegarde choisi pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="135"/>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="136"/>
        <source>%1, made on %2</source>
        <translation>%1, faite le %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="141"/>
        <source>Choose the backup file.</source>
        <translation>Choisissez le fichier de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="143"/>
        <source>Type the passphrase of this backup.</source>
        <translation>Tapez la phrase de passe de cette sauvegarde.</translation>
    </message>
</context>
<context>
    <name>RetypeDialog</name>
    <message>
        <location filename="../../app/ui/export/retype_dialog.py" line="24"/>
        <source>Retype for this transmission</source>
        <translation>Reformuler pour cette transmission</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/retype_dialog.py" line="27"/>
        <source>Write it as it should read in this document. Your note stays as written; the register records that this text was edited.</source>
        <translation>Écrivez-le tel qu&apos;il doit figurer dans ce document. Votre note reste telle que vous l&apos;avez écrite&#xa0;; le registre indique que ce texte a été reformulé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/retype_dialog.py" line="35"/>
        <source>Text for this transmission</source>
        <translation>Texte pour cette transmission</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/retype_dialog.py" line="39"/>
        <source>Use this text</source>
        <translation>Utiliser ce texte</translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="109"/>
        <source>Handover passphrase</source>
        <translation>Phrase de passe de la passation</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="110"/>
        <source>Give it to your successor apart from the file.</source>
        <translation>Donnez-la à votre successeur séparément du fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="112"/>
        <source>&amp;Passphrase</source>
        <translation>P&amp;hrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="114"/>
        <source>&amp;Type it again</source>
        <translation>&amp;Retapez-la</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../app/ui/workspace/search_results.py" line="51"/>
        <source>Working hypothesis — private</source>
        <translation>Hypothèse de travail — privée</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="81"/>
        <location filename="../../app/ui/workspace/search_panel.py" line="82"/>
        <source>Search the notes</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="88"/>
        <source>Include working hypotheses</source>
        <translation>Inclure les hypothèses de travail</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="90"/>
        <source>Also search your private working hypotheses. Their results are marked.</source>
        <translation>Chercher aussi dans vos hypothèses de travail privées. Leurs résultats sont signalés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="94"/>
        <location filename="../../app/ui/workspace/search_panel.py" line="234"/>
        <source>Search all persons</source>
        <translation>Élargir à toutes les personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="126"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="110"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="171"/>
        <source>In every person&apos;s file</source>
        <translation>Dans la fiche de chaque personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="174"/>
        <source>In the file of %1</source>
        <translation>Dans la fiche de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="197"/>
        <source>Type a word to search the facts and addenda.</source>
        <translation>Tapez un mot pour chercher dans les faits et les compléments.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="204"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/search_panel.py" line="219"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="222"/>
        <source>No result in the notes. To find a person by name, type it in “Filter persons”, above the list on the left.</source>
        <translation>Aucun résultat dans les notes. Pour trouver une personne par son nom, tapez-le dans «&#xa0;Filtrer les personnes&#xa0;», au-dessus de la liste à gauche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="230"/>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="236"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="237"/>
        <source>Nothing found for this search.</source>
        <translation>Aucun résultat pour cette recherche.</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="89"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="90"/>
        <source>C&amp;urrent passphrase</source>
        <translation>Phrase de passe &amp;actuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="91"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="92"/>
        <source>Changing the passphrase… (a few seconds)</source>
        <translation>Changement de la phrase de passe… (quelques secondes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="93"/>
        <source>&amp;Change the passphrase</source>
        <translation>&amp;Changer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="94"/>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="96"/>
        <source>Make a new recovery key if the paper was lost or seen by someone else. The previous key stops working at once.</source>
        <translation>Créez une nouvelle clé de secours si le papier a été perdu ou a pu être vu par quelqu’un d’autre. L’ancienne clé cesse aussitôt de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="98"/>
        <source>Make a new &amp;recovery key…</source>
        <translation>Créer une nouvelle clé de &amp;secours…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="99"/>
        <source>Vault key</source>
        <translation>Clé du coffre</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="101"/>
        <source>If someone may have copied the key file with your old passphrase or recovery key, renew the vault key: the vault is encrypted again under a new key, and old copies of the key file open nothing.</source>
        <translation>Si quelqu’un a pu copier le fichier de clé et connaître votre ancienne phrase de passe ou clé de secours, renouvelez la clé du coffre&#xa0;: le coffre est chiffré à nouveau sous une nouvelle clé, et les anciennes copies du fichier de clé n’ouvrent plus rien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="104"/>
        <source>Rene&amp;w the vault key…</source>
        <translation>Renou&amp;veler la clé du coffre…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="134"/>
        <source>Type your current passphrase.</source>
        <translation>Tapez votre phrase de passe actuelle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="139"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase de passe est identique à l’actuelle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="153"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>La phrase de passe a été changée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="184"/>
        <source>Make a new recovery key? The paper you have now will stop working.</source>
        <translation>Créer une nouvelle clé de secours&#xa0;? Le papier que vous avez actuellement cessera de fonctionner.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="146"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="147"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="147"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="148"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="148"/>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="149"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="151"/>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="157"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="158"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="159"/>
        <source> min without activity</source>
        <translation> min sans activité</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="160"/>
        <source>&amp;Privacy mode</source>
        <translation>Mode &amp;discret</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="161"/>
        <source>Check &amp;spelling as I type (French and English)</source>
        <translation>Vérifier l’&amp;orthographe pendant la saisie (français et anglais)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="163"/>
        <source>No dictionary was found, so spelling is not checked. Install the Hunspell dictionaries (on Debian or Ubuntu: hunspell-fr and hunspell-en-us) and restart Carnet.</source>
        <translation>Aucun dictionnaire n’a été trouvé&#xa0;: l’orthographe n&apos;est pas vérifiée. Installez les dictionnaires Hunspell (sous Debian ou Ubuntu&#xa0;: hunspell-fr et hunspell-en-us), puis redémarrez Carnet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="167"/>
        <source>Privacy mode hides names on screen, for when a visitor or a shared screen could see it.</source>
        <translation>Le mode discret masque les noms à l’écran, quand un visiteur ou un écran partagé pourrait les voir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="170"/>
        <source>How long a record is kept after the last contact. The CNIL guidance for social support is 2 years; Carnet then shows what is past its term and deletes it only when you confirm.</source>
        <translation>Durée de conservation d’un dossier après le dernier contact. Le référentiel de la CNIL pour l’accompagnement social prévoit 2 ans&#xa0;; Carnet signale ensuite ce qui a dépassé cette durée et ne l’efface qu’après votre confirmation.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="173"/>
        <source>&amp;Keep for</source>
        <translation>&amp;Conserver pendant</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="174"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
</context>
<context>
    <name>ShellParts</name>
    <message>
        <location filename="../../app/ui/shell/shell_parts.py" line="57"/>
        <source>message</source>
        <translation>message</translation>
    </message>
</context>
<context>
    <name>SpellService</name>
    <message>
        <location filename="../../app/ui/widgets/spelling.py" line="110"/>
        <source>The word could not be added to the dictionary.</source>
        <translation>Le mot n’a pas pu être ajouté au dictionnaire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/spelling.py" line="114"/>
        <source>Added to the dictionary.</source>
        <translation>Ajouté au dictionnaire.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../app/ui/widgets/spelling.py" line="227"/>
        <source>Looking for suggestions…</source>
        <translation>Recherche de suggestions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/spelling.py" line="251"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/spelling.py" line="253"/>
        <source>Add to dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/spelling.py" line="256"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="69"/>
        <source>Activity figures</source>
        <translation>Statistiques d’activité</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="76"/>
        <source>Whole year</source>
        <translation>Année entière</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/activity/stats_window.py" line="77"/>
        <source>Quarter %n</source>
        <translation>
            <numerusform>Trimestre %n</numerusform>
            <numerusform>Trimestre %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="78"/>
        <source>From … to …</source>
        <translation>Du … au …</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="87"/>
        <source>Counts below this number are hidden (never below 3)</source>
        <translation>Les effectifs inférieurs à ce nombre sont masqués (jamais moins de 3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="88"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="98"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="101"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="104"/>
        <source>Export ODS…</source>
        <translation>Exporter en ODS…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="114"/>
        <source>Year:</source>
        <translation>Année&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="119"/>
        <source>Hide counts below:</source>
        <translation>Masquer les effectifs sous&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="192"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="233"/>
        <source>Export the figures</source>
        <translation>Exporter les statistiques</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="36"/>
        <source>Take over a handover</source>
        <translation>Reprendre une passation</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="40"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="41"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="55"/>
        <source>Handover file:</source>
        <translation>Fichier de passation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="56"/>
        <source>Handover passphrase:</source>
        <translation>Phrase de passe de la passation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="62"/>
        <source>Open a handover</source>
        <translation>Ouvrir une passation</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="62"/>
        <source>Carnet handover (*.carnet-handover)</source>
        <translation>Passation Carnet (*.carnet-handover)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="75"/>
        <source>Taken over from {sender} on {day} (handover).</source>
        <translation>Repris de {sender} le {day} (passation).</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="76"/>
        <source>Handed over on {day}.</source>
        <translation>Transmis en passation le {day}.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../app/ui/settings/template_defaults.py" line="19"/>
        <source>First interview</source>
        <translation>Premier entretien</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_defaults.py" line="20"/>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_defaults.py" line="21"/>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_defaults.py" line="29"/>
        <source>Reason for the interview:

Situation as described by the person:

What the person asks for:

Information given:

What was agreed:

Next steps:
</source>
        <translation>Motif de l’entretien&#xa0;:

Situation telle que la personne la décrit&#xa0;:

Ce que la personne demande&#xa0;:

Informations données&#xa0;:

Ce qui a été convenu&#xa0;:

Suites&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_defaults.py" line="38"/>
        <source>Purpose of the visit:

People present:

What was seen and said:

What was agreed:

Next steps:
</source>
        <translation>Objet de la visite&#xa0;:

Personnes présentes&#xa0;:

Ce qui a été vu et dit&#xa0;:

Ce qui a été convenu&#xa0;:

Suites&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_defaults.py" line="46"/>
        <source>Who called, and why:

What was said:

What was agreed:

Next steps:
</source>
        <translation>Qui a appelé, et pourquoi&#xa0;:

Ce qui a été dit&#xa0;:

Ce qui a été convenu&#xa0;:

Suites&#xa0;:
</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../app/ui/settings/settings_templates.py" line="55"/>
        <source>A new interview note starts from its template. Keep to headings that ask for facts: what was said, seen, done and agreed.</source>
        <translation>Une nouvelle note d’entretien part de son modèle. Tenez-vous-en à des intitulés qui appellent des faits&#xa0;: ce qui a été dit, vu, fait et convenu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_templates.py" line="59"/>
        <source>Restore the &amp;default</source>
        <translation>&amp;Rétablir le modèle par défaut</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../app/ui/workspace/timeline.py" line="38"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/timeline.py" line="38"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/timeline.py" line="38"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/timeline.py" line="38"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/timeline.py" line="51"/>
        <source>(no facts written yet)</source>
        <translation>(aucun fait écrit pour l’instant)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/timeline.py" line="53"/>
        <source>%1 — finalised</source>
        <translation>%1 — finalisée</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="89"/>
        <source>Carnet is locked</source>
        <translation>Carnet est verrouillé</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="90"/>
        <source>Type your passphrase to open your notes.</source>
        <translation>Tapez votre phrase de passe pour ouvrir vos notes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="91"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="92"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="93"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="94"/>
        <source>&amp;Forgot your passphrase?</source>
        <translation>Phrase de passe &amp;oubliée&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="95"/>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
</context>
<context>
    <name>VaultUpkeep</name>
    <message>
        <location filename="../../app/ui/shell/vault_upkeep.py" line="77"/>
        <source>The vault folder was readable by others: its permissions were tightened to the worker&apos;s account only.</source>
        <translation>Le dossier du coffre était lisible par d’autres&#xa0;: ses droits ont été restreints au seul compte de l’intervenant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/vault_upkeep.py" line="123"/>
        <source>The backup was restored. It held no working hypotheses: they never leave the computer where they were written.</source>
        <translation>La sauvegarde a été restaurée. Elle ne contenait aucune hypothèse de travail&#xa0;: elles ne quittent jamais l’ordinateur où elles ont été écrites.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/vault_upkeep.py" line="126"/>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/vault_upkeep.py" line="129"/>
        <source>The damaged vault file was kept in the vault folder, as %1.</source>
        <translation>Le fichier endommagé du coffre a été conservé dans le dossier du coffre, sous le nom %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/vault_upkeep.py" line="133"/>
        <source>The damage hid what was erased or sent out after that copy: check the disclosure register, and erase again anyone who should not be there.</source>
        <translation>Les dégâts empêchent de savoir ce qui a été effacé ou transmis après cette copie&#xa0;: vérifiez le registre des transmissions, et effacez de nouveau toute personne qui ne devrait plus y figurer.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/workspace/welcome.py" line="16"/>
        <source>Choose a person on the left, or add one with “Add a person…” (Ctrl+N).</source>
        <translation>Choisissez une personne à gauche, ou ajoutez-en une avec «&#xa0;Ajouter une personne…&#xa0;» (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/welcome.py" line="20"/>
        <source>See the follow-ups due</source>
        <translation>Voir les suites à échéance</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../app/cli/commands_wording.py" line="79"/>
        <location filename="../../app/ui/widgets/wording_texts.py" line="67"/>
        <source>The person says that</source>
        <translation>La personne indique que</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="15"/>
        <source>A judgement about the person. What did you see or hear that made you write it? Describe that instead.</source>
        <translation>Un jugement sur la personne. Qu&apos;avez-vous vu ou entendu qui vous l&apos;a fait écrire&#xa0;? Décrivez plutôt cela.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="20"/>
        <source>A guess or an opinion. What was seen or said? Write that, or keep the guess among your working hypotheses.</source>
        <translation>Une supposition ou une opinion. Qu&apos;est-ce qui a été vu ou dit&#xa0;? Écrivez-le, ou gardez la supposition parmi vos hypothèses de travail.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="25"/>
        <source>Is this needed for this recipient? If not, leave the paragraph out.</source>
        <translation>Est-ce nécessaire pour ce destinataire&#xa0;? Sinon, laissez ce paragraphe de côté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="28"/>
        <source>Is this needed for this recipient? If it is, keep it exact: a serious fact is never softened.</source>
        <translation>Est-ce nécessaire pour ce destinataire&#xa0;? Si oui, gardez-le exact&#xa0;: un fait grave ne s&apos;atténue jamais.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="33"/>
        <source>A serious fact: keep it exact. Say whether you saw it or who reported it to you.</source>
        <translation>Un fait grave&#xa0;: gardez-le exact. Précisez si vous l&apos;avez constaté ou qui vous l&apos;a rapporté.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="37"/>
        <source>Who said this? Attribute the words to the person who said them.</source>
        <translation>Qui l&apos;a dit&#xa0;? Attribuez ces propos à la personne qui les a tenus.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="38"/>
        <source>The name of another person. Is it needed? Initials may be enough.</source>
        <translation>Le nom d&apos;une autre personne. Est-il nécessaire&#xa0;? Les initiales peuvent suffire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="52"/>
        <source>judgement</source>
        <translation>jugement</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="53"/>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="54"/>
        <source>violence</source>
        <translation>violences</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="55"/>
        <source>justice</source>
        <translation>justice</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="56"/>
        <source>immigration status</source>
        <translation>situation au regard du séjour</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="57"/>
        <source>addiction</source>
        <translation>addictions</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="58"/>
        <source>suicide</source>
        <translation>suicide</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="59"/>
        <source>reported speech</source>
        <translation>propos rapportés</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="60"/>
        <source>another person&apos;s name</source>
        <translation>nom d&apos;un tiers</translation>
    </message>
</context>
<context>
    <name>WordingPage</name>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="86"/>
        <source>Wording check</source>
        <translation>Vérification des termes</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="89"/>
        <source>Questions about the words of a document that leaves your hands. A change applies to this transmission only: your note stays as written.</source>
        <translation>Des questions sur les mots d&apos;un document qui quitte vos mains. Une modification ne vaut que pour cette transmission&#xa0;: votre note reste telle que vous l&apos;avez écrite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="95"/>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="142"/>
        <source>Nothing to ask about in the texts chosen.</source>
        <translation>Rien à signaler dans les textes choisis.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="166"/>
        <source>Attribute: “%1…”</source>
        <translation>Attribuer&#xa0;: «&#xa0;%1…&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="169"/>
        <source>Leave this paragraph out</source>
        <translation>Laisser ce paragraphe de côté</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="170"/>
        <location filename="../../app/ui/export/page_wording.py" line="185"/>
        <source>Retype…</source>
        <translation>Reformuler…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="178"/>
        <source>Texts of this transmission — retype any of them:</source>
        <translation>Textes de cette transmission — chacun peut être reformulé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="163"/>
        <source>Use initials “%1”</source>
        <translation>Utiliser les initiales «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="171"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="160"/>
        <source>Kept as written</source>
        <translation>Gardé tel quel</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="31"/>
        <source>Office</source>
        <translation>Au bureau</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="32"/>
        <source>Phone call</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="33"/>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="34"/>
        <source>Video call</source>
        <translation>Visio</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="35"/>
        <location filename="../../app/ui/workspace/labels.py" line="48"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="42"/>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="43"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="44"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="45"/>
        <source>Employment</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="46"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="47"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="55"/>
        <source>The person</source>
        <translation>La personne</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="56"/>
        <source>Human resources</source>
        <translation>Les RH</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="57"/>
        <source>A doctor</source>
        <translation>Un médecin</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="58"/>
        <source>A manager</source>
        <translation>Un responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="59"/>
        <source>A partner service</source>
        <translation>Un service partenaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="60"/>
        <source>Myself</source>
        <translation>Moi-même</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="61"/>
        <source>Someone else</source>
        <translation>Quelqu’un d’autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="68"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="69"/>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="70"/>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="103"/>
        <source>Not saved yet: %1 Your text is still here; Carnet will try again at your next change.</source>
        <translation>Pas encore enregistré&#xa0;: %1 Votre texte est toujours là&#xa0;; Carnet réessaiera à votre prochaine modification.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="50"/>
        <source>Add a &amp;person…</source>
        <translation>Ajouter une &amp;personne…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="51"/>
        <source>Add a person (only an alias is needed)</source>
        <translation>Ajouter une personne (seul un pseudonyme est nécessaire)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="56"/>
        <source>New &amp;interview</source>
        <translation>Nouvel &amp;entretien</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="57"/>
        <source>Start a new interview note</source>
        <translation>Commencer une nouvelle note d’entretien</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="62"/>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="63"/>
        <source>Search every person&apos;s notes</source>
        <translation>Rechercher dans les notes de toutes les personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="68"/>
        <source>&amp;Find in this file…</source>
        <translation>Rechercher dans cette &amp;fiche…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="69"/>
        <source>Search the notes of the current person</source>
        <translation>Rechercher dans les notes de la personne ouverte</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="74"/>
        <source>Follow-ups &amp;due</source>
        <translation>Suites à é&amp;chéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="75"/>
        <source>Everything due this week, across persons</source>
        <translation>Tout ce qui arrive à échéance cette semaine, pour toutes les personnes</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="80"/>
        <source>Records past their term</source>
        <translation>Durée de conservation dépassée</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="81"/>
        <source>Persons with no contact for longer than the retention term</source>
        <translation>Personnes sans contact depuis plus longtemps que la durée de conservation</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="88"/>
        <source>Finali&amp;se the note…</source>
        <translation>Finali&amp;ser la note…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="89"/>
        <source>Make the facts read only; corrections become dated addenda</source>
        <translation>Passer les faits en lecture seule&#xa0;; les corrections deviennent des compléments datés</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="96"/>
        <source>Ne&amp;w transmission…</source>
        <translation>Nouvelle &amp;transmission…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="97"/>
        <source>Compose a transmission, item by item, and record it</source>
        <translation>Composer une transmission, élément par élément, et l’inscrire au registre</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="102"/>
        <source>Disclosure &amp;register…</source>
        <translation>Re&amp;gistre des transmissions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="103"/>
        <source>What left this computer: when, to whom, why</source>
        <translation>Ce qui a quitté cet ordinateur&#xa0;: quand, à qui, pourquoi</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="108"/>
        <source>&amp;Activity figures…</source>
        <translation>St&amp;atistiques d’activité…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="109"/>
        <source>Counts for the activity report: no name, small counts hidden</source>
        <translation>Les effectifs du rapport d’activité, sans aucun nom, petits effectifs masqués</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="116"/>
        <source>&amp;Hand over to a successor…</source>
        <translation>Passati&amp;on à un successeur…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="117"/>
        <source>An encrypted file for the worker who takes over; never the hypotheses</source>
        <translation>Un fichier chiffré pour le professionnel qui reprend le suivi&#xa0;; jamais les hypothèses</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="124"/>
        <source>&amp;Take over a handover…</source>
        <translation>Repren&amp;dre une passation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="125"/>
        <source>Add the persons of a handover file from your predecessor</source>
        <translation>Ajouter les personnes du fichier de passation de votre prédécesseur</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/pending.py" line="93"/>
        <source>A change could not be saved before locking; it is back in the editor and Carnet is saving it again.</source>
        <translation>Une modification n’a pas pu être enregistrée avant le verrouillage&#xa0;; elle est de retour dans l’éditeur et Carnet l’enregistre de nouveau.</translation>
    </message>
</context>
<context>
    <name>WorkspaceOps</name>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="79"/>
        <source>Person added.</source>
        <translation>Personne ajoutée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="113"/>
        <source>Details saved.</source>
        <translation>Informations enregistrées.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="173"/>
        <source>Follow-up marked done.</source>
        <translation>Suite marquée comme faite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="173"/>
        <source>Follow-up marked not done.</source>
        <translation>Suite marquée comme non faite.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="197"/>
        <source>Start new hypotheses here</source>
        <translation>Commencer de nouvelles hypothèses ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="198"/>
        <source>Start new working hypotheses on this computer?</source>
        <translation>Commencer de nouvelles hypothèses de travail sur cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="201"/>
        <source>The hypotheses sealed to the other computer cannot be read here. Their file is kept in the vault folder, set aside, until you erase it: on the computer that wrote them, they can still be read. New hypotheses written from now on are sealed to this computer.</source>
        <translation>Les hypothèses scellées à l’autre ordinateur ne peuvent pas être lues ici. Leur fichier est gardé à part dans le dossier du coffre, jusqu’à ce que vous l’effaciez&#xa0;: sur l’ordinateur qui les a écrites, elles restent lisibles. Les nouvelles hypothèses écrites à partir de maintenant sont scellées à cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="207"/>
        <source>Start new hypotheses</source>
        <translation>Commencer de nouvelles hypothèses</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="227"/>
        <source>New hypotheses now start on this computer.</source>
        <translation>De nouvelles hypothèses commencent désormais sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../app/ui/export/page_write.py" line="25"/>
        <source>Write the file</source>
        <translation>Écrire le fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_write.py" line="28"/>
        <source>The file name says nothing about the person. Once written, the transmission is recorded in the disclosure register with a fingerprint of the file.</source>
        <translation>Le nom du fichier ne dit rien de la personne. Une fois écrit, le document est inscrit au registre des transmissions avec une empreinte du fichier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_write.py" line="60"/>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export/page_write.py" line="72"/>
        <source>%1 to %2, with %n item(s) from the notes.</source>
        <translation>
            <numerusform>%1 pour %2, avec %n élément issu des notes.</numerusform>
            <numerusform>%1 pour %2, avec %n éléments issus des notes.</numerusform>
        </translation>
    </message>
</context>
</TS>
