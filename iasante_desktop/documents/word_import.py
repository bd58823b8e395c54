"""Read a filled Word template back into a Dossier, however the applicant typed into it.

The file is checked by safety.py before python-docx opens it. The body is read with word_xml's walker
(content controls, tracked insertions, fields) and cut at the annex's labels, found by word_labels
whatever their case, accents, numbering or style. What the importer had to guess or could not read is
said in `notes` (French and English), never raised: only a file that cannot be read at all raises a
DocumentError.

Long texts keep their formatting (core.richtext): runs with their marks, lists (numbering definitions
resolved to bullet or number and level, one list id per w:num), inline pictures with their size on the page
(checked by documents/images.py) and the caption below them, tables inside a section. What the model cannot
hold is named in a note with the field it was in; when it takes room on the page, the note's kind is
`NOTE_DROPPED_ROOM` and `import_findings` turns it into the warning `import.dropped_content`, so the check
says the measured length may be short.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal

from docx import Document
from docx.oxml.ns import qn

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import LINE_BREAK, Dossier, Partner
from iasante_desktop.core.findings import Finding
from iasante_desktop.core.money import AmountError, parse_amount
from iasante_desktop.core.places import find_outside_place, find_place, infer_place
from iasante_desktop.core.wording import plural
from iasante_desktop.core.richtext import Block, RichText, Span
from iasante_desktop.core.richtext import Para as RichPara
from iasante_desktop.documents.errors import UnreadableDocumentError, UnsafeDocumentError
from iasante_desktop.documents.safety import DEFAULT_LIMITS, Limits, load_checked
from iasante_desktop.documents.word_labels import (
    FACTS_SEPARATOR,
    Label,
    fold,
    is_instruction,
    is_placeholder,
    looks_like_facts,
    match_label,
    parse_fact_spans,
    parse_facts,
    split_unconfirmed,
)
from iasante_desktop.documents.word_notes import (
    DROPPED_RULE,
    NOTE_DROPPED,
    NOTE_DROPPED_ROOM,
    ImportNote,
    import_findings,
)
from iasante_desktop.documents.word_rich import (
    _EDGE_SPACES,
    RichContent,
    _numbering,
    _table_lines,
    _trim_blank,
    _trim_spans,
)
from iasante_desktop.documents.word_xml import Para, Styles, Table, blocks

__all__ = [
    "DROPPED_RULE",
    "NOTE_DROPPED",
    "NOTE_DROPPED_ROOM",
    "ImportNote",
    "ImportResult",
    "import_docx",
    "import_findings",
]

_PARAGRAPH = qn("w:p")
_PUNCTUATION = re.compile(r"[^\w\s'’-]")
_DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%y")



@dataclass
class ImportResult:
    dossier: Dossier
    notes: list[ImportNote] = field(default_factory=list)

    @property
    def findings(self) -> list[Finding]:
        return import_findings(self.notes)



@dataclass
class _PartnerDraft:
    partner: Partner = field(default_factory=Partner)
    facts: dict[str, str] = field(default_factory=dict)
    header_hint: str = ""  # "Name / Unit" from the budget table's header


class _Reader(RichContent):
    def __init__(self, call: CallSpec) -> None:
        self.call = call
        self.notes: list[ImportNote] = []
        self.texts: dict[tuple, list[Block]] = {}
        self.styles = Styles()
        self.numbering: dict[str, dict[int, str]] = {}  # numId -> level -> BULLET / NUMBER / "" (no list)
        self.part = None  # the document part, whose relationships hold the pictures
        self.list_ids: dict[tuple, dict[str, int]] = {}  # target -> numId or abstract -> list id
        self.num_lists: dict[str, tuple[str, bool]] = {}  # numId -> (abstractNumId, restarts its counter)
        self.pending_caption: tuple | None = None  # the target whose last block is a figure awaiting a caption
        self.target: tuple | None = None
        self.partners: list[_PartnerDraft] = []
        self.in_description = False
        self.in_budget = False
        self.seen_sections: set[str] = set()
        self.langs = {"fr": 0, "en": 0}
        self.budget_tables = 0
        self.grand_total: Decimal | None = None
        self.ignored = 0
        self.styled = False  # labels stand out (bold or heading style)
        self.last_label: tuple[str, str] | None = None  # the last annex label found, as (kind, key)
        self.position = 0  # index of the body item being read
        self.next_emphasized: list[tuple[str, str] | None] = []

    def note(self, fr: str, en: str, kind: str = "", field: str = "") -> None:
        note = ImportNote(fr, en, kind, field)
        if note not in self.notes:
            self.notes.append(note)

    def read(self, items: list[Para | Table]) -> None:
        self.styled, self.next_emphasized = self._emphasized_labels(items)
        for index, item in enumerate(items):
            self.position = index
            if isinstance(item, Table):
                self.pending_caption = None
                if self._is_budget_table(item):
                    self._budget_table(item)
                elif self._is_content_table(item):
                    self._content_table(item)
                else:
                    # A table used for layout ("Acronyme | NEURO-IA"): read its cells in order.
                    for row in item.cells:
                        for cell in row:
                            for block in cell:
                                if isinstance(block, Para):
                                    self._paragraph(block)
                                else:
                                    for line in _table_lines(block):
                                        self._paragraph(Para(line, False, (Span(line),)))
            else:
                self._paragraph(item)

    def _emphasized_labels(self, items: list[Para | Table]) -> tuple[bool, list[tuple[str, str] | None]]:
        """Whether the labels stand out (bold or a heading style), as in the template and most hand-made
        files, and for each item the next label that stands out after it.

        Where labels stand out, a plain paragraph that happens to read "Résumé" or "Budget" is the applicant's
        text unless the annex expects that label there; and when the next label that stands out is that very
        label, the plain paragraph is text after all ("BUDGET" closing the last point, before the real one).
        """
        found: list[tuple[str, str] | None] = []
        for item in items:
            key = None
            if isinstance(item, Para) and item.emphasized and item.text.strip():
                match = match_label(item.text.strip(), self.call, in_description=True, emphasized=True)
                if match is not None and match.label.kind != "facts":
                    key = self._key(match.label)
            found.append(key)
        following: list[tuple[str, str] | None] = [None] * len(items)
        upcoming = None
        for index in range(len(items) - 1, -1, -1):
            following[index] = upcoming
            upcoming = found[index] or upcoming
        return sum(1 for key in found if key is not None) >= 3, following

    def _partner(self, create: bool = True) -> int:
        if not self.partners and create:
            self.partners.append(_PartnerDraft())
        return len(self.partners) - 1

    def _next_labels(self) -> set[tuple[str, str]]:
        """The labels the annex puts right after the last one found (after a partner's last field: the next
        partner or the next section)."""
        sections = self.call.sections
        next_partner = ("partner", str(len(self.partners) + 1))

        def opening(index: int) -> set[tuple[str, str]]:
            if index >= len(sections):
                return set()
            section = sections[index]
            return {next_partner} if section.kind == "partners" else {("section", section.id)}

        if self.last_label is None:
            return opening(0)
        kind, key = self.last_label
        position = {s.id: i for i, s in enumerate(sections)}
        if kind == "section":
            section = self.call.section(key)
            if section.points:
                return {("point", section.points[0].id)}
            return opening(position[key] + 1)
        if kind in ("partner", "field"):
            at = next(i for i, s in enumerate(sections) if s.kind == "partners")
            ids = [f.id for f in sections[at].fields]
            following = ids.index(key) + 1 if kind == "field" else 0
            if following < len(ids):
                return {("field", ids[following])}
            return {next_partner} | opening(at + 1)
        at = next(i for i, s in enumerate(sections) if s.kind == "pages")
        ids = [p.id for p in sections[at].points]
        following = ids.index(key) + 1
        return {("point", ids[following])} if following < len(ids) else opening(at + 1)

    def _emphasized_later(self, key: tuple[str, str]) -> bool:
        return self.position < len(self.next_emphasized) and self.next_emphasized[self.position] == key

    @staticmethod
    def _key(label: Label) -> tuple[str, str]:
        return (label.kind, str(int(label.key)) if label.kind == "partner" else label.key)

    def _paragraph(self, para: Para) -> None:
        text = _EDGE_SPACES.sub("", para.text)
        if para.dropped and not self.in_budget:
            self._dropped(para.dropped)
        if para.pictures:
            self._pictures(para, text)
            return
        if not text.replace(LINE_BREAK, "").strip():
            self.pending_caption = None
            self._blank(text)
            return
        if self.pending_caption is not None:
            pending, self.pending_caption = self.pending_caption, None
            if pending == self.target and self._is_caption(para, text):
                blocks_ = self.texts[pending]
                blocks_[-1] = blocks_[-1]._replace(caption=_trim_spans(para.spans))
                return
        match = match_label(text, self.call, in_description=self.in_description, emphasized=para.emphasized)
        if match is not None and self.styled and not para.emphasized and match.label.kind != "facts":
            # Where labels stand out, a plain one counts only where the annex expects it, written as the annex
            # writes it: "Budget" inside a summary is the applicant's word, "Thématique du projet :" right
            # after the keywords is the next label even if nobody made it bold.
            key = self._key(match.label)
            if match.loose or key not in self._next_labels() or self._emphasized_later(key):
                match = None
        if match is not None:
            label = match.label
            if label.kind != "facts":
                self.last_label = self._key(label)
            if label.lang:
                self.langs[label.lang] += 1
            if label.kind == "partner":
                self.partners.append(_PartnerDraft())
                self.target = ("partner", len(self.partners) - 1, None)
                self.in_description = self.in_budget = False
                if match.value:
                    self._partner_preamble(match.value)
                return
            if label.kind == "field":
                if not self.partners:
                    self.note(
                        "Une présentation de partenaire précède tout « Partenaire 1 » : rattachée au partenaire 1.",
                        "A partner presentation comes before any “Partner 1”: attached to partner 1.",
                    )
                self.target = ("partner", self._partner(), label.key)
                self.in_description = self.in_budget = False
            elif label.kind == "point":
                self.target = ("point", label.key)
            elif label.kind == "facts":
                facts_zone = self.target is not None and self.target[0] == "partner" and self.target[2] is None
                if facts_zone or (self.partners and FACTS_SEPARATOR.strip() in text and looks_like_facts(text)):
                    self._facts(text, para)
                    return
                self._append(text, para)
                return
            else:
                section = self.call.section(label.key)
                self.seen_sections.add(section.id)
                self.target = ("section", section.id)
                self.in_description = section.kind == "pages"
                self.in_budget = section.kind == "budget"
            if match.value:
                self._append(match.value)
            return
        if is_placeholder(text) or is_instruction(text, self.call):
            return
        if self.target and self.target[0] == "partner" and self.target[2] is None:
            self._partner_preamble(text, para)
            return
        self._append(text, para)

    def _blank(self, text: str) -> None:
        """An empty paragraph inside a field is a line the reader sees (and the engine counts): kept, except
        at the start or end of a field, where the dossier trims it."""
        if self.in_budget or self.target is None or (self.target[0] == "partner" and self.target[2] is None):
            return
        if self.target[0] == "section" and self.call.section(self.target[1]).kind == "pages":
            return  # between the description's title and its first point
        self.texts.setdefault(self.target, []).append(RichPara((Span(text),) if text else ()))

    def _partner_preamble(self, text: str, para: Para | None = None) -> None:
        """Text right under "Partenaire N": the facts line, or words about the carrier kept with the CV."""
        if looks_like_facts(text) or (para is not None and parse_fact_spans(para.spans)):
            self._facts(text, para)
            return
        index = self.target[1] if self.target else self._partner()
        self.texts.setdefault(("partner", index, "cv"), []).append(self._rich_para(text, para, ("partner", index, "cv")))
        self.note(
            f"Partenaire {index + 1} : le texte placé sous le titre a été rattaché au CV du porteur.",
            f"Partner {index + 1}: the text under the heading was added to the carrier's CV.",
        )

    def _facts(self, text: str, para: Para | None = None) -> None:
        index = self.target[1] if self.target and self.target[0] == "partner" else self._partner()
        draft = self.partners[index]
        # Labels in bold (as the export writes them) delimit the values exactly; otherwise read the text.
        facts = parse_fact_spans(para.spans) if para is not None else None
        for attr, value in (facts if facts else parse_facts(text)).items():
            draft.facts.setdefault(attr, value)

    def _append(self, text: str, para: Para | None = None) -> None:
        if self.in_budget:
            folded = fold(text)
            if folded.startswith(("total", "grand total", "montant total")) and ":" in text:
                self.grand_total = self._amount(text.rsplit(":", 1)[1], "Total général", "Grand total")
                return
            self.ignored += 1
            return
        if self.target is None:
            return  # the title block and introduction before the first label
        if self.target[0] == "section" and self.target[1] == "description":
            self.target = ("point", self.call.section("description").points[0].id)
            self.note(
                "La description ne reprend pas les cinq points de l'annexe : tout le texte est rangé sous le premier.",
                "The description does not follow the annex's five points: all its text is filed under the first.",
            )
        self.texts.setdefault(self.target, []).append(self._rich_para(text, para, self.target))

    # ---- the budget table ----

    def _row_id(self, text: str) -> str | None:
        folded = fold(_lines(text)[0] if text.strip() else "").rstrip(" :")
        if not folded:
            return None
        for row in self.call.budget.rows:
            if folded in (fold(row.label.fr), fold(row.label.en)):
                return row.id
        if folded.startswith(fold(self.call.budget.total_label.fr)) or folded.startswith(
            fold(self.call.budget.total_label.en)
        ):
            return "__total__"
        return None

    def _is_budget_table(self, table: Table) -> bool:
        if not table.rows:
            return False
        known = sum(1 for row in table.rows if row and self._row_id(row[0]) not in (None, "__total__"))
        header = fold(table.rows[0][0]) if table.rows[0] else ""
        return known >= 2 or (known >= 1 and header in (fold(self.call.budget.header.fr), fold(self.call.budget.header.en)))

    def _amount(self, text: str, where_fr: str, where_en: str) -> Decimal | None:
        try:
            return parse_amount(text)
        except AmountError as exc:
            self.note(f"{where_fr} : {exc.fr} Montant ignoré.", f"{where_en}: {exc.en} Amount ignored.")
            return None

    def _budget_table(self, table: Table) -> None:
        self.budget_tables += 1
        if self.budget_tables > 1:
            self.note(
                "Plusieurs tableaux budgétaires : seul le premier est lu.",
                "Several budget tables: only the first is read.",
            )
            return
        self.in_budget = True
        self.in_description = False
        header = next((row for row in table.rows if row and self._row_id(row[0]) is None), table.rows[0])
        width = max(len(row) for row in table.rows)
        columns: dict[int, int | None] = {}  # column -> partner index, None for a "TOTAL" column
        next_index = 0
        for col in range(1, width):
            title = header[col] if col < len(header) else ""
            title_lines = _lines(title) or [""]
            first = fold(title_lines[0])
            if first.startswith("total"):
                columns[col] = None
                continue
            number = re.match(r"^(?:partenaire|partner)\s*(?:n\s*[°o]?\s*)?(\d{1,2})\b", first)
            index = int(number.group(1)) - 1 if number else next_index
            next_index = index + 1
            columns[col] = index
            hint = " ".join(title_lines[1:])
            placeholder = " ".join(self.call.budget.partner_header.fr.split("\n")[1:])
            placeholder_en = " ".join(self.call.budget.partner_header.en.split("\n")[1:])
            if hint and fold(hint) not in (fold(placeholder), fold(placeholder_en)):
                while len(self.partners) <= index:
                    self.partners.append(_PartnerDraft())
                self.partners[index].header_hint = hint
        partner_cols = [c for c, i in columns.items() if i is not None]
        if partner_cols and len(self.partners) < max(columns[c] for c in partner_cols) + 1:
            wanted = max(columns[c] for c in partner_cols) + 1
            self.note(
                f"Le tableau budgétaire compte {wanted} partenaires, les présentations {len(self.partners)}.",
                f"The budget table has {wanted} partners, the presentations {len(self.partners)}.",
            )
            while len(self.partners) < wanted:
                self.partners.append(_PartnerDraft())
        for row in table.rows:
            if not row or row is header:
                continue
            row_id = self._row_id(row[0])
            if row_id is None:
                if any(not is_placeholder(c) and _has_amount(c) for c in row[1:]):
                    self.note(
                        f"Ligne budgétaire « {row[0].strip()} » inconnue de l'appel : ses montants sont ignorés.",
                        f"Budget row “{row[0].strip()}” is not one of the call's: its amounts are ignored.",
                    )
                continue
            label = "TOTAL" if row_id == "__total__" else next(r.label for r in self.call.budget.rows if r.id == row_id).fr
            label_en = "TOTAL" if row_id == "__total__" else next(r.label for r in self.call.budget.rows if r.id == row_id).en
            for col, index in columns.items():
                cell = row[col] if col < len(row) else ""
                if index is None:
                    if row_id == "__total__":
                        self.grand_total = self._amount(cell, "Total général", "Grand total")
                    continue
                where_fr, where_en = f"Budget, partenaire {index + 1}, « {label} »", f"Budget, partner {index + 1}, “{label_en}”"
                partner = self.partners[index].partner
                if row_id == "__total__":
                    partner.written_total = self._amount(cell, where_fr, where_en)
                    continue
                try:
                    amount = parse_amount(cell)
                except AmountError as exc:
                    # Kept as typed: the rules then block the export until someone writes a readable amount.
                    partner.unreadable_amounts[row_id] = " ".join(_lines(cell))
                    self.note(
                        f"{where_fr} : {exc.fr} Montant à corriger.", f"{where_en}: {exc.en} Amount to be corrected."
                    )
                    continue
                if amount is not None:
                    partner.budget[row_id] = amount

    # ---- assembling the dossier ----

    def dossier(self) -> Dossier:
        call = self.call
        dossier = Dossier(call_id=call.id)
        for (kind, *rest), found in self.texts.items():
            rich = RichText(_trim_blank(found))
            text = rich.plain()
            if kind == "section":
                section = call.section(rest[0])
                if section.kind == "keywords":
                    dossier.keywords = [k.strip() for k in re.split(r"[,;\n]", text) if k.strip()]
                elif section.kind == "text":  # acronym, title, theme: plain text
                    setattr(dossier, section.id, text)
                elif section.kind == "lines":
                    setattr(dossier, section.id, rich)
            elif kind == "point" and rich.blocks:
                dossier.description[rest[0]] = rich
            elif kind == "partner":
                index, attr = rest
                if attr in ("cv", "team"):
                    partner = self.partners[index].partner
                    before = getattr(partner, attr)
                    joined = RichText(before.blocks + rich.blocks) if before.blocks and rich.blocks else before or rich
                    setattr(partner, attr, joined)
        for index, draft in enumerate(self.partners):
            dossier.partners.append(self._finish_partner(index, draft))
        dossier.written_grand_total = self.grand_total
        dossier.language = "en" if self.langs["en"] > self.langs["fr"] else "fr"
        self._missing_notes(dossier)
        return dossier

    def _finish_partner(self, index: int, draft: _PartnerDraft) -> Partner:
        call, partner, facts, n = self.call, draft.partner, draft.facts, index + 1
        partner.carrier_name = facts.get("carrier_name", partner.carrier_name)
        partner.unit = facts.get("unit", partner.unit)
        partner.institution = facts.get("institution", partner.institution)
        if draft.header_hint and not (partner.carrier_name and partner.unit):
            name, _, unit = draft.header_hint.partition(" / ")
            partner.carrier_name = partner.carrier_name or name.strip()
            partner.unit = partner.unit or unit.strip()
        if "status" in facts:
            partner.status = _choice(facts["status"], call.statuses)
            if partner.status is None:
                self.note(
                    f"Partenaire {n} : statut « {facts['status']} » non reconnu.",
                    f"Partner {n}: status “{facts['status']}” not recognised.",
                )
        if "domain" in facts:
            partner.domain = _choice(facts["domain"], call.domains)
            if partner.domain is None:
                self.note(
                    f"Partenaire {n} : domaine « {facts['domain']} » non reconnu (IA ou Santé attendu).",
                    f"Partner {n}: field “{facts['domain']}” not recognised (AI or health expected).",
                )
        if "contract_end" in facts:
            partner.contract_end = _date(facts["contract_end"])
            if partner.contract_end is None:
                self.note(
                    f"Partenaire {n} : date de fin de contrat « {facts['contract_end']} » illisible (JJ/MM/AAAA).",
                    f"Partner {n}: contract end “{facts['contract_end']}” unreadable (DD/MM/YYYY).",
                )
        if "site" in facts:
            site, confirmed = split_unconfirmed(facts["site"])
            place = find_place(site, call)
            elsewhere = find_outside_place(site, call) if place is None else None
            if place is not None:
                partner.site, partner.site_confirmed = place.name, confirmed
                if site.strip().casefold() != place.name.casefold():
                    # "Labège" is filed under its gazetteer place: say so, the cap depends on it.
                    self.note(
                        f"Partenaire {n} : site « {site.strip()} » rattaché à {place.name} ({place.territory}).",
                        f"Partner {n}: site “{site.strip()}” filed under {place.name} ({place.territory}).",
                    )
            elif elsewhere is not None:
                partner.site, partner.site_confirmed = site.strip(), confirmed
                self.note(
                    f"Partenaire {n} : site « {site.strip()} » ({elsewhere.territory}) hors {call.eligibility.region} : "
                    "non éligible à cet appel.",
                    f"Partner {n}: site “{site.strip()}” ({elsewhere.territory}) outside {call.eligibility.region}: "
                    "not eligible for this call.",
                )
            else:
                self.note(
                    f"Partenaire {n} : site « {site} » inconnu parmi les sites de la région {call.eligibility.region}.",
                    f"Partner {n}: site “{site}” is not a known place in {call.eligibility.region}.",
                )
        if not partner.site:
            # Punctuation glued to a name ("…, Toulouse.") would hide it from the gazetteer lookup.
            texts = [
                _PUNCTUATION.sub(" ", str(t)) for t in (partner.unit, partner.institution, partner.team, partner.cv)
            ]
            place = infer_place(*texts, call=call)
            if place is not None:
                partner.site, partner.site_confirmed = place.name, False
                self.note(
                    f"Partenaire {n} : site déduit du texte ({place.name}) ; confirmez-le.",
                    f"Partner {n}: site inferred from the text ({place.name}); please confirm.",
                )
        return partner

    def _missing_notes(self, dossier: Dossier) -> None:
        for section in self.call.sections:
            if section.kind == "partners":
                found = bool(self.partners)
            elif section.kind == "budget":
                found = self.budget_tables > 0
            else:
                found = section.id in self.seen_sections
            if not found:
                self.note(
                    f"Rubrique « {section.label.fr} » introuvable dans le document.",
                    f"Section “{section.label.en}” not found in the document.",
                )
        if self.ignored:
            self.note(
                f"{self.ignored} {plural(self.ignored, 'paragraphe', 'paragraphes')} autour du tableau budgétaire "
                f"{plural(self.ignored, 'ignoré', 'ignorés')}.",
                f"{self.ignored} {plural(self.ignored, 'paragraph', 'paragraphs', 'en')} around the budget table ignored.",
            )


def _lines(text: str) -> list[str]:
    """A cell's lines, whether split by paragraphs or by line breaks."""
    return [line.strip() for line in re.split(r"[\n\u2028]", text) if line.strip()]


