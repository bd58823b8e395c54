"""The form for one partner: the annex's partner block plus what the rules need (status, site, domain)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Partner
from iasante_desktop.core.findings import Finding
from iasante_desktop.core.places import find_place, infer_place
from iasante_desktop.gui.spelling import shared_spelling
from iasante_desktop.gui.style import ERROR, WARNING
from iasante_desktop.gui.widgets.findings_label import FindingsLabel
from iasante_desktop.gui.widgets.partners_tint import tint
from iasante_desktop.gui.widgets.rich_editor import RichTextEdit, field_frame

# QDateEdit cannot be empty: its minimum date stands for "no date given" and shows the special text.
_NO_DATE = QDate(2000, 1, 1)


class PartnerEditor(QWidget):
    """Edits one Partner object in place. `edited(attr)` names the attribute the user changed; the page
    turns it into the dossier path, since the partner's index changes when partners are reordered."""

    edited = Signal(str)

    def __init__(self, call: CallSpec, lang: str, partner: Partner, parent: QWidget | None = None):
        super().__init__(parent)
        self.call = call
        self.lang = lang
        self.partner = partner
        self._loading = False
        self._build()
        self.load()

    # ---- construction ------------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}

        self.carrier_name = QLineEdit()
        self.carrier_name.setAccessibleName(self.tr("Nom du porteur"))
        self._row(form, "carrier_name", self.tr("&Nom du porteur :"), self.carrier_name)

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Statut du porteur"))
        self.status.addItem(self.tr("— à préciser —"), None)
        for item in self.call.statuses:
            self.status.addItem(item.label.get(self.lang), item.id)
        self._row(form, "status", self.tr("S&tatut :"), self.status)

        self.contract_end = QDateEdit()
        self.contract_end.setAccessibleName(self.tr("Date de fin du contrat"))
        self.contract_end.setCalendarPopup(True)
        self.contract_end.setDisplayFormat("dd/MM/yyyy")
        self.contract_end.setMinimumDate(_NO_DATE)
        self.contract_end.setSpecialValueText(self.tr("non renseignée"))
        self._row(form, "contract_end", self.tr("Fin du c&ontrat :"), self.contract_end)

        self.unit = QLineEdit()
        self.unit.setAccessibleName(self.tr("Unité de rattachement"))
        self.unit.setPlaceholderText(self.tr("ex. IRIT UMR 5505, Toulouse"))
        self._row(form, "unit", self.tr("&Unité de rattachement :"), self.unit)

        self.institution = QLineEdit()
        self.institution.setAccessibleName(self.tr("Établissement"))
        self._row(form, "institution", self.tr("Éta&blissement :"), self.institution)

        self.email = QLineEdit()
        self.email.setAccessibleName(self.tr("Courriel du porteur"))
        self.email.setPlaceholderText(self.tr("pour lui envoyer son pack et les relances"))
        self._row(form, "email", self.tr("Courriel :"), self.email)

        self.site = QComboBox()
        self.site.setEditable(True)
        self.site.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.site.setAccessibleName(self.tr("Site (région %1)").replace("%1", self.call.eligibility.region))
        self.site.addItem("")
        for place in self.call.places:
            self.site.addItem(place.name)
        self.territory = QLabel()
        self.territory.setAccessibleName(self.tr("Territoire du site"))
        site_row = QHBoxLayout()
        site_row.addWidget(self.site, 1)
        site_row.addWidget(self.territory, 1)
        self._row(form, "site", self.tr("Sit&e :"), site_row, buddy=self.site)

        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.suggestion.setAccessibleName(self.tr("Site suggéré"))
        self.use_suggestion = QPushButton()
        self.use_suggestion.setAccessibleName(self.tr("Accepter le site suggéré"))
        self.suggestion_row = QWidget()
        suggestion_layout = QHBoxLayout(self.suggestion_row)
        suggestion_layout.setContentsMargins(0, 0, 0, 0)
        suggestion_layout.addWidget(self.suggestion, 1)
        suggestion_layout.addWidget(self.use_suggestion)
        form.addRow("", self.suggestion_row)

        self.domain_group = QButtonGroup(self)
        self.domain_group.setExclusive(True)
        domain_box = QWidget()
        domain_layout = QVBoxLayout(domain_box)
        domain_layout.setContentsMargins(0, 0, 0, 0)
        self.domain_buttons: dict[str, QRadioButton] = {}
        for i, item in enumerate(self.call.domains):
            button = QRadioButton(item.label.get(self.lang))
            button.setAccessibleName(self.tr("Domaine : %1").replace("%1", item.label.get(self.lang)))
            self.domain_group.addButton(button, i)
            self.domain_buttons[item.id] = button
            domain_layout.addWidget(button)
        self._row(form, "domain", self.tr("&Domaine :"), domain_box, buddy=next(iter(self.domain_buttons.values()), None))

        partners = self.call.section_of_kind("partners")
        fields = {f.id: f.label.get(self.lang) for f in partners.fields} if partners else {}
        spelling = shared_spelling()
        self.cv = RichTextEdit(self.call.typography, spelling=spelling)
        self.cv.setAccessibleName(fields.get("cv", self.tr("Bref curriculum vitae")))
        self.team = RichTextEdit(self.call.typography, spelling=spelling)
        self.team.setAccessibleName(fields.get("team", self.tr("Présentation de l'équipe")))
        for editor in (self.cv, self.team):
            editor.setMinimumHeight(editor.fontMetrics().lineSpacing() * 6)
        self._row(form, "cv", self.tr("&CV :"), field_frame(self.cv), buddy=self.cv)
        self._row(form, "team", self.tr("É&quipe :"), field_frame(self.team), buddy=self.team)
        self.labels["cv"].setToolTip(fields.get("cv", ""))
        self.labels["team"].setToolTip(fields.get("team", ""))

        self.findings = FindingsLabel()
        self.findings.setAccessibleName(self.tr("Problèmes relevés pour ce partenaire"))

        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.findings)

        self.carrier_name.textEdited.connect(lambda text: self._set("carrier_name", text))
        self.unit.textEdited.connect(lambda text: self._set("unit", text))
        self.institution.textEdited.connect(lambda text: self._set("institution", text))
        self.cv.edited.connect(lambda: self._set("cv", self.cv.rich()))
        self.team.edited.connect(lambda: self._set("team", self.team.rich()))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.contract_end.dateChanged.connect(self._contract_end_changed)
        self.site.editTextChanged.connect(self._site_typed)
        self.use_suggestion.clicked.connect(self._accept_suggestion)
        self.domain_group.idToggled.connect(self._domain_toggled)

    def _row(self, form: QFormLayout, attr: str, text: str, field, buddy: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(buddy if buddy is not None else field)
        self.labels[attr] = label
        form.addRow(label, field)

    # ---- model <-> widgets -------------------------------------------------------------------------

    def load(self) -> None:
        """Fill every widget from the partner; emits nothing (the model already holds these values)."""
        p = self.partner
        self._loading = True
        try:
            self.carrier_name.setText(p.carrier_name)
            self.unit.setText(p.unit)
            self.institution.setText(p.institution)
            self.cv.set_rich(p.cv)
            self.team.set_rich(p.team)
            index = self.status.findData(p.status) if p.status is not None else 0
            self.status.setCurrentIndex(max(index, 0))
            if p.contract_end is None:
                self.contract_end.setDate(_NO_DATE)
            else:
                self.contract_end.setDate(QDate(p.contract_end.year, p.contract_end.month, p.contract_end.day))
            self.site.setEditText(p.site)
            self.domain_group.setExclusive(False)
            for domain_id, button in self.domain_buttons.items():
                button.setChecked(p.domain == domain_id)
            self.domain_group.setExclusive(True)
        finally:
            self._loading = False
        self._show_contract_end()
        self._show_site()

    def _set(self, attr: str, value) -> None:
        if self._loading or getattr(self.partner, attr) == value:
            return
        setattr(self.partner, attr, value)
        if attr in ("unit", "institution", "team"):
            self._show_site()
        self.edited.emit(attr)

    def _status_changed(self, index: int) -> None:
        if self._loading:
            return
        self._show_contract_end()
        self._set("status", self.status.itemData(index))

    def _contract_end_changed(self, date: QDate) -> None:
        if self._loading:
            return
        value = None if date == _NO_DATE else dt.date(date.year(), date.month(), date.day())
        self._set("contract_end", value)

    def _show_contract_end(self) -> None:
        """The end date matters only for statuses whose contract must cover the project (post-docs)."""
        needed = self.status.currentData() in self.call.eligibility.contract_must_cover_project
        self.contract_end.setVisible(needed)
        self.contract_end.setEnabled(needed)
        self.labels["contract_end"].setVisible(needed)
        if needed and self.contract_end.date() == _NO_DATE:
            # Open the calendar where the answer lies: the month the project ends.
            end = self.call.calendar.project_end
            self.contract_end.calendarWidget().setCurrentPage(end.year, end.month)

    def _site_typed(self, text: str) -> None:
        if self._loading:
            return
        text = text.strip()
        if text == self.partner.site and self.partner.site_confirmed == bool(text):
            return
        # Typing or picking a site is the user's own statement of it.
        self.partner.site = text
        self.partner.site_confirmed = bool(text)
        self._show_site()
        self.edited.emit("site")

    def _accept_suggestion(self) -> None:
        place = self._suggested_place()
        name = self.partner.site if place is None else place.name
        self._loading = True
        try:
            self.site.setEditText(name)
        finally:
            self._loading = False
        self.partner.site = name
        self.partner.site_confirmed = True
        self._show_site()
        self.edited.emit("site")

    def _suggested_place(self):
        p = self.partner
        if p.site and not p.site_confirmed:
            return find_place(p.site, self.call)
        if not p.site:
            return infer_place(p.unit, p.institution, p.team.plain(), call=self.call)
        return None

    def _show_site(self) -> None:
        p = self.partner
        place = find_place(p.site, self.call) if p.site else None
        if place is not None:
            self.territory.setText(self.tr("Territoire : %1").replace("%1", place.territory))
            tint(self.territory, None)
        elif p.site:
            self.territory.setText(
                self.tr("Lieu absent de la liste des sites de la région %1 : territoire inconnu").replace(
                    "%1", self.call.eligibility.region
                )
            )
            tint(self.territory, WARNING)
        else:
            self.territory.setText("")
        suggested = self._suggested_place()
        if p.site and not p.site_confirmed:
            where = f"{p.site} ({place.territory})" if place else p.site
            self.suggestion.setText(self.tr("Site déduit automatiquement : %1. Confirmez-le ou choisissez-en un autre.").replace("%1", where))
            self.use_suggestion.setText(self.tr("Confirmer"))
            self.suggestion_row.setVisible(True)
        elif suggested is not None:
            self.suggestion.setText(
                self.tr("Site suggéré d'après l'unité : %1 (%2).").replace("%1", suggested.name).replace("%2", suggested.territory)
            )
            self.use_suggestion.setText(self.tr("Utiliser « %1 »").replace("%1", suggested.name))
            self.suggestion_row.setVisible(True)
        else:
            self.suggestion_row.setVisible(False)

    def _domain_toggled(self, button_id: int, checked: bool) -> None:
        if self._loading or not checked:
            return
        self._set("domain", self.call.domains[button_id].id)

    # ---- findings and focus ------------------------------------------------------------------------

    def show_findings(self, findings: list[Finding]) -> None:
        """Colour the labels of fields at fault and list the sentences under the form."""
        shown = (self.lang, tuple(findings), self.palette().cacheKey())
        if shown == getattr(self, "_shown_findings", None):
            return  # asked after every keystroke anywhere in the dossier; usually nothing changed here
        self._shown_findings = shown
        by_attr: dict[str, list[Finding]] = {}
        for finding in findings:
            attr = finding.field.split("].", 1)[1].split(".", 1)[0] if "]." in finding.field else ""
            by_attr.setdefault(attr, []).append(finding)
        for attr, label in self.labels.items():
            own = by_attr.get(attr, [])
            tint(label, ERROR if any(f.is_error for f in own) else WARNING if own else None)
            label.setToolTip("\n".join(f.message(self.lang) for f in own))
        self.findings.show_findings(findings, self.lang)

    def widget_for(self, attr: str) -> QWidget | None:
        if attr == "domain":
            checked = self.domain_group.checkedButton()
            return checked or next(iter(self.domain_buttons.values()), None)
        widget = getattr(self, attr, None)
        return widget if isinstance(widget, QWidget) else None
