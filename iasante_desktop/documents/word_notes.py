"""What the Word import says about a file: its notes, and the warning a check adds when content that took
room on the page was left out.

A note is one line in French and one in English. Notes about content the dossier's model cannot hold carry a
kind (NOTE_DROPPED, or NOTE_DROPPED_ROOM when it took room on the page) and the field it was in; the latter
become the warning `import.dropped_content` through `import_findings`, so `check` says the measured length
may be short rather than giving a clean verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from iasante_desktop.core.findings import WARNING, Finding

# Note kinds: content the model cannot hold (said, nothing else), and content that also took room on the page
# (the measured length may be short: `import_findings` makes a warning of it). Other notes have no kind.
NOTE_DROPPED = "dropped"
NOTE_DROPPED_ROOM = "dropped_room"
DROPPED_RULE = "import.dropped_content"

# What the model cannot hold, as the notes name it.
_DROPPED_NAMES = {
    "equation": ("une équation", "an equation"),
    "text_box": ("une zone de texte", "a text box"),
    "floating_picture": ("une image flottante (non alignée sur le texte)", "a floating picture (not in line with text)"),
    "floating_shape": ("une forme flottante", "a floating shape"),
    "shape": ("une forme ou un dessin", "a shape or drawing"),
    "chart": ("un graphique", "a chart"),
    "smartart": ("un diagramme SmartArt", "a SmartArt diagram"),
    "object": ("un objet incorporé (OLE)", "an embedded object (OLE)"),
    "comment": ("un commentaire", "a comment"),
    "footnote": ("une note de bas de page", "a footnote"),
    "nested_table": ("un tableau dans un tableau (lu comme texte)", "a table inside a table (read as text)"),
    "cell_picture": ("une image dans un tableau", "a picture inside a table"),
}


@dataclass(frozen=True)
class ImportNote:
    """Something the importer noticed: a guess it made, a value it could not read, a label it missed.
    `kind` and `field` are set for content the importer had to leave out (NOTE_DROPPED, NOTE_DROPPED_ROOM)."""

    fr: str
    en: str
    kind: str = ""
    field: str = ""

    def message(self, lang: str = "fr") -> str:
        return self.en if lang == "en" else self.fr


def import_findings(notes) -> list[Finding]:
    """One warning per field where something that takes room on the page was left out: the check's
    measure of that field may be short (rule `import.dropped_content`)."""
    out: list[Finding] = []
    seen: set[str] = set()
    for note in notes:
        if getattr(note, "kind", "") != NOTE_DROPPED_ROOM or note.field in seen:
            continue
        seen.add(note.field)
        out.append(
            Finding(
                DROPPED_RULE,
                WARNING,
                note.field,
                DROPPED_RULE,
                words={"where_fr": _where(note.field, "fr"), "where_en": _where(note.field, "en")},
            )
        )
    return out


def _where(field_path: str, lang: str) -> str:
    """A field path as the user knows it: "partners[0].cv" -> "Partenaire 1, CV"."""
    m = re.match(r"partners\[(\d+)\]\.(\w+)", field_path)
    if m:
        n = int(m.group(1)) + 1
        what = {"cv": ("CV", "CV"), "team": ("équipe", "team")}.get(m.group(2), (m.group(2), m.group(2)))
        return f"Partenaire {n}, {what[0]}" if lang == "fr" else f"Partner {n}, {what[1]}"
    return field_path

