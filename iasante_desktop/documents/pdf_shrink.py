"""Make a scanned attachment lighter for e-mail: recompress its scanned pages, keep its text pages as they are.

A scanned CV is a picture of each page, often at 300-600 dpi and stored losslessly: 14.7 MB for two pages,
over the 10 MB many institutional mail servers accept once base64 adds its third. Each large picture is
brought down to 150 dpi (plenty for reading and printing a CV) and stored as a JPEG at quality 75; a page
whose content is text and vector drawings has no such picture and is copied unchanged, so its text stays
sharp and searchable. The applicant sees the new size before anything is replaced.

pypdf reads and writes the PDF; Qt's QImage (QtGui, already shipped for the layout engine) decodes and
re-encodes the pictures, so no imaging library is added. The work runs in the PDF worker process
(pdf_sandbox: a malformed file cannot hang the app), `shrink` operation, by `shrink_pdf` below.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from dataclasses import dataclass
from typing import Any

from iasante_desktop.core.dossier import Attachment
from iasante_desktop.documents import pdf_sandbox
from iasante_desktop.documents.errors import DocumentError
from iasante_desktop.documents.pdf_check import crash_error, refusal

TARGET_DPI = 150
JPEG_QUALITY = 75
MIN_PIXELS = 600_000  # smaller pictures (logos, signatures) are left alone
MIN_GAIN = 0.9  # a picture is replaced only when its new form is at most 90 % of the old
SHRINK_TIMEOUT_SECONDS = 120.0


@dataclass(frozen=True)
class ShrinkResult:
    data: bytes  # the lighter PDF
    old_bytes: int
    new_bytes: int
    pictures: int  # pictures recompressed
    pages_changed: tuple[int, ...]  # 1-based pages whose pictures were recompressed
    pages: int

    @property
    def worthwhile(self) -> bool:
        return self.pictures > 0 and self.new_bytes < self.old_bytes * MIN_GAIN


def shrink_attachment(attachment: Attachment, timeout: float = SHRINK_TIMEOUT_SECONDS) -> ShrinkResult:
    """The attachment recompressed, in the PDF worker; nothing in the dossier changes. Raises DocumentError."""
    with tempfile.TemporaryDirectory(prefix="iasante-shrink-") as folder:
        source, target = os.path.join(folder, "in.pdf"), os.path.join(folder, "out.pdf")
        fd = os.open(source, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(attachment.data)
        request = json.dumps({"input": source, "output": target}).encode("utf-8")
        try:
            answer = pdf_sandbox.run("shrink", request, timeout)
        except pdf_sandbox.WorkerTimeout:
            raise DocumentError(
                f"La compression de « {attachment.filename} » dépasse {timeout:.0f} s et a été arrêtée.",
                f"Compressing “{attachment.filename}” took over {timeout:.0f} s and was stopped.",
            ) from None
        except pdf_sandbox.WorkerCrashed as exc:
            raise crash_error(attachment.filename, str(exc)) from None
        if not answer.get("ok"):
            raise refusal(answer.get("reason", "unreadable"), attachment.filename)
        with open(target, "rb") as handle:
            data = handle.read()
    return ShrinkResult(
        data=data,
        old_bytes=attachment.size,
        new_bytes=len(data),
        pictures=int(answer["pictures"]),
        pages_changed=tuple(answer["pages_changed"]),
        pages=int(answer["pages"]),
    )


# ---- in the worker ----------------------------------------------------------------------------------------


def _components(image: Any) -> int | None:
    """1 (gray) or 3 (RGB) for the colour spaces handled here, None otherwise (CMYK, indexed, Lab...)."""
    space = image.get("/ColorSpace")
    if space is None:
        return None
    space = space.get_object()
    if space == "/DeviceGray":
        return 1
    if space == "/DeviceRGB":
        return 3
    if isinstance(space, list) and space and space[0] == "/ICCBased":
        n = space[1].get_object().get("/N")
        return int(n) if n in (1, 3) else None
    return None


def _filters(image: Any) -> list[str]:
    raw = image.get("/Filter")
    if raw is None:
        return []
    raw = raw.get_object()
    return [str(f) for f in raw] if isinstance(raw, list) else [str(raw)]


def _decode(image: Any, components: int):
    """The picture as a QImage, or None when its encoding is not one handled here."""
    from PySide6.QtGui import QImage

    width, height = int(image["/Width"]), int(image["/Height"])
    filters = _filters(image)
    if filters == ["/DCTDecode"]:
        picture = QImage.fromData(image._data)
        return None if picture.isNull() else picture
    if filters in ([], ["/FlateDecode"]) and int(image.get("/BitsPerComponent", 0)) == 8:
        pixels = image.get_data()
        if len(pixels) < width * height * components:
            return None
        fmt = QImage.Format.Format_Grayscale8 if components == 1 else QImage.Format.Format_RGB888
        return QImage(pixels, width, height, width * components, fmt).copy()  # copy: own its bytes
    return None  # JBIG2, CCITT, JPEG 2000, 1-bit scans: left as they are


def _jpeg(picture, quality: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"jpeg")
    writer.setQuality(quality)
    if not writer.write(picture):
        raise ValueError(f"JPEG encoding failed: {writer.errorString()}")
    return bytes(data)


def shrink_pdf(request: dict[str, Any], target_dpi: int = TARGET_DPI, quality: int = JPEG_QUALITY) -> dict[str, Any]:
    """The worker's `shrink`: read request["input"], write request["output"]; the JSON answer."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, NumberObject

    from iasante_desktop.documents.pdf_open import open_pdf

    try:
        reader, refused = open_pdf(request["input"])
        if refused:
            return {"ok": False, "reason": refused[0], "detail": refused[1]}
        assert isinstance(reader, PdfReader)
        writer = PdfWriter(clone_from=reader)
        done: set[int] = set()
        pages_changed: list[int] = []
        pictures = 0
        for number, page in enumerate(writer.pages, start=1):
            resources = page.get("/Resources")
            xobjects = resources.get_object().get("/XObject") if resources is not None else None
            if xobjects is None:
                continue
            page_width_in = max(float(page.mediabox.width), 1.0) / 72
            page_height_in = max(float(page.mediabox.height), 1.0) / 72
            changed = False
            for ref in xobjects.get_object().values():
                image = ref.get_object()
                if id(image) in done or image.get("/Subtype") != "/Image":
                    continue
                done.add(id(image))
                width, height = int(image.get("/Width", 0)), int(image.get("/Height", 0))
                if width * height < MIN_PIXELS or any(k in image for k in ("/SMask", "/Mask", "/ImageMask", "/Decode")):
                    continue
                components = _components(image)
                picture = _decode(image, components) if components else None
                if picture is None:
                    continue
                # The picture is at most the page's size: its resolution is at least this.
                dpi = max(width / page_width_in, height / page_height_in)
                scale = min(1.0, target_dpi / dpi)
                if scale < 1.0:
                    picture = picture.scaled(
                        max(1, round(width * scale)), max(1, round(height * scale)),
                        Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation,
                    )
                gray = components == 1
                picture = picture.convertToFormat(QImage.Format.Format_Grayscale8 if gray else QImage.Format.Format_RGB888)
                encoded = _jpeg(picture, quality)
                if len(encoded) >= len(image._data) * MIN_GAIN:
                    continue
                image._data = encoded
                if hasattr(image, "decoded_self"):
                    image.decoded_self = None
                image[NameObject("/Filter")] = NameObject("/DCTDecode")
                image.pop(NameObject("/DecodeParms"), None)
                image[NameObject("/Width")] = NumberObject(picture.width())
                image[NameObject("/Height")] = NumberObject(picture.height())
                image[NameObject("/BitsPerComponent")] = NumberObject(8)
                image[NameObject("/ColorSpace")] = NameObject("/DeviceGray" if gray else "/DeviceRGB")
                image[NameObject("/Length")] = NumberObject(len(encoded))
                pictures += 1
                changed = True
            if changed:
                pages_changed.append(number)
        output = io.BytesIO()
        writer.write(output)
        with open(request["output"], "wb") as handle:
            handle.write(output.getvalue())
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types on malformed input; all mean "unreadable"
        return {"ok": False, "reason": "unreadable", "detail": f"{type(exc).__name__}: {exc}"[:300]}
    return {"ok": True, "pictures": pictures, "pages_changed": pages_changed, "pages": len(writer.pages)}
