<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name></name>
    <message>
        <source>Passphrase for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Passphrase for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already open for writing in another copy of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already open for writing by {user} on {host} (process {pid}, since {since}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one copy of the app can change a database at a time. Open it read-only to look things up (nothing can be saved), or cancel and close it in the other copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of it to restore. The file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished">Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is from {when}. Restore it into a new file beside this one and open that? Changes made since the backup are not in it. The damaged file is kept exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation type="unfinished">Impossible de restaurer</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {0} has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} deleted. Undo (Ctrl+Z) brings it back; so does Recently deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;{title} {version}&lt;/h3&gt;&lt;p&gt;A sergeant&apos;s record of beats, neighbourhoods, partners, contacts and initiatives on Ontario&apos;s Mobilization &amp;amp; Engagement Model of Community Policing.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public Licence, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt for Python (PySide6, LGPL), sqlite-utils, SQLCipher, reportlab and the DejaVu fonts: the &lt;b&gt;Third-party licences&lt;/b&gt; tab lists everything this copy ships with, and each licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third-party licences are missing from this installation (expected in {folder}). Reinstall the app to bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy ships with the software below. Choose one to read its licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswersForm</name>
    <message>
        <source>Threat to safety and security (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your judgement of threat (1 very low - 5 very high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective efficacy: informal social control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective efficacy: social cohesion and trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (scored in reverse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from the records)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assessment of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who assessed it, as in &apos;Sgt. J. Tremblay&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished">&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place it in another quadrant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this neighbourhood belongs in another quadrant than its answers give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything the next assessor should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on {date} by {who}. Read only: to change a neighbourhood&apos;s place, record a new assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from the answers of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier assessment to start from: answer the questions below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed on the diagram at capacity {capacity:g}, threat {threat:g}. Saving records these scores as your placement, and the explanation says you placed it. If the point lies in another quadrant than the answers give, say why. {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as placed on the diagram: capacity {c:g}, threat {t:g}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scores yet: the answers cannot be scored as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers give: threat {t:.1f}, capacity {c:.1f} ({q}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: threat {t:.1f}, capacity {c:.1f}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant: not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (placed by the assessor; the answers give {name})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentHistory</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Motif du placement par jugement</translation>
    </message>
    <message>
        <source>Assessment history</source>
        <translation>Historique des évaluations</translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Call sign</source>
        <translation>Indicatif</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Véhicule</translation>
    </message>
    <message>
        <source>Partner officer</source>
        <translation>Coéquipier</translation>
    </message>
    <message>
        <source>Special duty</source>
        <translation>Tâche spéciale</translation>
    </message>
    <message>
        <source>(no beat)</source>
        <translation>(aucun secteur)</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(aucun coéquipier)</translation>
    </message>
</context>
<context>
    <name>AssignmentTable</name>
    <message>
        <source>Officers on this shift</source>
        <translation>Agents de ce quart</translation>
    </message>
    <message>
        <source>No one is on this shift yet. Pick officers on the left and press Enter, or drag them here or onto a beat.</source>
        <translation>Personne n&apos;est encore affecté à ce quart. Choisissez des agents à gauche et appuyez sur Entrée, ou glissez-les ici ou sur un secteur.</translation>
    </message>
    <message>
        <source>Remove from shift</source>
        <translation>Retirer du quart</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&lt;b&gt;On this shift ({0})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dans ce quart ({0})&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>History of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to {0}, newest first: who made it, when, and each field before and after. The log cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the records, newest first: who made it, when, and each field before and after. The log cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, values and people (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entry matches. Change the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}{2}, {3}, by {4}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeatForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Beat 2 - Eastview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. B2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries, landmarks, what a newcomer should know. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhoods are put in a beat on the Neighbourhoods page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhoods: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No neighbourhood is in this beat yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeatTasksBox</name>
    <message>
        <source>no one yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assigned:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Affectés :&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Directed tasks ({0})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tâches dirigées ({0})&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet: take a suggestion below, or write one.</source>
        <translation>Aucune pour l&apos;instant : prenez une suggestion ci-dessous, ou rédigez-en une.</translation>
    </message>
    <message>
        <source>Write a task for {0} and press Enter</source>
        <translation>Rédigez une tâche pour {0} et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter la tâche</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested ({0})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suggestions ({0})&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <source>Take: {0}</source>
        <translation>Prendre : {0}</translation>
    </message>
    <message>
        <source>Show all {0} suggestions</source>
        <translation>Afficher les {0} suggestions</translation>
    </message>
    <message>
        <source>…and {0} more follow-ups due here (Contacts page)</source>
        <translation>…et {0} autres suivis à faire ici (page Contacts)</translation>
    </message>
</context>
<context>
    <name>BeatsDialog</name>
    <message>
        <source>Beats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingItemForm</name>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Grey Honda Civic, plate CBRT 418</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for or do, and whom to call. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} unless changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, or blank: no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leaves the lists of items in force by itself when it expires; it can still be found by searching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left blank, it expires {0} days after it starts ({1}), the default for a be-on-the-lookout item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left blank, it stays in force until you give it an expiry or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired&lt;/b&gt; {0}. It no longer appears among the items in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Upcoming&lt;/b&gt;: in force from {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In force&lt;/b&gt; until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;In force&lt;/b&gt;, with no expiry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingItemsPage</name>
    <message>
        <source>{0:,} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is in force or upcoming. Add an item with New briefing item (Ctrl+N). Expired items are kept: choose Any state to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more item matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} more items match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} among expired or other items. &lt;a href=&apos;all&apos;&gt;Show all states&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one for {name} at once. Backups made before keep the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictReviewDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished">Restauré</translation>
    </message>
    <message>
        <source>Versions that lost a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts to review: no record has been edited on two laptops between their syncs. When one is, the version that lost appears here, to be restored if need be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{machine}, saved {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version was made current on {at}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is the same as this version now: nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs between the lost version and the record now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore that version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CMHA, Children&apos;s Aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(aucun)</translation>
    </message>
    <message>
        <source>Quadrant &amp;activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said and agreed. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Call back Ms. Ahmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up done {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Mark follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountField</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramScene</name>
    <message>
        <source>Active initiative: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Quadrant diagram</source>
        <translation>Diagramme des quadrants</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Copy diagram as image</source>
        <translation>Copier le diagramme comme image</translation>
    </message>
    <message>
        <source>Export SVG or PNG…</source>
        <translation>Exporter en SVG ou PNG…</translation>
    </message>
    <message>
        <source>No assessment drawn yet.</source>
        <translation>Aucune évaluation n&apos;est encore tracée.</translation>
    </message>
    <message>
        <source>Export the diagram</source>
        <translation>Exporter le diagramme</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>Image SVG (*.svg);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not export the diagram</source>
        <translation>Impossible d&apos;exporter le diagramme</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app met an unexpected problem. Your saved records are safe.
If it happens again, copy this report and send it to your IT support.
The full log is in: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>How the scores add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see how that indicator was scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the questions to see the scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include residents&apos; personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone, personal email and home address are personal information: include them only when the file will be protected (PROTECTED A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file opens in Excel, and can be imported back as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV. Nothing is written until you confirm the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished">Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a spreadsheet saved as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} rows and {columns} columns: {encoding}, separated by {delimiter}, header on row {header}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search names, summaries and notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the deleted records, to restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <source>Save</source>
        <translation type="unfinished">Enregistrer</translation>
    </message>
    <message>
        <source>Enter or Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Esc: put back what is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">Supprimer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this record: who, when, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Compton St. lot after dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Neighbourhoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who &amp;leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing the lead to the community is the model&apos;s measure of success; each hand-over is dated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lighting audit with the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victim or target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler, guardian, place manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what, by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who led: {0}.
Stages: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Move to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move initiative to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Briefing sheets are made in {0} from now on; the window speaks it from the next start.</source>
        <translation>Les feuilles de breffage sont désormais produites en {0}; la fenêtre l&apos;adoptera au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk locked itself after {minutes} minutes without use, to keep the records private. Type the passphrase of {name} to go on; nothing you were typing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk locked itself after {minutes} minutes without use. {name} is not encrypted, so no passphrase is needed: continue if this is you. Nothing you were typing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>S&amp;ync with station hub…</source>
        <translation>S&amp;ynchroniser avec le dépôt du poste…</translation>
    </message>
    <message>
        <source>Review sync &amp;conflicts…</source>
        <translation>Revoir les &amp;conflits de synchronisation…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find anything…</source>
        <translation>Tout &amp;chercher…</translation>
    </message>
    <message>
        <source>&amp;Log a community contact</source>
        <translation>&amp;Noter un contact communautaire</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation>Éléments &amp;supprimés récemment…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal de vérification…</translation>
    </message>
    <message>
        <source>&amp;Who is using the app…</source>
        <translation>&amp;Qui utilise l&apos;application…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Beats…</source>
        <translation>&amp;Secteurs…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>The &amp;model</source>
        <translation>Le &amp;modèle</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <source>No page shows {0}s yet.</source>
        <translation>Aucune page n&apos;affiche encore ce type de fiche ({0}).</translation>
    </message>
    <message>
        <source>Changes are now recorded as made by {0}.</source>
        <translation>Les modifications sont désormais enregistrées au nom de {0}.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation>La phrase de passe est changée.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Databases (*.db);;All files (*)</source>
        <translation>Bases de données (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation>Quartiers</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Quarts</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Briefing items</source>
        <translation>Éléments de breffage</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns whose names match a field are matched already; change any that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor or source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a saved mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator, scored for threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator, kept (not scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is chosen for more than one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields marked * are required. Every column is matched that needs to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mapping is for {0}, not for this file&apos;s kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelHelpDialog</name>
    <message>
        <source>&lt;h2&gt;Ontario&apos;s Mobilization &amp;amp; Engagement Model of Community Policing&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Modèle de mobilisation et d&apos;engagement communautaire de l&apos;Ontario&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Front-line officer actions:</source>
        <translation>Actions des agents de première ligne :</translation>
    </message>
    <message>
        <source>The model</source>
        <translation>Le modèle</translation>
    </message>
    <message>
        <source>The model&apos;s quadrants</source>
        <translation>Les quadrants du modèle</translation>
    </message>
</context>
<context>
    <name>MultiRecordPicker</name>
    <message>
        <source>{0}: add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeighbourhoodDialog</name>
    <message>
        <source>Neighbourhood details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change neighbourhood details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeighbourhoodForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Rideau Heights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents; calls for service are counted per 1,000 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streets, landmarks, who lives there. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeighbourhoodsPage</name>
    <message>
        <source>Neighbourhoods</source>
        <translation>Quartiers</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>New neighbourhood…</source>
        <translation>Nouveau quartier…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Maj+A</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Name, beat, population and description</source>
        <translation>Nom, secteur, population et description</translation>
    </message>
    <message>
        <source>Profile PDF</source>
        <translation>Profil (PDF)</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Export, copy and zoom the diagram</source>
        <translation>Exporter, copier et agrandir le diagramme</translation>
    </message>
    <message>
        <source>Diagram saved to {0}.</source>
        <translation>Diagramme enregistré dans {0}.</translation>
    </message>
    <message>
        <source>All beats</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Division overview
Every neighbourhood at its latest assessment</source>
        <translation>Vue d&apos;ensemble de la division
Chaque quartier à sa dernière évaluation</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>assessed {0}</source>
        <translation>évalué le {0}</translation>
    </message>
    <message>
        <source>No neighbourhoods here yet. Add one with New neighbourhood… (Ctrl+N), or import a spreadsheet from File &gt; Import.</source>
        <translation>Aucun quartier pour l&apos;instant. Ajoutez-en un avec Nouveau quartier… (Ctrl+N), ou importez un tableur par Fichier &gt; Importer.</translation>
    </message>
    <message>
        <source>No neighbourhood is in this beat. Choose All beats, or give one this beat in its Details…</source>
        <translation>Aucun quartier n&apos;est dans ce secteur. Choisissez Tous les secteurs, ou attribuez ce secteur à un quartier dans ses Détails…</translation>
    </message>
    <message>
        <source>Division overview</source>
        <translation>Vue d&apos;ensemble de la division</translation>
    </message>
    <message>
        <source>Overview of {0}</source>
        <translation>Vue d&apos;ensemble : {0}</translation>
    </message>
    <message>
        <source>Each neighbourhood at its latest assessment; arrows show the move since the one before. Click a point (or Tab to it and press Enter) to open it.</source>
        <translation>Chaque quartier à sa dernière évaluation; les flèches montrent le déplacement depuis la précédente. Cliquez sur un point (ou allez-y avec Tab et appuyez sur Entrée) pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>population {0}</source>
        <translation>population {0}</translation>
    </message>
    <message>
        <source>{quadrant}, assessed {day} by {who}</source>
        <translation>{quadrant}, évalué le {day} par {who}</translation>
    </message>
    <message>
        <source>drag the solid point to propose a reassessment</source>
        <translation>faites glisser le point plein pour proposer une réévaluation</translation>
    </message>
    <message>
        <source>not assessed yet: New assessment… places it on the diagram</source>
        <translation>pas encore évalué : Nouvelle évaluation… le place dans le diagramme</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new, empty database for your division. It is encrypted with a passphrase: without it nobody can read the file, and nobody can recover it for you either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not encrypt this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to put the new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be created: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewShiftDialog</name>
    <message>
        <source>New shift</source>
        <translation>Nouveau quart</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 19:00 or 1900</source>
        <translation>HH:MM, p. ex. 19:00 ou 1900</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Read at the briefing (e.g. radio channel 3 is down)</source>
        <translation>Lu au breffage (p. ex. le canal radio 3 est en panne)</translation>
    </message>
    <message>
        <source>Start from the previous shift of this platoon (copy its assignments)</source>
        <translation>Partir du quart précédent de ce peloton (copier ses affectations)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>&amp;Platoon</source>
        <translation>&amp;Peloton</translation>
    </message>
    <message>
        <source>S&amp;upervisor</source>
        <translation>S&amp;uperviseur</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Create shift</source>
        <translation>Créer le quart</translation>
    </message>
    <message>
        <source>Change shift</source>
        <translation>Modifier le quart</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>OfficerCalendarsDialog</name>
    <message>
        <source>Calendars per officer</source>
        <translation>Calendriers par agent</translation>
    </message>
    <message>
        <source>One calendar file (.ics) per officer, with each of their shifts starting in these dates. Importing a file again later updates the same events.</source>
        <translation>Un fichier de calendrier (.ics) par agent, avec chacun de ses quarts qui commencent entre ces dates. Importer de nouveau un fichier plus tard met à jour les mêmes événements.</translation>
    </message>
    <message>
        <source>The folder to save the files in</source>
        <translation>Le dossier où enregistrer les fichiers</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <source>Save the calendars in</source>
        <translation>Enregistrer les calendriers dans</translation>
    </message>
    <message>
        <source>Choose the folder to save the files in.</source>
        <translation>Choisissez le dossier où enregistrer les fichiers.</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>&amp;Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4471</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platoon</source>
        <translation type="unfinished">&amp;Peloton</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(aucun)</translation>
    </message>
    <message>
        <source>&amp;Active: works in the division now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive officers stay on their past contacts and shifts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficerPool</name>
    <message>
        <source>&lt;b&gt;Officers free&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agents disponibles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type a name or badge (Ctrl+F)</source>
        <translation>Tapez un nom ou un insigne (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find an officer</source>
        <translation>Trouver un agent</translation>
    </message>
    <message>
        <source>Show every platoon</source>
        <translation>Afficher tous les pelotons</translation>
    </message>
    <message>
        <source>Officers not yet assigned</source>
        <translation>Agents pas encore affectés</translation>
    </message>
    <message>
        <source>Beat to assign to</source>
        <translation>Secteur d&apos;affectation</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Affecter</translation>
    </message>
    <message>
        <source>Assign the selected officer to this beat (Enter in the list)</source>
        <translation>Affecter l&apos;agent choisi à ce secteur (Entrée dans la liste)</translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation>Affecter à :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Officers free (platoon {0})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agents disponibles (peloton {0})&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No beat (a unit or special duty)</source>
        <translation>Aucun secteur (une unité ou une tâche spéciale)</translation>
    </message>
    <message>
        <source> · platoon {0}</source>
        <translation> · peloton {0}</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inactif)</translation>
    </message>
    <message>
        <source>No free officer matches “{0}”.</source>
        <translation>Aucun agent disponible ne correspond à « {0} ».</translation>
    </message>
    <message>
        <source>Every officer of platoon {0} is assigned. Tick “Show every platoon” to add one from another.</source>
        <translation>Tous les agents du peloton {0} sont affectés. Cochez « Afficher tous les pelotons » pour en ajouter un d&apos;un autre peloton.</translation>
    </message>
    <message>
        <source>Every officer is assigned.</source>
        <translation>Tous les agents sont affectés.</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;organization (not a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Natural community &amp;leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve: we work with them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhoods &amp;served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident&apos;s personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact: &lt;b&gt;{0}&lt;/b&gt; ({1} in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open initiatives: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open initiatives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <source>Profiles of all neighbourhoods (PDF)…</source>
        <translation>Profils de tous les quartiers (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Briefing PDF of the current shift…</source>
        <translation>&amp;Breffage du quart en cours (PDF)…</translation>
    </message>
    <message>
        <source>Briefing PDF</source>
        <translation>Breffage (PDF)</translation>
    </message>
    <message>
        <source>Print the briefing sheet of this shift.</source>
        <translation>Imprimer la feuille de breffage de ce quart.</translation>
    </message>
    <message>
        <source>No shift is running or planned. Plan one on the Shifts page first.</source>
        <translation>Aucun quart n&apos;est en cours ni prévu. Planifiez-en un d&apos;abord à la page Quarts.</translation>
    </message>
    <message>
        <source>Profile PDF</source>
        <translation>Profil (PDF)</translation>
    </message>
    <message>
        <source>Print the profile of {0}.</source>
        <translation>Imprimer le profil de {0}.</translation>
    </message>
    <message>
        <source>Profiles of all neighbourhoods</source>
        <translation>Profils de tous les quartiers</translation>
    </message>
    <message>
        <source>Print the profiles of all {0} neighbourhoods.</source>
        <translation>Imprimer les profils des {0} quartiers.</translation>
    </message>
    <message>
        <source>Making {0}…</source>
        <translation>Production de {0}…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the profiles…</source>
        <translation>Production des profils…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Making a PDF</source>
        <translation>Production d&apos;un PDF</translation>
    </message>
    <message>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} sur {2})</translation>
    </message>
    <message>
        <source>PDF made</source>
        <translation>PDF produit</translation>
    </message>
    <message>
        <source>No PDF viewer could open it. It is saved in {0}.</source>
        <translation>Aucun lecteur de PDF n&apos;a pu l&apos;ouvrir. Il est enregistré dans {0}.</translation>
    </message>
    <message>
        <source>Saved {0} PDF file(s) in {1}.</source>
        <translation>{0} fichier(s) PDF enregistré(s) dans {1}.</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Enregistré dans {0}.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No PDF made</source>
        <translation>Aucun PDF produit</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <source>All in one PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One PDF per neighbourhood, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include residents&apos; personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone, personal email and home address are personal information. They are left out unless you include them, and every page then says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check, then import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. The import writes every row, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the file again, after fixing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {0} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported yet: the file has {0} problems, listed by row. Fix the file, save it, then press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import: {0}. Press Import to write them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuadrantPanel</name>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>What the quadrant chosen on the diagram means; arrow keys scroll it</source>
        <translation>Ce que signifie le quadrant choisi dans le diagramme; les flèches font défiler le texte</translation>
    </message>
    <message>
        <source>&lt;b&gt;The quadrants&lt;/b&gt;</source>
        <translation>&lt;b&gt;Les quadrants&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a quadrant of the diagram (or Tab to it and press Space) to see what it means and what front-line officers do there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cliquez sur un quadrant du diagramme (ou allez-y avec Tab et appuyez sur Espace) pour voir ce qu&apos;il signifie et ce que les agents de première ligne y font.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Click a quadrant of the diagram (or Tab to it and press Space) to see what it means, what front-line officers do there, and this neighbourhood&apos;s initiatives and contacts in it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cliquez sur un quadrant du diagramme (ou allez-y avec Tab et appuyez sur Espace) pour voir ce qu&apos;il signifie, ce que les agents de première ligne y font, et les initiatives et contacts de ce quartier qui s&apos;y rattachent.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Who leads:</source>
        <translation>Direction :</translation>
    </message>
    <message>
        <source>Front-line actions</source>
        <translation>Actions de première ligne</translation>
    </message>
    <message>
        <source>Neighbourhoods here now ({n})</source>
        <translation>Quartiers qui s&apos;y trouvent ({n})</translation>
    </message>
    <message>
        <source>None at its latest assessment.</source>
        <translation>Aucun à sa dernière évaluation.</translation>
    </message>
    <message>
        <source>Open a neighbourhood to see its initiatives and contacts in this quadrant.</source>
        <translation>Ouvrez un quartier pour voir ses initiatives et ses contacts dans ce quadrant.</translation>
    </message>
    <message>
        <source>Initiatives here ({n})</source>
        <translation>Initiatives ici ({n})</translation>
    </message>
    <message>
        <source>No open initiative in this quadrant. Start one on the Initiatives page when a problem keeps coming back.</source>
        <translation>Aucune initiative en cours dans ce quadrant. Lancez-en une à la page Initiatives quand un problème revient.</translation>
    </message>
    <message>
        <source>Contacts for {actions} ({n})</source>
        <translation>Contacts pour {actions} ({n})</translation>
    </message>
    <message>
        <source>…and {n} earlier, on the Contacts page.</source>
        <translation>…et {n} autres plus anciens, à la page Contacts.</translation>
    </message>
    <message>
        <source>No contact logged for these actions yet. Log one on the Contacts page with its quadrant activity.</source>
        <translation>Aucun contact noté pour ces actions. Notez-en un à la page Contacts avec son activité du quadrant.</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Recently deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records wait here. Restore brings one back to its page as it was; Undo (Ctrl+Z) deletes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deleted {0}. When you delete a record, it waits here to be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was not restored: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} restored: {1}. Undo (Ctrl+Z) deletes it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>New {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished">Ctrl+N</translation>
    </message>
    <message>
        <source>The {0}s that match the search and filters; the one selected shows in the form beside the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing deleted. Deleted {0}s wait here, to be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {0}s match. Change the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} rows imported from {file}: {created} created, {updated} updated, {unchanged} unchanged. Every change is in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Review retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase these details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been kept longer than {0} months: there is nothing to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept longer than {months} months (before {cutoff}): {contacts} contacts and {personal} residents&apos; personal details. Erasing keeps each contact&apos;s date, officer, neighbourhood, kind and partner agencies for the statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary, follow-up notes, links to residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home phone, personal email, home address, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase these details for good? This cannot be undone (backups taken earlier still hold them until they are replaced).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name or a note; Down and Enter open a result below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter opens · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “{0}”. Check the spelling, or type fewer letters: “comp” finds Compton.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (the first few: type more to narrow)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftList</name>
    <message>
        <source>New shift…</source>
        <translation>Nouveau quart…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Quarts</translation>
    </message>
    <message>
        <source>No shifts planned yet. Plan the first one with New shift… (Ctrl+N).</source>
        <translation>Aucun quart n&apos;est encore prévu. Planifiez le premier avec Nouveau quart… (Ctrl+N).</translation>
    </message>
    <message>
        <source> · Platoon {0}</source>
        <translation> · Peloton {0}</translation>
    </message>
    <message>
        <source>{name} · {day}
{start}–{end}{platoon} · {count} assigned</source>
        <translation>{name} · {day}
{start}–{end}{platoon} · {count} affectés</translation>
    </message>
</context>
<context>
    <name>ShiftsPage</name>
    <message>
        <source>Change shift…</source>
        <translation>Modifier le quart…</translation>
    </message>
    <message>
        <source>Its date, times, platoon, supervisor and notes</source>
        <translation>Sa date, ses heures, son peloton, son superviseur et ses notes</translation>
    </message>
    <message>
        <source>Briefing PDF</source>
        <translation>Breffage (PDF)</translation>
    </message>
    <message>
        <source>Calendar file…</source>
        <translation>Fichier de calendrier…</translation>
    </message>
    <message>
        <source>Calendars per officer…</source>
        <translation>Calendriers par agent…</translation>
    </message>
    <message>
        <source>Choose a shift on the left, or plan a new one with New shift… (Ctrl+N).</source>
        <translation>Choisissez un quart à gauche, ou planifiez-en un nouveau avec Nouveau quart… (Ctrl+N).</translation>
    </message>
    <message>
        <source>Supervisor: {0}</source>
        <translation>Superviseur : {0}</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>aucun choisi</translation>
    </message>
    <message>
        <source>{0:g} hours</source>
        <translation>{0:g} heures</translation>
    </message>
    <message>
        <source>Notes: {0}</source>
        <translation>Notes : {0}</translation>
    </message>
    <message>
        <source>Plan a shift</source>
        <translation>Planifier un quart</translation>
    </message>
    <message>
        <source>Shift planned. Assign officers from the list on the left.</source>
        <translation>Quart planifié. Affectez des agents à partir de la liste de gauche.</translation>
    </message>
    <message>
        <source>Shift changed. Ctrl+Z puts it back as it was.</source>
        <translation>Quart modifié. Ctrl+Z le remet comme il était.</translation>
    </message>
    <message>
        <source>no beat</source>
        <translation>aucun secteur</translation>
    </message>
    <message>
        <source>{0} assigned to {1}. Ctrl+Z undoes it.</source>
        <translation>{0} affecté à {1}. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Removed from the shift. Ctrl+Z puts them back.</source>
        <translation>Retiré du quart. Ctrl+Z le remet.</translation>
    </message>
    <message>
        <source>Take a suggested task</source>
        <translation>Prendre une tâche suggérée</translation>
    </message>
    <message>
        <source>Task taken: {0}</source>
        <translation>Tâche prise : {0}</translation>
    </message>
    <message>
        <source>Write a task</source>
        <translation>Rédiger une tâche</translation>
    </message>
    <message>
        <source>Task added.</source>
        <translation>Tâche ajoutée.</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Fichier de calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Calendar not saved</source>
        <translation>Calendrier non enregistré</translation>
    </message>
    <message>
        <source>Saved {0} events to {1}. Import it into the calendars; saving it again later updates the same events.</source>
        <translation>{0} événements enregistrés dans {1}. Importez-le dans les calendriers; l&apos;enregistrer de nouveau plus tard met à jour les mêmes événements.</translation>
    </message>
    <message>
        <source>Saved {0} calendar files in {1}.</source>
        <translation>{0} fichiers de calendrier enregistrés dans {1}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsHelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>The keys of the menus. On a page, Ctrl+N starts a new record, Ctrl+F goes to its search, Enter saves and Esc puts back what was stored; Tab goes from each control to the next.</source>
        <translation>Les touches des menus. Dans une page, Ctrl+N crée une nouvelle fiche, Ctrl+F mène à sa recherche, Entrée enregistre et Échap rétablit ce qui était enregistré; Tab passe d&apos;une commande à la suivante.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync with station hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changes made on this laptop to the station hub, and take back the changes the other sergeants sent. A record edited on two laptops keeps the latest edit; the other version is kept for review. The database closes while it syncs and opens again after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose hub file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the station hub&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is this laptop&apos;s own database. Choose the station hub&apos;s file (made with `python -m ompm_desktop hub --db HUBPATH --init-from YOURDATABASE`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remember the hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is not a file, so it cannot be synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is open read-only (another copy of the app holds it), so it cannot be synced. Close the other copy first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the station hub&apos;s file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station hub {hub} cannot be found. Plug in the drive it is on, or choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop&apos;s passphrase does not open the station hub. Type the hub&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station hub: {hub}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station hub chosen yet: choose its file (on the shared drive or USB stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review conflicts ({count})…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskBoard</name>
    <message>
        <source>No beats yet, so no tasks to suggest. Import the division&apos;s beats from File &gt; Import.</source>
        <translation>Aucun secteur pour l&apos;instant, donc aucune tâche à suggérer. Importez les secteurs de la division par Fichier &gt; Importer.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>No shift is planned. Plan one on the Shifts page.</source>
        <translation>Aucun quart n&apos;est prévu. Planifiez-en un à la page Quarts.</translation>
    </message>
    <message>
        <source>Platoon {platoon} · {start}–{end}</source>
        <translation>Peloton {platoon} · {start}–{end}</translation>
    </message>
    <message>
        <source>Supervisor: {name}</source>
        <translation>Superviseur : {name}</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Today, {day}&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Shift:&lt;/b&gt; {shift}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aujourd&apos;hui, {day}&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Quart :&lt;/b&gt; {shift}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overdue since {day}: {what} ({where}; {who})</source>
        <translation>En retard depuis le {day} : {what} ({where}; {who})</translation>
    </message>
    <message>
        <source>no neighbourhood</source>
        <translation>aucun quartier</translation>
    </message>
    <message>
        <source>Due today: {what} ({who})</source>
        <translation>À faire aujourd&apos;hui : {what} ({who})</translation>
    </message>
    <message>
        <source>Follow-ups due and overdue ({n})</source>
        <translation>Suivis à faire et en retard ({n})</translation>
    </message>
    <message>
        <source>No follow-up is due. Log contacts with Ctrl+L.</source>
        <translation>Aucun suivi à faire. Notez les contacts avec Ctrl+L.</translation>
    </message>
    <message>
        <source>Initiatives with a next step due ({n})</source>
        <translation>Initiatives dont la prochaine étape est due ({n})</translation>
    </message>
    <message>
        <source>No initiative has a next step due.</source>
        <translation>Aucune initiative n&apos;a d&apos;étape due.</translation>
    </message>
    <message>
        <source>Briefing items in force ({n})</source>
        <translation>Éléments de breffage en vigueur ({n})</translation>
    </message>
    <message>
        <source>{kind}: {title} (expires {day})</source>
        <translation>{kind} : {title} (expire le {day})</translation>
    </message>
    <message>
        <source>No briefing item is in force.</source>
        <translation>Aucun élément de breffage n&apos;est en vigueur.</translation>
    </message>
    <message>
        <source>Neighbourhoods not assessed for {d} days ({n})</source>
        <translation>Quartiers non évalués depuis {d} jours ({n})</translation>
    </message>
    <message>
        <source>Every neighbourhood has a recent assessment.</source>
        <translation>Chaque quartier a une évaluation récente.</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sauve&amp;garder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <source>Review re&amp;tention…</source>
        <translation>Revoir la &amp;conservation…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}.</source>
        <translation>{0} lignes exportées dans {1}.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>La sauvegarde a échoué</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sauvegardé</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>Sauvegardé dans {0}.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups (*.db);;All files (*)</source>
        <translation>Sauvegardes (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <source>Replace everything in this database with the backup of {when} ({records} contacts, partners and neighbourhoods)? The database as it is now is kept aside first.</source>
        <translation>Remplacer tout le contenu de cette base de données par la sauvegarde du {when} ({records} contacts, partenaires et quartiers)? La base de données actuelle est d&apos;abord mise de côté.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Restored from {0}. The database as it was is kept in {1}.</source>
        <translation>Restauré à partir de {0}. La base de données telle qu&apos;elle était est conservée dans {1}.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Who is using the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change you make is recorded in the audit log under this name. You can change it later from Edit &gt; Who is using the app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from now on are recorded in the audit log under this name; earlier ones keep the name they were made under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1042</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sgt. J. Tremblay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningsPanel</name>
    <message>
        <source>Warnings about this shift</source>
        <translation>Avertissements sur ce quart</translation>
    </message>
    <message>
        <source>No warnings: every beat has someone, the platoon is fully staffed, and no one is double-booked.</source>
        <translation>Aucun avertissement : chaque secteur a quelqu&apos;un, le peloton est au complet et personne n&apos;est affecté deux fois.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings ({0})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avertissements ({0})&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
