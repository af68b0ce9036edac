<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {title}</source>
        <translation>À propos de {title}</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licences de tiers</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{title} {version}&lt;/h3&gt;&lt;p&gt;A sergeant&apos;s record of beats, neighbourhoods, partners, contacts and initiatives on Ontario&apos;s Mobilization &amp;amp; Engagement Model of Community Policing.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public Licence, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt for Python (PySide6, LGPL), sqlite-utils, SQLCipher, reportlab and the DejaVu fonts: the &lt;b&gt;Third-party licences&lt;/b&gt; tab lists everything this copy ships with, and each licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;{title} {version}&lt;/h3&gt;&lt;p&gt;Le registre du sergent : secteurs, quartiers, partenaires, contacts et initiatives, selon le Modèle de mobilisation et d&apos;engagement communautaire de l&apos;Ontario pour les services policiers communautaires.&lt;/p&gt;&lt;p&gt;Logiciel libre sous la Licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Conçu avec Qt pour Python (PySide6, LGPL), sqlite-utils, SQLCipher, reportlab et les polices DejaVu : l&apos;onglet &lt;b&gt;Licences de tiers&lt;/b&gt; énumère tout ce qui accompagne cette copie, et chaque licence.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The third-party licences are missing from this installation (expected in {folder}). Reinstall the app to bring them back.</source>
        <translation>Les licences de tiers manquent dans cette installation (attendues dans {folder}). Réinstallez l&apos;application pour les rétablir.</translation>
    </message>
    <message>
        <source>This copy ships with the software below. Choose one to read its licence.</source>
        <translation>Cette copie comprend les logiciels ci-dessous. Choisissez-en un pour lire sa licence.</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Logiciels de tiers</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
</context>
<context>
    <name>AccessRequestDialog</name>
    <message>
        <source>Access request</source>
        <translation>Demande d&apos;accès</translation>
    </message>
    <message>
        <source>Type the person&apos;s name as it would be written, then Find: every record that names them is listed, and those linked to them. Enter opens a record to correct or erase it. Save the list to answer the request; saving is noted in the audit log.</source>
        <translation>Tapez le nom de la personne tel qu&apos;il serait écrit, puis Chercher : chaque dossier qui la nomme est listé, ainsi que ceux qui lui sont liés. Entrée ouvre un dossier pour le corriger ou l&apos;effacer. Enregistrez la liste pour répondre à la demande; l&apos;enregistrement est noté dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Nom de la personne</translation>
    </message>
    <message>
        <source>e.g. Daniel Singh</source>
        <translation>p. ex. Daniel Singh</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>Records that name the person</source>
        <translation>Dossiers qui nomment la personne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en C&amp;SV…</translation>
    </message>
    <message>
        <source>{0} places name {1}.</source>
        <translation>{0} endroits nomment {1}.</translation>
    </message>
    <message>
        <source>No record names {0}.</source>
        <translation>Aucun dossier ne nomme {0}.</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (supprimé)</translation>
    </message>
    <message>
        <source>Not opened from here</source>
        <translation>Ne s&apos;ouvre pas d&apos;ici</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the access request</source>
        <translation>Enregistrer la demande d&apos;accès</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Access request saved</source>
        <translation>Demande d&apos;accès enregistrée</translation>
    </message>
    <message>
        <source>{0} places written to {1}.</source>
        <translation>{0} endroits écrits dans {1}.</translation>
    </message>
</context>
<context>
    <name>AnswersForm</name>
    <message>
        <source>Threat to safety and security (last 12 months)</source>
        <translation>Menace pour la sûreté et la sécurité (12 derniers mois)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non donné</translation>
    </message>
    <message>
        <source>Your judgement of threat (1 very low - 5 very high)</source>
        <translation>Votre jugement de la menace (1 très faible à 5 très élevée)</translation>
    </message>
    <message>
        <source>Collective efficacy: informal social control</source>
        <translation>Efficacité collective : contrôle social informel</translation>
    </message>
    <message>
        <source>Collective efficacy: social cohesion and trust</source>
        <translation>Efficacité collective : cohésion sociale et confiance</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non posée</translation>
    </message>
    <message>
        <source> (scored in reverse)</source>
        <translation> (noté à l&apos;inverse)</translation>
    </message>
    <message>
        <source>Community capacity</source>
        <translation>Capacité de la communauté</translation>
    </message>
    <message>
        <source> (from the records)</source>
        <translation> (selon les dossiers)</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assessment of {name}</source>
        <translation>Évaluation de {name}</translation>
    </message>
    <message>
        <source>Who assessed it, as in &apos;Sgt. J. Tremblay&apos;</source>
        <translation>Qui l&apos;a évalué, p. ex. « Sgt J. Tremblay »</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Assessor</source>
        <translation>É&amp;valuateur</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Your placement</source>
        <translation>Votre placement</translation>
    </message>
    <message>
        <source>Place it in another quadrant:</source>
        <translation>Le placer dans un autre quadrant :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why this neighbourhood belongs in another quadrant than its answers give</source>
        <translation>Pourquoi ce quartier appartient à un autre quadrant que celui que donnent ses réponses</translation>
    </message>
    <message>
        <source>Anything the next assessor should know</source>
        <translation>Ce que le prochain évaluateur devrait savoir</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No override.</source>
        <translation>Aucun placement manuel.</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>Recorded on {date} by {who}. Read only: to change a neighbourhood&apos;s place, record a new assessment.</source>
        <translation>Enregistrée le {date} par {who}. Lecture seule : pour changer la place d&apos;un quartier, enregistrez une nouvelle évaluation.</translation>
    </message>
    <message>
        <source>Started from the answers of {date}.</source>
        <translation>Repris des réponses du {date}.</translation>
    </message>
    <message>
        <source>There is no earlier assessment to start from: answer the questions below.</source>
        <translation>Il n&apos;y a aucune évaluation antérieure d&apos;où partir : répondez aux questions ci-dessous.</translation>
    </message>
    <message>
        <source>Placed on the diagram at capacity {capacity}, threat {threat}. Saving records these scores as your placement, and the explanation says you placed it. If the point lies in another quadrant than the answers give, say why. {start}</source>
        <translation>Placé sur le diagramme à la capacité {capacity} et à la menace {threat}. L&apos;enregistrement conserve ces scores comme votre placement, et l&apos;explication indique que vous l&apos;avez placé. Si le point se trouve dans un autre quadrant que celui que donnent les réponses, dites pourquoi. {start}</translation>
    </message>
    <message>
        <source>Started from the answers of {date}: change what has changed since.</source>
        <translation>Repris des réponses du {date} : changez ce qui a changé depuis.</translation>
    </message>
    <message>
        <source>Not placed where the point was dropped: the answers&apos; own scores are recorded.</source>
        <translation>Pas placé là où le point a été déposé : ce sont les scores des réponses qui sont enregistrés.</translation>
    </message>
    <message>
        <source>Recorded as placed on the diagram: capacity {c}, threat {t}.</source>
        <translation>Enregistré tel que placé sur le diagramme : capacité {c}, menace {t}.</translation>
    </message>
    <message>
        <source>The answers give: threat {t}, capacity {c} ({q}).</source>
        <translation>Les réponses donnent : menace {t}, capacité {c} ({q}).</translation>
    </message>
    <message>
        <source>Recorded: threat {t}, capacity unknown: not yet placed. {notes}</source>
        <translation>Enregistré : menace {t}, capacité inconnue : pas encore placé. {notes}</translation>
    </message>
    <message>
        <source>Recorded: threat {t}, capacity {c}.</source>
        <translation>Enregistré : menace {t}, capacité {c}.</translation>
    </message>
    <message>
        <source>No scores yet: the answers cannot be scored as they are.</source>
        <translation>Pas encore de scores : les réponses ne peuvent pas être notées telles quelles.</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Quadrant: not placed yet</source>
        <translation>Quadrant : pas encore placé</translation>
    </message>
    <message>
        <source>  (placed by the assessor; the answers give {name})</source>
        <translation>  (placé par l&apos;évaluateur ; les réponses donnent {name})</translation>
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
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>not yet placed</source>
        <translation>pas encore placé</translation>
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
        <translation>Agent coéquipier</translation>
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
        <source>Created {0}{1}, {2}, by {3}</source>
        <translation>Fiche {0}{1} créée, {2}, par {3}</translation>
    </message>
    <message>
        <source>Changed {0}{1}, {2}, by {3}</source>
        <translation>Fiche {0}{1} modifiée, {2}, par {3}</translation>
    </message>
    <message>
        <source>Deleted {0}{1}, {2}, by {3}</source>
        <translation>Fiche {0}{1} supprimée, {2}, par {3}</translation>
    </message>
    <message>
        <source>Restored {0}{1}, {2}, by {3}</source>
        <translation>Fiche {0}{1} rétablie, {2}, par {3}</translation>
    </message>
    <message>
        <source>History of {0}</source>
        <translation>Historique : {0}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal de vérification</translation>
    </message>
    <message>
        <source>Every change to {0}, newest first: who made it, when, and each field before and after. The log cannot be edited.</source>
        <translation>Chaque modification de la fiche « {0} », la plus récente en premier : qui l&apos;a faite, quand, et chaque champ avant et après. Le journal ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Every change to the records, newest first: who made it, when, and each field before and after. The log cannot be edited.</source>
        <translation>Chaque modification des fiches, la plus récente en premier : qui l&apos;a faite, quand, et chaque champ avant et après. Le journal ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Search names, values and people (Ctrl+F)</source>
        <translation>Chercher des noms, des valeurs et des personnes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Changes to the records</source>
        <translation>Modifications des fiches</translation>
    </message>
    <message>
        <source>Fields changed, before and after</source>
        <translation>Champs modifiés, avant et après</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Export for review…</source>
        <translation>&amp;Exporter pour examen…</translation>
    </message>
    <message>
        <source>The whole log as a CSV file, for the service&apos;s review</source>
        <translation>Tout le journal dans un fichier CSV, pour l&apos;examen du service</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>Journal d&apos;audit exporté</translation>
    </message>
    <message>
        <source>{0} entries written to {1}.</source>
        <translation>{0} entrées écrites dans {1}.</translation>
    </message>
    <message>
        <source>No entry matches. Change the search or the filters.</source>
        <translation>Aucune entrée ne correspond. Modifiez la recherche ou les filtres.</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>{0} {1}{2}, {3}, by {4}</source>
        <translation>{0} : {1}{2}, {3}, par {4}</translation>
    </message>
