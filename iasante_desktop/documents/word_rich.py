"""The Word reader's rich content: runs, list items, figures and captions, tables inside a field, and the
notes on what the model cannot hold. A mixin of word_import's reader, which provides `target`, `texts`,
`note`, `_append`, `call`, `styles`, `numbering`, `num_lists`, `list_ids`, `part`, `in_budget` and
`pending_caption`; and the numbering definitions read from numbering.xml.
"""

from __future__ import annotations

import re

from docx.oxml.ns import qn

from iasante_desktop.core.dossier import LINE_BREAK
from iasante_desktop.core.richtext import (
    BULLET,
    NUMBER,
    Cell,
    Figure,
    ListItem,
    Span,
    normalized_spans,
)
from iasante_desktop.core.richtext import Para as RichPara
from iasante_desktop.core.richtext import Table as RichTable
from iasante_desktop.documents.images import ImageProblem, inspect_image, mime_for_name
from iasante_desktop.documents.word_labels import match_label
from iasante_desktop.documents.word_notes import _DROPPED_NAMES, NOTE_DROPPED, NOTE_DROPPED_ROOM
from iasante_desktop.documents.word_xml import TAKES_ROOM, Para, Picture, Table

# Spaces around a paragraph go, line breaks stay: a paragraph ending in a break shows one more line.
_EDGE_SPACES = re.compile(r"^[^\S\u2028]+|[^\S\u2028]+$")


