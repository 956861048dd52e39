"""Run CPU-heavy pure functions (matching 20,000 people, indexing the SDM list) off the loop.

A plain ``ThreadPoolExecutor`` rather than the loop's default executor (under qasync a pool of
``QThread`` objects). The garbage collector is paused while a job runs: a collection triggered
by the job's allocations would otherwise run in the worker thread and could finalise Qt objects
there, which Qt forbids ("Timers cannot be stopped from another thread"). The main thread
collects as usual afterwards.
"""

from __future__ import annotations

import asyncio
import functools
import gc
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

_pool: ThreadPoolExecutor | None = None


def _executor() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sister-desktop-cpu")
    return _pool


def _without_gc(call: Callable[[], T]) -> T:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return call()
    finally:
        if was_enabled:
            gc.enable()


async def run_cpu(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``await run_cpu(f, x)`` = ``f(x)`` computed in a worker thread; the loop keeps turning."""
    call = functools.partial(function, *args, **kwargs)
    return await asyncio.get_running_loop().run_in_executor(_executor(), _without_gc, call)