</context>
<context>
    <name>BeatForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>e.g. Beat 2 - Eastview</source>
        <translation>p. ex. Secteur 2 - Eastview</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>e.g. B2</source>
        <translation>p. ex. B2</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Boundaries, landmarks, what a newcomer should know. Ctrl+Enter saves.</source>
        <translation>Limites, points de repère, ce qu&apos;un nouveau venu doit savoir. Ctrl+Entrée enregistre.</translation>
    </message>
    <message>
        <source>Neighbourhoods are put in a beat on the Neighbourhoods page.</source>
        <translation>Les quartiers sont placés dans un secteur à la page Quartiers.</translation>
    </message>
    <message>
        <source>Neighbourhoods: {0}.</source>
        <translation>Quartiers : {0}.</translation>
    </message>
    <message>
        <source>No neighbourhood is in this beat yet.</source>
        <translation>Aucun quartier n&apos;est encore dans ce secteur.</translation>
    </message>
</context>
<context>
    <name>BeatTasksBox</name>
    <message>
        <source>briefing item</source>
        <translation>élément de breffage</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>à la main</translation>
    </message>
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
        <source>Taken ✓</source>
        <translation>Prise ✓</translation>
    </message>
    <message>
        <source>Taken: {0}</source>
        <translation>Prise : {0}</translation>
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
        <translation>Secteurs</translation>
    </message>
</context>
<context>
    <name>BeforeAfterBars</name>
    <message>
        <source>Rest of the beat</source>
        <translation>Reste du secteur</translation>
    </message>
    <message>
        <source>Rest of the division</source>
        <translation>Reste de la division</translation>
    </message>
    <message>
        <source>Its place</source>
        <translation>Son endroit</translation>
    </message>
