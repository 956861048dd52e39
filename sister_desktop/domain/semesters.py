"""Which semesters a sync asks the per-semester lists (pengajaran, the BKD lists) for: the last
N of SISTER's own list (``/referensi/semester``) up to the current one, never one that has not
begun.

SISTER's semester ids are ``yyyyS``: the academic year's first calendar year and ``1`` (Ganjil,
from August), ``2`` (Genap, from February) or ``3`` (a short term).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date


def current_semester(today: date) -> str:
    """The id of the semester ``today`` falls in (Ganjil from August, Genap from February)."""
    if today.month >= 8:
        return f"{today.year}1"
    if today.month >= 2:
        return f"{today.year - 1}2"
    return f"{today.year - 1}1"


def _regular(year: int, part: int) -> str:
    return f"{year}{part}"


def _counted_back(today: date, count: int) -> list[str]:
    current = current_semester(today)
    year, part = int(current[:4]), int(current[4])
    found = []
    for _ in range(count):
        found.append(_regular(year, part))
        year, part = (year, 1) if part == 2 else (year - 1, 2)
    return found[::-1]


def recent_semesters(known_ids: Iterable[object], today: date, count: int) -> tuple[str, ...]:
    """The last ``count`` semester ids of SISTER's list that have begun by ``today``, oldest
    first. Without a usable list (it failed, or is empty) the regular semesters are counted
    back from today's."""
    count = max(1, count)
    current = current_semester(today)
    ids = sorted(
        {
            text
            for text in (str(value).strip() for value in known_ids)
            if len(text) == 5 and text.isdigit() and text <= current
        }
    )
    if not ids:
        return tuple(_counted_back(today, count))
    return tuple(ids[-count:])
