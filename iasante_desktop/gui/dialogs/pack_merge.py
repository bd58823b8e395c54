"""The diff of a returned partner pack: field by field, what the dossier holds → what the partner sent.

Each change is accepted or not; a field the assistant changed after sending the pack (and the partner too)
shows both versions and waits for a choice. The call's rules on the partner's block, as it would be with
every change, are shown on top. Applying writes the accepted fields, attaches the PDFs that came with the
pack to that partner, and records in the history where the changes came from.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from iasante_desktop.core.wording import counted
from iasante_desktop.gui.widgets.findings_label import FindingsLabel

KEEP, TAKE = 0, 1


def _value_label(text: str, accessible: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setAccessibleName(accessible)
    label.setMinimumWidth(220)
    return label


class PackMergeDialog(QDialog):
    """`applied(outcome)` once the accepted changes are in the dossier."""

    applied = Signal(object)

    def __init__(self, ctx, plan, pdfs=(), parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan = plan
        self.pdfs = list(pdfs)
        self.outcome = None
        lang = ctx.lang
        call = ctx.call
        if getattr(plan, "content", None) is not None:  # a returned partner pack
            partner = ctx.dossier.partners[plan.index]
            self.setWindowTitle(self.tr("Pack reçu du partenaire %1").replace("%1", str(plan.index + 1)))
            who = partner.carrier_name.strip() or self.tr("partenaire %1").replace("%1", str(plan.index + 1))
            header = QLabel(
                counted(
                    lang,
                    len(plan.changes),
                    self.tr("Pack du partenaire %1 (%2), daté du %3, fichier %4 : {n} champ différent."),
                    self.tr("Pack du partenaire %1 (%2), daté du %3, fichier %4 : {n} champs différents."),
                )
                .replace("%1", str(plan.index + 1))
                .replace("%2", who)
                .replace("%3", plan.content.identity.pack_date)
                .replace("%4", plan.source.name)
            )
            notes_source = plan.content.notes
        else:  # a whole Word dossier imported into the open one
            self.setWindowTitle(self.tr("Importer dans le dossier ouvert"))
            header = QLabel(
                counted(
                    lang,
                    len(plan.changes),
                    self.tr("Import de %1 dans le dossier ouvert : {n} champ différent. Les pièces jointes restent ; un champ vide du fichier Word ne change rien."),
                    self.tr("Import de %1 dans le dossier ouvert : {n} champs différents. Les pièces jointes restent ; un champ vide du fichier Word ne change rien."),
                ).replace("%1", plan.source.name)
            )
            notes_source = plan.notes
        self.resize(980, 640)
        header.setWordWrap(True)
        self.rules = FindingsLabel()
        self.rules.setAccessibleName(self.tr("Règles de l'appel sur le bloc reçu"))
        self.rules.show_findings(plan.findings, lang)
        notes = [fr if lang != "en" else en for fr, en in notes_source]
        if self.pdfs:
            notes.append(self.tr("Pièces jointes reçues : %1").replace("%1", ", ".join(p.name for p in self.pdfs)))
        self.notes = QLabel("\n".join(notes))
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(notes))

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for column, text in enumerate(
            (self.tr("Champ"), self.tr("Dans le dossier"), self.tr("Reçu") if getattr(plan, "content", None) is None else self.tr("Envoyé par le partenaire"), self.tr("Choix"))
        ):
            title = QLabel(f"<b>{text}</b>")
            grid.addWidget(title, 0, column)
        self.choices: list[tuple[object, QCheckBox | QButtonGroup]] = []
        for row, change in enumerate(plan.changes, start=1):
            label = plan.label(change.key, call, lang)
            name = QLabel(("⚠ " if change.conflict else "") + label)
            name.setWordWrap(True)
            name.setAlignment(Qt.AlignmentFlag.AlignTop)
            ours = plan.show(change.key, change.ours, call, lang)
            if change.conflict:
                ours += "\n" + self.tr("(modifié dans le dossier depuis l'envoi du pack ; envoyé : %1)").replace(
                    "%1", plan.show(change.key, change.sent, call, lang)
                )
            grid.addWidget(name, row, 0)
            grid.addWidget(_value_label(ours, self.tr("%1 : valeur du dossier").replace("%1", label)), row, 1)
            grid.addWidget(
                _value_label(plan.show(change.key, change.theirs, call, lang), self.tr("%1 : valeur reçue").replace("%1", label)),
                row,
                2,
            )
            if change.conflict:
                box = QWidget()
                layout = QVBoxLayout(box)
                layout.setContentsMargins(0, 0, 0, 0)
                group = QButtonGroup(box)
                keep = QRadioButton(self.tr("Garder le dossier"))
                take = QRadioButton(self.tr("Prendre le partenaire"))
                keep.setAccessibleName(self.tr("%1 : garder la valeur du dossier").replace("%1", label))
                take.setAccessibleName(self.tr("%1 : prendre la valeur du partenaire").replace("%1", label))
                group.addButton(keep, KEEP)
                group.addButton(take, TAKE)
                layout.addWidget(keep)
                layout.addWidget(take)
                group.idToggled.connect(lambda *_: self._update_buttons())
                grid.addWidget(box, row, 3, Qt.AlignmentFlag.AlignTop)
                self.choices.append((change, group))
            else:
                check = QCheckBox(self.tr("Accepter"))
                check.setChecked(change.accept)
                check.setAccessibleName(self.tr("%1 : accepter la valeur reçue").replace("%1", label))
                grid.addWidget(check, row, 3, Qt.AlignmentFlag.AlignTop)
                self.choices.append((change, check))
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(grid)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.empty = QLabel(self.tr("Le pack reçu ne change rien au dossier."))
        self.empty.setVisible(not plan.changes)

        self.accept_all_button = QPushButton(self.tr("Tout &accepter"))
        self.apply_button = QPushButton(self.tr("A&ppliquer"))
        self.apply_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.pending = QLabel()
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.accept_all_button)
        row_buttons.addWidget(self.pending, 1)
        row_buttons.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.rules)
        layout.addWidget(self.notes)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)
        layout.addLayout(row_buttons)
        self._update_buttons()

    def unresolved(self) -> int:
        return sum(1 for _, w in self.choices if isinstance(w, QButtonGroup) and w.checkedId() < 0)

    def _update_buttons(self) -> None:
        left = self.unresolved()
        self.apply_button.setEnabled(left == 0)
        self.pending.setText(
            self.tr("%1 conflit(s) à trancher : choisissez une des deux versions.").replace("%1", str(left)) if left else ""
        )

    def accept_all(self) -> None:
        """Every change, conflicts included, takes the partner's value."""
        for _, widget in self.choices:
            if isinstance(widget, QButtonGroup):
                widget.button(TAKE).setChecked(True)
            else:
                widget.setChecked(True)
        self._update_buttons()

    def apply(self) -> None:
        if self.unresolved():
            return
        for change, widget in self.choices:
            change.accept = widget.checkedId() == TAKE if isinstance(widget, QButtonGroup) else widget.isChecked()
        ctx = self.ctx
        self.outcome = self.plan.finish(ctx.dossier, ctx.call, self.pdfs)
        if ctx.draft is not None:
            from iasante_desktop.drafts import DraftError

            try:
                ctx.draft.checkpoint(self.outcome.label, ctx.dossier)
            except DraftError:
                pass  # the autosave after the edit below says what went wrong
        ctx.events.replaced.emit()
        ctx.edited("partners")
        self.applied.emit(self.outcome)
        self.accept()