</context>
<context>
    <name>BoundaryImporter</name>
    <message>
        <source>Import neighbourhood boundaries</source>
        <translation>Importer les limites des quartiers</translation>
    </message>
    <message>
        <source>GeoJSON files (*.geojson *.json);;All files (*)</source>
        <translation>Fichiers GeoJSON (*.geojson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot import the boundaries</source>
        <translation>Impossible d&apos;importer les limites</translation>
    </message>
    <message>
        <source>Calls imported from now on by x/y or by address are placed in these boundaries (calls imported before and not placed are placed when their file is imported again).</source>
        <translation>Les appels importés désormais par x/y ou par adresse sont placés dans ces limites (les appels importés avant et non placés le seront quand leur fichier sera importé de nouveau).</translation>
    </message>
    <message>
        <source>Neighbourhood boundaries</source>
        <translation>Limites des quartiers</translation>
    </message>
</context>
<context>
    <name>BriefingItemForm</name>
    <message>
        <source>Whole division</source>
        <translation>Toute la division</translation>
    </message>
    <message>
        <source>One beat</source>
        <translation>Un secteur</translation>
    </message>
    <message>
        <source>One neighbourhood</source>
        <translation>Un quartier</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>&amp;Portée</translation>
    </message>
    <message>
        <source>&amp;Beat</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Quartier</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>e.g. Grey Honda Civic, plate CBRT 418</source>
        <translation>p. ex. Honda Civic grise, plaque CBRT 418</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>What to look for or do, and whom to call. Ctrl+Enter saves.</source>
        <translation>Quoi surveiller ou faire, et qui appeler. Ctrl+Entrée enregistre.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>&amp;Expires</source>
        <translation>&amp;Expiration</translation>
    </message>
    <message>
        <source>{0} unless changed</source>
        <translation>{0} sauf changement</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, or blank: no expiry</source>
        <translation>AAAA-MM-JJ HH:MM, ou vide : sans expiration</translation>
    </message>
    <message>
        <source>It leaves the lists of items in force by itself when it expires; it can still be found by searching.</source>
        <translation>Il quitte de lui-même les listes d&apos;éléments en vigueur à son expiration ; on peut encore le trouver en cherchant.</translation>
    </message>
    <message>
        <source>Left blank, it expires {0} days after it starts ({1}), the default for a be-on-the-lookout item.</source>
        <translation>Laissé vide, il expire {0} jours après son début ({1}), le délai par défaut d&apos;un avis de recherche.</translation>
    </message>
    <message>
        <source>Left blank, it stays in force until you give it an expiry or delete it.</source>
        <translation>Laissé vide, il reste en vigueur jusqu&apos;à ce que vous lui donniez une expiration ou le supprimiez.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expired&lt;/b&gt; {0}. It no longer appears among the items in force.</source>
        <translation>&lt;b&gt;Expiré&lt;/b&gt; le {0}. Il ne figure plus parmi les éléments en vigueur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Upcoming&lt;/b&gt;: in force from {0}.</source>
        <translation>&lt;b&gt;À venir&lt;/b&gt; : en vigueur dès le {0}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In force&lt;/b&gt; until {0}.</source>
        <translation>&lt;b&gt;En vigueur&lt;/b&gt; jusqu&apos;au {0}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In force&lt;/b&gt;, with no expiry.</source>
        <translation>&lt;b&gt;En vigueur&lt;/b&gt;, sans expiration.</translation>
    </message>
</context>
<context>
    <name>BriefingItemsPage</name>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>Nothing is in force or upcoming. Add an item with New briefing item (Ctrl+N). Expired items are kept: choose Any state to see them.</source>
        <translation>Rien n&apos;est en vigueur ni à venir. Ajoutez un élément avec Nouvel élément de breffage (Ctrl+N). Les éléments expirés sont conservés : choisissez « État : sans filtre » pour les voir.</translation>
    </message>
    <message>
        <source>1 more item matches</source>
        <translation>1 autre élément correspond</translation>
    </message>
    <message>
        <source>{0} more items match</source>
        <translation>{0} autres éléments correspondent</translation>
    </message>
    <message>
        <source>{0} among expired or other items. &lt;a href=&apos;all&apos;&gt;Show all states&lt;/a&gt;</source>
        <translation>{0} parmi les éléments expirés ou autres. &lt;a href=&apos;all&apos;&gt;Afficher tous les états&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>This database is not encrypted, so it has no passphrase to change. To protect it, make a new encrypted database (File &gt; New database…) and import into it.</source>
        <translation>Cette base de données n&apos;est pas chiffrée : elle n&apos;a donc aucune phrase de passe à changer. Pour la protéger, créez une nouvelle base de données chiffrée (Fichier &gt; Nouvelle base de données…) et importez-y vos données.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>cette base de données</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one for {name} at once. Backups made before keep the old passphrase.</source>
        <translation>La nouvelle phrase de passe remplace aussitôt l&apos;ancienne pour {name}. Les sauvegardes faites avant gardent l&apos;ancienne phrase de passe.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase de passe a&amp;ctuelle :</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe :</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Nouvelle phrase de passe, de nouveau</translation>
    </message>
    <message>
        <source>New passphrase &amp;again:</source>
        <translation>Nouvelle phrase de passe, de n&amp;ouveau :</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hanger la phrase de passe</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Les deux nouvelles phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Type it again.</source>
        <translation>La phrase de passe actuelle n&apos;est pas la bonne. Tapez-la de nouveau.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>La nouvelle phrase de passe est la même que l&apos;actuelle.</translation>
    </message>
</context>
<context>
    <name>ConflictReviewDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>The later edit was kept, going by each laptop&apos;s clock. Laptop clocks can be wrong: a laptop whose clock runs fast wins when it should not. Compare both times and the fields below; Restore makes the lost version the current one (on every laptop after the next sync).</source>
        <translation>La modification la plus tardive a été gardée, d&apos;après l&apos;horloge de chaque portable. Ces horloges peuvent se tromper : un portable dont l&apos;horloge avance l&apos;emporte alors qu&apos;il ne le devrait pas. Comparez les deux heures et les champs ci-dessous ; Restaurer fait de la version perdue la version actuelle (sur tous les portables après la prochaine synchronisation).</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Lost version</source>
        <translation>Version perdue</translation>
    </message>
    <message>
        <source>Kept version</source>
        <translation>Version gardée</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <source>Versions that lost a conflict</source>
        <translation>Versions qui ont perdu un conflit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <source>No conflicts to review: no record has been edited on two laptops between their syncs. When one is, the version that lost appears here, to be restored if need be.</source>
        <translation>Aucun conflit à revoir : aucune fiche n&apos;a été modifiée sur deux portables entre leurs synchronisations. Quand cela arrive, la version perdante s&apos;affiche ici, pour être restaurée au besoin.</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Briefing item</source>
        <translation>Élément de breffage</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Renseignements personnels</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Quart</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Affectation</translation>
    </message>
    <message>
        <source>Directed task</source>
        <translation>Tâche dirigée</translation>
    </message>
    <message>
        <source>{kind}: {record}</source>
        <translation>{kind} : {record}</translation>
    </message>
    <message>
        <source>{machine}, saved {at}</source>
        <translation>{machine}, enregistrée le {at}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>This version was made current on {at}.</source>
        <translation>Cette version est devenue la version actuelle le {at}.</translation>
    </message>
    <message>
        <source>The record is the same as this version now: nothing to restore.</source>
        <translation>La fiche est maintenant identique à cette version : rien à restaurer.</translation>
    </message>
    <message>
        <source>What differs between the lost version and the record now:</source>
        <translation>Ce qui diffère entre la version perdue et la fiche actuelle :</translation>
    </message>
    <message>
        <source>Cannot restore that version</source>
        <translation>Impossible de restaurer cette version</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Agent</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation>Quart&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partenaires</translation>
    </message>
    <message>
        <source>&amp;Kind of contact</source>
        <translation>&amp;Type de contact</translation>
    </message>
    <message>
        <source>e.g. CMHA, Children&apos;s Aid</source>
        <translation>p. ex. ACSM, Société de l&apos;aide à l&apos;enfance</translation>
    </message>
    <message>
        <source>Asked the person to &amp;identify themselves</source>
        <translation>A demandé à la personne de s&apos;&amp;identifier</translation>
    </message>
    <message>
        <source>&amp;Agency</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(pas encore connu)</translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Quadrant &amp;activity</source>
        <translation>Acti&amp;vité du quadrant</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>What was said and agreed. Ctrl+Enter saves.</source>
        <translation>Ce qui a été dit et convenu. Ctrl+Entrée enregistre.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>&amp;Follow-up</source>
        <translation>&amp;Suivi</translation>
    </message>
    <message>
        <source>e.g. Call back Ms. Ahmed</source>
        <translation>p. ex. Rappeler Mme Ahmed</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Échéance du suivi</translation>
    </message>
    <message>
        <source>Follow-up done {0}.</source>
        <translation>Suivi fait le {0}.</translation>
    </message>
    <message>
        <source>Personal details?</source>
        <translation>Renseignements personnels?</translation>
    </message>
    <message>
        <source>Save it as it is?</source>
        <translation>L&apos;enregistrer tel quel?</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Mark follow-up done</source>
        <translation>Marquer le suivi comme fait</translation>
    </message>
    <message>
        <source>Follow-up marked done.</source>
        <translation>Suivi marqué comme fait.</translation>
    </message>
</context>
<context>
    <name>CountField</name>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>CswbPlanDialog</name>
    <message>
        <source>Community Safety and Well-Being plan</source>
        <translation>Plan de sécurité et de bien-être dans la collectivité</translation>
    </message>
</context>
<context>
    <name>CswbReportDialog</name>
    <message>
        <source>CSWB plan report</source>
        <translation>Rapport sur le plan SBEC</translation>
    </message>
    <message>
        <source>Policing&apos;s contribution to the municipality&apos;s Community Safety and Well-Being plan over a period, for the board: initiatives by the plan&apos;s risks with their calls before and after, partners by sector, contacts by quadrant activity (counts only), neighbourhoods&apos; moves on the model.</source>
        <translation>La contribution des services policiers au plan de sécurité et de bien-être dans la collectivité de la municipalité pendant une période, pour la commission : les initiatives par risque du plan avec leurs appels avant et après, les partenaires par secteur, les contacts par activité du quadrant (des nombres seulement), les déplacements des quartiers sur le modèle.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
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
        <source>&amp;Language of the PDF</source>
        <translation>&amp;Langue du PDF</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Indiquez le premier et le dernier jour de la période.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
</context>
<context>
    <name>CswbRiskForm</name>
    <message>
        <source>&amp;Priority risk</source>
        <translation>&amp;Risque prioritaire</translation>
    </message>
    <message>
        <source>e.g. Mental health and addictions</source>
        <translation>p. ex. Santé mentale et dépendances</translation>
    </message>
    <message>
        <source>CSWB &amp;area</source>
        <translation>Dom&amp;aine du plan SBEC</translation>
    </message>
    <message>
        <source>The provincial framework&apos;s four areas, from social development upstream to incident response.</source>
        <translation>Les quatre domaines du cadre provincial, du développement social en amont jusqu&apos;à l&apos;intervention en cas d&apos;incident.</translation>
    </message>
    <message>
        <source>Measurable &amp;outcomes</source>
        <translation>Résultats &amp;mesurables</translation>
    </message>
    <message>
        <source>As the plan words them: what it counts, and by when</source>
        <translation>Comme le plan les formule : ce qu&apos;il compte, et pour quand</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>The plan&apos;s strategies for it. Ctrl+Enter saves.</source>
        <translation>Les stratégies du plan à son égard. Ctrl+Entrée enregistre.</translation>
    </message>
    <message>
        <source>Initiatives and partners are tied to the plan&apos;s risks in their own forms.</source>
        <translation>Les initiatives et les partenaires sont liés aux risques du plan dans leurs propres formulaires.</translation>
    </message>
    <message>
        <source>Initiatives: {0}.
Partners: {1}.</source>
        <translation>Initiatives : {0}.
Partenaires : {1}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD, today, +7, fri</source>
        <translation>AAAA-MM-JJ, ou +7 (dans 7 jours)</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>YYYY-MM-DD HH:MM, now, 14:30</source>
        <translation>AAAA-MM-JJ HH:MM, ou 14:30 (aujourd&apos;hui)</translation>
    </message>
</context>
<context>
    <name>DebriefDialog</name>
    <message>
        <source>Debrief: {0}</source>
        <translation>Compte rendu : {0}</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Ce qui en est ressorti</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Faite</translation>
    </message>
    <message>
        <source>&amp;Not done</source>
        <translation>&amp;Non faite</translation>
    </message>
    <message>
        <source>Carried &amp;over</source>
        <translation>&amp;Reportée</translation>
    </message>
    <message>
        <source>It comes back as a suggestion on the next shifts until one takes it</source>
        <translation>Elle revient en suggestion aux quarts suivants jusqu&apos;à ce que l&apos;un la prenne</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>One line: what came of it (Enter: next task)</source>
        <translation>Une ligne : ce qui en est ressorti (Entrée : tâche suivante)</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>Record as &amp;contact</source>
        <translation>Consigner comme &amp;contact</translation>
    </message>
    <message>
        <source>A contact at the end of the shift, in the task&apos;s neighbourhood, by the officer who had it, with the outcome as its summary (a follow-up task closes its follow-up)</source>
        <translation>Un contact à la fin du quart, dans le quartier de la tâche, par l&apos;agent qui l&apos;avait, avec le résultat comme résumé (une tâche de suivi ferme son suivi)</translation>
    </message>
    <message>
        <source>Record as initiative &amp;step</source>
        <translation>Consigner comme étape d&apos;&amp;initiative</translation>
    </message>
    <message>
        <source>Written, dated, into the initiative&apos;s responses; its next step cleared</source>
        <translation>Inscrite, datée, dans les réponses de l&apos;initiative; sa prochaine étape effacée</translation>
    </message>
    <message>
        <source>This shift has no directed task to debrief.</source>
        <translation>Ce quart n&apos;a aucune tâche dirigée à passer en revue.</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <source>not debriefed</source>
        <translation>sans compte rendu</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0} : {1}.</translation>
    </message>
    <message>
        <source>Record a contact from a task</source>
        <translation>Consigner un contact à partir d&apos;une tâche</translation>
    </message>
    <message>
        <source>Contact recorded: {0}.</source>
        <translation>Contact consigné : {0}.</translation>
    </message>
    <message>
        <source>Record an initiative step</source>
        <translation>Consigner une étape d&apos;initiative</translation>
    </message>
    <message>
        <source>Step written into the initiative&apos;s responses.</source>
        <translation>Étape inscrite dans les réponses de l&apos;initiative.</translation>
    </message>
</context>
<context>
    <name>DemoMarking</name>
    <message>
        <source>Demo division: not a record</source>
        <translation>Division de démonstration : aucun dossier réel</translation>
    </message>
    <message>
        <source>A made-up division to try the app on. Create your own with File &gt; New database…</source>
        <translation>Une division fictive pour essayer l&apos;application. Créez la vôtre avec Fichier &gt; Nouvelle base de données…</translation>
    </message>
</context>
<context>
    <name>DiagramExport</name>
    <message>
        <source>Could not write {0}.</source>
        <translation>Impossible d&apos;écrire {0}.</translation>
    </message>
    <message>
        <source>Quadrant diagram</source>
        <translation>Diagramme des quadrants</translation>
    </message>
    <message>
        <source>Save the diagram as .svg or .png, not &apos;{0}&apos;.</source>
        <translation>Enregistrez le diagramme en .svg ou en .png, pas en &apos;{0}&apos;.</translation>
    </message>
</context>
<context>
    <name>DiagramScene</name>
    <message>
        <source>Active initiative: {0}</source>
        <translation>Initiative active : {0}</translation>
    </message>
    <message>
        <source>Capacity {0}, threat {1}: {2}</source>
        <translation>Capacité {0}, menace {1} : {2}</translation>
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
    <name>DidItWorkView</name>
    <message>
        <source>&amp;Write these counts into Before and After</source>
        <translation>&amp;Inscrire ces nombres dans Avant et Après</translation>
    </message>
    <message>
        <source>Did it work? Save the initiative, name its call types, and move it to the response stage.</source>
        <translation>Est-ce que ça a marché? Enregistrez l&apos;initiative, indiquez ses types d&apos;appel et passez-la à l&apos;étape de l&apos;intervention.</translation>
    </message>
    <message>
        <source>Did it work? {0}</source>
        <translation>Est-ce que ça a marché? {0}</translation>
    </message>
</context>
<context>
    <name>ErrorReportDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>The app met an unexpected problem. Your saved records are safe.
If it happens again, copy this report and send it to your IT support.
The full log is in: {path}</source>
        <translation>L&apos;application a rencontré un problème inattendu. Vos fiches enregistrées sont en sécurité.
