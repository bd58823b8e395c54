<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name />
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1079" />
        <source>Gras</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1080" />
        <source>Italique</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1081" />
        <source>Souligné</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1082" />
        <source>Exposant</source>
        <translation>Superscript</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1083" />
        <source>Indice</source>
        <translation>Subscript</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1084" />
        <source>En début de paragraphe, suivi d'une espace : commence une liste</source>
        <translation>At the start of a paragraph, followed by a space: starts a list</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1085" />
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1086" />
        <source>Tab / Maj+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1085" />
        <source>Dans une liste : niveau suivant / précédent</source>
        <translation>In a list: next / previous level</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1086" />
        <source>Dans un tableau : cellule suivante (une ligne de plus après la dernière) / précédente</source>
        <translation>In a table: next cell (a new row after the last one) / previous cell</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1087" />
        <source>Tab / Ctrl+Tab</source>
        <translation>Tab / Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1087" />
        <source>Hors d'une liste (Ctrl+Tab partout) : champ suivant</source>
        <translation>Outside a list (Ctrl+Tab anywhere): next field</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1088" />
        <source>Maj+Entrée</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1088" />
        <source>Retour à la ligne dans le paragraphe</source>
        <translation>Line break within the paragraph</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1089" />
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1090" />
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1091" />
        <source>Coller sans mise en forme</source>
        <translation>Paste as plain text</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1092" />
        <source>Menu / Maj+F10</source>
        <translation>Menu / Shift+F10</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1092" />
        <source>Menu contextuel : orthographe et mise en forme</source>
        <translation>Context menu: spelling and formatting</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1093" />
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1094" />
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1095" />
        <source>Cette aide</source>
        <translation>This help</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="77" />
        <source>Ajouter…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="78" />
        <source>Ajouter : %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="79" />
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="80" />
        <source>Ouvrir le fichier choisi : %1</source>
        <translation>Open the selected file: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="81" />
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="82" />
        <source>Retirer le fichier choisi : %1</source>
        <translation>Remove the selected file: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="83" />
        <source>Déposez ici des fichiers PDF, ou cliquez sur « Ajouter… ».</source>
        <translation>Drop PDF files here, or click “Add…”.</translation>
    </message>
</context>
<context>
    <name>AttachmentSize</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_files.py" line="51" />
        <source>%1 Ko</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_files.py" line="53" />
        <source>,</source>
        <translation>.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_files.py" line="54" />
        <source>%1 Mo</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="49" />
        <source>Joignez les pièces en PDF (%1 au plus par fichier). Chaque fichier est vérifié à son arrivée : il doit s'ouvrir sans mot de passe.</source>
        <translation>Attach the documents as PDF (at most %1 per file). Each file is checked on arrival: it must open without a password.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="57" />
        <source>Résultat de la dernière pièce jointe</source>
        <translation>Result of the last attachment</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="60" />
        <source>Total des pièces jointes</source>
        <translation>Attachments in total</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="62" />
        <source>Annuler la dernière action</source>
        <translation>Undo the last action</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="63" />
        <source>Annuler la dernière action sur les pièces jointes</source>
        <translation>Undo the last action on the attachments</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="67" />
        <source>CV des porteurs (un PDF par partenaire)</source>
        <translation>Project leads' CVs (one PDF per partner)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="69" />
        <source>&amp;Lettres d'intérêt</source>
        <translation>&amp;Letters of interest</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="70" />
        <source>Autres &amp;annexes</source>
        <translation>Other &amp;annexes</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="37" />
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="110" />
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="272" />
        <source>Partenaire %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="123" />
        <source>{n} pièce jointe</source>
        <translation>{n} attachment</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="123" />
        <source>{n} pièces jointes</source>
        <translation>{n} attachments</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="124" />
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="346" />
        <source>{n} page</source>
        <translation>{n} page</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="124" />
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="346" />
        <source>{n} pages</source>
        <translation>{n} pages</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="127" />
        <source>Aucune pièce jointe.</source>
        <translation>No attachment.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="142" />
        <source>Un seul CV par partenaire : déposez un seul fichier.</source>
        <translation>One CV per partner: drop a single file.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="146" />
        <source>Vérification de %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="177" />
        <source>« %1 » : le partenaire a été supprimé entre-temps.</source>
        <translation>“%1”: the partner was deleted in the meantime.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="180" />
        <source>« %1 » est déjà joint.</source>
        <translation>“%1” is already attached.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="186" />
        <source>« %1 » utilise des polices non incorporées (%2) : le lecteur du comité pourrait en afficher d'autres.</source>
        <translation>“%1” uses fonts that are not embedded (%2): the committee’s reader may show other fonts.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="196" />
        <source>Joint : %1</source>
        <translation>Attached: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="210" />
        <source>ajout de %1</source>
        <translation>adding %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="220" />
        <source>retrait de %1</source>
        <translation>removing %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="223" />
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="225" />
        <source>Retiré : %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="240" />
        <source>déplacement de %1</source>
        <translation>moving %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="245" />
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="249" />
        <source>%1 déplacé vers le partenaire %2.</source>
        <translation>%1 moved to partner %2.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="262" />
        <source>Annulé : %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="295" />
        <source>« %1 » : copie temporaire impossible (%2).</source>
        <translation>“%1”: cannot make a temporary copy (%2).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="299" />
        <source>Aucun lecteur PDF n'a pu ouvrir « %1 » ; une copie est ici : %2</source>
        <translation>No PDF reader could open “%1”; a copy is here: %2</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="336" />
        <source>CV sans partenaire : %1</source>
        <translation>CV without a partner: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="348" />
        <source>pages inconnues</source>
        <translation>pages unknown</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="359" />
        <source>CV du partenaire %1</source>
        <translation>CV of partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/attachments.py" line="364" />
        <source>Joindre des PDF</source>
        <translation>Attach PDF files</translation>
    </message>
</context>
<context>
    <name>BudgetCap</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="26" />
        <source>Plafond : %1.</source>
        <translation>Cap: %1.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="29" />
        <source>Plafond : %1 de base + %2 car les partenaires sont dans %3 territoires (%4).</source>
        <translation>Cap: %1 base + %2 because the partners are in %3 territories (%4).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="37" />
        <source>Plafond : %1. Tous les partenaires sont dans un seul territoire, %2 : + %3 si un partenaire est dans un autre territoire de la région %4.</source>
        <translation>Cap: %1. All partners are in a single territory, %2: + %3 if a partner is in another territory of the %4 region.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="45" />
        <source>Plafond : %1. Indiquez le site de chaque partenaire : + %2 si les partenaires sont dans au moins %3 territoires de la région %4.</source>
        <translation>Cap: %1. State each partner's site: + %2 if the partners are in at least %3 territories of the %4 region.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="54" />
        <source>Site inconnu pour le partenaire %1.</source>
        <translation>Unknown site for partner %1.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="56" />
        <source>Site inconnu pour les partenaires %1.</source>
        <translation>Unknown site for partners %1.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="64" />
        <source>Territoires : aucun site connu → plafond %1</source>
        <translation>Territories: no known site → cap %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="66" />
        <source>Territoires : %1 → plafond %2</source>
        <translation>Territories: %1 → cap %2</translation>
    </message>
