"""Identification: acronym (with the file name it makes), title, keywords one by one, theme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iasante_desktop.core.naming import file_stem
from iasante_desktop.gui.context import AppContext
from iasante_desktop.gui.pages.base import DossierPage
from iasante_desktop.gui.widgets.findings_label import FindingsLabel

OTHER = "__other__"
KEYWORD_SEPARATORS = (",", ";")


def split_keywords(text: str) -> list[str]:
    """Typed text may hold several keywords: the Word annex joins them with commas, so a comma separates."""
    for sep in KEYWORD_SEPARATORS[1:]:
        text = text.replace(sep, KEYWORD_SEPARATORS[0])
    return [part.strip() for part in text.split(KEYWORD_SEPARATORS[0]) if part.strip()]


class IdentificationPage(DossierPage):
    page_id = "identification"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        call = ctx.call
        lang = ctx.lang

        self.acronym = QLineEdit(self)
        self.acronym.setMaxLength(80)
        self.acronym.setAccessibleName(call.section("acronym").label.get(lang))
        self.file_name = QLabel(self)
        self.file_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_name.setAccessibleName(self.tr("Nom de fichier imposé"))
        self.acronym_findings = FindingsLabel(self)

        self.title_edit = QLineEdit(self)
        self.title_edit.setAccessibleName(call.section("title").label.get(lang))
        self.title_findings = FindingsLabel(self)

        self.keyword_input = QLineEdit(self)
        self.keyword_input.setPlaceholderText(self.tr("Un mot clé, puis Entrée"))
        self.keyword_input.setAccessibleName(self.tr("Nouveau mot clé"))
        self.add_keyword = QPushButton(self.tr("A&jouter"), self)
        self.add_keyword.setAccessibleName(self.tr("Ajouter le mot clé"))
        self.keyword_list = QListWidget(self)
        self.keyword_list.setAccessibleName(call.section("keywords").label.get(lang))
        self.keyword_list.setMaximumHeight(self.fontMetrics().height() * 7)
        self.remove_keyword = QPushButton(self.tr("Reti&rer"), self)
        self.remove_keyword.setAccessibleName(self.tr("Retirer le mot clé sélectionné"))
        self.keywords_findings = FindingsLabel(self)

        self.theme_combo = QComboBox(self)
        self.theme_combo.setAccessibleName(call.section("theme").label.get(lang))
        self.theme_combo.view().setAccessibleName(call.section("theme").label.get(lang))
        self.theme_combo.addItem(self.tr("— Choisir une thématique —"), "")
        for item in call.themes:
            self.theme_combo.addItem(item.label.get(lang), item.id)
        self.theme_combo.addItem(call.theme_other.get(lang) + " …", OTHER)
        self.theme_other = QLineEdit(self)
        self.theme_other.setPlaceholderText(self.tr("Précisez la thématique"))
        self.theme_other.setAccessibleName(self.tr("Autre thématique"))
        self.theme_findings = FindingsLabel(self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self._label(self.tr("&Acronyme"), self.acronym), self.acronym)
        form.addRow("", self.file_name)
        form.addRow("", self.acronym_findings)
        form.addRow(self._label(self.tr("&Titre du projet"), self.title_edit), self.title_edit)
        form.addRow("", self.title_findings)
        keyword_row = QHBoxLayout()
        keyword_row.addWidget(self.keyword_input, 1)
        keyword_row.addWidget(self.add_keyword)
        form.addRow(self._label(self.tr("&Mots clés"), self.keyword_input), keyword_row)
        list_row = QHBoxLayout()
        list_row.addWidget(self.keyword_list, 1)
        list_row.addWidget(self.remove_keyword, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow("", list_row)
        form.addRow("", self.keywords_findings)
        form.addRow(self._label(self.tr("T&hématique du projet"), self.theme_combo), self.theme_combo)
        form.addRow("", self.theme_other)
        form.addRow("", self.theme_findings)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Identification du projet") + "</h2>", self))
        layout.addLayout(form)
        layout.addStretch(1)

        self.acronym.textEdited.connect(self._acronym_edited)
        self.title_edit.textEdited.connect(self._title_edited)
        self.keyword_input.returnPressed.connect(self._add_keywords)
        self.add_keyword.clicked.connect(self._add_keywords)
        self.remove_keyword.clicked.connect(self._remove_keyword)
        QShortcut(QKeySequence.StandardKey.Delete, self.keyword_list, self._remove_keyword, context=Qt.ShortcutContext.WidgetShortcut)
        self.keyword_list.currentRowChanged.connect(self._update_buttons)
        self.keyword_input.textChanged.connect(self._update_buttons)
        self.theme_combo.activated.connect(self._theme_chosen)
        self.theme_other.textEdited.connect(self._theme_other_edited)
        self.load()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # ---- loading -------------------------------------------------------------------------------------------

    def load(self) -> None:
        dossier = self.ctx.dossier
        self.acronym.setText(dossier.acronym)
        self.title_edit.setText(dossier.title)
        self.keyword_list.clear()
        self.keyword_list.addItems(dossier.keywords)
        self._load_theme(dossier.theme)
        self._show_file_name()
        self._update_buttons()
        self.refresh()

    def _load_theme(self, theme: str) -> None:
        wanted = theme.strip().casefold()
        index = 0
        if wanted:
            index = self.theme_combo.count() - 1  # "Autre": any text that is not one of the call's themes
            for i, item in enumerate(self.ctx.call.themes, start=1):
                if wanted in (item.label.fr.casefold(), item.label.en.casefold()):
                    index = i
                    break
        self.theme_combo.setCurrentIndex(index)
        is_other = self.theme_combo.currentData() == OTHER
        self.theme_other.setText(theme if is_other else "")
        self.theme_other.setVisible(is_other)

    # ---- edits ---------------------------------------------------------------------------------------------

    def _acronym_edited(self, text: str) -> None:
        self.ctx.dossier.acronym = text
        self._show_file_name()
        self.ctx.edited("acronym")

    def _show_file_name(self) -> None:
        stem = file_stem(self.ctx.dossier.acronym, self.ctx.call)
        if stem:
            formats = " / ".join(f".{ext}" for ext in self.ctx.call.submission.formats)
            self.file_name.setText(self.tr("Nom du fichier à envoyer : {stem} ({formats})").format(stem=stem, formats=formats))
        else:
            self.file_name.setText(self.tr("Le nom du fichier à envoyer sera formé à partir de l'acronyme."))

    def _title_edited(self, text: str) -> None:
        self.ctx.dossier.title = text
        self.ctx.edited("title")

    def _add_keywords(self) -> None:
        new = split_keywords(self.keyword_input.text())
        if not new:
            return
        keywords = self.ctx.dossier.keywords
        known = {k.casefold() for k in keywords}
        for word in new:
            if word.casefold() not in known:
                keywords.append(word)
                known.add(word.casefold())
                self.keyword_list.addItem(word)
        self.keyword_input.clear()
        self.keyword_list.setCurrentRow(self.keyword_list.count() - 1)
        self.ctx.edited("keywords")

    def _remove_keyword(self) -> None:
        row = self.keyword_list.currentRow()
        if row < 0:
            return
        self.keyword_list.takeItem(row)
        del self.ctx.dossier.keywords[row]
        self.ctx.edited("keywords")
        if self.keyword_list.count():
            self.keyword_list.setCurrentRow(min(row, self.keyword_list.count() - 1))
        else:
            self.keyword_input.setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_keyword.setEnabled(bool(self.keyword_input.text().strip()))
        self.remove_keyword.setEnabled(self.keyword_list.currentRow() >= 0)

    def _theme_chosen(self, index: int) -> None:
        data = self.theme_combo.itemData(index)
        self.theme_other.setVisible(data == OTHER)
        if data == OTHER:
            self.ctx.dossier.theme = self.theme_other.text()
            self.theme_other.setFocus()
        elif data:
            item = next(t for t in self.ctx.call.themes if t.id == data)
            self.ctx.dossier.theme = item.label.get(self.ctx.dossier.language)
        else:
            self.ctx.dossier.theme = ""
        self.ctx.edited("theme")

    def _theme_other_edited(self, text: str) -> None:
        self.ctx.dossier.theme = text
        self.ctx.edited("theme")

    # ---- checking ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        lang = self.ctx.lang
        self.acronym_findings.show_findings(self.ctx.findings_for("acronym"), lang)
        self.title_findings.show_findings(self.ctx.findings_for("title"), lang)
        self.keywords_findings.show_findings(self.ctx.findings_for("keywords"), lang)
        self.theme_findings.show_findings(self.ctx.findings_for("theme"), lang)

    def focus_field(self, path: str) -> bool:
        target = {
            "acronym": self.acronym,
            "title": self.title_edit,
            "keywords": self.keyword_input,
            "theme": self.theme_other if self.theme_combo.currentData() == OTHER else self.theme_combo,
        }.get(path)
        if target is None:
            return False
        target.setFocus()
        return True
