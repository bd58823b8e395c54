"""Opening what the user points at: a damaged draft (offered its last good version), a Word file, a
draft given on the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QMessageBox


def _draft_with_versions(path: Path, dossier) -> Path:
    from iasante_desktop.drafts import Draft

    draft = Draft.create(path, dossier)
    draft.checkpoint("première")
    dossier.title = "Titre de la version suivante"
    draft.save(dossier, reason="save")
    draft.checkpoint("seconde")
    draft.close()
    return draft.path


def test_a_damaged_draft_is_explained_and_its_last_good_version_offered(make_window, complete_dossier, tmp_path):
    path = _draft_with_versions(tmp_path / "abime.iasante", complete_dossier)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE fields SET value = '{\"pas\": ' WHERE key = 'partners'")  # a malformed current state
    conn.commit()
    conn.close()

    win = make_window()
    assert win.open_path(path) is False
    box = win.message_box
    assert box.icon() == QMessageBox.Icon.Question
    assert "dernière version lisible" in box.text()
    accept = next(b for b in box.buttons() if b.text() == "Ouvrir la dernière version lisible")
    accept.click()
    assert win.ctx.draft is not None
    assert win.ctx.dossier.acronym == "NEURO-IA"
    assert win.ctx.dossier.title == "Titre de la version suivante"
    assert win.pages["identification"].title_edit.text() == "Titre de la version suivante"


def test_a_word_file_is_imported_into_a_new_draft(make_window, complete_dossier, call, tmp_path):
    from iasante_desktop.documents.word_export import export_docx

    docx = tmp_path / "dossier.docx"
    export_docx(complete_dossier, call, docx)
    win = make_window()
    assert win.open_path(docx) is True
    assert win.ctx.draft is not None and Path(win.ctx.draft.path).suffix == ".iasante"
    assert win.ctx.dossier.acronym == "NEURO-IA"
    assert win.pages["resume"].editor.toPlainText() == complete_dossier.resume
    assert win.current_page_id() == "identification"


def test_the_importers_notes_are_shown_to_the_user(make_window, complete_dossier, call, tmp_path):
    import docx

    from iasante_desktop.documents.word_export import export_docx

    path = tmp_path / "dossier.docx"
    export_docx(complete_dossier, call, path)
    document = docx.Document(str(path))
    [cell] = [row.cells[1] for table in document.tables for row in table.rows if row.cells[0].text.strip() == "Mission"]
    cell.paragraphs[0].runs[0].text = "1.5k€"
    for run in cell.paragraphs[0].runs[1:]:
        run.text = ""
    document.save(str(path))
    win = make_window()
    assert win.open_path(path) is True
    shown = win.message_box.text()
    assert "Points à vérifier" in shown
    assert "1.5k€" in shown and "Mission" in shown


def test_content_the_import_left_out_that_took_room_is_said_when_the_file_is_opened(make_window, complete_dossier, call, tmp_path):
    from documents.samples.rich_samples import insert_after
    from iasante_desktop.documents.word_export import render_docx

    anchored_picture = (  # a picture floating over the text, as Word writes one
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><w:r><w:drawing>'
        '<wp:anchor><wp:extent cx="3000000" cy="2000000"/><a:graphic><a:graphicData '
        'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"/></a:graphic></wp:anchor></w:drawing></w:r></w:p>'
    )
    path = tmp_path / "flottant.docx"
    path.write_bytes(insert_after(render_docx(complete_dossier, call), "– Plus-value de la collaboration", anchored_picture))
    win = make_window()
    assert win.open_path(path) is True
    shown = win.message_box.text()
    assert "image flottante" in shown  # the note
    assert "la longueur mesurée peut être trop courte" in shown  # the warning the check adds


def test_a_file_that_is_not_a_word_document_is_refused_with_a_message(make_window, tmp_path):
    fake = tmp_path / "faux.docx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    win = make_window()
    assert win.open_path(fake) is False
    assert win.ctx.draft is None
    assert "faux.docx" in win.message_box.text()


def test_a_draft_named_on_the_command_line_opens_in_the_window(qtbot, call, complete_dossier, tmp_path):
    from iasante_desktop.gui.app import open_window

    path = _draft_with_versions(tmp_path / "cli.iasante", complete_dossier)
    window = open_window(call, "fr", path)
    qtbot.addWidget(window)
    try:
        assert Path(window.ctx.draft.path) == path
        assert window.windowTitle().startswith("NEURO-IA — ")
    finally:
        window.close()


def test_a_damaged_header_byte_still_offers_the_intact_versions(make_window, complete_dossier, tmp_path):
    """Issue 15, case 6: one byte of the header (here the page size) hid four intact versions."""
    path = _draft_with_versions(tmp_path / "entete.iasante", complete_dossier)
    raw = bytearray(path.read_bytes())
    raw[17] ^= 0x01
    path.write_bytes(raw)
    win = make_window()
    assert win.open_path(path) is False
    box = win.message_box
    assert box.icon() == QMessageBox.Icon.Question
    accept = next(b for b in box.buttons() if b.text() == "Ouvrir la dernière version lisible")
    accept.click()
    assert win.ctx.draft is not None
    assert win.ctx.dossier.title == "Titre de la version suivante"
    assert any("endommagé" in p.name for p in tmp_path.iterdir())  # the damaged file is kept aside


def test_a_bug_in_the_app_goes_to_a_log_file_and_one_line(make_window, tmp_path, monkeypatch, capsys):
    """Issue 15: a bug's traceback goes to the user's state folder; the user reads one line naming it."""
    from iasante_desktop.gui import app

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    win = make_window()
    monkeypatch.setattr(app, "_windows", [win])
    try:
        raise RuntimeError("un défaut")
    except RuntimeError as exc:
        app.report_bug(type(exc), exc, exc.__traceback__)
    (log,) = (tmp_path / "state").rglob("crash-*.log")
    assert "RuntimeError: un défaut" in log.read_text(encoding="utf-8")
    err = capsys.readouterr().err
    assert str(log) in err and "Traceback" not in err
    assert str(log) in win.message_box.text()
