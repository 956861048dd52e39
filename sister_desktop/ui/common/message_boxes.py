"""The window's message boxes: ``ask`` a question, ``inform`` of an outcome.

Both show their text as plain text: what they say often carries SISTER's own messages and
people's names, which may hold ``<`` or ``&`` and must not be read as markup. ``ask`` makes
the safe answer (keep, don't delete, later) the default and the Escape answer, so a hurried
Enter never does the irreversible thing. Both open window-modally through ``open()``: never
``exec()`` inside a coroutine (see ``dialog_result``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from sister_desktop.ui.common.async_helpers import dialog_result


def message_box(
    parent: QWidget | None,
    *,
    name: str,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
) -> QMessageBox:
    """A plain-text message box with its object name (tests and screenshots find it by it)."""
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


async def ask(
    parent: QWidget | None,
    *,
    name: str,
    title: str,
    text: str,
    yes: str | QMessageBox.StandardButton,
    no: str | QMessageBox.StandardButton,
    informative: str = "",
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    shown: Callable[[QMessageBox | None], None] | None = None,
) -> bool:
    """Ask; True only when the operator chose ``yes``. ``no`` is the default and Escape.

    ``shown`` is told the box while it is open and ``None`` after, for a caller that keeps a
    handle on its open box (a test clicks it; closing the window closes it). ``yes`` and
    ``no`` are our own words, or Qt's standard buttons (Ya, Tidak, Batal from its catalogue).
    """
    box = message_box(parent, name=name, icon=icon, title=title, text=text, informative=informative)
    yes_button = _add(box, yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = _add(box, no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    if shown is not None:
        shown(box)
    try:
        await dialog_result(box)
        return box.clickedButton() is yes_button
    finally:
        if shown is not None:
            shown(None)
        box.deleteLater()


def _add(
    box: QMessageBox, button: str | QMessageBox.StandardButton, role: QMessageBox.ButtonRole
) -> QPushButton:
    if isinstance(button, QMessageBox.StandardButton):
        return box.addButton(button)
    return box.addButton(button, role)


def inform(
    parent: QWidget | None,
    *,
    name: str,
    title: str,
    text: str,
    informative: str = "",
    warning: bool = False,
    keep: bool = False,
) -> QMessageBox:
    """Open a plain-text notice with one OK button; it deletes itself when closed.

    Returned open, so a caller may ``await dialog_result(box)``; with ``keep`` it outlives its
    closing (a caller that reads it afterwards, as a test does, deletes it with its parent).
    """
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = message_box(parent, name=name, icon=icon, title=title, text=text, informative=informative)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, not keep)
    box.open()
    return box
