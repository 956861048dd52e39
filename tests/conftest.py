"""Test harness: offscreen Qt, one QApplication, a qasync loop per test, isolated folders.

The environment is set before anything imports Qt: pytest loads this file first.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import os
import shutil
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

# Nothing a test does may touch the real user's data, config or log folders.
_HOME = tempfile.mkdtemp(prefix="sister-desktop-tests-")
#: The offscreen screen is the smallest an operator has: a 1366×768 laptop, less the 40 px its
#: desktop's panel takes (the window's available area). Every GUI test sees that screen.
LAPTOP_SCREEN = (1366, 728)
_SCREEN_CONFIG = Path(_HOME) / "offscreen-screen.json"
_SCREEN_CONFIG.write_text(
    json.dumps(
        {
            "screens": [
                {
                    "name": "laptop",
                    "x": 0,
                    "y": 0,
                    "width": LAPTOP_SCREEN[0],
                    "height": LAPTOP_SCREEN[1],
                    "logicalDpi": 96,
                    "logicalBaseDpi": 96,
                    "dpr": 1,
                }
            ]
        }
    ),
    encoding="utf-8",
)
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN_CONFIG}"
os.environ["QT_API"] = "pyside6"
os.environ["SISTER_DESKTOP_HOME"] = _HOME
for _name in (
    "SISTER_DESKTOP_DB",
    "SISTER_WS_URL",
    "SISTER_ID_PENGGUNA",
    "SISTER_USERNAME",
    "SISTER_PASSWORD",
    "SISTER_MAX_RPS",
    "SISTER_MAX_INFLIGHT",
):
    os.environ.pop(_name, None)

import pytest  # noqa: E402
import qasync  # noqa: E402

from sister_desktop.cpu_worker import worker_pool  # noqa: E402
from tests import kept_worlds  # noqa: E402

# As in the program's log file (logs.setup_logging): no line per HTTP request in a failure report.
logging.getLogger("httpx").setLevel(logging.WARNING)

T = TypeVar("T")
_KEPT_FOLDER = pytest.StashKey[str]()

#: Shared fixture modules (database, sandbox, ...): add yours to the list.
pytest_plugins = [
    "tests.store_fixtures",
    "tests.sandbox_fixtures",
    "tests.ui.context_helpers",
    "tests.disk_fixtures",
]


def pytest_configure(config: pytest.Config) -> None:
    """The run's first process makes the folder of kept synced worlds its workers share."""
    if not hasattr(config, "workerinput"):
        config.stash[_KEPT_FOLDER] = kept_worlds.make_run_folder()


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_KEPT_FOLDER, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="also run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def _run_what_is_ready(item: pytest.Item) -> None:
    """Let the test's loop handle the Qt events that are ready, with the loop running.

    pytest-qt handles Qt events after setup, after the test and before teardown, outside any
    asyncio loop; the test loop defers the callbacks that come due there (see ``TestLoop``).
    Handling them here first runs them in the phase they belong to, so an error they raise
    is reported with that phase.
    """
    event_loop = getattr(item, "funcargs", {}).get("loop")
    if (
        isinstance(event_loop, TestLoop)
        and not event_loop.is_closed()
        and not event_loop.is_running()
    ):
        event_loop.run_until_complete(asyncio.sleep(0))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> object:
    result = yield
    _run_what_is_ready(item)
    return result


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> object:
    try:
        return (yield)
    finally:
        _run_what_is_ready(item)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> object:
    _run_what_is_ready(item)
    return (yield)


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh SISTER_DESKTOP_HOME for one test."""
    home = tmp_path / "home"
    monkeypatch.setenv("SISTER_DESKTOP_HOME", str(home))
    return home


@pytest.fixture(scope="session", autouse=True)
def _main_thread_gc(qapp):  # type: ignore[no-untyped-def]
    """As in the program: the cyclic collector runs on the Qt thread only (see main_thread_gc).

    Worker threads (sandbox server, executors, aiosqlite) then never free Qt objects. The
    program drives it from its one loop; the tests have a loop per test, so a Qt timer drives
    it here, between tests too.
    """
    from PySide6.QtCore import QTimer

    from sister_desktop.host.main_thread_gc import MainThreadGarbageCollector

    collector = MainThreadGarbageCollector()
    timer = QTimer()
    timer.setInterval(200)
    timer.timeout.connect(collector.collect_due)
    timer.start()
    yield collector
    timer.stop()
    collector.stop()


@pytest.fixture(scope="session", autouse=True)
def _closing_a_window_never_quits(qapp):  # type: ignore[no-untyped-def]
    """As in the program (app.py): closing or destroying the last window never quits.

    With Qt's default, a main window that pytest-qt closes at teardown (it ignores the close
    and stays shown, see ``MainWindow.closeEvent``) and deletes later is destroyed inside the
    next run of the test loop, a fixture's teardown such as the database's ``dispose()``: Qt
    then posts a Quit, and that run ends before its future completes ("Event loop stopped
    before Future completed"), whenever the teardown has to wait for anything.
    """
    qapp.setQuitOnLastWindowClosed(False)
    yield


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    """Free each test's cycles on the Qt thread before the next test starts."""
    yield
    gc.collect()


class _InLoopOnly:
    """A loop callback as qasync's timer sees it: run only while its loop runs, else deferred.

    Qt events can be handled outside the running loop (pytest-qt does so after every test
    phase, a synchronous click may too). A task stepped there finds no running loop, and
    whatever it calls that needs one (``asyncio.create_task``, ``current_task()``) fails,
    depending on timing. Such a callback waits for the loop's next run instead.
    """

    __slots__ = ("_handle", "_loop")

    def __init__(self, loop: TestLoop, handle: asyncio.Handle) -> None:
        self._loop = loop
        self._handle = handle

    @property
    def _cancelled(self) -> bool:
        return self._handle.cancelled()

    def _run(self) -> None:
        if asyncio._get_running_loop() is self._loop:
            self._handle._run()
        else:
            self._loop.deferred.append(self._handle)

    def __repr__(self) -> str:
        return repr(self._handle)


class TestLoop(qasync.QEventLoop):
    """qasync's loop that runs its callbacks only while it runs.

    Two ways a callback could run outside the loop are closed here. ``run_until_complete``
    of qasync handles Qt events once more after the loop has stopped; this one does not.
    And a callback whose Qt timer fires while the loop is not running (pytest-qt's event
    handling between test phases) is kept and run when the loop next runs.
    """

    def __init__(self, *args: object, **kwargs: object) -> None:
        #: Callbacks whose time came while the loop was not running, in that order.
        self.deferred: list[asyncio.Handle] = []
        super().__init__(*args, **kwargs)

    def _add_callback(self, handle, delay=0):  # type: ignore[no-untyped-def]
        super()._add_callback(_InLoopOnly(self, handle), delay)
        return handle

    def run_forever(self):  # type: ignore[no-untyped-def,override]
        deferred, self.deferred = self.deferred, []
        for handle in deferred:
            if not handle.cancelled():
                self._add_callback(handle)
        return super().run_forever()

    def run_until_complete(self, future):  # type: ignore[no-untyped-def,override]
        future = asyncio.ensure_future(future, loop=self)

        def stop(_future: asyncio.Future[object]) -> None:
            self.stop()

        future.add_done_callback(stop)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(stop)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def run_callback(self, action: Callable[[], T]) -> T:
        """Run ``action`` as a plain callback of the running loop and return its result.

        For test steps that handle Qt events synchronously (a click sent through the window
        system): the tasks those events step then see their running loop.
        """
        done: asyncio.Future[T] = self.create_future()

        def call() -> None:
            try:
                done.set_result(action())
            except BaseException as exc:  # handed to the caller
                done.set_exception(exc)

        self.call_soon(call)
        return self.run_until_complete(done)


@pytest.fixture
def loop(qapp) -> Iterator[TestLoop]:  # type: ignore[no-untyped-def]
    """A qasync loop on the session QApplication; the test fails if the loop saw an error.

    Drive coroutines with ``loop.run_until_complete(...)``.
    """
    event_loop = TestLoop(qapp)
    # As every host does (host/runtime.py): asyncio.to_thread runs on the one worker pool.
    event_loop.set_default_executor(worker_pool())
    errors: list[dict[str, object]] = []
    event_loop.set_exception_handler(lambda _loop, context: errors.append(context))
    asyncio.set_event_loop(event_loop)
    try:
        yield event_loop
    finally:
        pending = [task for task in asyncio.all_tasks(event_loop) if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            event_loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        event_loop.run_until_complete(event_loop.shutdown_asyncgens())
        # As the host does: no worker thread may hold this loop's last reference.
        worker_pool().settle()
        event_loop.close()
        asyncio.set_event_loop(None)
        # Finalise the closed loop's Qt objects here, on the Qt thread: a collection that a
        # later test triggers in a worker thread (sandbox server, executor) must not free them.
        del event_loop
        gc.collect()
    if errors:
        pytest.fail(f"the event loop saw {len(errors)} error(s):\n" + "\n".join(map(_told, errors)))


def _told(context: dict[str, object]) -> str:
    """One loop error with its traceback: a failure on a busy CI machine says where it began."""
    exc = context.get("exception")
    if not isinstance(exc, BaseException):
        return str(context.get("message"))
    return f"{context.get('message')}:\n" + "".join(traceback.format_exception(exc))
