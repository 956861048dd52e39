"""An LKPS table as the form has it: columns with the form's own headers, rows of cells, each
cell either read from SISTER (with the records it came from) or left for the operator.

An operator's cell (``operator=True``) is one SISTER cannot fill: a "kesesuaian" judgment, the
programme of a course, a fund from abroad. It shows what the operator entered for it
(``Entries``, kept for the next export), else SISTER's suggestion where there is one, else
nothing; it is never filled by a guess.

TS is the year the operator chooses: for dated records (a publication, a research project)
the calendar years TS-2, TS-1 and TS; for semester records (teaching, supervision, BKD) the
academic years that begin in those years (TS = ``TS/TS+1``, semesters ``<TS>1`` and ``<TS>2``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sister_desktop.domain.laporan_records import SourceRef

Value = str | int | float | None
#: The operator's entries of one program studi and TS: ``(table, row key, column id) -> text``.
Entries = Mapping[tuple[str, str, str], str]
#: What the form writes for "yes" in a check column.
CHECK = "V"
#: An operator's entry that reads as yes (a check) in a kesesuaian column.
_YES = {"v", "✓", "√", "x", "ya", "y", "yes", "sesuai", "1"}


def is_yes(value: Value) -> bool:
    return value is not None and str(value).strip().casefold() in _YES


def number(value: Value) -> float:
    """An entry as a number (``""`` and text: 0); a comma reads as the decimal point."""
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value or "").strip().replace(",", "."))
    except ValueError:
        return 0.0


@dataclass(frozen=True, slots=True)
class Column:
    id: str
    title: str


@dataclass(frozen=True, slots=True)
class Cell:
    value: Value = None
    sources: tuple[SourceRef, ...] = ()
    #: SISTER cannot say: the operator's entry (or SISTER's suggestion) stands here.
    operator: bool = False
    #: The operator entered this value (not SISTER's suggestion).
    entered: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    key: str
    cells: tuple[Cell, ...]
    #: A part's heading (3.b.7), shown across the row.
    heading: bool = False


@dataclass(frozen=True, slots=True)
class Figure:
    """A derived figure the form asks for (NDT, % doctorate, ...); ``None`` until what it
    needs is entered, ``needs`` says what."""

    label: str
    value: float | int | None
    sources: tuple[SourceRef, ...] = ()
    needs: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    id: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    figures: tuple[Figure, ...] = ()
    #: How SISTER's data was read for this table (shown under it and on its sheet).
    note: str = ""

    def column(self, column_id: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.id == column_id)

    def cell(self, row_key: str, column_id: str) -> Cell:
        row = next(r for r in self.rows if r.key == row_key)
        return row.cells[self.column(column_id)]

    def row(self, row_key: str) -> Row:
        return next(r for r in self.rows if r.key == row_key)


@dataclass(frozen=True, slots=True)
class TsYears:
    ts: int

    @property
    def years(self) -> tuple[int, int, int]:
        return (self.ts - 2, self.ts - 1, self.ts)

    @property
    def labels(self) -> tuple[str, str, str]:
        return ("TS-2", "TS-1", "TS")

    def label_of(self, year: int) -> str | None:
        if year in self.years:
            return self.labels[self.years.index(year)]
        return None

    def semesters(self, year: int) -> tuple[str, str]:
        return (f"{year}1", f"{year}2")

    def all_semesters(self) -> tuple[str, ...]:
        return tuple(s for y in self.years for s in self.semesters(y))


def semester_year(text: object) -> int | None:
    """The academic year's first year: ``"2024/2025 Genap"`` and ``"20242"`` -> 2024."""
    raw = str(text or "").strip()
    if len(raw) == 5 and raw.isdigit():
        return int(raw[:4])
    if len(raw) >= 9 and raw[:4].isdigit() and raw[4] == "/":
        return int(raw[:4])
    return None


@dataclass
class TableBuilder:
    """Rows of one table, with the operator's entries applied to the operator's cells."""

    id: str
    columns: tuple[Column, ...]
    entries: Entries
    rows: list[Row] = field(default_factory=list)

    def operator(self, row_key: str, column_id: str, suggestion: Cell | None = None) -> Cell:
        entry = self.entries.get((self.id, row_key, column_id))
        if entry is not None and entry != "":
            return Cell(entry, (), operator=True, entered=True)
        if suggestion is not None:
            return Cell(suggestion.value, suggestion.sources, operator=True)
        return Cell(None, (), operator=True)

    def add(self, row_key: str, cells: Mapping[str, Cell], *, heading: bool = False) -> Row:
        row = Row(row_key, tuple(cells.get(c.id, Cell()) for c in self.columns), heading)
        self.rows.append(row)
        return row


def columns(*pairs: tuple[str, str]) -> tuple[Column, ...]:
    return tuple(Column(i, t) for i, t in pairs)


def distinct(sources: Iterable[SourceRef]) -> tuple[SourceRef, ...]:
    """Records named once each, in order (a shared record in several lists counts once)."""
    seen: set[tuple[str, str]] = set()
    found = []
    for source in sources:
        key = (source.dataset, source.key)
        if key not in seen:
            seen.add(key)
            found.append(source)
    return tuple(found)
