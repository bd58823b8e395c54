"""Interface translations: French is the source language; English comes from resources/translations.

Qt's own catalogue (qtbase_fr) is loaded in French so standard buttons (OK, Annuler, Fermer) match. Qt 6
added mnemonics to a few file-dialog labels ("&Look in:", "Files of &type:") that qtbase_fr still translates
without them ("Voir dans :"), so those showed in English: a small translator answers them from the same
catalogue, mnemonic put back, and the file dialogs read entirely in French.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from iasante_desktop.resources import translations_dir

# Installed translators must stay alive as long as they are installed: Qt keeps only a pointer.
_installed: list[QTranslator] = []


class MnemonicFallback(QTranslator):
    """Answers a source text with a mnemonic ("&Look in:") that `catalogue` knows only without it."""

    def __init__(self, catalogue: QTranslator, parent=None):
        super().__init__(parent)
        self.catalogue = catalogue

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt API
        if source and "&" in source:
            found = self.catalogue.translate(context, source.replace("&", ""), disambiguation, n)
            if found:
                return "&" + found
        return None  # a null string: Qt asks the next translator, then shows the source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False


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
            if name.startswith("qtbase_"):
                # Installed first, so asked last: only for what the catalogue itself does not answer.
                fallback = MnemonicFallback(translator, app)
                app.installTranslator(fallback)
                _installed.append(fallback)
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    QLocale.setDefault(
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        if lang == "en"
        else QLocale(QLocale.Language.French, QLocale.Country.France)
    )
    return loaded
