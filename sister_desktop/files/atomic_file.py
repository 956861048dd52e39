"""Write a file so that a reader never sees it half-written, and a failure never costs the old one.

Every export and report goes through :func:`write_atomically`: the bytes go to a new temporary
file beside the target (created exclusively and without following links, so a planted
``.NAME.part`` symlink cannot redirect the write), are flushed to the disk, and only then
replace the target. A full disk, a missing folder, or a target that is not a plain file
(a device, a FIFO, a symlink, a folder) raise :class:`FileWriteError` with a code the window
and the command line turn into an operator message; the previous file stays as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path

from sister_desktop.domain.file_errors import WriteErrorCode


class FileWriteError(Exception):
    """A file could not be written; the target was left as it was."""

    def __init__(self, code: WriteErrorCode, path: Path, detail: str = "") -> None:
        super().__init__(f"{code.value}: {path}" + (f" ({detail})" if detail else ""))
        self.code = code
        self.path = path
        self.detail = detail


_DISK_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` (or what caused it) says the disk is full: ``ENOSPC``/``EDQUOT``, or
    SQLite's "database or disk is full" (which carries no errno)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, FileWriteError) and current.code is WriteErrorCode.DISK_FULL:
            return True
        if isinstance(current, OSError) and current.errno in _DISK_FULL_ERRNOS:
            return True
        if "database or disk is full" in str(current):
            return True
        current = current.__cause__ or current.__context__
    return False


def check_target(path: Path) -> None:
    """Refuse a target that must not be replaced by a regular file, or has no folder."""
    if not path.name:
        raise FileWriteError(WriteErrorCode.IS_DIRECTORY, path)
    try:
        info = path.lstat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise FileWriteError(WriteErrorCode.CANNOT_WRITE, path, exc.strerror or "") from exc
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise FileWriteError(WriteErrorCode.IS_DIRECTORY, path)
        if not stat.S_ISREG(info.st_mode):
            raise FileWriteError(WriteErrorCode.NOT_A_FILE, path)
    if not path.parent.is_dir():
        raise FileWriteError(WriteErrorCode.NO_FOLDER, path)


def write_atomically(path: Path, data: bytes, *, mode: int = 0o600) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    ``mode`` is the new file's permission before the umask: the owner's only by default,
    since every export of this program (the DRH, the Perbandingan, the log) names pegawai
    and holds their data. Raises :class:`FileWriteError`; the target is untouched then and no
    temporary file is left behind.
    """
    path = Path(path)
    check_target(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(temp, flags, mode)
    except OSError as exc:
        raise _write_error(exc, path) from exc
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(descriptor, view)
                view = view[written:]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise _write_error(exc, path) from exc
    return path


def _write_error(exc: OSError, path: Path) -> FileWriteError:
    if exc.errno in _DISK_FULL_ERRNOS:
        return FileWriteError(WriteErrorCode.DISK_FULL, path)
    if exc.errno == errno.ENOENT:
        return FileWriteError(WriteErrorCode.NO_FOLDER, path)
    if exc.errno == errno.EISDIR:
        return FileWriteError(WriteErrorCode.IS_DIRECTORY, path)
    return FileWriteError(WriteErrorCode.CANNOT_WRITE, path, exc.strerror or "")
