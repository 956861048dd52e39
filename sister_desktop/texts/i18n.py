"""Translations and locale: Indonesian by default, English on request."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from sister_desktop.resource_files import i18n_dir

SUPPORTED_LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
#: Our catalogue, then our translation of Qt's own texts (Qt ships no qtbase_id.qm).
CATALOGUES = ("sister_desktop", "qtbase")


def locale_for(lang: str) -> QLocale:
    if lang == "id":
        return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our catalogues for ``lang`` and make its locale the default for dates and numbers.

    English is the source language, so it needs no catalogue. The returned translators must be
    kept alive by the caller (Qt does not own them) and removed with ``remove_translators``.
    """
    lang = lang if lang in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(locale_for(lang))
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    for catalogue in CATALOGUES:
        translator = QTranslator(app)
        if translator.load(f"{catalogue}_{lang}", str(i18n_dir())):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo ``install_translators``: a command run leaves the (shared) application as it was."""
    QLocale.setDefault(QLocale.system())
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()


@contextmanager
def use_language(app: QCoreApplication, lang: str) -> Iterator[None]:
    """Translate and format in ``lang`` for the duration of a command, then restore.

    Command-line runs share the process (and, in tests, the QApplication) with other code, so
    the translators and the default locale are put back the way they were afterwards.
    """
    translators = install_translators(app, lang)
    try:
        yield
    finally:
        remove_translators(app, translators)
