"""The Sinkronisasi tab driven like an operator: real widgets offscreen, the real sandbox over
loopback, a real SQLite file."""

from __future__ import annotations

import asyncio

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from sister_desktop.domain.sister_groups import SyncScope
from sister_desktop.domain.sync_log import RunStatus, SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.services.sync_service import SyncService
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.ui.main_window import MainWindow
from sister_desktop.ui.sinkronisasi.sync_log_model import SyncLogModel
from sister_desktop.ui.sinkronisasi.sync_run_list_model import RunColumn, SyncRunListModel
from tests.sync_world import Gate, engine_for, link_sandbox_people, run, sandbox_client
from tests.ui.context_helpers import ui_context

pytestmark = pytest.mark.gui


@pytest.fixture
def setup(loop, db, sandbox_factory, qtbot, qapp):
    sandbox = sandbox_factory(size=12)
    ids = run(loop, link_sandbox_people(db, sandbox, 10))
    client = run(loop, sandbox_client(sandbox))
    gate = Gate()
    engine = engine_for(db, client, concurrency=2, gate=gate)
    context = ui_context(db, sync=SyncService(engine))
    context.gate = gate  # type: ignore[attr-defined]
    window = MainWindow(context)
    # As the program's shutdown does (app.py): the tasks (a run a failed test left going) are
    # cancelled while the window still exists; pytest-qt closes and deletes it before this
    # fixture's own teardown, and a run ending after that emits from deleted objects.
    qtbot.addWidget(window, before_close_func=lambda _w: run(loop, context.tasks.cancel_all()))
    window.show()
    yield window, context, sandbox, ids
    run(loop, client.aclose())


def _pulled(dialog) -> int:
    """The pegawai the progress dialog has seen pulled (0 before its first snapshot)."""
    if dialog is None or dialog.last_progress is None:
        return 0
    return dialog.last_progress.pulled


async def _until(condition, timeout=20.0, progress=None):
    """Wait until ``condition()``; fail after ``timeout`` s. With ``progress`` (a count that
    grows while a run works: the sandbox's requests), the time counts from its last change: a
    loaded machine slows a run down and must not fail the test, a run that stopped does."""
    clock = asyncio.get_running_loop().time
    deadline = clock() + timeout
    seen = progress() if progress is not None else None
    while not condition():
        if progress is not None and progress() != seen:
            seen = progress()
            deadline = clock() + timeout
        if clock() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


