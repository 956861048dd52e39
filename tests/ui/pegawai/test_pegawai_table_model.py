"""The employee table model: qtmodeltester, ticks as ids, sorting with empty values last."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sister_desktop.domain.pegawai import JenisPegawai, Pegawai
from sister_desktop.ui.pegawai.pegawai_filter_proxy import LinkFilter, PegawaiFilterProxy
from sister_desktop.ui.pegawai.pegawai_table_model import PegawaiColumn, PegawaiTableModel

pytestmark = pytest.mark.gui

PEOPLE = [
    Pegawai(1, "Siti Rahmawati", nip="198703152010122001", nidn="0015038701", id_sdm="s-1"),
    Pegawai(2, "Budi Santoso", jenis_pegawai=JenisPegawai.TENDIK, unit_kerja="Rektorat"),
    Pegawai(3, "Andi Wijaya", nidk="8812345678", nuptk="1234567890123456"),
]


def _model(qtbot) -> PegawaiTableModel:
    model = PegawaiTableModel()
    model.set_pegawai(PEOPLE)
    return model


def test_model_passes_qtmodeltester(qtmodeltester):
    model = PegawaiTableModel()
    model.set_pegawai(PEOPLE)
    qtmodeltester.check(model, force_py=True)
    model.setData(model.index(0, PegawaiColumn.NAMA), Qt.CheckState.Checked, Qt.CheckStateRole)
    model.sort(PegawaiColumn.NAMA)
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_qtmodeltester(qtmodeltester):
    model = PegawaiTableModel()
    model.set_pegawai(PEOPLE)
    proxy = PegawaiFilterProxy(model)
    proxy.set_search("a")
    qtmodeltester.check(proxy, force_py=True)


def test_columns_and_link_tick(qtbot):
    model = _model(qtbot)
    cell = lambda row, col: model.index(row, col).data()  # noqa: E731
    assert model.headerData(PegawaiColumn.TERHUBUNG, Qt.Orientation.Horizontal) == (
        "Terhubung Sister"
    )
    assert cell(0, PegawaiColumn.NOMOR_DOSEN) == "0015038701"
    assert cell(2, PegawaiColumn.NOMOR_DOSEN) == "8812345678"
    assert cell(0, PegawaiColumn.TERHUBUNG) == "✓"
    assert cell(1, PegawaiColumn.TERHUBUNG) == ""
    assert cell(1, PegawaiColumn.JENIS) == "Tendik"
    assert model.flags(model.index(0, PegawaiColumn.NAMA)) & Qt.ItemFlag.ItemIsUserCheckable


def test_ticks_are_ids_and_survive_sorting_and_reload(qtbot):
    model = _model(qtbot)
    counts = []
    model.ticked_changed.connect(counts.append)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.setData(model.index(1, 0), Qt.CheckState.Checked.value, Qt.CheckStateRole)
    assert changed.args[2] == [Qt.ItemDataRole.CheckStateRole]
    assert model.ticked_ids() == {2}
    model.sort(PegawaiColumn.NAMA)
    assert [model.index(r, 0).data() for r in range(3)] == [
        "Andi Wijaya",
        "Budi Santoso",
        "Siti Rahmawati",
    ]
    assert model.index(1, 0).data(Qt.CheckStateRole) == Qt.CheckState.Checked
    model.set_pegawai(PEOPLE[:1])  # Budi deleted elsewhere
    assert model.ticked_ids() == set()
    assert counts == [1, 0]


def test_sort_puts_empty_values_last_both_ways(qtbot):
    model = _model(qtbot)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        model.sort(PegawaiColumn.NIP, order)
        assert model.index(2, PegawaiColumn.NIP).data() is None
        assert model.index(0, PegawaiColumn.NIP).data() == "198703152010122001"


def test_the_sort_is_kept_for_the_rows_set_later_until_unsorted(qtbot):
    model = PegawaiTableModel()
    model.sort(PegawaiColumn.NAMA, Qt.SortOrder.DescendingOrder)  # before any row is in
    model.set_pegawai(PEOPLE)
    names = lambda: [model.index(r, 0).data() for r in range(model.rowCount())]  # noqa: E731
    assert names() == ["Siti Rahmawati", "Budi Santoso", "Andi Wijaya"]
    model.sort(PegawaiColumn.UNIT_KERJA)
    model.set_pegawai(PEOPLE[1:])
    assert names() == ["Budi Santoso", "Andi Wijaya"]  # Rektorat, then no unit
    model.sort(-1)  # Qt's "unsorted": rows set later keep the order they come in
    model.set_pegawai(PEOPLE)
    assert names() == [p.nama for p in PEOPLE]


def test_filters(qtbot):
    model = _model(qtbot)
    proxy = PegawaiFilterProxy(model)
    proxy.set_search("  8812 ")
    assert proxy.visible_ids() == [3]
    proxy.set_search("")
    proxy.set_jenis(JenisPegawai.TENDIK)
    assert proxy.visible_ids() == [2]
    proxy.set_jenis(None)
    proxy.set_link_filter(LinkFilter.LINKED)
    assert proxy.visible_ids() == [1]
    proxy.set_link_filter(LinkFilter.UNLINKED)
    assert sorted(proxy.visible_ids()) == [2, 3]
    proxy.set_search("s-1")  # id_sdm is searchable too, but Siti is linked
    assert proxy.visible_ids() == []
