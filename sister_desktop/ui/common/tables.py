"""One set-up for the window's read-only lists (QTableView): rows are picked whole, one at a
time, without the row-number column. What differs from table to table (alternating colours,
a fixed row height, how columns size) is said by name at the call.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from sister_desktop.ui.common.plain_text_delegate import PlainTextDelegate


def make_table(
    parent: QWidget | None,
    name: str,
    model: QAbstractItemModel | None = None,
    *,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
    editable: bool = True,
    alternating: bool = False,
    row_padding: int | None = None,
    columns: QHeaderView.ResizeMode | None = None,
    stretch_last: bool = False,
) -> QTableView:
    """A ``QTableView`` named ``name`` (tests and screenshots find it by it) showing ``model``.

    ``editable=False`` turns off in-place editing; ``row_padding`` fixes the row height at the
    font's height plus that many pixels; ``columns`` is the resize mode of every column.
    """
    view = QTableView(parent)
    view.setObjectName(name)
    # Data drawn as plain text, cut before it reaches the painter (see PlainTextDelegate).
    view.setItemDelegate(PlainTextDelegate(view))
    if model is not None:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    if not editable:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternating)
    view.verticalHeader().hide()
    if row_padding is not None:
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + row_padding)
    header = view.horizontalHeader()
    if columns is not None:
        header.setSectionResizeMode(columns)
    header.setStretchLastSection(stretch_last)
    return view


def widen_to_titles(view: QTableView) -> None:
    """Make every column at least as wide as its title in this language, drawn bold (the
    selected row's columns) with room for the sort arrow: a starting width set in pixels for
    English must not cut "Cocok berdasarkan"."""
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    bold = QFont(header.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    style = header.style()
    room = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    room += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    for column in range(header.count()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = max((metrics.horizontalAdvance(line) for line in title.splitlines()), default=0)
        if header.sectionSize(column) < needed + room:
            header.resizeSection(column, needed + room)