def test_sync_blocks_the_window_notifies_and_fills_the_log(loop, setup, qtbot, tmp_path):
    window, context, sandbox, _ids = setup
    tab = window.sync_tab
    tab.bring_forward()
    sync_page = window.tabs.currentWidget()
    assert sync_page.isAncestorOf(tab)
    sandbox.faults.latency_ms = 40
    sandbox.faults.fail_endpoint("/sertifikasi_dosen", sandbox.world.sdm[3].id_sdm, "500")

    # While the window is clicked, the run waits before its first request: the checks below
    # see the dialog in one known state.
    context.gate.opened.clear()
    qtbot.mouseClick(tab.start_box.start_button, Qt.MouseButton.LeftButton)
    run(loop, _until(lambda: context.gate.parked))
    dialog = tab.progress_dialog
    assert dialog.isVisible() and not window.tabs.isEnabled()

    # The tabs and the menus do not react while the dialog is up: a click that goes through the
    # window system (as the operator's does) is swallowed. Such a click handles Qt events, so it
    # is sent from inside the running loop.
    def click_window_at(where: QPoint) -> None:
        QTest.mouseClick(
            window.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), where
        )

    bar = window.tabs.tabBar()
    loop.run_callback(lambda: click_window_at(bar.mapTo(window, bar.tabRect(0).center())))
    assert window.tabs.currentWidget() is sync_page
    menu_bar = window.menuBar()
    menu_rect = menu_bar.actionGeometry(menu_bar.actions()[0])
    loop.run_callback(lambda: click_window_at(menu_bar.mapTo(window, menu_rect.center())))
    assert QApplication.activePopupWidget() is None
    context.gate.opened.set()

    async def while_syncing() -> str:
        # One stretch of the loop for the whole run: the loop never stops mid-sync.
        await _until(lambda: _pulled(dialog) >= 1, progress=lambda: sandbox.stats.requests)
        counts = dialog.counts.text()
        # The run to its end (it announces itself), and the pages that follow a sync
        # (Perbandingan, ...) finish loading before the clicks.
        await context.tasks.wait_idle()
        return counts

    assert "of 10 pegawai" in run(loop, while_syncing())
    assert tab.progress_dialog is None
    assert window.tabs.isEnabled() and window.menuBar().isEnabled()
    box = tab.notifier.box
    assert box is not None and box.isVisible()
    assert "9 pegawai succeeded, 1 failed" in box.informativeText()
    box.grab().save(str(tmp_path / "notice.png"))
    open_log = box.findChild(object, "sync_open_log_button")
    qtbot.mouseClick(open_log, Qt.MouseButton.LeftButton)
    run(loop, context.tasks.wait_idle())

    assert tab.log_box.run_model.rowCount() == 1
    assert tab.log_box.retry_button.isEnabled()  # one pegawai failed
    # Per pegawai: the SDM row, a line per dataset of the default groups, the derived values.
    lines = 1 + len(SyncScope().datasets) + 1
    assert tab.log_box.log_model.rowCount() == 10 * lines
    assert "Completed with failures" in tab.start_box.summary_label.text()
    qtbot.mouseClick(tab.log_box.failures_check, Qt.MouseButton.LeftButton)
    assert tab.log_box.log_proxy.rowCount() == 1
    window.grab().save(str(tmp_path / "tab.png"))

    written = run(loop, tab.exporter.export_log(tmp_path / "gagal.xlsx"))
    sheet = load_workbook(written).active
    assert sheet.max_row == 2  # the header and the one failure (the filter applies)
    assert sheet.cell(2, 7).value == 500
    qtbot.mouseClick(tab.log_box.failures_check, Qt.MouseButton.LeftButton)
    written = run(loop, tab.exporter.export_log(tmp_path / "semua.csv"))
    assert len(written.read_text(encoding="utf-8-sig").strip().splitlines()) == 1 + 10 * lines
    tab.message_box.close()
    # A folder that does not exist is a message, not a crash, and is not created.
    assert run(loop, tab.exporter.export_log(tmp_path / "typo" / "log.csv")) is None
    assert "does not exist" in tab.message_box.text()
    assert not (tmp_path / "typo").exists()
    tab.message_box.close()

    # "Ulangi yang gagal" once SISTER has healed.
    sandbox.faults.clear()
    outcome = run(loop, tab.retry_failed())
    assert outcome.run.mode is SyncMode.FAILED and outcome.status is RunStatus.COMPLETED
    assert outcome.run.total == 1
    run(loop, context.tasks.wait_idle())
    tab.notifier.box.close()


