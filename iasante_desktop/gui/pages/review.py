"""The review: every finding, errors first, each with a way to the field; and the export."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from iasante_desktop.core.findings import sort_findings
from iasante_desktop.core.wording import counted
from iasante_desktop.gui import settings
from iasante_desktop.gui.context import AppContext
from iasante_desktop.gui.pages.base import DossierPage
from iasante_desktop.gui.style import ERROR, OK, WARNING, status_color
from iasante_desktop.gui.widgets.email_size import EmailSizeGauge
from iasante_desktop.gui.widgets.finding_row import FindingRow

FORMATS = ("pdf", "zip", "docx", "eml")
KEPT_EXPORTS = 30  # drafts whose last export folder and fingerprint the settings remember


def dossier_fingerprint(dossier) -> str:
    """A digest of everything the exported files are made of (attachments by their own digest): equal
    before and after an edit that was undone, different after any change."""
    import hashlib
    import json

    from iasante_desktop.core.dossier import to_json

    text = json.dumps(to_json(dossier, include_attachment_data=False), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _remembered_exports() -> dict:
    value = settings.load_settings().get("exports")
    return value if isinstance(value, dict) else {}


def remember_export(draft_path: str, folder: Path, fingerprint: str, sent: str, when: str) -> None:
    """Note, per draft, where its last export went and what it was made from (the draft file records the
    files; this machine's settings record the folder, which is the user's own business)."""
    values = settings.load_settings()
    exports = values.get("exports") if isinstance(values.get("exports"), dict) else {}
    exports.pop(draft_path, None)
    exports[draft_path] = {"folder": str(folder), "fingerprint": fingerprint, "sent": sent, "when": when}
    values["exports"] = dict(list(exports.items())[-KEPT_EXPORTS:])
    settings.save_settings(values)


def default_export_dir() -> Path:
    saved = settings.load_settings().get("export_dir")
    if saved and Path(saved).is_dir():
        return Path(saved)
    return Path(platformdirs.user_documents_dir())


class ReviewPage(DossierPage):
    page_id = "review"
    go_to = Signal(str)  # a finding's field: the window switches page and focuses it
    exported = Signal(list)  # the files written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Relecture") + "</h2>", self))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Bilan des vérifications"))
        self.summary.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.summary)
        self.rows_box = QVBoxLayout()
        layout.addLayout(self.rows_box)
        self.rows: list[FindingRow] = []
        self._shown_findings: tuple | None = None

        box = QGroupBox(self.tr("Exporter le dossier"), self)
        box_layout = QVBoxLayout(box)
        intro = QLabel(
            self.tr(
                "L'export est refusé tant qu'il reste des erreurs ; les avertissements n'empêchent rien. "
                "Les fichiers portent le nom imposé par l'appel."
            ),
            box,
        )
        intro.setWordWrap(True)
        box_layout.addWidget(intro)
        labels = {
            "pdf": self.tr("PDF &unique (dossier + pièces jointes)"),
            "zip": self.tr("Archive &ZIP"),
            "docx": self.tr("Fichier &Word (.docx)"),
            "eml": self.tr("Brouillon de &courriel (.eml)"),
        }
        self.format_boxes: dict[str, QCheckBox] = {}
        formats_row = QHBoxLayout()
        for fmt in FORMATS:
            check = QCheckBox(labels[fmt], box)
            check.setChecked(fmt in ("pdf", "eml"))
            check.setAccessibleName(labels[fmt].replace("&", ""))
            formats_row.addWidget(check)
            self.format_boxes[fmt] = check
        formats_row.addStretch(1)
        box_layout.addLayout(formats_row)
        dest_row = QHBoxLayout()
        dest_label = QLabel(self.tr("&Dossier de destination :"), box)
        self.dest_edit = QLineEdit(str(default_export_dir()), box)
        self.dest_edit.setAccessibleName(self.tr("Dossier de destination"))
        dest_label.setBuddy(self.dest_edit)
        self.choose_dest = QPushButton(self.tr("C&hoisir…"), box)
        self.choose_dest.setAccessibleName(self.tr("Choisir le dossier de destination"))
        dest_row.addWidget(dest_label)
        dest_row.addWidget(self.dest_edit, 1)
        dest_row.addWidget(self.choose_dest)
        box_layout.addLayout(dest_row)
        action_row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("E&xporter"), box)
        self.export_button.setAccessibleName(self.tr("Exporter"))
        self.preview_button = QPushButton(self.tr("Aperçu (&non conforme)"), box)
        self.preview_button.setAccessibleName(self.tr("Écrire un aperçu marqué « Brouillon — non conforme »"))
        self.preview_button.setToolTip(
            self.tr("Écrit le PDF et le fichier Word du dossier, sans les pièces jointes, nommés …_APERCU et marqués "
                    "« Brouillon — non conforme » sur chaque page, même s'il reste des erreurs : pour le faire relire.")
        )
        self.open_mail = QPushButton(self.tr("Ouvrir le &brouillon de courriel"), box)
        self.open_mail.setAccessibleName(self.tr("Ouvrir le brouillon de courriel"))
        self.show_folder = QPushButton(self.tr("Afficher dans le d&ossier"), box)
        self.show_folder.setAccessibleName(self.tr("Afficher dans le dossier"))
        self.compose_mail = QPushButton(self.tr("Ouvrir dans la &messagerie"), box)
        self.compose_mail.setAccessibleName(self.tr("Ouvrir un nouveau message dans la messagerie, le fichier joint"))
        self.compose_mail.setToolTip(
            self.tr("Ouvre un nouveau message à l'adresse de l'appel, avec l'objet, le texte et le fichier joint "
                    "(Thunderbird). Sinon, le brouillon .eml (Outlook) ou un lien mailto: est ouvert.")
        )
        action_row.addWidget(self.export_button)
        action_row.addWidget(self.preview_button)
        action_row.addWidget(self.compose_mail)
        action_row.addWidget(self.open_mail)
        action_row.addWidget(self.show_folder)
        action_row.addStretch(1)
        box_layout.addLayout(action_row)
        self.email_size = EmailSizeGauge(ctx, box)
        box_layout.addWidget(self.email_size)
        self.result = QLabel(box)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Résultat de l'export"))
        box_layout.addWidget(self.result)
        self.history = QLabel(box)
        self.history.setWordWrap(True)
        self.history.setAccessibleName(self.tr("Exports précédents"))
        box_layout.addWidget(self.history)
        self.stale_label = QLabel(box)
        self.stale_label.setWordWrap(True)
        self.stale_label.setAccessibleName(self.tr("Export à refaire"))
        self.stale_label.hide()
        box_layout.addWidget(self.stale_label)
        layout.addWidget(box)
        layout.addStretch(1)

        self.written: list[Path] = []
        self.sent_file: Path | None = None
        self.mail_note = ""
        self.choose_dest.clicked.connect(self._choose_dest)
        self.export_button.clicked.connect(self.run_export)
        self.preview_button.clicked.connect(self.run_preview)
        self.open_mail.clicked.connect(self._open_mail)
        self.compose_mail.clicked.connect(self.open_in_mail_client)
        for check in self.format_boxes.values():
            check.toggled.connect(self._formats_changed)
        self.show_folder.clicked.connect(self._show_folder)
        self.load()

    def load(self) -> None:
        self.written = []
        self.sent_file = None
        self.result.clear()
        self.result.hide()  # no empty line under the gauge before the first export
        self._restore_last_export()
        self._update_result_buttons()
        self._show_history()
        self.refresh()

    def _formats_changed(self, _checked: bool = False) -> None:
        formats = self.selected_formats()
        self.email_size.send_zip = "zip" in formats and "pdf" not in formats
        self.email_size.refresh()

    def refresh(self) -> None:
        # Rebuilding the rows costs about 1 ms per finding: on every keystroke elsewhere that would be felt,
        # so the list is rebuilt only when it is on screen and its findings (or language) changed.
        if not self.isVisible():
            return
        self.email_size.refresh()
        self._show_stale()
        signature = (self.ctx.lang, tuple(self.ctx.findings))
        if signature == self._shown_findings:
            return
        self._shown_findings = signature
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        findings = sort_findings(self.ctx.findings)
        errors = sum(1 for f in findings if f.is_error)
        warnings = len(findings) - errors
        lang = self.ctx.lang
        if not warnings:
            warned = self.tr("aucun avertissement")
        else:
            warned = counted(lang, warnings, self.tr("{n} avertissement"), self.tr("{n} avertissements"))
        if not findings:
            text, status = self.tr("Aucune erreur ni avertissement : le dossier peut être exporté."), OK
        elif not errors:
            to_read = counted(lang, warnings, self.tr("{n} avertissement à lire."), self.tr("{n} avertissements à lire."))
            text = self.tr("Aucune erreur : le dossier peut être exporté.") + " " + to_read
            status = WARNING
        else:
            to_fix = counted(lang, errors, self.tr("{n} erreur à corriger avant l'export"), self.tr("{n} erreurs à corriger avant l'export"))
            text = f"{to_fix}, {warned}."
            status = ERROR
        self.summary.setText(text)
        palette = self.summary.palette()
        palette.setColor(self.summary.foregroundRole(), status_color(status, self.palette()))
        self.summary.setPalette(palette)
        go_text = self.tr("Aller à")
        previous = self.summary
        for finding in findings:
            row = FindingRow(finding, self.ctx.lang, go_text, self)
            row.go_requested.connect(self.go_to)
            self.rows_box.addWidget(row)
            self.rows.append(row)
            QWidget.setTabOrder(previous, row.go_button)
            previous = row.go_button
        QWidget.setTabOrder(previous, self.format_boxes[FORMATS[0]])

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()
        if self.selected_formats() & {"pdf", "zip", "eml"}:
            from iasante_desktop.documents import pdf_sandbox

            # The PDF worker imports pypdf while the applicant reads the findings, not after "Exporter".
            pdf_sandbox.prestart("assemble")

    def focus_field(self, path: str) -> bool:
        return False  # the review edits nothing; findings point to the pages that do

    # ---- export --------------------------------------------------------------------------------------------

    def selected_formats(self) -> set[str]:
        return {fmt for fmt, box in self.format_boxes.items() if box.isChecked()}

    def _choose_dest(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier de destination"), self.dest_edit.text())
        if folder:
            self.dest_edit.setText(folder)

    def _destination(self) -> Path | None:
        dest = Path(self.dest_edit.text().strip()).expanduser()
        # A missing folder (the default ~/Documents on a fresh account, say) is created by the export.
        if not dest.is_absolute() or (dest.exists() and not dest.is_dir()):
            self._show_result(
                self.tr("Le dossier de destination n'est pas un dossier : {path}").format(path=dest), ERROR
            )
            return None
        return dest

    def run_preview(self) -> None:
        """A preview for co-authors, whatever errors remain (export_preview)."""
        from iasante_desktop.documents.errors import DocumentError
        from iasante_desktop.export import export_preview

        dest = self._destination()
        if dest is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = export_preview(self.ctx.dossier, self.ctx.call, dest, lang=self.ctx.lang)
        except DocumentError as exc:
            self._show_result(exc.message(self.ctx.lang), ERROR)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.written = [Path(p) for p in result.files]
        self.sent_file = None
        lines = [self.tr("Aperçu écrit, marqué « Brouillon — non conforme » (à faire relire, pas à envoyer) :")]
        lines += ["• " + str(p) for p in self.written]
        errors = len(result.errors)
        if errors:
            lines.append(
                counted(
                    self.ctx.lang,
                    errors,
                    self.tr("{n} erreur bloque encore l'export."),
                    self.tr("{n} erreurs bloquent encore l'export."),
                )
            )
        self._show_result("\n".join(lines), WARNING)

    def run_export(self) -> None:
        from iasante_desktop.documents.errors import DocumentError
        from iasante_desktop.export import export

        formats = self.selected_formats()
        if not formats:
            self._show_result(self.tr("Choisissez au moins un format."), ERROR)
            return
        dest = self._destination()
        if dest is None:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = export(self.ctx.dossier, self.ctx.call, dest, formats, draft=self.ctx.draft, lang=self.ctx.lang)
        except DocumentError as exc:
            self._show_result(exc.message(self.ctx.lang), ERROR)
            return
        except OSError as exc:
            self._show_result(self.tr("Écriture impossible : {why}").format(why=exc.strerror or exc), ERROR)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if result.refused:
            errors = [f for f in sort_findings(result.findings) if f.is_error]
            lines = [self.tr("Export refusé : corrigez d'abord ces erreurs (rien n'a été écrit).")]
            lines += ["• " + f.message(self.ctx.lang) for f in errors]
            self._show_result("\n".join(lines), ERROR)
            return
        self.written = [Path(p) for p in result.files]
        self.sent_file = result.sent_file
        values = settings.load_settings()
        values["export_dir"] = str(dest)
        settings.save_settings(values)
        if self.ctx.draft is not None:
            import datetime as dt

            remember_export(
                str(self.ctx.draft.path), dest, dossier_fingerprint(self.ctx.dossier),
                result.sent_file.name if result.sent_file is not None else "",
                dt.datetime.now(dt.timezone.utc).isoformat(),
            )
        lines = [self.tr("Fichiers écrits :")] + ["• " + str(p) for p in self.written]
        report = getattr(result, "size_report", None)
        if report is not None and hasattr(report, "message"):
            lines.append(report.message(self.ctx.lang))
        zipped = getattr(result, "zip_size_report", None)
        if zipped is not None and zipped is not report:
            lines.append(self.tr("Archive ZIP : {sentence}").format(sentence=zipped.message(self.ctx.lang)))
        over = any(r is not None and bool(getattr(r, "limits_exceeded", ())) for r in (report, zipped))
        self._show_result("\n".join(lines), WARNING if over else OK)
        self._show_history()
        self._show_stale()
        self.exported.emit(self.written)

    def _show_result(self, text: str, status: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))
        palette = self.result.palette()
        palette.setColor(self.result.foregroundRole(), status_color(status, self.palette()))
        self.result.setPalette(palette)
        self._update_result_buttons()

    def _update_result_buttons(self) -> None:
        self.open_mail.setEnabled(any(p.suffix == ".eml" for p in self.written))
        self.show_folder.setEnabled(bool(self.written))
        self.compose_mail.setEnabled(self.sent_file is not None and self.sent_file.is_file())

    def _restore_last_export(self) -> None:
        """After reopening the app: the files of this draft's last export, where they still are, so that
        "Ouvrir le brouillon de courriel" and "Ouvrir dans la messagerie" work again."""
        draft = self.ctx.draft
        if draft is None:
            return
        noted = _remembered_exports().get(str(draft.path))
        records = self._export_records()
        if not noted or not records:
            return
        folder = Path(noted.get("folder", ""))
        last = max(records, key=lambda r: r.when)
        present = [folder / name for name, _sha, size in last.files if (folder / name).is_file() and (folder / name).stat().st_size == size]
        self.written = present
        sent = folder / noted.get("sent", "") if noted.get("sent") else None
        self.sent_file = sent if sent is not None and sent in present else None

    def _export_records(self) -> list:
        draft = self.ctx.draft
        if draft is None:
            return []
        from iasante_desktop.drafts import DraftError

        try:
            return draft.exports()
        except DraftError:
            return []

    def is_stale(self) -> bool:
        """Whether the dossier changed since the last export made from this machine."""
        draft = self.ctx.draft
        if draft is None or not self._export_records():
            return False
        noted = _remembered_exports().get(str(draft.path))
        return bool(noted) and noted.get("fingerprint") != dossier_fingerprint(self.ctx.dossier)

    def _show_stale(self) -> None:
        records = self._export_records()
        if not records or not self.is_stale():
            self.stale_label.hide()
            self.stale_label.clear()
            return
        last = max(records, key=lambda r: r.when).when.astimezone()
        locale = QLocale()
        import datetime as dt

        if last.date() == dt.datetime.now().astimezone().date():
            when = locale.toString(last, "HH:mm")
            text = self.tr("Modifié depuis l'export de {when} : les fichiers exportés ne contiennent pas les dernières modifications ; exportez à nouveau avant d'envoyer.")
        else:
            when = locale.toString(last, "dd/MM/yyyy HH:mm")
            text = self.tr("Modifié depuis l'export du {when} : les fichiers exportés ne contiennent pas les dernières modifications ; exportez à nouveau avant d'envoyer.")
        self.stale_label.setText(text.format(when=when))
        palette = self.stale_label.palette()
        palette.setColor(self.stale_label.foregroundRole(), status_color(WARNING, self.palette()))
        self.stale_label.setPalette(palette)
        self.stale_label.show()

    def _open_mail(self) -> None:
        mail = next((p for p in self.written if p.suffix == ".eml"), None)
        if mail is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(mail)))

    def open_in_mail_client(self) -> bool:
        """A new message in the mail client with the address, subject, text and the sent file attached
        (Thunderbird's -compose); else the .eml draft, else a mailto: link. True when something opened."""
        from iasante_desktop.documents import mail_client
        from iasante_desktop.documents.email_draft import MAILTO_NOTE, mailto_url

        sent = self.sent_file
        if sent is None or not sent.is_file():
            return False
        command = mail_client.compose_command(self.ctx.dossier, self.ctx.call, sent)
        if command is not None:
            try:
                mail_client.start(command)
            except OSError as exc:
                self._say_mail(self.tr("La messagerie n'a pas pu démarrer : {why}").format(why=exc.strerror or exc), ERROR)
                return False
            self._say_mail(self.tr("Un nouveau message s'ouvre dans Thunderbird avec {file} en pièce jointe ; vérifiez-le puis envoyez-le.").format(file=sent.name), OK)
            return True
        mail = next((p for p in self.written if p.suffix == ".eml"), None)
        if mail is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(mail))):
            self._say_mail(self.tr("Le brouillon {file} s'ouvre dans la messagerie (Outlook l'ouvre prêt à envoyer ; ailleurs, choisissez « Modifier comme nouveau message »).").format(file=mail.name), OK)
            return True
        opened = QDesktopServices.openUrl(QUrl(mailto_url(self.ctx.dossier, self.ctx.call, sent.name)))
        note = MAILTO_NOTE[1] if self.ctx.lang == "en" else MAILTO_NOTE[0]
        self._say_mail(note.format(file=sent.name), WARNING)
        return opened

    def _say_mail(self, text: str, status: str) -> None:
        self.mail_note = text
        self._show_result(text, status)

    def _show_folder(self) -> None:
        if self.written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written[0].parent)))

    def _show_history(self) -> None:
        records = self._export_records()
        if not records:
            self.history.setText(self.tr("Ce dossier n'a pas encore été exporté."))
            return
        locale = QLocale()
        last = max(records, key=lambda r: r.when)
        when = locale.toString(last.when.astimezone(), "dd/MM/yyyy HH:mm")
        names = ", ".join(name for name, _sha, _size in last.files)
        if len(records) == 1:
            text = self.tr("Exporté le {when} : {names}")
        else:
            text = self.tr("Exporté le {when} ({count} exports en tout) : {names}")
        self.history.setText(text.format(when=when, count=len(records), names=names))
