"""Every text a screen can show: button and label texts, tab names and their tooltips, group
titles, table and tree headers, placeholders, tooltips, menu entries, window titles and the
items of fixed choice lists. What a table's cells hold is the operator's data, not read here."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)


def _headers(model: QAbstractItemModel) -> Iterator[str]:
    for section in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(text, str):
                yield text


def _own_texts(widget: QWidget) -> Iterator[str]:
    yield widget.toolTip()
    if widget.isWindow():
        yield widget.windowTitle()
    for action in widget.actions():
        yield action.text()
        yield action.toolTip()
    if isinstance(widget, QAbstractButton | QLabel):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield widget.tabText(index)
            yield widget.tabToolTip(index)
    elif isinstance(widget, QMenu):
        yield widget.title()
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        for index in range(widget.count()):
            yield widget.itemText(index)
    elif isinstance(widget, QListWidget):
        for row in range(widget.count()):
            yield widget.item(row).text()
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
        model = widget.model()
        if model is not None:
            yield from _headers(model)


def _where(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 3:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def shown_texts(root: QWidget, *, skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """``(where, text)`` of every text ``root`` and the widgets in it carry, shown now or when
    they are shown (a hidden error line counts). ``skip`` names widgets (objectName) whose
    texts are meant to be in both languages, with everything inside them."""
    found: list[tuple[str, str]] = []
    skipped = [w for name in skip for w in root.findChildren(QWidget, name)]

    def inside_skipped(widget: QWidget) -> bool:
        return any(s is widget or s.isAncestorOf(widget) for s in skipped)

    for widget in [root, *root.findChildren(QWidget)]:
        if inside_skipped(widget):
            continue
        found += [(_where(widget), text) for text in _own_texts(widget) if text and text.strip()]
    return found
