"""Would SISTER accept this body? The checks of the write catalogue, before anything is sent.

Pure functions over ``domain.sister_writes``: the import, the forms and the Kirim call the
same ones, so a value the operator may type is a value SISTER takes. ``coerce`` turns a
file's cell (text) into the field's type; ``validate_body`` names every problem of a whole
body with a code the operator's words are keyed by (``texts/usulan_texts.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sister_desktop.domain.sister_writes import (
    KNOWN_COLLABORATOR_FIELDS,
    KOLABORATOR,
    NEW_COLLABORATOR_FIELDS,
    FieldType,
    WriteFamily,
    WriteField,
)

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TRUE = {"1", "true", "ya", "y", "yes", "benar"}
_FALSE = {"0", "false", "tidak", "t", "no", "n", "salah"}


class ProblemCode(StrEnum):
    """Why a value would be refused."""

    REQUIRED = "required"
    NOT_INTEGER = "not_integer"
    NOT_NUMBER = "not_number"
    NOT_BOOLEAN = "not_boolean"
    BAD_DATE = "bad_date"
    BAD_UUID = "bad_uuid"
    BAD_EMAIL = "bad_email"
    BAD_URL = "bad_url"
    TOO_LONG = "too_long"
    NOT_ALLOWED = "not_allowed"
    NOT_A_LIST = "not_a_list"
    UNKNOWN_FIELD = "unknown_field"
    UNKNOWN_REFERENCE = "unknown_reference"


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One refused value: the field (``anggota_dosen[0].id_sdm`` inside a list), the code,
    and what the limit was (the maximum length, the allowed values), for the message."""

    field: str
    code: ProblemCode
    detail: str | None = None


class CoerceError(ValueError):
    """A cell's text is not a value of its field's type."""

    def __init__(self, code: ProblemCode, detail: str | None = None) -> None:
        super().__init__(code.value)
        self.code = code
        self.detail = detail


