"""``make_table``: the one set-up of the window's lists, with what differs said by name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from sister_desktop.ui.common.tables import make_table

pytestmark = pytest.mark.gui


def test_defaults_pick_whole_rows_one_at_a_time_without_row_numbers(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    model = QStringListModel(["a", "b"])
    view = make_table(parent, "some_table", model)
    assert view.objectName() == "some_table"
    assert view.model() is model
    assert view.parent() is parent
    assert view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert view.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert view.verticalHeader().isHidden()
    assert view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    assert not view.alternatingRowColors()
    assert not view.horizontalHeader().stretchLastSection()


def test_options_read_only_alternating_fixed_rows_and_column_sizing(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    view = make_table(
        parent,
        "log",
        QStringListModel(["a"]),
        selection=QAbstractItemView.SelectionMode.NoSelection,
        editable=False,
        alternating=True,
        row_padding=8,
        columns=QHeaderView.ResizeMode.ResizeToContents,
        stretch_last=True,
    )
    assert view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection
    assert view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert view.alternatingRowColors()
    assert view.verticalHeader().defaultSectionSize() == view.fontMetrics().height() + 8
    assert view.horizontalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    assert view.horizontalHeader().stretchLastSection()
