"""``World.export_pegawai``: the campus file as an Indonesian HR office hands it over."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest

from sister_desktop.sandbox.campus import COLUMNS
from sister_desktop.sandbox.dataset import World


@pytest.fixture(scope="module")
def world() -> World:
    return World(seed=5, size=60)


def test_csv_is_semicolon_separated_utf8_with_bom(world: World, tmp_path: Path) -> None:
    path = world.export_pegawai(tmp_path / "pegawai.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert tuple(rows[0]) == COLUMNS
    expected = world.campus_rows()
    assert len(rows) - 1 == len(expected)
    for written, row in zip(rows[1:], expected, strict=True):
        assert written == ["" if row[c] is None else row[c] for c in COLUMNS]
    # Leading zeros survive: identifiers are written as text.
    assert any(r[COLUMNS.index("nidn")].startswith("0") for r in rows[1:])


def test_xlsx_has_a_friendly_header_text_ids_and_date_cells(world: World, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = world.export_pegawai(tmp_path / "Pegawai.XLSX")
    sheet = load_workbook(path).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    header = [str(v) for v in values[0]]
    assert [h.lower() for h in header] == list(COLUMNS)
    assert header[0] == "Nama" and header[1] == "NIP"
    expected = world.campus_rows()
    assert len(values) - 1 == len(expected)
    for written, row in zip(values[1:], expected, strict=True):
        for column, value in zip(COLUMNS, written, strict=True):
            if column == "tanggal_lahir":
                assert isinstance(value, datetime)
                assert value.date() == date.fromisoformat(row[column])  # type: ignore[arg-type]
            else:
                assert value == row[column], column
    nip_cells = [c for c in sheet["B"][1:] if c.value]
    assert nip_cells and all(c.number_format == "@" for c in nip_cells)


def test_other_extensions_are_refused(world: World, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.csv or \.xlsx"):
        world.export_pegawai(tmp_path / "pegawai.xls")
    assert not (tmp_path / "pegawai.xls").exists()
