"""The one worker pool: ``settle`` returns only once every thread has let go of its jobs."""

from __future__ import annotations

import threading
import weakref

from sister_desktop.cpu_worker import worker_pool


class _Held:
    """Stands for what a job's item holds: its future's callbacks, and through them a loop."""


def test_settle_returns_once_every_thread_has_released_what_its_job_held():
    pool = worker_pool()
    started, release = threading.Event(), threading.Event()

    def job(_held: _Held) -> None:
        started.set()
        release.wait(10)

    held = _Held()
    ref = weakref.ref(held)
    pool.submit(job, held)
    del held
    assert started.wait(10)
    timer = threading.Timer(0.2, release.set)
    timer.start()
    try:
        assert pool.settle(timeout=10)
    finally:
        timer.join()
    # Freed by the worker before it reached the barrier: no later job ends it there.
    assert ref() is None


def test_settle_says_so_when_a_job_does_not_end_in_time():
    pool = worker_pool()
    release = threading.Event()
    pool.submit(release.wait, 10)
    try:
        assert not pool.settle(timeout=0.2)
    finally:
        release.set()
    assert pool.settle(timeout=10)


def test_a_finished_job_keeps_no_reference_to_its_exception(loop):
    """An exception raised again on the loop's thread gathers the loop's frames (widgets,
    dialogs): nothing the worker's job holds may keep it, or the worker would free them. The
    loop's own future, awaited on the loop's thread, may."""
    import asyncio
    import gc
    import types

    from sister_desktop.cpu_worker import run_cpu

    class Refused(Exception):
        pass

    def refuse() -> None:
        raise Refused

    holders: list[str] = []

    async def scenario() -> None:
        try:
            await run_cpu(refuse)
        except Refused as exc:
            holders.extend(
                type(r).__name__
                for r in gc.get_referrers(exc)
                if not isinstance(
                    r,
                    types.FrameType | types.TracebackType | types.CoroutineType | asyncio.Future,
                )
            )

    loop.run_until_complete(scenario())
    assert holders == []


def test_a_thread_job_keeps_no_reference_to_its_exception(loop):
    """``asyncio.to_thread`` lands on the same pool and takes the same box: the worker's
    concurrent future ends with the emptied box, never with the exception."""
    import asyncio
    import gc
    import types

    class Refused(Exception):
        pass

    def refuse() -> None:
        raise Refused

    holders: list[str] = []

    async def scenario() -> None:
        try:
            await asyncio.to_thread(refuse)
        except Refused as exc:
            holders.extend(
                type(r).__name__
                for r in gc.get_referrers(exc)
                if not isinstance(
                    r,
                    types.FrameType | types.TracebackType | types.CoroutineType | asyncio.Future,
                )
            )

    loop.run_until_complete(scenario())
    assert holders == []


def test_a_thread_job_gives_its_result_and_a_plain_submit_a_concurrent_future(loop):
    import asyncio
    import concurrent.futures

    async def scenario() -> int:
        return await asyncio.to_thread(lambda: 41 + 1)

    assert loop.run_until_complete(scenario()) == 42

    async def from_the_loop() -> bool:
        handed = worker_pool().submit(lambda: 1)
        await handed
        return asyncio.isfuture(handed)

    # From a loop's thread the pool hands over through the loop's own future (the box route).
    assert loop.run_until_complete(from_the_loop())
    plain = worker_pool().submit(lambda: 7)
    assert isinstance(plain, concurrent.futures.Future)
    assert plain.result(10) == 7
