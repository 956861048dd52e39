"""The Data SISTER window against the sandbox's world, stored as a sync stores it: a lecturer
with a long career shows every synced group with the sandbox's row counts and names, newest
first and in Indonesian; a group never synced says so; a double-click opens the record in
full with its documents; removed records appear struck through only on request; pending
ajuan are marked; and the window stays inside the screen."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from sister_desktop.domain.sister_groups import (
    DEFAULT_GROUPS,
    DatasetKind,
    SisterGroup,
    group_datasets,
)
from sister_desktop.domain.sister_records import record_key
from sister_desktop.sandbox.dataset import World
from sister_desktop.store.sister_record_repository import DatasetAnswer
from sister_desktop.texts.i18n import use_language
from sister_desktop.texts.sister_data_texts import dataset_label
from sister_desktop.texts.sister_field_texts import rank_text
from sister_desktop.ui.data_sister.data_sister_window import DataSisterWindow
from sister_desktop.ui.data_sister.history_table_model import RECORD_ROLE
from tests import sister_records_world as srw
from tests.ui.context_helpers import ui_context

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def world() -> World:
    return World(seed=7, size=40)


@pytest.fixture
def stored(loop, db, world):
    """The long career and someone with a pending ajuan, synced with the default groups."""
    people = [srw.long_career(world), srw.with_ajuan(world)]
    ids = loop.run_until_complete(srw.store_people(db, world, people))
    return dict(zip(("career", "ajuan"), zip(ids, people, strict=True), strict=True))


def _rows(world, person, dataset):
    return srw.listed_rows(world, person, dataset)


@pytest.fixture
def host(qtbot):
    """The windows' parent, as the main window is theirs in the program: it owns them, so a
    window is never destroyed by Python's garbage collector mid-test."""
    widget = QWidget()
    qtbot.addWidget(widget)
    yield widget
    widget.deleteLater()


@pytest.fixture
def open_window(qtbot, loop, db, host):
    def open_(pegawai_id: int) -> DataSisterWindow:
        window = DataSisterWindow(ui_context(db), host)
        assert loop.run_until_complete(window.load(pegawai_id))
        window.show()
        return window

    return open_


def _cells(section):
    table = section.table
    model = table.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_a_long_career_shows_every_group_with_the_sandboxs_rows(
    qapp, qtbot, loop, db, open_window, world, stored
):
    pegawai_id, person = stored["career"]
    with use_language(qapp, "id"):
        window = open_window(pegawai_id)
        for group in sorted(DEFAULT_GROUPS):
            page = window.show_group(group)
            assert window.stack.currentWidget() is page
            for dataset in group_datasets(group):
                if dataset.kind is DatasetKind.BINARY:
                    continue
                section = page.sections[dataset.name]
                expected = _rows(world, person, dataset.name)
                assert section.title_label.text().startswith(dataset_label(dataset.name))
                if dataset.kind is DatasetKind.OBJECT:
                    continue
                shown = 0 if section.model is None else section.model.rowCount()
                assert shown == len(expected), dataset.name
        # The histories read as histories: newest first, names, Indonesian dates and titles.
        page = window.show_group(SisterGroup.KEPEGAWAIAN)
        ranks = page.sections["jabatan_fungsional"]
        assert (
            ranks.title_label.text()
            == f"Riwayat Jabatan Fungsional ({len(person.jabatan_fungsional)})"
        )
        newest = max(person.jabatan_fungsional, key=lambda r: r["tanggal_mulai"])
        header = [
            ranks.table.model().headerData(c, Qt.Orientation.Horizontal)
            for c in range(ranks.table.model().columnCount())
        ]
        assert header[:3] == ["Jabatan fungsional", "Nomor SK", "TMT"]
        first = _cells(ranks)[0]
        # A rank reads its credit points in the locale's numbers (Lektor Kepala (400)).
        assert first[0] == rank_text(newest["jabatan_fungsional"]) and first[1] == newest["sk"]
        assert first[2].split()[1] in {
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember",
        }
        assert first[3] == "SK Jabatan Fungsional"  # the documents, by name
        dates = [r["tanggal_mulai"] for r in person.kepangkatan]
        grades = _cells(page.sections["kepangkatan"])
        assert len(grades) == len(dates) >= 5
        assert window.group_list.item(1).text().startswith("Kepegawaian")


def test_a_group_never_synced_says_so(qapp, qtbot, loop, db, open_window, stored):
    pegawai_id, _person = stored["career"]
    with use_language(qapp, "id"):
        window = open_window(pegawai_id)
        row = list(SisterGroup).index(SisterGroup.TRIDHARMA)
        assert "belum disinkronkan" in window.group_list.item(row).text()
        page = window.show_group(SisterGroup.TRIDHARMA)
        assert page.state_label.text().startswith("belum disinkronkan")
        assert page.sections == {}
        synced = window.show_group(SisterGroup.PENDIDIKAN)
        assert "belum disinkronkan" not in synced.state_label.text()
        assert not window.photo.isVisibleTo(window)  # no photo stored, no empty frame


