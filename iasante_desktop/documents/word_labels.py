"""Recognise the annex's labels in text however a person typed them, for the Word import and export.

A label is found whatever its case, accents, trailing colon, numbering ("1.", "a)", "–"), "10 lignes
maximum" suffix, in French or English, and possibly followed on the same line by its value
("Acronyme : NEURO-IA"). Every label comes from the call spec; only the instructions and the facts line
that the Word export adds are known here.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.naming import ascii_fold

PLACEHOLDER = "………"
FACTS_SEPARATOR = " · "

# The template's own wording (advice to applicants, the budget's introduction), not rules of the call:
# build_template.py writes these lines and the import drops them, but only when a whole line reads as one
# of them, so the applicant's prose starting with the same words is kept.
MORE_PARTNERS = ">> Si nécessaire, faites autant de présentations que de partenaires impliqués"
BUDGET_INTRO = "Répartition envisagée des dépenses sous forme de tableau"
ELIGIBLE = "Dépenses éligibles : {expenses}"
MORE_COLUMNS = "Si nécessaire rajouter autant de colonnes que de partenaires"
_ADVICE_LINES = (MORE_PARTNERS, MORE_COLUMNS)
# What the facts line adds after a site the user has not confirmed: "Site : Toulouse (à confirmer)".
UNCONFIRMED = {"fr": "(à confirmer)", "en": "(to be confirmed)"}

# The facts the annex has no field for, written by the export as "Porteur : … · Statut : …".
# attribute -> (French key, English key, other spellings people use)
FACT_KEYS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "carrier_name": (
        "Porteur",
        "Project lead",
        ("carrier", "nom", "name", "porteur du projet", "porteuse", "nom du porteur"),
    ),
    "status": ("Statut", "Status", ()),
    "contract_end": ("Fin de contrat", "Contract end", ("fin du contrat", "date de fin de contrat")),
    "site": ("Site", "Site", ("ville", "city", "localisation", "location")),
    "domain": ("Domaine", "Domain", ("field", "acteur")),
    "unit": ("Unité", "Unit", ("unite de rattachement", "laboratoire", "laboratory", "lab", "host unit")),
    "institution": ("Établissement", "Institution", ("etablissement de rattachement", "tutelle", "organisme")),
}

_DASHES = re.compile(r"[-‐‑–'’`´]")
_COLON = re.compile(r"\s*:\s*")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2028\u2029]+")
_NUMBERING = re.compile(
    r"^(?:[-–—•·*>»▪►]+\s*|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*[.)]\s+|\d{1,2}\s*[-–]\s+|\d{1,2}\s+(?=[a-z]))"
)
_PLACEHOLDER_TEXT = re.compile(r"^[\s.…_\u00a0\u202f]*$")
_LIMIT_SUFFIX = re.compile(r"^\d+\s*(?:lignes?|lines?|pages?)\b(?:\s*(?:au\s+)?(?:maximum|max)\b\.?)?")
_PARTNER = re.compile(r"^(?:partenaire|partner)\s*(?:n\s*[°o]?\s*)?(\d{1,2})\b\s*(?::\s*)?(.*)$")


def fold(text: str) -> str:
    """Lower case, no accents, one space between words, hyphens and apostrophes as spaces, ' : ' as ':'."""
    text = _DASHES.sub(" ", ascii_fold(text).lower())
    text = _SPACES.sub(" ", text).strip()
    return _COLON.sub(":", text)


def strip_numbering(text: str) -> str:
    """'1. Acronyme', 'a) Résumé', '– Plus-value' -> the words after the numbering."""
    previous = None
    while previous != text:
        previous = text
        text = _NUMBERING.sub("", text.lstrip())
    return text


def is_placeholder(text: str) -> bool:
    """The annex's "………" dots, or nothing at all: the field was left empty."""
    return _PLACEHOLDER_TEXT.match(text) is not None


