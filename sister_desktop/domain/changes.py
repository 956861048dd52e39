"""Which fields of one endpoint's answer changed since the last sync.

Payloads are the JSON-ready form of our records: an object for a ``data_pribadi`` detail, a
list of objects (each with an ``id``) for a history. The answer is a sorted list of field names,
plus two markers for histories: ``RECORD_ADDED`` and ``RECORD_REMOVED``. Codes, not sentences:
the window words them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

#: A history gained an entry (a new rank, a new degree).
RECORD_ADDED = "+record"
#: A history lost an entry (SISTER deleted or merged it).
RECORD_REMOVED = "-record"
#: Nothing was stored before: the first sync of this employee and endpoint.
FIRST_SYNC = "*first"
#: A listed record of a dataset changed (its row or its detail).
RECORD_CHANGED = "~record"
#: One record named in a dataset's line: ``"+record:Judul"`` (see ``record_mark``).
_MARKS = (RECORD_ADDED, RECORD_CHANGED, RECORD_REMOVED)
#: Records named per dataset line at most; the rest are counted (``"+record#12"``).
NAMED_RECORDS = 10

Payload = Mapping[str, Any] | Sequence[Mapping[str, Any]] | None


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def to_payload(record: Any) -> Any:
    """A record (or list of records) as JSON-ready data: dates as ISO strings."""
    if isinstance(record, list | tuple):
        return [to_payload(item) for item in record]
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: _plain(getattr(record, f.name)) for f in dataclasses.fields(record)}
    return _plain(record)


def payload_hash(payload: Any) -> str:
    """SHA-256 of the canonical JSON: equal data, equal hash, whatever the key order."""
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _object_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> set[str]:
    return {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}


def changed_fields(old: Payload, new: Payload) -> list[str]:
    """The fields that differ between the stored payload and the new one (sorted).

    ``old is None`` means nothing was stored: ``[FIRST_SYNC]``. Histories are matched by
    ``id``; entries without an id are compared by position.
    """
    if old is None:
        return [FIRST_SYNC]
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        return sorted(_object_changes(old, new))
    if isinstance(old, Mapping) or isinstance(new, Mapping) or new is None:
        return [FIRST_SYNC]  # the shape itself changed: treat as new data
    changed: set[str] = set()
    old_by_id = {_key(row, i): row for i, row in enumerate(old)}
    new_by_id = {_key(row, i): row for i, row in enumerate(new)}
    if new_by_id.keys() - old_by_id.keys():
        changed.add(RECORD_ADDED)
    if old_by_id.keys() - new_by_id.keys():
        changed.add(RECORD_REMOVED)
    for key in old_by_id.keys() & new_by_id.keys():
        changed |= _object_changes(old_by_id[key], new_by_id[key])
    return sorted(changed)


def record_marks(added: Sequence[str], changed: Sequence[str], removed: Sequence[str]) -> list[str]:
    """The log line's fields for the records of a dataset that were added, changed and
    removed (each given by its title): the bare marker, then up to ``NAMED_RECORDS`` titles,
    then how many more (``"+record#12"`` when 12 are not named)."""
    marks: list[str] = []
    for marker, titles in zip(_MARKS, (added, changed, removed), strict=True):
        if not titles:
            continue
        marks.append(marker)
        marks += [f"{marker}:{title}" for title in titles[:NAMED_RECORDS]]
        if len(titles) > NAMED_RECORDS:
            marks.append(f"{marker}#{len(titles) - NAMED_RECORDS}")
    return marks


def read_record_mark(field: str) -> tuple[str, str | None, int] | None:
    """``(marker, title, more)`` of a mark made by ``record_marks`` (the title ``None`` for
    a bare marker or a count), or ``None`` for a field name."""
    for marker in _MARKS:
        if field == marker:
            return marker, None, 0
        if field.startswith(marker + ":"):
            return marker, field[len(marker) + 1 :], 0
        if field.startswith(marker + "#") and field[len(marker) + 1 :].isdigit():
            return marker, None, int(field[len(marker) + 1 :])
    return None


def _key(row: Mapping[str, Any], position: int) -> str:
    ident = row.get("id") if isinstance(row, Mapping) else None
    return f"id:{ident}" if ident is not None else f"#{position}"
