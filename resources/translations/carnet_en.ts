<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/person_delegate.py" line="31"/>
        <source>PersonList</source>
        <comment>%n overdue</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_delegate.py" line="32"/>
        <source>PersonList</source>
        <comment>Past term</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_delegate.py" line="111"/>
        <source>PersonList</source>
        <comment>No interview yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_delegate.py" line="113"/>
        <source>PersonList</source>
        <comment>Case closed</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddendaPanel</name>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="23"/>
        <location filename="../../app/ui/workspace/addenda.py" line="34"/>
        <source>Addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="27"/>
        <source>Dated corrections and additions, after finalising.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="35"/>
        <source>No addendum yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="39"/>
        <source>New addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="40"/>
        <source>What to correct or add, as facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="42"/>
        <source>Add addendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="44"/>
        <source>Save addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="46"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/addenda.py" line="73"/>
        <source>Addendum of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="27"/>
        <source>← Back to the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="28"/>
        <source>Back to the person&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="49"/>
        <source>Interview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="54"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="56"/>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="58"/>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/ui/errors.py" line="181"/>
        <source>A person needs at least an alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="182"/>
        <source>An alias has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="183"/>
        <source>This text is too long to be saved as one note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="184"/>
        <source>A case cannot close before it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="185"/>
        <source>The retention term is between 1 and 50 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="186"/>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="187"/>
        <source>An addendum cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="188"/>
        <source>A follow-up needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../app/export/labels.py" line="30"/>
        <source>Liaison note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="31"/>
        <source>Coordination notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="32"/>
        <source>Child-protection concern report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="33"/>
        <source>Certificate of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="34"/>
        <source>Copy for the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="41"/>
        <source>Confidential — professional secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="46"/>
        <source>page {page} / {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="52"/>
        <source>Recipient: {recipient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="64"/>
        <source>disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="69"/>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="73"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="77"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="81"/>
        <source>Person concerned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="85"/>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="89"/>
        <source>Minor concerned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="93"/>
        <source>Professionals involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="97"/>
        <source>Coordination needed from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="101"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="106"/>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="111"/>
        <source>About the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="115"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="119"/>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="123"/>
        <source>Actions already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="127"/>
        <source>Information of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="131"/>
        <source>Information of the parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="138"/>
        <source>Interview of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="140"/>
        <source>Interview of {date} — observed by the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="142"/>
        <source>Interview of {date} — reported to the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="144"/>
        <source>Interview of {date} — source not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="152"/>
        <source>{text} (by {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="159"/>
        <source>The person has been informed of this disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="162"/>
        <source>The person has been informed of this disclosure and agrees to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="165"/>
        <source>The person has not been informed of this disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="175"/>
        <source>The holders of parental authority have been informed of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="178"/>
        <source>The holders of parental authority have been informed of this report and agree to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="182"/>
        <source>The holders of parental authority have not been informed of this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="191"/>
        <source>The situation of {person} requires coordinated action by the professionals involved, under article L121-6-2 of the Code de l&apos;action sociale et des familles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="202"/>
        <source>The undersigned, {author}, certifies that {person} is supported by the social service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="208"/>
        <source>The undersigned, {author}, certifies that {person} has been supported by the social service since {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/export/labels.py" line="217"/>
        <source>This certificate is issued at the request of the person concerned, to serve as required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsEdit</name>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="57"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="58"/>
        <source>What was said, seen, done or decided…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="66"/>
        <source>Finalised: read only. To correct it, add a dated addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="93"/>
        <source>This sounds like an opinion. Rewrite it as what was observed or said, or move it to the working hypotheses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="247"/>
        <source>Finalised note, read only. Corrections are added as dated addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/facts_edit.py" line="252"/>
        <source>What was said, seen, done or decided. Phrases that sound like an opinion are underlined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/first_run.py" line="192"/>
        <source>Welcome to Carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="194"/>
        <source>Your notes are kept on this computer, in an encrypted vault. Choose a passphrase to lock it: a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="197"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="198"/>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="200"/>
        <source>Nobody can recover a forgotten passphrase, not even Carnet&apos;s authors. Only the recovery key shown next can open the vault without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="203"/>
        <source>Creating your vault… This takes a few seconds, to make the passphrase hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="205"/>
        <source>&amp;Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="206"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="208"/>
        <source>Write these 8 groups on paper now. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="211"/>
        <source>Keep the paper somewhere safe, away from this computer. With it, you can open the vault and choose a new passphrase if you forget yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="213"/>
        <source>I have &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="214"/>
        <source>Check the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="216"/>
        <source>&amp;Show the key again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="217"/>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="236"/>
        <source>This passphrase is too weak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="241"/>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="298"/>
        <source>To be sure it is written down, type group number %1 of your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run.py" line="307"/>
        <source>That is not group %1. Look at the paper again, or show the key again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="98"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="100"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="101"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="136"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="138"/>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_model.py" line="140"/>
        <source>%1, done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="34"/>
        <source>Space marks the selected follow-up done; Enter opens the person&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="42"/>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="44"/>
        <source>Nothing due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/follow_ups_view.py" line="56"/>
        <source>Follow-ups due by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HypothesesEdit</name>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="79"/>
        <source>Working hypotheses (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="82"/>
        <source>Private working hypotheses. They cannot be copied, exported or printed and stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="86"/>
        <source>What you suppose, wonder or want to check…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HypothesesListPanel</name>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="111"/>
        <source>Working hypotheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="115"/>
        <source>Private: they stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="120"/>
        <source>Working hypotheses (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="138"/>
        <source>Status of the selected hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="142"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="144"/>
        <source>Move to facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="147"/>
        <source>Opens the facts with this hypothesis in a marked block for you to rewrite as facts. The hypothesis itself stays here until you change its status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HypothesesPanel</name>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="187"/>
        <source>Working hypotheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/hypotheses_edit.py" line="195"/>
        <source>Private: never exported, printed or copied. They stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HypothesisModel</name>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="75"/>
        <source>Noted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="75"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="75"/>
        <source>Hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/hypotheses_list.py" line="90"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewEditor</name>
    <message>
        <location filename="../../app/ui/workspace/editor_chrome.py" line="67"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="70"/>
        <source>Finalise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="72"/>
        <source>Make the facts read only. Later corrections become dated addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="79"/>
        <source>Move to facts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="81"/>
        <source>Put this text in the facts, in a marked block, for you to rewrite as facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="283"/>
        <source>Finalise the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="284"/>
        <source>Finalise the facts of this interview?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="287"/>
        <source>They become read only. Any later correction is added as a dated addendum, shown under the original. Working hypotheses stay editable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="291"/>
        <source>Finalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="310"/>
        <source>Note finalised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="326"/>
        <source>The addendum is not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="330"/>
        <source>Addendum saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="351"/>
        <source>[To rewrite as facts — working hypothesis of %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="352"/>
        <source>[End of the text to rewrite]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_editor.py" line="362"/>
        <source>The hypothesis is in the facts, marked: rewrite it as facts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewMeta</name>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="43"/>
        <source>Date of the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="45"/>
        <source>Kind of interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="51"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="52"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="53"/>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="55"/>
        <source>Who asked for the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="65"/>
        <source>Theme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="74"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="75"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="76"/>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="77"/>
        <source>&amp;Asked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/interview_meta.py" line="85"/>
        <source>Themes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../../app/ui/lock_controller.py" line="79"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_controller.py" line="80"/>
        <source>Lock Carnet now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_controller.py" line="81"/>
        <source>Close the vault; your passphrase opens it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="143"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="144"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="145"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="146"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="147"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="149"/>
        <source>&amp;Privacy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Hide names on screen, for when someone may see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>&amp;About Carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="257"/>
        <source>Carnet is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../app/ui/workspace/message_bar.py" line="30"/>
        <source>Dismiss the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <location filename="../../app/ui/settings_security.py" line="194"/>
        <source>Your new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="197"/>
        <source>Write these 8 groups on paper now. It is shown only this once. Destroy the old paper: it no longer opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="202"/>
        <source>I have &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="140"/>
        <source>Only one kind of character. Add capitals, digits or symbols, or more words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="147"/>
        <source>Repetitions (like “aaa”, “abcabc” or the same word again) are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="154"/>
        <source>Sequences (like “1234”, “abcd” or “azerty”) are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="160"/>
        <source>It contains a very common password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="167"/>
        <source>Type a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="169"/>
        <source>This is one of the most common passwords: it would be guessed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="185"/>
        <source>Too short: at least 12 characters are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="190"/>
        <source>Tip: four or more unrelated words, or 16 characters or more, are much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="197"/>
        <source>Good: several unrelated words are hard to guess and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="202"/>
        <source>Good: long and varied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="210"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="211"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="212"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="213"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="214"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrengthBar</name>
    <message>
        <location filename="../../app/ui/widgets/passphrase_strength.py" line="265"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="64"/>
        <source>Edit details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="64"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="67"/>
        <source>Name or alias (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="68"/>
        <source>A name, an alias or initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="70"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="71"/>
        <source>Client company or service (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="72"/>
        <source>Case opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="73"/>
        <source>Case closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="75"/>
        <source>Destroy this person&apos;s working hypotheses now (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="78"/>
        <source>Only the name or alias is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="82"/>
        <source>&amp;Name or alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="83"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="91"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_dialog.py" line="91"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonFilePage</name>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="122"/>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="124"/>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="130"/>
        <source>No interview yet. Start one with “New interview”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="136"/>
        <source>Follow-ups of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="138"/>
        <source>New next step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="139"/>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="141"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="142"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="143"/>
        <source>Add the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="152"/>
        <source>Interviews, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="175"/>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="182"/>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="234"/>
        <source>Case opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="236"/>
        <source>Case closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="238"/>
        <source>Last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="105"/>
        <source>Last contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/person_list.py" line="107"/>
        <source>%n overdue follow-up(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/person_list.py" line="111"/>
        <source>Past the retention term: no contact for more than %n year(s). Review this file: close it, or purge it from the vault.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonListPanel</name>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="171"/>
        <source>Filter persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="172"/>
        <source>Filter the persons list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="180"/>
        <source>Persons supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="193"/>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="194"/>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="284"/>
        <source>No person yet. Add one with “Add person…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_list.py" line="286"/>
        <source>No person matches this filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="199"/>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="201"/>
        <source>Type the recovery key from your paper, then choose a new passphrase. The old passphrase will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="203"/>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="204"/>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="205"/>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="206"/>
        <source>Opening the vault and setting the new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="208"/>
        <source>&amp;Open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="235"/>
        <source>Type the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="238"/>
        <source>This passphrase is too weak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="242"/>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../app/ui/workspace/search_results.py" line="70"/>
        <source>Working hypothesis — private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="78"/>
        <location filename="../../app/ui/workspace/search_panel.py" line="79"/>
        <source>Search the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="85"/>
        <source>Include working hypotheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="87"/>
        <source>Also search your private working hypotheses. Their results are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="91"/>
        <source>Search all persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="97"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="113"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="164"/>
        <source>In every person&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="167"/>
        <source>In the file of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="188"/>
        <source>Type a word to search the facts and addenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="195"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/workspace/search_panel.py" line="208"/>
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="210"/>
        <source>No result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/search_panel.py" line="216"/>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <location filename="../../app/ui/settings_security.py" line="79"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="80"/>
        <source>C&amp;urrent passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="81"/>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="82"/>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="86"/>
        <source>Changing the passphrase… (a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="87"/>
        <source>&amp;Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="88"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="90"/>
        <source>Make a new recovery key if the paper was lost or seen by someone else. The previous key stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="92"/>
        <source>Make a new &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="122"/>
        <source>Type your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="125"/>
        <source>This passphrase is too weak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="129"/>
        <source>The two passphrases are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="131"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="145"/>
        <source>The passphrase was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_security.py" line="165"/>
        <source>Make a new recovery key? The paper you have now will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="115"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="116"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="116"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="117"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="117"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="119"/>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="125"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="126"/>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="127"/>
        <source> min without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="128"/>
        <source>&amp;Privacy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="130"/>
        <source>Privacy mode hides names on screen, for when a visitor or a shared screen could see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="133"/>
        <source>How long a record is kept after the last contact. The CNIL guidance for social support is 2 years; Carnet then shows what is past its term and deletes it only when you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="136"/>
        <source>&amp;Keep for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="137"/>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../app/ui/settings_templates.py" line="55"/>
        <source>A new interview note starts from its template. Keep to headings that ask for facts: what was said, seen, done and agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_templates.py" line="59"/>
        <source>Restore the &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="73"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="73"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="73"/>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="73"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="90"/>
        <source>(no facts written yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/person_file.py" line="92"/>
        <source>%1 — finalised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../app/ui/unlock.py" line="85"/>
        <source>Carnet is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="86"/>
        <source>Type your passphrase to open your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="87"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="88"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="89"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock.py" line="90"/>
        <source>&amp;Forgot your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../app/ui/workspace/workspace.py" line="95"/>
        <source>Choose a person on the left, or add one with “New person” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace.py" line="100"/>
        <source>See the follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceOps</name>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="58"/>
        <source>Person added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="91"/>
        <source>Details saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="155"/>
        <source>Follow-up marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/ui/workspace/workspace_ops.py" line="155"/>
        <source>Follow-up marked not done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
