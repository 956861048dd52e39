"""The Pegawai list as the tab opens: the first page shown at once, then every row, and what
the operator did in between (a search, a filter, a tick, a chosen row, a sort, a scroll) still
true once the rest is in; the counts and Pilih semua honest while it is not."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView

from sister_desktop.domain.pegawai import NEW_ID, JenisPegawai, Pegawai
from sister_desktop.store.database import Database
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.ui.pegawai import pegawai_tab
from sister_desktop.ui.pegawai.pegawai_tab import PegawaiTab
from sister_desktop.ui.pegawai.pegawai_table_model import PegawaiColumn
from tests.ui.context_helpers import ui_context
from tests.ui.pegawai.pegawai_helpers import wait_for

pytestmark = pytest.mark.gui

#: By name: the first page of three is Agus, Andi and Budi.
PEOPLE = [
    ("Siti Rahmawati", "FKIP"),
    ("Putri Santoso", "Rektorat"),
    ("Agus Lubis", "Biro Umum"),
    ("Nur Hakim", "Fakultas Hukum"),
    ("Budi Santoso", "Agribisnis"),
    ("Hendra Lubis", "Fakultas Teknik"),
    ("Andi Wijaya", "Perpustakaan"),
    ("Dewi Santoso", "Biro Keuangan"),
]


def _store(loop, db: Database, people: list[tuple[str, str]]) -> dict[str, int]:
    """The people in the database; their ids by name."""
    repo = PegawaiRepository(db)
    rows = [
        Pegawai(NEW_ID, nama, jenis_pegawai=JenisPegawai.DOSEN, unit_kerja=unit)
        for nama, unit in people
    ]
    ids = loop.run_until_complete(repo.save_many(rows, []))
    return {nama: i for (nama, _unit), i in zip(people, ids, strict=True)}


@dataclasses.dataclass
class Opening:
    """A tab showing its first page, the rest held back until ``let_rest_in``."""

    tab: PegawaiTab
    gate: asyncio.Event
    loop: asyncio.AbstractEventLoop

    def let_rest_in(self) -> None:
        self.gate.set()
        self.loop.run_until_complete(self.tab._context.tasks.wait_idle())


def _open(qtbot, loop, db, monkeypatch, *, first_page: int, height: int = 700) -> Opening:
    monkeypatch.setattr(pegawai_tab, "FIRST_PAGE", first_page)
    context = ui_context(db)
    gate = asyncio.Event()
    read_all = context.pegawai.list_all

    async def held_back() -> list[Pegawai]:
        await gate.wait()
        return await read_all()

    monkeypatch.setattr(context.pegawai, "list_all", held_back)
    tab = PegawaiTab(context)
    qtbot.addWidget(tab)
    tab.resize(1200, height)
    tab.show()
    loop.run_until_complete(wait_for(lambda: tab.model.rowCount()))
    return Opening(tab, gate, loop)


def _names(tab: PegawaiTab) -> list[str]:
    return [tab.proxy.index(row, PegawaiColumn.NAMA).data() for row in range(tab.proxy.rowCount())]


def test_the_first_page_shows_at_once_and_says_the_rest_is_being_read(qtbot, loop, db, monkeypatch):
    _store(loop, db, PEOPLE)
    opening = _open(qtbot, loop, db, monkeypatch, first_page=3)
    tab = opening.tab

    assert _names(tab) == ["Agus Lubis", "Andi Wijaya", "Budi Santoso"]
    assert not tab.all_read
    assert tab.shown_label.text() == "3 of the first 3 of 8 shown; reading the rest…"
    assert not tab.select_all_button.isEnabled()
    assert tab.list_stack.currentWidget() is not tab.empty_state
    reloaded = []
    tab.pegawai_reloaded.connect(lambda: reloaded.append(tab.model.rowCount()))

    opening.let_rest_in()
    assert tab.all_read
    assert _names(tab) == sorted(nama for nama, _unit in PEOPLE)
    assert tab.shown_label.text() == "8 of 8 shown"
    assert tab.select_all_button.isEnabled()
    assert reloaded == [8]  # once, with every row (the main window reads the whole list)


def test_a_search_and_a_filter_set_before_the_rest_arrives_give_the_right_rows_after(
    qtbot, loop, db, monkeypatch
):
    _store(loop, db, PEOPLE)
    tab = (opening := _open(qtbot, loop, db, monkeypatch, first_page=3)).tab

    qtbot.keyClicks(tab.search_edit, "santoso")
    assert _names(tab) == ["Budi Santoso"]  # what the first page holds, and said to be so
    assert tab.shown_label.text() == "1 of the first 3 of 8 shown; reading the rest…"
    tab.jenis_combo.setCurrentIndex(tab.jenis_combo.findData(JenisPegawai.DOSEN))

    opening.let_rest_in()
    assert _names(tab) == ["Budi Santoso", "Dewi Santoso", "Putri Santoso"]
    assert tab.shown_label.text() == "3 of 8 shown"
    tab.tick_visible()  # Pilih semua once every row is in: all three, not the first page's one
    assert len(tab.ticked_ids()) == 3


def test_the_chosen_row_the_ticks_and_the_sort_survive_the_rest_arriving(
    qtbot, loop, db, monkeypatch
):
    ids = _store(loop, db, PEOPLE)
    tab = (opening := _open(qtbot, loop, db, monkeypatch, first_page=3)).tab
    assert tab.select_pegawai(ids["Andi Wijaya"])
    tab.model.set_ticked([ids["Budi Santoso"]], True)
    tab.table.sortByColumn(PegawaiColumn.UNIT_KERJA, Qt.SortOrder.DescendingOrder)
    assert _names(tab) == ["Andi Wijaya", "Agus Lubis", "Budi Santoso"]  # Perpustakaan first

    opening.let_rest_in()
    units = [
        tab.proxy.index(row, PegawaiColumn.UNIT_KERJA).data() for row in range(tab.proxy.rowCount())
    ]
    assert units == sorted((unit for _nama, unit in PEOPLE), key=str.casefold, reverse=True)
    assert tab.table.horizontalHeader().sortIndicatorSection() == PegawaiColumn.UNIT_KERJA
    selected = tab.selected_pegawai()
    assert selected is not None and selected.id == ids["Andi Wijaya"]
    assert tab.detail.values["nama"].text() == "Andi Wijaya"
    assert tab.ticked_ids() == {ids["Budi Santoso"]}


def test_the_row_scrolled_to_stays_at_the_top_when_the_rest_arrives(qtbot, loop, db, monkeypatch):
    people = [(f"Dosen Contoh {i:02d}", "FT") for i in range(60)]
    ids = _store(loop, db, people)
    tab = (opening := _open(qtbot, loop, db, monkeypatch, first_page=40, height=400)).tab
    # Sorted while the first page is shown: the rest lands among its rows, not after them.
    tab.table.sortByColumn(PegawaiColumn.NAMA, Qt.SortOrder.DescendingOrder)
    tab.table.scrollTo(tab.proxy.index(8, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    top = tab.table.indexAt(QPoint(0, 0))
    assert top.data() == "Dosen Contoh 31"  # 39 down to 00
    at_top = tab.model.id_at(tab.proxy.mapToSource(top).row())

    opening.let_rest_in()
    assert tab.model.rowCount() == 60
    top = tab.table.indexAt(QPoint(0, 0))
    assert tab.model.id_at(tab.proxy.mapToSource(top).row()) == at_top
    assert at_top == ids["Dosen Contoh 31"]
    assert top.row() == 28  # 59 down to 32 above it


def test_a_list_no_longer_than_the_first_page_is_read_once(qtbot, loop, db, monkeypatch):
    context = ui_context(db)
    reads = []
    read_all = context.pegawai.list_all

    async def counted() -> list[Pegawai]:
        reads.append(1)
        return await read_all()

    monkeypatch.setattr(context.pegawai, "list_all", counted)
    _store(loop, db, PEOPLE[:3])
    for first_page in (3, 4):  # three pegawai: the first page filled, then not
        monkeypatch.setattr(pegawai_tab, "FIRST_PAGE", first_page)
        tab = PegawaiTab(context)
        qtbot.addWidget(tab)
        loop.run_until_complete(context.tasks.wait_idle())
        assert tab.all_read and tab.model.rowCount() == 3
        assert tab.shown_label.text() == "3 of 3 shown"
    assert reads == []  # the first page was the whole list both times


def test_a_rest_that_cannot_be_read_is_said_so_and_a_later_reload_shows_every_row(
    qtbot, loop, db, monkeypatch
):
    _store(loop, db, PEOPLE)
    opening = _open(qtbot, loop, db, monkeypatch, first_page=3)
    opening.let_rest_in()
    tab = opening.tab
    read_all = tab._context.pegawai.list_all

    async def broken() -> list[Pegawai]:
        raise OSError("disk I/O error")

    monkeypatch.setattr(tab._context.pegawai, "list_all", broken)
    with pytest.raises(OSError):  # reported as every task's error is
        loop.run_until_complete(tab.first_load())
    assert _names(tab) == ["Agus Lubis", "Andi Wijaya", "Budi Santoso"]
    assert tab.shown_label.text() == "3 of the first 3 of 8 shown; the rest could not be read"
    assert not tab.select_all_button.isEnabled()

    monkeypatch.setattr(tab._context.pegawai, "list_all", read_all)
    loop.run_until_complete(tab.reload())
    assert tab.shown_label.text() == "8 of 8 shown"
    assert tab.select_all_button.isEnabled()
