"""« Changer d'appel »: pick another known call, see what changes for this dossier, then move it.

The dialog shows, before anything happens, what the new call changes (limits, cap, dates, the file name)
and which verdicts appear or disappear; the dossier's text is never touched. The window does the move.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from iasante_desktop.core.callmove import call_differences, verdict_changes
from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Dossier


class ChangeCallDialog(QDialog):
    chosen = Signal(object)  # the CallSpec to move to

    def __init__(
        self,
        dossier: Dossier,
        current: CallSpec | None,
        targets: list[CallSpec],
        lang: str = "fr",
        parent: QWidget | None = None,
        checker: Callable | None = None,
        current_findings: list | None = None,
    ):
        super().__init__(parent)
        self.dossier = dossier
        self.current = current
        self.targets = [t for t in targets if current is None or t.id != current.id]
        self.lang = lang
        self._check = checker
        self._before = current_findings
        self.setWindowTitle(self.tr("Changer d'appel"))
        self.setMinimumWidth(620)
        intro = QLabel(self)
        intro.setWordWrap(True)
        if current is None:
            intro.setText(
                self.tr("Ce dossier a été écrit pour l'appel « {call} », dont le fichier est introuvable. Choisissez l'appel sous lequel le reprendre ; aucun mot du dossier ne change.").format(call=dossier.call_id)
            )
        else:
            intro.setText(
                self.tr("Appel actuel : {name}. Choisissez le nouvel appel : le dossier y est revérifié, aucun mot ne change, et le changement est noté dans l'historique.").format(name=current.name.get(lang))
            )
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Nouvel appel"))
        for spec in self.targets:
            self.combo.addItem(spec.name.get(lang), spec.id)
        self.report = QTextBrowser(self)
        self.report.setAccessibleName(self.tr("Ce qui change"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.move_button = self.buttons.addButton(self.tr("&Changer d'appel"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.move_button.setEnabled(bool(self.targets))
        self.buttons.rejected.connect(self.reject)
        self.move_button.clicked.connect(self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.combo)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.combo.currentIndexChanged.connect(lambda _i: self.show_changes())
        self.show_changes()
        self.resize(680, 480)

    @property
    def target(self) -> CallSpec | None:
        index = self.combo.currentIndex()
        return self.targets[index] if 0 <= index < len(self.targets) else None

    def _findings(self, call: CallSpec) -> list:
        if self._check is not None:
            return self._check(self.dossier, call)
        from iasante_desktop.checking import check

        return check(self.dossier, call).findings

    def show_changes(self) -> None:
        """What moving to the selected call changes, as the user will read it (also `self.lines`)."""
        target = self.target
        lines: list[str] = []
        if target is None:
            self.lines = [self.tr("Aucun autre appel n'est installé : installez-en un ou dérivez l'appel suivant.")]
            self.report.setPlainText(self.lines[0])
            return
        if self.current is not None:
            differences = call_differences(self.dossier, self.current, target)
            lines.append(self.tr("Ce qui change :"))
            lines += [f"• {d.text(self.lang)}" for d in differences] or [self.tr("• rien pour ce dossier")]
            before = self._before if self._before is not None else self._findings(self.current)
        else:
            before = []
        after = self._findings(target)
        changes = verdict_changes(before, after)
        if changes.appeared or changes.resolved:
            lines.append("")
            lines.append(self.tr("Vérification sous le nouvel appel :"))
            lines += [self.tr("• nouveau : {text}").format(text=f.message(self.lang)) for f in changes.appeared]
            lines += [self.tr("• résolu : {text}").format(text=f.message(self.lang)) for f in changes.resolved]
        errors = sum(1 for f in after if f.is_error)
        lines.append("")
        lines.append(self.tr("Sous le nouvel appel : {errors} erreur(s), {warnings} avertissement(s). Le texte du dossier reste tel quel.").format(errors=errors, warnings=len(after) - errors))
        self.lines = lines
        self.report.setPlainText("\n".join(lines))

    def _accept(self) -> None:
        if self.target is not None:
            self.chosen.emit(self.target)
            self.accept()
