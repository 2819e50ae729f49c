<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AuthorBar</name>
    <message>
        <source>Your Name…</source>
        <translation>Votre nom…</translation>
    </message>
    <message>
        <source>Keep this name</source>
        <translation>Garder ce nom</translation>
    </message>
    <message>
        <source>Your changes are recorded as “{0}”. Give your name or administration if it should be another.</source>
        <translation>Vos modifications sont enregistrées au nom de « {0} ». Indiquez votre nom ou votre administration s’il doit en être autrement.</translation>
    </message>
    <message>
        <source>Your changes are recorded without a name. Give your name or administration, as revision marks should show it.</source>
        <translation>Vos modifications sont enregistrées sans nom. Indiquez votre nom ou votre administration, tel que les marques de révision doivent l’afficher.</translation>
    </message>
</context>
<context>
    <name>BodyCommands</name>
    <message>
        <source>%1: a figure takes a PNG, JPEG or GIF picture</source>
        <translation>%1 : une figure prend une image PNG, JPEG ou GIF</translation>
    </message>
    <message>
        <source>%1: the picture is larger than %2 MiB</source>
        <translation>%1 : l&apos;image dépasse %2 Mio</translation>
    </message>
    <message>
        <source>%1: could not be read (%2)</source>
        <translation>%1 : lecture impossible (%2)</translation>
    </message>
    <message>
        <source>%1: not a picture this editor can show (damaged, or of another kind than its name says)</source>
        <translation>%1 : pas une image que cet éditeur peut afficher (endommagée, ou d&apos;un autre type que son nom l&apos;indique)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corps</translation>
    </message>
    <message>
        <source>Body &amp;Section</source>
        <translation>&amp;Section du corps</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Table &amp;Row</source>
        <translation>&amp;Ligne de tableau</translation>
    </message>
    <message>
        <source>&amp;Figure…</source>
        <translation>&amp;Figure…</translation>
    </message>
    <message>
        <source>&amp;Appendix</source>
        <translation>&amp;Appendice</translation>
    </message>
    <message>
        <source>Insert Figure</source>
        <translation>Insérer une figure</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Inserted clause</source>
        <translation>Alinéa inséré</translation>
    </message>
    <message>
        <source>Deleted clause</source>
        <translation>Alinéa supprimé</translation>
    </message>
    <message>
        <source>Inserted section</source>
        <translation>Section insérée</translation>
    </message>
    <message>
        <source>Deleted section</source>
        <translation>Section supprimée</translation>
    </message>
    <message>
        <source>Inserted annex</source>
        <translation>Annexe insérée</translation>
    </message>
    <message>
        <source>Deleted annex</source>
        <translation>Annexe supprimée</translation>
    </message>
    <message>
        <source>Inserted footnote</source>
        <translation>Note insérée</translation>
    </message>
    <message>
        <source>Deleted footnote</source>
        <translation>Note supprimée</translation>
    </message>
    <message>
        <source>Inserted proposal</source>
        <translation>Proposition insérée</translation>
    </message>
    <message>
        <source>Deleted proposal</source>
        <translation>Proposition supprimée</translation>
    </message>
    <message>
        <source>Inserted resolution</source>
        <translation>Résolution insérée</translation>
    </message>
    <message>
        <source>Deleted resolution</source>
        <translation>Résolution supprimée</translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation>Insertion</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Tout refuser</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept change</source>
        <translation>Accepter la modification</translation>
    </message>
    <message>
        <source>Reject change</source>
        <translation>Refuser la modification</translation>
    </message>
    <message>
        <source>Accept all changes</source>
        <translation>Accepter toutes les modifications</translation>
    </message>
    <message>
        <source>Reject all changes</source>
        <translation>Refuser toutes les modifications</translation>
    </message>
