"""The wizard's pages in the annex's order, their titles, and which page edits a finding's field (no page is
imported here: gui/page_map.py finds a page's class)."""

from __future__ import annotations

import importlib.util
import re

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from iasante_desktop.core.callspec import CallSpec

PAGE_ORDER = (
    "start",
    "identification",
    "resume",
    "resume_grand_public",
    "partners",
    "description",
    "budget",
    "attachments",
    "review",
)

# Where each kind of call section is edited; "lines" sections each have their own page named after them.
_PAGE_OF_KIND = {"text": "identification", "keywords": "identification", "partners": "partners", "pages": "description", "budget": "budget"}


# Titles of the pages not named after a call section, under each page class's translation context: the
# window lists every page before it builds any (pages are built when first shown, to start fast).
_TITLES = {
    "start": ("StartPage", QT_TRANSLATE_NOOP("StartPage", "Accueil")),
    "identification": ("IdentificationPage", QT_TRANSLATE_NOOP("IdentificationPage", "Identification")),
    "partners": ("PartnersPage", QT_TRANSLATE_NOOP("PartnersPage", "Partenaires")),
    "description": ("DescriptionPage", QT_TRANSLATE_NOOP("DescriptionPage", "Description")),
    "budget": ("BudgetPage", QT_TRANSLATE_NOOP("BudgetPage", "Budget")),
    "attachments": ("AttachmentsPage", QT_TRANSLATE_NOOP("AttachmentsPage", "Pièces jointes")),
    "review": ("ReviewPage", QT_TRANSLATE_NOOP("ReviewPage", "Relecture et export")),
}


def page_title(page_id: str, call: CallSpec, lang: str) -> str:
    """The page's title in the interface language, without building (or importing) the page."""
    if page_id in _TITLES:
        context, text = _TITLES[page_id]
        return QCoreApplication.translate(context, text)
    return call.section(page_id).label.get(lang)  # a "lines" section's page is named after it


def available_pages() -> list[str]:
    """The ids in PAGE_ORDER whose module is present, found without importing any of them."""
    return [p for p in PAGE_ORDER if importlib.util.find_spec(f"iasante_desktop.gui.pages.{p}") is not None]


_PARTNER_BUDGET = re.compile(r"partners\[\d+\]\.budget(\.|$)")


def page_for_field(field: str, call: CallSpec) -> str:
    """The page id for a finding's field path ("" is the call itself: the start page shows the calendar)."""
    if not field:
        return "start"
    head = re.split(r"[.\[]", field, maxsplit=1)[0]
    if head == "attachments":
        return "attachments"
    if _PARTNER_BUDGET.match(field):
        return "budget"  # a partner's amounts are edited in the budget table, not in the partner's form
    try:
        section = call.section(head)
    except KeyError:
        return "review"
    if section.kind == "lines":
        return section.id
    return _PAGE_OF_KIND.get(section.kind, "review")