</context>
<context>
    <name>BudgetPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="25" />
        <source>Répartition envisagée des dépenses. Dépenses éligibles : %1. Tapez les montants comme sur papier : 2 000 ou 2 000,50 €.</source>
        <translation>Planned breakdown of expenses. Eligible expenses: %1. Type amounts as on paper: 2 000 or 2 000,50 €.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="31" />
        <source>&amp;Montants par partenaire :</source>
        <translation>&amp;Amounts per partner:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="41" />
        <source>Montants illisibles</source>
        <translation>Unreadable amounts</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="44" />
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="51" />
        <source>Lignes de dépenses à vérifier</source>
        <translation>Expense lines to check</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="56" />
        <source>Problèmes relevés dans le budget</source>
        <translation>Problems found in the budget</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="36" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/budget.py" line="126" />
        <source>Partenaire %1, %2 : %3</source>
        <translation>Partner %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_table.py" line="82" />
        <source>Tableau du budget</source>
        <translation>Budget table</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_table.py" line="323" />
        <source>Effacer des montants</source>
        <translation>Clear amounts</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_table.py" line="342" />
        <source>Coller des montants</source>
        <translation>Paste amounts</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_table.py" line="395" />
        <location filename="../../iasante_desktop/gui/widgets/budget_table.py" line="455" />
        <source>Ce total ne compte pas le montant illisible.</source>
        <translation>This total leaves out the unreadable amount.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_commands.py" line="39" />
        <source>Modifier un montant</source>
        <translation>Change an amount</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_commands.py" line="68" />
        <source>Utiliser les totaux calculés</source>
        <translation>Use the computed totals</translation>
    </message>
</context>
<context>
    <name>CapGauge</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="76" />
        <source>Budget total par rapport au plafond</source>
        <translation>Total budget against the cap</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="80" />
        <source>Explication du plafond</source>
        <translation>How the cap is set</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="102" />
        <source>Dépassement de %1.</source>
        <translation>Over by %1.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/budget_gauge.py" line="104" />
        <source>Reste %1.</source>
        <translation>%1 left.</translation>
    </message>
</context>
<context>
    <name>ChangeCallDialog</name>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/change_call.py" line="39" />
        <source>Changer d'appel</source>
        <translation>Change call</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/change_call.py" line="45" />
        <source>Ce dossier a été écrit pour l'appel « {call} », dont le fichier est introuvable. Choisissez l'appel sous lequel le reprendre ; aucun mot du dossier ne change.</source>
        <translation>This dossier was written for the call “{call}”, whose file cannot be found. Choose the call to carry it on under; not a word of the dossier changes.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/change_call.py" line="49" />
        <source>Appel actuel : {name}. Choisissez le nouvel appel : le dossier y est revérifié, aucun mot ne change, et le changement est noté dans l'historique.</source>
        <translation>Current call: {name}. Choose the new call: the dossier is checked again under it, not a word changes, and the change is noted in the history.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/change_call.py" line="52" />
        <source>Nouvel appel</source>
        <translation>New call</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/change_call.py" line="56" />
        <source>Ce qui change</source>
        <translation>What changes</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/change_call.py" line="58" />
        <source>&amp;Changer d'appel</source>
        <translation>&amp;Change call</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/change_call.py" line="88" />
        <source>Aucun autre appel n'est installé : installez-en un ou dérivez l'appel suivant.</source>
        <translation>No other call is installed: install one or derive the next call.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/change_call.py" line="93" />
        <source>Ce qui change :</source>
        <translation>What changes:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/change_call.py" line="94" />
        <source>• rien pour ce dossier</source>
        <translation>• nothing for this dossier</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/change_call.py" line="102" />
        <source>Vérification sous le nouvel appel :</source>
        <translation>Checked under the new call:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/change_call.py" line="103" />
        <source>• nouveau : {text}</source>
        <translation>• new: {text}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/change_call.py" line="104" />
        <source>• résolu : {text}</source>
        <translation>• resolved: {text}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/change_call.py" line="107" />
        <source>Sous le nouvel appel : {errors} erreur(s), {warnings} avertissement(s). Le texte du dossier reste tel quel.</source>
        <translation>Under the new call: {errors} error(s), {warnings} warning(s). The dossier's text stays as it is.</translation>
    </message>
</context>
<context>
    <name>CvSlot</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="19" />
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="62" />
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="20" />
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="21" />
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="22" />
        <source>Déplacer vers…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="47" />
        <source>Choisir le CV du partenaire %1</source>
        <translation>Choose the CV of partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="48" />
        <source>Ouvrir le CV du partenaire %1</source>
        <translation>Open the CV of partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="49" />
        <source>Retirer le CV du partenaire %1</source>
        <translation>Remove the CV of partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="50" />
        <source>Déplacer le CV du partenaire %1 vers un autre partenaire</source>
        <translation>Move partner %1's CV to another partner</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="51" />
        <source>Message sur le CV du partenaire %1</source>
        <translation>Message about partner %1's CV</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="52" />
        <source>CV joint du partenaire %1</source>
        <translation>Attached CV of partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="53" />
        <source>Dépôt du CV du partenaire %1</source>
        <translation>Drop area for the CV of partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="58" />
        <source>Déposez ici le CV en PDF, ou cliquez sur « Choisir… ».</source>
        <translation>Drop the CV as a PDF here, or click “Choose…”.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/attachments_slots.py" line="62" />
        <source>Remplacer…</source>
        <translation>Replace…</translation>
    </message>
</context>
<context>
    <name>DeriveCallDialog</name>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="63" />
        <source>Dériver l'appel suivant</source>
        <translation>Derive the next call</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="69" />
        <source>Appel de départ</source>
        <translation>Source call</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="70" />
        <source>Proposer l'année &amp;suivante</source>
        <translation>Suggest the &amp;next year</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="71" />
        <source>Avance d'un an les années, les dates et le nom des fichiers</source>
        <translation>Moves the years, the dates and the file name on by one year</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="90" />
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="103" />
        <source>Appel de départ :</source>
        <translation>Source call:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="104" />
        <source>Identifiant du nouvel appel :</source>
        <translation>New call's id:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="105" />
        <source>Nom (français) :</source>
        <translation>Name (French):</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="106" />
        <source>Nom (anglais) :</source>
        <translation>Name (English):</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="107" />
        <source>Années :</source>
        <translation>Years:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="108" />
        <source>Date limite :</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="109" />
        <source>Heure de clôture (avec décalage UTC) :</source>
        <translation>Closing time (with UTC offset):</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="110" />
        <source>Résultats (AAAA-MM) :</source>
        <translation>Results (YYYY-MM):</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="111" />
        <source>Début du projet :</source>
        <translation>Project start:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="112" />
        <source>Durée du projet :</source>
        <translation>Project duration:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="113" />
        <source>Nom des fichiers :</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="114" />
        <source>Adresse d'envoi :</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="115" />
        <source>Plafond (€) :</source>
        <translation>Cap (€):</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="116" />
        <source>Bonus inter-territoires (€) :</source>
        <translation>Inter-territory bonus (€):</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="117" />
        <source>Partenaires au minimum :</source>
        <translation>Minimum partners:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="119" />
        <source>Identifiant du nouvel appel</source>
        <translation>New call's id</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="120" />
        <source>Nom en français</source>
        <translation>Name in French</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="121" />
        <source>Nom en anglais</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="122" />
        <source>Années</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="123" />
        <source>Date limite</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="124" />
        <source>Heure de clôture</source>
        <translation>Closing time</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="125" />
        <source>Mois des résultats</source>
        <translation>Results month</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="126" />
        <source>Début du projet</source>
        <translation>Project start</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="127" />
        <source>Durée du projet en mois</source>
        <translation>Project duration in months</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="128" />
        <source>Modèle du nom des fichiers</source>
        <translation>File name pattern</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="129" />
        <source>Adresse d'envoi</source>
        <translation>Address to send to</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="130" />
        <source>Plafond</source>
        <translation>Cap</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="131" />
        <source>Bonus inter-territoires</source>
        <translation>Inter-territory bonus</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="132" />
        <source>Nombre minimum de partenaires</source>
        <translation>Minimum number of partners</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="135" />
        <source>Limites des rubriques</source>
        <translation>Section limits</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="152" />
        <source>Chaque valeur garde la source de l'appel d'origine ; celles que vous changez sont notées comme saisies par vous, avec la date et l'appel de départ. Le nouvel appel est vérifié puis installé.</source>
        <translation>Every value keeps the source from the original call; those you change are recorded as entered by you, with the date and the source call. The new call is checked, then installed.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="160" />
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="166" />
        <source>&amp;Créer l'appel</source>
        <translation>&amp;Create the call</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="218" />
        <source> lignes max.</source>
        <translation> lines max.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="221" />
        <source> pages max.</source>
        <translation> pages max.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="257" />
        <source>Heure de clôture illisible : écrivez-la avec son décalage UTC, par exemple 23:59:59+01:00.</source>
        <translation>Unreadable closing time: write it with its UTC offset, for example 23:59:59+01:00.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="265" />
        <source>Montant illisible : {text}</source>
        <translation>Unreadable amount: {text}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/derive_call.py" line="298" />
        <source>Appel refusé, rien n'est installé : {why}</source>
        <translation>Call refused, nothing installed: {why}</translation>
    </message>
