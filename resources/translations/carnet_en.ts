<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <translation>An encrypted notebook for social workers. Your notes stay on this computer, encrypted; you choose, line by line, what leaves it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/about.py" line="21"/>
        <source>Free software, under the GNU General Public License version 3 or later.</source>
        <translation>Free software, under the GNU General Public License version 3 or later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/about.py" line="31"/>
        <source>About Carnet</source>
        <translation>About Carnet</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <location filename="../../app/export/activity_labels.py" line="13"/>
        <source>Activity figures</source>
        <translation>Activity figures</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="17"/>
        <source>From {start} to {end}</source>
        <translation>From {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="26"/>
        <source>Counts from 1 to {below} are shown as “&lt;{threshold}”; a count marked “≥{threshold}” or a total is hidden so that a small count cannot be worked out.</source>
        <translation>Counts from 1 to {below} are shown as “&lt;{threshold}”; a count marked “≥{threshold}” or a total is hidden so that a small count cannot be worked out.</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="35"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="39"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="43"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="47"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="52"/>
        <source>Persons followed</source>
        <translation>Persons followed</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="53"/>
        <source>New cases</source>
        <translation>New cases</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="54"/>
        <source>Closed cases</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="55"/>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="56"/>
        <source>Follow-ups done</source>
        <translation>Follow-ups done</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="57"/>
        <source>Follow-ups overdue</source>
        <translation>Follow-ups overdue</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="58"/>
        <source>Transmissions</source>
        <translation>Transmissions</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="59"/>
        <source>Refused requests</source>
        <translation>Refused requests</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="66"/>
        <source>Interviews by kind</source>
        <translation>Interviews by kind</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="67"/>
        <source>Interviews by theme</source>
        <translation>Interviews by theme</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="68"/>
        <source>Interviews by who asked for them</source>
        <translation>Interviews by who asked for them</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="71"/>
        <source>Interviews by month</source>
        <translation>Interviews by month</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="72"/>
        <source>Transmissions by frame</source>
        <translation>Transmissions by frame</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="73"/>
        <source>Transmissions by kind of recipient</source>
        <translation>Transmissions by kind of recipient</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="89"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="90"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="91"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="92"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="93"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="94"/>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="95"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="96"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="97"/>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="98"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="99"/>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="100"/>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="101"/>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="102"/>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="103"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="104"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="105"/>
        <source>The worker</source>
        <translation>The worker</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="106"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="107"/>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="108"/>
        <source>Successor</source>
        <translation>Successor</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="109"/>
        <source>Liaison note</source>
        <translation>Liaison note</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="110"/>
        <source>Coordination notice</source>
        <translation>Coordination notice</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="111"/>
        <source>Concern report</source>
        <translation>Concern report</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="112"/>
        <source>Report to the prosecutor</source>
        <translation>Report to the prosecutor</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="113"/>
        <source>Reply to an employer</source>
        <translation>Reply to an employer</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="114"/>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="115"/>
        <source>Copy for the person</source>
        <translation>Copy for the person</translation>
    </message>
    <message>
        <location filename="../../app/export/activity_labels.py" line="116"/>
        <source>Handover</source>
        <translation>Handover</translation>
    </message>
</context>
<context>
    <name>AddendaPanel</name>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="25"/>
        <location filename="../../app/ui/workspace/addenda.py" line="35"/>
        <source>Addenda</source>
        <translation>Addenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="29"/>
        <source>Dated corrections and additions, after finalising.</source>
        <translation>Dated corrections and additions, after finalising.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="36"/>
        <source>No addendum yet.</source>
        <translation>No addendum yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="40"/>
        <source>New addendum</source>
        <translation>New addendum</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="41"/>
        <source>What to correct or add, as facts…</source>
        <translation>What to correct or add, as facts…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="43"/>
        <source>Add addendum…</source>
        <translation>Add addendum…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="46"/>
        <source>Save addendum</source>
        <translation>Save addendum</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="48"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="75"/>
        <source>Addendum of %1</source>
        <translation>Addendum of %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="84"/>
        <source>External backup</source>
        <translation>External backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="86"/>
        <source>One encrypted file, for a USB key kept in a safe place. It holds everything except your private working hypotheses, which never leave this computer. Choose a passphrase for it alone, and keep it apart from the key.</source>
        <translation>One encrypted file, for a USB key kept in a safe place. It holds everything except your private working hypotheses, which never leave this computer. Choose a passphrase for it alone, and keep it apart from the key.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="89"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="90"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="91"/>
        <source>Backup &amp;passphrase</source>
        <translation>Backup &amp;passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="96"/>
        <source>Save the backup as</source>
        <translation>Save the backup as</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="97"/>
        <source>Carnet backups (*%1)</source>
        <translation>Carnet backups (*%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="104"/>
        <source>Choose where to write the backup.</source>
        <translation>Choose where to write the backup.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="114"/>
        <source>Snapshots on this computer</source>
        <translation>Snapshots on this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="116"/>
        <source>Carnet keeps an encrypted copy of the whole vault each day you use it: the last 7 days and 4 weeks. They stay on this computer and protect against a mistake, not against losing the computer.</source>
        <translation>Carnet keeps an encrypted copy of the whole vault each day you use it: the last 7 days and 4 weeks. They stay on this computer and protect against a mistake, not against losing the computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="119"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="119"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="119"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="120"/>
        <source>&amp;Restore this snapshot…</source>
        <translation>&amp;Restore this snapshot…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="121"/>
        <source>External backup</source>
        <translation>External backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="122"/>
        <source>Make an external &amp;backup now…</source>
        <translation>Make an external &amp;backup now…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="123"/>
        <source>Restore from a backup &amp;file…</source>
        <translation>Restore from a backup &amp;file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="124"/>
        <source>Writing and checking the backup… (a few seconds)</source>
        <translation>Writing and checking the backup… (a few seconds)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="126"/>
        <source>No snapshot yet: Carnet makes one each day you use it.</source>
        <translation>No snapshot yet: Carnet makes one each day you use it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="127"/>
        <source>Make an external backup now…</source>
        <translation>Make an external backup now…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="143"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="143"/>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="161"/>
        <source>No external backup has been made yet.</source>
        <translation>No external backup has been made yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="163"/>
        <source>Last external backup: %1</source>
        <translation>Last external backup: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="166"/>
        <source>It has been more than 30 days without an external backup. When you have a moment, make one on a USB key kept somewhere safe.</source>
        <translation>It has been more than 30 days without an external backup. When you have a moment, make one on a USB key kept somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="211"/>
        <source>Backup written and checked: %1 (%2 persons, %3 interviews). The private hypotheses are not in it.</source>
        <translation>Backup written and checked: %1 (%2 persons, %3 interviews). The private hypotheses are not in it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="217"/>
        <source>External backup written and checked.</source>
        <translation>External backup written and checked.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backups_page.py" line="234"/>
        <source>Restore from a backup file</source>
        <translation>Restore from a backup file</translation>
    </message>
</context>
<context>
    <name>CarnetCli</name>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="51"/>
        <source>read the backup passphrase as one line from file descriptor N</source>
        <translation>read the backup passphrase as one line from file descriptor N</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="59"/>
        <source>do not ask for confirmation</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="66"/>
        <source>write an encrypted external backup (everything but the hypotheses)</source>
        <translation>write an encrypted external backup (everything but the hypotheses)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="75"/>
        <source>backup file</source>
        <translation>backup file</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="82"/>
        <source>restore a snapshot or an external backup (a copy of the vault is kept)</source>
        <translation>restore a snapshot or an external backup (a copy of the vault is kept)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="87"/>
        <source>snapshot or backup file</source>
        <translation>snapshot or backup file</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="94"/>
        <source>list the on-device snapshots</source>
        <translation>list the on-device snapshots</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="99"/>
        <source>persons past the retention term</source>
        <translation>persons past the retention term</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="102"/>
        <location filename="../../app/cli/commands_notes.py" line="70"/>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="107"/>
        <source>erase a person for good (right to erasure)</source>
        <translation>erase a person for good (right to erasure)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="113"/>
        <source>recorded in the register (no names)</source>
        <translation>recorded in the register (no names)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="118"/>
        <source>the retention term is over</source>
        <translation>the retention term is over</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="125"/>
        <source>close a case; its hypotheses are destroyed, snapshots included</source>
        <translation>close a case; its hypotheses are destroyed, snapshots included</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="133"/>
        <source>closing date, YYYY-MM-DD (default: today)</source>
        <translation>closing date, YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_backup.py" line="136"/>
        <source>do not destroy them</source>
        <translation>do not destroy them</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_demo.py" line="19"/>
        <source>fill an EMPTY vault with a fictitious French caseload (never real notes)</source>
        <translation>fill an EMPTY vault with a fictitious French caseload (never real notes)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_demo.py" line="29"/>
        <source>same seed and day, same caseload</source>
        <translation>same seed and day, same caseload</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_demo.py" line="34"/>
        <source>reference day YYYY-MM-DD (default: today)</source>
        <translation>reference day YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="103"/>
        <source>write a transmission and record it in the disclosure register</source>
        <translation>write a transmission and record it in the disclosure register</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="114"/>
        <source>include the open follow-ups</source>
        <translation>include the open follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="121"/>
        <source>copy for the person: everything Carnet holds about them</source>
        <translation>copy for the person: everything Carnet holds about them</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="123"/>
        <source>name of the recipient</source>
        <translation>name of the recipient</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="129"/>
        <source>the recipient is the person themself</source>
        <translation>the recipient is the person themself</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="135"/>
        <source>required when the recipient is not the person: agreed, not-agreed (informed, does not agree) or no (not informed, give --reason)</source>
        <translation>required when the recipient is not the person: agreed, not-agreed (informed, does not agree) or no (not informed, give --reason)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="141"/>
        <source>why the person was not informed</source>
        <translation>why the person was not informed</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="145"/>
        <source>worker or service signing (remembered)</source>
        <translation>worker or service signing (remembered)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="151"/>
        <source>employer reply: say that a follow-up exists</source>
        <translation>employer reply: say that a follow-up exists</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="156"/>
        <source>child protection: the child&apos;s identity as you have it</source>
        <translation>child protection: the child&apos;s identity as you have it</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="161"/>
        <source>child protection: your assessment of the danger</source>
        <translation>child protection: your assessment of the danger</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="166"/>
        <source>child protection: actions already taken</source>
        <translation>child protection: actions already taken</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="171"/>
        <source>child protection: about informing the parents</source>
        <translation>child protection: about informing the parents</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="177"/>
        <source>child protection: the paragraphs you observed</source>
        <translation>child protection: the paragraphs you observed</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="183"/>
        <source>child protection: the paragraphs reported to you</source>
        <translation>child protection: the paragraphs reported to you</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="186"/>
        <source>coordination: professionals involved</source>
        <translation>coordination: professionals involved</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="192"/>
        <source>replace an existing file</source>
        <translation>replace an existing file</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="193"/>
        <source>print, write nothing</source>
        <translation>print, write nothing</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="46"/>
        <source>add or list persons supported</source>
        <translation>add or list persons supported</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="49"/>
        <source>add a person; prints the new id</source>
        <translation>add a person; prints the new id</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="52"/>
        <source>display name or alias (e.g. a first name and an initial)</source>
        <translation>display name or alias (e.g. a first name and an initial)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="55"/>
        <source>client company or organisation</source>
        <translation>client company or organisation</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="59"/>
        <source>every person, most recent contact first</source>
        <translation>every person, most recent contact first</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="63"/>
        <source>add an interview note</source>
        <translation>add an interview note</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="66"/>
        <source>add an interview; prints its id</source>
        <translation>add an interview; prints its id</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="79"/>
        <source>UTF-8 text, at most 1 MiB; - is stdin</source>
        <translation>UTF-8 text, at most 1 MiB; - is stdin</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="84"/>
        <source>private working hypotheses (UTF-8, at most 1 MiB)</source>
        <translation>private working hypotheses (UTF-8, at most 1 MiB)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="89"/>
        <source>full-text search of facts and addenda</source>
        <translation>full-text search of facts and addenda</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="92"/>
        <source>words to find; end one with * to match a prefix</source>
        <translation>words to find; end one with * to match a prefix</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="98"/>
        <source>at most this many hits (1-500)</source>
        <translation>at most this many hits (1-500)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="103"/>
        <source>also search the private hypotheses</source>
        <translation>also search the private hypotheses</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_notes.py" line="109"/>
        <source>only within this person&apos;s file</source>
        <translation>only within this person&apos;s file</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="45"/>
        <source>list the disclosure register (no note content)</source>
        <translation>list the disclosure register (no note content)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="55"/>
        <source>as JSON (like the global --json)</source>
        <translation>as JSON (like the global --json)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="60"/>
        <source>as CSV, even with the global --json</source>
        <translation>as CSV, even with the global --json</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="66"/>
        <source>record a request you refused (no file leaves)</source>
        <translation>record a request you refused (no file leaves)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="70"/>
        <source>who asked, e.g. the HR manager</source>
        <translation>who asked, e.g. the HR manager</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="73"/>
        <source>what they asked for</source>
        <translation>what they asked for</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="76"/>
        <source>the answer you gave (optional)</source>
        <translation>the answer you gave (optional)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="106"/>
        <source>Refused request recorded, entry:</source>
        <translation>Refused request recorded, entry:</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="114"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="115"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="116"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="117"/>
        <source>Person (id)</source>
        <translation>Person (id)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="118"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="119"/>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="120"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="121"/>
        <source>Informed</source>
        <translation>Informed</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="122"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="123"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="124"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="126"/>
        <source>Corrects entry</source>
        <translation>Corrects entry</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_register.py" line="127"/>
        <source>Answer given</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_vault.py" line="21"/>
        <source>create a new vault in the vault folder</source>
        <translation>create a new vault in the vault folder</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_vault.py" line="26"/>
        <source>also make a recovery key, printed once: write it on paper</source>
        <translation>also make a recovery key, printed once: write it on paper</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_vault.py" line="31"/>
        <source>verify every page, the indexes and the settings</source>
        <translation>verify every page, the indexes and the settings</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_vault.py" line="42"/>
        <source>change the passphrase (current one, then the new one)</source>
        <translation>change the passphrase (current one, then the new one)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_vault.py" line="48"/>
        <source>open with the recovery key and set a new passphrase</source>
        <translation>open with the recovery key and set a new passphrase</translation>
    </message>
    <message>
        <location filename="../../app/cli/errors.py" line="74"/>
        <source>exit codes:</source>
        <translation>exit codes:</translation>
    </message>
    <message>
        <location filename="../../app/cli/errors.py" line="75"/>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <location filename="../../app/cli/errors.py" line="81"/>
        <source>invalid command line (usage)</source>
        <translation>invalid command line (usage)</translation>
    </message>
    <message>
        <location filename="../../app/cli/errors.py" line="84"/>
        <source>internal error (a bug)</source>
        <translation>internal error (a bug)</translation>
    </message>
    <message>
        <location filename="../../app/cli/errors.py" line="85"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="103"/>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="104"/>
        <source>Vault passphrase: </source>
        <translation>Vault passphrase: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="105"/>
        <source>Passphrase for the new vault: </source>
        <translation>Passphrase for the new vault: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="106"/>
        <source>Repeat the passphrase: </source>
        <translation>Repeat the passphrase: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="107"/>
        <source>Backup passphrase: </source>
        <translation>Backup passphrase: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="108"/>
        <source>Recovery key: </source>
        <translation>Recovery key: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="109"/>
        <source>Repeat the new passphrase: </source>
        <translation>Repeat the new passphrase: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="110"/>
        <source>New passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="111"/>
        <source>Measuring this computer to tune the key derivation…</source>
        <translation>Measuring this computer to tune the key derivation…</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="112"/>
        <source>Deriving the key from the passphrase…</source>
        <translation>Deriving the key from the passphrase…</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="113"/>
        <source>Opening and verifying the vault…</source>
        <translation>Opening and verifying the vault…</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="114"/>
        <source>Creating the vault…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="119"/>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="120"/>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="121"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="122"/>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="123"/>
        <source>the following arguments are required: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="124"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="125"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../app/cli/language.py" line="126"/>
        <source>unrecognized arguments: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="62"/>
        <source>Carnet&apos;s encrypted notebook from the command line.
Passphrases are read from the terminal without echo, or from --passphrase-fd;
never from arguments or the environment. Global options go before COMMAND.</source>
        <translation>Carnet&apos;s encrypted notebook from the command line.
Passphrases are read from the terminal without echo, or from --passphrase-fd;
never from arguments or the environment. Global options go before COMMAND.</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="75"/>
        <source>vault folder (default: ${variable}, else the per-user data folder)</source>
        <translation>vault folder (default: ${variable}, else the per-user data folder)</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="83"/>
        <source>machine-readable output</source>
        <translation>machine-readable output</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="89"/>
        <source>read each secret as one line from file descriptor N instead of the terminal</source>
        <translation>read each secret as one line from file descriptor N instead of the terminal</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.py" line="97"/>
        <source>language of messages and documents (default: from the locale)</source>
        <translation>language of messages and documents (default: from the locale)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="45"/>
        <source>hand persons over to a successor, or take over</source>
        <translation>hand persons over to a successor, or take over</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="49"/>
        <source>write an encrypted handover file for a successor</source>
        <translation>write an encrypted handover file for a successor</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="52"/>
        <source>the successor&apos;s name</source>
        <translation>the successor&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="54"/>
        <source>your name</source>
        <translation>your name</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="58"/>
        <source>were the persons told of the handover?</source>
        <translation>were the persons told of the handover?</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="61"/>
        <source>print it; write nothing</source>
        <translation>print it; write nothing</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="66"/>
        <source>take in a handover file from a predecessor</source>
        <translation>take in a handover file from a predecessor</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="78"/>
        <source>read the handover passphrase as one line from file descriptor N</source>
        <translation>read the handover passphrase as one line from file descriptor N</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="118"/>
        <source>Handover written; register entries:</source>
        <translation>Handover written; register entries:</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="130"/>
        <source>Taken over from {sender} on {day} (handover).</source>
        <translation>Taken over from {sender} on {day} (handover).</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="131"/>
        <source>Handed over on {day}.</source>
        <translation>Handed over on {day}.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="134"/>
        <source>Persons taken over:</source>
        <translation>Persons taken over:</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_handover.py" line="137"/>
        <source>This handover was already taken in; nothing was added.</source>
        <translation>This handover was already taken in; nothing was added.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_stats.py" line="38"/>
        <source>activity figures of a period (counts only, no name)</source>
        <translation>activity figures of a period (counts only, no name)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_stats.py" line="70"/>
        <source>Written:</source>
        <translation>Written:</translation>
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
        <translation>Supported since</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="205"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="232"/>
        <source>Written:</source>
        <translation>Written:</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="233"/>
        <source>Register entry:</source>
        <translation>Register entry:</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands_export.py" line="259"/>
        <source>Wording check:</source>
        <translation>Wording check:</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="47"/>
        <source>Were the persons told of the handover?</source>
        <translation>Were the persons told of the handover?</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="51"/>
        <source>Yes, and they agreed</source>
        <translation>Yes, and they agreed</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="52"/>
        <source>Yes, and they did not agree</source>
        <translation>Yes, and they did not agree</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="53"/>
        <source>No, they were not told</source>
        <translation>No, they were not told</translation>
    </message>
</context>
<context>
    <name>CopyGuard</name>
    <message>
        <location filename="../../app/ui/session/copy_guard.py" line="215"/>
        <source>Copy refused: this list cannot be copied.</source>
        <translation>Copy refused: this list cannot be copied.</translation>
    </message>
    <message>
        <location filename="../../app/ui/session/copy_guard.py" line="227"/>
        <source>Copy refused: the hypotheses stay here.</source>
        <translation>Copy refused: the hypotheses stay here.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="36"/>
        <source>Record a correction</source>
        <translation>Record a correction</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="42"/>
        <source>Entry %1 stays as it was recorded. The correction is added as a new entry that points to it.</source>
        <translation>Entry %1 stays as it was recorded. The correction is added as a new entry that points to it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="48"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="49"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="50"/>
        <source>Why not informed</source>
        <translation>Why not informed</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="66"/>
        <source>Record the correction</source>
        <translation>Record the correction</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="70"/>
        <source>Recipient:</source>
        <translation>Recipient:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="71"/>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="72"/>
        <source>Informed:</source>
        <translation>Informed:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/correction_dialog.py" line="73"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="35"/>
        <source>← Back to the file</source>
        <translation>← Back to the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="36"/>
        <source>Back to the person&apos;s file</source>
        <translation>Back to the person&apos;s file</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="66"/>
        <source>Interview of %1</source>
        <translation>Interview of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="72"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="74"/>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="76"/>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/messages/errors.py" line="35"/>
        <source>The passphrase is not correct.</source>
        <translation>The passphrase is not correct.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="36"/>
        <source>Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="42"/>
        <source>The passphrase of this backup is not correct.</source>
        <translation>The passphrase of this backup is not correct.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="43"/>
        <source>It is the passphrase chosen when the backup was made, not the vault&apos;s. Nothing was changed.</source>
        <translation>It is the passphrase chosen when the backup was made, not the vault&apos;s. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="53"/>
        <source>The recovery key is not correct.</source>
        <translation>The recovery key is not correct.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="54"/>
        <source>A recovery key has 32 letters and digits in 8 groups. Copy it again from the paper.</source>
        <translation>A recovery key has 32 letters and digits in 8 groups. Copy it again from the paper.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="63"/>
        <source>The key file asks for unsafe settings, so Carnet refused to open it.</source>
        <translation>The key file asks for unsafe settings, so Carnet refused to open it.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="64"/>
        <source>The file may have been tampered with. Restore a backup of the vault.</source>
        <translation>The file may have been tampered with. Restore a backup of the vault.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="70"/>
        <source>The key file of the vault is damaged or has been altered.</source>
        <translation>The key file of the vault is damaged or has been altered.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="71"/>
        <location filename="../../app/messages/errors.py" line="78"/>
        <source>Restore a backup of the vault. Nothing was changed on disk.</source>
        <translation>Restore a backup of the vault. Nothing was changed on disk.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="77"/>
        <source>The vault file is damaged or has been altered.</source>
        <translation>The vault file is damaged or has been altered.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="84"/>
        <source>This vault was made by a newer version of Carnet.</source>
        <translation>This vault was made by a newer version of Carnet.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="85"/>
        <source>Update Carnet to open it. The vault was not changed.</source>
        <translation>Update Carnet to open it. The vault was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="91"/>
        <source>The vault is already open in another Carnet window.</source>
        <translation>The vault is already open in another Carnet window.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="92"/>
        <source>Close it first, then try again here.</source>
        <translation>Close it first, then try again here.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="98"/>
        <source>Carnet cannot write to the vault folder.</source>
        <translation>Carnet cannot write to the vault folder.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="99"/>
        <source>Check that the disk is not read-only and that the folder belongs to you.</source>
        <translation>Check that the disk is not read-only and that the folder belongs to you.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="107"/>
        <source>The disk is full. Nothing was lost, but the last change is not saved yet.</source>
        <translation>The disk is full. Nothing was lost, but the last change is not saved yet.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="110"/>
        <source>Free some space on the disk; Carnet will save again.</source>
        <translation>Free some space on the disk; Carnet will save again.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="116"/>
        <source>The encryption library is missing, so Carnet refuses to run unencrypted.</source>
        <translation>The encryption library is missing, so Carnet refuses to run unencrypted.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="119"/>
        <source>Reinstall Carnet.</source>
        <translation>Reinstall Carnet.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="125"/>
        <source>No vault was found in this folder.</source>
        <translation>No vault was found in this folder.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="126"/>
        <source>Check the folder, or restore a backup of the vault.</source>
        <translation>Check the folder, or restore a backup of the vault.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="132"/>
        <source>The vault is locked.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="132"/>
        <source>Unlock it to go on.</source>
        <translation>Unlock it to go on.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="138"/>
        <source>This item does not exist or no longer exists.</source>
        <translation>This item does not exist or no longer exists.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="139"/>
        <source>It may have been deleted. Refresh the list.</source>
        <translation>It may have been deleted. Refresh the list.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="145"/>
        <source>This note is finalised and cannot be changed.</source>
        <translation>This note is finalised and cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="146"/>
        <source>Add a dated addendum instead.</source>
        <translation>Add a dated addendum instead.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="153"/>
        <source>It is the passphrase your predecessor gave you apart from the file. Nothing was added.</source>
        <translation>It is the passphrase your predecessor gave you apart from the file. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="164"/>
        <source>Ask for the file again. Your vault was not changed.</source>
        <translation>Ask for the file again. Your vault was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="170"/>
        <source>This backup file is damaged, incomplete or not a Carnet backup.</source>
        <translation>This backup file is damaged, incomplete or not a Carnet backup.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="171"/>
        <source>Choose another backup file. Your vault was not changed.</source>
        <translation>Choose another backup file. Your vault was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="177"/>
        <source>The transmission could not be written, and nothing was recorded.</source>
        <translation>The transmission could not be written, and nothing was recorded.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="178"/>
        <source>Check the destination folder and the free space, then try again.</source>
        <translation>Check the destination folder and the free space, then try again.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="184"/>
        <source>A vault already exists in this folder.</source>
        <translation>A vault already exists in this folder.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="185"/>
        <source>Unlock it instead, or choose another folder.</source>
        <translation>Unlock it instead, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="191"/>
        <source>The working hypotheses of this vault are sealed to the computer where they were written: they cannot be read or written on this one.</source>
        <translation>The working hypotheses of this vault are sealed to the computer where they were written: they cannot be read or written on this one.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="196"/>
        <source>Nothing is lost on that computer. The facts work as usual here.</source>
        <translation>Nothing is lost on that computer. The facts work as usual here.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="202"/>
        <source>The vault key cannot be renewed on this computer: the working hypotheses of this vault are sealed to another one, and a renewal here would make them unreadable.</source>
        <translation>The vault key cannot be renewed on this computer: the working hypotheses of this vault are sealed to another one, and a renewal here would make them unreadable.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="207"/>
        <source>Renew it on the computer where they were written. Nothing was changed.</source>
        <translation>Renew it on the computer where they were written. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="215"/>
        <source>This folder already holds other files.</source>
        <translation>This folder already holds other files.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="216"/>
        <source>Choose an empty or a new folder for the vault. Nothing was changed.</source>
        <translation>Choose an empty or a new folder for the vault. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="222"/>
        <source>Carnet could not complete the operation.</source>
        <translation>Carnet could not complete the operation.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="223"/>
        <source>Nothing was lost. Try again; if it happens again, restart Carnet.</source>
        <translation>Nothing was lost. Try again; if it happens again, restart Carnet.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="257"/>
        <source>The value entered is not valid.</source>
        <translation>The value entered is not valid.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="258"/>
        <source>A person needs at least an alias.</source>
        <translation>A person needs at least an alias.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="259"/>
        <source>An alias has at most 200 characters.</source>
        <translation>An alias has at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="260"/>
        <source>This text is too long to be saved as one note.</source>
        <translation>This text is too long to be saved as one note.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="261"/>
        <source>This text holds characters that cannot be saved.</source>
        <translation>This text holds characters that cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="262"/>
        <source>A case cannot close before it opens.</source>
        <translation>A case cannot close before it opens.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="263"/>
        <source>The retention term is between 1 and 50 years.</source>
        <translation>The retention term is between 1 and 50 years.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="264"/>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>The duration must be between 0 and 1440 minutes.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="265"/>
        <source>An addendum cannot be empty.</source>
        <translation>An addendum cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="266"/>
        <source>A follow-up needs a description.</source>
        <translation>A follow-up needs a description.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="267"/>
        <source>Choose a file name for the backup, not a folder.</source>
        <translation>Choose a file name for the backup, not a folder.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="268"/>
        <source>An external backup belongs on another disk, not in the vault folder.</source>
        <translation>An external backup belongs on another disk, not in the vault folder.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="271"/>
        <source>A backup needs its own passphrase.</source>
        <translation>A backup needs its own passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="272"/>
        <source>This is an external backup: its backup passphrase is needed.</source>
        <translation>This is an external backup: its backup passphrase is needed.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="273"/>
        <source>Only an external backup can start a new vault.</source>
        <translation>Only an external backup can start a new vault.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="274"/>
        <source>A purge needs a reason for the register.</source>
        <translation>A purge needs a reason for the register.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="275"/>
        <source>The reason has at most 500 characters.</source>
        <translation>The reason has at most 500 characters.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="284"/>
        <source>This value cannot be saved: %1</source>
        <translation>This value cannot be saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="287"/>
        <source>Correct it and try again.</source>
        <translation>Correct it and try again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="21"/>
        <source>This kind of document carries nothing from the notes.</source>
        <translation>This kind of document carries nothing from the notes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="16"/>
        <source>A transmission needs a recipient.</source>
        <translation>A transmission needs a recipient.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="17"/>
        <source>A transmission needs a purpose.</source>
        <translation>A transmission needs a purpose.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="18"/>
        <source>A transmission needs the name of the worker or service sending it.</source>
        <translation>A transmission needs the name of the worker or service sending it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="22"/>
        <source>Say why the transmission is made without informing.</source>
        <translation>Say why the transmission is made without informing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="23"/>
        <source>A concern report needs the identity of the minor.</source>
        <translation>A concern report needs the identity of the minor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="24"/>
        <source>A coordination notice needs the professionals involved.</source>
        <translation>A coordination notice needs the professionals involved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="25"/>
        <source>An interview chosen belongs to another person.</source>
        <translation>An interview chosen belongs to another person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="26"/>
        <source>A paragraph chosen no longer exists in the note.</source>
        <translation>A paragraph chosen no longer exists in the note.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="27"/>
        <source>An addendum chosen does not belong to this interview.</source>
        <translation>An addendum chosen does not belong to this interview.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="28"/>
        <source>A follow-up chosen belongs to another person.</source>
        <translation>A follow-up chosen belongs to another person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="29"/>
        <source>A detail chosen is no longer in the person&apos;s file.</source>
        <translation>A detail chosen is no longer in the person&apos;s file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="30"/>
        <source>The text changed since the wording check; check it again.</source>
        <translation>The text changed since the wording check; check it again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="31"/>
        <source>Write the new text, or leave the paragraph out.</source>
        <translation>Write the new text, or leave the paragraph out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="32"/>
        <source>The end of the period is before its start.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="33"/>
        <source>A correction needs a recipient and a purpose.</source>
        <translation>A correction needs a recipient and a purpose.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="34"/>
        <source>The recipient is not the person: say whether the person was informed and agreed, informed and did not agree, or not informed (and why) before anything is written.</source>
        <translation>The recipient is not the person: say whether the person was informed and agreed, informed and did not agree, or not informed (and why) before anything is written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="39"/>
        <source>Say whether the parents were informed and adhere to the approach, informed and do not, or not informed (and why, in the child&apos;s interest) before anything is written.</source>
        <translation>Say whether the parents were informed and adhere to the approach, informed and do not, or not informed (and why, in the child&apos;s interest) before anything is written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="44"/>
        <source>A copy for the person is written only to the person. For anyone else, choose another kind of document.</source>
        <translation>A copy for the person is written only to the person. For anyone else, choose another kind of document.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="49"/>
        <source>A child-protection report goes to the authority, not to the person.</source>
        <translation>A child-protection report goes to the authority, not to the person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="52"/>
        <source>Without the person&apos;s agreement, a reply to an employer states nothing about them beyond professional secrecy.</source>
        <translation>Without the person&apos;s agreement, a reply to an employer states nothing about them beyond professional secrecy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="57"/>
        <source>Say for each paragraph whether you observed it or it was reported to you.</source>
        <translation>Say for each paragraph whether you observed it or it was reported to you.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="60"/>
        <source>Only the person&apos;s own copy can hold everything Carnet keeps.</source>
        <translation>Only the person&apos;s own copy can hold everything Carnet keeps.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="61"/>
        <source>A report to the prosecutor needs your assessment of the danger.</source>
        <translation>A report to the prosecutor needs your assessment of the danger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="62"/>
        <source>A refused request needs who asked and for what.</source>
        <translation>A refused request needs who asked and for what.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="63"/>
        <source>Give the file to write with --out, or use --preview.</source>
        <translation>Give the file to write with --out, or use --preview.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="64"/>
        <source>The output file exists already; add --force to replace it.</source>
        <translation>The output file exists already; add --force to replace it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="65"/>
        <source>Give --author the first time (it is then remembered).</source>
        <translation>Give --author the first time (it is then remembered).</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="66"/>
        <source>A paragraph cannot be both observed and reported.</source>
        <translation>A paragraph cannot be both observed and reported.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="67"/>
        <source>The recipient is not the person: say with --informed agreed, not-agreed or no (with --reason) whether they were informed and agreed; add --to-person if the recipient is the person. Nothing was written.</source>
        <translation>The recipient is not the person: say with --informed agreed, not-agreed or no (with --reason) whether they were informed and agreed; add --to-person if the recipient is the person. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="73"/>
        <source>Say for each paragraph whether you observed it (--observed) or it was reported to you (--reported). Nothing was written.</source>
        <translation>Say for each paragraph whether you observed it (--observed) or it was reported to you (--reported). Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="9"/>
        <source>The threshold is a whole number from 3 to 100.</source>
        <translation>The threshold is a whole number from 3 to 100.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="10"/>
        <source>A quarter is 1, 2, 3 or 4.</source>
        <translation>A quarter is 1, 2, 3 or 4.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="11"/>
        <source>The end of the period comes before its start.</source>
        <translation>The end of the period comes before its start.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="12"/>
        <source>Choose at least one person to hand over.</source>
        <translation>Choose at least one person to hand over.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="13"/>
        <source>Say who takes over (the successor&apos;s name).</source>
        <translation>Say who takes over (the successor&apos;s name).</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="14"/>
        <source>A follow-up chosen is done or belongs to another person.</source>
        <translation>A follow-up chosen is done or belongs to another person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="15"/>
        <source>Say whether each person was told of the handover (agreed, informed, or not) before anything is written.</source>
        <translation>Say whether each person was told of the handover (agreed, informed, or not) before anything is written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="20"/>
        <source>The handover file could not be written.</source>
        <translation>The handover file could not be written.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="163"/>
        <location filename="../../app/ui/activity/error_texts.py" line="21"/>
        <source>The handover file is damaged, incomplete or not a Carnet handover.</source>
        <translation>The handover file is damaged, incomplete or not a Carnet handover.</translation>
    </message>
    <message>
        <location filename="../../app/messages/errors.py" line="152"/>
        <location filename="../../app/ui/activity/error_texts.py" line="24"/>
        <source>The passphrase of this handover is not correct.</source>
        <translation>The passphrase of this handover is not correct.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="25"/>
        <source>PDF and ODS are written to a file: add --out FILE.</source>
        <translation>PDF and ODS are written to a file: add --out FILE.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/error_texts.py" line="26"/>
        <source>Give the period: --from YYYY-MM-DD --to YYYY-MM-DD, or --year.</source>
        <translation>Give the period: --from YYYY-MM-DD --to YYYY-MM-DD, or --year.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/export/labels.py" line="31"/>
        <source>Liaison note</source>
        <translation>Liaison note</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="32"/>
        <source>Coordination notice</source>
        <translation>Coordination notice</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="33"/>
        <source>Child-protection concern report</source>
        <translation>Child-protection concern report</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="34"/>
        <source>Report to the public prosecutor</source>
        <translation>Report to the public prosecutor</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="35"/>
        <source>Reply to an employer&apos;s request</source>
        <translation>Reply to an employer&apos;s request</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="36"/>
        <source>Certificate of support</source>
        <translation>Certificate of support</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="37"/>
        <source>Copy for the person</source>
        <translation>Copy for the person</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="44"/>
        <source>Confidential — professional secrecy</source>
        <translation>Confidential — professional secrecy</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="49"/>
        <source>page {page} / {pages}</source>
        <translation>page {page} / {pages}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="55"/>
        <source>Recipient: {recipient}</source>
        <translation>Recipient: {recipient}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="72"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="76"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="80"/>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="84"/>
        <source>Person concerned:</source>
        <translation>Person concerned:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="88"/>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="92"/>
        <source>Minor concerned:</source>
        <translation>Minor concerned:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="96"/>
        <source>Professionals involved:</source>
        <translation>Professionals involved:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="100"/>
        <source>Coordination needed from:</source>
        <translation>Coordination needed from:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="104"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="109"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="114"/>
        <source>About the person</source>
        <translation>About the person</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="118"/>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="122"/>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="126"/>
        <source>Actions already taken</source>
        <translation>Actions already taken</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="130"/>
        <source>Information of the person</source>
        <translation>Information of the person</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="134"/>
        <source>Information of the parents</source>
        <translation>Information of the parents</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="138"/>
        <source>The child</source>
        <translation>The child</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="142"/>
        <source>The worker&apos;s assessment of the danger</source>
        <translation>The worker&apos;s assessment of the danger</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="146"/>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="150"/>
        <source>Professional secrecy</source>
        <translation>Professional secrecy</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="154"/>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="158"/>
        <source>Transmissions made</source>
        <translation>Transmissions made</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="162"/>
        <source>Working notes</source>
        <translation>Working notes</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="169"/>
        <source>Interview of {date}</source>
        <translation>Interview of {date}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="171"/>
        <source>Interview of {date} — observed by the worker</source>
        <translation>Interview of {date} — observed by the worker</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="173"/>
        <source>Interview of {date} — reported to the worker</source>
        <translation>Interview of {date} — reported to the worker</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="175"/>
        <source>Interview of {date} — source not stated</source>
        <translation>Interview of {date} — source not stated</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="183"/>
        <source>{text} (by {date})</source>
        <translation>{text} (by {date})</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="209"/>
        <source>The holders of parental authority have been informed of this report.</source>
        <translation>The holders of parental authority have been informed of this report.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="212"/>
        <source>The holders of parental authority have been informed of this report and adhere to the approach.</source>
        <translation>The holders of parental authority have been informed of this report and adhere to the approach.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="217"/>
        <source>The holders of parental authority have been informed of this report and do not adhere to the approach.</source>
        <translation>The holders of parental authority have been informed of this report and do not adhere to the approach.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="222"/>
        <source>The holders of parental authority have not been informed of this report, in the interest of the child.</source>
        <translation>The holders of parental authority have not been informed of this report, in the interest of the child.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="233"/>
        <source>The situation of {person} requires coordinated action by the professionals involved, under article L. 121-6-2 of the Code de l&apos;action sociale et des familles.</source>
        <translation>The situation of {person} requires coordinated action by the professionals involved, under article L. 121-6-2 of the Code de l&apos;action sociale et des familles.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="266"/>
        <source>This certificate is issued at the request of {requester}, to serve as required.</source>
        <translation>This certificate is issued at the request of {requester}, to serve as required.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="275"/>
        <source>Report made to the public prosecutor under article L. 226-4 of the Code de l&apos;action sociale et des familles. Article 226-14 of the Code pénal lifts professional secrecy for this report. The president of the departmental council (CRIP) is sent a copy.</source>
        <translation>Report made to the public prosecutor under article L. 226-4 of the Code de l&apos;action sociale et des familles. Article 226-14 of the Code pénal lifts professional secrecy for this report. The president of the departmental council (CRIP) is sent a copy.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="282"/>
        <source>Information transmitted to the departmental unit (CRIP) under article L. 226-2-1 of the Code de l&apos;action sociale et des familles. Only the information strictly necessary to assess the situation and to protect the child is shared, as article L. 226-2-2 of the same code provides.</source>
        <translation>Information transmitted to the departmental unit (CRIP) under article L. 226-2-1 of the Code de l&apos;action sociale et des familles. Only the information strictly necessary to assess the situation and to protect the child is shared, as article L. 226-2-2 of the same code provides.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="293"/>
        <source>With their agreement, I can confirm that {person} is supported by the social service.</source>
        <translation>With their agreement, I can confirm that {person} is supported by the social service.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="302"/>
        <source>Social workers are bound by professional secrecy (article L. 411-3 of the Code de l&apos;action sociale et des familles; article 226-13 of the Code pénal). Secrecy protects the person, not the institution: nothing about their situation can be shared without their agreement, whoever asks. This reply states only what the person agreed to share.</source>
        <translation>Social workers are bound by professional secrecy (article L. 411-3 of the Code de l&apos;action sociale et des familles; article 226-13 of the Code pénal). Secrecy protects the person, not the institution: nothing about their situation can be shared without their agreement, whoever asks. This reply states only what the person agreed to share.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="312"/>
        <source>In answer to your request (article 15 of the GDPR), this document sets out everything Carnet holds about you: the details noted, every interview with its facts and addenda, the next steps, and the transmissions made about you.</source>
        <translation>In answer to your request (article 15 of the GDPR), this document sets out everything Carnet holds about you: the details noted, every interview with its facts and addenda, the next steps, and the transmissions made about you.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="322"/>
        <source>Your social worker may also keep working notes: provisional thoughts, which are not facts. They stay on this computer only, are never sent to anyone and are destroyed when your support ends; they are not included here. If the data protection officer decides otherwise, they will be given to you. You may ask for any fact to be corrected (article 16) or erased (article 17).</source>
        <translation>Your social worker may also keep working notes: provisional thoughts, which are not facts. They stay on this computer only, are never sent to anyone and are destroyed when your support ends; they are not included here. If the data protection officer decides otherwise, they will be given to you. You may ask for any fact to be corrected (article 16) or erased (article 17).</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="333"/>
        <source>Interview of {date} — {description}</source>
        <translation>Interview of {date} — {description}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="338"/>
        <source>No facts written for this interview.</source>
        <translation>No facts written for this interview.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="342"/>
        <source>Addendum of {date}: {text}</source>
        <translation>Addendum of {date}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="347"/>
        <source>{date} — to {recipient} — {purpose}</source>
        <translation>{date} — to {recipient} — {purpose}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="352"/>
        <source>No transmission about you has been recorded.</source>
        <translation>No transmission about you has been recorded.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="358"/>
        <source>at the office</source>
        <translation>at the office</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="359"/>
        <source>by phone</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="360"/>
        <source>home visit</source>
        <translation>home visit</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="361"/>
        <source>by video</source>
        <translation>by video</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="362"/>
        <location filename="../../app/export/labels.py" line="371"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="365"/>
        <source>housing</source>
        <translation>housing</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="366"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="367"/>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="368"/>
        <source>employment</source>
        <translation>employment</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="369"/>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="370"/>
        <source>rights</source>
        <translation>rights</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="375"/>
        <source>{kind}; themes: {themes}</source>
        <translation>{kind}; themes: {themes}</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="244"/>
        <source>The undersigned, {author}, certifies that {person} is supported by the social service.</source>
        <translation>The undersigned, {author}, certifies that {person} is supported by the social service.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="67"/>
        <source>transmission</source>
        <translation>transmission</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="190"/>
        <source>The person has been informed of this transmission.</source>
        <translation>The person has been informed of this transmission.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="193"/>
        <source>The person has been informed of this transmission and agrees to it.</source>
        <translation>The person has been informed of this transmission and agrees to it.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="196"/>
        <source>The person has been informed of this transmission and does not agree to it.</source>
        <translation>The person has been informed of this transmission and does not agree to it.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="199"/>
        <source>The person has not been informed of this transmission.</source>
        <translation>The person has not been informed of this transmission.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="250"/>
        <source>The undersigned, {author}, certifies that {person} has been supported by the social service since {date}.</source>
        <translation>The undersigned, {author}, certifies that {person} has been supported by the social service since {date}.</translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="261"/>
        <source>This certificate is issued at the request of the person concerned, to serve as required.</source>
        <translation>This certificate is issued at the request of the person concerned, to serve as required.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../app/ui/export/wizard.py" line="55"/>
        <source>Save the transmission</source>
        <translation>Save the transmission</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/wizard.py" line="73"/>
        <source>New transmission</source>
        <translation>New transmission</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/wizard.py" line="76"/>
        <source>Write the file…</source>
        <translation>Write the file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="98"/>
        <source>To a partner, for a purpose the person knows: only the facts you tick.</source>
        <translation>To a partner, for a purpose the person knows: only the facts you tick.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="101"/>
        <source>States that coordination is needed, between whom and from when; nothing from the notes.</source>
        <translation>States that coordination is needed, between whom and from when; nothing from the notes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="106"/>
        <source>To the departmental unit (CRIP): facts observed or reported, actions taken, whether the parents were informed.</source>
        <translation>To the departmental unit (CRIP): facts observed or reported, actions taken, whether the parents were informed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="111"/>
        <source>To the public prosecutor, for a serious danger (art. L. 226-4 CASF, 226-14 CP): facts observed or reported, your assessment, the parents&apos; position.</source>
        <translation>To the public prosecutor, for a serious danger (art. L. 226-4 CASF, 226-14 CP): facts observed or reported, your assessment, the parents&apos; position.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="116"/>
        <source>To an employer, HR or management: only what the person agreed to, and a paragraph on professional secrecy.</source>
        <translation>To an employer, HR or management: only what the person agreed to, and a paragraph on professional secrecy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="121"/>
        <source>Certifies that the person is supported, and since when; nothing else.</source>
        <translation>Certifies that the person is supported, and since when; nothing else.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="135"/>
        <source>Informing would put someone in danger</source>
        <translation>Informing would put someone in danger</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="138"/>
        <source>Against the child&apos;s interest</source>
        <translation>Against the child&apos;s interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="141"/>
        <source>The person could not be reached</source>
        <translation>The person could not be reached</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="144"/>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="159"/>
        <source>The parents have not been informed</source>
        <translation>The parents have not been informed</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="165"/>
        <source>The person has been informed and agrees</source>
        <translation>The person has been informed and agrees</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="171"/>
        <source>The person has not been informed</source>
        <translation>The person has not been informed</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="180"/>
        <source>Observed by me</source>
        <translation>Observed by me</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="181"/>
        <source>Reported to me</source>
        <translation>Reported to me</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="188"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="189"/>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument text (ODT)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="190"/>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="203"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="204"/>
        <source>Supported since</source>
        <translation>Supported since</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="205"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="214"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="124"/>
        <source>For the person only: the items you tick, or everything Carnet holds about them (right of access).</source>
        <translation>For the person only: the items you tick, or everything Carnet holds about them (right of access).</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="153"/>
        <source>The parents have been informed and adhere to the approach</source>
        <translation>The parents have been informed and adhere to the approach</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="156"/>
        <source>The parents have been informed and do not adhere to it</source>
        <translation>The parents have been informed and do not adhere to it</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="168"/>
        <source>The person has been informed and does not agree</source>
        <translation>The person has been informed and does not agree</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="215"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="216"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="217"/>
        <source>Person (id)</source>
        <translation>Person (id)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="218"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="219"/>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="220"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="221"/>
        <location filename="../../app/ui/export/labels.py" line="235"/>
        <source>Informed</source>
        <translation>Informed</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="222"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="223"/>
        <source>Items</source>
        <translation>Items</translation>
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
        <translation>Corrects entry</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="227"/>
        <source>Answer given</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="236"/>
        <source>Agreed</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="237"/>
        <source>Not informed</source>
        <translation>Not informed</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="238"/>
        <source>Did not agree</source>
        <translation>Did not agree</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="239"/>
        <source>Sent to the person</source>
        <translation>Sent to the person</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/labels.py" line="249"/>
        <source>Refused request</source>
        <translation>Refused request</translation>
    </message>
</context>
<context>
    <name>FactPicker</name>
    <message>
        <location filename="../../app/ui/export/fact_picker.py" line="107"/>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/fact_picker.py" line="108"/>
        <source>No interview to choose from.</source>
        <translation>No interview to choose from.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export/fact_picker.py" line="139"/>
        <source>%1 — %2 — %n paragraph(s)</source>
        <translation>
            <numerusform>%1 — %2 — %n paragraph</numerusform>
            <numerusform>%1 — %2 — %n paragraphs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/export/fact_picker.py" line="170"/>
        <source>This person has no interview yet.</source>
        <translation>This person has no interview yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/fact_picker.py" line="189"/>
        <source>Addendum of %1</source>
        <translation>Addendum of %1</translation>
    </message>
</context>
<context>
    <name>FactsEdit</name>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="53"/>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="54"/>
        <source>What was said, seen, done or decided…</source>
        <translation>What was said, seen, done or decided…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="63"/>
        <source>Finalised: read only. To correct it, add a dated addendum.</source>
        <translation>Finalised: read only. To correct it, add a dated addendum.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="227"/>
        <source>What was said, seen, done or decided. Judgements about the person and phrases that sound like an opinion are underlined.</source>
        <translation>What was said, seen, done or decided. Judgements about the person and phrases that sound like an opinion are underlined.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="222"/>
        <source>Finalised note, read only. Corrections are added as dated addenda.</source>
        <translation>Finalised note, read only. Corrections are added as dated addenda.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="191"/>
        <source>Welcome to Carnet</source>
        <translation>Welcome to Carnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="193"/>
        <source>Your notes are kept on this computer, in an encrypted vault. Choose a passphrase to lock it: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Your notes are kept on this computer, in an encrypted vault. Choose a passphrase to lock it: a few unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="196"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="198"/>
        <source>Nobody can recover a forgotten passphrase, not even Carnet&apos;s authors. Only the recovery key shown next can open the vault without it.</source>
        <translation>Nobody can recover a forgotten passphrase, not even Carnet&apos;s authors. Only the recovery key shown next can open the vault without it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="201"/>
        <source>Creating your vault… This takes a few seconds, to make the passphrase hard to guess.</source>
        <translation>Creating your vault… This takes a few seconds, to make the passphrase hard to guess.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="203"/>
        <source>&amp;Create the vault</source>
        <translation>&amp;Create the vault</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="204"/>
        <source>Restore from an external &amp;backup…</source>
        <translation>Restore from an external &amp;backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="205"/>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="207"/>
        <source>Write these 8 groups on paper now. It is shown only this once.</source>
        <translation>Write these 8 groups on paper now. It is shown only this once.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="210"/>
        <source>Keep the paper somewhere safe, away from this computer. With it, you can open the vault and choose a new passphrase if you forget yours.</source>
        <translation>Keep the paper somewhere safe, away from this computer. With it, you can open the vault and choose a new passphrase if you forget yours.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="212"/>
        <source>I have &amp;written it down</source>
        <translation>I have &amp;written it down</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="213"/>
        <source>Check the recovery key</source>
        <translation>Check the recovery key</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="215"/>
        <source>&amp;Show the key again</source>
        <translation>&amp;Show the key again</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="216"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/vault/first_run.py" line="262"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/vault/first_run.py" line="263"/>
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="265"/>
        <source>The backup was restored: %1 and %2. It held no working hypotheses: they never leave the computer where they were written.</source>
        <translation>The backup was restored: %1 and %2. It held no working hypotheses: they never leave the computer where they were written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="308"/>
        <source>To be sure it is written down, type group number %1 of your recovery key.</source>
        <translation>To be sure it is written down, type group number %1 of your recovery key.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run.py" line="317"/>
        <source>That is not group %1. Look at the paper again, or show the key again.</source>
        <translation>That is not group %1. Look at the paper again, or show the key again.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="60"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="60"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="59"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="96"/>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="98"/>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="100"/>
        <source>%1, done</source>
        <translation>%1, done</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="33"/>
        <source>Space marks the selected follow-up done; Enter opens the person&apos;s file.</source>
        <translation>Space marks the selected follow-up done; Enter opens the person&apos;s file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="40"/>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="43"/>
        <source>Nothing due this week.</source>
        <translation>Nothing due this week.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="43"/>
        <source>Back to the persons</source>
        <translation>Back to the persons</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="53"/>
        <source>Follow-ups due by %1</source>
        <translation>Follow-ups due by %1</translation>
    </message>
</context>
<context>
    <name>FramePage</name>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="40"/>
        <source>Surname, first name, date of birth, address: as you know them</source>
        <translation>Surname, first name, date of birth, address: as you know them</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="44"/>
        <source>Your assessment of the danger</source>
        <translation>Your assessment of the danger</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="47"/>
        <source>Your own assessment of the danger or risk for the child, kept apart from the facts</source>
        <translation>Your own assessment of the danger or risk for the child, kept apart from the facts</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="53"/>
        <source>The person agrees that I confirm a follow-up exists</source>
        <translation>The person agrees that I confirm a follow-up exists</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="57"/>
        <source>Actions already taken</source>
        <translation>Actions already taken</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="59"/>
        <source>What you have already done or proposed (optional)</source>
        <translation>What you have already done or proposed (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="61"/>
        <source>e.g. company social service, CCAS, occupational doctor</source>
        <translation>e.g. company social service, CCAS, occupational doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="62"/>
        <source>Coordination needed from</source>
        <translation>Coordination needed from</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="63"/>
        <source>State since when</source>
        <translation>State since when</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="86"/>
        <source>The child:</source>
        <translation>The child:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="87"/>
        <source>Assessment of the danger:</source>
        <translation>Assessment of the danger:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="96"/>
        <source>A reply to an employer states only what the person agreed to share, followed by a paragraph on professional secrecy (article 226-13 of the Code pénal). If the person did not agree, say nothing else, and consider recording the request as refused in the register instead.</source>
        <translation>A reply to an employer states only what the person agreed to share, followed by a paragraph on professional secrecy (article 226-13 of the Code pénal). If the person did not agree, say nothing else, and consider recording the request as refused in the register instead.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="113"/>
        <source>A coordination notice says only that coordinated action is needed, between whom and from when (article L. 121-6-2 CASF). It carries nothing from your notes.</source>
        <translation>A coordination notice says only that coordinated action is needed, between whom and from when (article L. 121-6-2 CASF). It carries nothing from your notes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="150"/>
        <source>Article L. 226-2-1 CASF: to the departmental unit (CRIP). Share only what is strictly necessary (article L. 226-2-2 CASF).</source>
        <translation>Article L. 226-2-1 CASF: to the departmental unit (CRIP). Share only what is strictly necessary (article L. 226-2-2 CASF).</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="154"/>
        <source>The child, your assessment of the danger, what was done.</source>
        <translation>The child, your assessment of the danger, what was done.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="88"/>
        <source>Actions already taken:</source>
        <translation>Actions already taken:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="120"/>
        <source>Professionals involved:</source>
        <translation>Professionals involved:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="128"/>
        <source>A certificate only says that the person is supported, and since when.</source>
        <translation>A certificate only says that the person is supported, and since when.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="139"/>
        <source>The report to the public prosecutor</source>
        <translation>The report to the public prosecutor</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="142"/>
        <source>Article L. 226-4 CASF; article 226-14 of the Code pénal lifts professional secrecy for this report. Reserved for serious danger.</source>
        <translation>Article L. 226-4 CASF; article 226-14 of the Code pénal lifts professional secrecy for this report. Reserved for serious danger.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="147"/>
        <source>The concern report</source>
        <translation>The concern report</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="157"/>
        <source>The coordination notice</source>
        <translation>The coordination notice</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="158"/>
        <source>Between whom, and from when.</source>
        <translation>Between whom, and from when.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="161"/>
        <source>The reply to the employer</source>
        <translation>The reply to the employer</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="162"/>
        <source>Only what the person agreed to share.</source>
        <translation>Only what the person agreed to share.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="165"/>
        <source>The certificate of support</source>
        <translation>The certificate of support</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_frame.py" line="166"/>
        <source>Since when the person is supported.</source>
        <translation>Since when the person is supported.</translation>
    </message>
</context>
<context>
    <name>HandoverWizard</name>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="141"/>
        <source>Hand over to a successor</source>
        <translation>Hand over to a successor</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="171"/>
        <source>Save the handover</source>
        <translation>Save the handover</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="172"/>
        <source>Carnet handover (*.carnet-handover)</source>
        <translation>Carnet handover (*.carnet-handover)</translation>
    </message>
</context>
<context>
    <name>HypothesesEdit</name>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="82"/>
        <source>Working hypotheses (private)</source>
        <translation>Working hypotheses (private)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="85"/>
        <source>Private working hypotheses. They cannot be copied, exported or printed and stay on this computer.</source>
        <translation>Private working hypotheses. They cannot be copied, exported or printed and stay on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="89"/>
        <source>What you suppose, wonder or want to check…</source>
        <translation>What you suppose, wonder or want to check…</translation>
    </message>
</context>
<context>
    <name>HypothesesListPanel</name>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="76"/>
        <source>Working hypotheses</source>
        <translation>Working hypotheses</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="77"/>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="169"/>
        <source>Private: they stay on this computer.</source>
        <translation>Private: they stay on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="146"/>
        <source>Working hypotheses (private)</source>
        <translation>Working hypotheses (private)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="97"/>
        <source>Status of the selected hypothesis</source>
        <translation>Status of the selected hypothesis</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="80"/>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="161"/>
        <source>Sealed to this computer</source>
        <translation>Sealed to this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="84"/>
        <source>Only this computer can decrypt them: a copy of the vault folder opened elsewhere, even with the passphrase, shows the facts but not these.</source>
        <translation>Only this computer can decrypt them: a copy of the vault folder opened elsewhere, even with the passphrase, shows the facts but not these.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="92"/>
        <source>No working hypothesis yet: write them beside the facts of an interview.</source>
        <translation>No working hypothesis yet: write them beside the facts of an interview.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="93"/>
        <source>New interview</source>
        <translation>New interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="101"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="103"/>
        <source>Move to facts…</source>
        <translation>Move to facts…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="106"/>
        <source>Opens the facts with this hypothesis in a marked block for you to rewrite as facts. The hypothesis itself stays here until you change its status.</source>
        <translation>Opens the facts with this hypothesis in a marked block for you to rewrite as facts. The hypothesis itself stays here until you change its status.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="111"/>
        <source>Start new hypotheses here…</source>
        <translation>Start new hypotheses here…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="115"/>
        <source>Start an empty set of hypotheses sealed to this computer. The file sealed to the other computer is kept in the vault folder until you erase it.</source>
        <translation>Start an empty set of hypotheses sealed to this computer. The file sealed to the other computer is kept in the vault folder until you erase it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="159"/>
        <source>Sealed to another computer</source>
        <translation>Sealed to another computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="165"/>
        <source>These hypotheses are sealed to the computer where they were written: they cannot be read on this one. Nothing is lost on that computer.</source>
        <translation>These hypotheses are sealed to the computer where they were written: they cannot be read on this one. Nothing is lost on that computer.</translation>
    </message>
</context>
<context>
    <name>HypothesesPanel</name>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="158"/>
        <source>Working hypotheses</source>
        <translation>Working hypotheses</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="166"/>
        <source>Private: never exported, printed or copied. They stay on this computer.</source>
        <translation>Private: never exported, printed or copied. They stay on this computer.</translation>
    </message>
</context>
<context>
    <name>HypothesisModel</name>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="44"/>
        <source>Noted on</source>
        <translation>Noted on</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="44"/>
        <source>Hypothesis</source>
        <translation>Hypothesis</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="53"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>InformedPage</name>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="45"/>
        <source>Why not</source>
        <translation>Why not</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="47"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="48"/>
        <source>Choose the reason…</source>
        <translation>Choose the reason…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="54"/>
        <source>In a few words (required for another reason)</source>
        <translation>In a few words (required for another reason)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="55"/>
        <source>Details of the reason</source>
        <translation>Details of the reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="57"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="58"/>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="60"/>
        <source>About informing the parents</source>
        <translation>About informing the parents</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="62"/>
        <source>What will be said to them and when, or why not, in the child&apos;s interest</source>
        <translation>What will be said to them and when, or why not, in the child&apos;s interest</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="84"/>
        <source>Were the holders of parental authority told of this report, and do they adhere to the approach?</source>
        <translation>Were the holders of parental authority told of this report, and do they adhere to the approach?</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="92"/>
        <source>The recipient is not the person. Does the person know that this is being shared, and do they agree? Nothing is assumed.</source>
        <translation>The recipient is not the person. Does the person know that this is being shared, and do they agree? Nothing is assumed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="81"/>
        <source>The parents</source>
        <translation>The parents</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_informed.py" line="89"/>
        <source>The person</source>
        <translation>The person</translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="87"/>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="70"/>
        <source>Finalise…</source>
        <translation>Finalise…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="72"/>
        <source>Make the facts read only. Later corrections become dated addenda.</source>
        <translation>Make the facts read only. Later corrections become dated addenda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="80"/>
        <source>Move to facts…</source>
        <translation>Move to facts…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="82"/>
        <source>Put this text in the facts, in a marked block, for you to rewrite as facts.</source>
        <translation>Put this text in the facts, in a marked block, for you to rewrite as facts.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="116"/>
        <source>Finalise the note</source>
        <translation>Finalise the note</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="118"/>
        <source>Finalise the facts of this interview?</source>
        <translation>Finalise the facts of this interview?</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="121"/>
        <source>They become read only. Any later correction is added as a dated addendum, shown under the original. Working hypotheses stay editable.</source>
        <translation>They become read only. Any later correction is added as a dated addendum, shown under the original. Working hypotheses stay editable.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="128"/>
        <source>Finalise</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="320"/>
        <source>Note finalised.</source>
        <translation>Note finalised.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="336"/>
        <source>The addendum is not saved: %1</source>
        <translation>The addendum is not saved: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="340"/>
        <source>Addendum saved.</source>
        <translation>Addendum saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="361"/>
        <source>[To rewrite as facts — working hypothesis of %1]</source>
        <translation>[To rewrite as facts — working hypothesis of %1]</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="362"/>
        <source>[End of the text to rewrite]</source>
        <translation>[End of the text to rewrite]</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="372"/>
        <source>The hypothesis is in the facts, marked: rewrite it as facts.</source>
        <translation>The hypothesis is in the facts, marked: rewrite it as facts.</translation>
    </message>
</context>
<context>
    <name>InterviewMeta</name>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="61"/>
        <source>Date of the interview</source>
        <translation>Date of the interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="63"/>
        <source>Kind of interview</source>
        <translation>Kind of interview</translation>
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
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="73"/>
        <source>Who asked for the interview</source>
        <translation>Who asked for the interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="83"/>
        <source>Theme: %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="91"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="92"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="93"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="94"/>
        <source>&amp;Asked by:</source>
        <translation>&amp;Asked by:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="78"/>
        <source>Themes:</source>
        <translation>Themes:</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="38"/>
        <source>What to share</source>
        <translation>What to share</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="40"/>
        <source>Tick only what this recipient strictly needs. Nothing is ticked for you.</source>
        <translation>Tick only what this recipient strictly needs. Nothing is ticked for you.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="45"/>
        <location filename="../../app/ui/export/page_items.py" line="56"/>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="46"/>
        <location filename="../../app/ui/export/page_items.py" line="57"/>
        <source>About the person</source>
        <translation>About the person</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="55"/>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="91"/>
        <source>%1 (by %2)</source>
        <translation>%1 (by %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="49"/>
        <source>No open next step for this person.</source>
        <translation>No open next step for this person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="52"/>
        <source>No detail is kept about this person.</source>
        <translation>No detail is kept about this person.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_items.py" line="100"/>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export/page_items.py" line="133"/>
        <source>Ticked: %n fact paragraph(s)</source>
        <translation>
            <numerusform>Ticked: %n fact paragraph</numerusform>
            <numerusform>Ticked: %n fact paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export/page_items.py" line="134"/>
        <source>%n next step(s)</source>
        <translation>
            <numerusform>%n next step</numerusform>
            <numerusform>%n next steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export/page_items.py" line="135"/>
        <source>%n detail(s)</source>
        <translation>
            <numerusform>%n detail</numerusform>
            <numerusform>%n details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export/page_items.py" line="139"/>
        <source>Say for each ticked fact whether you observed it or it was reported to you (%n left).</source>
        <translation>
            <numerusform>Say for each ticked fact whether you observed it or it was reported to you (%n left).</numerusform>
            <numerusform>Say for each ticked fact whether you observed it or it was reported to you (%n left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../app/ui/shell/lock_controller.py" line="91"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_controller.py" line="92"/>
        <source>Lock Carnet now (Ctrl+L)</source>
        <translation>Lock Carnet now (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_controller.py" line="93"/>
        <source>Close the vault; your passphrase opens it again</source>
        <translation>Close the vault; your passphrase opens it again</translation>
    </message>
</context>
<context>
    <name>LockedRestoreDialog</name>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="101"/>
        <location filename="../../app/ui/vault/locked_restore.py" line="102"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="103"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="103"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="104"/>
        <source>Choose an external backup &amp;file…</source>
        <translation>Choose an external backup &amp;file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="105"/>
        <source>&amp;Passphrase of this vault</source>
        <translation>&amp;Passphrase of this vault</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="106"/>
        <source>Passphrase of the &amp;backup</source>
        <translation>Passphrase of the &amp;backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="108"/>
        <source>Checking the backup, then restoring it… The vault as it is now is kept first.</source>
        <translation>Checking the backup, then restoring it… The vault as it is now is kept first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="110"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="120"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="120"/>
        <source>Snapshot before a restore</source>
        <translation>Snapshot before a restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="130"/>
        <source>Unknown date</source>
        <translation>Unknown date</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="141"/>
        <source>Choose an external backup</source>
        <translation>Choose an external backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="142"/>
        <source>Carnet backups (*%1)</source>
        <translation>Carnet backups (*%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="158"/>
        <source>External backup: %1</source>
        <translation>External backup: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="183"/>
        <source>There is no snapshot of this vault on this computer. Choose an external backup file.</source>
        <translation>There is no snapshot of this vault on this computer. Choose an external backup file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="187"/>
        <location filename="../../app/ui/vault/locked_restore.py" line="209"/>
        <source>Choose a snapshot or an external backup file.</source>
        <translation>Choose a snapshot or an external backup file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="188"/>
        <source>an unknown date</source>
        <translation>an unknown date</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="191"/>
        <source>The vault is replaced by the external backup of %1. An external backup holds no working hypotheses: after the restore the vault has none. Before anything is replaced, the current vault is kept as a copy on this computer.</source>
        <translation>The vault is replaced by the external backup of %1. An external backup holds no working hypotheses: after the restore the vault has none. Before anything is replaced, the current vault is kept as a copy on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="197"/>
        <source>The vault goes back to the snapshot of %1: what was written since is replaced. Before anything is replaced, the current vault is kept as a copy on this computer.</source>
        <translation>The vault goes back to the snapshot of %1: what was written since is replaced. Before anything is replaced, the current vault is kept as a copy on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="211"/>
        <source>Type the passphrase of this vault.</source>
        <translation>Type the passphrase of this vault.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="213"/>
        <source>Type the passphrase of this backup.</source>
        <translation>Type the passphrase of this backup.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/locked_restore.py" line="262"/>
        <source>The key file of this vault is damaged or missing: without it, neither the passphrase nor the snapshots can open the vault. Nothing was changed. Keep this folder as it is and ask for help: a copy of the key file, or an external backup restored into a new vault, can bring the notes back.</source>
        <translation>The key file of this vault is damaged or missing: without it, neither the passphrase nor the snapshots can open the vault. Nothing was changed. Keep this folder as it is and ask for help: a copy of the key file, or an external backup restored into a new vault, can bring the notes back.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="108"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="109"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="110"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="111"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="113"/>
        <source>&amp;Privacy mode</source>
        <translation>&amp;Privacy mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="115"/>
        <source>Hide names on screen, for when someone may see it</source>
        <translation>Hide names on screen, for when someone may see it</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="117"/>
        <source>&amp;About Carnet</source>
        <translation>&amp;About Carnet</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_chrome.py" line="118"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="201"/>
        <source>Carnet is locked.</source>
        <translation>Carnet is locked.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="219"/>
        <source>Carnet could not save the last change, so it stays unlocked. Free some disk space, or copy the text somewhere safe, then lock again.</source>
        <translation>Carnet could not save the last change, so it stays unlocked. Free some disk space, or copy the text somewhere safe, then lock again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/window_workspace.py" line="159"/>
        <source>A change is not saved yet: it is back in the editor and Carnet is saving it again.</source>
        <translation>A change is not saved yet: it is back in the editor and Carnet is saving it again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="274"/>
        <source>A change is not saved yet. Unlock Carnet to save it.</source>
        <translation>A change is not saved yet. Unlock Carnet to save it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/replacement.py" line="69"/>
        <source>Restoring the backup… Carnet checks it before replacing anything.</source>
        <translation>Restoring the backup… Carnet checks it before replacing anything.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../app/ui/workspace/message_bar.py" line="30"/>
        <source>Dismiss the message</source>
        <translation>Dismiss the message</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <location filename="../../app/ui/widgets/new_passphrase.py" line="81"/>
        <source>&amp;Type it again</source>
        <translation>&amp;Type it again</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/new_passphrase.py" line="125"/>
        <source>This passphrase is too weak: %1</source>
        <translation>This passphrase is too weak: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/new_passphrase.py" line="129"/>
        <source>The two passphrases are different.</source>
        <translation>The two passphrases are different.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="213"/>
        <source>Your new recovery key</source>
        <translation>Your new recovery key</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="216"/>
        <source>Write these 8 groups on paper now. It is shown only this once. Destroy the old paper: it no longer opens the vault.</source>
        <translation>Write these 8 groups on paper now. It is shown only this once. Destroy the old paper: it no longer opens the vault.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="221"/>
        <source>I have &amp;written it down</source>
        <translation>I have &amp;written it down</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../app/messages/passphrase.py" line="28"/>
        <source>Only one kind of character. Add capitals, digits or symbols, or more words.</source>
        <translation>Only one kind of character. Add capitals, digits or symbols, or more words.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="32"/>
        <source>Repetitions (like “aaa”, “abcabc” or the same word again) are easy to guess.</source>
        <translation>Repetitions (like “aaa”, “abcabc” or the same word again) are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="36"/>
        <source>Sequences (like “1234”, “abcd” or “azerty”) are easy to guess.</source>
        <translation>Sequences (like “1234”, “abcd” or “azerty”) are easy to guess.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="40"/>
        <source>It contains a very common password.</source>
        <translation>It contains a very common password.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="20"/>
        <source>Type a passphrase.</source>
        <translation>Type a passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="21"/>
        <source>This is one of the most common passwords: it would be guessed at once.</source>
        <translation>This is one of the most common passwords: it would be guessed at once.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="25"/>
        <source>Too short: at least 12 characters are needed.</source>
        <translation>Too short: at least 12 characters are needed.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="43"/>
        <source>Tip: four or more unrelated words, or 16 characters or more, are much stronger.</source>
        <translation>Tip: four or more unrelated words, or 16 characters or more, are much stronger.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="47"/>
        <source>Good: several unrelated words are hard to guess and easy to remember.</source>
        <translation>Good: several unrelated words are hard to guess and easy to remember.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="51"/>
        <source>Good: long and varied.</source>
        <translation>Good: long and varied.</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="59"/>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="60"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="61"/>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="62"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../app/messages/passphrase.py" line="63"/>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
</context>
<context>
    <name>PassphraseStrengthBar</name>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="90"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
</context>
<context>
    <name>PastTermView</name>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="223"/>
        <source>Past the retention term</source>
        <translation>Past the retention term</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="225"/>
        <source>These records have had no contact for longer than the retention term set in the settings (the CNIL guidance for social support is 2 years). Erase them when you have checked that nothing requires keeping them.</source>
        <translation>These records have had no contact for longer than the retention term set in the settings (the CNIL guidance for social support is 2 years). Erase them when you have checked that nothing requires keeping them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="229"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="229"/>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="229"/>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="232"/>
        <source>Nothing is past its retention term.</source>
        <translation>Nothing is past its retention term.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="232"/>
        <source>Back to the persons</source>
        <translation>Back to the persons</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="234"/>
        <source>&amp;Erase selected…</source>
        <translation>&amp;Erase selected…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="32"/>
        <source>Edit details</source>
        <translation>Edit details</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="32"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="35"/>
        <source>Name or alias (required)</source>
        <translation>Name or alias (required)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="36"/>
        <source>A name, an alias or initials</source>
        <translation>A name, an alias or initials</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="38"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="39"/>
        <source>Client company or service (optional)</source>
        <translation>Client company or service (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="40"/>
        <source>Case opened on</source>
        <translation>Case opened on</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="41"/>
        <source>Case closed on</source>
        <translation>Case closed on</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="43"/>
        <source>Destroy this person&apos;s working hypotheses now (recommended)</source>
        <translation>Destroy this person&apos;s working hypotheses now (recommended)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="46"/>
        <source>Only the name or alias is required.</source>
        <translation>Only the name or alias is required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="49"/>
        <source>&amp;Name or alias:</source>
        <translation>&amp;Name or alias:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="50"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="58"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="58"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>PersonFilePage</name>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="58"/>
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="61"/>
        <location filename="../../app/ui/workspace/person_file.py" line="79"/>
        <source>New interview</source>
        <translation>New interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="78"/>
        <source>No interview with this person yet.</source>
        <translation>No interview with this person yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="85"/>
        <source>Follow-ups of this person</source>
        <translation>Follow-ups of this person</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="87"/>
        <source>New next step…</source>
        <translation>New next step…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="88"/>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="90"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="91"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="92"/>
        <source>Add the follow-up</source>
        <translation>Add the follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="95"/>
        <source>No next step planned.</source>
        <translation>No next step planned.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="95"/>
        <source>Plan a next step</source>
        <translation>Plan a next step</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="109"/>
        <location filename="../../app/ui/workspace/person_file.py" line="110"/>
        <source>More actions for this person</source>
        <translation>More actions for this person</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="113"/>
        <source>Erase this person…</source>
        <translation>Erase this person…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="116"/>
        <source>Right to erasure: erase everything about this person for good</source>
        <translation>Right to erasure: erase everything about this person for good</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="74"/>
        <source>Interviews, newest first</source>
        <translation>Interviews, newest first</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="64"/>
        <source>New transmission…</source>
        <translation>New transmission…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="66"/>
        <source>Compose a transmission, item by item, and record it in the register</source>
        <translation>Compose a transmission, item by item, and record it in the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="132"/>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="138"/>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="207"/>
        <source>Case opened %1</source>
        <translation>Case opened %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="209"/>
        <source>Case closed %1</source>
        <translation>Case closed %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="211"/>
        <source>Last contact %1</source>
        <translation>Last contact %1</translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <location filename="../../app/ui/workspace/person_delegate.py" line="38"/>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_delegate.py" line="41"/>
        <source>Past term</source>
        <translation>Past term</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_delegate.py" line="121"/>
        <source>No interview yet</source>
        <translation>No interview yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_delegate.py" line="123"/>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="128"/>
        <source>Last contact: %1</source>
        <translation>Last contact: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/person_list.py" line="130"/>
        <source>%n overdue follow-up(s)</source>
        <translation>
            <numerusform>%n overdue follow-up</numerusform>
            <numerusform>%n overdue follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/person_list.py" line="134"/>
        <source>Past the retention term: no contact for more than %n year(s). Review this file: close it, or purge it from the vault.</source>
        <translation>
            <numerusform>Past the retention term: no contact for more than %n year. Review this file: close it, or purge it from the vault.</numerusform>
            <numerusform>Past the retention term: no contact for more than %n years. Review this file: close it, or purge it from the vault.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonListPanel</name>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="212"/>
        <source>Filter persons</source>
        <translation>Filter persons</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="213"/>
        <source>Filter the persons list</source>
        <translation>Filter the persons list</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="221"/>
        <source>Persons supported</source>
        <translation>Persons supported</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="234"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="351"/>
        <source>No person supported yet.</source>
        <translation>No person supported yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="233"/>
        <location filename="../../app/ui/workspace/person_list.py" line="351"/>
        <source>Add a person…</source>
        <translation>Add a person…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="355"/>
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="355"/>
        <source>No person matches this filter.</source>
        <translation>No person matches this filter.</translation>
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="32"/>
        <source>Who takes over, and what goes</source>
        <translation>Who takes over, and what goes</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="34"/>
        <source>Tick what your successor needs to continue; the hypotheses never go.</source>
        <translation>Tick what your successor needs to continue; the hypotheses never go.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="45"/>
        <source>Successor:</source>
        <translation>Successor:</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="46"/>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="66"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="67"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="68"/>
        <source>Supported since</source>
        <translation>Supported since</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="70"/>
        <source>Facts of the interview of %1</source>
        <translation>Facts of the interview of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="74"/>
        <source>Addenda of the interviews ticked</source>
        <translation>Addenda of the interviews ticked</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_pick.py" line="77"/>
        <source>Follow-up: %1</source>
        <translation>Follow-up: %1</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="37"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="39"/>
        <source>Exactly what will be written. Go back to change anything before writing.</source>
        <translation>Exactly what will be written. Go back to change anything before writing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="53"/>
        <source>Text of the document</source>
        <translation>Text of the document</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="55"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="56"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="72"/>
        <source>Preparing the pages…</source>
        <translation>Preparing the pages…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_preview.py" line="83"/>
        <source>The pages could not be drawn; the text is shown.</source>
        <translation>The pages could not be drawn; the text is shown.</translation>
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
            <numerusform>%n page, as it will print.</numerusform>
            <numerusform>%n pages, as they will print.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="73"/>
        <source>Exactly what the file will hold</source>
        <translation>Exactly what the file will hold</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="78"/>
        <source>I have read the wording check</source>
        <translation>I have read the wording check</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="91"/>
        <source>Wording to check (nothing is changed for you): %1</source>
        <translation>Wording to check (nothing is changed for you): %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="95"/>
        <source>The wording check found nothing to ask about.</source>
        <translation>The wording check found nothing to ask about.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="94"/>
        <source>Erase for good</source>
        <translation>Erase for good</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="96"/>
        <source>Reason, for the register (do not write the person&apos;s name)</source>
        <translation>Reason, for the register (do not write the person&apos;s name)</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="99"/>
        <source>Retention term over</source>
        <translation>Retention term over</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="100"/>
        <source>I understand that this cannot be undone</source>
        <translation>I understand that this cannot be undone</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="101"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Erase for good</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="102"/>
        <source>Checking what will be erased…</source>
        <translation>Checking what will be erased…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="119"/>
        <source>This erases for good:</source>
        <translation>This erases for good:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="122"/>
        <source>• %1 (last contact: %2): %3 interview(s) with %4 addendum(s), %5 working hypothesis(es), %6 follow-up(s), and the person&apos;s details.</source>
        <translation>• %1 (last contact: %2): %3 interview(s) with %4 addendum(s), %5 working hypothesis(es), %6 follow-up(s), and the person&apos;s details.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="129"/>
        <source>%1 snapshot(s) on this computer still hold it and will be rewritten without it.</source>
        <translation>%1 snapshot(s) on this computer still hold it and will be rewritten without it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="133"/>
        <source>Kept: %1 entry(ies) of the disclosure register (they hold no note text), and a new entry recording this erasure with your reason.</source>
        <translation>Kept: %1 entry(ies) of the disclosure register (they hold no note text), and a new entry recording this erasure with your reason.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="136"/>
        <source>External backups already made are not changed: they still hold this record until you replace or destroy them.</source>
        <translation>External backups already made are not changed: they still hold this record until you replace or destroy them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/past_term_view.py" line="151"/>
        <source>Erasing and rewriting the snapshots…</source>
        <translation>Erasing and rewriting the snapshots…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="25"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="26"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="27"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="28"/>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="29"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="30"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="31"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="20"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="21"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="22"/>
        <source>Detail view</source>
        <translation>Detail view</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="23"/>
        <source>List view</source>
        <translation>List view</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/qt_strings.py" line="24"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>RecipientPage</name>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="39"/>
        <source>To whom, and why</source>
        <translation>To whom, and why</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="41"/>
        <source>Nothing leaves until the last step. Start with the kind of document.</source>
        <translation>Nothing leaves until the last step. Start with the kind of document.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="45"/>
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="46"/>
        <source>Choose the kind of document…</source>
        <translation>Choose the kind of document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="52"/>
        <source>Name of the recipient (required)</source>
        <translation>Name of the recipient (required)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="53"/>
        <source>Role, e.g. occupational doctor (optional)</source>
        <translation>Role, e.g. occupational doctor (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="54"/>
        <source>Organisation (optional)</source>
        <translation>Organisation (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="55"/>
        <source>The recipient is the person themself</source>
        <translation>The recipient is the person themself</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="58"/>
        <source>Everything Carnet holds about the person (right of access)</source>
        <translation>Everything Carnet holds about the person (right of access)</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="62"/>
        <source>Why they need it, e.g. preparing a return to work</source>
        <translation>Why they need it, e.g. preparing a return to work</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="64"/>
        <source>You or your service, as the document is signed</source>
        <translation>You or your service, as the document is signed</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="66"/>
        <source>By name: %1</source>
        <translation>By name: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="68"/>
        <source>By initials: %1</source>
        <translation>By initials: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="91"/>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="93"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="98"/>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="99"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_recipient.py" line="103"/>
        <source>Name the person:</source>
        <translation>Name the person:</translation>
    </message>
</context>
<context>
    <name>RecordsOps</name>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="63"/>
        <source>Record a refused request…</source>
        <translation>Record a refused request…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="66"/>
        <source>An employer or anyone asked and you refused: recorded, nothing written</source>
        <translation>An employer or anyone asked and you refused: recorded, nothing written</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="112"/>
        <source>The transmission was written and recorded in the register.</source>
        <translation>The transmission was written and recorded in the register.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="149"/>
        <source>The handover file was written and recorded in the register.</source>
        <translation>The handover file was written and recorded in the register.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/records.py" line="161"/>
        <source>%n person(s) taken over.</source>
        <translation>
            <numerusform>%n person taken over.</numerusform>
            <numerusform>%n persons taken over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="163"/>
        <source>This handover was already taken in; nothing was added.</source>
        <translation>This handover was already taken in; nothing was added.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="198"/>
        <source>The person was erased for good; the register records the erasure.</source>
        <translation>The person was erased for good; the register records the erasure.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/records.py" line="212"/>
        <source>Case closed. Its working hypotheses were destroyed, snapshots too.</source>
        <translation>Case closed. Its working hypotheses were destroyed, snapshots too.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="82"/>
        <source>Open with the recovery key</source>
        <translation>Open with the recovery key</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="84"/>
        <source>Type the recovery key from your paper, then choose a new passphrase. The old passphrase will stop working.</source>
        <translation>Type the recovery key from your paper, then choose a new passphrase. The old passphrase will stop working.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="86"/>
        <source>&amp;Recovery key</source>
        <translation>&amp;Recovery key</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="87"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="88"/>
        <source>Opening the vault and setting the new passphrase…</source>
        <translation>Opening the vault and setting the new passphrase…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="90"/>
        <source>&amp;Open the vault</source>
        <translation>&amp;Open the vault</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/recovery.py" line="117"/>
        <source>Type the recovery key.</source>
        <translation>Type the recovery key.</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="37"/>
        <source>Record a refused request</source>
        <translation>Record a refused request</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="43"/>
        <source>Nothing is written and nothing leaves: the register keeps who asked, when, for what, and the answer you gave.</source>
        <translation>Nothing is written and nothing leaves: the register keeps who asked, when, for what, and the answer you gave.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="49"/>
        <source>Who asked, e.g. the HR manager of the company</source>
        <translation>Who asked, e.g. the HR manager of the company</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="50"/>
        <source>What they asked for</source>
        <translation>What they asked for</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="51"/>
        <source>The answer you gave (optional)</source>
        <translation>The answer you gave (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="60"/>
        <source>Requester:</source>
        <translation>Requester:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="61"/>
        <source>Request:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/refusal_dialog.py" line="62"/>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="373"/>
        <source>Disclosure register</source>
        <translation>Disclosure register</translation>
    </message>
</context>
<context>
    <name>RegisterItems</name>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="19"/>
        <source>Erased interview</source>
        <translation>Erased interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="20"/>
        <source>Erased interview, § %1</source>
        <translation>Erased interview, § %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="23"/>
        <source>Interview of %1</source>
        <translation>Interview of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="24"/>
        <source>Interview of %1, § %2</source>
        <translation>Interview of %1, § %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="30"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="32"/>
        <source>Supported since</source>
        <translation>Supported since</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="34"/>
        <source>Details, line %1</source>
        <translation>Details, line %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="35"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="44"/>
        <source>Erased addendum</source>
        <translation>Erased addendum</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="45"/>
        <source>Addendum of %1</source>
        <translation>Addendum of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="48"/>
        <source>Erased follow-up</source>
        <translation>Erased follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="49"/>
        <source>Follow-up (due %1)</source>
        <translation>Follow-up (due %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="52"/>
        <source>Other item</source>
        <translation>Other item</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="66"/>
        <source>erased person</source>
        <translation>erased person</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_items.py" line="67"/>
        <source>person erased on %1</source>
        <translation>person erased on %1</translation>
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
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="141"/>
        <source>Corrects entry %1</source>
        <translation>Corrects entry %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="143"/>
        <source>Corrected by a later entry</source>
        <translation>Corrected by a later entry</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="71"/>
        <source>Export the register</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="172"/>
        <source>Whose transmissions</source>
        <translation>Whose transmissions</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="174"/>
        <source>This person</source>
        <translation>This person</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="175"/>
        <source>Everyone in the vault</source>
        <translation>Everyone in the vault</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="176"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="177"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="179"/>
        <source>Recipient contains…</source>
        <translation>Recipient contains…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="180"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="188"/>
        <source>Record a correction…</source>
        <translation>Record a correction…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="189"/>
        <source>Record a refused request…</source>
        <translation>Record a refused request…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="192"/>
        <source>Who asked, for what, and your answer: recorded, nothing written</source>
        <translation>Who asked, for what, and your answer: recorded, nothing written</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="195"/>
        <source>Export the register…</source>
        <translation>Export the register…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="201"/>
        <source>As a spreadsheet (CSV)…</source>
        <translation>As a spreadsheet (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="202"/>
        <source>As JSON…</source>
        <translation>As JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="203"/>
        <source>As plain text…</source>
        <translation>As plain text…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/records/register_view.py" line="288"/>
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="300"/>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="332"/>
        <source>disclosure-register</source>
        <translation>disclosure-register</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_view.py" line="337"/>
        <source>Writing the register…</source>
        <translation>Writing the register…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/records/register_view.py" line="341"/>
        <source>The register was written (%n entry(ies)).</source>
        <translation>
            <numerusform>The register was written (%n entry).</numerusform>
            <numerusform>The register was written (%n entries).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_empty.py" line="46"/>
        <source>No transmission matches these filters.</source>
        <translation>No transmission matches these filters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_empty.py" line="47"/>
        <source>Show every transmission</source>
        <translation>Show every transmission</translation>
    </message>
    <message>
        <location filename="../../app/ui/records/register_empty.py" line="51"/>
        <source>Nothing has left this computer yet. Each transmission you make is recorded here.</source>
        <translation>Nothing has left this computer yet. Each transmission you make is recorded here.</translation>
    </message>
</context>
<context>
    <name>Rekey</name>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="110"/>
        <source>Renewing the vault key: checking the passphrase…</source>
        <translation>Renewing the vault key: checking the passphrase…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="113"/>
        <source>Renewing the vault key: encrypting the snapshots again…</source>
        <translation>Renewing the vault key: encrypting the snapshots again…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="116"/>
        <source>Renewing the vault key: encrypting the vault again…</source>
        <translation>Renewing the vault key: encrypting the vault again…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="119"/>
        <source>Renewing the vault key: putting the new files in place…</source>
        <translation>Renewing the vault key: putting the new files in place…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="123"/>
        <source>Renewing the vault key…</source>
        <translation>Renewing the vault key…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="127"/>
        <source>The vault key was renewed. An old copy of the key file no longer opens anything, with the old passphrase or the old recovery key.</source>
        <translation>The vault key was renewed. An old copy of the key file no longer opens anything, with the old passphrase or the old recovery key.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="133"/>
        <source>These copies could not be encrypted again and were deleted: %1.</source>
        <translation>These copies could not be encrypted again and were deleted: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="148"/>
        <source>A renewal of the vault key was interrupted; it was completed now, but its new recovery key was never shown. Make a new recovery key in Settings › Security, and destroy the old paper: it no longer works.</source>
        <translation>A renewal of the vault key was interrupted; it was completed now, but its new recovery key was never shown. Make a new recovery key in Settings › Security, and destroy the old paper: it no longer works.</translation>
    </message>
</context>
<context>
    <name>RekeyConfirmDialog</name>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="33"/>
        <source>Renew the vault key</source>
        <translation>Renew the vault key</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="38"/>
        <source>Your passphrase was changed. If someone may have known the old one, an old copy of the key file still opens the vault with it. </source>
        <translation>Your passphrase was changed. If someone may have known the old one, an old copy of the key file still opens the vault with it. </translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="41"/>
        <source>Renewing the vault key encrypts the vault and its snapshots again under a new key. Afterwards, an old copy of the key file opens nothing, with the old passphrase or the old recovery key. Your passphrase stays the same; you get a new recovery key to write on paper. Copies that cannot be encrypted again (a damaged vault set aside by a rescue) are deleted. It takes a moment.</source>
        <translation>Renewing the vault key encrypts the vault and its snapshots again under a new key. Afterwards, an old copy of the key file opens nothing, with the old passphrase or the old recovery key. Your passphrase stays the same; you get a new recovery key to write on paper. Copies that cannot be encrypted again (a damaged vault set aside by a rescue) are deleted. It takes a moment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="47"/>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="51"/>
        <source>&amp;Renew the key</source>
        <translation>&amp;Renew the key</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/rekey.py" line="63"/>
        <source>Type your passphrase.</source>
        <translation>Type your passphrase.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="151"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="152"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="153"/>
        <source>Passphrase of this backup</source>
        <translation>Passphrase of this backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="157"/>
        <source>an unknown date</source>
        <translation>an unknown date</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="160"/>
        <source>Restore the vault from the external backup of %1? Everything in the vault now is replaced by the backup&apos;s content. External backups never hold the private working hypotheses: after the restore the vault has none. The current content, hypotheses included, is first kept as a snapshot on this computer.</source>
        <translation>Restore the vault from the external backup of %1? Everything in the vault now is replaced by the backup&apos;s content. External backups never hold the private working hypotheses: after the restore the vault has none. The current content, hypotheses included, is first kept as a snapshot on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="166"/>
        <source>Restore the vault as it was on %1? What was written since then is replaced. The current content is first kept as a snapshot on this computer, so this can be undone.</source>
        <translation>Restore the vault as it was on %1? What was written since then is replaced. The current content is first kept as a snapshot on this computer, so this can be undone.</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups/backup_dialogs.py" line="173"/>
        <source>Type the passphrase of this backup.</source>
        <translation>Type the passphrase of this backup.</translation>
    </message>
</context>
<context>
    <name>RestoreFromBackupPage</name>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="89"/>
        <source>Restore from an external backup</source>
        <translation>Restore from an external backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="91"/>
        <source>Carnet makes a new vault on this computer and fills it from your external backup. An external backup holds no working hypotheses: the new vault starts without any. A new recovery key is shown next.</source>
        <translation>Carnet makes a new vault on this computer and fills it from your external backup. An external backup holds no working hypotheses: the new vault starts without any. A new recovery key is shown next.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="94"/>
        <source>C&amp;hoose the backup file…</source>
        <translation>C&amp;hoose the backup file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="95"/>
        <source>&amp;Passphrase of the backup</source>
        <translation>&amp;Passphrase of the backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="96"/>
        <source>&amp;New passphrase for this vault</source>
        <translation>&amp;New passphrase for this vault</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="98"/>
        <source>Checking the backup and creating your vault… This takes a few seconds.</source>
        <translation>Checking the backup and creating your vault… This takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="99"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="100"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="110"/>
        <source>Carnet backups (*%1)</source>
        <translation>Carnet backups (*%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="111"/>
        <source>Choose an external backup</source>
        <translation>Choose an external backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="133"/>
        <source>No backup file chosen yet.</source>
        <translation>No backup file chosen yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="135"/>
        <source>an unknown date</source>
        <translation>an unknown date</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="136"/>
        <source>%1, made on %2</source>
        <translation>%1, made on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="141"/>
        <source>Choose the backup file.</source>
        <translation>Choose the backup file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/first_run_restore.py" line="143"/>
        <source>Type the passphrase of this backup.</source>
        <translation>Type the passphrase of this backup.</translation>
    </message>
</context>
<context>
    <name>RetypeDialog</name>
    <message>
        <location filename="../../app/ui/export/retype_dialog.py" line="24"/>
        <source>Retype for this transmission</source>
        <translation>Retype for this transmission</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/retype_dialog.py" line="27"/>
        <source>Write it as it should read in this document. Your note stays as written; the register records that this text was edited.</source>
        <translation>Write it as it should read in this document. Your note stays as written; the register records that this text was edited.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/retype_dialog.py" line="35"/>
        <source>Text for this transmission</source>
        <translation>Text for this transmission</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/retype_dialog.py" line="39"/>
        <source>Use this text</source>
        <translation>Use this text</translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="109"/>
        <source>Handover passphrase</source>
        <translation>Handover passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="110"/>
        <source>Give it to your successor apart from the file.</source>
        <translation>Give it to your successor apart from the file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="112"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/handover_wizard.py" line="114"/>
        <source>&amp;Type it again</source>
        <translation>&amp;Type it again</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../app/ui/workspace/search_results.py" line="51"/>
        <source>Working hypothesis — private</source>
        <translation>Working hypothesis — private</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="81"/>
        <location filename="../../app/ui/workspace/search_panel.py" line="82"/>
        <source>Search the notes</source>
        <translation>Search the notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="88"/>
        <source>Include working hypotheses</source>
        <translation>Include working hypotheses</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="90"/>
        <source>Also search your private working hypotheses. Their results are marked.</source>
        <translation>Also search your private working hypotheses. Their results are marked.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="94"/>
        <location filename="../../app/ui/workspace/search_panel.py" line="234"/>
        <source>Search all persons</source>
        <translation>Search all persons</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="126"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="110"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="171"/>
        <source>In every person&apos;s file</source>
        <translation>In every person&apos;s file</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="174"/>
        <source>In the file of %1</source>
        <translation>In the file of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="197"/>
        <source>Type a word to search the facts and addenda.</source>
        <translation>Type a word to search the facts and addenda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="204"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/search_panel.py" line="219"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="222"/>
        <source>No result in the notes. To find a person by name, type it in “Filter persons”, above the list on the left.</source>
        <translation>No result in the notes. To find a person by name, type it in “Filter persons”, above the list on the left.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="230"/>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="236"/>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="237"/>
        <source>Nothing found for this search.</source>
        <translation>Nothing found for this search.</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="89"/>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="90"/>
        <source>C&amp;urrent passphrase</source>
        <translation>C&amp;urrent passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="91"/>
        <source>&amp;New passphrase</source>
        <translation>&amp;New passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="92"/>
        <source>Changing the passphrase… (a few seconds)</source>
        <translation>Changing the passphrase… (a few seconds)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="93"/>
        <source>&amp;Change the passphrase</source>
        <translation>&amp;Change the passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="94"/>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="96"/>
        <source>Make a new recovery key if the paper was lost or seen by someone else. The previous key stops working at once.</source>
        <translation>Make a new recovery key if the paper was lost or seen by someone else. The previous key stops working at once.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="98"/>
        <source>Make a new &amp;recovery key…</source>
        <translation>Make a new &amp;recovery key…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="99"/>
        <source>Vault key</source>
        <translation>Vault key</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="101"/>
        <source>If someone may have copied the key file with your old passphrase or recovery key, renew the vault key: the vault is encrypted again under a new key, and old copies of the key file open nothing.</source>
        <translation>If someone may have copied the key file with your old passphrase or recovery key, renew the vault key: the vault is encrypted again under a new key, and old copies of the key file open nothing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="104"/>
        <source>Rene&amp;w the vault key…</source>
        <translation>Rene&amp;w the vault key…</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="134"/>
        <source>Type your current passphrase.</source>
        <translation>Type your current passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="139"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>The new passphrase is the same as the current one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="153"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation>The passphrase was changed. Use the new one from now on.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_security.py" line="184"/>
        <source>Make a new recovery key? The paper you have now will stop working.</source>
        <translation>Make a new recovery key? The paper you have now will stop working.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="146"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="147"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="147"/>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="148"/>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="148"/>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="149"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="151"/>
        <source>As the system (%1)</source>
        <translation>As the system (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="157"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="158"/>
        <source>&amp;Lock after</source>
        <translation>Lock &amp;after</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="159"/>
        <source> min without activity</source>
        <translation> min without activity</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="160"/>
        <source>&amp;Privacy mode</source>
        <translation>&amp;Privacy mode</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="161"/>
        <source>Check &amp;spelling as I type (French and English)</source>
        <translation>Check &amp;spelling as I type (French and English)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="163"/>
        <source>No dictionary was found, so spelling is not checked. Install the Hunspell dictionaries (on Debian or Ubuntu: hunspell-fr and hunspell-en-us) and restart Carnet.</source>
        <translation>No dictionary was found, so spelling is not checked. Install the Hunspell dictionaries (on Debian or Ubuntu: hunspell-fr and hunspell-en-us) and restart Carnet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="167"/>
        <source>Privacy mode hides names on screen, for when a visitor or a shared screen could see it.</source>
        <translation>Privacy mode hides names on screen, for when a visitor or a shared screen could see it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="170"/>
        <source>How long a record is kept after the last contact. The CNIL guidance for social support is 2 years; Carnet then shows what is past its term and deletes it only when you confirm.</source>
        <translation>How long a record is kept after the last contact. The CNIL guidance for social support is 2 years; Carnet then shows what is past its term and deletes it only when you confirm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="173"/>
        <source>&amp;Keep for</source>
        <translation>&amp;Keep for</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_dialog.py" line="174"/>
        <source> years</source>
        <translation> years</translation>
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
        <translation>The word could not be added to the dictionary.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/spelling.py" line="114"/>
        <source>Added to the dictionary.</source>
        <translation>Added to the dictionary.</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../app/ui/widgets/spelling.py" line="227"/>
        <source>Looking for suggestions…</source>
        <translation>Looking for suggestions…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/spelling.py" line="251"/>
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/spelling.py" line="253"/>
        <source>Add to dictionary</source>
        <translation>Add to dictionary</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/spelling.py" line="256"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="69"/>
        <source>Activity figures</source>
        <translation>Activity figures</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="76"/>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/activity/stats_window.py" line="77"/>
        <source>Quarter %n</source>
        <translation>
            <numerusform>Quarter %n</numerusform>
            <numerusform>Quarter %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="78"/>
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="87"/>
        <source>Counts below this number are hidden (never below 3)</source>
        <translation>Counts below this number are hidden (never below 3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="88"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="98"/>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="101"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="104"/>
        <source>Export ODS…</source>
        <translation>Export ODS…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="114"/>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="119"/>
        <source>Hide counts below:</source>
        <translation>Hide counts below:</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="192"/>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/stats_window.py" line="233"/>
        <source>Export the figures</source>
        <translation>Export the figures</translation>
    </message>
</context>
<context>
    <name>TakeOverDialog</name>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="36"/>
        <source>Take over a handover</source>
        <translation>Take over a handover</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="40"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="41"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="55"/>
        <source>Handover file:</source>
        <translation>Handover file:</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="56"/>
        <source>Handover passphrase:</source>
        <translation>Handover passphrase:</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="62"/>
        <source>Open a handover</source>
        <translation>Open a handover</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="62"/>
        <source>Carnet handover (*.carnet-handover)</source>
        <translation>Carnet handover (*.carnet-handover)</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="75"/>
        <source>Taken over from {sender} on {day} (handover).</source>
        <translation>Taken over from {sender} on {day} (handover).</translation>
    </message>
    <message>
        <location filename="../../app/ui/activity/takeover_dialog.py" line="76"/>
        <source>Handed over on {day}.</source>
        <translation>Handed over on {day}.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../../app/ui/settings/template_defaults.py" line="19"/>
        <source>First interview</source>
        <translation>First interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_defaults.py" line="20"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_defaults.py" line="21"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
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
        <translation>Reason for the interview:

Situation as described by the person:

What the person asks for:

Information given:

What was agreed:

Next steps:
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
        <translation>Purpose of the visit:

People present:

What was seen and said:

What was agreed:

Next steps:
</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/template_defaults.py" line="46"/>
        <source>Who called, and why:

What was said:

What was agreed:

Next steps:
</source>
        <translation>Who called, and why:

What was said:

What was agreed:

Next steps:
</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../app/ui/settings/settings_templates.py" line="55"/>
        <source>A new interview note starts from its template. Keep to headings that ask for facts: what was said, seen, done and agreed.</source>
        <translation>A new interview note starts from its template. Keep to headings that ask for facts: what was said, seen, done and agreed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/settings_templates.py" line="59"/>
        <source>Restore the &amp;default</source>
        <translation>Restore the &amp;default</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/timeline.py" line="38"/>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/timeline.py" line="38"/>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/timeline.py" line="51"/>
        <source>(no facts written yet)</source>
        <translation>(no facts written yet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/timeline.py" line="53"/>
        <source>%1 — finalised</source>
        <translation>%1 — finalised</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="89"/>
        <source>Carnet is locked</source>
        <translation>Carnet is locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="90"/>
        <source>Type your passphrase to open your notes.</source>
        <translation>Type your passphrase to open your notes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="91"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="92"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="93"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="94"/>
        <source>&amp;Forgot your passphrase?</source>
        <translation>&amp;Forgot your passphrase?</translation>
    </message>
    <message>
        <location filename="../../app/ui/vault/unlock.py" line="95"/>
        <source>Restore a &amp;backup…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
</context>
<context>
    <name>VaultUpkeep</name>
    <message>
        <location filename="../../app/ui/shell/vault_upkeep.py" line="77"/>
        <source>The vault folder was readable by others: its permissions were tightened to the worker&apos;s account only.</source>
        <translation>The vault folder was readable by others: its permissions were tightened to the worker&apos;s account only.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/vault_upkeep.py" line="123"/>
        <source>The backup was restored. It held no working hypotheses: they never leave the computer where they were written.</source>
        <translation>The backup was restored. It held no working hypotheses: they never leave the computer where they were written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/vault_upkeep.py" line="126"/>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/vault_upkeep.py" line="129"/>
        <source>The damaged vault file was kept in the vault folder, as %1.</source>
        <translation>The damaged vault file was kept in the vault folder, as %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/vault_upkeep.py" line="133"/>
        <source>The damage hid what was erased or sent out after that copy: check the disclosure register, and erase again anyone who should not be there.</source>
        <translation>The damage hid what was erased or sent out after that copy: check the disclosure register, and erase again anyone who should not be there.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/workspace/welcome.py" line="16"/>
        <source>Choose a person on the left, or add one with “Add a person…” (Ctrl+N).</source>
        <translation>Choose a person on the left, or add one with “Add a person…” (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/welcome.py" line="20"/>
        <source>See the follow-ups due</source>
        <translation>See the follow-ups due</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <location filename="../../app/cli/commands_wording.py" line="79"/>
        <location filename="../../app/ui/widgets/wording_texts.py" line="67"/>
        <source>The person says that</source>
        <translation>The person says that</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="15"/>
        <source>A judgement about the person. What did you see or hear that made you write it? Describe that instead.</source>
        <translation>A judgement about the person. What did you see or hear that made you write it? Describe that instead.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="20"/>
        <source>A guess or an opinion. What was seen or said? Write that, or keep the guess among your working hypotheses.</source>
        <translation>A guess or an opinion. What was seen or said? Write that, or keep the guess among your working hypotheses.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="25"/>
        <source>Is this needed for this recipient? If not, leave the paragraph out.</source>
        <translation>Is this needed for this recipient? If not, leave the paragraph out.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="28"/>
        <source>Is this needed for this recipient? If it is, keep it exact: a serious fact is never softened.</source>
        <translation>Is this needed for this recipient? If it is, keep it exact: a serious fact is never softened.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="33"/>
        <source>A serious fact: keep it exact. Say whether you saw it or who reported it to you.</source>
        <translation>A serious fact: keep it exact. Say whether you saw it or who reported it to you.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="37"/>
        <source>Who said this? Attribute the words to the person who said them.</source>
        <translation>Who said this? Attribute the words to the person who said them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="38"/>
        <source>The name of another person. Is it needed? Initials may be enough.</source>
        <translation>The name of another person. Is it needed? Initials may be enough.</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="52"/>
        <source>judgement</source>
        <translation>judgement</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="53"/>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="54"/>
        <source>violence</source>
        <translation>violence</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="55"/>
        <source>justice</source>
        <translation>justice</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="56"/>
        <source>immigration status</source>
        <translation>immigration status</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="57"/>
        <source>addiction</source>
        <translation>addiction</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="58"/>
        <source>suicide</source>
        <translation>suicide</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="59"/>
        <source>reported speech</source>
        <translation>reported speech</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/wording_texts.py" line="60"/>
        <source>another person&apos;s name</source>
        <translation>another person&apos;s name</translation>
    </message>
</context>
<context>
    <name>WordingPage</name>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="86"/>
        <source>Wording check</source>
        <translation>Wording check</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="89"/>
        <source>Questions about the words of a document that leaves your hands. A change applies to this transmission only: your note stays as written.</source>
        <translation>Questions about the words of a document that leaves your hands. A change applies to this transmission only: your note stays as written.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="95"/>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="142"/>
        <source>Nothing to ask about in the texts chosen.</source>
        <translation>Nothing to ask about in the texts chosen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="166"/>
        <source>Attribute: “%1…”</source>
        <translation>Attribute: “%1…”</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="169"/>
        <source>Leave this paragraph out</source>
        <translation>Leave this paragraph out</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="170"/>
        <location filename="../../app/ui/export/page_wording.py" line="185"/>
        <source>Retype…</source>
        <translation>Retype…</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="178"/>
        <source>Texts of this transmission — retype any of them:</source>
        <translation>Texts of this transmission — retype any of them:</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="163"/>
        <source>Use initials “%1”</source>
        <translation>Use initials “%1”</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="171"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_wording.py" line="160"/>
        <source>Kept as written</source>
        <translation>Kept as written</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="31"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="32"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="33"/>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="34"/>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="35"/>
        <location filename="../../app/ui/workspace/labels.py" line="48"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="42"/>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="43"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="44"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="45"/>
        <source>Employment</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="46"/>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="47"/>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="55"/>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="56"/>
        <source>Human resources</source>
        <translation>Human resources</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="57"/>
        <source>A doctor</source>
        <translation>A doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="58"/>
        <source>A manager</source>
        <translation>A manager</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="59"/>
        <source>A partner service</source>
        <translation>A partner service</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="60"/>
        <source>Myself</source>
        <translation>Myself</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="61"/>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="68"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="69"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="70"/>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/labels.py" line="103"/>
        <source>Not saved yet: %1 Your text is still here; Carnet will try again at your next change.</source>
        <translation>Not saved yet: %1 Your text is still here; Carnet will try again at your next change.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="50"/>
        <source>Add a &amp;person…</source>
        <translation>Add a &amp;person…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="51"/>
        <source>Add a person (only an alias is needed)</source>
        <translation>Add a person (only an alias is needed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="56"/>
        <source>New &amp;interview</source>
        <translation>New &amp;interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="57"/>
        <source>Start a new interview note</source>
        <translation>Start a new interview note</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="62"/>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="63"/>
        <source>Search every person&apos;s notes</source>
        <translation>Search every person&apos;s notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="68"/>
        <source>&amp;Find in this file…</source>
        <translation>&amp;Find in this file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="69"/>
        <source>Search the notes of the current person</source>
        <translation>Search the notes of the current person</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="74"/>
        <source>Follow-ups &amp;due</source>
        <translation>Follow-ups &amp;due</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="75"/>
        <source>Everything due this week, across persons</source>
        <translation>Everything due this week, across persons</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="80"/>
        <source>Records past their term</source>
        <translation>Records past their term</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="81"/>
        <source>Persons with no contact for longer than the retention term</source>
        <translation>Persons with no contact for longer than the retention term</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="88"/>
        <source>Finali&amp;se the note…</source>
        <translation>Fi&amp;nalise the note…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="89"/>
        <source>Make the facts read only; corrections become dated addenda</source>
        <translation>Make the facts read only; corrections become dated addenda</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="96"/>
        <source>Ne&amp;w transmission…</source>
        <translation>Ne&amp;w transmission…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="97"/>
        <source>Compose a transmission, item by item, and record it</source>
        <translation>Compose a transmission, item by item, and record it</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="102"/>
        <source>Disclosure &amp;register…</source>
        <translation>Disclosure &amp;register…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="103"/>
        <source>What left this computer: when, to whom, why</source>
        <translation>What left this computer: when, to whom, why</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="108"/>
        <source>&amp;Activity figures…</source>
        <translation>&amp;Activity figures…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="109"/>
        <source>Counts for the activity report: no name, small counts hidden</source>
        <translation>Counts for the activity report: no name, small counts hidden</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="116"/>
        <source>&amp;Hand over to a successor…</source>
        <translation>&amp;Hand over to a successor…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="117"/>
        <source>An encrypted file for the worker who takes over; never the hypotheses</source>
        <translation>An encrypted file for the worker who takes over; never the hypotheses</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="124"/>
        <source>&amp;Take over a handover…</source>
        <translation>&amp;Take over a handover…</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_actions.py" line="125"/>
        <source>Add the persons of a handover file from your predecessor</source>
        <translation>Add the persons of a handover file from your predecessor</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/pending.py" line="93"/>
        <source>A change could not be saved before locking; it is back in the editor and Carnet is saving it again.</source>
        <translation>A change could not be saved before locking; it is back in the editor and Carnet is saving it again.</translation>
    </message>
</context>
<context>
    <name>WorkspaceOps</name>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="79"/>
        <source>Person added.</source>
        <translation>Person added.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="113"/>
        <source>Details saved.</source>
        <translation>Details saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="173"/>
        <source>Follow-up marked done.</source>
        <translation>Follow-up marked done.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="173"/>
        <source>Follow-up marked not done.</source>
        <translation>Follow-up marked not done.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="197"/>
        <source>Start new hypotheses here</source>
        <translation>Start new hypotheses here</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="198"/>
        <source>Start new working hypotheses on this computer?</source>
        <translation>Start new working hypotheses on this computer?</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="201"/>
        <source>The hypotheses sealed to the other computer cannot be read here. Their file is kept in the vault folder, set aside, until you erase it: on the computer that wrote them, they can still be read. New hypotheses written from now on are sealed to this computer.</source>
        <translation>The hypotheses sealed to the other computer cannot be read here. Their file is kept in the vault folder, set aside, until you erase it: on the computer that wrote them, they can still be read. New hypotheses written from now on are sealed to this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="207"/>
        <source>Start new hypotheses</source>
        <translation>Start new hypotheses</translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="227"/>
        <source>New hypotheses now start on this computer.</source>
        <translation>New hypotheses now start on this computer.</translation>
    </message>
</context>
<context>
    <name>WritePage</name>
    <message>
        <location filename="../../app/ui/export/page_write.py" line="25"/>
        <source>Write the file</source>
        <translation>Write the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_write.py" line="28"/>
        <source>The file name says nothing about the person. Once written, the transmission is recorded in the disclosure register with a fingerprint of the file.</source>
        <translation>The file name says nothing about the person. Once written, the transmission is recorded in the disclosure register with a fingerprint of the file.</translation>
    </message>
    <message>
        <location filename="../../app/ui/export/page_write.py" line="60"/>
        <source>Writing the file…</source>
        <translation>Writing the file…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/export/page_write.py" line="72"/>
        <source>%1 to %2, with %n item(s) from the notes.</source>
        <translation>
            <numerusform>%1 to %2, with %n item from the notes.</numerusform>
            <numerusform>%1 to %2, with %n items from the notes.</numerusform>
        </translation>
    </message>
</context>
</TS>
