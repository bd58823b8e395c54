"""Interface translations: French is the source language; English comes from resources/translations.

Qt's own catalogue (qtbase_fr) is loaded in French so standard buttons (OK, Annuler, Fermer) match.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from iasante_desktop.resources import translations_dir

# Installed translators must stay alive as long as they are installed: Qt keeps only a pointer.
_installed: list[QTranslator] = []


def install_language(lang: str) -> list[str]:
    """Replace the installed translators with those for `lang`; the catalogue names actually loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    wanted: list[tuple[str, str]] = []
    if lang == "fr":
        wanted.append(("qtbase_fr", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    else:
        wanted.append((f"iasante_{lang}", str(translations_dir())))
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    QLocale.setDefault(
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        if lang == "en"
        else QLocale(QLocale.Language.French, QLocale.Country.France)
    )
    return loaded
