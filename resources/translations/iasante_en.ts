<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1002"/>
        <source>Gras</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1003"/>
        <source>Italique</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1004"/>
        <source>Souligné</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1005"/>
        <source>Exposant</source>
        <translation>Superscript</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1006"/>
        <source>Indice</source>
        <translation>Subscript</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1007"/>
        <source>En début de paragraphe, suivi d&apos;une espace : commence une liste</source>
        <translation>At the start of a paragraph, followed by a space: starts a list</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1008"/>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1009"/>
        <source>Tab / Maj+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1008"/>
        <source>Dans une liste : niveau suivant / précédent</source>
        <translation>In a list: next / previous level</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1009"/>
        <source>Dans un tableau : cellule suivante (une ligne de plus après la dernière) / précédente</source>
        <translation>In a table: next cell (a new row after the last one) / previous cell</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1010"/>
        <source>Tab / Ctrl+Tab</source>
        <translation>Tab / Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1010"/>
        <source>Hors d&apos;une liste (Ctrl+Tab partout) : champ suivant</source>
        <translation>Outside a list (Ctrl+Tab anywhere): next field</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1011"/>
        <source>Maj+Entrée</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1011"/>
        <source>Retour à la ligne dans le paragraphe</source>
        <translation>Line break within the paragraph</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1012"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1013"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1014"/>
        <source>Coller sans mise en forme</source>
        <translation>Paste as plain text</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1015"/>
        <source>Menu / Maj+F10</source>
        <translation>Menu / Shift+F10</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1015"/>
        <source>Menu contextuel : orthographe et mise en forme</source>
        <translation>Context menu: spelling and formatting</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1016"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1017"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1018"/>
        <source>Cette aide</source>
        <translation>This help</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="61"/>
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="62"/>
        <source>Ajouter : %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="63"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="64"/>
        <source>Ouvrir le fichier choisi : %1</source>
        <translation>Open the selected file: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="65"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="66"/>
        <source>Retirer le fichier choisi : %1</source>
        <translation>Remove the selected file: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="67"/>
        <source>Déposez ici des fichiers PDF, ou cliquez sur « Ajouter… ».</source>
        <translation>Drop PDF files here, or click “Add…”.</translation>
    </message>
</context>
<context>
    <name>AttachmentSize</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_files.py" line="51"/>
        <source>%1 Ko</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_files.py" line="53"/>
        <source>,</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_files.py" line="54"/>
        <source>%1 Mo</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="41"/>
        <source>Joignez les pièces en PDF (%1 au plus par fichier). Chaque fichier est vérifié à son arrivée : il doit s&apos;ouvrir sans mot de passe.</source>
        <translation>Attach the documents as PDF (at most %1 per file). Each file is checked on arrival: it must open without a password.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="49"/>
        <source>Résultat de la dernière pièce jointe</source>
        <translation>Result of the last attachment</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="52"/>
        <source>Total des pièces jointes</source>
        <translation>Attachments in total</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="54"/>
        <source>CV des porteurs (un PDF par partenaire)</source>
        <translation>Carriers&apos; CVs (one PDF per partner)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="56"/>
        <source>&amp;Lettres d&apos;intérêt</source>
        <translation>&amp;Letters of interest</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="57"/>
        <source>Autres &amp;annexes</source>
        <translation>Other &amp;annexes</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="39"/>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="90"/>
        <source>Partenaire %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="99"/>
        <source>%1 pièce(s) jointe(s), %2 page(s), %3</source>
        <translation>%1 attachment(s), %2 page(s), %3</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="101"/>
        <source>Aucune pièce jointe.</source>
        <translation>No attachment.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="116"/>
        <source>Un seul CV par partenaire : déposez un seul fichier.</source>
        <translation>One CV per partner: drop a single file.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="120"/>
        <source>Vérification de %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="146"/>
        <source>« %1 » : le partenaire a été supprimé entre-temps.</source>
        <translation>“%1”: the partner was deleted in the meantime.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="149"/>
        <source>« %1 » est déjà joint.</source>
        <translation>“%1” is already attached.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="155"/>
        <source>« %1 » utilise des polices non incorporées (%2) : le lecteur du comité pourrait en afficher d&apos;autres.</source>
        <translation>“%1” uses fonts that are not embedded (%2): the committee’s reader may show other fonts.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="159"/>
        <source>Joint : %1</source>
        <translation>Attached: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="178"/>
        <source>Retiré : %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="185"/>
        <source>« %1 » : copie temporaire impossible (%2).</source>
        <translation>“%1”: cannot make a temporary copy (%2).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="189"/>
        <source>Aucun lecteur PDF n&apos;a pu ouvrir « %1 » ; une copie est ici : %2</source>
        <translation>No PDF reader could open “%1”; a copy is here: %2</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="226"/>
        <source>CV sans partenaire : %1</source>
        <translation>CV without a partner: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="235"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="235"/>
        <source>pages inconnues</source>
        <translation>pages unknown</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="246"/>
        <source>CV du partenaire %1</source>
        <translation>CV of partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="251"/>
        <source>Joindre des PDF</source>
        <translation>Attach PDF files</translation>
    </message>
