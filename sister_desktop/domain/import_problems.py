"""What is wrong on one row of an import file: a code and the row's data, never a sentence.

The importer (``services/importer.py``) finds them, ``texts/import_texts.py`` words them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ImportProblemCode(StrEnum):
    """Row problems besides the identifier rules (``IdentifierProblem`` codes are used as is)."""

    REQUIRED = "required"  # nama is empty
    TOO_LONG = "too_long"
    BAD_DATE = "bad_date"
    FUTURE_DATE = "future_date"
    BAD_JENIS_KELAMIN = "bad_jenis_kelamin"
    BAD_JENIS_PEGAWAI = "bad_jenis_pegawai"
    BAD_EMAIL = "bad_email"
    #: Excel kept an identifier as a number: leading zeros or digits past the 15th are lost.
    EXCEL_NUMBER = "excel_number"
    #: The same identifier (or the same existing employee) appears on an earlier row.
    DUPLICATE_IN_FILE = "duplicate_in_file"
    #: The identifier belongs to another employee already in the database.
    DUPLICATE_IN_DATABASE = "duplicate_in_database"


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """What is wrong on one row: ``field`` is the column name, ``code`` an
    ``ImportProblemCode`` or ``IdentifierProblem`` value; ``value`` is what the cell held;
    ``other`` names the earlier row (file duplicates) or the employee (database duplicates)."""

    row: int
    field: str
    code: str
    value: str | None = None
    other: str | None = None
