"""Every host starts the same way: the worker pool is the loop's default executor, and no
garbage collection ever runs off the main thread, whatever the jobs in the workers allocate."""

from __future__ import annotations

import asyncio
import gc
import re
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import sister_desktop
from sister_desktop.cpu_worker import THREAD_PREFIX, run_cpu, worker_pool
from sister_desktop.host.main_thread_gc import INTERVAL_S
from sister_desktop.host.runtime import QtNeed, hosted

ROOT = Path(sister_desktop.__file__).parent.parent
JOBS = 300


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def _allocate() -> str:
    """A job whose allocations trip the collector's threshold several times over."""
    for _ in range(2_000):
        _Cycle()
    return threading.current_thread().name


@pytest.fixture
def collections() -> Iterator[list[str]]:
    """The thread of every collection that starts, with collection switched on as a process
    without the tests' own collector starts."""
    threads: list[str] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    was_enabled = gc.isenabled()
    gc.enable()
    gc.callbacks.append(note)
    try:
        yield threads
    finally:
        gc.callbacks.remove(note)
        if not was_enabled:
            gc.disable()


def test_a_collection_in_a_worker_is_seen(collections):
    """The check can fail: collection on and no host, the jobs' own allocations collect in the
    worker thread (the route of the crash at ``del work_item``)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bare") as pool:
        for _ in range(50):
            pool.submit(_allocate).result()
    assert any(name.startswith("bare") for name in collections)


@pytest.mark.parametrize("qt", list(QtNeed))
def test_no_host_collects_off_the_main_thread(qapp, collections, qt):
    async def main() -> tuple[set[str], set[str]]:
        cpu = {await run_cpu(_allocate) for _ in range(JOBS)}
        threaded = {await asyncio.to_thread(_allocate) for _ in range(20)}
        # Long enough for the main-thread collector to have run at least once.
        await asyncio.sleep(INTERVAL_S * 1.5)
        return cpu, threaded

    with hosted("en", qt) as host:
        assert not gc.isenabled()
        assert host.app is qapp
        cpu, threaded = host.run(main())
    main_thread = threading.main_thread().name
    assert collections, "the collector never ran"
    assert set(collections) == {main_thread}
    # asyncio.to_thread landed on the one pool, never on qasync's QThread pool.
    assert all(name.startswith(THREAD_PREFIX) for name in cpu | threaded)


def test_the_pool_outlives_a_host(qapp):
    for qt in (QtNeed.CORE, QtNeed.WINDOWS):
        with hosted("en", qt) as host:
            host.run(asyncio.sleep(0))
    assert worker_pool().submit(threading.current_thread).result().name.startswith(THREAD_PREFIX)


def test_a_host_leaves_the_collector_as_it_found_it(qapp):
    before = gc.isenabled()
    with hosted("en", QtNeed.CORE) as host:
        host.run(asyncio.sleep(0))
        assert not gc.isenabled()
    assert gc.isenabled() == before


#: Building a Qt application or a loop for Qt belongs to host/runtime.py alone.
_OWN_START = re.compile(
    r"\b(QApplication|QGuiApplication|QCoreApplication)\(|QEventLoop\(|MainThreadGarbageCollector\("
)


def test_every_entry_point_starts_through_the_host():
    places = [
        *sorted((ROOT / "sister_desktop").rglob("*.py")),
        *sorted((ROOT / "packaging").glob("*.py")),
        *sorted((ROOT / "tests" / "benchmarks").glob("*.py")),
    ]
    assert len(places) > 100
    allowed = {
        ROOT / "sister_desktop" / "host" / "runtime.py",
        # A build step: paints the icons, runs no loop and imports nothing of the package.
        ROOT / "packaging" / "make_icons.py",
    }
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in places
        if path not in allowed
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _OWN_START.search(line)
    ]
    assert found == []


def test_a_window_host_runs_on_after_its_last_window_closes(qapp):
    """A window closed while the host's coroutine runs (a benchmark's page, a screenshot's
    dialog) does not stop the loop under it: the host ends its loop, not Qt's last close."""
    from PySide6.QtWidgets import QWidget

    async def main() -> str:
        window = QWidget()
        window.show()
        await asyncio.sleep(0.01)
        window.close()
        await asyncio.sleep(0.05)
        return "ended by the host"

    qapp.setQuitOnLastWindowClosed(True)  # Qt's default, which the suite's fixture turns off
    try:
        with hosted("en", QtNeed.WINDOWS) as host:
            assert host.run(main()) == "ended by the host"
        assert not qapp.quitOnLastWindowClosed()
    finally:
        qapp.setQuitOnLastWindowClosed(False)