</context>
<context>
    <name>CommentCommands</name>
    <message>
        <source>New Co&amp;mment…</source>
        <translation>Nouveau co&amp;mmentaire…</translation>
    </message>
    <message>
        <source>Ne&amp;xt Comment</source>
        <translation>Commentaire &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious Comment</source>
        <translation>Commentaire &amp;précédent</translation>
    </message>
    <message>
        <source>No more comments.</source>
        <translation>Plus aucun commentaire.</translation>
    </message>
    <message>
        <source>New Comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>Comments are added in the Markup view.</source>
        <translation>Les commentaires s&apos;ajoutent dans l&apos;affichage Marques.</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Nouveau commentaire</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n open</source>
        <translation>
            <numerusform>, %n ouvert</numerusform>
            <numerusform>, %n ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Your reply to %1:</source>
        <translation>Votre réponse à %1 :</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>Répondre au commentaire</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Résoudre le commentaire</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Rouvrir le commentaire</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Supprimer le commentaire</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <source>the document has no unsaved changes</source>
        <translation>le document n&apos;a pas de modifications non enregistrées</translation>
    </message>
    <message>
        <source>the recovery copy could not be written (%1), so save the document under a new name now</source>
        <translation>la copie de récupération n&apos;a pas pu être écrite (%1) : enregistrez maintenant le document sous un nouveau nom</translation>
    </message>
    <message>
        <source>the document has unsaved changes and no recovery folder, so save it under a new name now</source>
        <translation>le document a des modifications non enregistrées et aucun dossier de récupération : enregistrez-le maintenant sous un nouveau nom</translation>
    </message>
    <message>
        <source>your work is kept in the recovery file %1</source>
        <translation>votre travail est conservé dans le fichier de récupération %1</translation>
    </message>
    <message>
        <source>Something went wrong while %1; %2; the details are copied to the clipboard.</source>
        <translation>Un problème est survenu pendant l&apos;opération %1 ; %2 ; les détails sont copiés dans le presse-papiers.</translation>
    </message>
    <message>
        <source>working</source>
        <translation>le travail</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>l&apos;exécution de %1</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>Export &amp;Word Document…</source>
        <translation>Exporter un document &amp;Word…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Whole words only</source>
        <translation>Mots entiers uniquement</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>Remplacer par :</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n occurrence.</numerusform>
            <numerusform>%n occurrences.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>%n occurrence remplacée.</numerusform>
            <numerusform>%n occurrences remplacées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import messages</source>
        <translation>Messages d’importation</translation>
    </message>
    <message>
        <source>Double-click a message, or press Enter, to go to its place in the document</source>
        <translation>Double-cliquez sur un message, ou appuyez sur Entrée, pour aller à sa place dans le document</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the messages to the clipboard</source>
        <translation>Copier les messages dans le presse-papiers</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported as a new, untitled document. The importer had to judge %n place(s) in it; check them against the text:</source>
        <translation>
            <numerusform>%1 a été importé comme nouveau document sans titre. L&apos;importateur a dû interpréter %n endroit ; vérifiez-le d&apos;après le texte :</numerusform>
            <numerusform>%1 a été importé comme nouveau document sans titre. L&apos;importateur a dû interpréter %n endroits ; vérifiez-les d&apos;après le texte :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keyword</name>
    <message>
        <source>New section</source>
        <translation>Nouvelle section</translation>
    </message>
    <message>
        <source>Section keyword</source>
        <translation>Mot clé de la section</translation>
    </message>
    <message>
        <source>Keyword:</source>
        <translation>Mot clé :</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language of the document:</source>
        <translation>Langue du document :</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Markup</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>The interface language changes when the editor next starts.</source>
        <translation>La langue de l&apos;interface change au prochain démarrage de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>New &amp;Resolution…</source>
        <translation>Nouvelle &amp;résolution…</translation>
    </message>
    <message>
        <source>New &amp;Contribution…</source>
        <translation>Nouvelle &amp;contribution…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Import Text or Word…</source>
        <translation>&amp;Importer du texte ou un fichier Word…</translation>
    </message>
    <message>
        <source>Make a new document from a Word file, or from text copied out of Word or a PDF</source>
        <translation>Créer un document à partir d’un fichier Word, ou d’un texte copié depuis Word ou un PDF</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>&amp;Rechercher et remplacer…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Rem&amp;placer…</translation>
    </message>
    <message>
        <source>&amp;Footnote</source>
        <translation>&amp;Note de bas de page</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <source>New &amp;Clause</source>
        <translation>Nouvel &amp;alinéa</translation>
    </message>
    <message>
        <source>Into Sub-item &amp;Level</source>
        <translation>Descendre au niveau &amp;sous-alinéa</translation>
    </message>
    <message>
        <source>&amp;Out of Sub-item Level</source>
        <translation>&amp;Remonter d&apos;un niveau</translation>
    </message>
    <message>
        <source>&amp;Delete Clause</source>
        <translation>&amp;Supprimer l&apos;alinéa</translation>
    </message>
    <message>
        <source>Delete the clause at the cursor, with its sub-items</source>
        <translation>Supprimer l&apos;alinéa où se trouve le curseur, avec ses sous-alinéas</translation>
    </message>
    <message>
        <source>Insert &amp;Section After…</source>
        <translation>Insérer une &amp;section après…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Panneau suivant</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ne</source>
        <translation>Pa&amp;nneau précédent</translation>
    </message>
    <message>
        <source>&amp;Track Changes</source>
        <translation>&amp;Suivi des modifications</translation>
    </message>
    <message>
        <source>Record every edit as an insertion or deletion against the base text</source>
        <translation>Enregistrer chaque modification comme insertion ou suppression par rapport au texte de base</translation>
    </message>
    <message>
        <source>&amp;Author Name…</source>
        <translation>Nom de l&apos;&amp;auteur…</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;About Resolution Editor</source>
        <translation>À &amp;propos de Resolution Editor</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertion</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Track Changes: On</source>
        <translation>Suivi des modifications : activé</translation>
    </message>
    <message>
        <source>Track Changes: Off</source>
        <translation>Suivi des modifications : désactivé</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Affichage : %1</translation>
    </message>
    <message>
        <source>Track Changes is not available in an ADD proposal: the whole text is new.</source>
        <translation>Le suivi des modifications n&apos;est pas disponible dans une proposition ADD : tout le texte est nouveau.</translation>
    </message>
    <message>
        <source>The document has unsaved changes. Save them before closing?</source>
        <translation>Le document contient des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>The editor was not closed normally. Restore the autosaved copy of %1?</source>
        <translation>L&apos;éditeur n&apos;a pas été fermé normalement. Restaurer la copie enregistrée automatiquement de %1 ?</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Resolution documents (*.xml);;Word documents to import (*.docx);;Plain text to import (*.txt);;All files (*)</source>
        <translation>Documents de résolution (*.xml);;Documents Word à importer (*.docx);;Texte brut à importer (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Plain text or Word (*.txt *.docx);;All files (*)</source>
        <translation>Texte brut ou Word (*.txt *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Your own language data could not be used: %1</source>
        <translation>Vos propres données de langue n&apos;ont pas pu être utilisées : %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 as a new, untitled document; %n place(s) to check in the Import messages list.</source>
        <translation>
            <numerusform>%1 importé comme nouveau document sans titre ; %n endroit à vérifier dans la liste des messages d’importation.</numerusform>
            <numerusform>%1 importé comme nouveau document sans titre ; %n endroits à vérifier dans la liste des messages d’importation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Resolution documents (*.xml)</source>
        <translation>Documents de résolution (*.xml)</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Your name or administration, as revision marks show it:</source>
        <translation>Votre nom ou votre administration, tel que les marques de révision l&apos;afficheront :</translation>
    </message>
    <message>
        <source>Author Name</source>
        <translation>Nom de l’auteur</translation>
    </message>
    <message>
        <source>About Resolution Editor</source>
        <translation>À propos de Resolution Editor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Resolution Editor&lt;/h3&gt;&lt;p&gt;Draft ITU resolutions and the proposals that change them (ADD, MOD, SUP, NOC), offline, with real revision marks.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Resolution Editor&lt;/h3&gt;&lt;p&gt;Rédigez hors ligne les résolutions de l&apos;UIT et les propositions qui les modifient (ADD, MOD, SUP, NOC), avec de vraies marques de révision.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Imported %1 as a new, untitled document.</source>
        <translation>%1 importé comme nouveau document sans titre.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>The document was not saved: %1. Your work is still open in the window.</source>
        <translation>Le document n&apos;a pas été enregistré : %1. Votre travail est toujours ouvert dans la fenêtre.</translation>
    </message>
    <message>
        <source>The recovery copy could not be written (%1), so a crash now would lose your unsaved work; save it, or use Save As to put it on another disk.</source>
        <translation>La copie de récupération n&apos;a pas pu être écrite (%1) : un plantage maintenant ferait perdre votre travail non enregistré ; enregistrez-le, ou utilisez Enregistrer sous pour le placer sur un autre disque.</translation>
    </message>
    <message>
        <source>The recovery folder %1 %2, so unsaved work cannot be kept safe from a crash until that is put right; save your work often.</source>
        <translation>Le dossier de récupération %1 %2 : tant que ce n&apos;est pas corrigé, le travail non enregistré n&apos;est pas protégé contre un plantage ; enregistrez souvent.</translation>
    </message>
    <message>
        <source>Restored %1; its last edits could not be replayed: %2.</source>
        <translation>%1 restauré ; ses dernières modifications n&apos;ont pas pu être rejouées : %2.</translation>
    </message>
    <message>
        <source>it was kept as %1</source>
        <translation>elle a été conservée sous %1</translation>
    </message>
    <message>
        <source>it stays where it is, since it could not be moved aside (%1)</source>
        <translation>elle reste où elle est, car elle n&apos;a pas pu être mise de côté (%1)</translation>
    </message>
    <message>
        <source>The autosaved copy of %1 cannot be restored because it %2 (%3); %4.</source>
        <translation>La copie enregistrée automatiquement de %1 ne peut pas être restaurée car elle %2 (%3) ; %4.</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>Inserted by %1, %2</source>
        <translation>Inséré par %1, %2</translation>
    </message>
    <message>
        <source>Deleted by %1, %2</source>
        <translation>Supprimé par %1, %2</translation>
    </message>
    <message>
        <source>an unknown author</source>
        <translation>un auteur inconnu</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Resolution text</source>
        <translation>Texte de la résolution</translation>
    </message>
    <message>
        <source>(no keyword)</source>
        <translation>(sans mot clé)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Table:</source>
        <translation>Tableau :</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Figure :</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (supprimé)</translation>
    </message>
    <message>
        <source> (inserted)</source>
        <translation> (inséré)</translation>
    </message>
    <message>
        <source>Move section</source>
        <translation>Déplacer la section</translation>
    </message>
    <message>
        <source>Move clause</source>
        <translation>Déplacer l&apos;alinéa</translation>
    </message>
    <message>
        <source>Insert clause</source>
        <translation>Insérer un alinéa</translation>
    </message>
    <message>
        <source>Delete section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Delete clause</source>
        <translation>Supprimer l&apos;alinéa</translation>
    </message>
    <message>
        <source>Change keyword</source>
        <translation>Modifier le mot clé</translation>
    </message>
    <message>
        <source>Insert section</source>
        <translation>Insérer une section</translation>
    </message>
    <message>
        <source>Insert clause after</source>
        <translation>Insérer un alinéa après</translation>
    </message>
    <message>
        <source>Insert sub-item</source>
        <translation>Insérer un sous-alinéa</translation>
    </message>
    <message>
        <source>Insert section after…</source>
        <translation>Insérer une section après…</translation>
    </message>
    <message>
        <source>Change keyword…</source>
        <translation>Modifier le mot clé…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>Quick fix: %1</source>
        <translation>Correction rapide : %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Apply the quick fix of the selected problem</source>
        <translation>Appliquer la correction rapide du problème sélectionné</translation>
    </message>
    <message>
        <source>Fix all</source>
        <translation>Tout corriger</translation>
    </message>
    <message>
        <source>Apply every quick fix at once (one undo step)</source>
        <translation>Appliquer toutes les corrections rapides en une fois (une seule étape d&apos;annulation)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misspelling(s)</source>
        <translation>
            <numerusform>%n faute d’orthographe</numerusform>
            <numerusform>%n fautes d’orthographe</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: %s</source>
        <translation>Correction : %s</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Place and dates</source>
        <translation>Lieu et dates</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Addendum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>(in-force text)</source>
        <translation>(texte en vigueur)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Contribution cover</source>
        <translation>Page de couverture de la contribution</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Draft new resolution</source>
        <translation>Projet de nouvelle résolution</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rév.</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Retirer l&apos;entrée</translation>
    </message>
    <message>
        <source>Adopted by</source>
        <translation>Adoptée par</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>This name is not confirmed by an ITU text (see docs/languages.md).</source>
        <translation>Ce nom n&apos;est confirmé par aucun texte de l&apos;UIT (voir docs/languages.md).</translation>
    </message>
    <message>
        <source>Resolution text</source>
        <translation>Texte de la résolution</translation>
    </message>
    <message>
        <source>Change %s</source>
        <translation>Modifier : %s</translation>
    </message>
    <message>
        <source>Change document language</source>
        <translation>Modifier la langue du document</translation>
    </message>
    <message>
        <source>Change proposal action</source>
        <translation>Modifier l&apos;action de la proposition</translation>
    </message>
    <message>
        <source>Change adopting body</source>
        <translation>Modifier l&apos;organe d&apos;adoption</translation>
    </message>
    <message>
        <source>Change draft status</source>
        <translation>Modifier le statut de projet</translation>
    </message>
    <message>
        <source>Change proposal identifier</source>
        <translation>Modifier l&apos;identifiant de la proposition</translation>
    </message>
    <message>
        <source>Change adoption line</source>
        <translation>Modifier la ligne d&apos;adoption</translation>
    </message>
    <message>
        <source>Change history line</source>
        <translation>Modifier la ligne d&apos;historique</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>&amp;Next Change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Accept Change</source>
        <translation>&amp;Accepter la modification</translation>
    </message>
    <message>
        <source>&amp;Reject Change</source>
        <translation>&amp;Refuser la modification</translation>
    </message>
    <message>
        <source>Accept A&amp;ll Changes</source>
        <translation>Accepter &amp;toutes les modifications</translation>
    </message>
    <message>
        <source>Reject All C&amp;hanges</source>
        <translation>Refuser toutes les &amp;modifications</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <source>New &amp;MOD Proposal from Resolution…</source>
        <translation>Nouvelle proposition &amp;MOD à partir d&apos;une résolution…</translation>
    </message>
    <message>
        <source>No more changes.</source>
        <translation>Plus aucune modification.</translation>
    </message>
    <message>
        <source>There is no change at the cursor.</source>
        <translation>Il n&apos;y a pas de modification au curseur.</translation>
    </message>
    <message>
        <source>Accept change</source>
        <translation>Accepter la modification</translation>
    </message>
    <message>
        <source>Reject change</source>
        <translation>Refuser la modification</translation>
    </message>
    <message>
        <source>Accept all changes</source>
        <translation>Accepter toutes les modifications</translation>
    </message>
    <message>
        <source>Reject all changes</source>
        <translation>Refuser toutes les modifications</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Resolution documents (*.xml)</source>
        <translation>Documents de résolution (*.xml)</translation>
    </message>
    <message>
        <source>New MOD proposal</source>
        <translation>Nouvelle proposition MOD</translation>
    </message>
    <message>
        <source>Geneva, 2022</source>
        <translation>Genève, 2022</translation>
    </message>
    <message>
        <source>ARB/36A2/1</source>
        <translation>ARB/36A2/1</translation>
    </message>
    <message>
        <source>Conference (place, year):</source>
        <translation>Conférence (lieu, année) :</translation>
    </message>
    <message>
        <source>Proposal identifier:</source>
        <translation>Identifiant de la proposition :</translation>
    </message>
    <message>
        <source>Write the conference as Place, Year (for example: Geneva, 2022).</source>
        <translation>Indiquez la conférence sous la forme Lieu, Année (par exemple : Genève, 2022).</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>XML source</source>
        <translation>Source XML</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>Edit the XML directly; Apply checks it against the schema first</source>
        <translation>Modifier directement le XML ; Appliquer le vérifie d&apos;abord par rapport au schéma</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>The document has changed since you began editing its source; Apply replaces it with your text, Discard shows the document again.</source>
        <translation>Le document a changé depuis que vous avez commencé à modifier sa source ; Appliquer le remplace par votre texte, Abandonner affiche de nouveau le document.</translation>
    </message>
    <message>
        <source>Edit XML source</source>
        <translation>Modifier la source XML</translation>
    </message>
</context>
<context>
    <name>SpellingLink</name>
    <message>
        <source>Show &amp;Spelling in Problems</source>
        <translation>Afficher l’&amp;orthographe dans Problèmes</translation>
    </message>
    <message>
        <source>List the misspelled words in the Problems panel beside the drafting problems</source>
        <translation>Lister les mots mal orthographiés dans le panneau Problèmes, à côté des problèmes de rédaction</translation>
    </message>
    <message>
        <source>Check Spelling as You &amp;Type</source>
        <translation>Vérifier l’orthographe pendant la &amp;frappe</translation>
    </message>
    <message>
        <source>Underline the misspelled words while you write</source>
        <translation>Souligner les mots mal orthographiés pendant la saisie</translation>
    </message>
    <message>
        <source>Spelling: no dictionary for %1</source>
        <translation>Orthographe : pas de dictionnaire pour %1</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Resolution Editor</source>
        <translation>Resolution Editor</translation>
    </message>
    <message>
        <source>Draft an ITU resolution or a proposal that changes one (ADD, MOD, SUP, NOC): start a new document, open one, or import text copied from Word, a web page or a PDF.</source>
        <translation>Rédigez une résolution de l&apos;UIT ou une proposition qui en modifie une (ADD, MOD, SUP, NOC) : commencez un nouveau document, ouvrez-en un, ou importez du texte copié depuis Word, une page web ou un PDF.</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>Documents récents</translation>
    </message>
</context>
<context>
    <name>ViewEditing</name>
    <message>
        <source>This part of the line is not text: edit the proposal line and the other fixed parts in Properties.</source>
        <translation>Cette partie de la ligne n&apos;est pas du texte : modifiez la ligne de la proposition et les autres parties fixes dans Propriétés.</translation>
    </message>
    <message>
        <source>This clause cannot go a level deeper.</source>
        <translation>Cet alinéa ne peut pas descendre d&apos;un niveau de plus.</translation>
    </message>
    <message>
        <source>This clause is not a sub-item.</source>
        <translation>Cet alinéa n&apos;est pas un sous-alinéa.</translation>
    </message>
    <message>
        <source>Paste several paragraphs inside a clause or on a section keyword.</source>
        <translation>Collez plusieurs paragraphes dans un alinéa ou sur le mot clé d&apos;une section.</translation>
    </message>
    <message>
        <source>Put the cursor in a section: the new one comes after it.</source>
        <translation>Placez le curseur dans une section : la nouvelle viendra après.</translation>
    </message>
    <message>
        <source>Put the cursor in a body section, an annex or an appendix: the new paragraph comes after the one at the cursor.</source>
        <translation>Placez le curseur dans une section du corps, une annexe ou un appendice : le nouveau paragraphe vient après celui du curseur.</translation>
    </message>
    <message>
        <source>Put the cursor in a table: the new row comes after the one at the cursor.</source>
        <translation>Placez le curseur dans un tableau : la nouvelle ligne vient après celle du curseur.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Markup (revision marks, change bars)</source>
        <extracomment>The views offered, in the words of the View menu (editor.export.blocks.EXPORT_VIEWS).</extracomment>
        <translation>Marques (marques de révision, barres de modification)</translation>
    </message>
    <message>
        <source>Final (changes accepted)</source>
        <translation>Final (modifications acceptées)</translation>
    </message>
    <message>
        <source>Original (changes rejected)</source>
        <translation>Original (modifications refusées)</translation>
    </message>
    <message>
        <source>Print (marks as coloured underline and strike-through)</source>
        <translation>Impression (marques en soulignement et barré de couleur)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The cover page has no %1 yet. Export it as it is?</source>
        <translation>La page de couverture n&apos;a pas encore de %1. L&apos;exporter telle quelle ?</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Export the document as:</source>
        <translation>Exporter le document en affichage :</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Print the %1 comment(s) as numbered notes at the end?</source>
        <translation>Imprimer les %1 commentaire(s) sous forme de notes numérotées à la fin ?</translation>
    </message>
    <message>
        <source>Writing %s…</source>
        <translation>Écriture de %s…</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
</TS>