Si cela se reproduit, copiez ce rapport et envoyez-le à votre soutien informatique.
Le journal complet se trouve dans : {path}</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapport d&apos;erreur</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Copier le rapport</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Scored 0-100</source>
        <translation>Score 0-100</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>How the scores add up</source>
        <translation>Comment les scores s&apos;additionnent</translation>
    </message>
    <message>
        <source>Select a row to see how that indicator was scored.</source>
        <translation>Sélectionnez une ligne pour voir comment cet indicateur a été noté.</translation>
    </message>
    <message>
        <source>Answer the questions to see the scores.</source>
        <translation>Répondez aux questions pour voir les scores.</translation>
    </message>
    <message>
        <source>Threat score</source>
        <translation>Score de menace</translation>
    </message>
    <message>
        <source>Capacity score</source>
        <translation>Score de capacité</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>Beside the division (context only, not scored): {0}</source>
        <translation>À côté de la division (contexte seulement, non compté) : {0}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to a spreadsheet</source>
        <translation>Exporter vers un tableur</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter :</translation>
    </message>
    <message>
        <source>Include residents&apos; personal details</source>
        <translation>Inclure les renseignements personnels des résidents</translation>
    </message>
    <message>
        <source>Home phone, personal email and home address are personal information: include them only when the file will be protected (PROTECTED A).</source>
        <translation>Le téléphone à domicile, le courriel personnel et l&apos;adresse du domicile sont des renseignements personnels : incluez-les seulement si le fichier sera protégé (PROTÉGÉ A).</translation>
    </message>
    <message>
        <source>The file opens in Excel, and can be imported back as it is.</source>
        <translation>Le fichier s&apos;ouvre dans Excel et peut être réimporté tel quel.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV. Nothing is written until you confirm the import.</source>
        <translation>Un tableur enregistré en CSV. Rien n&apos;est écrit avant que vous confirmiez l&apos;importation.</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Ce que contient le fichier</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Le fichier contient :</translation>
    </message>
    <message>
        <source>Choose a .csv file</source>
        <translation>Choisissez un fichier .csv</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage :</translation>
    </message>
    <message>
        <source>Columns separated by:</source>
        <translation>Colonnes séparées par :</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Ligne d&apos;en-tête :</translation>
    </message>
    <message>
        <source>Choose a spreadsheet saved as CSV</source>
        <translation>Choisir un tableur enregistré en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Rows: {rows}, columns: {columns} ({encoding}, separated by {delimiter}, header on row {header}).</source>
        <translation>Lignes : {rows}, colonnes : {columns} ({encoding}, séparées par {delimiter}, en-tête à la ligne {header}).</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search names, summaries and notes (Ctrl+F)</source>
        <translation>Chercher dans les noms, résumés et notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Supprimés récemment</translation>
    </message>
    <message>
        <source>Show the deleted records, to restore one</source>
        <translation>Afficher les fiches supprimées, pour en rétablir une</translation>
    </message>
    <message>
        <source>Any {0}</source>
        <translation>{1} : sans filtre</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>Bienvenue dans {0}</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing is set up on this computer yet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Create your division&lt;/b&gt;: a new, empty database for your division&apos;s records, encrypted with a passphrase you choose. It is kept in&lt;br&gt;{0}&lt;/p&gt;&lt;p&gt;Or &lt;b&gt;look around a demo division&lt;/b&gt; first: a made-up division to try the app on. It is kept apart, in&lt;br&gt;{1}&lt;br&gt;and marked “{2}” in the title bar, the status bar and its PDFs. What you write there is not a record.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rien n&apos;est encore configuré sur cet ordinateur.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Créez votre division&lt;/b&gt; : une nouvelle base de données, vide, pour les dossiers de votre division, chiffrée avec une phrase de passe de votre choix. Elle est conservée dans&lt;br&gt;{0}&lt;/p&gt;&lt;p&gt;Ou &lt;b&gt;explorez d&apos;abord une division de démonstration&lt;/b&gt; : une division fictive pour essayer l&apos;application. Elle est conservée à part, dans&lt;br&gt;{1}&lt;br&gt;et marquée « {2} » dans la barre de titre, la barre d&apos;état et ses PDF. Ce que vous y écrivez n&apos;est pas un dossier.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Create my division…</source>
        <translation>&amp;Créer ma division…</translation>
    </message>
    <message>
        <source>&amp;Look around a demo</source>
        <translation>&amp;Explorer une démo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>FormPanel</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Enter or Ctrl+S</source>
        <translation>Entrée ou Ctrl+S</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Esc: put back what is stored</source>
        <translation>Échap : remettre ce qui est enregistré</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Every change to this record: who, when, before and after</source>
        <translation>Chaque modification de cette fiche : qui, quand, avant et après</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler l&apos;action</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>e.g. Compton St. lot after dark</source>
        <translation>p. ex. Terrain de la rue Compton, la nuit</translation>
    </message>
    <message>
        <source>&amp;Neighbourhoods</source>
        <translation>&amp;Quartiers</translation>
    </message>
    <message>
        <source>&amp;Quadrant</source>
        <translation>Qu&amp;adrant</translation>
    </message>
    <message>
        <source>Who &amp;leads</source>
        <translation>Qui &amp;dirige</translation>
    </message>
    <message>
        <source>In the beginning police lead, always looking for community members who can take over; each hand-over is dated.</source>
        <translation>Au début, la police dirige, toujours à la recherche de membres de la communauté qui peuvent prendre le relais; chaque passation est datée.</translation>
    </message>
    <message>
        <source>Lead a&amp;gency</source>
        <translation>&amp;Organisme responsable</translation>
    </message>
    <message>
        <source>With a partner agency lead: which agency leads.</source>
        <translation>Avec une direction par un organisme partenaire : lequel dirige.</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Partenaires</translation>
    </message>
    <message>
        <source>CSWB plan &amp;risks</source>
        <translation>&amp;Risques du plan SBEC</translation>
    </message>
    <message>
        <source>Ne&amp;xt step</source>
        <translation>Pro&amp;chaine étape</translation>
    </message>
    <message>
        <source>e.g. Lighting audit with the city</source>
        <translation>p. ex. Vérification de l&apos;éclairage avec la Ville</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Éc&amp;héance</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Échéance de la prochaine étape</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Offender</source>
        <translation>Délinquant</translation>
    </message>
    <message>
        <source>Victim or target</source>
        <translation>Victime ou cible</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Controllers</source>
        <translation>Qui les contrôle</translation>
    </message>
    <message>
        <source>Handler, guardian, place manager</source>
        <translation>Encadrant, gardien, gestionnaire du lieu</translation>
    </message>
    <message>
        <source>Who does what, by when</source>
        <translation>Qui fait quoi, pour quand</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Call types</source>
        <translation>Types d&apos;appel</translation>
    </message>
    <message>
        <source>e.g. Drugs; Disturbance (as the CAD names them)</source>
        <translation>p. ex. Drogues; Trouble (comme le RAO les nomme)</translation>
    </message>
    <message>
        <source>The calls for service the problem shows in: counted before and after the response began.</source>
        <translation>Les appels de service où le problème se manifeste : comptés avant et après le début de l&apos;intervention.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>(pas encore)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Stage: </source>
        <translation>Étape : </translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation>{0} depuis le {1}</translation>
    </message>
    <message>
        <source>Who led: {0}.
Stages: {1}.</source>
        <translation>Direction : {0}.
Étapes : {1}.</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>Move to {0}</source>
        <translation>Passer à l&apos;étape {0}</translation>
    </message>
    <message>
        <source>Move initiative to the next stage</source>
        <translation>Passer l&apos;initiative à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>Moved to {0}.</source>
        <translation>Initiative passée à l&apos;étape {0}.</translation>
    </message>
