"""Glue between Qt signals and asyncio coroutines on the one qasync loop.

Slots stay one line (``self._tasks.spawn(self.do_thing())``) and the real work is a plain
coroutine method that tests can await directly.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine, Hashable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

log = logging.getLogger(__name__)

T = TypeVar("T")


class TaskKeeper:
    """Holds strong references to background tasks so none is garbage-collected mid-flight.

    A task that fails hands its exception to the loop's exception handler (the crash dialog);
    cancellation is normal and silent.
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        #: The number of the latest load asked for, per key (see ``spawn_latest``).
        self._latest: dict[Hashable, int] = {}

    def spawn(
        self, coro: Coroutine[Any, Any, Any], *, name: str | None = None
    ) -> asyncio.Task[Any]:
        # Named after the coroutine, so an error report says which piece of work failed.
        name = name or getattr(coro, "__qualname__", None)
        task = asyncio.get_event_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def spawn_latest(
        self, key: Hashable, work: Awaitable[T], show: Callable[[T], None]
    ) -> asyncio.Task[bool]:
        """Load with ``work`` and ``show`` the result, unless a newer load for ``key`` came since.

        For loads driven by a click (a run, an employee, a search): clicking a large item and
        then a small one must not end with the large one's data under the small one's title when
        the large load finishes last. The earlier load is not cancelled (a database query cut
        off midway is worse than one that is thrown away); its result is simply not shown.
        ``key`` names one place on screen; the caller makes it unique to its widget.
        """
        serial = self._next_serial(key)
        return self.spawn(self._show_if_latest(key, serial, work, show), name=f"latest {key}")

    async def run_latest(
        self, key: Hashable, work: Awaitable[T], show: Callable[[T], None]
    ) -> bool:
        """``spawn_latest`` awaited in place (a refresh that ends by showing a selection)."""
        return await self._show_if_latest(key, self._next_serial(key), work, show)

    def _next_serial(self, key: Hashable) -> int:
        serial = self._latest.get(key, 0) + 1
        self._latest[key] = serial
        return serial

    async def _show_if_latest(
        self, key: Hashable, serial: int, work: Awaitable[T], show: Callable[[T], None]
    ) -> bool:
        result = await work
        if self._latest.get(key) != serial:
            return False
        owner = getattr(show, "__self__", None)
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return False  # its widget was closed and deleted meanwhile: nowhere to show it
        show(result)
        return True

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            task.get_loop().call_exception_handler(
                {"message": f"Task {task.get_name()} failed", "exception": exc, "task": task}
            )

    @property
    def running(self) -> int:
        return len(self._tasks)

    async def wait_idle(self) -> None:
        """Wait until every spawned task (including ones spawned meanwhile) is done."""
        while self._tasks:
            await asyncio.wait(set(self._tasks))

    async def cancel_all(self) -> None:
        tasks = set(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


def dialog_result(dialog: QDialog) -> asyncio.Future[int]:
    """Open ``dialog`` window-modally with ``open()`` and return a future of its result code.

    Never ``exec()`` inside a coroutine: a nested event loop would re-enter the asyncio loop.
    """
    future: asyncio.Future[int] = asyncio.get_event_loop().create_future()

    def _on_finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(_on_finished)
    dialog.open()
    return future
