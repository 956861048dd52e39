"""What the About dialog shows: the version and where this program keeps its files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sister_desktop.config import app_paths, resolve_db_url

# The same shape SQLAlchemy parses (``name://user:password@host``): the password runs up to
# the first "@". psycopg also takes ``?password=`` in the query string.
_NETLOC_PASSWORD = re.compile(r"^([\w+]+://[^:/@]*:)([^@]*)(@)")
_QUERY_PASSWORD = re.compile(r"(?i)([?&]password=)[^&#]*")


def masked_db_url(url: str) -> str:
    """``url`` with any password replaced by ``***``, safe to show and to paste into a ticket."""
    url = _NETLOC_PASSWORD.sub(r"\1***\3", url, count=1)
    return _QUERY_PASSWORD.sub(r"\1***", url)


@dataclass(frozen=True)
class AboutInfo:
    """Support staff need these to find the database and the log of an operator's machine."""

    version: str
    data_dir: Path
    config_dir: Path
    log_dir: Path
    db_url: str

    @property
    def db_display(self) -> str:
        return masked_db_url(self.db_url)

    @classmethod
    def for_this_process(cls) -> AboutInfo:
        """Folders and database as the environment says, for a context built without the
        composition root (tests, tools); the version is the one the application announced."""
        paths = app_paths()
        return cls(
            version=QCoreApplication.applicationVersion(),
            data_dir=paths.data_dir,
            config_dir=paths.config_dir,
            log_dir=paths.log_dir,
            db_url=resolve_db_url(None, paths=paths),
        )