def test_reference_ids_read_as_names(qapp, qtbot, loop, db, open_window, world):
    person = srw.long_career(world)
    ids = loop.run_until_complete(srw.store_people(db, world, [person], groups=SisterGroup))
    semesters = {
        str(r["id"]): r["nama"] for r in srw.Router(world).resolve("/referensi/semester", {}).body
    }
    with use_language(qapp, "id"):
        window = open_window(ids[0])
        teaching = window.show_group(SisterGroup.TRIDHARMA).sections["pengajaran"]
        model = teaching.table.model()
        titles = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        column = titles.index("Semester")
        shown = {model.index(r, column).data() for r in range(model.rowCount())}
        assert shown and shown <= set(semesters.values())


def test_double_click_opens_the_record_in_full(qapp, qtbot, loop, db, open_window, stored):
    pegawai_id, person = stored["career"]
    with use_language(qapp, "id"):
        window = open_window(pegawai_id)
        section = window.show_group(SisterGroup.KEPEGAWAIAN).sections["kepangkatan"]
        table = section.table
        index = table.model().index(0, 1)
        rect = table.visualRect(index)
        window.current_page().ensureWidgetVisible(table)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        dialog = window.detail_dialog
        assert dialog is not None and dialog.isVisible()
        record = index.data(RECORD_ROLE)
        detail = next(d for d in person.kepangkatan if d["id"] == record.row["id"])
        assert dialog.shown["sk"] == detail["sk"]
        assert dialog.shown["masa_kerja_tahun"] == str(detail["masa_kerja_tahun"])
        assert "id_pangkat_golongan" not in dialog.shown  # its name is beside it
        assert dialog.document_names == [d["nama"] for d in detail["dokumen"]]
        assert detail["dokumen"][0]["nama_file"] in dialog.browser.toPlainText()
        assert dialog.height() <= dialog.screen().availableGeometry().height()


def test_removed_records_are_struck_through_on_request(
    qapp, qtbot, loop, db, open_window, world, stored
):
    pegawai_id, person = stored["career"]
    rows = _rows(world, person, "kepangkatan")
    kept = rows[1:]
    answer = DatasetAnswer("kepangkatan", rows=[(record_key("kepangkatan", r), r) for r in kept])
    loop.run_until_complete(
        srw.store_answers(
            db, pegawai_id, person.id_sdm, [answer], srw.SYNCED_AT + timedelta(days=1)
        )
    )
    window = open_window(pegawai_id)
    section = window.show_group(SisterGroup.KEPEGAWAIAN).sections["kepangkatan"]
    assert section.model.rowCount() == len(rows) - 1
    window.removed_check.setChecked(True)
    section = window.current_page().sections["kepangkatan"]
    model = section.model
    assert model.rowCount() == len(rows)
    gone = [r for r in range(model.rowCount()) if model.record_at(r).removed]
    assert len(gone) == 1
    font = model.index(gone[0], 0).data(Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    assert model.record_at(gone[0]).row["id"] == rows[0]["id"]


def test_pending_ajuan_are_marked(qapp, qtbot, loop, db, open_window, world, stored):
    pegawai_id, person = stored["ajuan"]
    requests = _rows(world, person, "jabatan_fungsional/ajuan")
    window = open_window(pegawai_id)
    page = window.show_group(SisterGroup.KEPEGAWAIAN)
    section = page.sections["jabatan_fungsional/ajuan"]
    assert section.model.rowCount() == len(requests) > 0
    assert "verification" in section.state_label.text()
    assert section.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    masters = {r["id_data_master"].lower() for r in requests}
    history = page.sections["jabatan_fungsional"].model
    marked = [
        r
        for r in range(history.rowCount())
        if history.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    ]
    assert {history.record_at(r).key for r in marked} == masters & {
        history.record_at(r).key for r in range(history.rowCount())
    }


def test_the_window_stays_inside_the_screen(qapp, qtbot, loop, db, open_window, stored):
    pegawai_id, _person = stored["career"]
    window = open_window(pegawai_id)
    area = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    for group in SisterGroup:
        window.show_group(group)
        qapp.processEvents()
        assert window.width() <= area.width() and window.height() <= area.height()
    # A long history scrolls inside its table instead of growing the page, and uses the
    # page's height for it (not ten rows with half the page empty).
    page = window.show_group(SisterGroup.DOKUMEN)
    qapp.processEvents()
    documents = page.sections["dokumen"]
    assert documents.model.rowCount() > 50
    row = documents.table.verticalHeader().defaultSectionSize()
    assert documents.table.height() <= page.viewport().height()
    assert documents.table.height() > page.viewport().height() - 8 * row


def test_a_documents_detail_lists_no_documents_of_its_own(
    qapp, qtbot, loop, db, open_window, world
):
    """A record of the Dokumen group is a document: its detail has no "Dokumen (0)"."""
    person = srw.long_career(world)
    ids = loop.run_until_complete(srw.store_people(db, world, [person], groups=SisterGroup))
    with use_language(qapp, "id"):
        window = open_window(ids[0])
        section = window.show_group(SisterGroup.DOKUMEN).sections["dokumen"]
        table = section.table
        index = table.model().index(0, 1)
        rect = table.visualRect(index)
        window.current_page().ensureWidgetVisible(table)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        dialog = window.detail_dialog
        assert dialog is not None and dialog.isVisible()
        text = dialog.browser.toPlainText()
        assert "Dokumen (" not in text and "tidak mencantumkan dokumen" not in text
        assert dialog.shown  # its own fields are there
