"""What an import file was when it was checked, so that writing it can refuse a changed file.

The import reads the file twice: once to check it and show the report, once more (after the
operator agreed) to write it, so that no row is held in memory in between. The second reading
is only honest when it reads the same bytes the operator saw reported on: size, modification
time and a BLAKE2 digest of the content are compared before and after it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sister_desktop.domain.file_errors import ImportFileErrorCode
from sister_desktop.files.import_file import ImportFileError

_BLOCK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class FileFingerprint:
    size: int
    mtime_ns: int
    digest: str


def fingerprint(path: Path) -> FileFingerprint:
    """The file as it is now (a 200 MB CSV takes well under a second)."""
    try:
        with path.open("rb") as stream:
            before = path.stat()
            digest = hashlib.blake2b(digest_size=20)
            while block := stream.read(_BLOCK):
                digest.update(block)
    except OSError as exc:
        raise ImportFileError(ImportFileErrorCode.UNREADABLE, path.name) from exc
    return FileFingerprint(before.st_size, before.st_mtime_ns, digest.hexdigest())


def check_unchanged(path: Path, expected: FileFingerprint) -> None:
    """Raise ``ImportFileError(CHANGED)`` unless ``path`` is still what ``expected`` saw.

    A quick look at size and time first, so a file saved again is refused without reading it.
    """
    try:
        now = path.stat()
    except OSError as exc:
        raise ImportFileError(ImportFileErrorCode.CHANGED, path.name) from exc
    if (now.st_size, now.st_mtime_ns) != (expected.size, expected.mtime_ns):
        raise ImportFileError(ImportFileErrorCode.CHANGED, path.name)
    if fingerprint(path) != expected:
        raise ImportFileError(ImportFileErrorCode.CHANGED, path.name)
