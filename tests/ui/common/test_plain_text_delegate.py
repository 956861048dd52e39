"""Data is shown as plain text everywhere: a name with HTML in a cell's tooltip or a label is
read as the text it is (an ``<img src="/path">`` never loads a file), and a 2 MB name is cut
before a view lays it out."""

from __future__ import annotations

import time

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip, QWidget

from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.ui.common.plain_text_delegate import (
    SHOWN_MAX,
    TOOLTIP_MAX,
    PlainTextDelegate,
    plain_tooltip,
)
from sister_desktop.ui.common.tables import make_table
from sister_desktop.ui.pegawai.pegawai_detail_panel import PegawaiDetailPanel

pytestmark = pytest.mark.gui

HOSTILE_NAME = '<img src="/etc/passwd"><a href="x">Budi</a> & <b>Siti</b>'
HUGE = "Nama Panjang " * 160_000  # 2 MB


def _as_qt_shows(tip: str) -> str:
    """The text a tooltip shows: Qt renders one that looks like HTML as HTML."""
    document = QTextDocument()
    if QtGui.Qt.mightBeRichText(tip):
        document.setHtml(tip)
    else:
        document.setPlainText(tip)
    return document.toPlainText()


@pytest.mark.parametrize("text", [HOSTILE_NAME, "a < b", "line one\nline <i>two</i>", "Budi"])
def test_a_tooltip_shows_the_text_as_it_is(text):
    assert _as_qt_shows(plain_tooltip(text)) == text


def test_a_huge_tooltip_is_cut_and_says_so():
    tip = plain_tooltip(HUGE)
    assert len(tip) == TOOLTIP_MAX and tip.endswith("…")


def _model(text: str) -> QStandardItemModel:
    model = QStandardItemModel(1, 1)
    item = QStandardItem(text)
    item.setToolTip(text)
    model.setItem(0, 0, item)
    return model


def test_every_table_draws_a_cut_text_and_shows_a_plain_tooltip(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    view = make_table(parent, "t", _model(HUGE))
    delegate = view.itemDelegate()
    assert isinstance(delegate, PlainTextDelegate)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, view.model().index(0, 0))
    assert len(option.text) == SHOWN_MAX and option.text.endswith("…")

    view.setModel(_model(HOSTILE_NAME))
    parent.show()
    index = view.model().index(0, 0)
    where = view.visualRect(index).center()
    event = QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where))
    assert delegate.helpEvent(event, view, QStyleOptionViewItem(), index)
    assert _as_qt_shows(QToolTip.text()) == HOSTILE_NAME
    QToolTip.hideText()


def test_a_2_mb_name_paints_without_freezing_the_table(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    view = make_table(parent, "t", _model(HUGE))
    view.resize(600, 200)
    started = time.perf_counter()
    view.grab()
    view.resizeColumnsToContents()
    print(f"2 MB cell painted and sized in {time.perf_counter() - started:.3f} s")


def test_the_pegawai_details_show_a_name_with_html_as_text(qtbot):
    panel = PegawaiDetailPanel()
    qtbot.addWidget(panel)
    panel.show_pegawai(Pegawai(id=1, nama=HOSTILE_NAME, unit_kerja="<img src='/x'>"))
    assert panel.values["nama"].text() == HOSTILE_NAME
    assert panel.values["nama"].textFormat() == Qt.TextFormat.PlainText
    assert panel.link_state.textFormat() == Qt.TextFormat.PlainText
