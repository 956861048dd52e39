"""Which semesters a sync asks the per-semester lists (pengajaran, the BKD lists) for: the last
N of SISTER's own list (``/referensi/semester``) up to the current one, never one that has not
begun; and which of them a row of a list asked for every semester at once belongs to.

SISTER's semester ids are ``yyyyS``: the academic year's first calendar year and ``1`` (Ganjil,
from August), ``2`` (Genap, from February) or ``3`` (a short term).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

#: The field of a pengajaran list row that says its semester: only the name
#: (``"2020/2021 Ganjil"``), no id (the spec's ``PengajaranGetItem``).
SEMESTER_NAME_FIELD = "semester"


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


def _folded(name: object) -> str:
    return " ".join(str(name).split()).casefold()


def semester_ids_by_name(listed: Iterable[object]) -> dict[str, str]:
    """SISTER's ``/referensi/semester`` (``{id, nama}`` rows) as folded name -> id: what
    tells the semester of a row that names it only."""
    found: dict[str, str] = {}
    for row in listed:
        if isinstance(row, Mapping) and row.get("id") not in (None, "") and row.get("nama"):
            found[_folded(row["nama"])] = str(row["id"]).strip()
    return found


def rows_by_semester(
    rows: Iterable[Mapping[str, Any]],
    semesters: Sequence[str],
    ids_by_name: Mapping[str, str],
) -> dict[str, list[Mapping[str, Any]]] | None:
    """The rows of a list asked for every semester, split among ``semesters`` (each one
    present, an empty list where the pegawai has nothing); rows of other semesters are left
    out. ``None`` when a row's semester is not a name of SISTER's list: the rows cannot be
    told apart, and the list has to be asked semester by semester."""
    split: dict[str, list[Mapping[str, Any]]] = {semester: [] for semester in semesters}
    for row in rows:
        semester = ids_by_name.get(_folded(row.get(SEMESTER_NAME_FIELD) or ""))
        if semester is None:
            return None
        if semester in split:
            split[semester].append(row)
    return split
