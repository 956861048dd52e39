"""Why a file could not be written or read: codes the window and the command line word.

Kept in domain/ so the texts that explain them need not import the file plumbing
(``files/atomic_file.py`` raises ``WriteErrorCode``, ``files/import_file.py``
``ImportFileErrorCode``).
"""

from __future__ import annotations

from enum import StrEnum


class WriteErrorCode(StrEnum):
    DISK_FULL = "disk_full"
    NO_FOLDER = "no_folder"  # the parent folder does not exist: a typo, never created silently
    IS_DIRECTORY = "is_directory"
    NOT_A_FILE = "not_a_file"  # a device, a FIFO, a socket or a symlink
    CANNOT_WRITE = "cannot_write"  # permissions, a read-only medium, ...


class ImportFileErrorCode(StrEnum):
    """Why a file cannot be read at all (no row is looked at)."""

    NOT_FOUND = "not_found"
    UNSUPPORTED_FORMAT = "unsupported_format"  # neither .csv nor .xlsx
    NOT_UTF8 = "not_utf8"  # a CSV in another encoding: save as "CSV UTF-8"
    UNREADABLE = "unreadable"  # a broken XLSX, a permission problem, ...
    EMPTY = "empty"  # no header row
    NO_NAMA_COLUMN = "no_nama_column"  # the one required column is missing
    TOO_LARGE = "too_large"  # an XLSX that inflates to an absurd size
    NOT_XLSX = "not_xlsx"  # named .xlsx but not a workbook (a renamed file, a damaged zip)
    DUPLICATE_COLUMNS = "duplicate_columns"  # detail: the headers that appear twice
    STRAY_QUOTE = "stray_quote"  # a CSV cell opened by " runs over lines (detail: line)
    NO_ROWS = "no_rows"  # a header row and nothing below it
    CELL_TOO_LARGE = "cell_too_large"  # one cell longer than Excel allows (detail: row, column)
    #: The file was saved again after it was checked: the report no longer describes it.
    CHANGED = "changed"