class RichContent:
    """The reader's methods for formatted content (see the module's docstring for what they rely on)."""

    def _field_path(self, target: tuple | None) -> str:
        if target is None:
            return ""
        if target[0] == "section":
            return target[1]
        if target[0] == "point":
            return f"description.{target[1]}"
        return f"partners[{target[1]}]" + (f".{target[2]}" if target[2] else "")

    def _field_names(self, target: tuple | None) -> tuple[str, str]:
        if target is None:
            return "début du document", "start of the document"
        if target[0] == "section":
            label = self.call.section(target[1]).label
            return label.fr, label.en
        if target[0] == "point":
            point = next(p for p in self.call.section("description").points if p.id == target[1])
            return f"Description, {point.label.fr}", f"Description, {point.label.en}"
        n = target[1] + 1
        if target[2] is None:
            return f"Partenaire {n}", f"Partner {n}"
        fld = next(f for s in self.call.sections for f in s.fields if f.id == target[2])
        return f"Partenaire {n}, {fld.label.fr}", f"Partner {n}, {fld.label.en}"

    def _dropped(self, kinds: tuple[str, ...]) -> None:
        where_fr, where_en = self._field_names(self.target)
        counts: dict[str, int] = {}
        for kind in kinds:
            counts[kind] = counts.get(kind, 0) + 1
        for kind, count in counts.items():
            what_fr, what_en = _DROPPED_NAMES.get(kind, (kind, kind))
            times_fr, times_en = (f" ({count} fois)", f" ({count} times)") if count > 1 else ("", "")
            room = kind in TAKES_ROOM or kind in ("cell_picture",)
            self.note(
                f"« {where_fr} » : {what_fr}{times_fr} n'a pas pu être importé(e)"
                + (" ; elle prenait de la place sur la page, la longueur mesurée peut être trop courte." if room else "."),
                f"“{where_en}”: {what_en}{times_en} could not be imported"
                + ("; it took room on the page, so the measured length may be short." if room else "."),
                NOTE_DROPPED_ROOM if room else NOTE_DROPPED,
                self._field_path(self.target),
            )

    # ---- walking the body ----

    def _rich_para(self, text: str, para: Para | None, target: tuple) -> RichPara:
        """The paragraph as the model holds it: its runs (edge spaces trimmed), list item and alignment."""
        if para is None or "".join(s.text for s in para.spans) != para.text or text != _EDGE_SPACES.sub("", para.text):
            return RichPara((Span(text),) if text else ())
        item = None
        if para.num is not None:
            num_id, level = para.num
            kind = self.numbering.get(num_id, {}).get(level, "")
            if kind:
                item = ListItem(kind, min(max(level, 0), 8), self._list_id(target, num_id))
        return RichPara(_trim_spans(para.spans), item, para.align)

    def _list_id(self, target: tuple, num_id: str) -> int:
        """The list a numbered paragraph belongs to, as Word counts: the w:num elements that share a
        definition (w:abstractNum) share its counter, and one with a start override begins a new list where
        it is first used (LibreOffice writes a list as one such w:num and its continuations)."""
        ids = self.list_ids.setdefault(target, {})
        abstract, restarts = self.num_lists.get(num_id, (f"num:{num_id}", True))
        count = ids.setdefault("#", 0)
        if restarts:
            found = ids.get(f"num:{num_id}")
        else:
            found = ids.get(f"abstract:{abstract}")
        if found is None:
            count += 1
            ids["#"] = found = count
        ids[f"num:{num_id}"] = ids[f"abstract:{abstract}"] = found
        return found

    def _is_caption(self, para: Para, text: str) -> bool:
        if para.style in self.styles.captions or para.style.lower() in ("caption", "legende", "légende"):
            return True
        return bool(_CAPTION.match(text))

    def _pictures(self, para: Para, text: str) -> None:
        """A paragraph holding inline pictures: its text (if any), then one figure per picture."""
        self.pending_caption = None
        if self.target is None or self.in_budget:
            self.note(
                "Une image hors des rubriques du dossier a été ignorée.",
                "A picture outside the dossier's sections was ignored.",
                NOTE_DROPPED,
            )
            return
        if text.replace(LINE_BREAK, "").strip():
            self._append(text, para)
        target = self._content_target()
        for picture in para.pictures:
            figure = self._figure(picture)
            if figure is not None:
                self.texts.setdefault(target, []).append(figure)
                # a caption found in the picture's frame is the caption; otherwise the next paragraph may be
                self.pending_caption = None if figure.caption else target

    def _figure(self, picture: Picture) -> Figure | None:
        where_fr, where_en = self._field_names(self.target)
        name = picture.name or "image"
        field_path = self._field_path(self.target)

        def refuse(fr: str, en: str) -> None:
            self.note(
                f"« {where_fr} » : l'image « {name} » n'a pas été importée : {fr}.",
                f"“{where_en}”: the picture “{name}” was not imported: {en}.",
                NOTE_DROPPED_ROOM,
                field_path,
            )

        if picture.linked or self.part is None:
            refuse("elle est liée à un fichier extérieur au document", "it is linked to a file outside the document")
            return None
        try:
            image_part = self.part.related_parts[picture.rel_id]
            data = image_part.blob
        except (KeyError, AttributeError):
            refuse("elle est absente du fichier", "it is missing from the file")
            return None
        try:
            info = inspect_image(data, name)
        except ImageProblem as problem:
            refuse(problem.fr, problem.en)
            return None
        part_name = str(getattr(image_part, "partname", ""))
        said = mime_for_name(part_name) or getattr(image_part, "content_type", None)
        if said in ("image/png", "image/jpeg") and said != info.mime:
            kind = "PNG" if info.mime == "image/png" else "JPEG"
            self.note(
                f"« {where_fr} » : l'image « {name} » est en réalité une image {kind} ; importée comme telle.",
                f"“{where_en}”: the picture “{name}” is really a {kind} picture; imported as such.",
            )
        width, height = picture.width_pt, picture.height_pt
        if width <= 0 or height <= 0:  # no extent: the picture's pixels at 96 dpi, as Word would show it
            width, height = info.width_px * 0.75, info.height_px * 0.75
        if picture.anchored:
            self.note(
                f"« {where_fr} » : l'image « {name} » était ancrée (texte au-dessus et au-dessous) ; elle est "
                "placée à son point d'ancrage, dans le fil du texte.",
                f"“{where_en}”: the picture “{name}” was anchored (text above and below); it is placed where it "
                "was anchored, in the flow of the text.",
            )
        return Figure(data, info.mime, round(width, 2), round(height, 2), _trim_spans(picture.caption), picture.name)

    def _is_content_table(self, table: Table) -> bool:
        """A table inside a field (a work-package table), not one used to lay out the annex's labels (a table
        whose cells read as two labels or more: "Acronyme | NEURO-IA", "Porteur | Claire Dupont")."""
        if self.target is None or self.in_budget or not table.cells:
            return False
        labels = 0
        for row in table.cells:
            for cell in row:
                for block in cell:
                    if isinstance(block, Para) and block.text.strip():
                        if match_label(block.text.strip(), self.call, emphasized=True) is not None:
                            labels += 1
        return labels < 2

    def _content_table(self, table: Table) -> None:
        target = self._content_target()
        rows = []
        dropped: list[str] = []
        for r, row in enumerate(table.cells):
            cells = []
            for c, cell in enumerate(row):
                paras: list[RichPara] = []
                for block in cell:
                    if isinstance(block, Table):
                        dropped.append("nested_table")
                        paras.extend(RichPara((Span(line),)) for line in _table_lines(block))
                        continue
                    dropped.extend(block.dropped)
                    dropped.extend("cell_picture" for _ in block.pictures)
                    text = _EDGE_SPACES.sub("", block.text)
                    paras.append(self._rich_para(text, block, (*target, "cell", r, c)))
                cells.append(Cell(tuple(paras)))
            rows.append(tuple(cells))
        if dropped:
            self._dropped(tuple(dropped))
        widths = table.widths if table.widths and all(0 < w < 100_000 for w in table.widths) else ()
        self.texts.setdefault(target, []).append(
            RichTable(tuple(rows), tuple(widths), table.header_rows, tuple(r for r in table.shaded_rows if r < len(rows)))
        )

    def _content_target(self) -> tuple:
        if self.target is not None and self.target[0] == "section" and self.target[1] == "description":
            self._append("")  # files the content under the first point, with the note
            self.texts[self.target].pop()
        if self.target is not None and self.target[0] == "partner" and self.target[2] is None:
            return ("partner", self.target[1], "cv")
        return self.target