</context>
<context>
    <name>BudgetCap</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="26"/>
        <source>Plafond : %1.</source>
        <translation>Cap: %1.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="29"/>
        <source>Plafond : %1 de base + %2 car les partenaires sont dans %3 territoires (%4).</source>
        <translation>Cap: %1 base + %2 because the partners are in %3 territories (%4).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="37"/>
        <source>Plafond : %1. Tous les partenaires sont dans un seul territoire, %2 : + %3 si un partenaire est dans un autre territoire d&apos;Occitanie.</source>
        <translation>Cap: %1. All partners are in one territory, %2: + %3 if a partner is in another territory of Occitanie.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="44"/>
        <source>Plafond : %1. Indiquez le site de chaque partenaire : + %2 si les partenaires sont dans au moins %3 territoires d&apos;Occitanie.</source>
        <translation>Cap: %1. State each partner&apos;s site: + %2 if the partners are in at least %3 territories of Occitanie.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="51"/>
        <source>Site inconnu pour le(s) partenaire(s) %1.</source>
        <translation>Site unknown for partner(s) %1.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="58"/>
        <source>Territoires : aucun site connu → plafond %1</source>
        <translation>Territories: no known site → cap %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="60"/>
        <source>Territoires : %1 → plafond %2</source>
        <translation>Territories: %1 → cap %2</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="25"/>
        <source>Répartition envisagée des dépenses. Dépenses éligibles : %1. Tapez les montants comme sur papier : 2 000 ou 2 000,50 €.</source>
        <translation>Planned breakdown of expenses. Eligible expenses: %1. Type amounts as on paper: 2 000 or 2 000,50 €.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="31"/>
        <source>&amp;Montants par partenaire :</source>
        <translation>&amp;Amounts per partner:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="41"/>
        <source>Montants illisibles</source>
        <translation>Unreadable amounts</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="44"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="51"/>
        <source>Lignes de dépenses à vérifier</source>
        <translation>Expense lines to check</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="56"/>
        <source>Problèmes relevés dans le budget</source>
        <translation>Problems found in the budget</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="38"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="126"/>
        <source>Partenaire %1, %2 : %3</source>
        <translation>Partner %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_table.py" line="77"/>
        <source>Tableau du budget</source>
        <translation>Budget table</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_table.py" line="290"/>
        <location filename="../../iasante_desktop/gui/widgets/budget_table.py" line="350"/>
        <source>Ce total ne compte pas le montant illisible.</source>
        <translation>This total leaves out the unreadable amount.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_commands.py" line="32"/>
        <source>Modifier un montant</source>
        <translation>Change an amount</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_commands.py" line="61"/>
        <source>Utiliser les totaux calculés</source>
        <translation>Use the computed totals</translation>
    </message>
</context>
<context>
    <name>CapGauge</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="70"/>
        <source>Budget total par rapport au plafond</source>
        <translation>Total budget against the cap</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="74"/>
        <source>Explication du plafond</source>
        <translation>How the cap is set</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="96"/>
        <source>Dépassement de %1.</source>
        <translation>Over by %1.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="98"/>
        <source>Reste %1.</source>
        <translation>%1 left.</translation>
    </message>
</context>
<context>
    <name>CvSlot</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="18"/>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="46"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="19"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="20"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="34"/>
        <source>Choisir le CV du partenaire %1</source>
        <translation>Choose the CV of partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="35"/>
        <source>Ouvrir le CV du partenaire %1</source>
        <translation>Open the CV of partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="36"/>
        <source>Retirer le CV du partenaire %1</source>
        <translation>Remove the CV of partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="37"/>
        <source>CV joint du partenaire %1</source>
        <translation>Attached CV of partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="38"/>
        <source>Dépôt du CV du partenaire %1</source>
        <translation>Drop area for the CV of partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="43"/>
        <source>Déposez ici le CV en PDF, ou cliquez sur « Choisir… ».</source>
        <translation>Drop the CV as a PDF here, or click “Choose…”.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="46"/>
        <source>Remplacer…</source>
        <translation>Replace…</translation>
    </message>