</context>
<context>
    <name>KindWords</name>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>partners</source>
        <translation>partenaires</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>deleted partner</source>
        <translation>partenaire supprimé</translation>
    </message>
    <message>
        <source>deleted partners</source>
        <translation>partenaires supprimés</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>deleted contact</source>
        <translation>contact supprimé</translation>
    </message>
    <message>
        <source>deleted contacts</source>
        <translation>contacts supprimés</translation>
    </message>
    <message>
        <source>initiative</source>
        <translation>initiative</translation>
    </message>
    <message>
        <source>initiatives</source>
        <translation>initiatives</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nouvelle initiative</translation>
    </message>
    <message>
        <source>deleted initiative</source>
        <translation>initiative supprimée</translation>
    </message>
    <message>
        <source>deleted initiatives</source>
        <translation>initiatives supprimées</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>officers</source>
        <translation>agents</translation>
    </message>
    <message>
        <source>New officer</source>
        <translation>Nouvel agent</translation>
    </message>
    <message>
        <source>deleted officer</source>
        <translation>agent supprimé</translation>
    </message>
    <message>
        <source>deleted officers</source>
        <translation>agents supprimés</translation>
    </message>
    <message>
        <source>briefing item</source>
        <translation>élément de breffage</translation>
    </message>
    <message>
        <source>briefing items</source>
        <translation>éléments de breffage</translation>
    </message>
    <message>
        <source>New briefing item</source>
        <translation>Nouvel élément de breffage</translation>
    </message>
    <message>
        <source>deleted briefing item</source>
        <translation>élément de breffage supprimé</translation>
    </message>
    <message>
        <source>deleted briefing items</source>
        <translation>éléments de breffage supprimés</translation>
    </message>
    <message>
        <source>beat</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>beats</source>
        <translation>secteurs</translation>
    </message>
    <message>
        <source>New beat</source>
        <translation>Nouveau secteur</translation>
    </message>
    <message>
        <source>deleted beat</source>
        <translation>secteur supprimé</translation>
    </message>
    <message>
        <source>deleted beats</source>
        <translation>secteurs supprimés</translation>
    </message>
    <message>
        <source>neighbourhood</source>
        <translation>quartier</translation>
    </message>
    <message>
        <source>neighbourhoods</source>
        <translation>quartiers</translation>
    </message>
    <message>
        <source>New neighbourhood</source>
        <translation>Nouveau quartier</translation>
    </message>
    <message>
        <source>deleted neighbourhood</source>
        <translation>quartier supprimé</translation>
    </message>
    <message>
        <source>deleted neighbourhoods</source>
        <translation>quartiers supprimés</translation>
    </message>
    <message>
        <source>plan risk</source>
        <translation>risque du plan</translation>
    </message>
    <message>
        <source>plan risks</source>
        <translation>risques du plan</translation>
    </message>
    <message>
        <source>New plan risk</source>
        <translation>Nouveau risque du plan</translation>
    </message>
    <message>
        <source>deleted plan risk</source>
        <translation>risque du plan supprimé</translation>
    </message>
    <message>
        <source>deleted plan risks</source>
        <translation>risques du plan supprimés</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>évaluations</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>quart</translation>
    </message>
    <message>
        <source>shifts</source>
        <translation>quarts</translation>
    </message>
    <message>
        <source>assignment</source>
        <translation>affectation</translation>
    </message>
    <message>
        <source>assignments</source>
        <translation>affectations</translation>
    </message>
    <message>
        <source>directed task</source>
        <translation>tâche dirigée</translation>
    </message>
    <message>
        <source>directed tasks</source>
        <translation>tâches dirigées</translation>
    </message>
    <message>
        <source>personal details record</source>
        <translation>fiche de renseignements personnels</translation>
    </message>
    <message>
        <source>personal details records</source>
        <translation>fiches de renseignements personnels</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Nouvelle fiche {0}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Briefing sheets are made in {0} from now on; the window speaks it from the next start.</source>
        <translation>Les feuilles de breffage sont désormais produites en {0} ; la fenêtre l&apos;adoptera au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>this database</source>
        <translation>cette base de données</translation>
    </message>
    <message>
        <source>The desk locked itself after {minutes} minutes without use, to keep the records private. Type the passphrase of {name} to go on; nothing you were typing is lost.</source>
        <translation>Le poste s&apos;est verrouillé après {minutes} minutes d&apos;inactivité, pour garder les fiches confidentielles. Tapez la phrase de passe de {name} pour continuer ; rien de ce que vous tapiez n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The desk locked itself after {minutes} minutes without use. {name} is not encrypted, so no passphrase is needed: continue if this is you. Nothing you were typing is lost.</source>
        <translation>Le poste s&apos;est verrouillé après {minutes} minutes d&apos;inactivité. {name} n&apos;est pas chiffré : aucune phrase de passe n&apos;est donc nécessaire ; continuez si c&apos;est bien vous. Rien de ce que vous tapiez n&apos;est perdu.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Cette phrase de passe n&apos;est pas la bonne. Réessayez.</translation>
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
        <source>&amp;Access request…</source>
        <translation>&amp;Demande d&apos;accès…</translation>
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
        <source>CSWB &amp;plan…</source>
        <translation>&amp;Plan SBEC…</translation>
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
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Columns whose names match a field are matched already; change any that is wrong.</source>
        <translation>Les colonnes dont le nom correspond à un champ sont déjà associées ; corrigez celles qui sont erronées.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Va dans</translation>
    </message>
    <message>
        <source>Date of the batch:</source>
        <translation>Date du lot :</translation>
    </message>
    <message>
        <source>Assessor or source:</source>
        <translation>Évaluateur ou source :</translation>
    </message>
    <message>
        <source>Load a saved mapping…</source>
        <translation>Charger une association enregistrée…</translation>
    </message>
    <message>
        <source>Save this mapping…</source>
        <translation>Enregistrer cette association…</translation>
    </message>
    <message>
        <source>Field for column {0}</source>
        <translation>Champ de la colonne {0}</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Indicator, scored for threat</source>
        <translation>Indicateur, compté pour la menace</translation>
    </message>
    <message>
        <source>Indicator, kept (not scored)</source>
        <translation>Indicateur, conservé (non compté)</translation>
    </message>
    <message>
        <source>{0} is chosen for more than one column.</source>
        <translation>{0} est choisi pour plus d&apos;une colonne.</translation>
    </message>
    <message>
        <source>Fields marked * are required. Every column is matched that needs to be.</source>
        <translation>Les champs marqués * sont obligatoires. Toutes les colonnes nécessaires sont associées.</translation>
    </message>
    <message>
        <source>Load a saved mapping</source>
        <translation>Charger une association enregistrée</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Associations (*.json)</translation>
    </message>
    <message>
        <source>That mapping is for {0}, not for this file&apos;s kind.</source>
        <translation>Cette association est pour : {0}, pas pour le contenu de ce fichier.</translation>
    </message>
    <message>
        <source>Save this mapping</source>
        <translation>Enregistrer cette association</translation>
    </message>
</context>
<context>
    <name>ModelHelpDialog</name>
    <message>
        <source>In the model’s own words</source>
        <translation>Dans les propres mots du modèle</translation>
    </message>
    <message>
        <source>Front-line officer actions:</source>
        <translation>Actions des agents de première ligne :</translation>
    </message>
    <message>
        <source>On crime prevention, as said in the consultation on the model:</source>
        <translation>Sur la prévention du crime, tel que dit lors de la consultation sur le modèle :</translation>
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
    <name>ModelWords</name>
    <message>
        <source>The app’s translation:</source>
        <translation>Traduction de l’application :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>The app’s reading (not the model’s words)</source>
        <translation>La lecture de l’application (pas les mots du modèle)</translation>
    </message>
</context>
<context>
    <name>MultiRecordPicker</name>
    <message>
        <source>Type three letters of a {0}, Enter to add</source>
        <translation>Tapez trois lettres d&apos;un nom, Entrée pour l&apos;ajouter</translation>
    </message>
    <message>
        <source>Backspace in the empty box above takes off the last {0}; or select one here and press Delete</source>
        <translation>Retour arrière dans la case vide ci-dessus retire le dernier choix ; ou sélectionnez-en un ici et appuyez sur Suppr</translation>
    </message>
    <message>
        <source>{0}: add one</source>
        <translation>{0} : en ajouter</translation>
    </message>
    <message>
        <source>{0}: chosen</source>
        <translation>{0} : choix faits</translation>
    </message>
    <message>
        <source>No {0} is named &apos;{1}&apos;. Pick one from the list, or clear the text.</source>
        <translation>Aucun nom de la liste ne correspond à « {1} ». Choisissez-en un dans la liste, ou effacez le texte.</translation>
    </message>
    <message>
        <source>(deleted {0})</source>
        <translation>(fiche {0} supprimée)</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodDialog</name>
    <message>
        <source>Neighbourhood details</source>
        <translation>Détails du quartier</translation>
    </message>
    <message>
        <source>New neighbourhood</source>
        <translation>Nouveau quartier</translation>
    </message>
    <message>
        <source>Change neighbourhood details</source>
        <translation>Modifier les détails du quartier</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodForm</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>e.g. Rideau Heights</source>
        <translation>p. ex. Rideau Heights</translation>
    </message>
    <message>
        <source>No beat</source>
        <translation>Aucun secteur</translation>
    </message>
    <message>
        <source>&amp;Beat</source>
        <translation>&amp;Secteur</translation>
    </message>
    <message>
        <source>&amp;Population</source>
        <translation>&amp;Population</translation>
    </message>
    <message>
        <source>e.g. 4200</source>
        <translation>p. ex. 4200</translation>
    </message>
    <message>
        <source>Residents; calls for service are counted per 1,000 of them.</source>
        <translation>Résidents ; les appels de service sont comptés par tranche de 1 000.</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Streets, landmarks, who lives there. Ctrl+Enter saves.</source>
        <translation>Rues, points de repère, qui y vit. Ctrl+Entrée enregistre.</translation>
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
        <translation>Chaque quartier à sa dernière évaluation ; les flèches montrent le déplacement depuis la précédente. Cliquez sur un point (ou allez-y avec Tab et appuyez sur Entrée) pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>population {0}</source>
        <translation>population {0}</translation>
    </message>
    <message>
        <source>not yet placed: capacity unknown (threat {0}, {1}); New assessment… places it</source>
        <translation>pas encore placé : capacité inconnue (menace {0}, {1}); Nouvelle évaluation… le place</translation>
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
        <source>Too short: at least 8 characters.</source>
        <translation>Trop courte : au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Weak: longer is better; a few words you will remember make a good passphrase.</source>
        <translation>Faible : plus longue, c&apos;est mieux ; quelques mots dont vous vous souviendrez font une bonne phrase de passe.</translation>
    </message>
    <message>
        <source>Fair: a little longer, or a mix of words and numbers, makes it strong.</source>
        <translation>Passable : un peu plus longue, ou un mélange de mots et de chiffres, la rendrait robuste.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>A new, empty database for your division. It is encrypted with a passphrase: without it nobody can read the file, and nobody can recover it for you either.</source>
        <translation>Une nouvelle base de données vide pour votre division. Elle est chiffrée par une phrase de passe : sans elle, personne ne peut lire le fichier, et personne ne peut non plus la récupérer pour vous.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Phrase de pa&amp;sse :</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase de passe, de nouveau</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Phrase de passe, de n&amp;ouveau :</translation>
    </message>
    <message>
        <source>Do &amp;not encrypt this database</source>
        <translation>&amp;Ne pas chiffrer cette base de données</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Databases (*.db)</source>
        <translation>Bases de données (*.db)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Choose where to put the new database.</source>
        <translation>Choisissez où placer la nouvelle base de données.</translation>
    </message>
    <message>
        <source>The file cannot be created: {0}</source>
        <translation>Le fichier ne peut pas être créé : {0}</translation>
    </message>