def test_batalkan_asks_then_stops_and_resume_finishes(loop, setup, qtbot, tmp_path):
    window, context, sandbox, _ids = setup
    tab = window.sync_tab
    sandbox.faults.latency_ms = 60

    async def scenario():
        # The whole run inside one stretch of the loop; clicks emit their signals directly.
        task = context.tasks.spawn(tab.start_sync(SyncRequest(SyncMode.ALL)))
        await _until(
            lambda: _pulled(tab.progress_dialog) >= 2, progress=lambda: sandbox.stats.requests
        )
        dialog = tab.progress_dialog
        dialog.cancel_button.click()
        confirm = dialog.confirm_box
        assert confirm is not None and confirm.isVisible()
        next(b for b in confirm.buttons() if b.text() == "Stop the sync").click()
        outcome = await task
        await context.tasks.wait_idle()
        return outcome

    outcome = run(loop, scenario())
    assert outcome.status is RunStatus.CANCELLED
    assert 2 <= outcome.run.ok < 10
    tab.notifier.box.close()
    assert tab.start_box.resume_button.isEnabled()

    sandbox.faults.latency_ms = 0

    async def resume():
        tab.start_box.resume_button.click()
        await context.tasks.wait_idle()

    run(loop, resume())
    last = tab.last_outcome
    assert last.run.mode is SyncMode.RESUME and last.status is RunStatus.COMPLETED
    assert outcome.run.ok + last.run.ok == 10
    assert not tab.start_box.resume_button.isEnabled()
    tab.notifier.box.close()

    # The Log Sinkronisasi says which run took over the cancelled run's remaining pegawai.
    model = tab.log_box.run_model
    newer, older = model.index(0, RunColumn.STATUS), model.index(1, RunColumn.STATUS)
    assert model.data(newer, Qt.ItemDataRole.UserRole) == last.run.id
    assert model.data(older) == "Stopped by the operator, resumed"
    remaining = 10 - outcome.run.ok
    assert f"The remaining {remaining} pegawai were continued by the run of" in model.data(
        older, Qt.ItemDataRole.ToolTipRole
    )
    assert model.data(newer) == "Completed"
    assert model.data(newer, Qt.ItemDataRole.ToolTipRole).startswith("Continues the run of")
    tab.bring_forward()
    window.grab().save(str(tmp_path / "resumed.png"))


def test_closing_during_a_sync_asks_and_stops_first(loop, setup, qtbot):
    window, context, sandbox, _ids = setup
    tab = window.sync_tab
    sandbox.faults.latency_ms = 60

    async def scenario():
        task = context.tasks.spawn(tab.start_sync(SyncRequest(SyncMode.ALL)))
        await _until(
            lambda: _pulled(tab.progress_dialog) >= 1, progress=lambda: sandbox.stats.requests
        )
        asking = context.tasks.spawn(tab.prepare_quit())
        await _until(lambda: tab.message_box is not None and tab.message_box.isVisible())
        next(b for b in tab.message_box.buttons() if b.text() == "Keep syncing").click()
        assert await asking is False
        assert tab.sync_running

        asking = context.tasks.spawn(tab.prepare_quit())
        await _until(lambda: tab.message_box is not None and tab.message_box.isVisible())
        next(b for b in tab.message_box.buttons() if b.text() == "Stop and close").click()
        assert await asking is True
        # By now the run is recorded as cancelled (what remains is the notice).
        runs = await context.sync.runs()
        assert runs[0].status is RunStatus.CANCELLED and runs[0].finished_at is not None
        outcome = await task
        await context.tasks.wait_idle()
        return outcome

    assert run(loop, scenario()).status is RunStatus.CANCELLED
    tab.notifier.box.close()


def test_an_interrupted_run_is_offered_at_start(loop, setup, qtbot):
    window, context, _sandbox, ids = setup
    tab = window.sync_tab
    engine = context.sync.engine
    # A run left "running" by a process that is gone.
    from sister_desktop.domain.sync_log import SyncTarget

    crashed = run(
        loop,
        engine.runs.create_run(
            mode=SyncMode.ALL,
            targets=[SyncTarget(i, "x", None) for i in ids],
            started_by="siti",
            host="elsewhere",
        ),
    )
    offer = context.tasks.spawn(tab.load())
    run(loop, _until(lambda: tab.message_box is not None and tab.message_box.isVisible()))
    assert tab.message_box.objectName() == "sync_resume_question"
    resume = next(b for b in tab.message_box.buttons() if b.text() == "Resume now")
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    outcome = run(loop, offer)
    assert outcome.run.resumed_from == crashed.id
    assert outcome.run.ok == 10
    tab.notifier.box.close()


