"""Derive the next call from a known one: what changes from year to year, prefilled from the source call.

The fields start with the source call's values (the id with its years moved on, since it must differ);
« Proposer l'année suivante » fills every field with next year's values for the user to correct. Only the
values that differ from the source are recorded as entered by the user. The call is checked by the loader
and installed at once; a refusal is shown in the dialog, which stays open.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iasante_desktop.core.callfile import CallChanges, source_years, suggested_changes
from iasante_desktop.core.callspec import CallSpec, CallSpecError
from iasante_desktop.gui.style import ERROR, status_color


ScrollBarPolicy = Qt.ScrollBarPolicy


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _plain(amount: Decimal) -> str:
    return format(amount.normalize(), "f")


class DeriveCallDialog(QDialog):
    created = Signal(object)  # the new CallSpec, installed

    def __init__(self, sources: list[CallSpec], source: CallSpec, lang: str = "fr", parent: QWidget | None = None,
                 derive=None, clock=None):
        super().__init__(parent)
        self.lang = lang
        self.sources = sources or [source]
        self._derive = derive
        self.clock = clock or (lambda: dt.datetime.now(dt.timezone.utc))
        self.new_call: CallSpec | None = None
        self.setWindowTitle(self.tr("Dériver l'appel suivant"))
        self.setMinimumWidth(640)

        self.source_combo = QComboBox(self)
        for spec in self.sources:
            self.source_combo.addItem(spec.name.get(lang), spec.id)
        self.source_combo.setAccessibleName(self.tr("Appel de départ"))
        self.suggest_button = QPushButton(self.tr("Proposer l'année &suivante"), self)
        self.suggest_button.setAccessibleDescription(self.tr("Avance d'un an les années, les dates et le nom des fichiers"))

        self.id_edit = QLineEdit(self)
        self.name_fr = QLineEdit(self)
        self.name_en = QLineEdit(self)
        self.years = QLineEdit(self)
        self.years.setPlaceholderText("2026-2027")
        self.deadline = QDateEdit(self)
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd/MM/yyyy")
        self.closing_time = QLineEdit(self)
        self.closing_time.setPlaceholderText("23:59:59+01:00")
        self.results = QLineEdit(self)
        self.results.setPlaceholderText("2027-01")
        self.project_start = QDateEdit(self)
        self.project_start.setCalendarPopup(True)
        self.project_start.setDisplayFormat("dd/MM/yyyy")
        self.duration = QSpinBox(self)
        self.duration.setRange(1, 120)
        self.duration.setSuffix(self.tr(" mois"))
        self.pattern = QLineEdit(self)
        self.address = QLineEdit(self)
        self.cap = QLineEdit(self)
        self.bonus = QLineEdit(self)
        self.min_partners = QSpinBox(self)
        self.min_partners.setRange(1, 50)
        self.limit_spins: dict[str, QSpinBox] = {}

        form = QFormLayout()
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_combo, 1)
        source_row.addWidget(self.suggest_button)
        form.addRow(self.tr("Appel de départ :"), source_row)
        form.addRow(self.tr("Identifiant du nouvel appel :"), self.id_edit)
        form.addRow(self.tr("Nom (français) :"), self.name_fr)
        form.addRow(self.tr("Nom (anglais) :"), self.name_en)
        form.addRow(self.tr("Années :"), self.years)
        form.addRow(self.tr("Date limite :"), self.deadline)
        form.addRow(self.tr("Heure de clôture (avec décalage UTC) :"), self.closing_time)
        form.addRow(self.tr("Résultats (AAAA-MM) :"), self.results)
        form.addRow(self.tr("Début du projet :"), self.project_start)
        form.addRow(self.tr("Durée du projet :"), self.duration)
        form.addRow(self.tr("Nom des fichiers :"), self.pattern)
        form.addRow(self.tr("Adresse d'envoi :"), self.address)
        form.addRow(self.tr("Plafond (€) :"), self.cap)
        form.addRow(self.tr("Bonus inter-territoires (€) :"), self.bonus)
        form.addRow(self.tr("Partenaires au minimum :"), self.min_partners)
        for edit, name in (
            (self.id_edit, self.tr("Identifiant du nouvel appel")),
            (self.name_fr, self.tr("Nom en français")),
            (self.name_en, self.tr("Nom en anglais")),
            (self.years, self.tr("Années")),
            (self.deadline, self.tr("Date limite")),
            (self.closing_time, self.tr("Heure de clôture")),
            (self.results, self.tr("Mois des résultats")),
            (self.project_start, self.tr("Début du projet")),
            (self.duration, self.tr("Durée du projet en mois")),
            (self.pattern, self.tr("Modèle du nom des fichiers")),
            (self.address, self.tr("Adresse d'envoi")),
            (self.cap, self.tr("Plafond")),
            (self.bonus, self.tr("Bonus inter-territoires")),
            (self.min_partners, self.tr("Nombre minimum de partenaires")),
        ):
            edit.setAccessibleName(name)
        self.limits_group = QGroupBox(self.tr("Limites des rubriques"), self)
        self.limits_form = QFormLayout(self.limits_group)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addWidget(self.limits_group)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(ScrollBarPolicy.ScrollBarAlwaysOff)
        self.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_combo.setMinimumContentsLength(30)

        self.note = QLabel(
            self.tr(
                "Chaque valeur garde la source de l'appel d'origine ; celles que vous changez sont notées comme "
                "saisies par vous, avec la date et l'appel de départ. Le nouvel appel est vérifié puis installé."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Erreur"))
        palette = self.error_label.palette()
        palette.setColor(self.error_label.foregroundRole(), status_color(ERROR, self.palette()))
        self.error_label.setPalette(palette)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(self.tr("&Créer l'appel"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.create_button.clicked.connect(self.create_call)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.source_combo.currentIndexChanged.connect(lambda _i: self.fill_from_source())
        self.suggest_button.clicked.connect(self.suggest_next_year)
        index = next((i for i, s in enumerate(self.sources) if s.id == source.id), 0)
        self.source_combo.setCurrentIndex(index)
        self.fill_from_source()
        self.resize(820, 800)

    # ---- filling -------------------------------------------------------------------------------------------

    @property
    def source(self) -> CallSpec:
        return self.sources[max(0, self.source_combo.currentIndex())]

    def fill_from_source(self) -> None:
        spec = self.source
        cal = spec.calendar
        self.id_edit.setText(suggested_changes(spec).id)
        self.name_fr.setText(spec.name.fr)
        self.name_en.setText(spec.name.en)
        self.years.setText(source_years(spec))
        self.deadline.setDate(_qdate(cal.deadline))
        self.closing_time.setText(cal.closes_at.timetz().isoformat())
        self.results.setText(cal.results)
        self.project_start.setDate(_qdate(cal.project_start))
        self.duration.setValue(cal.duration_months)
        self.pattern.setText(spec.submission.file_stem)
        self.address.setText(spec.submission.address)
        self.cap.setText(_plain(spec.budget.cap))
        self.bonus.setText(_plain(spec.budget.bonus))
        partners = spec.section_of_kind("partners")
        self.min_partners.setValue(partners.min_count or 1 if partners else 1)
        self.min_partners.setEnabled(partners is not None)
        while self.limits_form.rowCount():
            self.limits_form.removeRow(0)
        self.limit_spins = {}
        for section in spec.sections:
            if section.kind not in ("lines", "pages"):
                continue
            spin = QSpinBox(self.limits_group)
            spin.setRange(1, 999)
            if section.kind == "lines":
                spin.setValue(section.max_lines or 1)
                spin.setSuffix(self.tr(" lignes max."))
            else:
                spin.setValue(section.max_pages or 1)
                spin.setSuffix(self.tr(" pages max."))
            spin.setAccessibleName(section.label.get(self.lang))
            self.limits_form.addRow(section.label.get(self.lang) + " :", spin)
            self.limit_spins[section.id] = spin
        self.error_label.hide()

    def suggest_next_year(self) -> None:
        """Every year one more: id, names, years, dates, the file name."""
        changes = suggested_changes(self.source)
        self.id_edit.setText(changes.id)
        self.name_fr.setText(changes.name_fr or "")
        self.name_en.setText(changes.name_en or "")
        if changes.years:
            self.years.setText(changes.years)
        self.deadline.setDate(_qdate(changes.deadline))
        self.closing_time.setText(changes.closes_at.timetz().isoformat())
        self.results.setText(changes.results or "")
        self.project_start.setDate(_qdate(changes.project_start))
        self.pattern.setText(changes.file_stem or "")

    # ---- creating ------------------------------------------------------------------------------------------

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def changes(self) -> CallChanges:
        """The dialog's values as changes to the source; ValueError (a sentence) when one cannot be read."""
        spec = self.source
        deadline = _pydate(self.deadline.date())
        try:
            closing = dt.time.fromisoformat(self.closing_time.text().strip())
        except ValueError:
            closing = None
        if closing is None or closing.tzinfo is None:
            raise ValueError(
                self.tr("Heure de clôture illisible : écrivez-la avec son décalage UTC, par exemple 23:59:59+01:00.")
            )
        amounts = {}
        for name, edit in (("cap", self.cap), ("bonus", self.bonus)):
            text = edit.text().strip().replace(" ", "").replace("\u202f", "").replace("\u00a0", "").replace(",", ".")
            try:
                amounts[name] = Decimal(text)
            except InvalidOperation:
                raise ValueError(self.tr("Montant illisible : {text}").format(text=edit.text())) from None
        years = self.years.text().strip()
        return CallChanges(
            id=self.id_edit.text().strip(),
            # A name left as the source's follows the years; a name the user typed is taken as typed.
            name_fr=(self.name_fr.text().strip() or None) if self.name_fr.text().strip() != spec.name.fr else None,
            name_en=(self.name_en.text().strip() or None) if self.name_en.text().strip() != spec.name.en else None,
            years=years if years and years != source_years(spec) else None,
            deadline=deadline,
            closes_at=dt.datetime.combine(deadline, closing),
            results=self.results.text().strip() or None,
            project_start=_pydate(self.project_start.date()),
            duration_months=self.duration.value(),
            file_stem=self.pattern.text().strip() or None,
            address=self.address.text().strip() or None,
            cap=amounts["cap"],
            bonus=amounts["bonus"],
            limits={sid: spin.value() for sid, spin in self.limit_spins.items()},
            min_partners=self.min_partners.value() if self.min_partners.isEnabled() else None,
        )

    def create_call(self) -> CallSpec | None:
        try:
            changes = self.changes()
        except ValueError as exc:
            self._fail(str(exc))
            return None
        derive = self._derive
        if derive is None:
            from iasante_desktop.calls import derive
        try:
            new = derive(self.source, changes, self.clock())
        except CallSpecError as exc:
            self._fail(self.tr("Appel refusé, rien n'est installé : {why}").format(why=exc))
            return None
        self.new_call = new
        self.created.emit(new)
        self.accept()
        return new