def _line_key(text: str) -> str:
    """A whole line reduced to its words: no ">>" or numbering in front, no closing punctuation."""
    return strip_numbering(fold(text)).strip(" .:;")


def _instruction_lines(call: CallSpec) -> frozenset[str]:
    lines = [*_ADVICE_LINES, BUDGET_INTRO, ELIGIBLE.format(expenses=", ".join(call.budget.eligible_expenses))]
    lines += [call.intro.fr, call.intro.en]
    for section in call.sections:
        if section.suffix is not None:  # the limit repeated on a line of its own: "(2 pages maximum, …)"
            lines += [section.suffix.fr, section.suffix.en, f"({section.suffix.fr})", f"({section.suffix.en})"]
    return frozenset(_line_key(line) for line in lines)


_INSTRUCTIONS: dict[tuple[str, str], frozenset[str]] = {}


def is_instruction(text: str, call: CallSpec) -> bool:
    """A whole line of the template's own wording (advice, budget introduction, a limit repeated alone),
    never part of the applicant's answer. Prose that only starts with the same words is the applicant's."""
    key = (call.id, str(call.path))
    lines = _INSTRUCTIONS.get(key)
    if lines is None:
        lines = _INSTRUCTIONS[key] = _instruction_lines(call)
    folded = _line_key(text)
    return bool(folded) and (folded in lines or folded.strip("()") in lines)


@dataclass(frozen=True)
class Label:
    kind: str  # "section", "partner", "field", "point", "facts"
    key: str  # section id, partner number, partner field id, description point id, fact attribute
    lang: str  # "fr" or "en"; "" when either reads the same


@dataclass(frozen=True)
class Match:
    label: Label
    value: str  # what followed the label on the same line, in the original spelling; "" if nothing
    loose: bool = False  # a description point recognised by a near spelling rather than as written


@dataclass(frozen=True)
class _Index:
    exact: dict[str, Label]  # folded label -> label, description points excluded
    points: tuple[tuple[str, Label], ...]  # folded point labels, matched loosely and only in the description


_INDEXES: dict[tuple[str, str], _Index] = {}


def _index(call: CallSpec) -> _Index:
    # Keyed by id and file: hashing the whole frozen spec on every paragraph cost more than the matching.
    key = (call.id, str(call.path))
    found = _INDEXES.get(key)
    if found is None:
        found = _INDEXES[key] = _build_index(call)
    return found


def _build_index(call: CallSpec) -> _Index:
    exact: dict[str, Label] = {}
    points: list[tuple[str, Label]] = []

    def add(text: str, label: Label) -> None:
        exact.setdefault(fold(text).rstrip(" .:"), label)

    for section in call.sections:
        for lang in ("fr", "en"):
            if section.kind != "partners":
                add(section.label.get(lang), Label("section", section.id, lang))
            for fld in section.fields:
                add(fld.label.get(lang), Label("field", fld.id, lang))
                # The short form before the colon is what people keep: "Présentation du porteur".
                add(fld.label.get(lang).split(":")[0], Label("field", fld.id, lang))
                for alias in fld.aliases:  # an earlier wording of the label, e.g. an older export's
                    add(alias, Label("field", fld.id, ""))
                    add(alias.split(":")[0], Label("field", fld.id, ""))
            for point in section.points:
                points.append((fold(point.label.get(lang)).rstrip(" .:"), Label("point", point.id, lang)))
    for attr, (fr, en, others) in FACT_KEYS.items():
        add(fr, Label("facts", attr, "fr"))
        add(en, Label("facts", attr, "en"))
        for other in others:
            add(other, Label("facts", attr, ""))
    return _Index(exact, tuple(points))


def _drop_suffix(folded_rest: str) -> str:
    """Remove '10 lignes maximum' or '(2 pages maximum, en français …)' from the start of the rest."""
    rest = folded_rest.strip()
    if rest.startswith("("):
        inner, _, after = rest[1:].partition(")")
        if re.search(r"\b(?:lignes?|lines?|pages?)\b", inner):
            return after.strip()
        return rest
    match = _LIMIT_SUFFIX.match(rest)
    return rest[match.end() :].strip() if match else rest


