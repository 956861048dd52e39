"""Which language a run speaks: ``--lang``, else the one saved in Settings, else Indonesian."""

from __future__ import annotations

import argparse
import asyncio

from sister_desktop.config import resolve_db_url
from sister_desktop.services.language_service import DEFAULT, LANGUAGES, read_saved_language


def language_for(args: argparse.Namespace) -> str:
    """Resolve the language before any text is shown (the window and every sub-command).

    Reading the saved choice opens the same database the run will use (the demo one with
    ``--demo``); if that is impossible the run speaks Indonesian and reports the database
    problem itself.
    """
    chosen = getattr(args, "lang", None)
    if chosen in LANGUAGES:
        return str(chosen)
    url = resolve_db_url(getattr(args, "db", None), demo=bool(getattr(args, "demo", False)))
    return asyncio.run(read_saved_language(url)) or DEFAULT
