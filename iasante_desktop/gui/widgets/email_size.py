"""The e-mail's size, live, before anything is exported: on the attachments page and the review page.

Mail servers count a message after base64 (a third more than the files): 10, 20 and 25 MB are common limits.
The gauge shows the estimate against them in the warning colour when over (the error colour over the
highest), and, when an attachment is heavy, offers to compress it: the scanned pages are recompressed, the
text pages kept; the new size is shown and the file replaced only if the applicant agrees.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from iasante_desktop.core.dossier import Attachment
from iasante_desktop.gui.context import AppContext
from iasante_desktop.gui.style import ERROR, OK, WARNING
from iasante_desktop.gui.widgets.attachments_files import size_text
from iasante_desktop.gui.widgets.partners_tint import tint

HEAVY_ATTACHMENT_BYTES = 1024 * 1024  # below this, compressing gains too little to offer



class EmailSizeGauge(QWidget):
    """One line for the e-mail's size and, when it is over a limit, the heaviest attachment and a button."""

    attachment_replaced = Signal(object)  # the new Attachment, after a compression the user accepted

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.send_zip = False
        self.report = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(self.tr("Taille du courriel d'envoi"))
        self.suggestion = QLabel(self)
        self.suggestion.setWordWrap(True)
        self.compress_button = QPushButton(self.tr("Com&presser les pages numérisées…"), self)
        self.compress_button.setAccessibleName(self.tr("Compresser la pièce jointe la plus lourde"))
        self.compress_button.clicked.connect(self.compress_heaviest)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.suggestion, 1)
        row.addWidget(self.compress_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.confirm: QMessageBox | None = None
        self.pending = None  # (attachment, ShrinkResult) shown in the confirmation
        self.refresh()

    # ---- the gauge -------------------------------------------------------------------------------------

    def heaviest(self) -> Attachment | None:
        attachments = [a for a in self.ctx.dossier.attachments if a.size >= HEAVY_ATTACHMENT_BYTES]
        return max(attachments, key=lambda a: a.size, default=None)

    def refresh(self) -> None:
        from iasante_desktop.documents.email_draft import COMMON_LIMITS_MB, estimated_size_report

        report = estimated_size_report(self.ctx.dossier, self.ctx.call, send_zip=self.send_zip)
        self.report = report
        size = size_text(report.encoded_bytes)
        limits = " / ".join(str(limit) for limit in COMMON_LIMITS_MB)
        what = self.tr("l'archive ZIP") if self.send_zip else self.tr("le PDF unique")
        if not report.limits_exceeded:
            text = self.tr("Courriel d'envoi ({what}) : environ {size} une fois encodé, sous les limites courantes de {limits} Mo.")
            status = OK
        else:
            highest = report.limits_exceeded[-1]
            text = self.tr("Courriel d'envoi ({what}) : environ {size} une fois encodé, au-delà de {highest} Mo (limites courantes : {limits} Mo) : certaines messageries le refuseront.")
            status = ERROR if highest == COMMON_LIMITS_MB[-1] else WARNING
            text = text.replace("{highest}", str(highest))
        self.label.setText(text.replace("{what}", what).replace("{size}", size).replace("{limits}", limits))
        tint(self.label, None if status == OK else status)
        self.label.setProperty("status", status)
        heavy = self.heaviest() if report.limits_exceeded else None
        if heavy is not None:
            self.suggestion.setText(
                self.tr("La pièce la plus lourde est « {name} » ({size}) : s'il s'agit d'un document numérisé, compressez ses pages numérisées (les pages de texte restent telles quelles ; la nouvelle taille est montrée avant de remplacer le fichier). Sinon, déposez le fichier sur un service de transfert et envoyez le lien.")
                .replace("{name}", heavy.filename)
                .replace("{size}", size_text(heavy.size))
            )
        self.suggestion.setVisible(heavy is not None)
        self.compress_button.setVisible(heavy is not None)

    # ---- compressing -------------------------------------------------------------------------------------

    def compress_heaviest(self) -> None:
        heavy = self.heaviest()
        if heavy is not None:
            self.preview(heavy)

    def preview(self, attachment: Attachment):
        """Compress a copy, then show the new size and ask before replacing; returns the ShrinkResult."""
        from iasante_desktop.documents.errors import DocumentError
        from iasante_desktop.documents.pdf_shrink import shrink_attachment

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = shrink_attachment(attachment)
        except DocumentError as exc:
            self._ask(QMessageBox.Icon.Warning, exc.message(self.ctx.lang), None)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not result.worthwhile:
            self._ask(
                QMessageBox.Icon.Information,
                self.tr("« {name} » ne contient pas de pages numérisées à alléger : sa taille resterait de {size}.")
                .replace("{name}", attachment.filename)
                .replace("{size}", size_text(attachment.size)),
                None,
            )
            return result
        pages = ", ".join(str(p) for p in result.pages_changed)
        self._ask(
            QMessageBox.Icon.Question,
            self.tr("« {name} » passerait de {old} à {new} : pages numérisées {pages} recompressées à 150 ppp, pages de texte inchangées. Remplacer la pièce jointe par cette version ?")
            .replace("{name}", attachment.filename)
            .replace("{old}", size_text(result.old_bytes))
            .replace("{new}", size_text(result.new_bytes))
            .replace("{pages}", pages),
            (attachment, result),
        )
        return result

    def _ask(self, icon: QMessageBox.Icon, text: str, pending) -> None:
        box = QMessageBox(icon, self.tr("Compresser une pièce jointe"), text, QMessageBox.StandardButton.NoButton, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pending = pending
        if pending is None:
            box.addButton(QMessageBox.StandardButton.Ok)
        else:
            apply = box.addButton(self.tr("&Remplacer"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.buttonClicked.connect(lambda button: self.apply() if button is apply else None)
        self.confirm = box
        box.open()  # window-modal, the event loop keeps running (autosave, tests)

    def apply(self) -> Attachment | None:
        """Replace the attachment by its compressed version (what the confirmation's "Remplacer" does)."""
        if self.pending is None:
            return None
        old, result = self.pending
        self.pending = None
        attachments = self.ctx.dossier.attachments
        index = next((i for i, a in enumerate(attachments) if a is old), None)
        if index is None:
            return None  # removed meanwhile
        new = Attachment(kind=old.kind, filename=old.filename, data=result.data, partner=old.partner, pages=result.pages, title=old.title)
        attachments[index] = new
        self.ctx.edited("attachments")
        self.attachment_replaced.emit(new)
        self.refresh()
        return new
