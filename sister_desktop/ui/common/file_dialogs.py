"""The one way the program asks for a file: Qt's own dialog, in the program's language.

Every import and export goes through ``choose_file``. The platform's dialog would follow the
computer's language (often English on a campus laptop) whatever the operator chose, so the
program always uses Qt's widget dialog, translated by our ``qtbase`` catalogue. Qt's file
list formats sizes and dates with the *system* locale ("1 12 2026", "595 bytes") in columns cut
to a fixed width; ``_LocaleFileProxy`` shows them in the chosen language ("1 Des 2026 14.05")
and the columns are sized to what they hold.

A dialog opens in the folder where a file of its kind (opened or saved, and its file types)
was last chosen, else in the operator's Documents folder: never in the program's own folder,
which is where a frozen program starts. The folders are kept in the window's settings file
(``window.ini`` in the settings folder, beside the window's size), so they outlive a restart;
they belong to this computer, not to the database a campus may share.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFileSystemModel,
    QHeaderView,
    QTreeView,
    QWidget,
)

from sister_desktop.config import app_paths
from sister_desktop.texts.locale_format import format_short_datetime
from sister_desktop.ui.common.async_helpers import dialog_result

Index = QModelIndex | QPersistentModelIndex

#: QFileSystemModel's columns.
SIZE_COLUMN = 1
DATE_COLUMN = 3
#: Room for "Lembar sebar Excel 2007"-long types and the file names beside them.
_MIN_WIDTH = 820
_MIN_HEIGHT = 480
#: The dialog's property naming its kind (where its folder is remembered).
KIND_PROPERTY = "file_kind"
#: The settings file's group holding the folder each kind of file was last chosen in.
FOLDERS_GROUP = "last_folder"


def default_folder() -> Path:
    """The operator's Documents folder (the home folder where there is none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents else Path.home()
    return folder if folder.is_dir() else Path.home()


def file_kind(save: bool, name_filters: Sequence[str], default_suffix: str | None) -> str:
    """Open or save, and the file types: an XLSX export and a CSV import are kinds apart."""
    patterns = sorted(set(re.findall(r"\*\.\w+", " ".join(name_filters))))
    types = ",".join(patterns) or default_suffix or "folder"
    return f"{'save' if save else 'open'}:{types}"


def _folders() -> QSettings:
    """The window's settings file, read afresh (another window of the program may have
    written it); a file that cannot be read or written only loses the folders."""
    return QSettings(str(app_paths().window_settings_file), QSettings.Format.IniFormat)


def _key(kind: str) -> str:
    """``save:*.xlsx`` -> ``last_folder/save_xlsx``: an INI key of letters and underscores."""
    return f"{FOLDERS_GROUP}/" + re.sub(r"[^0-9A-Za-z]+", "_", kind).strip("_")


def remember_folder(kind: str, folder: Path) -> None:
    """Keep ``folder`` as where the next dialog of ``kind`` opens, in this run and the next."""
    settings = _folders()
    settings.setValue(_key(kind), str(folder))
    settings.sync()


def start_folder(kind: str) -> Path:
    """Where a dialog of ``kind`` opens: its last folder if it still exists, else Documents."""
    saved = _folders().value(_key(kind))
    last = Path(saved) if isinstance(saved, str) and saved else None
    return last if last is not None and last.is_dir() else default_folder()


class _LocaleFileProxy(QIdentityProxyModel):
    """The file list with sizes and modification times in the program's locale."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.column() in (SIZE_COLUMN, DATE_COLUMN):
            source = self.sourceModel()
            if isinstance(source, QFileSystemModel):
                info = source.fileInfo(self.mapToSource(index))
                if index.column() == DATE_COLUMN:
                    modified: QDateTime = info.lastModified()
                    if not modified.isValid():
                        return ""
                    moment = modified.toPython()
                    return format_short_datetime(moment) if isinstance(moment, datetime) else ""
                if info.isDir():
                    return ""
                return QLocale().formattedDataSize(info.size())
        return super().data(index, role)


def make_file_dialog(
    parent: QWidget,
    title: str,
    *,
    save: bool,
    name_filters: Sequence[str],
    file_name: str | None = None,
    default_suffix: str | None = None,
) -> QFileDialog:
    """A dialog to open (``save=False``: an existing file) or save a file, not yet shown."""
    dialog = QFileDialog(parent.window(), title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setProxyModel(_LocaleFileProxy(dialog))
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(list(name_filters))
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    kind = file_kind(save, name_filters, default_suffix)
    dialog.setProperty(KIND_PROPERTY, kind)
    dialog.setDirectory(str(start_folder(kind)))
    if file_name:
        dialog.selectFile(file_name)
    dialog.resize(max(dialog.sizeHint().width(), _MIN_WIDTH), max(dialog.height(), _MIN_HEIGHT))
    _fit_columns(dialog)
    return dialog


def _fit_columns(dialog: QFileDialog) -> None:
    """Name takes the room left; size, type and date are as wide as what they hold."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, header.count()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


async def choose_file(
    dialog: QFileDialog, shown: Callable[[QFileDialog | None], None] | None = None
) -> Path | None:
    """Show ``dialog`` (never ``exec()``) and return the chosen file, ``None`` on cancel.

    ``shown`` is told the dialog while it is open and ``None`` after, for a caller that keeps
    a reference (tests reach the open dialog through it). The dialog is deleted afterwards.
    """
    if shown is not None:
        shown(dialog)
    try:
        accepted = await dialog_result(dialog) == QFileDialog.DialogCode.Accepted
        files = dialog.selectedFiles()
        kind = dialog.property(KIND_PROPERTY)
        folders_only = dialog.fileMode() == QFileDialog.FileMode.Directory
    finally:
        if shown is not None:
            shown(None)
        dialog.deleteLater()
    if not (accepted and files):
        return None
    chosen = Path(files[0])
    if isinstance(kind, str):
        remember_folder(kind, chosen if folders_only else chosen.parent)
    return chosen