def _head_matches(head: str, index: _Index, points: bool) -> tuple[Label, bool] | None:
    """The label a head names and whether only by a near spelling: exact, or (for description points) a
    unique word-prefix or a near spelling."""
    head = _drop_suffix(head) if head.startswith("(") else head
    head = re.sub(r"\s*\([^)]*\)\s*$", "", head).strip()  # "Résumé (10 lignes maximum)"
    suffix = re.search(r"\s+\d+\s*(?:lignes?|lines?|pages?)\b.*$", head)
    if suffix:
        head = head[: suffix.start()]
    head = head.rstrip(" .:")
    if not head:
        return None
    if points:
        for folded, label in index.points:
            if folded == head:
                return label, False
    exact = index.exact.get(head)
    if exact is not None or not points:
        return (exact, False) if exact is not None else None
    prefixed = {
        label.key: label
        for folded, label in index.points
        if len(head) >= 10 and (folded + " ").startswith(head + " ")
    }
    if len(prefixed) == 1:  # the label's first words, as written: the annex's remark in brackets left out
        return next(iter(prefixed.values())), False
    longest = max((len(f) for f, _ in index.points), default=0)
    if len(head) < 10 or len(head) > longest * 1.25:
        return None  # too short to tell, or a sentence rather than a heading
    for folded, label in index.points:
        matcher = difflib.SequenceMatcher(None, head, folded)
        # quick_ratio bounds ratio from above: most prose is ruled out without the full comparison.
        if matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8:
            return label, True
    return None


def match_label(text: str, call: CallSpec, *, in_description: bool = False, emphasized: bool = False) -> Match | None:
    """The label `text` starts with, and the value after it, or None for ordinary text.

    A label with its value on the same line is accepted only for short fields, facts, partner fields, or
    when the label part is bold or a heading: "Budget : nous demandons…" inside a summary stays text.
    Description points are looked for only inside the description, where they are matched loosely.
    """
    first_line = text.split("\u2028", 1)[0]
    if len(first_line) > 400:
        return None  # a label is never a paragraph of prose
    body = strip_numbering(first_line.strip())
    folded = strip_numbering(fold(body))
    if not folded:
        return None
    partner = _PARTNER.match(folded)
    if partner:
        value = _original_after_colon(body) if partner.group(2) else ""
        return Match(Label("partner", partner.group(1), ""), value)
    index = _index(call)
    whole = _head_matches(_drop_suffix_whole(folded), index, in_description)
    if whole is not None:
        return Match(whole[0], "", whole[1])
    # "Label : value" -- try each colon, longest head first, so "Présentation du porteur : bref cv : …" works.
    colons = [i for i, ch in enumerate(body) if ch in ":："]
    for at in reversed(colons):
        head = strip_numbering(fold(body[:at]))
        found = _head_matches(head, index, in_description)
        if found is None:
            continue
        label, loose = found
        rest = body[at + 1 :]
        value = _original_without_suffix(rest)
        if not value:
            return Match(label, "", loose)
        short = label.kind in ("facts", "field", "point") or (
            label.kind == "section" and _section_kind(call, label.key) in ("text", "keywords")
        )
        if short or emphasized:
            return Match(label, value, loose)
        return None
    return None


def _section_kind(call: CallSpec, section_id: str) -> str:
    return call.section(section_id).kind


def _drop_suffix_whole(folded: str) -> str:
    """'resume:10 lignes maximum' -> 'resume'; a label alone on its line, with its suffix."""
    head, colon, rest = folded.partition(":")
    if colon and not _drop_suffix(rest):
        return head
    return folded


