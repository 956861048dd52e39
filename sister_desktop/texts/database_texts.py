"""Words for the local database's failure codes, shared by the window and the command line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sister_desktop.texts.error_texts import Explanation

_CTX = "DatabaseTexts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def database_error_explanation(code: str, detail: str = "") -> Explanation:
    """What went wrong with the local database (by ``DatabaseErrorCode`` value) and what to do.

    ``detail`` (the URL or the driver's message) is appended for support staff.
    """
    table: dict[str, tuple[str, str]] = {
        "bad_url": (
            _t("The database address is not one SISTER Desktop can use."),
            _t(
                "Use sqlite:///path/to/file.db or postgresql+psycopg://user@host/database "
                "in --db or SISTER_DESKTOP_DB, or remove it to use the default file."
            ),
        ),
        "unreachable": (
            _t("The local database cannot be opened."),
            _t(
                "For a shared PostgreSQL database check that the server is running and "
                "reachable from this computer; for a file, check that the folder exists and "
                "that you may write to it."
            ),
        ),
        "too_new": (
            _t("This database was written by a newer version of SISTER Desktop."),
            _t(
                "Install the newer version on this computer (ask your IT staff). Nothing in "
                "the database was changed."
            ),
        ),
        "migration_failed": (
            _t("The database could not be brought up to this version."),
            _t(
                "Nothing was changed; a copy of a database file was kept beside it. Send the "
                "log file to your support staff."
            ),
        ),
    }
    text, hint = table.get(
        code,
        (_t("The local database reported a problem."), _t("Send the log file to support staff.")),
    )
    if detail:
        text = f"{text} ({detail})"
    return Explanation(text, hint)