def test_a_stopped_run_is_offered_at_the_next_start_as_promised(loop, setup, qtbot):
    """The stop question says the rest "is offered at the next start": after a normal stop,
    the next start asks, and answering yes pulls the rest."""
    window, context, sandbox, _ids = setup
    tab = window.sync_tab
    sandbox.faults.latency_ms = 60

    async def stop_midway():
        task = context.tasks.spawn(tab.start_sync(SyncRequest(SyncMode.ALL)))
        await _until(
            lambda: _pulled(tab.progress_dialog) >= 2, progress=lambda: sandbox.stats.requests
        )
        dialog = tab.progress_dialog
        dialog.cancel_button.click()
        assert "offered at the next start" in dialog.confirm_box.informativeText()
        next(b for b in dialog.confirm_box.buttons() if b.text() == "Stop the sync").click()
        outcome = await task
        await context.tasks.wait_idle()
        return outcome

    stopped = run(loop, stop_midway())
    assert stopped.status is RunStatus.CANCELLED
    tab.notifier.box.close()
    sandbox.faults.latency_ms = 0

    # The next start: a new window over the same database shows its Sinkronisasi tab.
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    offer = context.tasks.spawn(again.sync_tab.load())
    page = again.sync_tab
    run(loop, _until(lambda: page.message_box is not None and page.message_box.isVisible()))
    box = page.message_box
    assert box.objectName() == "sync_resume_question"
    assert box.windowTitle() == "Stopped sync" and "stopped" in box.text()
    qtbot.mouseClick(
        next(b for b in box.buttons() if b.text() == "Resume now"), Qt.MouseButton.LeftButton
    )
    outcome = run(loop, offer)
    assert outcome.run.resumed_from == stopped.run.id
    assert stopped.run.ok + outcome.run.ok == 10
    page.notifier.box.close()
    # Once finished, nothing is offered any more.
    assert run(loop, again.sync_tab.offer_resume()) is None


def test_log_times_show_seconds(loop, setup, qapp):
    from sister_desktop.texts.i18n import use_language

    _window, context, _sandbox, _ids = setup
    outcome = run(loop, context.sync.run(SyncRequest(SyncMode.ALL)))
    lines = run(loop, context.sync.results(outcome.run.id))
    with use_language(qapp, "id"):
        runs = SyncRunListModel()
        runs.set_runs([outcome.run])
        log = SyncLogModel()
        log.set_rows(lines)
        started = outcome.run.started_at.astimezone()
        shown = runs.data(runs.index(0, RunColumn.STARTED))
        assert shown.endswith(f"{started:%H.%M.%S}"), shown
        recorded = lines[0].recorded_at.astimezone()
        assert log.index(0, 0).data().endswith(f"{recorded:%H.%M.%S}")
    with use_language(qapp, "en"):
        assert runs.data(runs.index(0, RunColumn.STARTED)).endswith(f"{started:%H:%M:%S}")


def test_models_pass_the_model_tester(loop, setup, qtmodeltester):
    _window, context, _sandbox, _ids = setup
    run(loop, context.sync.run(SyncRequest(SyncMode.ALL)))
    runs = SyncRunListModel()
    runs.set_runs(run(loop, context.sync.runs()))
    qtmodeltester.check(runs)
    lines = SyncLogModel()
    lines.set_rows(run(loop, context.sync.results(runs.run_at(0).id)))
    qtmodeltester.check(lines)


def test_pegawai_details_show_synced_values(loop, setup):
    window, context, sandbox, ids = setup
    widget = window.sister_summary
    run(loop, widget.load(ids[0]))
    assert not widget.isVisibleTo(window.pegawai_tab.detail)
    run(loop, context.sync.run(SyncRequest(SyncMode.ALL)))
    run(loop, widget.load(ids[0]))
    assert widget.isVisibleTo(window.pegawai_tab.detail)
    status = sandbox.world.sdm[0].referensi["nama_status_aktif"]
    assert widget.values["status_aktif"].text() == status
    assert QMessageBox is not None


