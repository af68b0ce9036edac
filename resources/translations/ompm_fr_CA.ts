<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
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
</TS>