</context>
<context>
    <name>NewShiftDialog</name>
    <message>
        <source> (clocks go back)</source>
        <translation> (on recule l&apos;heure)</translation>
    </message>
    <message>
        <source> (clocks go forward)</source>
        <translation> (on avance l&apos;heure)</translation>
    </message>
    <message>
        <source>, ends the next day</source>
        <translation>, se termine le lendemain</translation>
    </message>
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
    <message>
        <source>{0} (inactive)</source>
        <translation>{0} (inactif)</translation>
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
        <translation>&amp;Insigne</translation>
    </message>
    <message>
        <source>e.g. 4471</source>
        <translation>p. ex. 4471</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Grade</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Platoon</source>
        <translation>P&amp;eloton</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Active: works in the division now</source>
        <translation>&amp;Actif : travaille actuellement dans la division</translation>
    </message>
    <message>
        <source>Inactive officers stay on their past contacts and shifts.</source>
        <translation>Les agents inactifs restent inscrits sur leurs contacts et quarts passés.</translation>
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
        <source>&lt;b&gt;Officers free (every platoon)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Agents disponibles (tous les pelotons)&lt;/b&gt;</translation>
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
    <name>ParticipationBox</name>
    <message>
        <source>Who took part</source>
        <translation>Qui y a pris part</translation>
    </message>
    <message>
        <source>A partner completed the form</source>
        <translation>Un partenaire a rempli le formulaire</translation>
    </message>
    <message>
        <source>Residents surveyed</source>
        <translation>Résidents sondés</translation>
    </message>
    <message>
        <source>Partners consulted</source>
        <translation>Partenaires consultés</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>A resident&apos;s own phone, email and address. Kept apart from the business details above, and left out of exports and briefings unless asked for.</source>
        <translation>Le téléphone, le courriel et l&apos;adresse personnels d&apos;un résident. Gardés à part des coordonnées professionnelles ci-dessus, et exclus des exportations et des breffages sauf demande expresse.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Advisory sector</source>
        <translation>S&amp;ecteur consultatif</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The CSWB plan&apos;s advisory committee sector it speaks for, beside its kind.</source>
        <translation>Le secteur du comité consultatif du plan SBEC qu&apos;il représente, à côté de son type.</translation>
    </message>
    <message>
        <source>CSWB plan r&amp;isks</source>
        <translation>R&amp;isques du plan SBEC</translation>
    </message>
    <message>
        <source>An &amp;organization (not a person)</source>
        <translation>Une &amp;organisation (pas une personne)</translation>
    </message>
    <message>
        <source>Natural community &amp;leader</source>
        <translation>Leader nat&amp;urel de la communauté</translation>
    </message>
    <message>
        <source>Acti&amp;ve: we work with them now</source>
        <translation>Acti&amp;f : nous collaborons actuellement</translation>
    </message>
    <message>
        <source>Neighbourhoods &amp;served</source>
        <translation>&amp;Quartiers desservis</translation>
    </message>
    <message>
        <source>Business contact</source>
        <translation>Coordonnées professionnelles</translation>
    </message>
    <message>
        <source>&amp;Contact name</source>
        <translation>&amp;Personne-ressource</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Té&amp;léphone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Note&amp;s</translation>
    </message>
    <message>
        <source>Resident&apos;s personal details</source>
        <translation>Renseignements personnels du résident</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Téléphone à domicile</translation>
    </message>
    <message>
        <source>Personal email</source>
        <translation>Courriel personnel</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Adresse du domicile</translation>
    </message>
    <message>
        <source>Personal notes</source>
        <translation>Notes personnelles</translation>
    </message>
    <message>
        <source>Last contact: &lt;b&gt;{0}&lt;/b&gt; ({1} in all)</source>
        <translation>Dernier contact : &lt;b&gt;{0}&lt;/b&gt; ({1} en tout)</translation>
    </message>
    <message>
        <source>No contact logged yet.</source>
        <translation>Aucun contact noté pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Open initiatives: {0}</source>
        <translation>Initiatives en cours : {0}</translation>
    </message>
    <message>
        <source>No open initiatives.</source>
        <translation>Aucune initiative en cours.</translation>
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
        <source>CS&amp;WB plan report (PDF)…</source>
        <translation>Rappor&amp;t sur le plan SBEC (PDF)…</translation>
    </message>
    <message>
        <source>Briefing PDF</source>
        <translation>Breffage (PDF)</translation>
    </message>
    <message>
        <source>Print the roll-call sheet of this shift.</source>
        <translation>Imprimer la feuille d&apos;appel de ce quart.</translation>
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
        <translation>Tout dans un seul PDF</translation>
    </message>
    <message>
        <source>One PDF per neighbourhood, in a folder</source>
        <translation>Un PDF par quartier, dans un dossier</translation>
    </message>
    <message>
        <source>Add the &amp;detail pages</source>
        <translation>Ajouter les pages de &amp;détail</translation>
    </message>
    <message>
        <source>After the one-page roll-call sheet: each beat&apos;s neighbourhoods, initiatives, follow-ups and key partners</source>
        <translation>Après la feuille d&apos;appel d&apos;une page : les quartiers, initiatives, suivis et partenaires clés de chaque secteur</translation>
    </message>
    <message>
        <source>Partners&apos; &amp;phone and e-mail in them</source>
        <translation>&amp;Téléphone et courriel des partenaires</translation>
    </message>
    <message>
        <source>Include residents&apos; personal details</source>
        <translation>Inclure les renseignements personnels des résidents</translation>
    </message>
    <message>
        <source>Home phone, personal email and home address are personal information. They are left out unless you include them, and every page then says so.</source>
        <translation>Le téléphone à domicile, le courriel personnel et l&apos;adresse du domicile sont des renseignements personnels. Ils sont exclus à moins que vous ne les incluiez, et chaque page l&apos;indique alors.</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <translation>&amp;Langue du PDF :</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check, then import</source>
        <translation>Vérifier, puis importer</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. The import writes every row, or none.</source>
        <translation>Chaque ligne est vérifiée avant que quoi que ce soit soit écrit. L&apos;importation écrit toutes les lignes, ou aucune.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v lignes sur %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Read the file again, after fixing it</source>
        <translation>Relire le fichier, une fois corrigé</translation>
    </message>
    <message>
        <source>Checking {0} rows…</source>
        <translation>Vérification de {0} lignes…</translation>
    </message>
    <message>
        <source>Nothing can be imported yet: the file has {0} problems, listed by row. Fix the file, save it, then press Check again.</source>
        <translation>Rien ne peut encore être importé : le fichier a {0} problèmes, énumérés par ligne. Corrigez le fichier, enregistrez-le, puis appuyez sur Vérifier de nouveau.</translation>
    </message>
    <message>
        <source>Ready to import: {0}. Press Import to write them all.</source>
        <translation>Prêt à importer : {0}. Appuyez sur Importer pour tout écrire.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Écriture</translation>
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
        <translation>Ce que signifie le quadrant choisi dans le diagramme ; les flèches font défiler le texte</translation>
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
        <source>The model: {0}</source>
        <translation>Le modèle : {0}</translation>
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
        <source>Next: {0} by {1}</source>
        <translation>Prochaine étape : {0} d&apos;ici le {1}</translation>
    </message>
    <message>
        <source>Next: {0}</source>
        <translation>Prochaine étape : {0}</translation>
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
    <name>ReadableValues</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(a {0} no longer in the file)</source>
        <translation>(fiche {0} qui n&apos;est plus dans le fichier)</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimée le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Recently deleted</source>
        <translation>Éléments supprimés récemment</translation>
    </message>
    <message>
        <source>Deleted records wait here. Restore brings one back to its page as it was; Undo (Ctrl+Z) deletes it again.</source>
        <translation>Les fiches supprimées attendent ici. Rétablir en ramène une sur sa page telle qu&apos;elle était ; Annuler (Ctrl+Z) la supprime de nouveau.</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>records</source>
        <translation>fiches</translation>
    </message>
    <message>
        <source>No deleted {0}. When you delete a record, it waits here to be restored.</source>
        <translation>Aucune fiche supprimée parmi les {0}. Une fiche supprimée attend ici d&apos;être rétablie.</translation>
    </message>
    <message>
        <source>{0} was not restored: {1}</source>
        <translation>Rétablissement impossible de « {0} » : {1}</translation>
    </message>
    <message>
        <source>{0} restored: {1}. Undo (Ctrl+Z) deletes it again.</source>
        <translation>Fiche {2} rétablie : {1}. Annuler (Ctrl+Z) la supprime de nouveau.</translation>
    </message>
</context>
<context>
    <name>RecordChanges</name>
    <message>
        <source>Undone: {0}. Ctrl+Shift+Z does it again.</source>
        <translation>Annulé : {0}. Ctrl+Maj+Z le refait.</translation>
    </message>
    <message>
        <source>Done again: {0}.</source>
        <translation>Refait : {0}.</translation>
    </message>
