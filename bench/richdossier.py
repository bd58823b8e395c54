"""A rich dossier for the benchmark: bold words in both summaries; a description with two figures, three lists
and a six-row table; and a variant whose description holds six photos, for the final PDF's time and size.

Texts are built with core.richtext directly and set on the dossier as RichText (what the draft holds once
the text fields are rich); the engine reads every field through `as_rich`, so this works either way.
"""

from __future__ import annotations

import random

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from bench.maxdossier import max_dossier
from iasante_desktop.core.richtext import (
    BOLD,
    BULLET,
    ITALIC,
    NUMBER,
    SUPERSCRIPT,
    Cell,
    Figure,
    ListItem,
    Para,
    RichText,
    Span,
    Table,
)

WORDS = (
    "le modèle apprend sur des enregistrements de parole annotés par les neurologues du centre mémoire et "
    "sera évalué de façon prospective sur des patients suivis en consultation, avec une attention portée "
    "à la robustesse, à l'équité et à l'explicabilité des décisions proposées aux cliniciens"
).split()


def _text(rng: random.Random, n: int) -> str:
    start = rng.randrange(len(WORDS))
    return " ".join(WORDS[(start + k) % len(WORDS)] for k in range(n))


def _para(rng: random.Random, n: int, item: ListItem | None = None) -> Para:
    spans = [Span(_text(rng, n // 2) + " "), Span(_text(rng, 3), frozenset({BOLD})), Span(" " + _text(rng, n // 2))]
    if rng.random() < 0.5:
        spans.append(Span(" (" + _text(rng, 2) + ")", frozenset({ITALIC})))
    return Para(tuple(spans), item)


def schema_png(width: int, height: int) -> bytes:
    """Line art: flat boxes and lines, kept as PNG."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    for k in range(8):
        painter.fillRect(20 + k * width // 9, height // 3, width // 12, height // 3, QColor(40, 90 + 15 * k, 160))
    painter.end()
    return _encode(image, "PNG")


def photo_jpeg(width: int, height: int, seed: int) -> bytes:
    """A photo-like JPEG: smooth random colour fields enlarged from a small noise image, plus fine grain."""
    rng = random.Random(seed)
    small = QImage(48, 36, QImage.Format.Format_RGB32)
    for y in range(36):
        for x in range(48):
            small.setPixelColor(x, y, QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    image = small.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(image)
    for _ in range(4000):
        painter.fillRect(rng.randrange(width), rng.randrange(height), 3, 3, QColor(rng.randrange(256), 128, 90, 90))
    painter.end()
    return _encode(image, "JPG", 92)


def _encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, fmt, quality)
    buffer.close()
    return bytes(data.data())


def _summary(rng: random.Random, words: int) -> RichText:
    return RichText(
        [
            Para((Span(_text(rng, words // 2) + " "), Span(_text(rng, 4), frozenset({BOLD})), Span(" " + _text(rng, words // 2)))),
            Para((Span("CO"), Span("2", frozenset({"subscript"})), Span(" et m"), Span("2", frozenset({SUPERSCRIPT})),
                  Span(" : " + _text(rng, 20)))),
        ]
    )


def rich_description(points: list[str], photos: int = 0) -> dict[str, RichText]:
    """Per point: prose with bold and italic runs; two figures, three lists and a six-row table in all;
    `photos` more figures (16 x 12 cm photos) when asked."""
    rng = random.Random(42)
    out: dict[str, RichText] = {}
    figures = [
        Figure(schema_png(1600, 900), "image/png", 420.0, 236.0, (Span("Figure 1 : ", frozenset({BOLD})), Span("architecture du pipeline")), "schema.png"),
        Figure(schema_png(1200, 1200), "image/png", 200.0, 200.0, (Span("Figure 2 : ", frozenset({BOLD})), Span("calendrier")), "gantt.png"),
    ]
    table = Table(
        tuple(
            tuple(Cell((Para((Span(_text(rng, 2 if r == 0 else 6), frozenset({BOLD}) if r == 0 else frozenset()),)),)) for _ in range(3))
            for r in range(6)
        ),
        (2835, 3118, 3119),
        header_rows=1,
        shaded_rows=(0,),
    )
    for k, point in enumerate(points):
        blocks: list = [_para(rng, 60), _para(rng, 40)]
        if k == 0:
            blocks.append(figures[0])
            blocks += [_para(rng, 12, ListItem(BULLET, level, 1)) for level in (0, 0, 1, 1, 0)]
        elif k == 1:
            blocks += [_para(rng, 14, ListItem(NUMBER, level, 2)) for level in (0, 1, 1, 0)]
            blocks.append(table)
        elif k == 2:
            blocks.append(figures[1])
            blocks += [_para(rng, 10, ListItem(BULLET, 0, 3)) for _ in range(3)]
        mine = [n for n in range(photos) if n % len(points) == k]
        for n in mine:
            blocks.append(Figure(photo_jpeg(4000, 3000, n), "image/jpeg", 453.0, 340.0, (Span(f"Photo {n + 1}"),), f"photo{n}.jpg"))
        out[point] = RichText(blocks)
    return out


def rich_dossier(call, engine, photos: int = 0):
    """The maximal dossier, its summaries and description made rich."""
    dossier = max_dossier(call, engine)
    rng = random.Random(7)
    dossier.resume = _summary(rng, 60)
    dossier.resume_grand_public = _summary(rng, 50)
    points = [p.id for p in call.section_of_kind("pages").points]
    dossier.description = rich_description(points, photos)
    return dossier
