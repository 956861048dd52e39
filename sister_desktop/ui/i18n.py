"""Translations and locale: Indonesian by default, English on request."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

SUPPORTED_LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


def i18n_dir() -> Path:
    return Path(str(resources.files("sister_desktop") / "resources" / "i18n"))


def locale_for(lang: str) -> QLocale:
    if lang == "id":
        return QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our catalogue for ``lang`` and make its locale the default for dates and numbers.

    English is the source language, so it needs no catalogue. The returned translators must be
    kept alive by the caller (Qt does not own them).
    """
    lang = lang if lang in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(locale_for(lang))
    installed: list[QTranslator] = []
    if lang == "en":
        return installed
    translator = QTranslator(app)
    if translator.load(f"sister_desktop_{lang}", str(i18n_dir())):
        app.installTranslator(translator)
        installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
