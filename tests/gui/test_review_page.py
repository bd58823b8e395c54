"""The review: every finding, errors first, each with a "go there"; the export and its refusal."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

from guikit import type_text

from iasante_desktop.core.findings import ERROR


def test_findings_are_listed_errors_first(window):
    window.show_page("review")
    page = window.pages["review"]
    severities = [row.finding.severity for row in page.rows]
    assert len(page.rows) == len(window.ctx.findings) > 0
    assert ERROR in severities and "warning" in severities
    first_warning = severities.index("warning")
    assert all(s == ERROR for s in severities[:first_warning])
    assert all(s != ERROR for s in severities[first_warning:])
    assert "erreurs à corriger avant l'export" in page.summary.text() and "(s)" not in page.summary.text()


def test_go_there_shows_the_page_and_focuses_the_field(window, qtbot):
    window.show_page("review")
    page = window.pages["review"]
    row = next(r for r in page.rows if r.finding.field == "resume")
    row.go_button.click()
    assert window.current_page_id() == "resume"
    editor = window.pages["resume"].editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)

    window.show_page("review")
    row = next(r for r in window.pages["review"].rows if r.finding.field == "description.plus_value")
    row.go_button.click()
    assert window.current_page_id() == "description"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.pages["description"].editors["plus_value"])


def test_go_there_on_an_acronym_finding_focuses_the_acronym(window, qtbot):
    window.pages["identification"].acronym.setText("A B")
    window.pages["identification"].acronym.textEdited.emit("A B")
    window.show_page("review")
    row = next(r for r in window.pages["review"].rows if r.finding.rule == "naming.acronym")
    row.go_button.click()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.pages["identification"].acronym)


def test_export_is_refused_while_errors_remain_and_nothing_is_written(window, tmp_path):
    page = window.pages["review"]
    dest = tmp_path / "out"
    dest.mkdir()
    page.dest_edit.setText(str(dest))
    page.export_button.click()
    assert "Export refusé" in page.result.text()
    assert list(dest.iterdir()) == []
    assert not page.show_folder.isEnabled()


def test_export_of_a_complete_dossier_writes_the_files_and_records_it(window, complete_dossier, tmp_path):
    window.session.replace_dossier(complete_dossier)
    page = window.pages["review"]
    dest = tmp_path / "out"
    dest.mkdir()
    page.dest_edit.setText(str(dest))
    for fmt, box in page.format_boxes.items():
        box.setChecked(fmt in ("pdf", "eml"))
    page.export_button.click()
    names = sorted(p.name for p in dest.iterdir())
    assert names == ["IASANTE_AAPAMOR2026_NEURO-IA.eml", "IASANTE_AAPAMOR2026_NEURO-IA.pdf"], page.result.text()
    assert "Fichiers écrits" in page.result.text()
    assert page.open_mail.isEnabled() and page.show_folder.isEnabled()
    assert page.history.text().startswith("Exporté le ")


def test_the_default_export_folder_is_created_when_missing(make_window, complete_dossier, tmp_path, monkeypatch):
    import platformdirs

    documents = tmp_path / "home" / "Documents"  # ~/Documents does not exist on this account
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(documents))
    window = make_window()
    assert window.new_dossier()
    window.session.replace_dossier(complete_dossier)
    page = window.pages["review"]
    assert page.dest_edit.text() == str(documents)
    for fmt, box in page.format_boxes.items():
        box.setChecked(fmt == "pdf")
    page.export_button.click()
    assert (documents / "IASANTE_AAPAMOR2026_NEURO-IA.pdf").is_file(), page.result.text()


def _ready_window(make_window, complete_dossier, tmp_path, formats=("pdf", "eml")):
    from pdf_samples import make_pdf

    from iasante_desktop.core.dossier import Attachment

    from iasante_desktop.drafts import Draft

    complete_dossier.attachments = [Attachment(kind="cv", filename="cv.pdf", data=make_pdf(1), partner=0, pages=1)]
    path = tmp_path / "neuro.iasante"
    Draft.create(path, complete_dossier).close()
    window = make_window()
    assert window.open_path(path)
    window.show_page("review")
    page = window.pages["review"]
    dest = tmp_path / "envoi"
    page.dest_edit.setText(str(dest))
    for fmt, box in page.format_boxes.items():
        box.setChecked(fmt in formats)
    return window, page, dest


def test_after_an_edit_the_review_says_the_last_export_is_out_of_date(make_window, complete_dossier, tmp_path, qtbot):
    window, page, _dest = _ready_window(make_window, complete_dossier, tmp_path)
    page.export_button.click()
    assert "Fichiers écrits" in page.result.text(), page.result.text()
    assert not page.is_stale() and page.stale_label.isHidden()
    window.show_page("identification")
    field = window.pages["identification"].title_edit
    field.setFocus()
    type_text(field, " (v2)")
    window.show_page("review")
    assert page.is_stale()
    assert page.stale_label.isVisible()
    assert page.stale_label.text().startswith("Modifié depuis l'export de ")


def test_the_email_draft_opens_again_after_reopening_the_app(make_window, complete_dossier, tmp_path):
    window, page, dest = _ready_window(make_window, complete_dossier, tmp_path)
    page.export_button.click()
    assert page.open_mail.isEnabled()
    draft = Path(window.ctx.draft.path)
    window.close()
    again = make_window()
    assert again.open_path(draft)
    again.show_page("review")
    page = again.pages["review"]
    assert page.open_mail.isEnabled() and page.compose_mail.isEnabled()
    assert dest / "IASANTE_AAPAMOR2026_NEURO-IA.eml" in page.written
    assert not page.is_stale()


def test_open_in_mail_client_starts_thunderbird_with_recipient_subject_body_and_file(
    make_window, complete_dossier, tmp_path, monkeypatch, qtbot
):
    window, page, dest = _ready_window(make_window, complete_dossier, tmp_path)
    page.export_button.click()
    bin_dir, record = tmp_path / "bin", tmp_path / "thunderbird-args.txt"
    bin_dir.mkdir()
    fake = bin_dir / "thunderbird"
    fake.write_text(f'#!/bin/sh\nfor a in "$@"; do printf "%s\\0" "$a"; done > "{record}.part"\nmv "{record}.part" "{record}"\n', encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    assert page.compose_mail.isEnabled()
    assert page.open_in_mail_client()
    qtbot.waitUntil(record.is_file, timeout=5000)
    option, argument, rest = record.read_text(encoding="utf-8").split("\0")
    assert rest == ""
    assert option == "-compose"
    pdf = dest / "IASANTE_AAPAMOR2026_NEURO-IA.pdf"
    assert "to='aapiasante@univ-toulouse.fr'" in argument
    assert "subject='IASANTE_AAPAMOR2026_NEURO-IA — candidature à l\u2019appel" in argument
    assert f"attachment='{pdf.resolve().as_uri()}'" in argument
    assert "body='Madame, Monsieur," in argument and "'" not in argument.split("body='", 1)[1].split("',attachment=")[0]
    assert (dest / "IASANTE_AAPAMOR2026_NEURO-IA.eml").is_file()  # the .eml is kept
    assert "Thunderbird" in page.result.text()


def test_the_email_size_is_shown_live_in_the_warning_colour_when_over_a_limit(make_window, complete_dossier, tmp_path):
    from iasante_desktop.core.dossier import Attachment

    window, page, _dest = _ready_window(make_window, complete_dossier, tmp_path)
    gauge = page.email_size
    assert gauge.label.property("status") == "ok" and "sous les limites courantes" in gauge.label.text()
    assert gauge.compress_button.isHidden()
    heavy = Attachment(kind="letter", filename="Lettre scannée.pdf", data=b"%PDF-1.4 " + bytes(8 * 1024 * 1024), pages=1)
    window.ctx.dossier.attachments.append(heavy)
    window.ctx.edited("attachments")
    window.show_page("attachments")
    on_attachments = window.pages["attachments"].email_size
    for shown in (on_attachments, page.email_size):
        shown.refresh()
        assert shown.label.property("status") == "warning", shown.label.text()
        assert "au-delà de 10 Mo" in shown.label.text()
        assert "Lettre scannée.pdf" in shown.suggestion.text()
        assert not shown.compress_button.isHidden()
    assert 10 * 1024 * 1024 < page.email_size.report.encoded_bytes < 12 * 1024 * 1024


def test_compressing_a_scanned_cv_shows_the_new_size_before_replacing_it(make_window, complete_dossier, tmp_path):
    from pdf_samples import make_scanned_pdf

    from iasante_desktop.core.dossier import Attachment

    window, page, _dest = _ready_window(make_window, complete_dossier, tmp_path)
    scanned = Attachment(kind="cv", filename="CV Roussel (version finale).pdf", data=make_scanned_pdf(dpi=300), partner=1, pages=2)
    window.ctx.dossier.attachments.append(scanned)
    window.ctx.edited("attachments")
    window.show_page("attachments")
    gauge = window.pages["attachments"].email_size
    gauge.refresh()
    assert gauge.label.property("status") in ("warning", "error")
    gauge.compress_button.click()
    box = gauge.confirm
    assert box is not None and "passerait de" in box.text() and "pages de texte inchangées" in box.text()
    assert window.ctx.dossier.attachments[-1] is scanned  # nothing replaced before the answer
    new = gauge.apply()
    assert new is not None and window.ctx.dossier.attachments[-1] is new
    assert new.size < scanned.size / 4 and new.partner == 1 and new.filename == scanned.filename
    assert gauge.label.property("status") == "ok"


def test_the_zips_size_is_said_like_the_pdfs(make_window, complete_dossier, tmp_path):
    window, page, _dest = _ready_window(make_window, complete_dossier, tmp_path, formats=("pdf", "zip"))
    page.export_button.click()
    text = page.result.text()
    assert "Fichiers écrits" in text, text
    assert "Archive ZIP : Le message pèse" in text and "sous la limite courante de 10 Mo" in text


def test_the_review_page_writes_a_preview_and_says_what_still_blocks(window, complete_dossier, tmp_path):
    complete_dossier.resume = "trop long " * 400
    window.session.replace_dossier(complete_dossier)
    window.show_page("review")
    page = window.pages["review"]
    page.dest_edit.setText(str(tmp_path / "apercu"))
    page.preview_button.click()
    written = sorted(p.name for p in (tmp_path / "apercu").iterdir())
    assert written == ["IASANTE_AAPAMOR2026_NEURO-IA_APERCU.docx", "IASANTE_AAPAMOR2026_NEURO-IA_APERCU.pdf"]
    assert "Brouillon — non conforme" in page.result.text()
    assert "1 erreur bloque encore l'export." in page.result.text()
