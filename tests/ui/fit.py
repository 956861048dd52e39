"""What a screen cuts: a table header whose title does not fit its column, an identifier cell
(NIP, NIDN, id_sdm, ...) elided, a label or a button narrower than its one-line text, a table
that runs off the right edge of its window, a closed choice list cut. Measured with each
widget's own font."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QToolButton,
    QWidget,
)

#: Column titles whose cells hold an identifier, never elided.
IDENTIFIER_COLUMNS = frozenset({"NIP", "NIDN", "NIDK", "NUPN", "NUPTK", "NIK", "id_sdm"})
#: Rows of a table checked for an elided identifier (the first screenful is what is read).
ROWS_CHECKED = 40


def _where(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 3:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisible() and widget.isVisibleTo(root) and widget.width() > 0


def cut_headers(view: QTableView) -> list[tuple[str, str, int, int]]:
    """``(table, header text, width needed, width given)`` of every shown header section whose
    text does not fit."""
    cut = []
    header = view.horizontalHeader()
    model = view.model()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    # A header whose column holds the selection draws its text bold: measure that.
    font = QFont(header.font())
    font.setBold(True)
    metrics = QFontMetrics(font)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        needed = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
        needed += margin
        if header.sectionSize(section) < needed:
            cut.append((_where(view), text, needed, header.sectionSize(section)))
    return cut


def elided_identifiers(view: QTableView) -> list[tuple[str, str, int, int]]:
    """Identifier cells of the first rows whose text is wider than its column."""
    cut = []
    header = view.horizontalHeader()
    model = view.model()
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    for section in range(header.count()):
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        if header.isSectionHidden(section) or title not in IDENTIFIER_COLUMNS:
            continue
        for row in range(min(model.rowCount(), ROWS_CHECKED)):
            text = str(model.index(row, section).data() or "")
            needed = metrics.horizontalAdvance(text) + margin
            if text and header.sectionSize(section) < needed:
                cut.append((_where(view), f"{title} {text}", needed, header.sectionSize(section)))
                break
    return cut


def off_the_edge(view: QTableView, root: QWidget) -> list[tuple[str, str, int, int]]:
    """Columns that start beyond the right edge of the window though every column of the table
    would fit in it at the width of its title: one column takes the room of the others
    ("Oleh" 640 px wide) and sends them off the window. A table with more columns than any
    window holds scrolls sideways inside itself, as it must."""
    header = view.horizontalHeader()
    model = view.model()
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = QFontMetrics(header.font())
    shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
    titles = {s: str(model.headerData(s, Qt.Orientation.Horizontal) or "") for s in shown}
    least = sum(metrics.horizontalAdvance(titles[s]) + margin for s in shown)
    window = view.window()
    right_of_window = window.mapToGlobal(QPoint(window.width(), 0)).x()
    left_of_view = view.viewport().mapToGlobal(QPoint(0, 0)).x()
    if least > right_of_window - left_of_view:
        return []
    cut = []
    for section in shown:
        left = view.viewport().mapToGlobal(QPoint(header.sectionViewportPosition(section), 0)).x()
        if left >= right_of_window:
            cut.append(
                (_where(view), f"column {titles[section]!r} off the window", left, right_of_window)
            )
    return cut


def cut_labels_and_buttons(root: QWidget) -> list[tuple[str, str, int, int]]:
    """One-line labels and push/tool buttons narrower than their text."""
    cut = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.pixmap().isNull():
            text = widget.text()
            if not text or "\n" in text or "<br" in text or "<p" in text or "<table" in text:
                continue
            if "<" in text:
                text = QTextDocumentFragment.fromHtml(text).toPlainText()
            lines = [text]
            needed = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
            if widget.contentsRect().width() + 1 < needed:
                cut.append((_where(widget), text, needed, widget.contentsRect().width()))
        elif isinstance(widget, QPushButton | QToolButton) and widget.text():
            button: QAbstractButton = widget
            hint = button.sizeHint().width()
            if button.width() + 1 < hint:
                cut.append((_where(button), button.text(), hint, button.width()))
        elif isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
            cut += _cut_choice(widget)
    return cut


def _cut_choice(combo: QComboBox) -> list[tuple[str, str, int, int]]:
    """A closed choice list whose chosen entry does not fit its box ("Menunggu (draf, disetuju")."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if field.width() + 1 < needed:
        return [(_where(combo), combo.currentText(), needed, field.width())]
    return []


def what_is_cut(root: QWidget) -> list[tuple[str, str, int, int]]:
    """Everything ``root`` shows now that does not read in full."""
    cut = cut_labels_and_buttons(root)
    for view in root.findChildren(QTableView):
        if _shown(view, root):
            cut += cut_headers(view) + elided_identifiers(view) + off_the_edge(view, root)
    return cut
