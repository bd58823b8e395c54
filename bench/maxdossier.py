"""The largest dossier the call allows, built against the layout engine itself: six partners, both summaries at
exactly ten lines, a description filling its two pages, and six five-page CVs drawn with QPdfWriter."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

from iasante_desktop.core.callspec import CallSpec
from iasante_desktop.core.dossier import Attachment, Dossier, Partner

WORDS = (
    "apprentissage automatique des signaux de parole chez les patients âgés suivis en consultation mémoire, "
    "avec une validation clinique prospective, des données annotées par des neurologues et une évaluation "
    "rigoureuse de la robustesse, de l'équité et de l'explicabilité des modèles déployés à l'hôpital"
).split()

SITES = [("Toulouse", "ai"), ("Montpellier", "health"), ("Nîmes", "health"), ("Perpignan", "ai"), ("Albi", "ai"),
         ("Tarbes", "health")]
PARTNER_COUNT = 6
CV_PAGES = 5


def _words(count: int, offset: int = 0) -> str:
    return " ".join(WORDS[(offset + i) % len(WORDS)] for i in range(count))


def _longest(fits, start: int = 1) -> int:
    """The largest n with fits(n) true, fits being monotonic: exponential then binary search."""
    low, high = start, start
    while fits(high):
        low, high = high, high * 2
    while high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            low = middle
        else:
            high = middle
    return low


def cv_pdf(name: str, pages: int = CV_PAGES) -> bytes:
    """A CV as a word processor would export it: A4, embedded font, a column of text on every page."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    writer.setTitle(f"CV — {name}")
    painter = QPainter(writer)
    painter.setFont(QFont("Carlito", 10))
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(72, 72, f"{name} — curriculum vitae, page {page + 1}")
        for line in range(60):
            painter.drawText(72, 100 + 11 * line, _words(14, offset=page * 60 + line))
    painter.end()
    buffer.close()
    return bytes(array.data())


def max_dossier(call: CallSpec, engine) -> Dossier:
    dossier = Dossier(
        call_id=call.id,
        acronym="MAXI-IA",
        title="Un projet qui occupe chaque ligne et chaque page que l'appel autorise",
        keywords=["apprentissage automatique", "parole", "gérosciences", "données de santé"],
        theme="Gérosciences",
    )
    for index in range(PARTNER_COUNT):
        site, domain = SITES[index]
        dossier.partners.append(
            Partner(
                carrier_name=f"Porteur {index + 1}",
                status="statutory",
                unit=f"Unité {index + 1}, {site}",
                institution="Université de Toulouse" if domain == "ai" else f"CHU de {site}",
                site=site,
                site_confirmed=True,
                domain=domain,
                cv=_words(120, offset=index),
                team=_words(80, offset=index + 7),
                budget={"fonctionnement": Decimal("1000"), "mission": Decimal("1000")},
            )
        )
    for field in ("resume", "resume_grand_public"):
        limit = next(s.max_lines for s in call.sections if s.id == field)
        words = _longest(lambda n: engine.count_lines(_words(n)) <= limit)
        setattr(dossier, field, _words(words))
        assert engine.count_lines(getattr(dossier, field)) == limit, field
    points = next(s for s in call.sections if s.id == "description").points
    max_pages = next(s.max_pages for s in call.sections if s.id == "description")

    def description(n: int) -> dict[str, str]:
        # Words shared evenly between the points, each point in paragraphs of about 90 words.
        out = {}
        for i, point in enumerate(points):
            share = n // len(points) + (1 if i < n % len(points) else 0)
            paragraphs = [_words(min(90, share - start), offset=start) for start in range(0, share, 90)]
            out[point.id] = "\n".join(paragraphs)
        return out

    def fits(n: int) -> bool:
        dossier.description = description(n)
        return engine.measure(dossier).pages["description"] <= max_pages

    dossier.description = description(_longest(fits, start=len(points)))
    for index, partner in enumerate(dossier.partners):
        dossier.attachments.append(
            Attachment(kind="cv", filename=f"cv-porteur-{index + 1}.pdf", data=cv_pdf(partner.carrier_name),
                       partner=index, pages=CV_PAGES)
        )
    return dossier
