"""Identification: the acronym shows the required file name live, keywords one by one, theme."""

from __future__ import annotations

from PySide6.QtCore import Qt

from guikit import press, type_text


def test_acronym_shows_the_file_name_as_it_is_typed(window):
    page = window.pages["identification"]
    window.show_page("identification")
    page.acronym.setFocus()
    type_text(page.acronym, "Cœur-IA")
    assert "IASANTE_AAPAMOR2026_COEUR-IA" in page.file_name.text()
    assert window.ctx.dossier.acronym == "Cœur-IA"
    assert not page.acronym_findings.isVisibleTo(page)


def test_an_acronym_with_a_space_says_why_it_cannot_name_the_file(window):
    page = window.pages["identification"]
    type_text(page.acronym, "NEURO IA")
    assert "IASANTE_AAPAMOR2026" not in page.file_name.text()
    assert page.acronym_findings.isVisibleTo(page)
    assert "espace" in page.acronym_findings.text()


def test_keywords_are_added_one_by_one_and_removed(window):
    page = window.pages["identification"]
    type_text(page.keyword_input, "gérosciences")
    press(page.keyword_input, Qt.Key.Key_Return)
    type_text(page.keyword_input, "parole; apprentissage")
    page.add_keyword.click()
    type_text(page.keyword_input, "Parole")  # already there, whatever the case
    press(page.keyword_input, Qt.Key.Key_Return)
    assert window.ctx.dossier.keywords == ["gérosciences", "parole", "apprentissage"]
    assert [page.keyword_list.item(i).text() for i in range(page.keyword_list.count())] == window.ctx.dossier.keywords
    page.keyword_list.setCurrentRow(1)
    page.remove_keyword.click()
    assert window.ctx.dossier.keywords == ["gérosciences", "apprentissage"]
    assert not any(f.field == "keywords" for f in window.ctx.findings)


def test_theme_from_the_call_list_or_free_text(window):
    page = window.pages["identification"]
    combo = page.theme_combo
    index = combo.findText("Gérosciences")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.ctx.dossier.theme == "Gérosciences"
    other = combo.count() - 1
    combo.setCurrentIndex(other)
    combo.activated.emit(other)
    assert page.theme_other.isVisibleTo(page)
    type_text(page.theme_other, "Santé numérique")
    assert window.ctx.dossier.theme == "Santé numérique"


def test_loading_a_dossier_fills_every_field(window, complete_dossier):
    window.session.replace_dossier(complete_dossier)
    page = window.pages["identification"]
    assert page.acronym.text() == "NEURO-IA"
    assert page.title_edit.text() == complete_dossier.title
    assert page.keyword_list.count() == 3
    assert page.theme_combo.currentText() == "Gérosciences"
    assert not page.theme_other.isVisibleTo(page)