</context>
<context>
    <name>DescriptionPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="201"/>
        <source>La description telle qu&apos;elle sera imprimée : les pointillés marquent la fin de chaque page, le trait rouge la limite ; le texte au-delà est teinté. Tab change le niveau dans une liste ; Ctrl+Tab passe au champ suivant.</source>
        <translation>The description as it will be printed: dotted lines mark the end of each page, the red line the limit; text past it is tinted. Tab changes the level in a list; Ctrl+Tab moves to the next field.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="217"/>
        <source>Langue du dossier (titres et orthographe)</source>
        <translation>Dossier language (headings and spelling)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="219"/>
        <source>&amp;Langue du dossier :</source>
        <translation>Dossier &amp;language:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="226"/>
        <source>Pages utilisées</source>
        <translation>Pages used</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="367"/>
        <source>✖ La description dépasse sa limite : {used} pour {max} pages au maximum.</source>
        <translation>✖ The description is over its limit: {used} for {max} pages at most.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="428"/>
        <source>fin de la page {n}</source>
        <translation>end of page {n}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="434"/>
        <source>limite de {n} pages</source>
        <translation>{n}-page limit</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="37"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>DossierSession</name>
    <message>
        <location filename="../../iasante_desktop/gui/session.py" line="105"/>
        <source>Enregistrement impossible : {why}</source>
        <translation>Cannot save: {why}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="32"/>
        <source>Enregistrement</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="33"/>
        <source>Enregistrement automatique</source>
        <translation>Autosave</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="34"/>
        <source>Avant restauration</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="35"/>
        <source>Fermeture</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="36"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="60"/>
        <source>Aucune version enregistrée pour l&apos;instant.</source>
        <translation>No saved version yet.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="82"/>
        <source>Acronyme : {value}</source>
        <translation>Acronym: {value}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="83"/>
        <source>Titre : {value}</source>
        <translation>Title: {value}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="84"/>
        <source>Partenaires : {count}</source>
        <translation>Partners: {count}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="86"/>
        <source>Résumé :</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="9"/>
        <source>Historique des versions</source>
        <translation>Version history</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="21"/>
        <source>Une version est gardée à chaque enregistrement (Ctrl+S), à chaque restauration, à chaque fermeture et toutes les cinq minutes pendant la saisie. Restaurer une version garde d&apos;abord l&apos;état actuel comme version : rien n&apos;est perdu.</source>
        <translation>A version is kept on every save (Ctrl+S), every restore, every close and every five minutes while typing. Restoring a version first keeps the current state as a version: nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="35"/>
        <source>Versions enregistrées</source>
        <translation>Saved versions</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="57"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="62"/>
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="67"/>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="73"/>
        <source>Aperçu de la version</source>
        <translation>Version preview</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="86"/>
        <source>&amp;Restaurer cette version</source>
        <translation>&amp;Restore this version</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="89"/>
        <source>Restaurer cette version</source>
        <translation>Restore this version</translation>
    </message>
</context>
<context>
    <name>IdentificationPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="48"/>
        <source>Nom de fichier imposé</source>
        <translation>Required file name</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="56"/>
        <source>Un mot clé, puis Entrée</source>
        <translation>One keyword, then Enter</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="57"/>
        <source>Nouveau mot clé</source>
        <translation>New keyword</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="58"/>
        <source>A&amp;jouter</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="59"/>
        <source>Ajouter le mot clé</source>
        <translation>Add the keyword</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="63"/>
        <source>Reti&amp;rer</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="64"/>
        <source>Retirer le mot clé sélectionné</source>
        <translation>Remove the selected keyword</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="70"/>
        <source>— Choisir une thématique —</source>
        <translation>— Choose a theme —</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="75"/>
        <source>Précisez la thématique</source>
        <translation>State the theme</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="76"/>
        <source>Autre thématique</source>
        <translation>Other theme</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="81"/>
        <source>&amp;Acronyme</source>
        <translation>&amp;Acronym</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="84"/>
        <source>&amp;Titre du projet</source>
        <translation>Project &amp;title</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="89"/>
        <source>&amp;Mots clés</source>
        <translation>&amp;Keywords</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="95"/>
        <source>T&amp;hématique du projet</source>
        <translation>Project t&amp;heme</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="100"/>
        <source>Identification du projet</source>
        <translation>Project identification</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="35"/>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="159"/>
        <source>Nom du fichier à envoyer : {stem} ({formats})</source>
        <translation>Name of the file to send: {stem} ({formats})</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="161"/>
        <source>Le nom du fichier à envoyer sera formé à partir de l&apos;acronyme.</source>
        <translation>The name of the file to send will be made from the acronym.</translation>
    </message>
