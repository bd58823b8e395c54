"""Check a picture found in a Word file before it becomes a figure: its real type and size, from its header.

Nothing is decoded here (no Qt, no Pillow): the PNG IHDR chunk and the JPEG SOF segment give the pixel size,
the first bytes give the type whatever the file name says, and the end of the file tells a truncated picture.
A figure holds PNG or JPEG only (core.richtext.IMAGE_TYPES); SVG, EMF, WMF, GIF, BMP, TIFF and WebP are
refused with a line saying so. Very large photos are kept (the PDF renderer recompresses them) up to caps
that keep one picture from filling the memory: `MAX_IMAGE_BYTES` and `MAX_PIXELS`.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

MB = 1024 * 1024
MAX_IMAGE_BYTES = 25 * MB
MAX_PIXELS = 40_000_000  # 40 megapixels: a 7 000 x 5 700 photo; a decoded RGBA copy is 160 MB
MAX_SIDE = 30_000

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
_EXTENSIONS = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "jpe": "image/jpeg", "jfif": "image/jpeg"}


@dataclass(frozen=True)
class ImageInfo:
    mime: str  # image/png or image/jpeg
    width_px: int
    height_px: int


class ImageProblem(Exception):
    """A picture that cannot be a figure, with one line in French and in English (without the picture's name,
    which the caller adds)."""

    def __init__(self, fr: str, en: str) -> None:
        super().__init__(en)
        self.fr = fr
        self.en = en


def _kind(data: bytes) -> str:
    """What the bytes are, from their first bytes."""
    head = data[:64]
    if head.startswith(PNG_SIGNATURE):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if head.startswith(b"BM"):
        return "BMP"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "TIFF"
    if head.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "WebP"
    if len(data) >= 44 and data[:4] == b"\x01\x00\x00\x00" and data[40:44] == b" EMF":
        return "EMF"
    if head.startswith((b"\xd7\xcd\xc6\x9a", b"\x01\x00\x09\x00", b"\x02\x00\x09\x00")):
        return "WMF"
    text = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"<svg") or (text.startswith((b"<?xml", b"<!--")) and b"<svg" in data[:4096].lower()):
        return "SVG"
    if head.startswith((b"\x1f\x8b",)) and b"svg" in head.lower():
        return "SVG"
    return ""


def mime_for_name(name: str) -> str | None:
    return _EXTENSIONS.get(name.rsplit(".", 1)[-1].lower()) if "." in name else None


def _png_size(data: bytes) -> tuple[int, int]:
    if len(data) < 33 or data[12:16] != b"IHDR":
        raise ImageProblem("image PNG endommagée (en-tête illisible)", "damaged PNG picture (unreadable header)")
    width, height = struct.unpack(">II", data[16:24])
    # The last chunk of a whole PNG is IEND; a truncated file (a download cut short) lacks it.
    if b"IEND" not in data[-32:]:
        raise ImageProblem("image PNG tronquée (fichier incomplet)", "truncated PNG picture (incomplete file)")
    return width, height


def _jpeg_size(data: bytes) -> tuple[int, int]:
    at, size = 2, len(data)
    found: tuple[int, int] | None = None
    while at + 4 <= size:
        if data[at] != 0xFF:
            raise ImageProblem("image JPEG endommagée (structure invalide)", "damaged JPEG picture (invalid structure)")
        marker = data[at + 1]
        if marker == 0xFF:  # fill bytes
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            at += 2
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if length < 2:
            raise ImageProblem("image JPEG endommagée (structure invalide)", "damaged JPEG picture (invalid structure)")
        if marker in _JPEG_SOF:
            if at + 9 > size:
                break
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            found = (width, height)
        if marker == 0xDA:  # start of scan: the compressed picture follows, up to the end-of-image marker
            if found is None:
                break
            if data.find(b"\xff\xd9", at + 2 + length) < 0:
                raise ImageProblem("image JPEG tronquée (fichier incomplet)", "truncated JPEG picture (incomplete file)")
            return found
        at += 2 + length
    if found is None:
        raise ImageProblem("image JPEG endommagée (taille introuvable)", "damaged JPEG picture (no size found)")
    raise ImageProblem("image JPEG tronquée (fichier incomplet)", "truncated JPEG picture (incomplete file)")


def inspect_image(data: bytes, name: str = "") -> ImageInfo:
    """The picture's real type and pixel size; ImageProblem when it cannot be a figure."""
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageProblem(
            f"image de {len(data) / MB:.0f} Mo, au-delà des {MAX_IMAGE_BYTES // MB} Mo qu'une figure peut contenir ; "
            "réduisez-la puis insérez-la de nouveau",
            f"a {len(data) / MB:.0f} MB picture, over the {MAX_IMAGE_BYTES // MB} MB a figure may hold; "
            "reduce it and insert it again",
        )
    kind = _kind(data)
    if kind in ("SVG", "EMF", "WMF", "GIF", "BMP", "TIFF", "WebP"):
        raise ImageProblem(
            f"image au format {kind}, que le dossier ne peut pas contenir (PNG ou JPEG attendu) ; "
            "enregistrez-la en PNG puis insérez-la de nouveau",
            f"a picture in {kind} format, which the dossier cannot hold (PNG or JPEG expected); save it as PNG and insert it again",
        )
    if not kind:
        raise ImageProblem(
            "fichier qui n'est pas une image lisible (ni PNG ni JPEG)",
            "a file that is not a readable picture (neither PNG nor JPEG)",
        )
    width, height = _png_size(data) if kind == "PNG" else _jpeg_size(data)
    if width <= 0 or height <= 0:
        raise ImageProblem("image sans dimensions (0 pixel)", "picture without dimensions (0 pixels)")
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        raise ImageProblem(
            f"image de {width} × {height} pixels, démesurée (au plus {MAX_PIXELS // 1_000_000} mégapixels) ; "
            "réduisez-la puis insérez-la de nouveau",
            f"a {width} × {height} pixel picture, far too large (at most {MAX_PIXELS // 1_000_000} megapixels); "
            "reduce it and insert it again",
        )
    return ImageInfo("image/png" if kind == "PNG" else "image/jpeg", width, height)
