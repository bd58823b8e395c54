"""The attachments page: each partner's CV, letters of interest and other annexes, as checked PDFs.

Every file is checked when it arrives (documents.pdf_check: opens, no password, has pages, not too big),
so a bad file is refused with its name while the user still has it at hand, not at export time. Accepted
files go into the dossier with their bytes; the autosave then keeps them inside the draft.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QListWidgetItem, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from iasante_desktop.core.dossier import Attachment
from iasante_desktop.core.wording import counted
from iasante_desktop.documents.pdf_check import MAX_ATTACHMENT_BYTES
from iasante_desktop.gui.context import AppContext
from iasante_desktop.gui.pages.base import DossierPage
from iasante_desktop.gui.style import ERROR, OK, WARNING
from iasante_desktop.gui.widgets.attachments_checker import CheckBatch, PdfChecker
from iasante_desktop.gui.widgets.attachments_files import open_in_viewer, size_text
from iasante_desktop.gui.widgets.attachments_slots import AttachmentList, CvSlot
from iasante_desktop.gui.widgets.email_size import EmailSizeGauge
from iasante_desktop.gui.widgets.partners_moves import cv_of, index_of
from iasante_desktop.gui.widgets.partners_tint import tint

_PDF_FILTER = "PDF (*.pdf *.PDF)"
# A CV may come as a Word or OpenDocument file: LibreOffice converts it when installed (documents.convert).
_CV_FILTER = "PDF, Word, OpenDocument (*.pdf *.PDF *.docx *.doc *.odt *.rtf)"


class AttachmentsPage(DossierPage):
    page_id = "attachments"
    files_checked = Signal()  # a drop or a choice has been checked and filed (or refused)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._slots: list[CvSlot] = []
        self.last_opened: Path | None = None
        # Every attachment action can be undone: before each one, the list as it was (each attachment with
        # the partner it belonged to) and what the action was.
        self._undo_stack: list[tuple[str, list[tuple[Attachment, int | None]]]] = []
        self._notes: dict[int, tuple[str, str]] = {}  # partner index -> (status, text) beside its CV box
        self.checker = PdfChecker(self)
        self.checker.finished.connect(self._checked)

        self.intro = QLabel(
            self.tr("Joignez les pièces en PDF (%1 au plus par fichier). Chaque fichier est vérifié à son arrivée : il doit s'ouvrir sans mot de passe.").replace(
                "%1", size_text(MAX_ATTACHMENT_BYTES)
            )
        )
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Résultat de la dernière pièce jointe"))
        self.message.hide()
        self.totals = QLabel()
        self.totals.setAccessibleName(self.tr("Total des pièces jointes"))
        self.email_size = EmailSizeGauge(ctx)
        self.undo_button = QPushButton(self.tr("Annuler la dernière action"))
        self.undo_button.setAccessibleName(self.tr("Annuler la dernière action sur les pièces jointes"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        self.cv_box = QGroupBox(self.tr("CV des porteurs (un PDF par partenaire)"))
        self.cv_layout = QVBoxLayout(self.cv_box)
        self.letters = AttachmentList("letter", self.tr("&Lettres d'intérêt"))
        self.annexes = AttachmentList("annex", self.tr("Autres &annexes"))

        # No scroll area of our own: the window puts every page in one.
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_heading())
        layout.addWidget(self.intro)
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addStretch(0)
        top.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self.cv_box)
        layout.addWidget(self.letters)
        layout.addWidget(self.annexes)
        layout.addWidget(self.totals)
        layout.addWidget(self.email_size)
        layout.addStretch(1)

        for box in (self.letters, self.annexes):
            box.files_dropped.connect(lambda paths, b=box: self.attach_files(paths, b.kind))
            box.add_button.clicked.connect(lambda _=False, b=box: self._choose_many(b.kind))
            box.open_button.clicked.connect(lambda _=False, b=box: self._open_listed(b))
            box.remove_button.clicked.connect(lambda _=False, b=box: self._remove_listed(b))
            box.list.itemActivated.connect(lambda _item, b=box: self._open_listed(b))
        self.load()

    # ---- the contract with the window --------------------------------------------------------------

    def load(self) -> None:
        self.message.hide()
        self._undo_stack.clear()
        self._notes.clear()
        self.refresh()

    def refresh(self) -> None:
        self._sync_slots()
        dossier = self.ctx.dossier
        for i, slot in enumerate(self._slots):
            partner = dossier.partners[i]
            who = " — ".join(part for part in (partner.carrier_name.strip(), partner.unit.strip()) if part)
            heading = self.tr("Partenaire %1").replace("%1", str(i + 1)) + (f" : {who}" if who else "")
            cv = cv_of(dossier, i)
            self._fill_move_menu(slot, i)
            slot.show_file(heading, self._describe(cv) if cv else None)
            self._show_note(slot, i)
        self.undo_button.setEnabled(bool(self._undo_stack))
        for box in (self.letters, self.annexes):
            self._fill_list(box)
        count = len(dossier.attachments)
        pages = sum(a.pages or 0 for a in dossier.attachments)
        size = sum(a.size for a in dossier.attachments)
        lang = self.ctx.lang
        if count:
            files = counted(lang, count, self.tr("{n} pièce jointe"), self.tr("{n} pièces jointes"))
            leaves = counted(lang, pages, self.tr("{n} page"), self.tr("{n} pages"))
            self.totals.setText(f"{files}, {leaves}, {size_text(size)}")
        else:
            self.totals.setText(self.tr("Aucune pièce jointe."))
        self.email_size.refresh()

    def focus_field(self, path: str) -> bool:
        if not path.startswith("attachments"):
            return False
        (self._slots[0].choose_button if self._slots else self.letters.add_button).setFocus()
        return True

    # ---- adding --------------------------------------------------------------------------------------

    def attach_files(self, paths: list[str], kind: str, partner: int | None = None) -> None:
        """Check dropped or chosen files, then attach them (`files_checked` says when). A refused file is
        named and changes nothing."""
        if kind == "cv" and len(paths) > 1:
            self._say(ERROR, self.tr("Un seul CV par partenaire : déposez un seul fichier."))
            self.files_checked.emit()
            return
        names = ", ".join(f"« {Path(p).name} »" for p in paths)
        checking = self.tr("Vérification de %1…").replace("%1", names)
        if kind == "cv" and partner is not None and 0 <= partner < len(self._slots):
            self._notes[partner] = (OK, checking)
            self._show_note(self._slots[partner], partner)
        else:
            self._say(OK, checking)
        # The Partner object, not its index: the user may reorder partners while the file is checked.
        owner = self.ctx.dossier.partners[partner] if kind == "cv" and partner is not None else None
        self.checker.check(CheckBatch(list(paths), kind, {"dossier": self.ctx.dossier, "owner": owner}))

    @property
    def busy(self) -> bool:
        return self.checker.pending > 0

    def _checked(self, batch: CheckBatch) -> None:
        dossier = self.ctx.dossier
        if batch.context["dossier"] is not dossier:
            self.files_checked.emit()
            return  # another dossier was opened meanwhile: these files belonged to the old one
        lang = self.ctx.lang
        accepted: list[str] = []
        problems: list[str] = []
        warnings: list[str] = []
        for checked in batch.results:
            if checked.error is not None:
                problems.append(checked.error.message(lang))
                continue
            attachment, info = checked.attachment, checked.info
            if batch.kind == "cv":
                attachment.partner = index_of(dossier, batch.context["owner"])
                if attachment.partner is None:
                    problems.append(self.tr("« %1 » : le partenaire a été supprimé entre-temps.").replace("%1", attachment.filename))
                    continue
            elif any(a.sha256 == attachment.sha256 and a.kind == batch.kind for a in dossier.attachments):
                problems.append(self.tr("« %1 » est déjà joint.").replace("%1", attachment.filename))
                continue
            self._store(attachment)
            accepted.append(self._describe(attachment))
            if info.unembedded_fonts:
                warnings.append(
                    self.tr("« %1 » utilise des polices non incorporées (%2) : le lecteur du comité pourrait en afficher d'autres.")
                    .replace("%1", attachment.filename)
                    .replace("%2", ", ".join(info.unembedded_fonts))
                )
            if batch.kind == "cv":
                from iasante_desktop.core.attachment_checks import cv_names_other_partner

                other = cv_names_other_partner(info.text, dossier, attachment.partner)
                if other is not None:
                    warnings.append(other[1] if lang == "en" else other[0])
        lines = [self.tr("Joint : %1").replace("%1", text) for text in accepted] + warnings + problems
        status = ERROR if problems else WARNING if warnings else OK
        owner = index_of(dossier, batch.context["owner"]) if batch.kind == "cv" and batch.context.get("owner") is not None else None
        if owner is not None:
            self._notes[owner] = (status, "\n".join(lines))  # beside the partner's box
            self.message.hide()
        else:
            self._say(status, "\n".join(lines))
        if accepted:
            self.ctx.edited("attachments")
        self.refresh()
        self.files_checked.emit()

    def _store(self, attachment: Attachment) -> None:
        self._remember(self.tr("ajout de %1").replace("%1", attachment.filename))
        attachments = self.ctx.dossier.attachments
        if attachment.kind == "cv":
            for i, existing in enumerate(attachments):
                if existing.kind == "cv" and existing.partner == attachment.partner:
                    attachments[i] = attachment  # replace in place: the order of the annexes stays
                    return
        attachments.append(attachment)

    def remove(self, attachment: Attachment) -> None:
        self._remember(self.tr("retrait de %1").replace("%1", attachment.filename))
        self.ctx.dossier.attachments[:] = [a for a in self.ctx.dossier.attachments if a is not attachment]
        if attachment.kind == "cv" and attachment.partner is not None:
            self._notes[attachment.partner] = (OK, self.tr("Retiré : %1").replace("%1", attachment.filename))
        else:
            self._say(OK, self.tr("Retiré : %1").replace("%1", attachment.filename))
        self.ctx.edited("attachments")

    # ---- moving and undoing --------------------------------------------------------------------------

    def _remember(self, what: str) -> None:
        self._undo_stack.append((what, [(a, a.partner) for a in self.ctx.dossier.attachments]))
        del self._undo_stack[:-50]

    def move_cv(self, index: int, target: int) -> bool:
        """Move partner `index`'s CV to partner `target`; a CV already there goes the other way."""
        dossier = self.ctx.dossier
        cv = cv_of(dossier, index)
        if cv is None or index == target or not 0 <= target < len(dossier.partners):
            return False
        self._remember(self.tr("déplacement de %1").replace("%1", cv.filename))
        other = cv_of(dossier, target)
        cv.partner = target
        if other is not None:
            other.partner = index
        text = self.tr("%1 déplacé vers le partenaire %2.").replace("%1", cv.filename).replace("%2", str(target + 1))
        self._notes.pop(index, None)
        self._notes[target] = (OK, text)
        if other is not None:
            self._notes[index] = (OK, self.tr("%1 déplacé vers le partenaire %2.").replace("%1", other.filename).replace("%2", str(index + 1)))
        self.ctx.edited("attachments")
        return True

    def undo(self) -> bool:
        """Put the attachments back as they were before the last action on this page."""
        if not self._undo_stack:
            return False
        what, before = self._undo_stack.pop()
        for attachment, partner in before:
            attachment.partner = partner
        self.ctx.dossier.attachments[:] = [a for a, _ in before]
        self._notes.clear()
        self._say(OK, self.tr("Annulé : %1").replace("%1", what))
        self.ctx.edited("attachments")
        return True

    def _fill_move_menu(self, slot: CvSlot, index: int) -> None:
        dossier = self.ctx.dossier
        slot.move_menu.clear()
        for j, partner in enumerate(dossier.partners):
            if j == index:
                continue
            label = self.tr("Partenaire %1").replace("%1", str(j + 1))
            if partner.carrier_name.strip():
                label += f" — {partner.carrier_name.strip()}"
            slot.move_menu.addAction(label, lambda i=index, t=j: self.move_cv(i, t))

    def _show_note(self, slot: CvSlot, index: int) -> None:
        status, text = self._notes.get(index, (OK, ""))
        duplicates = [
            f for f in self.ctx.findings
            if f.rule == "attachments.duplicate" and index + 1 in (f.numbers.get("partner_a"), f.numbers.get("partner_b"))
        ]
        if duplicates:
            text = "\n".join([t for t in (text,) if t] + [f.message(self.ctx.lang) for f in duplicates])
            status = ERROR
        slot.note.setText(text)
        tint(slot.note, None if status == OK else status)
        slot.note.setProperty("status", status)
        slot.note.setVisible(bool(text))

    def open(self, attachment: Attachment) -> None:
        try:
            path, opened = open_in_viewer(attachment)
        except OSError as error:
            self._say(ERROR, self.tr("« %1 » : copie temporaire impossible (%2).").replace("%1", attachment.filename).replace("%2", error.strerror or str(error)))
            return
        self.last_opened = path
        if not opened:
            self._say(WARNING, self.tr("Aucun lecteur PDF n'a pu ouvrir « %1 » ; une copie est ici : %2").replace("%1", attachment.filename).replace("%2", str(path)))

    # ---- widgets -------------------------------------------------------------------------------------

    def _sync_slots(self) -> None:
        count = len(self.ctx.dossier.partners)
        while len(self._slots) > count:
            slot = self._slots.pop()
            self.cv_layout.removeWidget(slot)
            slot.deleteLater()
        while len(self._slots) < count:
            index = len(self._slots)
            slot = CvSlot(index + 1)
            slot.files_dropped.connect(lambda paths, i=index: self.attach_files(paths, "cv", i))
            slot.choose_button.clicked.connect(lambda _=False, i=index: self._choose_cv(i))
            slot.open_button.clicked.connect(lambda _=False, i=index: self._open_cv(i))
            slot.remove_button.clicked.connect(lambda _=False, i=index: self._remove_cv(i))
            self.cv_layout.addWidget(slot)
            self._slots.append(slot)

    def _listed(self, kind: str) -> list[Attachment]:
        count = len(self.ctx.dossier.partners)
        if kind == "annex":
            # A CV whose partner is gone (an imported file) stays visible here rather than vanish.
            return [
                a
                for a in self.ctx.dossier.attachments
                if a.kind == "annex" or (a.kind == "cv" and not (a.partner is not None and 0 <= a.partner < count))
            ]
        return [a for a in self.ctx.dossier.attachments if a.kind == kind]

    def _fill_list(self, box: AttachmentList) -> None:
        current = box.list.currentRow()
        box.list.clear()
        for attachment in self._listed(box.kind):
            text = self._describe(attachment)
            if attachment.kind == "cv":
                text = self.tr("CV sans partenaire : %1").replace("%1", text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, id(attachment))
            box.list.addItem(item)
        box.list.setCurrentRow(min(current, box.list.count() - 1))
        box.hint.setVisible(box.list.count() == 0)

    def _describe(self, attachment: Attachment) -> str:
        pages = attachment.pages
        if pages is not None:
            pages_text = counted(self.ctx.lang, pages, self.tr("{n} page"), self.tr("{n} pages"))
        else:
            pages_text = self.tr("pages inconnues")
        return f"{attachment.filename} — {pages_text}, {size_text(attachment.size)}"

    def _chosen(self, box: AttachmentList) -> Attachment | None:
        item = box.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((a for a in self.ctx.dossier.attachments if id(a) == wanted), None)

    def _choose_cv(self, index: int) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CV du partenaire %1").replace("%1", str(index + 1)), "", _CV_FILTER)
        if path:
            self.attach_files([path], "cv", index)

    def _choose_many(self, kind: str) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Joindre des PDF"), "", _PDF_FILTER)
        if paths:
            self.attach_files(paths, kind)

    def _open_cv(self, index: int) -> None:
        cv = cv_of(self.ctx.dossier, index)
        if cv is not None:
            self.open(cv)

    def _remove_cv(self, index: int) -> None:
        cv = cv_of(self.ctx.dossier, index)
        if cv is not None:
            self.remove(cv)

    def _open_listed(self, box: AttachmentList) -> None:
        attachment = self._chosen(box)
        if attachment is not None:
            self.open(attachment)

    def _remove_listed(self, box: AttachmentList) -> None:
        attachment = self._chosen(box)
        if attachment is not None:
            self.remove(attachment)

    def _say(self, status: str, text: str) -> None:
        self.message.setText(text)
        tint(self.message, None if status == OK else status)
        self.message.setProperty("status", status)
        self.message.setVisible(bool(text))