def test_the_run_clicked_last_shows_its_lines_even_when_an_earlier_load_is_slower(
    loop, setup, qtbot, monkeypatch
):
    """A large run clicked, then a small one: the large run's lines, loaded last, stay unseen."""
    window, context, _sandbox, ids = setup
    tab = window.sync_tab
    large = run(loop, context.sync.run(SyncRequest(SyncMode.ALL))).run
    small = run(loop, context.sync.run(SyncRequest(SyncMode.SELECTED, (ids[0],)))).run
    run(loop, tab.refresh())
    # The large run's lines are read from the database, then held until the small run's show.
    release = asyncio.Event()
    large_read: list[bool] = []
    real_results = context.sync.results

    async def results(run_id, **kwargs):
        rows = await real_results(run_id, **kwargs)
        if run_id == large.id:
            large_read.append(True)
            await release.wait()
        return rows

    monkeypatch.setattr(context.sync, "results", results)

    def click_run(run_id):
        rect = tab.log_box.run_view.visualRect(
            tab.log_box.run_model.index(tab.log_box.run_model.row_of(run_id), 0)
        )
        qtbot.mouseClick(
            tab.log_box.run_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )

    click_run(large.id)
    run(loop, _until(lambda: bool(large_read)))
    click_run(small.id)
    small_ids = {r.pegawai_id for r in run(loop, real_results(small.id))}
    assert small_ids == {ids[0]}
    run(loop, _until(lambda: {r.pegawai_id for r in tab.log_box.log_model.rows} == small_ids))
    release.set()
    run(loop, _until(lambda: context.tasks.running == 0))
    assert tab.log_box.selected_run().id == small.id
    assert {r.pegawai_id for r in tab.log_box.log_model.rows} == small_ids


def test_stop_question_defaults_to_continue_and_closing_mid_sync_asks(loop, setup, qtbot):
    """Enter on "stop the sync?" keeps syncing; the window's close reaches the program while
    the progress is up (no modal dialog swallows it), and the program asks."""
    window, context, sandbox, _ids = setup
    tab = window.sync_tab
    sandbox.faults.latency_ms = 60
    asked = []
    window.close_requested.connect(lambda: asked.append(context.tasks.spawn(tab.prepare_quit())))

    async def scenario():
        task = context.tasks.spawn(tab.start_sync(SyncRequest(SyncMode.ALL)))
        await _until(
            lambda: _pulled(tab.progress_dialog) >= 1, progress=lambda: sandbox.stats.requests
        )
        dialog = tab.progress_dialog
        stopped = []
        dialog.cancel_confirmed.connect(lambda: stopped.append(True))
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        await _until(lambda: dialog.confirm_box is not None and dialog.confirm_box.isVisible())
        QTest.keyClick(dialog.confirm_box, Qt.Key.Key_Return)
        await _until(lambda: dialog.confirm_box is None)
        assert stopped == [] and tab.sync_running
        # The keyboard is back on the dialog, not on the disabled main window behind it.
        focused = QApplication.focusWidget()
        assert focused is not None and dialog.isAncestorOf(focused), focused
        # Nothing modal blocks the main window: its close button is heard, and asks.
        assert QApplication.activeModalWidget() is None
        window.close()
        await _until(lambda: tab.message_box is not None and tab.message_box.isVisible())
        assert tab.message_box.objectName() == "sync_quit_question"
        next(b for b in tab.message_box.buttons() if b.text() == "Stop and close").click()
        assert await asked[0] is True
        outcome = await task
        await context.tasks.wait_idle()
        return outcome

    assert run(loop, scenario()).status is RunStatus.CANCELLED
    tab.notifier.box.close()


