"""Language: English is selectable, applies at once to menus and pages, and is remembered."""

from __future__ import annotations

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