</context>
<context>
    <name>RecordCommand</name>
    <message>
        <source>Add {0}</source>
        <translation>Ajout d&apos;une fiche {0}</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Modification d&apos;une fiche {0}</translation>
    </message>
    <message>
        <source>Could not {0}: {2}</source>
        <translation>Échec de l&apos;action « {1} » : {2}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Suppression d&apos;une fiche {0}</translation>
    </message>
    <message>
        <source>Restore {0}</source>
        <translation>Rétablissement d&apos;une fiche {0}</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source> found</source>
        <translation> répondant aux critères</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Rien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The {0} that match the search and filters; the one selected shows in the form beside the list</source>
        <translation>Les {0} qui répondent à la recherche et aux filtres ; la fiche sélectionnée s&apos;affiche dans le formulaire à côté de la liste</translation>
    </message>
    <message>
        <source>Contacts logged by the officer chosen (not counted per officer)</source>
        <translation>Contacts consignés par l&apos;agent choisi (non comptés par agent)</translation>
    </message>
    <message>
        <source>Nothing deleted. Deleted {0} wait here, to be restored.</source>
        <translation>Aucune fiche supprimée parmi les {0}. Une fiche supprimée attend ici d&apos;être rétablie.</translation>
    </message>
    <message>
        <source>No {0} match. Change the search or the filters.</source>
        <translation>Aucun résultat parmi les {0}. Modifiez la recherche ou les filtres.</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (fiche supprimée)</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>Beats</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>No beats yet. Add the division&apos;s beats (New beat, Ctrl+N), then put each neighbourhood in its beat.</source>
        <translation>Aucun secteur pour l&apos;instant. Ajoutez les secteurs de la division (Nouveau secteur, Ctrl+N), puis placez chaque quartier dans son secteur.</translation>
    </message>
    <message>
        <source>Briefing items</source>
        <translation>Éléments de breffage</translation>
    </message>
    <message>
        <source>No briefing items yet. Add a be-on-the-lookout, an officer-safety hazard, a directed patrol or a notice (New briefing item, Ctrl+N): each shift&apos;s briefing lists the ones in force.</source>
        <translation>Aucun élément de breffage pour l&apos;instant. Ajoutez un avis de recherche, un danger pour la sécurité des agents, une patrouille dirigée ou un avis (Nouvel élément de breffage, Ctrl+N) : le breffage de chaque quart énumère ceux qui sont en vigueur.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>No contacts yet. Log one with New contact (Ctrl+N here, Ctrl+L from any page), or import a spreadsheet from the File menu.</source>
        <translation>Aucun contact pour l&apos;instant. Notez-en un avec Nouveau contact (Ctrl+N ici, Ctrl+L depuis n&apos;importe quelle page), ou importez un tableur depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>No initiatives yet. Start one when a problem keeps coming back (New initiative, Ctrl+N): it moves through Scanning, Analysis, Response and Assessment.</source>
        <translation>Aucune initiative pour l&apos;instant. Lancez-en une quand un problème revient sans cesse (Nouvelle initiative, Ctrl+N) : elle passe par le Repérage, l&apos;Analyse, l&apos;Intervention et l&apos;Évaluation.</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>No officers yet. Add the division&apos;s officers (New officer, Ctrl+N), or import a spreadsheet from the File menu.</source>
        <translation>Aucun agent pour l&apos;instant. Ajoutez les agents de la division (Nouvel agent, Ctrl+N), ou importez un tableur depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>No partners yet. Add the agencies, groups, schools and residents you work with (New partner, Ctrl+N), or import a spreadsheet from the File menu.</source>
        <translation>Aucun partenaire pour l&apos;instant. Ajoutez les organismes, groupes, écoles et résidents avec qui vous travaillez (Nouveau partenaire, Ctrl+N), ou importez un tableur depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>CSWB plan</source>
        <translation>Plan SBEC</translation>
    </message>
    <message>
        <source>No plan yet. Type the municipality&apos;s priority risks (New plan risk, Ctrl+N), or bring them in from a spreadsheet (File &gt; Import…, CSWB plan risks).</source>
        <translation>Aucun plan pour l&apos;instant. Saisissez les risques prioritaires de la municipalité (Nouveau risque du plan, Ctrl+N), ou importez-les d&apos;un tableur (Fichier &gt; Importer…, Risques du PSBEC).</translation>
    </message>
</context>
<context>
    <name>RecordPageDialog</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type three letters of the {0}</source>
        <translation>Tapez trois lettres du nom</translation>
    </message>
    <message>
        <source>No {0} is named &apos;{1}&apos;. Type part of the name and pick from the list.</source>
        <translation>Aucun nom de la liste ne correspond à « {1} ». Tapez une partie du nom et choisissez dans la liste.</translation>
    </message>