def test_nothing_to_sync_records_no_run_and_says_why(loop, db, sandbox_factory, qtbot, qapp):
    """Mulai Sinkronisasi with nobody linked, and Ulangi yang gagal with nothing failed,
    start nothing: no empty run in the log, and the reason is shown."""
    sandbox = sandbox_factory(size=12)
    people = [Pegawai(id=NEW_ID, nama=f"Pegawai Lokal {n}") for n in range(3)]
    run(loop, PegawaiRepository(db).save_many(people, []))
    client = run(loop, sandbox_client(sandbox))
    context = ui_context(db, sync=SyncService(engine_for(db, client, concurrency=2)))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    tab = window.sync_tab
    try:
        # Before any run: the plan line says why, Mulai and Ulangi yang gagal are not offered.
        run(loop, tab.refresh())
        start = tab.start_box
        assert start.plan_label.text().startswith("No pegawai is linked to SISTER yet")
        assert not start.start_button.isEnabled()
        retry = tab.log_box.retry_button
        assert not retry.isEnabled() and "nothing to retry" in retry.toolTip()
        # Started anyway (the command line's way): said once, in a box, not again on the page.
        assert run(loop, tab.start_sync(SyncRequest(SyncMode.ALL))) is None
        assert tab.message_box is not None and tab.message_box.isVisible()
        assert tab.message_box.text().startswith("No pegawai is linked to SISTER yet")
        assert not start.notice_label.isVisible()
        tab.message_box.close()
        assert run(loop, tab.retry_failed()) is None
        assert "nothing to retry" in tab.message_box.text()
        assert not start.notice_label.isVisible()
        tab.message_box.close()
        assert run(loop, context.sync.runs()) == []
    finally:
        run(loop, context.tasks.cancel_all())
        run(loop, client.aclose())


def test_skipped_pegawai_are_counted_apart_never_as_failures(loop, setup, qtbot, db):
    """A ticked pegawai not linked to SISTER is skipped: the log says so apart from the
    failures, and Failures only leaves him out (nothing was asked, nothing failed)."""
    window, context, _sandbox, ids = setup
    context.gate.opened.set()
    run(loop, PegawaiRepository(db).save_many([Pegawai(id=NEW_ID, nama="Pegawai Lokal")], []))
    people = run(loop, PegawaiRepository(db).list_all())
    unlinked = next(p.id for p in people if not p.id_sdm)
    tab = window.sync_tab
    outcome = run(loop, tab.start_sync(SyncRequest(SyncMode.SELECTED, (ids[0], unlinked))))
    run(loop, context.tasks.wait_idle())
    tab.notifier.box.close()
    assert outcome.run.skipped == 1 and outcome.run.failed == 0
    box = tab.log_box
    assert box.rows_label.text().endswith(": 0 failed, 1 skipped (not linked)")
    assert not box.retry_button.isEnabled()
    qtbot.mouseClick(box.failures_check, Qt.MouseButton.LeftButton)
    assert box.log_proxy.rowCount() == 0


def test_the_last_nightly_run_and_tonights_cost_show_at_start(loop, setup):
    """A scheduled run made while the window was closed (as the nightly job runs it) is told
    at the next start beside tonight's cost and the oldest data on hand."""
    window, context, _sandbox, _ids = setup
    context.gate.opened.set()
    tab = window.sync_tab
    request = run(loop, context.sync.request(SyncMode.SCHEDULED))
    nightly = run(loop, context.sync.run(request))
    assert nightly.status is RunStatus.COMPLETED
    run(loop, tab.load())
    text = tab.start_box.night_label.text()
    tonight, last = text.split("\n")
    # Everything was checked just now: nothing is due before the fast lists' next night.
    assert tonight == "Tonight: nothing is due. Oldest data on hand: 0.0 days."
    assert last.startswith("Last nightly sync: Completed,") and "10 of 10 pegawai ok" in last
    assert tab.notifier.tray_message == last  # and in the tray, where there is one
