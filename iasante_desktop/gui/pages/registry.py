"""The wizard's pages in the annex's order, and which page edits a finding's field."""

from __future__ import annotations

import importlib
import inspect
import re

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.gui.pages.base import DossierPage

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


def page_class(page_id: str) -> type[DossierPage] | None:
    """The DossierPage subclass that module gui/pages/<page_id>.py defines for that id; None while the
    module is not there (pages are written by different people; a missing one must not stop the others)."""
    name = f"iasante_desktop.gui.pages.{page_id}"
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise
    for _, cls in inspect.getmembers(module, inspect.isclass):
        if issubclass(cls, DossierPage) and cls.page_id == page_id and cls.__module__ == name:
            return cls
    return None


def page_for_field(field: str, call: CallSpec) -> str:
    """The page id for a finding's field path ("" is the call itself: the start page shows the calendar)."""
    if not field:
        return "start"
    head = re.split(r"[.\[]", field, maxsplit=1)[0]
    if head == "attachments":
        return "attachments"
    try:
        section = call.section(head)
    except KeyError:
        return "review"
    if section.kind == "lines":
        return section.id
    return _PAGE_OF_KIND.get(section.kind, "review")
