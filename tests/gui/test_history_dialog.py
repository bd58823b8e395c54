"""Version history: a saved version can be restored, and the state it replaces is kept as a version."""

from __future__ import annotations

from guikit import type_text


def test_restoring_a_version_brings_its_text_back_and_keeps_the_current_one(window, qtbot):
    editor = window.pages["resume"].editor
    type_text(editor, "Première rédaction.")
    window.save_checkpoint()
    editor.selectAll()
    type_text(editor, "Seconde rédaction.")
    window.session.save_now()
    assert window.ctx.dossier.resume == "Seconde rédaction."
    before = len(window.ctx.draft.versions())

    dialog = window.show_history()
    qtbot.addWidget(dialog)
    table = dialog.ui.versionTable
    assert table.rowCount() == before
    target = next(
        row for row in range(table.rowCount()) if table.item(row, 1).text() == "Enregistrement"
    )
    table.selectRow(target)
    assert "Première rédaction." in dialog.ui.previewText.toPlainText()
    dialog.ui.restoreButton.click()

    assert window.ctx.dossier.resume == "Première rédaction."
    assert editor.toPlainText() == "Première rédaction."
    versions = window.ctx.draft.versions()
    assert len(versions) > before
    kept = [window.ctx.draft.load_version(v.id).resume for v in versions]
    assert "Seconde rédaction." in kept