</context>
<context>
    <name>LinesPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/lines_page.py" line="29"/>
        <source>Le compteur mesure les lignes comme dans le dossier final (Carlito 11 pt, largeur de texte d&apos;une page A4). Maj+Entrée passe à la ligne sans changer de paragraphe.</source>
        <translation>The counter measures lines as in the final dossier (Carlito 11 pt, the text width of an A4 page). Shift+Enter breaks the line without starting a new paragraph.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/lines_page.py" line="47"/>
        <source>Lignes utilisées</source>
        <translation>Lines used</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/lines_page.py" line="74"/>
        <source>{lines} / {max} lignes</source>
        <translation>{lines} / {max} lines</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="146"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="147"/>
        <source>Ré&amp;cents</source>
        <translation>Re&amp;cent</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="148"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="149"/>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="150"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="151"/>
        <source>&amp;Nouveau</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="152"/>
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="153"/>
        <source>&amp;Importer un fichier Word…</source>
        <translation>&amp;Import a Word file…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="154"/>
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="155"/>
        <source>Enregistrer &amp;sous…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="156"/>
        <source>&amp;Historique des versions…</source>
        <translation>Version &amp;history…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="157"/>
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="158"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="159"/>
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="160"/>
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="163"/>
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="164"/>
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="165"/>
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="166"/>
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="167"/>
        <source>Rubriques du dossier</source>
        <translation>Dossier sections</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="168"/>
        <source>Rubrique affichée</source>
        <translation>Section shown</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="169"/>
        <source>État de l&apos;enregistrement</source>
        <translation>Save state</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="178"/>
        <source>(aucun brouillon récent)</source>
        <translation>(no recent draft)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="317"/>
        <source>complet</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="318"/>
        <source>avertissements</source>
        <translation>warnings</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="319"/>
        <source>erreurs</source>
        <translation>errors</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="320"/>
        <source>aucun dossier ouvert</source>
        <translation>no dossier open</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="336"/>
        <source>Nouveau dossier impossible</source>
        <translation>Cannot create a dossier</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="355"/>
        <source>Brouillon déjà ouvert</source>
        <translation>Draft already open</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="361"/>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="377"/>
        <source>Brouillon illisible</source>
        <translation>Unreadable draft</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="382"/>
        <source>La dernière version lisible date du {when}. L&apos;ouvrir ?</source>
        <translation>The last readable version was saved on {when}. Open it?</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="385"/>
        <source>Brouillon endommagé</source>
        <translation>Damaged draft</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="387"/>
        <source>Ouvrir la dernière version lisible</source>
        <translation>Open the last readable version</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="398"/>
        <source>Récupération impossible</source>
        <translation>Cannot recover</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="412"/>
        <location filename="../../iasante_desktop/gui/main_window.py" line="415"/>
        <location filename="../../iasante_desktop/gui/main_window.py" line="422"/>
        <source>Import impossible</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="429"/>
        <source>Import terminé</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="430"/>
        <source>Le fichier {name} a été importé. Points à vérifier :</source>
        <translation>The file {name} was imported. Points to check:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="440"/>
        <source>Version enregistrée dans l&apos;historique.</source>
        <translation>Version saved in the history.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="455"/>
        <location filename="../../iasante_desktop/gui/main_window.py" line="458"/>
        <location filename="../../iasante_desktop/gui/main_window.py" line="554"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="486"/>
        <source>Ouvrir un brouillon</source>
        <translation>Open a draft</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="488"/>
        <source>Brouillons (*{suffix});;Fichiers Word (*.docx)</source>
        <translation>Drafts (*{suffix});;Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="495"/>
        <source>Importer un fichier Word</source>
        <translation>Import a Word file</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="495"/>
        <source>Fichiers Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="509"/>
        <source>Enregistrer une copie portable</source>
        <translation>Save a portable copy</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="511"/>
        <source>Brouillons (*{suffix})</source>
        <translation>Drafts (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="546"/>
        <source>modifié</source>
        <translation>modified</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="547"/>
        <source>enregistrement…</source>
        <translation>saving…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="548"/>
        <source>non enregistré</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="549"/>
        <source>enregistré</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="580"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="59"/>
        <source>Nom du porteur</source>
        <translation>Carrier&apos;s name</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="60"/>
        <source>&amp;Nom du porteur :</source>
        <translation>Carrier&apos;s na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="63"/>
        <source>Statut du porteur</source>
        <translation>Carrier&apos;s status</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="64"/>
        <source>— à préciser —</source>
        <translation>— to be stated —</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="70"/>
        <source>Date de fin du contrat</source>
        <translation>Contract end date</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="74"/>
        <source>non renseignée</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="78"/>
        <source>Unité de rattachement</source>
        <translation>Host unit</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="79"/>
        <source>ex. IRIT UMR 5505, Toulouse</source>
        <translation>e.g. IRIT UMR 5505, Toulouse</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="80"/>
        <source>&amp;Unité de rattachement :</source>
        <translation>&amp;Host unit:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="83"/>
        <source>Établissement</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="84"/>
        <source>Éta&amp;blissement :</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="89"/>
        <source>Site en Occitanie</source>
        <translation>Site in Occitanie</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="94"/>
        <source>Territoire du site</source>
        <translation>Site&apos;s territory</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="67"/>
        <source>S&amp;tatut :</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="75"/>
        <source>Fin du c&amp;ontrat :</source>
        <translation>C&amp;ontract end:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="98"/>
        <source>Sit&amp;e :</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="102"/>
        <source>Site suggéré</source>
        <translation>Suggested site</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="104"/>
        <source>Accepter le site suggéré</source>
        <translation>Accept the suggested site</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="120"/>
        <source>Domaine : %1</source>
        <translation>Field: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="124"/>
        <source>&amp;Domaine :</source>
        <translation>Fiel&amp;d:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="130"/>
        <source>Bref curriculum vitae</source>
        <translation>Short curriculum vitae</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="132"/>
        <source>Présentation de l&apos;équipe</source>
        <translation>Team presentation</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="135"/>
        <source>&amp;CV :</source>
        <translation>&amp;CV:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="136"/>
        <source>É&amp;quipe :</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="141"/>
        <source>Problèmes relevés pour ce partenaire</source>
        <translation>Problems found for this partner</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="260"/>
        <source>Territoire : %1</source>
        <translation>Territory: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="263"/>
        <source>Lieu absent de la liste des sites d&apos;Occitanie : territoire inconnu</source>
        <translation>Place not in the list of Occitanie sites: territory unknown</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="270"/>
        <source>Site déduit automatiquement : %1. Confirmez-le ou choisissez-en un autre.</source>
        <translation>Site inferred automatically: %1. Confirm it or choose another.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="271"/>
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="275"/>
        <source>Site suggéré d&apos;après l&apos;unité : %1 (%2).</source>
        <translation>Site suggested from the unit: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="277"/>
        <source>Utiliser « %1 »</source>
        <translation>Use “%1”</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="50"/>
        <source>Co-portage IA et Santé</source>
        <translation>AI and health co-carrying</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="52"/>
        <source>Territoires des partenaires et plafond</source>
        <translation>Partners&apos; territories and cap</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="54"/>
        <source>Problèmes relevés pour l&apos;ensemble des partenaires</source>
        <translation>Problems found for the partners as a whole</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="57"/>
        <source>Liste des partenaires</source>
        <translation>List of partners</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="63"/>
        <source>&amp;Ajouter un partenaire</source>
        <translation>&amp;Add a partner</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="64"/>
        <source>Ajouter un partenaire</source>
        <translation>Add a partner</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="66"/>
        <source>Supprimer le partenaire choisi</source>
        <translation>Delete the selected partner</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="67"/>
        <source>&amp;Monter</source>
        <translation>Mo&amp;ve up</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="68"/>
        <source>Monter le partenaire choisi</source>
        <translation>Move the selected partner up</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="60"/>
        <source>&amp;Liste des partenaires :</source>
        <translation>&amp;List of partners:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="65"/>
        <source>Suppr&amp;imer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="69"/>
        <source>Descend&amp;re</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="70"/>
        <source>Descendre le partenaire choisi</source>
        <translation>Move the selected partner down</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="73"/>
        <source>Fiche du partenaire</source>
        <translation>Partner&apos;s details</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="36"/>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="190"/>
        <source>Supprimer le partenaire %1 avec son budget ?</source>
        <translation>Delete partner %1 with its budget?</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="192"/>
        <source>Son CV joint sera retiré aussi.</source>
        <translation>Its attached CV will be removed too.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="195"/>
        <source>Supprimer un partenaire</source>
        <translation>Delete a partner</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="261"/>
        <source>Partenaire %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="264"/>
        <source>erreurs</source>
        <translation>errors</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="266"/>
        <source>avertissements</source>
        <translation>warnings</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="268"/>
        <source>complet</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="291"/>
        <source>Co-portage : %1</source>
        <translation>Co-carrying: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="19"/>
        <source>Récupération après une fermeture inattendue</source>
        <translation>Recovery after an unexpected stop</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="24"/>
        <source>L&apos;application s&apos;est arrêtée sans fermer ces brouillons. Leur contenu a été enregistré automatiquement jusqu&apos;à la dernière seconde de saisie. Choisissez celui à rouvrir.</source>
        <translation>The application stopped without closing these drafts. Their content was saved automatically up to the last second of typing. Choose the one to reopen.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="31"/>
        <source>Brouillons à récupérer</source>
        <translation>Drafts to recover</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="38"/>
        <source>{name} — modifié le {when}
{folder}</source>
        <translation>{name} — modified on {when}
{folder}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="43"/>
        <source>&amp;Rouvrir</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="44"/>
        <source>&amp;Ne plus proposer</source>
        <translation>&amp;Stop offering</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="45"/>
        <source>&amp;Plus tard</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="46"/>
        <source>Les fichiers restent sur le disque ; seul ce rappel disparaît.</source>
        <translation>The files stay on disk; only this reminder goes away.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="47"/>
        <source>Relecture</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="50"/>
        <source>Bilan des vérifications</source>
        <translation>Checks summary</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="58"/>
        <source>Exporter le dossier</source>
        <translation>Export the dossier</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="62"/>
        <source>L&apos;export est refusé tant qu&apos;il reste des erreurs ; les avertissements n&apos;empêchent rien. Les fichiers portent le nom imposé par l&apos;appel.</source>
        <translation>Export is refused while errors remain; warnings do not stop it. The files bear the name the call requires.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="71"/>
        <source>Archive &amp;ZIP</source>
        <translation>&amp;ZIP archive</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="72"/>
        <source>Fichier &amp;Word (.docx)</source>
        <translation>&amp;Word file (.docx)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="73"/>
        <source>Brouillon de &amp;courriel (.eml)</source>
        <translation>E-&amp;mail draft (.eml)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="86"/>
        <source>&amp;Dossier de destination :</source>
        <translation>&amp;Destination folder:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="88"/>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="196"/>
        <source>Dossier de destination</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="90"/>
        <source>C&amp;hoisir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="91"/>
        <source>Choisir le dossier de destination</source>
        <translation>Choose the destination folder</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="97"/>
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="98"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="99"/>
        <source>Ouvrir le &amp;brouillon de courriel</source>
        <translation>&amp;Open the e-mail draft</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="100"/>
        <source>Ouvrir le brouillon de courriel</source>
        <translation>Open the e-mail draft</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="70"/>
        <source>PDF &amp;unique (dossier + pièces jointes)</source>
        <translation>&amp;Single PDF (dossier + attachments)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="101"/>
        <source>Afficher dans le d&amp;ossier</source>
        <translation>Show in fo&amp;lder</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="102"/>
        <source>Afficher dans le dossier</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="112"/>
        <source>Résultat de l&apos;export</source>
        <translation>Export result</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="116"/>
        <source>Exports précédents</source>
        <translation>Previous exports</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="40"/>
        <source>Relecture et export</source>
        <translation>Review and export</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="152"/>
        <source>Aucune erreur ni avertissement : le dossier peut être exporté.</source>
        <translation>No error and no warning: the dossier can be exported.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="154"/>
        <source>Aucune erreur : le dossier peut être exporté. {warnings} avertissement(s) à lire.</source>
        <translation>No error: the dossier can be exported. {warnings} warning(s) to read.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="159"/>
        <source>{errors} erreur(s) à corriger avant l&apos;export, {warnings} avertissement(s).</source>
        <translation>{errors} error(s) to fix before export, {warnings} warning(s).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="167"/>
        <source>Aller à</source>
        <translation>Go there</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="206"/>
        <source>Choisissez au moins un format.</source>
        <translation>Choose at least one format.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="211"/>
        <source>Le dossier de destination n&apos;existe pas : {path}</source>
        <translation>The destination folder does not exist: {path}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="221"/>
        <source>Écriture impossible : {why}</source>
        <translation>Cannot write: {why}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="227"/>
        <source>Export refusé : corrigez d&apos;abord ces erreurs (rien n&apos;a été écrit).</source>
        <translation>Export refused: fix these errors first (nothing was written).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="235"/>
        <source>Fichiers écrits :</source>
        <translation>Files written:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="274"/>
        <source>Ce dossier n&apos;a pas encore été exporté.</source>
        <translation>This dossier has not been exported yet.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="281"/>
        <source>Exporté le {when} ({count} export(s) en tout) : {names}</source>
        <translation>Exported on {when} ({count} export(s) in all): {names}</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="163"/>
        <source>Gras</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="164"/>
        <source>Italique</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="165"/>
        <source>Souligné</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="166"/>
        <source>Exposant</source>
        <translation>Superscript</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="167"/>
        <source>Indice</source>
        <translation>Subscript</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="168"/>
        <source>Liste à puces</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="169"/>
        <source>Liste numérotée</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="170"/>
        <source>Augmenter le niveau de liste</source>
        <translation>Increase list level</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="171"/>
        <source>Diminuer le niveau de liste</source>
        <translation>Decrease list level</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="172"/>
        <source>Insérer une figure…</source>
        <translation>Insert a figure…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="173"/>
        <source>Insérer un tableau</source>
        <translation>Insert a table</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="174"/>
        <source>Coller sans mise en forme</source>
        <translation>Paste as plain text</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="175"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="176"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="177"/>
        <source>Insérer une ligne au-dessus</source>
        <translation>Insert a row above</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="178"/>
        <source>Insérer une ligne en dessous</source>
        <translation>Insert a row below</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="179"/>
        <source>Insérer une colonne à gauche</source>
        <translation>Insert a column to the left</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="180"/>
        <source>Insérer une colonne à droite</source>
        <translation>Insert a column to the right</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="181"/>
        <source>Supprimer la ligne</source>
        <translation>Delete the row</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="182"/>
        <source>Supprimer la colonne</source>
        <translation>Delete the column</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="183"/>
        <source>Supprimer le tableau</source>
        <translation>Delete the table</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="207"/>
        <source>G</source>
        <comment>bold button</comment>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="207"/>
        <source>I</source>
        <comment>italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="208"/>
        <source>S</source>
        <comment>underline button</comment>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="209"/>
        <source>Fig.</source>
        <translation>Fig.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="239"/>
        <source>Mise en forme</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="261"/>
        <source>Autres actions de mise en forme</source>
        <translation>More formatting actions</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="273"/>
        <source>Largeur de la figure :</source>
        <translation>Figure width:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="280"/>
        <source>Largeur de la figure (cm)</source>
        <translation>Figure width (cm)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="454"/>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="687"/>
        <source>Ce champ ne peut pas contenir de figure : l&apos;image n&apos;a pas été insérée.</source>
        <translation>This field cannot hold figures: the image was not inserted.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="466"/>
        <source>Les images SVG ne peuvent pas être converties ici : exportez-la en PNG.</source>
        <translation>SVG images cannot be converted here: export it as PNG.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="469"/>
        <source>« {name} » n&apos;est pas une image lisible (PNG, JPEG ou SVG attendu).</source>
        <translation>“{name}” is not a readable image (PNG, JPEG or SVG expected).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="479"/>
        <source>Insérer une figure</source>
        <translation>Insert a figure</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="479"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="623"/>
        <source>Ce champ ne peut pas contenir de figure : {n} image(s) laissée(s) de côté.</source>
        <translation>This field cannot hold figures: {n} image(s) left out.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="699"/>
        <source>{n} image(s) du texte collé n&apos;ont pas pu être lues : collez-les une à une ou déposez leur fichier.</source>
        <translation>{n} image(s) in the pasted text could not be read: paste them one by one or drop their file.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="836"/>
        <source>(aucune suggestion)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="838"/>
        <source>Ajouter « {word} » à mon dictionnaire</source>
        <translation>Add “{word}” to my dictionary</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="847"/>
        <source>Langue du dossier (orthographe)</source>
        <translation>Dossier language (spelling)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="949"/>
        <source>Légende de la figure (facultative)</source>
        <translation>Figure caption (optional)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="34"/>
        <location filename="../../ui/start_page.ui" line="9"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="91"/>
        <source>{months} mois, du {start} au {end}</source>
        <translation>{months} months, from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="105"/>
        <source>Date limite dépassée depuis {days} jours.</source>
        <translation>Deadline passed {days} days ago.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="109"/>
        <source>La date limite de dépôt de cet appel ({deadline}) est passée : un dossier envoyé maintenant ne sera plus recevable pour cet appel. Vous pouvez encore préparer, relire ou exporter un dossier, par exemple pour l&apos;appel suivant.</source>
        <translation>This call&apos;s submission deadline ({deadline}) has passed: a dossier sent now can no longer be accepted for this call. You can still prepare, review or export a dossier, for instance for the next call.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="118"/>
        <source>Il reste {d} j {h} h {m} min {s} s avant la date limite.</source>
        <translation>{d} d {h} h {m} min {s} s left before the deadline.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="140"/>
        <source>{name} — modifié le {when}
{folder}</source>
        <translation>{name} — modified on {when}
{folder}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="165"/>
        <source>Aucun dossier ouvert : créez un nouveau dossier, ouvrez un brouillon ou importez un fichier Word.</source>
        <translation>No dossier open: create a new dossier, open a draft or import a Word file.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="168"/>
        <source>(sans acronyme)</source>
        <translation>(no acronym)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="170"/>
        <source>Dossier ouvert : {name} — enregistré automatiquement dans {path}</source>
        <translation>Open dossier: {name} — saved automatically in {path}</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="15"/>
        <source>&lt;h1&gt;Préparer un dossier de candidature&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Prepare an application dossier&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="25"/>
        <source>Appel à projets</source>
        <translation>Call for projects</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="35"/>
        <source>Dossier ouvert</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="44"/>
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="50"/>
        <source>&amp;Nouveau dossier</source>
        <translation>New &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="53"/>
        <source>Nouveau dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="56"/>
        <source>Crée un dossier vide, enregistré automatiquement</source>
        <translation>Creates an empty dossier, saved automatically</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="63"/>
        <source>&amp;Ouvrir un brouillon…</source>
        <translation>&amp;Open a draft…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="66"/>
        <source>Ouvrir un brouillon</source>
        <translation>Open a draft</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="73"/>
        <source>&amp;Importer un fichier Word…</source>
        <translation>&amp;Import a Word file…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="76"/>
        <source>Importer un fichier Word</source>
        <translation>Import a Word file</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="79"/>
        <source>Lit un dossier rempli dans le modèle Word de l&apos;appel</source>
        <translation>Reads a dossier filled in the call&apos;s Word template</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="99"/>
        <location filename="../../ui/start_page.ui" line="105"/>
        <source>Brouillons récents</source>
        <translation>Recent drafts</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="112"/>
        <source>Ouvrir le &amp;brouillon sélectionné</source>
        <translation>Open the selected d&amp;raft</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="115"/>
        <source>Ouvrir le brouillon sélectionné</source>
        <translation>Open the selected draft</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="127"/>
        <source>Calendrier de l&apos;appel</source>
        <translation>Call&apos;s calendar</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="133"/>
        <source>Date limite de soumission :</source>
        <translation>Submission deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="140"/>
        <source>Date limite de soumission</source>
        <translation>Submission deadline</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="147"/>
        <source>Résultats :</source>
        <translation>Results:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="154"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="161"/>
        <source>Durée du projet :</source>
        <translation>Project duration:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="168"/>
        <source>Durée du projet</source>
        <translation>Project duration</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="178"/>
        <source>Temps restant avant la date limite</source>
        <translation>Time left before the deadline</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="188"/>
        <source>Avis sur la date limite</source>
        <translation>Notice about the deadline</translation>
    </message>
</context>
<context>
    <name>WrittenTotalsNotice</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="30"/>
        <source>Totaux du tableau importé</source>
        <translation>Totals of the imported table</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="32"/>
        <source>&amp;Utiliser les totaux calculés</source>
        <translation>&amp;Use the computed totals</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="33"/>
        <source>Utiliser les totaux calculés</source>
        <translation>Use the computed totals</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="36"/>
        <source>Totaux importés abandonnés</source>
        <translation>Imported totals dropped</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="37"/>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="111"/>
        <source>Annu&amp;ler</source>
        <translation>Und&amp;o</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="38"/>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="111"/>
        <source>Rétablir les totaux du tableau importé</source>
        <translation>Restore the imported table&apos;s totals</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="71"/>
        <source>partenaire %1</source>
        <translation>partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="77"/>
        <source>total général</source>
        <translation>grand total</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="84"/>
        <source>Le tableau importé indiquait TOTAL %1 ; l&apos;export écrira les totaux calculés : %2.</source>
        <translation>The imported table stated TOTAL %1; the export will write the computed totals: %2.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="90"/>
        <source>Tant qu&apos;ils diffèrent, l&apos;export est bloqué : corrigez les montants ou utilisez les totaux calculés.</source>
        <translation>While they differ, the export is blocked: correct the amounts or use the computed totals.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="110"/>
        <source>Les totaux calculés remplacent ceux du tableau importé (%1).</source>
        <translation>The computed totals replace those of the imported table (%1).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="114"/>
        <source>Montant modifié : les totaux du tableau importé (%1) ne sont plus vérifiés, ils sont maintenant calculés.</source>
        <translation>Amount changed: the imported table&apos;s totals (%1) are no longer checked; totals are now computed.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="115"/>
        <source>Annu&amp;ler la modification</source>
        <translation>Und&amp;o the change</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="115"/>
        <source>Annuler la modification du montant</source>
        <translation>Undo the change of amount</translation>
    </message>
</context>
</TS>
