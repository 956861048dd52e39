"""The process's one pool of worker threads: CPU-heavy pure functions (matching 20,000 people,
indexing the SDM list, writing an export) and every ``asyncio.to_thread`` run here.

Every host installs it as its loop's default executor (``host/runtime.py``), so
``asyncio.to_thread`` (the import's batches, the keyring, the backup, the demo server) never
lands on qasync's pool of ``QThread`` objects. The pool outlives any one loop: a command run in
a process that runs others (the tests, the window's own checks) must not find it shut down.

No garbage collection runs here: every process with a Qt application collects on its main
thread only (``host/main_thread_gc.py``), since a collection in a worker thread could free Qt
objects there, which Qt forbids.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar, cast

T = TypeVar("T")

#: Two threads: one blocking call (a keyring prompt, a slow disk) never holds up the CPU work.
WORKERS = 2
THREAD_PREFIX = "sister-desktop-worker"


class _ProcessPool(ThreadPoolExecutor):
    """A pool that a closing loop cannot shut down (``loop.close`` shuts its default executor
    down); its threads end with the interpreter, which joins them at exit.

    A job submitted from a running loop's thread (``run_in_executor``, ``asyncio.to_thread``,
    ``run_cpu``) hands its outcome over in a box the loop's thread empties: the job's
    concurrent future keeps only the emptied box, never the exception. An exception raised
    again on the loop's thread gathers the frames it passes through (a widget's ``self``, a
    dialog) in its traceback; held by the worker's finished job until the worker let go of it,
    it would free those Qt objects in the worker thread (the crash at ``del work_item``)."""

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        return None

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Any:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not from a loop: a plain concurrent future
            return super().submit(fn, *args, **kwargs)
        outcome: asyncio.Future[T] = loop.create_future()
        # The worker thread only ever holds the hand-over cell; the loop's thread takes the
        # loop's future out of it, so the last reference to that future (and to an exception
        # with the loop's frames in its traceback) never drops in a worker.
        cell: list[Any] = [outcome]
        del outcome
        job = super().submit(_boxed, functools.partial(fn, *args, **kwargs))
        job.add_done_callback(functools.partial(_hand_over, loop, cell))
        return cell[0]

    def settle(self, timeout: float = 60.0) -> bool:
        """Wait until every job submitted so far has ended and its thread has let go of it.

        A job's work item holds its future, whose callbacks hold the loop that awaited it. A
        loop about to be closed settles the pool first: otherwise a job still running when
        its loop ends drops the last reference to a qasync loop in a worker thread, which
        destroys the loop's Qt timers there (Qt forbids it: a crash at ``del work_item``).
        One barrier job per thread: each thread reaches the barrier only after the jobs
        queued before it, and only once it has released the item it ran last. False when a
        job did not end within ``timeout``."""
        barrier = threading.Barrier(WORKERS)
        jobs = [super(_ProcessPool, self).submit(barrier.wait, timeout) for _ in range(WORKERS)]
        done, _ = concurrent.futures.wait(jobs, timeout)
        return len(done) == WORKERS and all(job.exception() is None for job in jobs)


def _hand_over(
    loop: asyncio.AbstractEventLoop, cell: list[Any], job: concurrent.futures.Future[Any]
) -> None:
    """In the worker: ask the loop's thread to empty the box into the loop's future."""
    with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody awaits it
        loop.call_soon_threadsafe(_unbox, cell, job)


def _unbox(cell: list[Any], job: concurrent.futures.Future[Any]) -> None:
    """On the loop's thread: empty the job's box into the loop's future."""
    outcome: asyncio.Future[Any] = cell.pop()
    box = job.result()
    ok, value = box
    box.clear()
    if outcome.cancelled():
        return
    if ok:
        outcome.set_result(value)
    else:
        outcome.set_exception(value)


_pool: _ProcessPool | None = None


def worker_pool() -> _ProcessPool:
    """The one pool, created on first use."""
    global _pool
    if _pool is None:
        _pool = _ProcessPool(max_workers=WORKERS, thread_name_prefix=THREAD_PREFIX)
    return _pool


def _boxed(call: Callable[[], Any]) -> list[Any]:
    """The call's outcome in a box the loop's thread empties (see ``run_cpu``)."""
    try:
        return [True, call()]
    except BaseException as exc:  # raised again on the loop's thread
        return [False, exc]


async def run_cpu(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``await run_cpu(f, x)`` = ``f(x)`` computed in a worker thread; the loop keeps turning.

    The outcome comes back through the pool's box (``_ProcessPool.submit``), so the worker's
    finished job keeps no reference to it."""
    call = functools.partial(function, *args, **kwargs)
    return cast(T, await asyncio.get_running_loop().run_in_executor(worker_pool(), call))
