"""The Qt application object and the body font, set up the way the word processor measures text.

Measured against LibreOffice 7.4 (NOTES.md): the font is asked for at 100 units per point (1100 px for
11 pt) so no size rounding happens, unhinted, unkerned (DOCX text is laid out unkerned). LibreOffice
shapes Carlito with its "ti"/"tt" ligatures, which are narrower than the two letters, so the font that
measures keeps them (tests/fidelity measures both); the font that paints the PDF drops them because they
break text extraction ("publica\non"). One layout unit is 1/100 pt, so one twip (1/20 pt) is 5 units.
"""

from __future__ import annotations

import os
import sys
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from iasante_desktop.core.callspec import Typography
from iasante_desktop.resources import fonts_dir

UNITS_PER_POINT = 100
UNITS_PER_TWIP = UNITS_PER_POINT // 20
# LibreOffice draws superscript and subscript at 58 % of the size, its height rounded to whole twips
# (measured: 11 pt becomes 6.4 pt), raised by 0.41 em or lowered by 0.11 em of the body size; the line keeps
# its height.
SCRIPT_PERCENT = 58
SUPER_RISE_EM = 4.5 / 11
SUB_DROP_EM = 1.2 / 11

_FONT_FILES = ("Carlito-Regular.ttf", "Carlito-Bold.ttf", "Carlito-Italic.ttf", "Carlito-BoldItalic.ttf")

# Qt destroys fonts and the font database with the application object: keep the one we create alive.
_app: QCoreApplication | None = None


class FontError(RuntimeError):
    """The shipped fonts cannot be loaded: the installation is incomplete."""


def ensure_gui_app() -> QCoreApplication:
    """The running Qt application, or a new QGuiApplication (offscreen when there is no display)."""
    global _app
    existing = QCoreApplication.instance()
    if existing is not None:
        if not isinstance(existing, QGuiApplication):
            raise FontError(
                "Une application Qt sans interface existe déjà : les polices sont indisponibles. "
                "A non-GUI Qt application already exists: fonts are unavailable."
            )
        return existing
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1] or ["iasante-desktop"])
    return _app


@cache
def _register_fonts() -> str:
    """Register the Carlito files once; the family name Qt knows them by."""
    ensure_gui_app()
    families: list[str] = []
    for name in _FONT_FILES:
        path = fonts_dir() / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise FontError(
                f"Police introuvable ou illisible : {path} (installation incomplète). "
                f"Font missing or unreadable: {path} (incomplete installation)."
            )
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if not families:
        raise FontError("Aucune police Carlito enregistrée (no Carlito font registered).")
    return families[0]


def script_pixels(typography: Typography) -> int:
    """The pixel size of superscript and subscript text (LibreOffice's 58 %, in whole twips)."""
    return round(typography.font_size_pt * 20 * SCRIPT_PERCENT / 100) * UNITS_PER_TWIP


def body_font(
    typography: Typography,
    bold: bool = False,
    italic: bool = False,
    ligatures: bool = True,
    script: bool = False,
    underline: bool = False,
) -> QFont:
    """The dossier's body font at layout scale: pixel size = points x 100.

    `ligatures=False` is for painting: the glyphs then map one to one to characters in the PDF.
    `script` gives the reduced size of superscript and subscript text.
    """
    family = _register_fonts()
    font = QFont(family)
    # Only the shipped file may be used: a system Calibri or a fallback would measure differently.
    font.setFamilies([family])
    font.setPixelSize(script_pixels(typography) if script else round(typography.font_size_pt * UNITS_PER_POINT))
    font.setBold(bold)
    font.setUnderline(underline)
    font.setItalic(italic)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(False)
    font.setFeature(QFont.Tag("liga"), 1 if ligatures else 0)
    font.setStyleStrategy(QFont.StyleStrategy.PreferMatch)
    return font
