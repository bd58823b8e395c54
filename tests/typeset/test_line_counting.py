"""Lines as the committee will count them: the summary limit, forced breaks, long words, break rules."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from iasante_desktop.core.dossier import LINE_BREAK, Dossier
from iasante_desktop.typeset import engine as engine_module
from iasante_desktop.typeset.fonts import UNITS_PER_TWIP, body_font
from tests.typeset.helpers import prose


def _line_texts(engine, text, width_twips=None):
    return [text[s : s + n] for s, n in engine.line_spans(text, width_twips)]


# Measured in LibreOffice 7.4 (the referee, not the engine): the prose of tests/typeset/helpers.py at the
# dossier's text width (A4, 2.5 cm margins, Carlito 11 pt, one paragraph), converted by soffice and its lines
# counted in the PDF. 139 words make 9 lines, 140 make 10; 152 words make 10 lines, 153 make 11.
LIBREOFFICE_LINES = {139: 9, 140: 10, 152: 10, 153: 11}


def test_a_ten_line_summary_counts_ten_and_one_more_word_makes_eleven(engine):
    """Against LibreOffice's counts, not the engine's own: a line too many or too few at the 10-line limit is
    the defect the app exists to prevent."""
    for words, lines in LIBREOFFICE_LINES.items():
        assert engine.count_lines(prose(words)) == lines, words


def test_every_line_is_filled_as_far_as_the_width_allows(engine, call):
    text = prose(400)
    metrics = QFontMetricsF(body_font(call.typography))
    width = call.typography.text_width_twips * UNITS_PER_TWIP
    lines = _line_texts(engine, text)
    assert len(lines) > 5
    for line, following in zip(lines, lines[1:]):
        assert metrics.horizontalAdvance(line.rstrip()) <= width
        next_word = following.split(" ")[0]
        assert metrics.horizontalAdvance(line + next_word) > width, (line, next_word)


def test_a_line_break_and_a_paragraph_break_each_add_a_line(engine):
    assert engine.count_lines("Première ligne") == 1
    assert engine.count_lines("Première ligne" + LINE_BREAK + "deuxième") == 2
    assert engine.count_lines("Premier paragraphe\nSecond paragraphe") == 2
    assert engine.count_lines("Un" + LINE_BREAK + "deux\ntrois" + LINE_BREAK + "quatre") == 4


def test_empty_or_blank_text_has_no_lines_but_an_empty_paragraph_inside_counts_one(engine):
    assert engine.count_lines("") == 0
    assert engine.count_lines("   \n  ") == 0
    assert engine.count_lines("avant\n\naprès") == 3


def test_spans_cover_the_text_so_the_editor_can_mark_any_line(engine):
    text = prose(120) + LINE_BREAK + prose(30) + "\n\n" + prose(200)
    spans = engine.line_spans(text)
    rebuilt = "".join(text[s : s + n] for s, n in spans)
    assert rebuilt == text.replace("\n", "")
    starts = [s for s, _ in spans]
    assert starts == sorted(starts)


def test_a_word_longer_than_the_line_is_cut_where_it_overflows(engine, call):
    word = "électroencéphalographie" * 12
    lines = _line_texts(engine, "Avant " + word + " après")
    assert lines[0] == "Avant "  # the long word starts its own line, as in the word processor
    metrics = QFontMetricsF(body_font(call.typography))
    width = call.typography.text_width_twips * UNITS_PER_TWIP
    cut = [line for line in lines if "électro" in line or "phalographie" in line]
    assert len(cut) >= 3
    assert all(metrics.horizontalAdvance(line.rstrip()) <= width for line in cut)
    assert "".join(lines) == "Avant " + word + " après"


def test_a_narrow_table_cell_needs_more_lines(engine):
    text = prose(150)
    assert engine.count_lines(text, 3969) > engine.count_lines(text)


def _breaks_at_many_widths(engine, text):
    """Line breaks at many widths, all wider than the longest word (no word needs cutting)."""
    for width in range(4200, 9000, 23):
        yield [text[s : s + n] for s, n in engine.line_spans(text, width)]


def test_a_path_or_address_is_never_cut_at_a_slash(engine):
    text = "Les domaines Numérique/Mathématiques/Informatique et Santé/Biomédical, voir https://www.irit.fr/samova/"
    for lines in _breaks_at_many_widths(engine, text):
        for line in lines[:-1]:
            assert not line.endswith("/"), lines


def test_a_colon_or_question_mark_after_a_space_starts_a_line_only_when_that_space_overflows(engine, call):
    """LibreOffice keeps "mot :" together, unless the space before ":" is what overflows the line (80 cases
    measured: the word fits, its space does not); the width test uses the font, an oracle apart from the
    line filling."""
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(body_font(call.typography))
    text = "Objectif : un prototype ; visée ANR ? Oui : en 2027 ! Coût : 15 000 € (hors taxes) « à préciser »"
    starts = 0
    widths = range(4200, 9000, 7)
    for width in widths:
        lines = [text[s : s + n] for s, n in engine.line_spans(text, width)]
        for before, line in zip(lines, lines[1:]):
            if line[0] in ":?!;":
                starts += 1
                ink = before.rstrip(" ")
                assert metrics.horizontalAdvance(ink) <= width * UNITS_PER_TWIP, lines
                assert metrics.horizontalAdvance(ink + " ") > width * UNITS_PER_TWIP, lines
    assert 0 < starts < len(widths) * 0.05  # it happens, as the exception


def test_a_year_range_may_break_after_its_hyphen(engine):
    text = "Période 2025-2026"
    widths = [w for w in range(600, 6000, 10) if _line_texts(engine, text, w) == ["Période 2025-", "2026"]]
    assert widths, "the word processor breaks « 2025-|2026 » when the line is full"


def test_measure_reports_line_counts_and_the_first_line_past_the_limit(engine, call):
    dossier = Dossier(call_id=call.id, resume=prose(153), resume_grand_public="Court.")  # 11 lines in LibreOffice
    measures = engine.measure(dossier)
    assert measures.lines == {"resume": 11, "resume_grand_public": 1}
    assert measures.first_overflow_line == {"resume": 10}
    assert "description" in measures.pages


def test_a_keystroke_lays_out_only_the_paragraph_that_changed(engine, call, monkeypatch):
    paragraphs = [prose(80 + k) for k in range(12)]
    dossier = Dossier(call_id=call.id, resume="\n".join(paragraphs[:2]), description={"introduction": "\n".join(paragraphs[2:])})
    engine.measure(dossier)
    calls = []
    real = engine_module.paragraph_lines
    monkeypatch.setattr(engine_module, "paragraph_lines", lambda *a: calls.append(a[0]) or real(*a))
    dossier.description["introduction"] += " encore"
    engine.measure(dossier)
    assert calls == [paragraphs[-1] + " encore"]


# LibreOffice 7.4's lines for words longer than a table cell (cell width in twips, 108 twips of padding each
# side), read from its PDF: the paragraph's first word is cut after its last "/" that fits, a later word where
# it overflows, and never inside the "ti" ligature.
CUT_WORDS = [
    (1000, "Numérique/Mathématiques/Informatique", ["Numéri", "que/", "Mathém", "atiques/", "Informa", "tique"]),
    (1400, "Numérique/Mathématiques/Informatique", ["Numérique/", "Mathématiq", "ues/", "Informatique"]),
    (1000, "et Santé/Biomédical/Médical", ["et", "Santé/Bi", "omédica", "l/Médic", "al"]),
    (1200, "et Numérique/Mathématiques/Informatique", ["et", "Numériqu", "e/Mathém", "atiques/Inf", "ormatique"]),
    (1400, "Santé/santé/santé", ["Santé/", "santé/santé"]),
]


@pytest.mark.parametrize("cell, text, expected", CUT_WORDS)
def test_a_word_longer_than_a_cell_is_cut_where_libreoffice_cuts_it(engine, cell, text, expected):
    lines = [text[s : s + n].strip() for s, n in engine.paragraph_spans(text, cell - 216)]
    assert lines == expected
