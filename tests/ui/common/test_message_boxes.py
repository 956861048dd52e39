"""``ask`` and ``inform``: plain text, the safe answer by default, the box handed to its owner."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from sister_desktop.ui.common.message_boxes import ask, inform

pytestmark = pytest.mark.gui

#: What SISTER may say, or a name may hold: markup if read as rich text.
MARKUP = "Dr. <b>Budi</b> & Rekan"


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _ask(parent: QWidget, held: list[QMessageBox | None]):
    return asyncio.ensure_future(
        ask(
            parent,
            name="question",
            title="Hapus?",
            text=MARKUP,
            yes="Hapus",
            no="Batal",
            shown=held.append,
        )
    )


async def _open_box(held: list[QMessageBox | None]) -> QMessageBox:
    while not held or held[-1] is None or not held[-1].isVisible():
        await asyncio.sleep(0.01)
    box = held[-1]
    assert box is not None
    return box


def test_ask_shows_plain_text_and_enter_gives_the_safe_answer(loop, parent):
    held: list[QMessageBox | None] = []

    async def scenario() -> bool:
        answer = _ask(parent, held)
        box = await _open_box(held)
        assert box.objectName() == "question"
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert box.text() == MARKUP
        assert box.defaultButton().text() == "Batal"
        assert box.escapeButton().text() == "Batal"
        QTest.keyClick(box, Qt.Key.Key_Return)
        return await answer

    assert loop.run_until_complete(scenario()) is False
    assert held[-1] is None  # the owner lets go of the closed box


def test_ask_is_true_only_for_the_yes_button(loop, parent, qtbot):
    held: list[QMessageBox | None] = []

    async def scenario() -> bool:
        answer = _ask(parent, held)
        box = await _open_box(held)
        yes = next(b for b in box.buttons() if b.text() == "Hapus")
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
        return await answer

    assert loop.run_until_complete(scenario()) is True


def test_ask_with_qt_standard_buttons(loop, parent, qtbot):
    held: list[QMessageBox | None] = []

    async def scenario() -> bool:
        answer = asyncio.ensure_future(
            ask(
                parent,
                name="q",
                title="t",
                text="x",
                yes=QMessageBox.StandardButton.Yes,
                no=QMessageBox.StandardButton.No,
                shown=held.append,
            )
        )
        box = await _open_box(held)
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        return await answer

    assert loop.run_until_complete(scenario()) is True


def test_inform_is_plain_and_open_with_one_button(parent):
    box = inform(parent, name="notice", title="Info", text=MARKUP, warning=True, keep=True)
    assert box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.icon() == QMessageBox.Icon.Warning
    assert [b.text() for b in box.buttons()] == ["OK"]
    box.close()
