"""The file dialog every import and export opens: Qt's widget dialog in the program's language,
sizes and dates in its locale, columns wide enough for what they hold."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QTreeView, QWidget

from sister_desktop.texts.i18n import use_language
from sister_desktop.ui.common.file_dialogs import (
    DATE_COLUMN,
    SIZE_COLUMN,
    choose_file,
    default_folder,
    make_file_dialog,
)
from tests.ui.pegawai.pegawai_helpers import make_tab, wait_for

pytestmark = pytest.mark.gui

MODIFIED = datetime(2026, 12, 1, 14, 5)


def _folder_with_files(tmp_path):
    folder = tmp_path / "unduhan"
    folder.mkdir()
    small = folder / "pegawai.csv"
    small.write_bytes(b"x" * 595)
    stamp = MODIFIED.timestamp()
    os.utime(small, (stamp, stamp))
    return folder, small


def _labels(dialog: QFileDialog) -> list[str]:
    return [label.text().replace("&", "") for label in dialog.findChildren(QLabel) if label.text()]


def _buttons(dialog: QFileDialog) -> list[str]:
    box = dialog.findChild(QDialogButtonBox)
    return [button.text().replace("&", "") for button in box.buttons()]


def _row_of(view: QTreeView, name: str, qtbot) -> list[str]:
    model = view.model()

    def found():
        root = view.rootIndex()
        for row in range(model.rowCount(root)):
            if model.index(row, 0, root).data() == name:
                return [model.index(row, c, root).data() for c in range(model.columnCount(root))]
        return None

    qtbot.waitUntil(lambda: found() is not None, timeout=5000)
    return found()


def _assert_columns_fit(view: QTreeView, row: list[str]) -> None:
    header = view.header()
    metrics = view.fontMetrics()
    for column in (SIZE_COLUMN, DATE_COLUMN):
        assert header.sectionSize(column) >= metrics.horizontalAdvance(row[column]), row[column]


def test_open_dialog_reads_in_indonesian_with_local_dates(qapp, qtbot, tmp_path):
    folder, small = _folder_with_files(tmp_path)
    with use_language(qapp, "id"):
        parent = QWidget()
        qtbot.addWidget(parent)
        dialog = make_file_dialog(
            parent, "Impor pegawai", save=False, name_filters=["Spreadsheet (*.xlsx *.csv)"]
        )
        qtbot.addWidget(dialog)
        dialog.setDirectory(str(folder))
        dialog.show()
        labels = _labels(dialog)
        assert "Lihat di:" in labels and "Jenis berkas:" in labels and "Nama berkas:" in labels
        assert not {"Look in:", "Files of type:", "File name:"} & set(labels)
        assert set(_buttons(dialog)) == {"Buka", "Batal"}
        view = dialog.findChild(QTreeView, "treeView")
        headers = [view.model().headerData(c, view.header().orientation()) for c in range(4)]
        assert headers == ["Nama", "Ukuran", "Jenis", "Tanggal Diubah"]
        row = _row_of(view, small.name, qtbot)
        assert row[DATE_COLUMN] == "1 Des 2026 14.05"
        assert row[SIZE_COLUMN] == "595 byte"
        qtbot.waitUntil(lambda: view.isVisible())
        _assert_columns_fit(view, row)


def test_save_dialog_in_english_keeps_english_words(qapp, qtbot, tmp_path):
    folder, small = _folder_with_files(tmp_path)
    with use_language(qapp, "en"):
        parent = QWidget()
        qtbot.addWidget(parent)
        dialog = make_file_dialog(
            parent, "Export", save=True, name_filters=["CSV (*.csv)"], file_name="log.csv"
        )
        qtbot.addWidget(dialog)
        dialog.setDirectory(str(folder))
        dialog.show()
        assert set(_buttons(dialog)) == {"Save", "Cancel"}
        row = _row_of(dialog.findChild(QTreeView, "treeView"), small.name, qtbot)
        assert row[DATE_COLUMN] == "1 Dec 2026 14:05"


def test_the_import_of_the_pegawai_tab_opens_the_translated_dialog(qapp, qtbot, loop, db):
    with use_language(qapp, "id"):
        tab = make_tab(qtbot, loop, db)
        task = tab._context.tasks.spawn(tab.choose_and_import())
        dialog = loop.run_until_complete(wait_for(lambda: tab.file_dialog))
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        assert "Lihat di:" in _labels(dialog)
        dialog.reject()
        loop.run_until_complete(task)
        assert tab.file_dialog is None


def test_a_dialog_opens_in_documents_then_where_its_kind_was_last_chosen(
    qapp, qtbot, loop, tmp_path, app_home
):
    """Not the program's folder: Documents at first; after an XLSX was saved into a folder,
    the next XLSX save opens there, while a CSV import still opens in Documents. The folder
    outlives a restart: a new process opens there too, until the folder is gone."""
    parent = QWidget()
    qtbot.addWidget(parent)

    def xlsx_save():
        return make_file_dialog(
            parent, "Export", save=True, name_filters=["Excel (*.xlsx)"], file_name="log.xlsx"
        )

    first = xlsx_save()
    assert Path(first.directory().absolutePath()) == default_folder()
    chosen = tmp_path / "laporan"
    chosen.mkdir()

    async def save_into_folder():
        waiting = asyncio.ensure_future(choose_file(first))
        await asyncio.sleep(0.05)
        first.selectFile(str(chosen / "log.xlsx"))
        first.accept()
        return await waiting

    assert loop.run_until_complete(save_into_folder()) == chosen / "log.xlsx"
    again = xlsx_save()
    qtbot.addWidget(again)
    assert Path(again.directory().absolutePath()) == chosen
    other = make_file_dialog(parent, "Impor", save=False, name_filters=["CSV (*.csv)"])
    qtbot.addWidget(other)
    assert Path(other.directory().absolutePath()) == default_folder()

    settings = (app_home / "config" / "window.ini").read_text()
    assert "last_folder" in settings and str(chosen) in settings
    assert _start_folder_in_new_process("save:*.xlsx") == chosen
    assert _start_folder_in_new_process("open:*.csv") == default_folder()
    chosen.rmdir()
    assert _start_folder_in_new_process("save:*.xlsx") == default_folder()


def _start_folder_in_new_process(kind: str) -> Path:
    """Where a dialog of ``kind`` opens in a program started afresh (same settings folder)."""
    code = (
        "from sister_desktop.ui.common.file_dialogs import start_folder\n"
        f"print(start_folder({kind!r}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[3])},
    )
    return Path(done.stdout.strip())
