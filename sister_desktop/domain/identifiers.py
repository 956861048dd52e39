"""Employee identifiers: normalise what operators type or paste, and say what is wrong.

Identifiers are strings of digits whose leading zeros matter (a NIDN like ``0015038701``), so
they are never numbers. Validation returns a problem code; the window and the command line turn
the code into words in the operator's language.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final


class IdentifierKind(StrEnum):
    """The identifiers a campus keeps; the values are the field and column names."""

    NIP = "nip"
    NIDN = "nidn"
    NIDK = "nidk"
    NUPN = "nupn"
    NUPTK = "nuptk"
    NIK = "nik"


#: Required number of digits per identifier.
LENGTHS: Final[dict[IdentifierKind, int]] = {
    IdentifierKind.NIP: 18,
    IdentifierKind.NIDN: 10,
    IdentifierKind.NIDK: 10,
    IdentifierKind.NUPN: 10,
    IdentifierKind.NUPTK: 16,
    IdentifierKind.NIK: 16,
}


class IdentifierProblem(StrEnum):
    """Why an identifier is refused."""

    #: Something other than the digits 0-9 remains after removing spaces.
    NOT_DIGITS = "not_digits"
    #: Not the number of digits the identifier has (see ``LENGTHS``).
    WRONG_LENGTH = "wrong_length"
    #: The first eight digits of a NIP are not a real date (YYYYMMDD).
    NIP_BIRTH_DATE_INVALID = "nip_birth_date_invalid"
    #: The NIP's birth date is not the employee's tanggal lahir.
    NIP_BIRTH_DATE_MISMATCH = "nip_birth_date_mismatch"
    #: The 15th digit of a NIP (sex) is neither 1 (male) nor 2 (female).
    NIP_SEX_DIGIT_INVALID = "nip_sex_digit_invalid"
    #: The NIP's sex digit disagrees with the employee's jenis kelamin.
    NIP_SEX_MISMATCH = "nip_sex_mismatch"


#: What people paste around digits: spaces of every kind (Excel, PDFs, web pages).
_SPACES: Final = frozenset(" \t\r\n\u00a0\u2007\u202f\u200b\ufeff")


def normalize_identifier(raw: object) -> str | None:
    """Trim, drop every inner space and Excel's leading text apostrophe; keep leading zeros.

    ``None`` for an empty value. Anything else stays as typed, so validation can say why.
    """
    if raw is None:
        return None
    text = str(raw).strip()
    if text.startswith("'"):
        text = text[1:]
    text = "".join(ch for ch in text if ch not in _SPACES)
    return text or None


def hidden_character(value: str) -> tuple[int, str] | None:
    """The first character of ``value`` that cannot be seen (a zero-width space, a BOM, a
    control or an unusual space copied from a web page or a PDF): its 1-based position and
    its code (``U+200B``). An operator told only "digits only" stares at "198703152015"."""
    for position, char in enumerate(value, start=1):
        if not char.isprintable() or char.isspace() or unicodedata.category(char) == "Cf":
            return position, f"U+{ord(char):04X}"
    return None


def _digits_only(value: str) -> bool:
    return value.isascii() and value.isdigit()


def nip_birth_date(nip: str) -> date | None:
    """The birth date written in a NIP's first eight digits, ``None`` when not a real date."""
    if len(nip) < 8 or not _digits_only(nip[:8]):
        return None
    try:
        return date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        return None


def nip_jenis_kelamin(nip: str) -> str | None:
    """``"L"`` or ``"P"`` from a NIP's 15th digit, ``None`` when it is neither 1 nor 2."""
    if len(nip) < 15:
        return None
    return {"1": "L", "2": "P"}.get(nip[14])


def validate_identifier(
    kind: IdentifierKind,
    value: str,
    *,
    tanggal_lahir: date | None = None,
    jenis_kelamin: str | None = None,
) -> IdentifierProblem | None:
    """The first problem of a normalised identifier, or ``None`` when it is acceptable.

    For a NIP, ``tanggal_lahir`` and ``jenis_kelamin`` (when known) must agree with it.
    """
    if not _digits_only(value):
        return IdentifierProblem.NOT_DIGITS
    if len(value) != LENGTHS[kind]:
        return IdentifierProblem.WRONG_LENGTH
    if kind is not IdentifierKind.NIP:
        return None
    born = nip_birth_date(value)
    if born is None:
        return IdentifierProblem.NIP_BIRTH_DATE_INVALID
    sex = nip_jenis_kelamin(value)
    if sex is None:
        return IdentifierProblem.NIP_SEX_DIGIT_INVALID
    if tanggal_lahir is not None and born != tanggal_lahir:
        return IdentifierProblem.NIP_BIRTH_DATE_MISMATCH
    if jenis_kelamin in {"L", "P"} and sex != jenis_kelamin:
        return IdentifierProblem.NIP_SEX_MISMATCH
    return None


@dataclass(frozen=True, slots=True)
class IdentifierIssue:
    """One refused identifier of a record: which field and why."""

    kind: IdentifierKind
    problem: IdentifierProblem


def validate_identifiers(
    values: dict[IdentifierKind, str | None],
    *,
    tanggal_lahir: date | None = None,
    jenis_kelamin: str | None = None,
) -> list[IdentifierIssue]:
    """Every problem among a record's (normalised) identifiers, in ``IdentifierKind`` order."""
    issues = []
    for kind in IdentifierKind:
        value = values.get(kind)
        if value is None:
            continue
        problem = validate_identifier(
            kind, value, tanggal_lahir=tanggal_lahir, jenis_kelamin=jenis_kelamin
        )
        if problem is not None:
            issues.append(IdentifierIssue(kind, problem))
    return issues
