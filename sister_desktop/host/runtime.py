"""One way every process of the program starts: the Qt application its host needs, the
translators of the run's language, the loop, the one worker pool as the loop's default
executor, and the garbage collector on the main thread.

The window (``app.run_gui``), every sub-command (``cli/runtime.run_command``), the screenshots
and the benchmarks all come through :func:`hosted`, so none of them can forget the collector or
let ``asyncio.to_thread`` land on qasync's pool of ``QThread`` objects.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

os.environ.setdefault("QT_API", "pyside6")  # before qasync is imported

from PySide6.QtCore import QCoreApplication

from sister_desktop.cpu_worker import worker_pool
from sister_desktop.host.main_thread_gc import MainThreadGarbageCollector
from sister_desktop.texts.i18n import install_translators, remove_translators

T = TypeVar("T")


class QtNeed(Enum):
    """How much of Qt a host needs."""

    #: Translations only (a command that prints): ``QCoreApplication``, a plain asyncio loop.
    CORE = "core"
    #: Painting with Qt's fonts (a PDF) but no window: ``QGuiApplication`` (offscreen where no
    #: display is set), a plain asyncio loop.
    PAINT = "paint"
    #: Windows: ``QApplication`` and the qasync loop that runs asyncio on Qt's event loop.
    WINDOWS = "windows"


@dataclass
class Host:
    """The started process: its Qt application and its loop. ``run`` drives the host's main
    coroutine to its end."""

    app: QCoreApplication
    loop: asyncio.AbstractEventLoop
    collector: MainThreadGarbageCollector
    _runner: asyncio.Runner | None

    def run(self, main: Coroutine[Any, Any, T]) -> T:
        """Run ``main`` to its end. On a plain loop, Ctrl+C cancels it and then raises
        ``KeyboardInterrupt`` (as ``asyncio.run`` does); the window's loop is ended by the
        window."""
        if self._runner is not None:
            return self._runner.run(main)
        return self.loop.run_until_complete(main)


def application(qt: QtNeed) -> QCoreApplication:
    """The process's Qt application of the kind ``qt`` needs (the one that exists, if any)."""
    existing = QCoreApplication.instance()
    if existing is not None:
        return existing
    argv = [sys.argv[0]] if sys.argv and sys.argv[0] else ["sister-desktop"]
    if qt is QtNeed.WINDOWS:
        from PySide6.QtWidgets import QApplication

        return QApplication(argv)
    if qt is QtNeed.PAINT:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QGuiApplication

        return QGuiApplication(argv)
    return QCoreApplication(argv)


@contextlib.contextmanager
def hosted(language: str, qt: QtNeed = QtNeed.CORE) -> Iterator[Host]:
    """Start the process's Qt application, translators, loop, executor and collector; undo
    them in reverse order at the end of the block (a command run in a process that runs
    others leaves the application as it found it)."""
    app = application(qt)
    translators = install_translators(app, language)
    collector = MainThreadGarbageCollector()
    runner: asyncio.Runner | None = None
    loop: asyncio.AbstractEventLoop
    if qt is QtNeed.WINDOWS:
        import qasync
        from PySide6.QtWidgets import QApplication

        # The host ends its loop when its main coroutine ends (the window: after its shutdown
        # checks), never Qt when the last window closes: a closed window would stop the loop
        # under a coroutine still running ("Event loop stopped before Future completed").
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
    else:
        loop = asyncio.new_event_loop()
        runner = asyncio.Runner(loop_factory=lambda: loop)
    loop.set_default_executor(worker_pool())
    collector.attach(loop)
    try:
        yield Host(app, loop, collector, runner)
    finally:
        try:
            if runner is not None:
                runner.close()
            elif not loop.is_closed():
                _close(loop)
        finally:
            collector.stop()
            remove_translators(app, translators)


def _close(loop: asyncio.AbstractEventLoop) -> None:
    """End the window's loop as ``asyncio.run`` ends its own: what is left is cancelled and
    awaited, the async generators closed."""
    pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    # The loop's last reference must go on this thread, not with a worker's finished job.
    worker_pool().settle()
    loop.close()
