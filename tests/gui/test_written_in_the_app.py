"""A dossier written in the app, with formatting, a list, a figure and a table, exports to a Word file and a
PDF that show all of them (issue 10's promise, end to end: the editors, the model, the Word writer, the
layout engine and the PDF renderer)."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from pypdf import PdfReader

from guikit import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
HTML = (
    "<p>Nos <b>trois objectifs</b> :</p>"
    "<ul><li>collecter les voix ;</li><li>entraîner un modèle<ul><li>de type transformeur ;</li></ul></li></ul>"
)


def test_a_dossier_written_in_the_app_exports_its_formatting_figure_and_table(window, complete_dossier, tmp_path):
    window.session.replace_dossier(complete_dossier)
    # The summary: a word typed in bold with Ctrl+B.
    window.show_page("resume")
    resume = window.pages["resume"].editor
    resume.moveCursor(resume.textCursor().MoveOperation.End)
    type_text(resume, " ")
    QTest.keyClick(resume, Qt.Key.Key_B, CTRL)
    type_text(resume, "essentiel")
    QTest.keyClick(resume, Qt.Key.Key_B, CTRL)
    # The description: a list pasted from a word processor, a figure pasted from the clipboard, a table.
    window.show_page("description")
    editor = window.pages["description"].editors["objectifs"]
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, "\n")
    html = QMimeData()
    html.setHtml(HTML)
    editor.insertFromMimeData(html)
    type_text(editor, "\n")
    image = QImage(800, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    picture = QMimeData()
    picture.setImageData(image)
    editor.insertFromMimeData(picture)
    type_text(editor, "Figure 1 : calendrier")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, "\n")
    editor.action("table").trigger()
    for text in ("Lot", "Mois", "WP1", "1-6"):
        type_text(editor, text)
        QTest.keyClick(editor, Qt.Key.Key_Tab)

    page = window.pages["review"]
    window.show_page("review")
    page.dest_edit.setText(str(tmp_path / "envoi"))
    for fmt, box in page.format_boxes.items():
        box.setChecked(fmt in ("pdf", "docx"))
    page.export_button.click()
    docx = tmp_path / "envoi" / "IASANTE_AAPAMOR2026_NEURO-IA.docx"
    pdf = tmp_path / "envoi" / "IASANTE_AAPAMOR2026_NEURO-IA.pdf"
    assert docx.is_file() and pdf.is_file(), page.result.text()

    with zipfile.ZipFile(docx) as package:
        xml = package.read("word/document.xml").decode("utf-8")
        media = [n for n in package.namelist() if n.startswith("word/media/")]
    assert "<w:b/>" in xml and ">essentiel<" in xml  # the bold word
    assert xml.count("<w:numPr>") >= 3 and '<w:ilvl w:val="1"/>' in xml  # the list, on two levels
    assert "<wp:inline" in xml and media  # the figure, in line, its image in the package
    assert ">Figure 1 : calendrier<" in xml
    assert "<w:tbl>" in xml and ">WP1<" in xml  # the table

    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    for words in ("essentiel", "collecter les voix", "de type transformeur", "Figure 1 : calendrier", "WP1"):
        assert words in text, words
    images = [name for page in reader.pages for name in (page.images.keys() if hasattr(page.images, "keys") else [i.name for i in page.images])]
    assert images, "the figure is drawn in the PDF"
    # and the Word file reads back to the same formatted text
    from iasante_desktop.documents.word_import import import_docx

    back = import_docx(docx.read_bytes(), window.ctx.call).dossier
    def shape(text):  # what the reader sees: kinds, words, marks, list kinds and levels (list ids are labels)
        out = []
        for block in text.blocks:
            item = getattr(block, "list_item", None)
            spans = getattr(block, "spans", ())
            out.append((type(block).__name__, text.plain() and getattr(block, "caption_text", None), [(s.text, s.marks) for s in spans],
                        item and (item.kind, item.level)))
        return out, text.plain()

    assert shape(back.description["objectifs"]) == shape(window.ctx.dossier.description["objectifs"])