def _original_without_suffix(rest: str) -> str:
    """The value after a label's colon, in its original spelling, without a leading limit suffix."""
    stripped = rest.strip()
    folded = fold(stripped)
    kept = _drop_suffix(folded)
    if kept == folded:
        return stripped
    if not kept:
        return ""
    # Cut the original where the folded remainder starts (folding keeps word order and count).
    words_dropped = len(folded.split()) - len(kept.split())
    parts = stripped.split()
    return " ".join(parts[words_dropped:]).lstrip(",;:-– ").strip()


def _original_after_colon(body: str) -> str:
    head, colon, rest = body.partition(":")
    return rest.strip() if colon else ""


def _fact_keys() -> dict[str, str]:
    known: dict[str, str] = {}
    for attr, (fr, en, others) in FACT_KEYS.items():
        for key in (fr, en, *others):
            known[fold(key)] = attr
    return known


_FACT_SPLIT = re.compile(r"(\s*[·•|]\s*)")


def _fact_key(part: str, known: dict[str, str]) -> str | None:
    key, colon, _ = part.partition(":")
    return known.get(strip_numbering(fold(key))) if colon else None


def parse_facts(text: str) -> dict[str, str]:
    """'Porteur : Claire Dupont · Statut : Statutaire' -> {'carrier_name': 'Claire Dupont', 'status': …}.

    A separator ("·", "•", "|") splits the line only where a known label and its colon follow it, so a value
    holding one ("IRIT · équipe SAMoVA") is read whole. Unknown keys are left out; the caller decides what a
    value means.
    """
    known = _fact_keys()
    pieces = _FACT_SPLIT.split(text)
    parts: list[tuple[str | None, str]] = []  # (attr, "Key : value" as written)
    for i in range(0, len(pieces), 2):
        part = pieces[i]
        attr = _fact_key(part, known)
        if attr is None and parts:  # a separator inside a value: glue it back
            parts[-1] = (parts[-1][0], parts[-1][1] + pieces[i - 1] + part)
        else:
            parts.append((attr, part))
    facts: dict[str, str] = {}
    for attr, part in parts:
        value = part.partition(":")[2].strip()
        if attr and value and attr not in facts:
            facts[attr] = value
    return facts


def parse_fact_spans(spans) -> dict[str, str] | None:
    """The facts of a paragraph whose labels are bold runs ("**Porteur :** Claire · **Statut :** …"), as the
    export writes it: read by its bold labels, so a value may hold any character. None when the bold runs are
    not all fact labels (then read the text with `parse_facts`)."""
    known = _fact_keys()
    facts: dict[str, str] = {}
    attr: str | None = None
    value: list[str] = []
    labels = 0

    def close(last: bool = False) -> None:
        if attr is not None:
            text = "".join(value)
            if not last:  # the separator written before the next label
                text = re.sub(r"\s*[·•|]\s*$", "", text, count=1)
            facts.setdefault(attr, text.strip())

    for span in spans:
        if "bold" in span.marks and span.text.strip():
            key = known.get(strip_numbering(fold(span.text)).rstrip(" :"))
            if key is None:
                return None
            close()
            attr, value, labels = key, [], labels + 1
        elif attr is None:
            if span.text.strip():
                return None
        else:
            value.append(span.text)
    close(last=True)
    return {k: v for k, v in facts.items() if v} if labels else None


def split_unconfirmed(site: str) -> tuple[str, bool]:
    """'Toulouse (à confirmer)' -> ('Toulouse', False); 'Toulouse' -> ('Toulouse', True)."""
    site = site.strip()
    at = site.rfind("(")
    if at >= 0 and fold(site[at:]) in {fold(mark) for mark in UNCONFIRMED.values()}:
        return site[:at].strip(), False
    return site, True


def looks_like_facts(text: str) -> bool:
    """A line made only of 'Key : value' facts ('Porteur : … · Statut : …' or 'Nom : Claire Dupont')."""
    known = _fact_keys()
    parts = [p for p in re.split(r"\s*[·•|]\s*", text) if p.strip()]
    return bool(parts) and _fact_key(parts[0], known) is not None and bool(parse_facts(text))
