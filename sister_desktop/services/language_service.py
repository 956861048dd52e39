"""The operator's language choice (Bahasa Indonesia or English), kept in the settings table.

The window and the command line read it before any text is shown, so a change takes effect at
the next start; ``--lang`` overrides it for one run.
"""

from __future__ import annotations

import logging

from sister_desktop.store.database import Database
from sister_desktop.store.errors import DatabaseError
from sister_desktop.store.settings_repository import SettingsRepository

log = logging.getLogger(__name__)

#: Language codes the program ships; the first is the default.
LANGUAGES = ("id", "en")
DEFAULT = LANGUAGES[0]
KEY = "ui.language"


class LanguageService:
    """Reads and saves the language choice; unknown stored values count as no choice."""

    def __init__(self, repository: SettingsRepository) -> None:
        self._repository = repository

    async def saved(self) -> str | None:
        value = await self._repository.get(KEY)
        return value if value in LANGUAGES else None

    async def effective(self) -> str:
        return await self.saved() or DEFAULT

    async def save(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        await self._repository.set_many({KEY: language})
        log.info("Language set to %s (takes effect at the next start)", language)


async def read_saved_language(db_url: str) -> str | None:
    """The saved choice in the database at ``db_url``; ``None`` when there is none or the
    database cannot be opened (the command that needs it reports that in its own words)."""
    try:
        db = await Database.open(db_url)
    except DatabaseError as exc:
        log.info("Language not read, database unavailable (%s)", exc.code.value)
        return None
    try:
        return await LanguageService(SettingsRepository(db)).saved()
    except DatabaseError as exc:
        log.info("Language not read (%s)", exc.code.value)
        return None
    finally:
        await db.dispose()