def _has_amount(text: str) -> bool:
    try:
        return parse_amount(text) is not None
    except AmountError:
        return True


def _choice(value: str, items) -> str | None:
    """The id of the status or domain a person wrote: its id, its label, or the label's first words."""
    wanted = fold(value).rstrip(" .")
    for item in items:
        spellings = {fold(item.id)}
        for label in (item.label.fr, item.label.en):
            spellings.add(fold(label))
            spellings.add(fold(label.split(" / ")[0]))
            spellings.add(fold(label.split(" (")[0]))
        if wanted in spellings:
            return item.id
    for item in items:  # "post-doctorant" names "Contractuel (post-doctorant)"
        for label in (item.label.fr, item.label.en):
            inner = re.search(r"\(([^)]*)\)", label)
            if inner and fold(inner.group(1)) == wanted:
                return item.id
    return None


def _date(text: str) -> dt.date | None:
    text = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _open(data: bytes, name: str):
    try:
        return Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - any failure of the parser on a hostile file means "unreadable"
        detail = str(exc)
        if "template" in detail.lower() or "macro" in detail.lower():
            raise UnreadableDocumentError(
                f"{name} : modèle ou document à macros ; enregistrez-le comme document Word (.docx).",
                f"{name}: template or macro-enabled file; save it as a Word document (.docx).",
            ) from None
        raise UnreadableDocumentError(
            f"{name} : ce document Word est illisible (structure interne invalide).",
            f"{name}: this Word document cannot be read (invalid internal structure).",
        ) from None