</context>
<context>
    <name>RecordWriting</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>This {0} has changes that are not saved. Save them?</source>
        <translation>La fiche {0} a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Fiche enregistrée.</translation>
    </message>
    <message>
        <source>{0} deleted. Undo (Ctrl+Z) brings it back; so does Recently deleted.</source>
        <translation>Fiche {1} supprimée. Annuler (Ctrl+Z) la rétablit, tout comme Éléments supprimés récemment.</translation>
    </message>
    <message>
        <source>{0} restored.</source>
        <translation>Fiche {1} rétablie.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>{total} rows imported from {file}: {created} created, {updated} updated, {unchanged} unchanged. Every change is in the audit log.</source>
        <translation>{total} lignes importées de {file} : {created} créées, {updated} mises à jour, {unchanged} inchangées. Chaque modification figure au journal de vérification.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Scheduled retention review</source>
        <translation>Examen de conservation prévu</translation>
    </message>
    <message>
        <source>Review retention</source>
        <translation>Revoir la conservation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>What is erased</source>
        <translation>Ce qui est effacé</translation>
    </message>
    <message>
        <source>Why put it off? (kept in the audit log)</source>
        <translation>Pourquoi le reporter? (consigné au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Reason to put the review off</source>
        <translation>Raison de reporter l&apos;examen</translation>
    </message>
    <message>
        <source>Erase these details…</source>
        <translation>Effacer ces renseignements…</translation>
    </message>
    <message>
        <source>Put off {0} days</source>
        <translation>Reporter de {0} jours</translation>
    </message>
    <message>
        <source>Nothing has been kept longer than {0} months: there is nothing to erase.</source>
        <translation>Rien n&apos;a été conservé plus de {0} mois : il n&apos;y a rien à effacer.</translation>
    </message>
    <message>
        <source>Kept longer than {months} months (before {cutoff}): {contacts} contacts and {personal} residents&apos; personal details. Erasing keeps each contact&apos;s date, officer, neighbourhood, kind and partner agencies for the statistics.</source>
        <translation>Conservés plus de {months} mois (avant le {cutoff}) : {contacts} contacts et {personal} renseignements personnels de résidents. L&apos;effacement garde la date, l&apos;agent, le quartier, le type et les organismes partenaires de chaque contact pour les statistiques.</translation>
    </message>
    <message>
        <source>The service&apos;s retention review is due. {0} Erase them now, or put the review off for a reason.</source>
        <translation>L&apos;examen de conservation du service est dû. {0} Effacez-les maintenant, ou reportez l&apos;examen pour une raison.</translation>
    </message>
    <message>
        <source>Summary, follow-up notes, links to residents</source>
        <translation>Résumé, notes de suivi, liens vers des résidents</translation>
    </message>
    <message>
        <source>Home phone, personal email, home address, notes</source>
        <translation>Téléphone à domicile, courriel personnel, adresse du domicile, notes</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (supprimé)</translation>
    </message>
    <message>
        <source>Erase personal details</source>
        <translation>Effacer les renseignements personnels</translation>
    </message>
    <message>
        <source>Erase these details for good? This cannot be undone (backups taken earlier still hold them until they are replaced).</source>
        <translation>Effacer ces renseignements pour de bon ? Cette action est irréversible (les sauvegardes faites avant les contiennent encore jusqu&apos;à ce qu&apos;elles soient remplacées).</translation>
    </message>
    <message>
        <source>Cannot erase</source>
        <translation>Effacement impossible</translation>
    </message>
    <message>
        <source>Cannot put it off</source>
        <translation>Report impossible</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Type a name, a badge, a plate or a word from a summary. Officers, partners, neighbourhoods, beats, initiatives, briefing items (expired ones too) and contacts are all searched.</source>
        <translation>Tapez un nom, un numéro d&apos;insigne, une plaque ou un mot d&apos;un résumé. La recherche couvre les agents, partenaires, quartiers, secteurs, initiatives, éléments de breffage (même expirés) et contacts.</translation>
    </message>
    <message>
        <source>Find anything</source>
        <translation>Tout chercher</translation>
    </message>
    <message>
        <source>Search every record…</source>
        <translation>Chercher dans toutes les fiches…</translation>
    </message>
    <message>
        <source>Type part of a name or a note; Down and Enter open a result below</source>
        <translation>Tapez une partie d&apos;un nom ou d&apos;une note ; Bas puis Entrée ouvrent un résultat ci-dessous</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter opens · Esc closes</source>
        <translation>↑ ↓ choisir · Entrée ouvre · Échap ferme</translation>
    </message>
    <message>
        <source>Nothing matches “{0}”. Check the spelling, or type fewer letters: “comp” finds Compton.</source>
        <translation>Rien ne correspond à « {0} ». Vérifiez l&apos;orthographe, ou tapez moins de lettres : « comp » trouve Compton.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>{0} (the first few: type more to narrow)</source>
        <translation>{0} (premiers résultats : tapez plus pour préciser)</translation>
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
        <source>Debrief…</source>
        <translation>Compte rendu…</translation>
    </message>
    <message>
        <source>At the end of the shift: each task done, not done or carried over</source>
        <translation>À la fin du quart : chaque tâche faite, non faite ou reportée</translation>
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
        <source>{0} hours</source>
        <translation>{0} heures</translation>
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
        <translation>{0} événements enregistrés dans {1}. Importez-le dans les calendriers ; l&apos;enregistrer de nouveau plus tard met à jour les mêmes événements.</translation>
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
        <translation>Les touches des menus. Dans une page, Ctrl+N crée une nouvelle fiche, Ctrl+F mène à sa recherche, Entrée enregistre et Échap rétablit ce qui était enregistré ; Tab passe d&apos;une commande à la suivante.</translation>
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
        <translation>Synchroniser avec le dépôt du poste</translation>
    </message>
    <message>
        <source>Send the changes made on this laptop to the station hub, and take back the changes the other sergeants sent. A record edited on two laptops keeps the latest edit; the other version is kept for review. The database closes while it syncs and opens again after.</source>
        <translation>Envoyer au dépôt du poste les modifications faites sur ce portable, et reprendre celles que les autres sergents ont envoyées. Une fiche modifiée sur deux portables garde la modification la plus récente ; l&apos;autre version est conservée pour examen. La base de données se ferme pendant la synchronisation et se rouvre ensuite.</translation>
    </message>
    <message>
        <source>&amp;Choose hub file…</source>
        <translation>&amp;Choisir le fichier du dépôt…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Review conflicts…</source>
        <translation>&amp;Revoir les conflits…</translation>
    </message>
    <message>
        <source>Choose the station hub&apos;s file</source>
        <translation>Choisir le fichier du dépôt du poste</translation>
    </message>
    <message>
        <source>Databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>That is this laptop&apos;s own database. Choose the station hub&apos;s file (made with `python -m ompm_desktop hub --db HUBPATH --init-from YOURDATABASE`).</source>
        <translation>C&apos;est la base de données de ce portable. Choisissez le fichier du dépôt du poste (créé avec `python -m ompm_desktop hub --db HUBPATH --init-from YOURDATABASE`).</translation>
    </message>
    <message>
        <source>Cannot remember the hub</source>
        <translation>Impossible de retenir le dépôt</translation>
    </message>
    <message>
        <source>This database is not a file, so it cannot be synced.</source>
        <translation>Cette base de données n&apos;est pas un fichier : elle ne peut donc pas être synchronisée.</translation>
    </message>
    <message>
        <source>This database is open read-only (another copy of the app holds it), so it cannot be synced. Close the other copy first.</source>
        <translation>Cette base de données est ouverte en lecture seule (une autre copie de l&apos;application la détient) : elle ne peut donc pas être synchronisée. Fermez d&apos;abord l&apos;autre copie.</translation>
    </message>
    <message>
        <source>Choose the station hub&apos;s file first.</source>
        <translation>Choisissez d&apos;abord le fichier du dépôt du poste.</translation>
    </message>
    <message>
        <source>The station hub {hub} cannot be found. Plug in the drive it is on, or choose the file again.</source>
        <translation>Le dépôt du poste {hub} est introuvable. Branchez le lecteur où il se trouve, ou choisissez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopping after this step…</source>
        <translation>Arrêt après cette étape…</translation>
    </message>
    <message>
        <source>Cannot open the database again</source>
        <translation>Impossible de rouvrir la base de données</translation>
    </message>
    <message>
        <source>Not synced.</source>
        <translation>Non synchronisé.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>The hub&apos;s passphrase</source>
        <translation>Phrase de passe du dépôt</translation>
    </message>
    <message>
        <source>This laptop&apos;s passphrase does not open the station hub. Type the hub&apos;s passphrase:</source>
        <translation>La phrase de passe de ce portable n&apos;ouvre pas le dépôt du poste. Tapez la phrase de passe du dépôt :</translation>
    </message>
    <message>
        <source>Station hub: {hub}</source>
        <translation>Dépôt du poste : {hub}</translation>
    </message>
    <message>
        <source>No station hub chosen yet: choose its file (on the shared drive or USB stick).</source>
        <translation>Aucun dépôt du poste choisi pour l&apos;instant : choisissez son fichier (sur le lecteur partagé ou la clé USB).</translation>
    </message>
    <message>
        <source>&amp;Review conflicts ({count})…</source>
        <translation>&amp;Revoir les conflits ({count})…</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>The sync stopped on an unexpected error: {0}. Both files are sound; try again.</source>
        <translation>La synchronisation s&apos;est arrêtée sur une erreur inattendue : {0}. Les deux fichiers sont intacts ; réessayez.</translation>
    </message>
</context>
<context>
    <name>TaskBoard</name>
    <message>
        <source>No beats yet, so no tasks to suggest. Import the division&apos;s beats from File &gt; Import.</source>
        <translation>Aucun secteur pour l&apos;instant, donc aucune tâche à suggérer. Importez les secteurs de la division par Fichier &gt; Importer.</translation>
    </message>
    <message>
        <source>Working out the other beats&apos; suggestions…</source>
        <translation>Préparation des suggestions des autres secteurs…</translation>
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
        <source>Enter or double-click opens it</source>
        <translation>Entrée ou un double-clic l&apos;ouvre</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Today, {day}&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Shift:&lt;/b&gt; {shift}&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aujourd&apos;hui, {day}&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Quart :&lt;/b&gt; {shift}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overdue since {day}: {what} ({where}; {who})</source>
        <translation>En retard depuis le {day} : {what} ({where} ; {who})</translation>
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
        <source>Review the Situation Table referral of {day}: it holds a summary or names a resident (a referral keeps the date, the agency and the outcome)</source>
        <translation>Revoir le renvoi à la table de situation du {day} : il contient un résumé ou nomme un résident (un renvoi ne garde que la date, l&apos;organisme et le résultat)</translation>
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
        <source>{due}: {step} ({title})</source>
        <translation>{due} : {step} ({title})</translation>
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
    <message>
        <source>No neighbourhood yet. Add them on the Neighbourhoods page, then assess each one.</source>
        <translation>Aucun quartier pour l&apos;instant. Ajoutez-les à la page Quartiers, puis évaluez chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>Last shift&apos;s debrief</source>
        <translation>Compte rendu du dernier quart</translation>
    </message>
    <message>
        <source>No shift with directed tasks has ended yet.</source>
        <translation>Aucun quart avec des tâches dirigées n&apos;est encore terminé.</translation>
    </message>
    <message>
        <source>{done} done, {not_done} not done, {carried} carried over, {open} not debriefed</source>
        <translation>{done} faites, {not_done} non faites, {carried} reportées, {open} sans compte rendu</translation>
    </message>
    <message>
        <source>Last shift&apos;s debrief: {shift} ({counts})</source>
        <translation>Compte rendu du dernier quart : {shift} ({counts})</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import neighbourhood bo&amp;undaries…</source>
        <translation>Importer les li&amp;mites des quartiers…</translation>
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
        <translation>Remplacer tout le contenu de cette base de données par la sauvegarde du {when} ({records} contacts, partenaires et quartiers) ? La base de données actuelle est d&apos;abord mise de côté.</translation>
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
        <translation>Qui utilise l&apos;application</translation>
    </message>
    <message>
        <source>Every change you make is recorded in the audit log under this name. You can change it later from Edit &gt; Who is using the app…</source>
        <translation>Chaque modification que vous faites est inscrite au journal de vérification sous ce nom. Vous pourrez le changer plus tard dans Édition &gt; Qui utilise l&apos;application…</translation>
    </message>
    <message>
        <source>Changes from now on are recorded in the audit log under this name; earlier ones keep the name they were made under.</source>
        <translation>Les modifications faites à partir de maintenant sont inscrites au journal de vérification sous ce nom ; les précédentes gardent le nom sous lequel elles ont été faites.</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Numéro d&apos;insigne</translation>
    </message>
    <message>
        <source>e.g. 1042</source>
        <translation>p. ex. 1042</translation>
    </message>
    <message>
        <source>&amp;Badge number:</source>
        <translation>Numéro d&apos;&amp;insigne :</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>e.g. Sgt. J. Tremblay</source>
        <translation>p. ex. Sgt J. Tremblay</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
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
    <name>_Runner</name>
    <message>
        <source>The work stopped on an unexpected error: {0}</source>
        <translation>Le travail s&apos;est arrêté sur une erreur inattendue : {0}</translation>
    </message>
</context>
<context>
    <name>database_opening</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Passphrase for {name}:</source>
        <translation>Phrase de passe de {name} :</translation>
    </message>
    <message>
        <source>That passphrase is not right. Passphrase for {name}:</source>
        <translation>Cette phrase de passe n&apos;est pas la bonne. Phrase de passe de {name} :</translation>
    </message>
    <message>
        <source>{name} is already open for writing in another copy of the app.</source>
        <translation>{name} est déjà ouvert en écriture dans une autre copie de l&apos;application.</translation>
    </message>
    <message>
        <source>{name} is already open for writing by {user} on {host} (process {pid}, since {since}).</source>
        <translation>{name} est déjà ouvert en écriture par {user} sur {host} (processus {pid}, depuis {since}).</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de données en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Only one copy of the app can change a database at a time. Open it read-only to look things up (nothing can be saved), or cancel and close it in the other copy first.</source>
        <translation>Une seule copie de l&apos;application peut modifier une base de données à la fois. Ouvrez-la en lecture seule pour consulter (rien ne peut être enregistré), ou annulez et fermez-la d&apos;abord dans l&apos;autre copie.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>There is no backup of it to restore. The file is left as it is.</source>
        <translation>Il n&apos;en existe aucune sauvegarde à restaurer. Le fichier est laissé tel quel.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>The newest backup is from {when}. Restore it into a new file beside this one and open that? Changes made since the backup are not in it. The damaged file is kept exactly as it is.</source>
        <translation>La sauvegarde la plus récente date du {when}. La restaurer dans un nouveau fichier à côté de celui-ci et l&apos;ouvrir ? Les modifications faites depuis cette sauvegarde n&apos;y sont pas. Le fichier endommagé est conservé exactement tel quel.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>Impossible de faire cela</translation>
    </message>
</context>
</TS>
