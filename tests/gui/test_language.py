"""Language: English is selectable, applies at once to menus and pages, and is remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from iasante_desktop.gui import settings


def test_switching_to_english_relabels_the_window_and_is_remembered(window):
    window.act_english.trigger()
    assert window.file_menu.title() == "&File"
    assert window.next_button.text() == "&Next >"
    titles = [window.page_list.item(i).text() for i in range(window.page_list.count())]
    assert titles[:4] == ["Home", "Identification", "Summary", "Lay summary"]
    assert window.pages["resume"].gauge.label.text().endswith("/ 10 lines")
    window.show_page("review")
    finding_texts = [row.message.text() for row in window.pages["review"].rows]
    assert any("is empty: it is required" in t for t in finding_texts)
    assert settings.language() == "en"

    window.act_french.trigger()
    assert window.file_menu.title() == "&Fichier"
    assert settings.language() == "fr"


def test_the_page_being_edited_stays_shown_across_a_language_switch(window):
    window.show_page("description")
    window.set_language("en")
    assert window.current_page_id() == "description"
    window.set_language("fr")


def test_every_interface_string_has_an_english_translation():
    import xml.etree.ElementTree as ET

    from iasante_desktop.resources import translations_dir

    root = ET.parse(translations_dir() / "iasante_en.ts").getroot()
    def translated(message) -> bool:
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            return False
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        return all((f or "").strip() for f in forms)

    missing = [m.findtext("source") for m in root.iter("message") if not translated(m)]
    assert missing == []
    assert (translations_dir() / "iasante_en.qm").is_file()


def test_the_file_dialogs_read_entirely_in_french(qtbot):
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    from iasante_desktop.gui.translation import install_language

    install_language("fr")
    dialog = QFileDialog(None, "Joindre des PDF", "", "PDF (*.pdf *.PDF)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on a desktop without a portal
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [w.text() for kind in (QLabel, QAbstractButton) for w in dialog.findChildren(kind) if w.text()]
    joined = " | ".join(texts)
    for english in ("Look in", "Files of type", "File name", "Cancel", "Open"):
        assert english not in joined.replace("&", ""), joined
    assert "Voir dans" in joined.replace("&", "") and "Fichiers de type" in joined.replace("&", "")
    dialog.close()


def test_the_english_interface_has_no_french_words_and_says_project_lead(make_window):
    window = make_window("en")
    assert window.new_dossier()
    window.show_page("budget")
    intro = window.pages["budget"].intro.text()
    assert "travel, services, consumables, small equipment" in intro
    for french in ("prestations", "consommables", "matériels"):
        assert french not in intro
    window.show_page("partners")
    page = window.pages["partners"]
    assert page.coportage.text().startswith("Joint leadership: ")
    editor_texts = " ".join(w.text() for w in page.findChildren(QLabel))
    assert "Project lead's na&me:" in editor_texts or "Project lead's name:" in editor_texts.replace("&", "")
    assert "Carrier" not in editor_texts and "carrying" not in editor_texts