</context>
<context>
    <name>DescriptionPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="201" />
        <source>La description telle qu'elle sera imprimée : les pointillés marquent la fin de chaque page, le trait rouge la limite ; le texte au-delà est teinté. Tab change le niveau dans une liste ; Ctrl+Tab passe au champ suivant.</source>
        <translation>The description as it will be printed: dotted lines mark the end of each page, the red line the limit; text past it is tinted. Tab changes the level in a list; Ctrl+Tab moves to the next field.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="217" />
        <source>Langue du dossier (titres et orthographe)</source>
        <translation>Dossier language (headings and spelling)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="219" />
        <source>&amp;Langue du dossier :</source>
        <translation>Dossier &amp;language:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="226" />
        <source>Pages utilisées</source>
        <translation>Pages used</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="365" />
        <source>✖ La description dépasse sa limite : {used} pour {max} pages au maximum.</source>
        <translation>✖ The description is over its limit: {used} for {max} pages at most.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="426" />
        <source>fin de la page {n}</source>
        <translation>end of page {n}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/description.py" line="432" />
        <source>limite de {n} pages</source>
        <translation>{n}-page limit</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="35" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>DossierSession</name>
    <message>
        <location filename="../../iasante_desktop/gui/session.py" line="108" />
        <source>Enregistrement impossible : {why}</source>
        <translation>Cannot save: {why}</translation>
    </message>
</context>
<context>
    <name>EmailSizeGauge</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/email_size.py" line="38" />
        <source>Taille du courriel d'envoi</source>
        <translation>Size of the submission e-mail</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/email_size.py" line="41" />
        <source>Com&amp;presser les pages numérisées…</source>
        <translation>Com&amp;press the scanned pages…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/email_size.py" line="42" />
        <source>Compresser la pièce jointe la plus lourde</source>
        <translation>Compress the heaviest attachment</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/email_size.py" line="69" />
        <source>l'archive ZIP</source>
        <translation>the ZIP archive</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/email_size.py" line="69" />
        <source>le PDF unique</source>
        <translation>the single PDF</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/email_size.py" line="71" />
        <source>Courriel d'envoi ({what}) : environ {size} une fois encodé, sous les limites courantes de {limits} Mo.</source>
        <translation>Submission e-mail ({what}): about {size} once encoded, under the common limits of {limits} MB.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/email_size.py" line="75" />
        <source>Courriel d'envoi ({what}) : environ {size} une fois encodé, au-delà de {highest} Mo (limites courantes : {limits} Mo) : certaines messageries le refuseront.</source>
        <translation>Submission e-mail ({what}): about {size} once encoded, over {highest} MB (common limits: {limits} MB): some mail services will refuse it.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/email_size.py" line="84" />
        <source>La pièce la plus lourde est « {name} » ({size}) : s'il s'agit d'un document numérisé, compressez ses pages numérisées (les pages de texte restent telles quelles ; la nouvelle taille est montrée avant de remplacer le fichier). Sinon, déposez le fichier sur un service de transfert et envoyez le lien.</source>
        <translation>The heaviest attachment is “{name}” ({size}): if it is a scanned document, compress its scanned pages (text pages stay as they are; the new size is shown before the file is replaced). Otherwise, upload the file to a transfer service and send the link.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/email_size.py" line="114" />
        <source>« {name} » ne contient pas de pages numérisées à alléger : sa taille resterait de {size}.</source>
        <translation>“{name}” has no scanned pages to lighten: its size would stay {size}.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/email_size.py" line="123" />
        <source>« {name} » passerait de {old} à {new} : pages numérisées {pages} recompressées à 150 ppp, pages de texte inchangées. Remplacer la pièce jointe par cette version ?</source>
        <translation>“{name}” would go from {old} to {new}: scanned pages {pages} recompressed at 150 dpi, text pages unchanged. Replace the attachment with this version?</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/email_size.py" line="133" />
        <source>Compresser une pièce jointe</source>
        <translation>Compress an attachment</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/email_size.py" line="139" />
        <source>&amp;Remplacer</source>
        <translation>&amp;Replace</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="32" />
        <source>Enregistrement</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="33" />
        <source>Enregistrement automatique</source>
        <translation>Autosave</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="34" />
        <source>Avant restauration</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="35" />
        <source>Fermeture</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="36" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="60" />
        <source>Aucune version enregistrée pour l'instant.</source>
        <translation>No saved version yet.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="82" />
        <source>Acronyme : {value}</source>
        <translation>Acronym: {value}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="83" />
        <source>Titre : {value}</source>
        <translation>Title: {value}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="84" />
        <source>Partenaires : {count}</source>
        <translation>Partners: {count}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/history.py" line="86" />
        <source>Résumé :</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="9" />
        <source>Historique des versions</source>
        <translation>Version history</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="21" />
        <source>Une version est gardée à chaque enregistrement (Ctrl+S), à chaque restauration, à chaque fermeture et toutes les cinq minutes pendant la saisie. Restaurer une version garde d'abord l'état actuel comme version : rien n'est perdu.</source>
        <translation>A version is kept on every save (Ctrl+S), every restore, every close and every five minutes while typing. Restoring a version first keeps the current state as a version: nothing is lost.</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="35" />
        <source>Versions enregistrées</source>
        <translation>Saved versions</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="57" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="62" />
        <source>Occasion</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="67" />
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="73" />
        <source>Aperçu de la version</source>
        <translation>Version preview</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="86" />
        <source>&amp;Restaurer cette version</source>
        <translation>&amp;Restore this version</translation>
    </message>
    <message>
        <location filename="../../ui/history_dialog.ui" line="89" />
        <source>Restaurer cette version</source>
        <translation>Restore this version</translation>
    </message>
</context>
<context>
    <name>IdentificationPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="48" />
        <source>Nom de fichier imposé</source>
        <translation>Required file name</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="56" />
        <source>Un mot clé, puis Entrée</source>
        <translation>One keyword, then Enter</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="57" />
        <source>Nouveau mot clé</source>
        <translation>New keyword</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="58" />
        <source>A&amp;jouter</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="59" />
        <source>Ajouter le mot clé</source>
        <translation>Add the keyword</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="63" />
        <source>Reti&amp;rer</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="64" />
        <source>Retirer le mot clé sélectionné</source>
        <translation>Remove the selected keyword</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="70" />
        <source>— Choisir une thématique —</source>
        <translation>— Choose a theme —</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="75" />
        <source>Précisez la thématique</source>
        <translation>State the theme</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="76" />
        <source>Autre thématique</source>
        <translation>Other theme</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="81" />
        <source>&amp;Acronyme</source>
        <translation>&amp;Acronym</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="84" />
        <source>&amp;Titre du projet</source>
        <translation>Project &amp;title</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="89" />
        <source>&amp;Mots clés</source>
        <translation>&amp;Keywords</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="95" />
        <source>T&amp;hématique du projet</source>
        <translation>Project t&amp;heme</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="100" />
        <source>Identification du projet</source>
        <translation>Project identification</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="33" />
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="159" />
        <source>Nom du fichier à envoyer : {stem} ({formats})</source>
        <translation>Name of the file to send: {stem} ({formats})</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/identification.py" line="161" />
        <source>Le nom du fichier à envoyer sera formé à partir de l'acronyme.</source>
        <translation>The name of the file to send will be made from the acronym.</translation>
    </message>
