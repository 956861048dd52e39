"""Glue between Qt signals and asyncio coroutines on the one qasync loop.

Slots stay one line (``self._tasks.spawn(self.do_thing())``) and the real work is a plain
coroutine method that tests can await directly.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from PySide6.QtWidgets import QDialog

log = logging.getLogger(__name__)


class TaskKeeper:
    """Holds strong references to background tasks so none is garbage-collected mid-flight.

    A task that fails hands its exception to the loop's exception handler (the crash dialog);
    cancellation is normal and silent.
    """

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(
        self, coro: Coroutine[Any, Any, Any], *, name: str | None = None
    ) -> asyncio.Task[Any]:
        # Named after the coroutine, so an error report says which piece of work failed.
        name = name or getattr(coro, "__qualname__", None)
        task = asyncio.get_event_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

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