def coerce(field: WriteField, raw: Any) -> Any:
    """The value of ``raw`` (a cell: text, a number, a date) as the field's type; ``None`` for
    an empty cell. Lists are written ``a; b; c`` in a cell. Raises ``CoerceError``."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, str):
        raw = raw.strip()
    kind = field.type
    if kind is FieldType.INTEGER:
        try:
            number = float(str(raw).replace(",", ".")) if not isinstance(raw, int) else raw
        except ValueError:
            raise CoerceError(ProblemCode.NOT_INTEGER) from None
        if isinstance(number, float):
            if not number.is_integer():
                raise CoerceError(ProblemCode.NOT_INTEGER)
            number = int(number)
        return number
    if kind is FieldType.NUMBER:
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            return raw
        try:
            value = float(str(raw).replace(",", "."))
        except ValueError:
            raise CoerceError(ProblemCode.NOT_NUMBER) from None
        return int(value) if value.is_integer() else value
    if kind is FieldType.BOOLEAN:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise CoerceError(ProblemCode.NOT_BOOLEAN)
    if kind is FieldType.DATE:
        if isinstance(raw, date):
            return raw.isoformat()
        text = str(raw)
        if len(text) > 10 and text[10] in " T":  # a spreadsheet's date with a time of day
            text = text[:10]
        if not _valid_date(text):
            raise CoerceError(ProblemCode.BAD_DATE)
        return text
    if kind in (FieldType.ID_LIST, FieldType.MEMBERS):
        if isinstance(raw, list):
            return raw
        parts = [part.strip() for part in str(raw).split(";") if part.strip()]
        if kind is FieldType.MEMBERS:
            raise CoerceError(ProblemCode.NOT_A_LIST)
        return parts
    if field.choices and all(isinstance(choice, int) for choice in field.choices):
        return coerce(WriteField(field.name, FieldType.INTEGER), raw)
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = str(raw)
    if field.choices and all(isinstance(choice, str) for choice in field.choices):
        text = text.upper() if text.upper() in field.choices else text
    return text


def _valid_date(text: str) -> bool:
    if not _DATE.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _value_problem(field: WriteField, value: Any, where: str) -> FieldProblem | None:
    kind = field.type
    if kind is FieldType.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            return FieldProblem(where, ProblemCode.NOT_INTEGER)
    elif kind is FieldType.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return FieldProblem(where, ProblemCode.NOT_NUMBER)
    elif kind is FieldType.BOOLEAN:
        if not isinstance(value, bool):
            return FieldProblem(where, ProblemCode.NOT_BOOLEAN)
    elif kind is FieldType.DATE:
        if not isinstance(value, str) or not _valid_date(value):
            return FieldProblem(where, ProblemCode.BAD_DATE)
    elif kind is FieldType.UUID:
        if not isinstance(value, str) or not _UUID.match(value):
            return FieldProblem(where, ProblemCode.BAD_UUID)
    elif kind is FieldType.EMAIL:
        if not isinstance(value, str) or not _EMAIL.match(value):
            return FieldProblem(where, ProblemCode.BAD_EMAIL)
    elif kind is FieldType.URL:
        if not isinstance(value, str) or not value.startswith(("http://", "https://")):
            return FieldProblem(where, ProblemCode.BAD_URL)
    elif kind is FieldType.STRING and not isinstance(value, str):
        return FieldProblem(where, ProblemCode.NOT_ALLOWED)
    if field.max_length is not None and isinstance(value, str) and len(value) > field.max_length:
        return FieldProblem(where, ProblemCode.TOO_LONG, str(field.max_length))
    if field.choices and value not in field.choices:
        return FieldProblem(where, ProblemCode.NOT_ALLOWED, ", ".join(map(str, field.choices)))
    return None


def validate_fields(
    fields: Iterable[WriteField],
    body: Mapping[str, Any],
    *,
    referensi: Mapping[str, frozenset[str]] | None = None,
    prefix: str = "",
) -> list[FieldProblem]:
    """Every problem of ``body`` against ``fields``: unknown fields, missing required ones,
    types, lengths, choices, and ids missing from the given ``referensi`` lists (a list not
    given is not checked)."""
    fields = tuple(fields)
    known = {field.name for field in fields}
    problems = [
        FieldProblem(prefix + name, ProblemCode.UNKNOWN_FIELD) for name in body if name not in known
    ]
    for field in fields:
        where = prefix + field.name
        value = body.get(field.name)
        if value is None or value == "":
            if field.required and not (field.nullable and field.name in body):
                problems.append(FieldProblem(where, ProblemCode.REQUIRED))
            continue
        if field.type in (FieldType.ID_LIST, FieldType.MEMBERS):
            if not isinstance(value, list):
                problems.append(FieldProblem(where, ProblemCode.NOT_A_LIST))
                continue
            if field.type is FieldType.MEMBERS:
                for index, entry in enumerate(value):
                    if not isinstance(entry, Mapping):
                        problems.append(FieldProblem(f"{where}[{index}]", ProblemCode.NOT_A_LIST))
                        continue
                    inner = field.members
                    if field.referensi == KOLABORATOR and not entry.get("id_orang"):
                        inner += NEW_COLLABORATOR_FIELDS  # made by the Kirim first
                    elif field.referensi == KOLABORATOR:
                        inner += KNOWN_COLLABORATOR_FIELDS
                    problems += validate_fields(
                        inner, entry, referensi=referensi, prefix=f"{where}[{index}]."
                    )
            elif field.referensi and referensi and field.referensi in referensi:
                known_ids = referensi[field.referensi]
                problems += [
                    FieldProblem(where, ProblemCode.UNKNOWN_REFERENCE, str(item))
                    for item in value
                    if str(item) not in known_ids
                ]
            continue
        problem = _value_problem(field, value, where)
        if problem is not None:
            problems.append(problem)
            continue
        listed = referensi.get(field.referensi) if field.referensi and referensi else None
        if listed is not None and str(value) not in listed:
            problems.append(FieldProblem(where, ProblemCode.UNKNOWN_REFERENCE, str(value)))
    return problems


def validate_body(
    family: WriteFamily,
    body: Mapping[str, Any],
    *,
    referensi: Mapping[str, frozenset[str]] | None = None,
) -> list[FieldProblem]:
    """Every problem of a whole body of ``family`` (a baru's, or an ubah's after the merge)."""
    return validate_fields(family.fields, body, referensi=referensi)


def validate_change(
    family: WriteFamily,
    body: Mapping[str, Any],
    changed: Iterable[str],
    *,
    referensi: Mapping[str, frozenset[str]] | None = None,
) -> list[FieldProblem]:
    """An ubah's whole body checked as SISTER checks it, and the ids of the fields it changes
    against the ``referensi`` lists: the other ids are SISTER's own record as it stands."""
    problems = validate_body(family, body)
    if referensi:
        names = set(changed)
        fields = [field for field in family.fields if field.name in names]
        subset = {field.name: body.get(field.name) for field in fields}
        problems += [
            problem
            for problem in validate_fields(fields, subset, referensi=referensi)
            if problem.code is ProblemCode.UNKNOWN_REFERENCE
        ]
    return problems


def filled_fields(body: Mapping[str, Any]) -> list[str]:
    """The fields of a body with a value (what a baru's referensi check looks at)."""
    return [name for name, value in body.items() if value not in (None, "", [])]
