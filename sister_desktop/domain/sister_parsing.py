"""Tolerant readers for the dirt the live service sends: nulls, blanks, numbers as strings,
``{}`` for an empty list, one object where a list was promised.

Each reader takes a JSON value and returns a clean Python value or ``None``; only a shape that
cannot be read at all raises ``ShapeError`` (the API turns it into ``BadResponse``).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import Any


class ShapeError(ValueError):
    """The answer is JSON but not the shape the endpoint promises."""


def text(value: Any) -> str | None:
    """A stripped string, or ``None`` for null/blank. Numbers become their decimal text."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, str):
        # NUL bytes carry nothing readable, and PostgreSQL refuses to store them.
        stripped = value.replace("\x00", "").strip()
        return stripped or None
    return None


def identifier(value: Any) -> str | None:
    """Like :func:`text`, and inner spaces go too ("1980 0101 ..." NIPs); leading zeros stay."""
    cleaned = text(value)
    if cleaned is None:
        return None
    cleaned = "".join(cleaned.split())
    return cleaned or None


#: The longest key the database keeps for a person (``sister_link.id_sdm``); SISTER's are
#: UUIDs (36 characters).
ID_MAX = 64


def lower_id(value: Any) -> str | None:
    """A UUID-like key, lower-cased as SISTER keys are; ``None`` for one longer than
    ``ID_MAX`` or with a space or a control character inside (no key of SISTER's)."""
    cleaned = text(value)
    if not cleaned or len(cleaned) > ID_MAX or not cleaned.isprintable() or " " in cleaned:
        return None
    return cleaned.lower()


def integer(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        stripped = value.strip()
        if not stripped:
            return None
        try:
            return int(stripped)
        except ValueError:
            try:
                number = float(stripped)
            except ValueError:
                return None
            return int(number) if number.is_integer() else None
    return None


def iso_date(value: Any) -> date | None:
    """``yyyy-mm-dd`` (a time part after it is ignored); anything else is ``None``."""
    cleaned = text(value)
    if cleaned is None:
        return None
    try:
        return date.fromisoformat(cleaned[:10])
    except ValueError:
        return None


def rows(value: Any) -> list[dict[str, Any]]:
    """A list answer: ``[]``/``{}``/null -> empty, one object -> a list of one."""
    if value is None:
        return []
    if isinstance(value, dict):
        return [value] if value else []
    if isinstance(value, list):
        bad = [item for item in value if not isinstance(item, dict)]
        if bad:
            raise ShapeError(f"list items must be objects, got {type(bad[0]).__name__}")
        return value
    raise ShapeError(f"expected a list, got {type(value).__name__}")


def single(value: Any, defining: Collection[str] = ()) -> dict[str, Any]:
    """A detail answer: an object, or a list holding one (``profil_pt`` does both).

    ``defining``: the fields that make the object what the endpoint promises. An object with
    none of them (the live service's ``{}`` glitch) is not "a person with no data": stored
    over the good one it would empty the profile and Terapkan would copy the blanks to the
    campus record, so it is a bad answer.
    """
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            value = value[0]
        elif not value:
            raise ShapeError("expected an object, got an empty list")
    if not isinstance(value, dict):
        raise ShapeError(f"expected an object, got {type(value).__name__}")
    if defining and not any(key in value for key in defining):
        raise ShapeError(f"an object without {', '.join(sorted(defining))}")
    return value
