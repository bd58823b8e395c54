"""Filling a partner pack the way a partner does in Word: typing into the right-hand cells."""

from __future__ import annotations

from pathlib import Path

from docx import Document


def fill(pack: Path, out: Path, values: dict[str, str], bold: dict[str, str] | None = None) -> Path:
    """Replace the value cell of each row whose label starts with a key of `values`; `bold` adds a bold run."""
    doc = Document(pack)
    found = set()
    for table in doc.tables:
        for row in table.rows:
            label = row.cells[0].paragraphs[0].text
            for prefix, text in values.items():
                if label.startswith(prefix):
                    cell = row.cells[1]
                    for extra in cell.paragraphs[1:]:
                        extra._p.getparent().remove(extra._p)
                    cell.paragraphs[0].text = text
                    if bold and prefix in bold:
                        cell.paragraphs[0].add_run(bold[prefix]).bold = True
                    found.add(prefix)
    assert found == set(values), set(values) - found
    doc.save(out)
    return out