def import_docx(source, call: CallSpec, limits: Limits = DEFAULT_LIMITS) -> ImportResult:
    """Read a .docx (a path or its bytes) into a Dossier; DocumentError if the file cannot be read at all."""
    data, name = load_checked(source, limits)
    document = _open(data, name)
    body = getattr(document.element, "body", None)
    if body is None:  # the main part is XML, but not a Word document (a damaged or forged archive)
        raise UnreadableDocumentError(
            f"{name} : ce document Word est illisible (pas de corps de document).",
            f"{name}: this Word document cannot be read (no document body).",
        )
    # Walking and matching cost about 50 µs a paragraph; a dossier has a few hundred.
    paragraphs = sum(1 for _ in body.iter(_PARAGRAPH))
    if paragraphs > limits.max_paragraphs:
        raise UnsafeDocumentError(
            f"{name} : {paragraphs} paragraphes, démesuré pour un dossier de candidature ; fichier refusé.",
            f"{name}: {paragraphs} paragraphs, far too many for an application; file refused.",
        )
    reader = _Reader(call)
    part = document.part
    reader.part = part
    try:
        reader.styles = Styles.from_element(part.styles.element)
    except Exception:  # noqa: BLE001 - a package without a styles part: no style marks
        reader.styles = Styles()
    reader.numbering, reader.num_lists = _numbering(part)
    reader.read(blocks(body, reader.styles))
    dossier = reader.dossier()
    if not reader.seen_sections and not reader.partners and reader.budget_tables == 0:
        raise UnreadableDocumentError(
            f"{name} : aucune rubrique du dossier « {call.name.fr} » n'a été trouvée ; est-ce le bon document ?",
            f"{name}: none of the sections of “{call.name.en}” were found; is this the right document?",
        )
    return ImportResult(dossier, reader.notes)
