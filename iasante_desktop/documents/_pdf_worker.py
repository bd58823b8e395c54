"""The child process that does every pypdf parse, so the parent can stop it with a timeout.

pypdf has had infinite loops and runaway memory on malformed files (NOTES.md); a PDF comes from whoever
sent the applicant a CV. This module runs as `python -m iasante_desktop.documents._pdf_worker OP` (or, in a
frozen app, `<app> --pdf-worker OP`), reads its request on stdin and answers one JSON object on stdout:

- `check`: stdin is the PDF; answer {"ok": true, "pages", "title", "unembedded_fonts", "text"} or
  {"ok": false, "reason", "detail"} with reason one of empty, not_pdf, encrypted, crypto, unreadable, no_pages.
- `shrink`: stdin is {"input", "output"}; the input PDF with its scanned pages recompressed is written to
  output (pdf_shrink); answer {"ok": true, "pictures", "pages_changed", "pages"} or {"ok": false, ...}.
- `assemble`: stdin is a JSON request (see pdf_assembly._request); the merged PDF is written to
  request["output"]; answer {"ok": true, "pages", "parts": [[first, count], ...]} or
  {"ok": false, "reason", "part", "detail"}.

Nothing here may print to stdout except the answer.
"""

from __future__ import annotations

import io
import json
import sys
from typing import Any

from iasante_desktop.documents.pdf_open import open_pdf

# A hostile file may ask pypdf for gigabytes; the parent's timeout does not bound memory.
MEMORY_LIMIT_BYTES = 2 * 1024**3
HEADER_WINDOW = 1024  # Acrobat accepts "%PDF-" anywhere in the first kilobyte


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows
        return
    if sys.platform.startswith("linux"):  # macOS does not enforce RLIMIT_AS
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = MEMORY_LIMIT_BYTES if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT_BYTES, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _font_embedded(font: Any) -> bool:
    subtype = font.get("/Subtype")
    if subtype == "/Type3":
        return True  # glyphs are drawn by the file's own procedures
    if subtype == "/Type0":
        descendants = font.get("/DescendantFonts")
        if not descendants:
            return False
        font = descendants[0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def _unembedded_fonts(reader: Any) -> list[str]:
    missing: set[str] = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        fonts = resources.get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            if not _font_embedded(font):
                name = str(font.get("/BaseFont", "?")).lstrip("/")
                missing.add(name.split("+", 1)[-1])
    return sorted(missing)


def check(data: bytes) -> dict[str, Any]:
    if not data.strip():
        return {"ok": False, "reason": "empty", "detail": ""}
    if b"%PDF-" not in data[:HEADER_WINDOW]:
        return {"ok": False, "reason": "not_pdf", "detail": ""}
    from pypdf import PdfWriter

    try:
        reader, refusal = open_pdf(io.BytesIO(data))
        if refusal:
            return {"ok": False, "reason": refusal[0], "detail": refusal[1]}
        pages = len(reader.pages)
        if pages == 0:
            return {"ok": False, "reason": "no_pages", "detail": ""}
        # A trial merge touches every object the final assembly will copy: a file that passes here
        # cannot fail later, when the applicant is exporting on the deadline day.
        trial = PdfWriter()
        trial.append(reader, import_outline=False)
        trial.write(io.BytesIO())
        title = ""
        metadata = reader.metadata
        if metadata is not None and metadata.title:
            title = str(metadata.title).strip()
        fonts = _unembedded_fonts(reader)
        text = _text(reader)
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on malformed input; all mean "unreadable"
        return {"ok": False, "reason": "unreadable", "detail": f"{type(exc).__name__}: {exc}"[:300]}
    return {"ok": True, "pages": pages, "title": title, "unembedded_fonts": fonts, "text": text}


TEXT_PAGES = 3  # a CV's first pages say whose it is; an annex of 50 pages need not be read whole
TEXT_CHARS = 20_000


def _text(reader: Any) -> str:
    """The first pages' text (to check that a CV is filed under the right partner); "" when unreadable."""
    parts = []
    for page in reader.pages[:TEXT_PAGES]:
        try:
            parts.append(page.extract_text() or "")
        except Exception:  # noqa: BLE001 - text is a nicety: a page whose text cannot be read is skipped
            continue
    return "\n".join(parts)[:TEXT_CHARS]


def assemble(request: dict[str, Any]) -> dict[str, Any]:
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, TextStringObject

    writer = PdfWriter()
    spans: list[list[int]] = []
    for index, part in enumerate(request["parts"]):
        try:
            reader, refusal = open_pdf(part["path"])
            if refusal:
                return {"ok": False, "reason": refusal[0], "part": index, "detail": refusal[1]}
            first = len(writer.pages)
            writer.append(reader, import_outline=False)
        except Exception as exc:  # noqa: BLE001 - see check()
            return {"ok": False, "reason": "unreadable", "part": index, "detail": f"{type(exc).__name__}: {exc}"[:300]}
        count = len(writer.pages) - first
        if count == 0:
            return {"ok": False, "reason": "no_pages", "part": index, "detail": ""}
        spans.append([first, count])
        writer.set_page_label(first, first + count - 1, style="/D", prefix=part["label"], start=1)
        parent = writer.add_outline_item(part["bookmark"], first)
        for title, page in part.get("bookmarks", []):
            if 0 <= page < count:
                writer.add_outline_item(title, first + page, parent=parent)
    writer.add_metadata({f"/{key}": value for key, value in request["metadata"].items()})
    writer.page_mode = "/UseOutlines"
    if request.get("lang"):
        writer._root_object[NameObject("/Lang")] = TextStringObject(request["lang"])
    with open(request["output"], "wb") as handle:
        writer.write(handle)
    return {"ok": True, "pages": len(writer.pages), "parts": spans}


def shrink(request: dict[str, Any]) -> dict[str, Any]:
    from iasante_desktop.documents.pdf_shrink import shrink_pdf

    return shrink_pdf(request)


def main(argv: list[str]) -> int:
    if len(argv) != 1 or argv[0] not in ("check", "assemble", "shrink"):
        sys.stderr.write("usage: _pdf_worker check|assemble|shrink < input\n")
        return 2
    _limit_memory()
    import pypdf  # noqa: F401 (imported before the request arrives: the parent starts us ahead of it)

    raw = sys.stdin.buffer.read()
    if not raw:
        return 0  # a spare worker whose parent ended without a request
    if argv[0] == "check":
        answer = check(raw)
    elif argv[0] == "shrink":
        answer = shrink(json.loads(raw))
    else:
        answer = assemble(json.loads(raw))
    sys.stdout.write(json.dumps(answer))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