</context>
<context>
    <name>LinesPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/lines_page.py" line="29" />
        <source>Le compteur mesure les lignes comme dans le dossier final (Carlito 11 pt, largeur de texte d'une page A4). Maj+Entrée passe à la ligne sans changer de paragraphe.</source>
        <translation>The counter measures lines as in the final dossier (Carlito 11 pt, the text width of an A4 page). Shift+Enter breaks the line without starting a new paragraph.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/lines_page.py" line="47" />
        <source>Lignes utilisées</source>
        <translation>Lines used</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/lines_page.py" line="74" />
        <source>{lines} / {max} lignes</source>
        <translation>{lines} / {max} lines</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="227" />
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="228" />
        <source>Ré&amp;cents</source>
        <translation>Re&amp;cent</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="229" />
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="230" />
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="231" />
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="232" />
        <source>&amp;Nouveau</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="233" />
        <source>&amp;Ouvrir…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="234" />
        <source>&amp;Importer un fichier Word…</source>
        <translation>&amp;Import a Word file…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="235" />
        <source>&amp;Enregistrer</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="236" />
        <source>Enregistrer &amp;sous…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="237" />
        <source>&amp;Historique des versions…</source>
        <translation>Version &amp;history…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="238" />
        <source>E&amp;xporter…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="239" />
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="240" />
        <source>&amp;Annuler</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="241" />
        <source>&amp;Rétablir</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="242" />
        <source>App&amp;els</source>
        <translation>&amp;Calls</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="243" />
        <source>&amp;Installer un fichier d'appel…</source>
        <translation>&amp;Install a call file…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="244" />
        <source>&amp;Dériver l'appel suivant…</source>
        <translation>&amp;Derive the next call…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="245" />
        <source>&amp;Changer d'appel…</source>
        <translation>&amp;Change call…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="246" />
        <source>Lecture seule</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="249" />
        <source>&lt; &amp;Précédent</source>
        <translation>&lt; &amp;Previous</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="250" />
        <source>&amp;Suivant &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="251" />
        <source>Page précédente</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="252" />
        <source>Page suivante</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="253" />
        <source>Rubriques du dossier</source>
        <translation>Dossier sections</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="254" />
        <source>Rubrique affichée</source>
        <translation>Section shown</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="255" />
        <source>État de l'enregistrement</source>
        <translation>Save state</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="264" />
        <source>(aucun brouillon récent)</source>
        <translation>(no recent draft)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="410" />
        <source>complet</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="411" />
        <source>avertissements</source>
        <translation>warnings</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="412" />
        <source>erreurs</source>
        <translation>errors</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="413" />
        <source>aucun dossier ouvert</source>
        <translation>no dossier open</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="450" />
        <source>Nouveau dossier impossible</source>
        <translation>Cannot create a dossier</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="473" />
        <source>Brouillon déjà ouvert</source>
        <translation>Draft already open</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="479" />
        <location filename="../../iasante_desktop/gui/main_window.py" line="773" />
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="501" />
        <source>Son fichier d'appel ne peut pas être lu : {why}</source>
        <translation>Its call file cannot be read: {why}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="503" />
        <source>Son fichier d'appel est introuvable sur cet ordinateur.</source>
        <translation>Its call file is not on this computer.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="514" />
        <source>Dossier en lecture seule</source>
        <translation>Read-only dossier</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="516" />
        <source>Ce dossier a été écrit pour l'appel « {call} ». {problem}

Il s'ouvre en lecture seule, présenté selon l'appel « {shown} » : rien n'y sera modifié ni enregistré. Pour le modifier, installez le fichier de son appel (Appels &gt; Installer un fichier d'appel…) puis rouvrez-le, ou faites-le passer à un autre appel (Appels &gt; Changer d'appel…).</source>
        <translation>This dossier was written for the call “{call}”. {problem}

It opens read-only, shown under the call “{shown}”: nothing in it will be changed or saved. To edit it, install its call file (Calls &gt; Install a call file…) and open it again, or move it to another call (Calls &gt; Change call…).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="542" />
        <source>Appel déjà installé</source>
        <translation>Call already installed</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="543" />
        <source>{why}

Remplacer l'appel installé par ce fichier ?</source>
        <translation>{why}

Replace the installed call with this file?</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="544" />
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="550" />
        <source>Appel refusé</source>
        <translation>Call refused</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="551" />
        <source>Ce fichier n'est pas un appel utilisable ; rien n'est installé.</source>
        <translation>This file is not a usable call; nothing is installed.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="556" />
        <source>Appel installé</source>
        <translation>Call installed</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="557" />
        <source>L'appel « {name} » est installé (date limite : {deadline}). Il est choisi pour le prochain nouveau dossier.

{path}</source>
        <translation>The call “{name}” is installed (deadline: {deadline}). It is chosen for the next new dossier.

{path}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="565" />
        <source>Installer un fichier d'appel</source>
        <translation>Install a call file</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="565" />
        <source>Fichiers d'appel (*.toml)</source>
        <translation>Call files (*.toml)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="593" />
        <source>Appel « {name} » créé et installé : {path}</source>
        <translation>Call “{name}” created and installed: {path}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="600" />
        <source>Changer d'appel</source>
        <translation>Change call</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="600" />
        <source>Ouvrez d'abord un dossier.</source>
        <translation>Open a dossier first.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="630" />
        <location filename="../../iasante_desktop/gui/main_window.py" line="644" />
        <source>Changement d'appel impossible</source>
        <translation>Cannot change the call</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="654" />
        <source>Dossier passé à l'appel « {name} » : {errors} erreur(s). Noté dans l'historique.</source>
        <translation>Dossier moved to the call “{name}”: {errors} error(s). Noted in the history.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="696" />
        <source>Brouillon illisible</source>
        <translation>Unreadable draft</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="701" />
        <source>La dernière version lisible date du {when}. L'ouvrir ?</source>
        <translation>The last readable version was saved on {when}. Open it?</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="704" />
        <source>Brouillon endommagé</source>
        <translation>Damaged draft</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="706" />
        <source>Ouvrir la dernière version lisible</source>
        <translation>Open the last readable version</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="717" />
        <source>Récupération impossible</source>
        <translation>Cannot recover</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="812" />
        <location filename="../../iasante_desktop/gui/main_window.py" line="819" />
        <source>Import impossible</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="832" />
        <source>Import terminé</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="833" />
        <source>Le fichier {name} a été importé. Points à vérifier :</source>
        <translation>The file {name} was imported. Points to check:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="843" />
        <source>Version enregistrée dans l'historique.</source>
        <translation>Version saved in the history.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="858" />
        <location filename="../../iasante_desktop/gui/main_window.py" line="861" />
        <location filename="../../iasante_desktop/gui/main_window.py" line="962" />
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="889" />
        <source>Ouvrir un brouillon</source>
        <translation>Open a draft</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="891" />
        <source>Brouillons (*{suffix});;Fichiers Word (*.docx)</source>
        <translation>Drafts (*{suffix});;Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="898" />
        <source>Importer un fichier Word</source>
        <translation>Import a Word file</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="898" />
        <source>Fichiers Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="912" />
        <source>Enregistrer une copie portable</source>
        <translation>Save a portable copy</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="914" />
        <source>Brouillons (*{suffix})</source>
        <translation>Drafts (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="950" />
        <source>lecture seule</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="953" />
        <source>modifié</source>
        <translation>modified</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="954" />
        <source>enregistrement…</source>
        <translation>saving…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="955" />
        <source>non enregistré</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="956" />
        <source>enregistré</source>
        <translation>saved</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/main_window.py" line="988" />
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>PackMergeDialog</name>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="60" />
        <source>Pack reçu du partenaire %1</source>
        <translation>Pack received from partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="61" />
        <source>partenaire %1</source>
        <translation>partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="76" />
        <source>Importer dans le dossier ouvert</source>
        <translation>Import into the open dossier</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="89" />
        <source>Règles de l'appel sur le bloc reçu</source>
        <translation>The call's rules on the block received</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="93" />
        <source>Pièces jointes reçues : %1</source>
        <translation>Attachments received: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="102" />
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="102" />
        <source>Dans le dossier</source>
        <translation>In the dossier</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="102" />
        <source>Envoyé par le partenaire</source>
        <translation>Sent by the partner</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="102" />
        <source>Choix</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="102" />
        <source>Reçu</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="114" />
        <source>(modifié dans le dossier depuis l'envoi du pack ; envoyé : %1)</source>
        <translation>(changed in the dossier since the pack was sent; sent: %1)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="118" />
        <source>%1 : valeur du dossier</source>
        <translation>%1: the dossier's value</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="120" />
        <source>%1 : valeur reçue</source>
        <translation>%1: value received</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="143" />
        <source>%1 : accepter la valeur reçue</source>
        <translation>%1: accept the value received</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="129" />
        <source>Garder le dossier</source>
        <translation>Keep the dossier</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="66" />
        <source>Pack du partenaire %1 (%2), daté du %3, fichier %4 : {n} champ différent.</source>
        <translation>Partner %1's pack (%2), dated %3, file %4: {n} field differs.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="67" />
        <source>Pack du partenaire %1 (%2), daté du %3, fichier %4 : {n} champs différents.</source>
        <translation>Partner %1's pack (%2), dated %3, file %4: {n} fields differ.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="81" />
        <source>Import de %1 dans le dossier ouvert : {n} champ différent. Les pièces jointes restent ; un champ vide du fichier Word ne change rien.</source>
        <translation>Importing %1 into the open dossier: {n} field differs. Attachments stay; an empty field of the Word file changes nothing.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="82" />
        <source>Import de %1 dans le dossier ouvert : {n} champs différents. Les pièces jointes restent ; un champ vide du fichier Word ne change rien.</source>
        <translation>Importing %1 into the open dossier: {n} fields differ. Attachments stay; an empty field of the Word file changes nothing.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="130" />
        <source>Prendre le partenaire</source>
        <translation>Take the partner's</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="131" />
        <source>%1 : garder la valeur du dossier</source>
        <translation>%1: keep the dossier's value</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="132" />
        <source>%1 : prendre la valeur du partenaire</source>
        <translation>%1: take the partner's value</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="141" />
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="154" />
        <source>Le pack reçu ne change rien au dossier.</source>
        <translation>The pack received changes nothing in the dossier.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="157" />
        <source>Tout &amp;accepter</source>
        <translation>&amp;Accept all</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="158" />
        <source>A&amp;ppliquer</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/pack_merge.py" line="187" />
        <source>%1 conflit(s) à trancher : choisissez une des deux versions.</source>
        <translation>%1 conflict(s) to settle: choose one of the two versions.</translation>
    </message>
</context>
<context>
    <name>PackMerging</name>
    <message>
        <location filename="../../iasante_desktop/gui/pack_merging.py" line="29" />
        <source>Pack refusé</source>
        <translation>Pack refused</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pack_merging.py" line="34" />
        <location filename="../../iasante_desktop/gui/pack_merging.py" line="37" />
        <source>Pack illisible</source>
        <translation>Unreadable pack</translation>
    </message>
</context>
<context>
    <name>PartnerEditor</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="58" />
        <source>Nom du porteur</source>
        <translation>Project lead's name</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="59" />
        <source>&amp;Nom du porteur :</source>
        <translation>Project lead's na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="62" />
        <source>Statut du porteur</source>
        <translation>Project lead's status</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="63" />
        <source>— à préciser —</source>
        <translation>— to be stated —</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="69" />
        <source>Date de fin du contrat</source>
        <translation>Contract end date</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="73" />
        <source>non renseignée</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="77" />
        <source>Unité de rattachement</source>
        <translation>Host unit</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="78" />
        <source>ex. IRIT UMR 5505, Toulouse</source>
        <translation>e.g. IRIT UMR 5505, Toulouse</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="79" />
        <source>&amp;Unité de rattachement :</source>
        <translation>&amp;Host unit:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="82" />
        <source>Établissement</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="83" />
        <source>Éta&amp;blissement :</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="98" />
        <source>Territoire du site</source>
        <translation>Site's territory</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="66" />
        <source>S&amp;tatut :</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="74" />
        <source>Fin du c&amp;ontrat :</source>
        <translation>C&amp;ontract end:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="86" />
        <source>Courriel du porteur</source>
        <translation>Carrier's e-mail</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="87" />
        <source>pour lui envoyer son pack et les relances</source>
        <translation>to send them their pack and reminders</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="88" />
        <source>Courriel :</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="93" />
        <source>Site (région %1)</source>
        <translation>Site (%1 region)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="102" />
        <source>Sit&amp;e :</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="106" />
        <source>Site suggéré</source>
        <translation>Suggested site</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="108" />
        <source>Accepter le site suggéré</source>
        <translation>Accept the suggested site</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="124" />
        <source>Domaine : %1</source>
        <translation>Field: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="128" />
        <source>&amp;Domaine :</source>
        <translation>Fiel&amp;d:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="134" />
        <source>Bref curriculum vitae</source>
        <translation>Short curriculum vitae</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="136" />
        <source>Présentation de l'équipe</source>
        <translation>Team presentation</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="139" />
        <source>&amp;CV :</source>
        <translation>&amp;CV:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="140" />
        <source>É&amp;quipe :</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="145" />
        <source>Problèmes relevés pour ce partenaire</source>
        <translation>Problems found for this partner</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="264" />
        <source>Territoire : %1</source>
        <translation>Territory: %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="268" />
        <source>Lieu absent de la liste des sites de la région %1 : territoire inconnu</source>
        <translation>Place not in the list of sites of the %1 region: territory unknown</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="278" />
        <source>Site déduit automatiquement : %1. Confirmez-le ou choisissez-en un autre.</source>
        <translation>Site inferred automatically: %1. Confirm it or choose another.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="279" />
        <source>Confirmer</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="283" />
        <source>Site suggéré d'après l'unité : %1 (%2).</source>
        <translation>Site suggested from the unit: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_editor.py" line="285" />
        <source>Utiliser « %1 »</source>
        <translation>Use “%1”</translation>
    </message>
</context>
<context>
    <name>PartnersBoard</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="36" />
        <source>Suivi des partenaires</source>
        <translation>Partners board</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="38" />
        <source>Suivi des partenaires : packs envoyés, reçus, pièces manquantes</source>
        <translation>Partners board: packs sent, received, missing items</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="40" />
        <source>Partenaire</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="40" />
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="40" />
        <source>Pack envoyé le</source>
        <translation>Pack sent on</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="40" />
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="40" />
        <source>Manque encore</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="49" />
        <source>Tout sélectionner</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="55" />
        <source>Écrire le pack et son courriel…</source>
        <translation>Write the pack and its e-mail…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="56" />
        <source>Écrire le pack du partenaire choisi et son courriel</source>
        <translation>Write the chosen partner's pack and its e-mail</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="57" />
        <source>Courriel de relance…</source>
        <translation>Reminder e-mail…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="58" />
        <source>Écrire un courriel de relance pour ce qui manque</source>
        <translation>Write a reminder e-mail for what is missing</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="59" />
        <source>Fusionner un pack reçu…</source>
        <translation>Merge a returned pack…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="60" />
        <source>Ouvrir un pack partenaire rempli et le fusionner</source>
        <translation>Open a filled partner pack and merge it</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="88" />
        <source>Partenaire %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="91" />
        <source>rien</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="119" />
        <source>Dossier où écrire le pack et son courriel</source>
        <translation>Folder to write the pack and its e-mail in</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="125" />
        <source>Pack partenaire rempli</source>
        <translation>Filled partner pack</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="125" />
        <source>Fichiers Word (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="151" />
        <source>Pack écrit : %1 ; courriel à envoyer : %2</source>
        <translation>Pack written: %1; e-mail to send: %2</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="153" />
        <source>Le partenaire n'a pas d'adresse courriel : ajoutez-la dans sa fiche, ou au message.</source>
        <translation>The partner has no e-mail address: add it to their form, or to the message.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/partners_board.py" line="175" />
        <source>Courriel de relance écrit : %1</source>
        <translation>Reminder e-mail written: %1</translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="51" />
        <source>Co-portage IA et Santé</source>
        <translation>Joint leadership by AI and health</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="53" />
        <source>Territoires des partenaires et plafond</source>
        <translation>Partners' territories and cap</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="55" />
        <source>Problèmes relevés pour l'ensemble des partenaires</source>
        <translation>Problems found for the partners as a whole</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="58" />
        <source>Liste des partenaires</source>
        <translation>List of partners</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="64" />
        <source>&amp;Ajouter un partenaire</source>
        <translation>&amp;Add a partner</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="65" />
        <source>Ajouter un partenaire</source>
        <translation>Add a partner</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="67" />
        <source>Supprimer le partenaire choisi</source>
        <translation>Delete the selected partner</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="68" />
        <source>&amp;Monter</source>
        <translation>Mo&amp;ve up</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="69" />
        <source>Monter le partenaire choisi</source>
        <translation>Move the selected partner up</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="157" />
        <source>Pack illisible</source>
        <translation>Unreadable pack</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="157" />
        <source>Ce fichier Word n'est pas un pack partenaire.</source>
        <translation>This Word file is not a partner pack.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="61" />
        <source>&amp;Liste des partenaires :</source>
        <translation>&amp;List of partners:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="66" />
        <source>Suppr&amp;imer</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="70" />
        <source>Descend&amp;re</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="71" />
        <source>Descendre le partenaire choisi</source>
        <translation>Move the selected partner down</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="74" />
        <source>Fiche du partenaire</source>
        <translation>Partner's details</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="34" />
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="219" />
        <source>Supprimer le partenaire %1 avec son budget ?</source>
        <translation>Delete partner %1 with its budget?</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="221" />
        <source>Son CV joint sera retiré aussi.</source>
        <translation>Its attached CV will be removed too.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="224" />
        <source>Supprimer un partenaire</source>
        <translation>Delete a partner</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="290" />
        <source>Partenaire %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="293" />
        <source>erreurs</source>
        <translation>errors</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="295" />
        <source>avertissements</source>
        <translation>warnings</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="297" />
        <source>complet</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/partners.py" line="320" />
        <source>Co-portage : %1</source>
        <translation>Joint leadership: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="19" />
        <source>Récupération après une fermeture inattendue</source>
        <translation>Recovery after an unexpected stop</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="24" />
        <source>L'application s'est arrêtée sans fermer ces brouillons. Leur contenu a été enregistré automatiquement jusqu'à la dernière seconde de saisie. Choisissez celui à rouvrir.</source>
        <translation>The application stopped without closing these drafts. Their content was saved automatically up to the last second of typing. Choose the one to reopen.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="31" />
        <source>Brouillons à récupérer</source>
        <translation>Drafts to recover</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="38" />
        <source>{name} — modifié le {when}
{folder}</source>
        <translation>{name} — modified on {when}
{folder}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="43" />
        <source>&amp;Rouvrir</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="44" />
        <source>&amp;Ne plus proposer</source>
        <translation>&amp;Stop offering</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="45" />
        <source>&amp;Plus tard</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/dialogs/recovery.py" line="46" />
        <source>Les fichiers restent sur le disque ; seul ce rappel disparaît.</source>
        <translation>The files stay on disk; only this reminder goes away.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="78" />
        <source>Relecture</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="81" />
        <source>Bilan des vérifications</source>
        <translation>Checks summary</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="89" />
        <source>Exporter le dossier</source>
        <translation>Export the dossier</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="93" />
        <source>L'export est refusé tant qu'il reste des erreurs ; les avertissements n'empêchent rien. Les fichiers portent le nom imposé par l'appel.</source>
        <translation>Export is refused while errors remain; warnings do not stop it. The files bear the name the call requires.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="102" />
        <source>Archive &amp;ZIP</source>
        <translation>&amp;ZIP archive</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="103" />
        <source>Fichier &amp;Word (.docx)</source>
        <translation>&amp;Word file (.docx)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="104" />
        <source>Brouillon de &amp;courriel (.eml)</source>
        <translation>E-&amp;mail draft (.eml)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="117" />
        <source>&amp;Dossier de destination :</source>
        <translation>&amp;Destination folder:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="119" />
        <location filename="../../iasante_desktop/gui/pages/review.py" line="267" />
        <source>Dossier de destination</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="121" />
        <source>C&amp;hoisir…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="122" />
        <source>Choisir le dossier de destination</source>
        <translation>Choose the destination folder</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="128" />
        <source>E&amp;xporter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="129" />
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="130" />
        <source>Aperçu (&amp;non conforme)</source>
        <translation>Pre&amp;view (not compliant)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="131" />
        <source>Écrire un aperçu marqué « Brouillon — non conforme »</source>
        <translation>Write a preview marked “Draft — not compliant”</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="133" />
        <source>Écrit le PDF et le fichier Word du dossier, sans les pièces jointes, nommés …_APERCU et marqués « Brouillon — non conforme » sur chaque page, même s'il reste des erreurs : pour le faire relire.</source>
        <translation>Writes the dossier's PDF and Word file, without the attachments, named …_APERCU and marked “Draft — not compliant” on every page, even while errors remain: for co-authors to read.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="136" />
        <source>Ouvrir le &amp;brouillon de courriel</source>
        <translation>&amp;Open the e-mail draft</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="137" />
        <source>Ouvrir le brouillon de courriel</source>
        <translation>Open the e-mail draft</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="167" />
        <source>Export à refaire</source>
        <translation>Export to redo</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="221" />
        <source>aucun avertissement</source>
        <translation>no warnings</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="223" />
        <source>{n} avertissement</source>
        <translation>{n} warning</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="223" />
        <source>{n} avertissements</source>
        <translation>{n} warnings</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="227" />
        <source>{n} avertissement à lire.</source>
        <translation>{n} warning to read.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="227" />
        <source>{n} avertissements à lire.</source>
        <translation>{n} warnings to read.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="228" />
        <source>Aucune erreur : le dossier peut être exporté.</source>
        <translation>No error: the dossier can be exported.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="231" />
        <source>{n} erreur à corriger avant l'export</source>
        <translation>{n} error to fix before export</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="231" />
        <source>{n} erreurs à corriger avant l'export</source>
        <translation>{n} errors to fix before export</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="276" />
        <source>Le dossier de destination n'est pas un dossier : {path}</source>
        <translation>The destination is not a folder: {path}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="299" />
        <source>Aperçu écrit, marqué « Brouillon — non conforme » (à faire relire, pas à envoyer) :</source>
        <translation>Preview written, marked “Draft — not compliant” (to be read, not to be sent):</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="307" />
        <source>{n} erreur bloque encore l'export.</source>
        <translation>{n} error still blocks the export.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="308" />
        <source>{n} erreurs bloquent encore l'export.</source>
        <translation>{n} errors still block the export.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="488" />
        <source>Exporté le {when} : {names}</source>
        <translation>Exported on {when}: {names}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="490" />
        <source>Exporté le {when} ({count} exports en tout) : {names}</source>
        <translation>Exported on {when} ({count} exports in all): {names}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="101" />
        <source>PDF &amp;unique (dossier + pièces jointes)</source>
        <translation>&amp;Single PDF (dossier + attachments)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="138" />
        <source>Afficher dans le d&amp;ossier</source>
        <translation>Show in fo&amp;lder</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="139" />
        <source>Afficher dans le dossier</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="140" />
        <source>Ouvrir dans la &amp;messagerie</source>
        <translation>Open in mail &amp;app</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="141" />
        <source>Ouvrir un nouveau message dans la messagerie, le fichier joint</source>
        <translation>Open a new message in the mail client, with the file attached</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="143" />
        <source>Ouvre un nouveau message à l'adresse de l'appel, avec l'objet, le texte et le fichier joint (Thunderbird). Sinon, le brouillon .eml (Outlook) ou un lien mailto: est ouvert.</source>
        <translation>Opens a new message to the call's address with the subject, text and file attached (Thunderbird). Otherwise the .eml draft (Outlook) or a mailto: link is opened.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="159" />
        <source>Résultat de l'export</source>
        <translation>Export result</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="163" />
        <source>Exports précédents</source>
        <translation>Previous exports</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="38" />
        <source>Relecture et export</source>
        <translation>Review and export</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="225" />
        <source>Aucune erreur ni avertissement : le dossier peut être exporté.</source>
        <translation>No error and no warning: the dossier can be exported.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="238" />
        <source>Aller à</source>
        <translation>Go there</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="319" />
        <source>Choisissez au moins un format.</source>
        <translation>Choose at least one format.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="331" />
        <source>Écriture impossible : {why}</source>
        <translation>Cannot write: {why}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="337" />
        <source>Export refusé : corrigez d'abord ces erreurs (rien n'a été écrit).</source>
        <translation>Export refused: fix these errors first (nothing was written).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="354" />
        <source>Fichiers écrits :</source>
        <translation>Files written:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="360" />
        <source>Archive ZIP : {sentence}</source>
        <translation>ZIP archive: {sentence}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="428" />
        <source>Modifié depuis l'export de {when} : les fichiers exportés ne contiennent pas les dernières modifications ; exportez à nouveau avant d'envoyer.</source>
        <translation>Changed since the {when} export: the exported files do not hold the latest changes; export again before sending.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="431" />
        <source>Modifié depuis l'export du {when} : les fichiers exportés ne contiennent pas les dernières modifications ; exportez à nouveau avant d'envoyer.</source>
        <translation>Changed since the export of {when}: the exported files do not hold the latest changes; export again before sending.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="457" />
        <source>La messagerie n'a pas pu démarrer : {why}</source>
        <translation>The mail client could not start: {why}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="459" />
        <source>Un nouveau message s'ouvre dans Thunderbird avec {file} en pièce jointe ; vérifiez-le puis envoyez-le.</source>
        <translation>A new message opens in Thunderbird with {file} attached; check it, then send it.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="463" />
        <source>Le brouillon {file} s'ouvre dans la messagerie (Outlook l'ouvre prêt à envoyer ; ailleurs, choisissez « Modifier comme nouveau message »).</source>
        <translation>The draft {file} opens in the mail client (Outlook opens it ready to send; elsewhere, choose “Edit as new message”).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/review.py" line="481" />
        <source>Ce dossier n'a pas encore été exporté.</source>
        <translation>This dossier has not been exported yet.</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="160" />
        <source>Gras</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="161" />
        <source>Italique</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="162" />
        <source>Souligné</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="163" />
        <source>Exposant</source>
        <translation>Superscript</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="164" />
        <source>Indice</source>
        <translation>Subscript</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="165" />
        <source>Liste à puces</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="166" />
        <source>Liste numérotée</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="167" />
        <source>Augmenter le niveau de liste</source>
        <translation>Increase list level</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="168" />
        <source>Diminuer le niveau de liste</source>
        <translation>Decrease list level</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="169" />
        <source>Insérer une figure…</source>
        <translation>Insert a figure…</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="170" />
        <source>Insérer un tableau</source>
        <translation>Insert a table</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="171" />
        <source>Coller sans mise en forme</source>
        <translation>Paste as plain text</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="172" />
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="173" />
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="174" />
        <source>Insérer une ligne au-dessus</source>
        <translation>Insert a row above</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="175" />
        <source>Insérer une ligne en dessous</source>
        <translation>Insert a row below</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="176" />
        <source>Insérer une colonne à gauche</source>
        <translation>Insert a column to the left</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="177" />
        <source>Insérer une colonne à droite</source>
        <translation>Insert a column to the right</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="178" />
        <source>Supprimer la ligne</source>
        <translation>Delete the row</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="179" />
        <source>Supprimer la colonne</source>
        <translation>Delete the column</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="180" />
        <source>Supprimer le tableau</source>
        <translation>Delete the table</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="204" />
        <source>G</source>
        <comment>bold button</comment>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="204" />
        <source>I</source>
        <comment>italic button</comment>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="205" />
        <source>S</source>
        <comment>underline button</comment>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="206" />
        <source>Fig.</source>
        <translation>Fig.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="238" />
        <source>Mise en forme</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="260" />
        <source>Autres actions de mise en forme</source>
        <translation>More formatting actions</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="272" />
        <source>Largeur de la figure :</source>
        <translation>Figure width:</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="279" />
        <source>Largeur de la figure (cm)</source>
        <translation>Figure width (cm)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="453" />
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="764" />
        <source>Ce champ ne peut pas contenir de figure : l'image n'a pas été insérée.</source>
        <translation>This field cannot hold figures: the image was not inserted.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="465" />
        <source>Les images SVG ne peuvent pas être converties ici : exportez-la en PNG.</source>
        <translation>SVG images cannot be converted here: export it as PNG.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="468" />
        <source>« {name} » n'est pas une image lisible (PNG, JPEG ou SVG attendu).</source>
        <translation>“{name}” is not a readable image (PNG, JPEG or SVG expected).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="478" />
        <source>Insérer une figure</source>
        <translation>Insert a figure</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="478" />
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="700" />
        <source>Ce champ ne peut pas contenir de figure : {n} image(s) laissée(s) de côté.</source>
        <translation>This field cannot hold figures: {n} image(s) left out.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="776" />
        <source>{n} image(s) du texte collé n'ont pas pu être lues : collez-les une à une ou déposez leur fichier.</source>
        <translation>{n} image(s) in the pasted text could not be read: paste them one by one or drop their file.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="913" />
        <source>(aucune suggestion)</source>
        <translation>(no suggestions)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="915" />
        <source>Ajouter « {word} » à mon dictionnaire</source>
        <translation>Add “{word}” to my dictionary</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="924" />
        <source>Langue du dossier (orthographe)</source>
        <translation>Dossier language (spelling)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/rich_editor.py" line="1026" />
        <source>Légende de la figure (facultative)</source>
        <translation>Figure caption (optional)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../iasante_desktop/gui/pages/registry.py" line="32" />
        <location filename="../../ui/start_page.ui" line="9" />
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="161" />
        <source>{months} mois, du {start} au {end}</source>
        <translation>{months} months, from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="117" />
        <source>ouvert</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="117" />
        <source>clos</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="118" />
        <source>fourni avec l'application</source>
        <translation>shipped with the app</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="118" />
        <source>installé</source>
        <translation>installed</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="120" />
        <source>{name} — date limite {deadline} — {state} ({origin})</source>
        <translation>{name} — deadline {deadline} — {state} ({origin})</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="175" />
        <source>Date limite dépassée depuis {n} jour.</source>
        <translation>Deadline passed {n} day ago.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="175" />
        <source>Date limite dépassée depuis {n} jours.</source>
        <translation>Deadline passed {n} days ago.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="179" />
        <source>La date limite de dépôt de cet appel ({deadline}) est passée : un dossier envoyé maintenant ne sera plus recevable pour cet appel. Vous pouvez encore préparer, relire ou exporter un dossier, par exemple pour l'appel suivant.</source>
        <translation>This call's submission deadline ({deadline}) has passed: a dossier sent now can no longer be accepted for this call. You can still prepare, review or export a dossier, for instance for the next call.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="188" />
        <source>Il reste {d} j {h} h {m} min {s} s avant la date limite.</source>
        <translation>{d} d {h} h {m} min {s} s left before the deadline.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="210" />
        <source>{name} — modifié le {when}
{folder}</source>
        <translation>{name} — modified on {when}
{folder}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="235" />
        <source>Aucun dossier ouvert : créez un nouveau dossier, ouvrez un brouillon ou importez un fichier Word.</source>
        <translation>No dossier open: create a new dossier, open a draft or import a Word file.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="238" />
        <source>(sans acronyme)</source>
        <translation>(no acronym)</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="241" />
        <source>Dossier ouvert en lecture seule : {name} — écrit pour l'appel « {call} », introuvable ici ({path})</source>
        <translation>Dossier open read-only: {name} — written for the call “{call}”, not found here ({path})</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="247" />
        <source>Dossier ouvert : {name} — enregistré automatiquement dans {path}</source>
        <translation>Open dossier: {name} — saved automatically in {path}</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/pages/start.py" line="249" />
        <source>Appel du dossier : {call}</source>
        <translation>The dossier's call: {call}</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="15" />
        <source>&lt;h1&gt;Préparer un dossier de candidature&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Prepare an application dossier&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="25" />
        <source>Appel à projets</source>
        <translation>Call for projects</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="35" />
        <source>Dossier ouvert</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="42" />
        <source>Appels à projets</source>
        <translation>Calls for projects</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="48" />
        <source>Les appels ouverts d'abord. L'appel choisi est celui du prochain nouveau dossier.</source>
        <translation>Open calls first. The chosen call is the one of the next new dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="58" />
        <source>Appels connus</source>
        <translation>Known calls</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="61" />
        <source>L'appel sélectionné est celui du prochain nouveau dossier</source>
        <translation>The selected call is the one of the next new dossier</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="70" />
        <source>Ins&amp;taller un fichier d'appel…</source>
        <translation>Ins&amp;tall a call file…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="73" />
        <source>Installer un fichier d'appel</source>
        <translation>Install a call file</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="80" />
        <source>&amp;Dériver l'appel suivant…</source>
        <translation>Deri&amp;ve the next call…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="83" />
        <source>Dériver l'appel suivant</source>
        <translation>Derive the next call</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="107" />
        <source>Commencer</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="113" />
        <source>&amp;Nouveau dossier</source>
        <translation>New &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="116" />
        <source>Nouveau dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="119" />
        <source>Crée un dossier vide, enregistré automatiquement</source>
        <translation>Creates an empty dossier, saved automatically</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="126" />
        <source>&amp;Ouvrir un brouillon…</source>
        <translation>&amp;Open a draft…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="129" />
        <source>Ouvrir un brouillon</source>
        <translation>Open a draft</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="136" />
        <source>&amp;Importer un fichier Word…</source>
        <translation>&amp;Import a Word file…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="139" />
        <source>Importer un fichier Word</source>
        <translation>Import a Word file</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="142" />
        <source>Lit un dossier rempli dans le modèle Word de l'appel</source>
        <translation>Reads a dossier filled in the call's Word template</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="162" />
        <location filename="../../ui/start_page.ui" line="168" />
        <source>Brouillons récents</source>
        <translation>Recent drafts</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="175" />
        <source>Ouvrir le &amp;brouillon sélectionné</source>
        <translation>Open the selected d&amp;raft</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="178" />
        <source>Ouvrir le brouillon sélectionné</source>
        <translation>Open the selected draft</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="190" />
        <source>Calendrier de l'appel</source>
        <translation>Call's calendar</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="196" />
        <source>Date limite de soumission :</source>
        <translation>Submission deadline:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="203" />
        <source>Date limite de soumission</source>
        <translation>Submission deadline</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="210" />
        <source>Résultats :</source>
        <translation>Results:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="217" />
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="224" />
        <source>Durée du projet :</source>
        <translation>Project duration:</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="231" />
        <source>Durée du projet</source>
        <translation>Project duration</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="241" />
        <source>Temps restant avant la date limite</source>
        <translation>Time left before the deadline</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="251" />
        <source>Avis sur la date limite</source>
        <translation>Notice about the deadline</translation>
    </message>
</context>
<context>
    <name>WrittenTotalsNotice</name>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="30" />
        <source>Totaux du tableau importé</source>
        <translation>Totals of the imported table</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="32" />
        <source>&amp;Utiliser les totaux calculés</source>
        <translation>&amp;Use the computed totals</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="33" />
        <source>Utiliser les totaux calculés</source>
        <translation>Use the computed totals</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="36" />
        <source>Totaux importés abandonnés</source>
        <translation>Imported totals dropped</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="37" />
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="111" />
        <source>Annu&amp;ler</source>
        <translation>Und&amp;o</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="38" />
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="111" />
        <source>Rétablir les totaux du tableau importé</source>
        <translation>Restore the imported table's totals</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="71" />
        <source>partenaire %1</source>
        <translation>partner %1</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="77" />
        <source>total général</source>
        <translation>grand total</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="84" />
        <source>Le tableau importé indiquait TOTAL %1 ; l'export écrira les totaux calculés : %2.</source>
        <translation>The imported table stated TOTAL %1; the export will write the computed totals: %2.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="90" />
        <source>Tant qu'ils diffèrent, l'export est bloqué : corrigez les montants ou utilisez les totaux calculés.</source>
        <translation>While they differ, the export is blocked: correct the amounts or use the computed totals.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="110" />
        <source>Les totaux calculés remplacent ceux du tableau importé (%1).</source>
        <translation>The computed totals replace those of the imported table (%1).</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="114" />
        <source>Montant modifié : les totaux du tableau importé (%1) ne sont plus vérifiés, ils sont maintenant calculés.</source>
        <translation>Amount changed: the imported table's totals (%1) are no longer checked; totals are now computed.</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="115" />
        <source>Annu&amp;ler la modification</source>
        <translation>Und&amp;o the change</translation>
    </message>
    <message>
        <location filename="../../iasante_desktop/gui/widgets/written_totals_notice.py" line="115" />
        <source>Annuler la modification du montant</source>
        <translation>Undo the change of amount</translation>
    </message>
</context>
</TS>