"""The window's pages by id, in the registry's order, each built the first time something asks for it.

Building all nine pages costs about as much as starting Qt itself; a user sees one at a time, so the window
builds the start page at once and every other page when it is first shown (or reached by "Aller à").
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterator, Mapping

from iasante_desktop.gui.pages.base import DossierPage


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


class LazyPages(Mapping[str, DossierPage]):
    def __init__(self, page_ids: list[str], build: Callable[[str], DossierPage]):
        self._ids = list(page_ids)
        self._build = build
        self._built: dict[str, DossierPage] = {}

    def __getitem__(self, page_id: str) -> DossierPage:
        page = self._built.get(page_id)
        if page is None:
            if page_id not in self._ids:
                raise KeyError(page_id)
            page = self._built[page_id] = self._build(page_id)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, page_id: object) -> bool:
        return page_id in self._ids

    def index(self, page_id: str) -> int:
        return self._ids.index(page_id)

    def built(self) -> dict[str, DossierPage]:
        """The pages built so far, without building any other."""
        return dict(self._built)
