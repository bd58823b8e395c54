"""The partners page: any number of partners, each with the annex's block and what the rules ask for.

A list on the left (with add, remove, move up/down) and one form per partner on the right. Each form is
bound to its Partner object rather than to an index, so reordering moves forms without reloading them
and the user's undo history in each text box survives.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from iasante_desktop.gui.context import AppContext
from iasante_desktop.gui.pages.base import DossierPage
from iasante_desktop.gui.style import ERROR, OK, WARNING, status_icon
from iasante_desktop.gui.widgets.findings_label import FindingsLabel
from iasante_desktop.gui.widgets.budget_gauge import territories_text
from iasante_desktop.gui.widgets.partners_board import PartnersBoard
from iasante_desktop.gui.widgets.partners_editor import PartnerEditor
from iasante_desktop.gui.widgets.partners_moves import add_partner, cv_of, index_of, move_partner, remove_partner
from iasante_desktop.gui.widgets.partners_tint import tint


STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the status an item's icon shows


def partner_caption(index: int, name: str, unit: str) -> str:
    """'Partenaire 2 — Karim Benali (CHU de Montpellier)' as the list and the budget header show it."""
    who = " ".join(part for part in (name.strip(), f"({unit.strip()})" if unit.strip() else "") if part)
    return f"{index + 1} — {who}" if who else f"{index + 1}"


class PartnersPage(DossierPage):
    page_id = "partners"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._editors: list[PartnerEditor] = []

        self.coportage = QLabel()
        self.coportage.setAccessibleName(self.tr("Co-portage IA et Santé"))
        self.territories = QLabel()
        self.territories.setAccessibleName(self.tr("Territoires des partenaires et plafond"))
        self.general = FindingsLabel()
        self.general.setAccessibleName(self.tr("Problèmes relevés pour l'ensemble des partenaires"))

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Liste des partenaires"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        list_label = QLabel(self.tr("&Liste des partenaires :"))
        list_label.setBuddy(self.list)

        self.add_button = QPushButton(self.tr("&Ajouter un partenaire"))
        self.add_button.setAccessibleName(self.tr("Ajouter un partenaire"))
        self.remove_button = QPushButton(self.tr("Suppr&imer"))
        self.remove_button.setAccessibleName(self.tr("Supprimer le partenaire choisi"))
        self.up_button = QPushButton(self.tr("&Monter"))
        self.up_button.setAccessibleName(self.tr("Monter le partenaire choisi"))
        self.down_button = QPushButton(self.tr("Descend&re"))
        self.down_button.setAccessibleName(self.tr("Descendre le partenaire choisi"))

        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Fiche du partenaire"))
        self.board = PartnersBoard(ctx)
        self.board.merge_requested.connect(self.merge_pack)
        self.merge_dialog = None  # the last diff dialog opened from this page (tests read it)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button):
            moves.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        left.addLayout(moves)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.stack, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_heading())
        layout.addWidget(self.coportage)
        layout.addWidget(self.territories)
        layout.addWidget(self.general)
        layout.addWidget(self.board)
        layout.addLayout(body, 1)

        self.list.currentRowChanged.connect(self._select)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(lambda: self.remove(self.list.currentRow(), confirm=True))
        self.up_button.clicked.connect(lambda: self.move(self.list.currentRow(), -1))
        self.down_button.clicked.connect(lambda: self.move(self.list.currentRow(), +1))

        self.setTabOrder(self.list, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.up_button)
        self.setTabOrder(self.up_button, self.down_button)
        # Mnemonics avoid the window's own (Alt+F, Alt+É menus; Alt+P, Alt+S Previous/Next).
        self.load()

    # ---- the contract with the window --------------------------------------------------------------

    def load(self) -> None:
        for editor in self._editors:
            self.stack.removeWidget(editor)
            editor.deleteLater()
        self._editors = []
        self._sync()
        self.list.setCurrentRow(0 if self._editors else -1)
        self.refresh()

    def refresh(self) -> None:
        self._sync()
        ctx = self.ctx
        for i, editor in enumerate(self._editors):
            editor.show_findings(self._own_findings(i))
            self._caption(i)
        self._show_coportage()
        self.territories.setText(territories_text(ctx.budget_summary()))
        self.general.show_findings([f for f in ctx.findings if f.field == "partners"], ctx.lang)
        self.board.refresh()
        self._enable_buttons()

    def merge_pack(self, path, pdfs=()):
        """Open the diff dialog for a returned pack; refusals show as one line, French then English."""
        from PySide6.QtWidgets import QMessageBox

        from iasante_desktop.gui.pack_merging import NOT_A_PACK, start_pack_merge

        def error(title: str, text: str) -> None:
            window = self.window()
            if hasattr(window, "show_error"):
                window.show_error(title, text)
            else:
                box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
                box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self.message_box = box
                box.open()

        dialog = start_pack_merge(self.ctx, self, path, pdfs, error)
        if dialog == NOT_A_PACK:
            error(self.tr("Pack illisible"), self.tr("Ce fichier Word n'est pas un pack partenaire."))
            return None
        self.merge_dialog = dialog
        return dialog

    def focus_field(self, path: str) -> bool:
        if path == "partners":
            self.list.setFocus()
            return True
        if not path.startswith("partners["):
            return False
        index_text, _, rest = path[len("partners[") :].partition("]")
        try:
            index = int(index_text)
        except ValueError:
            return False
        if not 0 <= index < len(self._editors):
            return False
        attr = rest.lstrip(".").split(".", 1)[0]
        if attr == "budget":
            return False
        self.list.setCurrentRow(index)
        widget = self._editors[index].widget_for(attr) if attr else None
        (widget or self._editors[index].carrier_name).setFocus()
        return True

    # ---- structure ---------------------------------------------------------------------------------

    def add(self) -> int:
        index = add_partner(self.ctx.dossier)
        self._sync()
        self.list.setCurrentRow(index)
        self._editors[index].carrier_name.setFocus()
        self.ctx.edited("partners")
        return index

    def remove(self, index: int, confirm: bool = True) -> bool:
        dossier = self.ctx.dossier
        if not 0 <= index < len(dossier.partners):
            return False
        if confirm and not self._confirm_removal(index):
            return False
        remove_partner(dossier, index)
        self._sync()
        self.list.setCurrentRow(min(index, len(self._editors) - 1))
        self.ctx.edited("partners")
        return True

    def move(self, index: int, step: int) -> bool:
        dossier = self.ctx.dossier
        target = index + step
        if not (0 <= index < len(dossier.partners) and 0 <= target < len(dossier.partners)):
            return False
        move_partner(dossier, index, target)
        self._sync()
        self.list.setCurrentRow(target)
        self.ctx.edited("partners")
        return True

    def _confirm_removal(self, index: int) -> bool:
        partner = self.ctx.dossier.partners[index]
        who = partner_caption(index, partner.carrier_name, partner.unit)
        text = self.tr("Supprimer le partenaire %1 avec son budget ?").replace("%1", who)
        if cv_of(self.ctx.dossier, index) is not None:
            text += "\n" + self.tr("Son CV joint sera retiré aussi.")
        answer = QMessageBox.question(
            self,
            self.tr("Supprimer un partenaire"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _sync(self) -> None:
        """Make the forms and the list follow ctx.dossier.partners, reusing each partner's form."""
        partners = self.ctx.dossier.partners
        if len(self._editors) == len(partners) and all(e.partner is p for e, p in zip(self._editors, partners)):
            return
        current = self.list.currentRow()
        current_partner = self._editors[current].partner if 0 <= current < len(self._editors) else None
        by_partner = {id(e.partner): e for e in self._editors}
        editors = []
        for partner in partners:
            editor = by_partner.pop(id(partner), None)
            if editor is None:
                editor = PartnerEditor(self.ctx.call, self.ctx.lang, partner)
                editor.edited.connect(lambda attr, e=editor: self._field_edited(e, attr))
            editors.append(editor)
        for gone in by_partner.values():
            self.stack.removeWidget(gone)
            gone.deleteLater()
        for editor in self._editors:
            self.stack.removeWidget(editor)
        for editor in editors:
            self.stack.addWidget(editor)
        self._editors = editors
        self.list.blockSignals(True)
        self.list.clear()
        for i in range(len(editors)):
            self.list.addItem(QListWidgetItem())
            self._caption(i)
        self.list.blockSignals(False)
        keep = index_of(self.ctx.dossier, current_partner) if current_partner is not None else None
        row = keep if keep is not None else min(max(current, 0), len(editors) - 1)
        self.list.setCurrentRow(row)
        self._select(row)

    def _field_edited(self, editor: PartnerEditor, attr: str) -> None:
        index = index_of(self.ctx.dossier, editor.partner)
        if index is None:
            return
        if attr in ("carrier_name", "unit"):
            self._caption(index)
        self.ctx.edited(f"partners[{index}].{attr}")

    def _select(self, row: int) -> None:
        if 0 <= row < len(self._editors):
            self.stack.setCurrentWidget(self._editors[row])
        self._enable_buttons()

    def _enable_buttons(self) -> None:
        row = self.list.currentRow()
        count = len(self._editors)
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _caption(self, index: int) -> None:
        item = self.list.item(index)
        if item is None:
            return
        partner = self.ctx.dossier.partners[index]
        text = self.tr("Partenaire %1").replace("%1", partner_caption(index, partner.carrier_name, partner.unit))
        findings = self._own_findings(index)
        if any(f.is_error for f in findings):
            status, state = ERROR, self.tr("erreurs")
        elif findings:
            status, state = WARNING, self.tr("avertissements")
        else:
            status, state = OK, self.tr("complet")
        if item.text() == text and item.data(STATUS_ROLE) == status:
            return  # refreshed after every keystroke; an unchanged item is left alone
        item.setText(text)
        item.setToolTip(text)
        item.setData(STATUS_ROLE, status)
        item.setIcon(status_icon(status))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.text()} ({state})")

    def _own_findings(self, index: int):
        """The partner's findings this page can fix; its budget's belong to the budget page."""
        prefix = f"partners[{index}].budget"
        return [f for f in self.ctx.findings_for(f"partners[{index}]") if not f.field.startswith(prefix)]

    def _show_coportage(self) -> None:
        """'Co-portage : IA ✓ / Santé ✗' from the domains the partners declare."""
        ctx = self.ctx
        present = {p.domain for p in ctx.dossier.partners}
        parts = []
        for domain_id in ctx.call.eligibility.coportage:
            item = next((d for d in ctx.call.domains if d.id == domain_id), None)
            name = item.label.get(ctx.lang).split(" / ")[0] if item else domain_id
            parts.append(f"{name} {'✓' if domain_id in present else '✗'}")
        self.coportage.setText(self.tr("Co-portage : %1").replace("%1", " / ".join(parts)))
        missing = any(f.rule == "partners.coportage" for f in ctx.findings)
        tint(self.coportage, ERROR if missing else None)
