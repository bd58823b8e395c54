"""Text still in a draft file although nothing points to it any more: the overflow pages of a long field
whose own row was on a lost page.

In a fresh draft the rows of the `fields` table sit on the last pages of the file (SQLite gives a table
new leaf pages when it grows, after the overflow pages of the long texts written before), so losing the
end of the file loses the rows while most of a long description is still there, in its overflow chain.
SQLite cannot reach that chain without the row; the pointer map (drafts use auto_vacuum, so the file has
one, near its start) still says which pages are the first overflow page of a row, and in which table the
row was. The chain's text is the rest of the field's JSON after the part kept in the row.

File format: https://www.sqlite.org/fileformat2.html (b-tree pages, overflow pages, pointer maps).
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

from iasante_desktop.drafts.partial_json import parse_prefix

_PTRMAP_ROOT, _PTRMAP_OVERFLOW1, _PTRMAP_OVERFLOW2, _PTRMAP_BTREE = 1, 3, 4, 5
_MAX_PAGES = 1 << 20  # a draft is a few MB; a header claiming more is not believed


class _File:
    def __init__(self, path: Path) -> None:
        self.handle = open(path, "rb")
        header = self.handle.read(100)
        if len(header) < 100:
            raise ValueError("no SQLite header")
        size = struct.unpack(">H", header[16:18])[0]
        self.page_size = 65536 if size == 1 else size
        if self.page_size < 512 or self.page_size & (self.page_size - 1):
            raise ValueError("bad page size")
        self.usable = self.page_size - header[20]
        self.auto_vacuum = struct.unpack(">I", header[52:56])[0] != 0
        self.handle.seek(0, 2)
        self.present = min(self.handle.tell() // self.page_size, _MAX_PAGES)
        self.claimed = min(max(struct.unpack(">I", header[28:32])[0], self.present), _MAX_PAGES)
        self._ptrmaps: dict[int, bytes] = {}

    def close(self) -> None:
        self.handle.close()

    def page(self, number: int) -> bytes | None:
        if not 1 <= number <= self.present:
            return None
        self.handle.seek((number - 1) * self.page_size)
        return self.handle.read(self.page_size)

    def ptrmap(self, number: int) -> tuple[int, int] | None:
        """(type, parent) of page `number` in the pointer map, or None when that part of the map is lost."""
        per_map = self.usable // 5
        map_page = ((number - 2) // (per_map + 1)) * (per_map + 1) + 2
        if number <= map_page:
            return None  # page 1 and the map pages themselves have no entry
        if map_page not in self._ptrmaps:
            self._ptrmaps[map_page] = self.page(map_page) or b""
        raw = self._ptrmaps[map_page]
        at = 5 * (number - map_page - 1)
        if len(raw) < at + 5:
            return None
        return raw[at], struct.unpack(">I", raw[at + 1 : at + 5])[0]

    def in_tree(self, page: int, root: int) -> bool:
        for _ in range(64):  # a b-tree is never that deep; a loop in a damaged map ends here
            if page == root:
                return True
            entry = self.ptrmap(page)
            if entry is None or entry[0] != _PTRMAP_BTREE:
                return False
            page = entry[1]
        return False

    def chain_text(self, head: int) -> str:
        """The bytes of an overflow chain from `head`, as far as its pages are in the file."""
        parts = []
        page, seen = head, set()
        while page and page not in seen:
            seen.add(page)
            raw = self.page(page)
            if raw is None:
                break
            parts.append(raw[4 : self.usable])
            following = struct.unpack(">I", raw[:4])[0]
            entry = self.ptrmap(following) if following else None
            if entry is not None and (entry[0] != _PTRMAP_OVERFLOW2 or entry[1] != page):
                break  # the next page is not this chain's: stop before reading someone else's text
            page = following
        # Our field texts are ASCII JSON (non-ASCII is escaped), never NUL: zeros are the unused end.
        return b"".join(parts).split(b"\0", 1)[0].decode("ascii", "replace")


def orphan_chains(path: Path, root: int) -> list[str]:
    """The texts of the overflow chains whose row belonged to the table rooted at `root` and sat on a page
    that is no longer in the file. Empty when the file has no pointer map or it is lost."""
    try:
        file = _File(path)
    except (OSError, ValueError):
        return []
    try:
        if not file.auto_vacuum:
            return []
        texts = []
        for page in range(3, file.present + 1):
            entry = file.ptrmap(page)
            if entry is None or entry[0] != _PTRMAP_OVERFLOW1:
                continue
            leaf = entry[1]
            if leaf <= file.present or not file.in_tree(leaf, root):
                continue  # the row is still there: SQLite reads it, chain included
            text = file.chain_text(page)
            if text:
                texts.append(text)
        return texts
    except OSError:
        return []
    finally:
        file.close()


# Where a field's JSON can be picked up again in the middle: partners are objects whose first key (keys
# are sorted) is "budget"; the description is an object of texts whose keys are point ids. A quote that
# opens the match must not be escaped: an even number of backslashes (or none) comes before it.
_PARTNER_START = re.compile(r'(?<!\\)(?:\\\\)*(\{"budget":)')
_POINT_START = re.compile(r'(?<!\\)(?:\\\\)*",("[a-z0-9_]+":")')
# Format 2: each point is a formatted text, {"blocks": [...]}, so the next point starts after "}]}," (a user's
# "}]}," inside a string is escaped as \" and cannot match the quote that follows).
_RICH_POINT_START = re.compile(r'\}\]\},("[a-z0-9_]+":\{"blocks":\[)')


def field_from_fragment(text: str) -> tuple[str, object] | None:
    """The field a chain's text belongs to and what of it can be read, from the first member that starts
    in the text (the member cut at the start of the chain is lost). None when the text cannot be placed."""
    match = _PARTNER_START.search(text)
    if match:
        try:
            partners, _ = parse_prefix("[" + text[match.start(1) :])
        except ValueError:
            return None
        return ("partners", partners) if isinstance(partners, list) and partners else None
    match = _POINT_START.search(text) or _RICH_POINT_START.search(text)
    if match:
        try:
            points, _ = parse_prefix("{" + text[match.start(1) :])
        except ValueError:
            return None
        if isinstance(points, dict) and points and all(isinstance(v, (str, dict)) for v in points.values()):
            return "description", points
    return None