_CAPTION = re.compile(r"^(?:figure|fig\.|fig\s|illustration)\s*\S", re.IGNORECASE)


def _table_lines(table: Table) -> list[str]:
    return [" ".join(cell for cell in row if cell) for row in table.rows]


def _trim_spans(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Spaces around a paragraph go (line breaks stay), across however many runs they spread."""
    out = list(normalized_spans(spans))
    while out:
        first = _LEADING.sub("", out[0].text)
        if first:
            out[0] = Span(first, out[0].marks)
            break
        out.pop(0)
    while out:
        last = _TRAILING.sub("", out[-1].text)
        if last:
            out[-1] = Span(last, out[-1].marks)
            break
        out.pop()
    return tuple(out)


_LEADING = re.compile(r"^[^\S\u2028]+")
_TRAILING = re.compile(r"[^\S\u2028]+$")


def _blank_paragraph(block) -> bool:
    if not isinstance(block, RichPara):
        return False
    return block.list_item is None and not block.text.replace(LINE_BREAK, "").strip()


def _trim_blank(paragraphs: list) -> list:
    """Empty paragraphs at the start or end of a field go; those between two paragraphs stay."""
    start, end = 0, len(paragraphs)
    while start < end and _blank_paragraph(paragraphs[start]):
        start += 1
    while end > start and _blank_paragraph(paragraphs[end - 1]):
        end -= 1
    return paragraphs[start:end]



def _numbering(part) -> tuple[dict[str, dict[int, str]], dict[str, tuple[str, bool]]]:
    """From numbering.xml: numId -> level -> BULLET, NUMBER or "" (a level with no visible mark is no list),
    following a definition that links to a numbering style (w:numStyleLink); and numId -> (abstractNumId,
    whether it restarts the count)."""
    try:
        root = part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        return {}, {}
    w = lambda name: qn(f"w:{name}")  # noqa: E731
    abstracts = {a.get(w("abstractNumId")): a for a in root.findall(w("abstractNum"))}
    style_links = {}
    for a in abstracts.values():
        link = a.find(w("styleLink"))
        if link is not None:
            style_links[link.get(w("val"))] = a

    def levels(abstract, depth: int = 0) -> dict[int, str]:
        link = abstract.find(w("numStyleLink"))
        if link is not None and depth < 3:
            target = style_links.get(link.get(w("val")))
            if target is not None and target is not abstract:
                return levels(target, depth + 1)
        out: dict[int, str] = {}
        for lvl in abstract.findall(w("lvl")):
            try:
                ilvl = int(lvl.get(w("ilvl"), "0"))
            except ValueError:
                continue
            out[ilvl] = _level_kind(lvl)
        return out

    result: dict[str, dict[int, str]] = {}
    lists: dict[str, tuple[str, bool]] = {}
    for num in root.findall(w("num")):
        ref = num.find(w("abstractNumId"))
        abstract_id = ref.get(w("val")) if ref is not None else None
        abstract = abstracts.get(abstract_id)
        restarts = any(o.find(w("startOverride")) is not None for o in num.findall(w("lvlOverride")))
        lists[num.get(w("numId"))] = (str(abstract_id), restarts)
        kinds = levels(abstract) if abstract is not None else {}
        for override in num.findall(w("lvlOverride")):
            lvl = override.find(w("lvl"))
            if lvl is not None:
                try:
                    kinds[int(override.get(w("ilvl"), "0"))] = _level_kind(lvl)
                except ValueError:
                    pass
        result[num.get(w("numId"))] = kinds
    return result, lists


def _level_kind(lvl) -> str:
    fmt = lvl.find(qn("w:numFmt"))
    value = fmt.get(qn("w:val"), "decimal") if fmt is not None else "decimal"
    if value == "bullet":
        return BULLET
    if value == "none":
        text = lvl.find(qn("w:lvlText"))
        return BULLET if text is not None and text.get(qn("w:val"), "").strip() else ""
    return NUMBER

