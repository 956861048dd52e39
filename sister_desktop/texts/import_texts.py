"""Words for the import's problem codes, shared by the Impor dialog, the form and the CLI.

English source strings through Qt's translation system; the Indonesian catalogue translates
them (``dipilih``, ``wajib diisi``, ...).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.file_errors import ImportFileErrorCode
from sister_desktop.domain.identifiers import (
    LENGTHS,
    IdentifierKind,
    IdentifierProblem,
    hidden_character,
)
from sister_desktop.domain.import_problems import ImportProblem, ImportProblemCode
from sister_desktop.domain.pegawai import TEXT_LIMITS
from sister_desktop.texts import pegawai_texts
from sister_desktop.texts.fill import fill

_CTX = "ImportTexts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_label(name: str) -> str:
    """The column or form label of a field (the one table in ``pegawai_texts``)."""
    return pegawai_texts.field_label(name)


def identifier_problem_text(kind: str, code: str) -> str:
    """What is wrong with an identifier and what to type instead."""
    label = field_label(kind)
    try:
        length = LENGTHS[IdentifierKind(kind)]
    except ValueError:
        length = 0
    texts = {
        IdentifierProblem.NOT_DIGITS: _t("%1 may contain digits only."),
        IdentifierProblem.WRONG_LENGTH: _t("%1 must have exactly %2 digits."),
        IdentifierProblem.NIP_BIRTH_DATE_INVALID: _t(
            "The first 8 digits of the NIP must be a real birth date (YYYYMMDD)."
        ),
        IdentifierProblem.NIP_BIRTH_DATE_MISMATCH: _t(
            "The birth date in the NIP (its first 8 digits) differs from Tanggal lahir: "
            "correct one of them."
        ),
        IdentifierProblem.NIP_SEX_DIGIT_INVALID: _t(
            "The 15th digit of the NIP must be 1 (male) or 2 (female)."
        ),
        IdentifierProblem.NIP_SEX_MISMATCH: _t(
            "The 15th digit of the NIP (1 male, 2 female) differs from Jenis kelamin."
        ),
    }
    text = texts.get(code)  # type: ignore[call-overload]
    if text is None:
        return code
    return fill(text, label, str(length))


def problem_text(problem: ImportProblem) -> str:
    """One sentence for a row problem, saying what to do."""
    code = problem.code
    hidden = hidden_character(problem.value) if problem.value else None
    if code == IdentifierProblem.NOT_DIGITS and hidden is not None:
        return (
            _t(
                "%1 holds an invisible character (%2) at position %3: delete the number, type "
                "it again and import again."
            )
            .replace("%1", field_label(problem.field))
            .replace("%2", hidden[1])
            .replace("%3", str(hidden[0]))
        )
    if code in IdentifierProblem.__members__.values():
        return identifier_problem_text(problem.field, code)
    label = field_label(problem.field)
    texts = {
        ImportProblemCode.REQUIRED: _t("%1 is required."),
        ImportProblemCode.TOO_LONG: _t("%1 is too long (at most %2 characters)."),
        ImportProblemCode.BAD_DATE: _t("%1 is not a date: write it as 1987-03-15 or 15/03/1987."),
        ImportProblemCode.FUTURE_DATE: _t("%1 lies in the future."),
        ImportProblemCode.BAD_JENIS_KELAMIN: _t("Jenis kelamin must be L or P."),
        ImportProblemCode.BAD_JENIS_PEGAWAI: _t("Jenis pegawai must be Dosen or Tendik."),
        ImportProblemCode.BAD_EMAIL: _t("%1 is not an e-mail address."),
        ImportProblemCode.EXCEL_NUMBER: _t(
            "Excel stored %1 as a number and lost digits: format the column as Text and "
            "type the number again."
        ),
        ImportProblemCode.DUPLICATE_IN_FILE: _t("The same %1 already appears on row %2."),
        ImportProblemCode.DUPLICATE_IN_DATABASE: _t("%1 already belongs to %2."),
    }
    text = texts.get(code)  # type: ignore[call-overload]
    if text is None:
        return code
    if code == ImportProblemCode.TOO_LONG:  # each column its own limit
        return fill(text, label, str(TEXT_LIMITS.get(problem.field, 0)))
    return fill(text, label, problem.other or "")


def file_error_text(code: ImportFileErrorCode, detail: str = "") -> str:
    """Why the file cannot be imported at all, and what to do."""
    texts = {
        ImportFileErrorCode.NOT_FOUND: _t("The file does not exist: %1"),
        ImportFileErrorCode.UNSUPPORTED_FORMAT: _t(
            "Only CSV and XLSX files can be imported; save the sheet as one of them."
        ),
        ImportFileErrorCode.NOT_UTF8: _t(
            'The CSV file is not UTF-8: in Excel choose Save As > "CSV UTF-8".'
        ),
        ImportFileErrorCode.UNREADABLE: _t("The file cannot be read: %1"),
        ImportFileErrorCode.EMPTY: _t("The file is empty: it needs a header row."),
        ImportFileErrorCode.NO_NAMA_COLUMN: _t(
            'The header row has no "nama" column. Expected columns: nama, nip, nidn, nidk, '
            "nupn, nuptk, nik, tanggal_lahir, jenis_kelamin, jenis_pegawai, unit_kerja, email "
            "(optional: telepon_hp, alamat, jabatan_fungsional, pangkat_golongan)."
        ),
        ImportFileErrorCode.TOO_LARGE: _t(
            "The file would grow to %1 when opened, far more than any list of employees: it is "
            "damaged or not a real workbook. Save it again from Excel, or split it."
        ),
        ImportFileErrorCode.NOT_XLSX: _t(
            "%1 is not an Excel workbook, although its name ends in .xlsx (renamed from another "
            "format, or damaged): open it in Excel and save it again as .xlsx or as CSV UTF-8."
        ),
        ImportFileErrorCode.DUPLICATE_COLUMNS: _t(
            "The header row names a column twice (%1): delete or rename one of them so it is "
            "clear which one to import."
        ),
        ImportFileErrorCode.STRAY_QUOTE: _t(
            'Line %1 of the CSV file has a quotation mark (") that opens a cell which never '
            "ends, so the lines after it would be read as one cell: remove that mark or close "
            "it, then import again."
        ),
        ImportFileErrorCode.NO_ROWS: _t(
            "The file has a header row but no employees below it: nothing to import."
        ),
        ImportFileErrorCode.CELL_TOO_LARGE: _t(
            "A cell in row %1 is longer than Excel allows: correct the file and import it again."
        ),
        ImportFileErrorCode.CHANGED: _t(
            "The file %1 was changed after it was checked, so the report no longer describes "
            "it: nothing was written. Import it again to check the new version."
        ),
    }
    return fill(texts[code], detail)
