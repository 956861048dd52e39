"""Data in every list of the window as plain text, and never longer than a cell can show.

A name from SISTER or a campus file may hold HTML (``<img src="/path">`` loads a local file in
a rich-text tooltip) or be two megabytes long (a view laying it out froze for seconds). Every
table of the window draws its cells through ``PlainTextDelegate``: the text shown is cut at
``SHOWN_MAX`` characters with "…", and the tooltip is shown as the text it is, escaped and cut
at ``TOOLTIP_MAX``. ``plain_tooltip`` and ``plain_label`` do the same for a widget's own
tooltip and for a label fed by data.
"""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

#: The most characters a cell shows: far more than any column is wide.
SHOWN_MAX = 500
#: The most characters a label fed by data shows (a field of a record, word-wrapped).
LABEL_MAX = 2000
#: The most characters a tooltip shows (a long Rincian reads whole; a 2 MB name does not).
TOOLTIP_MAX = 4000


def shown(text: str, limit: int = SHOWN_MAX) -> str:
    """``text`` cut at ``limit`` characters, with "…" to say it was."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: Qt renders a tooltip that looks like HTML as
    HTML, so such a text is escaped inside a paragraph that keeps its line breaks."""
    text = shown(text, TOOLTIP_MAX)
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def plain_label(label: QLabel) -> QLabel:
    """``label`` set to show its text as plain text (a label fed by data never renders it)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class PlainTextDelegate(QStyledItemDelegate):
    """Draws a cell's text cut at ``SHOWN_MAX`` and shows its tooltip as plain text."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if len(option.text) > SHOWN_MAX:  # type: ignore[attr-defined]
            option.text = shown(option.text)  # type: ignore[attr-defined]

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event is None or event.type() != QEvent.Type.ToolTip or not index.isValid():
            return super().helpEvent(event, view, option, index)
        model: QAbstractItemModel = index.model()
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        if not isinstance(tip, str) or not tip:
            QToolTip.hideText()
            return True
        QToolTip.showText(event.globalPos(), plain_tooltip(tip), view)
        return True
