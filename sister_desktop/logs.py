"""Logging to a rotating file in the platform log folder, with secrets scrubbed on the way out."""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"

# Whatever code logs, these never reach the file: bearer tokens, JWTs, and password fields.
_SECRET_PATTERNS = [
    (re.compile(r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?bearer\s+)[^\s'\",}]+"), r"\1***"),
    (re.compile(r"(?i)(bearer\s+)[A-Za-z0-9\-_.=]+"), r"\1***"),
    (re.compile(r"eyJ[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*"), "***jwt***"),
    (
        re.compile(r"(?i)(['\"]?(?:password|kata_sandi|token)['\"]?\s*[:=]\s*['\"]?)[^\s'\",}]+"),
        r"\1***",
    ),
    # A database error's values: PostgreSQL's DETAIL ("Failing row contains (...)", "Key
    # (nik)=(...)") and a statement's parameters name pegawai, their NIK and birth dates.
    (re.compile(r"(DETAIL:\s*).*"), r"\1(values withheld)"),
    (re.compile(r"\[parameters: .*\]"), "[parameters withheld]"),
]


def scrub(text: str) -> str:
    """Replace anything that looks like a credential with asterisks."""
    for pattern, replacement in _SECRET_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable by their owner only (0600): they name employees and, on a crash,
    show values of their records."""

    def _open(self):  # type: ignore[no-untyped-def]
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(descriptor, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging(log_file: Path, *, level: int = logging.INFO, console: bool = False) -> None:
    """Send the root logger to ``log_file`` (1 MB × 5 files) and optionally to stderr."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(level)
    # httpx writes a line per request at INFO: a 20,000-pegawai sync would be 260,000 lines,
    # and the five rotating files would soon hold nothing else (the sync's own summary and any
    # crash report rotated away). Per-request lines are kept at DEBUG only.
    logging.getLogger("httpx").setLevel(
        logging.DEBUG if level <= logging.DEBUG else logging.WARNING
    )
    stop_logging()
    handler = _PrivateRotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(ScrubbingFormatter(_FORMAT))
    handler._sister_desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(ScrubbingFormatter("%(levelname)s %(name)s: %(message)s"))
        stream.setLevel(logging.WARNING)
        stream._sister_desktop = True  # type: ignore[attr-defined]
        root.addHandler(stream)


def stop_logging() -> None:
    """Detach and close the handlers ``setup_logging`` added: a command closes its file."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_sister_desktop", False):
            root.removeHandler(handler)
            handler.close()
