"""The review: every finding, errors first, each with a "go there"; the export and its refusal."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

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
    assert "erreur(s) à corriger avant l'export" in page.summary.text()


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
