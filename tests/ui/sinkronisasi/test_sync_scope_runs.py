"""What a run started from the window pulls: the data chosen in Pengaturan, every detail again
with Sinkronisasi penuh, a question before a long run, and a log that names the datasets.

Real widgets offscreen, the real sandbox over loopback, a real SQLite file; the requests the
real ``SyncService`` is given are recorded by wrapping its ``run``.
"""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QSize, Qt

from sister_desktop.domain.sister_groups import DEFAULT_GROUPS, SisterGroup, SyncScope
from sister_desktop.domain.sync_log import RunStatus, SyncMode
from sister_desktop.services.settings_service import PREFIX, SettingsService
from sister_desktop.services.sync_service import SyncService
from sister_desktop.store.secrets import SecretStore
from sister_desktop.store.settings_repository import SettingsRepository
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from sister_desktop.ui.main_window import MainWindow
from sister_desktop.ui.sinkronisasi.sync_log_model import LogColumn
from sister_desktop.ui.sinkronisasi.sync_runner import SAMPLE_WHEN_GUESSED_S
from tests.dict_keyring import DictKeyring
from tests.sync_world import Gate, engine_for, link_sandbox_people, run, sandbox_client
from tests.ui.clicks import click
from tests.ui.context_helpers import ui_context

pytestmark = pytest.mark.gui


@pytest.fixture
def setup(loop, db, sandbox_factory, qtbot, qapp, monkeypatch):
    yield from _window(loop, db, sandbox_factory(size=12), 10, qtbot, monkeypatch)


@pytest.fixture
def campus(loop, db, sandbox_factory, qtbot, qapp, monkeypatch):
    """A first run of 24 pegawai (dosen and tendik) at 0.2 requests a second: guessed long."""
    run(loop, SettingsRepository(db).set_many({PREFIX + "max_rps": "0.2"}))
    yield from _window(loop, db, sandbox_factory(size=30), 24, qtbot, monkeypatch)


def _window(loop, db, sandbox, linked, qtbot, monkeypatch):
    run(loop, link_sandbox_people(db, sandbox, linked))
    client = run(loop, sandbox_client(sandbox))
    # As composed for the window (Services.over): the service reads the scope saved in
    # Pengaturan.
    settings = SettingsService(SettingsRepository(db), SecretStore(DictKeyring()))
    gate = Gate()
    service = SyncService(engine_for(db, client, concurrency=2, gate=gate), settings.sync_scope)
    service.gate = gate
    requests = []
    real_run = service.run

    async def recording_run(request, on_progress=None):
        requests.append(request)
        return await real_run(request, on_progress)

    monkeypatch.setattr(service, "run", recording_run)
    context = ui_context(db, sync=service)
    window = MainWindow(context)
    # As the program's shutdown does: a run a failed test left going is cancelled while the
    # window still exists (pytest-qt deletes it before this fixture's teardown).
    qtbot.addWidget(window, before_close_func=lambda _w: run(loop, context.tasks.cancel_all()))
    window.resize(QSize(1280, 680))
    window.show()
    run(loop, window.settings_tab.load())
    run(loop, context.tasks.wait_idle())
    yield window, context, sandbox, requests
    run(loop, client.aclose())


async def _until(condition, timeout=20.0):
    # For what shows at once (a question); a whole run is awaited as the task it is: some
    # 2,000 requests for the Tridharma group take minutes on a busy two-core machine.
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


def _start_and_finish(loop, qtbot, tab, context):
    tab.bring_forward()
    click(qtbot, tab.start_box.start_button)
    run(loop, context.tasks.wait_idle())  # the run, to its end, and the loads after it
    assert tab.notifier.box is not None
    tab.notifier.box.close()
    tab.notifier.box = None


def test_mulai_pulls_the_groups_saved_in_pengaturan(loop, setup, qtbot):
    window, context, _sandbox, requests = setup
    box = window.settings_tab.sync_scope_box
    click(qtbot, box.group_checks[SisterGroup.TRIDHARMA])
    click(qtbot, box.group_checks[SisterGroup.DOKUMEN])
    tab = window.sync_tab
    # Not saved yet: the page still says (and a run still pulls) the saved choice.
    run(loop, tab.start_box.update_plan())
    assert (
        "Documents" in tab.start_box.plan_label.text()
        and "Tridharma" not in tab.start_box.plan_label.text()
    )
    click(qtbot, box.save_button)
    run(loop, context.tasks.wait_idle())
    assert tab.start_box.plan_label.text().startswith(
        "Data: Personal data, Employment, Education and certification, Welfare and awards, "
        "Tridharma · 10 pegawai: ≈ "
    )

    _start_and_finish(loop, qtbot, tab, context)
    wanted = (DEFAULT_GROUPS | {SisterGroup.TRIDHARMA}) - {SisterGroup.DOKUMEN}
    assert [r.mode for r in requests] == [SyncMode.ALL]
    assert requests[0].scope == SyncScope(wanted, 4, full=False)

    # Ulangi yang gagal and Lanjutkan yang terputus pull the saved choice as well.
    run(loop, tab.retry_failed())  # nothing failed: refused before the service is asked
    tab.message_box.close()
    run(loop, tab.resume())  # nothing to resume: the service says so
    tab.message_box.close()
    assert [r.mode for r in requests] == [SyncMode.ALL, SyncMode.RESUME]
    assert requests[1].scope == SyncScope(wanted, 4, full=False)


def test_sinkronisasi_penuh_fetches_every_detail_for_one_run(loop, setup, qtbot, tmp_path):
    window, context, sandbox, requests = setup
    tab = window.sync_tab
    tab.bring_forward()
    assert "details again" in tab.start_box.full_check.text() and "Only for this run" in (
        tab.start_box.full_check.toolTip()
    )
    click(qtbot, tab.start_box.full_check)
    run(loop, tab.start_box.update_plan())
    assert tab.start_box.plan_label.text().startswith("Data (every detail again): Personal data")
    window.grab().save(str(tmp_path / "penuh.png"))

    sandbox.faults.fail_endpoint("/sertifikasi_dosen", sandbox.world.sdm[3].id_sdm, "500")
    _start_and_finish(loop, qtbot, tab, context)
    assert requests[-1].scope == SyncScope(DEFAULT_GROUPS, 4, full=True)
    assert not tab.start_box.full_check.isChecked()  # the next run is incremental again

    run(loop, tab.start_box.update_plan())
    assert tab.start_box.plan_label.text().startswith("Data: Personal data")

    sandbox.faults.clear()
    outcome = run(loop, tab.retry_failed())
    assert outcome.run.mode is SyncMode.FAILED and outcome.status is RunStatus.COMPLETED
    assert requests[-1].scope == SyncScope(DEFAULT_GROUPS, 4, full=False)
    run(loop, context.tasks.wait_idle())
    tab.notifier.box.close()


def test_a_long_run_is_asked_about_with_its_cost(loop, setup, qtbot, db):
    window, context, _sandbox, requests = setup
    # Pulled once (a first run guessed long pulls a sample first: the test below), then at
    # 0.2 requests per second the ten pegawai's lists take more than a quarter of an hour.
    run(loop, context.sync.run(run(loop, context.sync.request(SyncMode.ALL))))
    requests.clear()
    run(loop, SettingsRepository(db).set_many({PREFIX + "max_rps": "0.2"}))
    tab = window.sync_tab
    tab.bring_forward()
    click(qtbot, tab.start_box.start_button)
    run(loop, _until(lambda: tab.message_box is not None and tab.message_box.isVisible()))
    box = tab.message_box
    assert box.objectName() == "sync_long_run_question"
    assert box.text().startswith("This sync will take about ")
    assert "Data: Personal data, Employment" in box.informativeText()
    assert "10 pegawai: ≈ " in box.informativeText() and "at 0.2/s" in box.informativeText()
    assert "(from the last sync)" in box.informativeText()
    next(b for b in box.buttons() if b.text() == "Not now").click()
    run(loop, context.tasks.wait_idle())
    assert requests == [] and len(run(loop, context.sync.runs())) == 1
    assert tab.start_box.start_button.isEnabled()

    click(qtbot, tab.start_box.start_button)
    run(loop, _until(lambda: tab.message_box is not None and tab.message_box.isVisible()))
    next(b for b in tab.message_box.buttons() if b.text() == "Start the sync").click()
    run(loop, context.tasks.wait_idle())
    assert tab.notifier.box is not None
    tab.notifier.box.close()
    assert len(requests) == 1 and run(loop, context.sync.runs())[0].ok == 10


def test_the_log_names_datasets_and_shows_failures_first(loop, setup, qtbot):
    window, context, sandbox, _requests = setup
    sandbox.faults.fail_endpoint("/sertifikasi_dosen", sandbox.world.sdm[6].id_sdm, "500")
    tab = window.sync_tab
    _start_and_finish(loop, qtbot, tab, context)
    proxy = tab.log_box.log_proxy
    first = proxy.index(0, LogColumn.STATUS)
    assert proxy.data(first) == "Failed"
    endpoint = proxy.index(0, LogColumn.ENDPOINT)
    assert proxy.data(endpoint) == "Lecturer certification"
    assert proxy.data(endpoint, Qt.ItemDataRole.ToolTipRole) == "sertifikasi_dosen"
    assert proxy.data(proxy.index(1, LogColumn.STATUS)) == "OK"
    names = {proxy.data(proxy.index(r, LogColumn.ENDPOINT)) for r in range(proxy.rowCount())}
    assert {"Profile", "Academic rank history", "SDM list"} <= names
    assert not any("/" in name for name in names)


def test_the_plan_follows_the_chosen_pegawai(loop, setup, qtbot):
    window, _context, _sandbox, _requests = setup
    tab = window.sync_tab
    tab.bring_forward()
    run(loop, tab.start_box.update_plan())
    assert "· 10 pegawai: ≈ " in tab.start_box.plan_label.text()
    click(qtbot, tab.start_box.ticked_radio)
    run(loop, tab.start_box.update_plan())
    assert tab.start_box.plan_label.text() == "Tick pegawai in the Pegawai tab first."
    click(qtbot, tab.start_box.failed_radio)
    run(loop, tab.start_box.update_plan())
    assert "nothing to retry" in tab.start_box.plan_label.text()


def _answer(box, text):
    next(b for b in box.buttons() if b.text() == text).click()


def test_a_first_long_run_pulls_its_sample_then_asks_with_the_estimate_from_it(
    loop, campus, qtbot, db
):
    """Nothing pulled yet and guessed long: Mulai pulls a sample behind the progress dialog (a
    run of its own in the log), asks with the estimate from it, keeps it when declined, and
    the run agreed to later asks the sampled pegawai nothing again."""
    window, context, _sandbox, requests = campus
    tab = window.sync_tab
    tab.bring_forward()
    guess = run(loop, tab.start_box.estimate(run(loop, tab.start_box.current_request())))
    assert guess.basis == 0 and guess.seconds > SAMPLE_WHEN_GUESSED_S
    run(loop, tab.start_box.update_plan())
    assert "rough guess" in tab.start_box.plan_label.text()
    context.sync.gate.opened.clear()
    click(qtbot, tab.start_box.start_button)
    run(loop, _until(lambda: context.sync.gate.parked))
    dialog = tab.progress_dialog
    assert dialog.isVisible() and dialog.heading.text() == "Pulling a sample for the estimate…"
    assert "nothing is asked twice" in dialog.hint.text()
    headings = set()

    def asked():
        if tab.progress_dialog is not None:
            headings.add(tab.progress_dialog.heading.text())
        return tab.message_box is not None and tab.message_box.isVisible()

    context.sync.gate.opened.set()
    run(loop, _until(asked, timeout=120.0))
    assert any(h.startswith("Sample, round 1: ") for h in headings), headings
    box = tab.message_box
    assert box.objectName() == "sync_long_run_question"
    assert box.text().startswith("This sync will take about ")
    informative = box.informativeText()
    # The sample: a run of its own in the log per round, each a few pegawai.
    rounds = run(loop, context.sync.runs())
    assert {(r.mode, r.status) for r in rounds} == {(SyncMode.SAMPLE, RunStatus.COMPLETED)}
    sampled = sum(r.total for r in rounds)
    said = {h.split(":")[0] for h in headings if h.startswith("Sample, round ")}
    assert said == {f"Sample, round {n}" for n in range(1, len(rounds) + 1)}
    assert f"(averaged from {sampled} pegawai pulled)" in informative
    assert f"Counted from a sample of {sampled} pegawai pulled just now (" in informative
    assert " requests (± " in informative and "at 0.2/s" in informative
    assert requests == []  # the sample is not the run

    _answer(box, "Not now")
    run(loop, context.tasks.wait_idle())
    assert len(run(loop, context.sync.runs())) == len(rounds)  # the sample is kept
    states = {
        (s.pegawai_id, s.dataset, s.scope): s.synced_at
        for s in run(loop, SisterRecordRepository(db).all_states())
    }

    # Mulai again: no second sample; asked again, and the run reuses the sample's answers.
    click(qtbot, tab.start_box.start_button)
    run(loop, _until(lambda: tab.message_box is not None and tab.message_box.isVisible()))
    assert len(run(loop, context.sync.runs())) == len(rounds)
    assert f"averaged from {sampled} pegawai pulled" in tab.message_box.informativeText()
    _answer(tab.message_box, "Start the sync")
    run(loop, context.tasks.wait_idle())
    tab.notifier.box.close()
    [agreed] = requests
    assert agreed.reuse_since is not None and len(agreed.kinds) == 24
    last = run(loop, context.sync.runs())[0]
    assert last.mode is SyncMode.ALL and last.ok == 24
    after = {
        (s.pegawai_id, s.dataset, s.scope): s.synced_at
        for s in run(loop, SisterRecordRepository(db).all_states())
    }
    assert all(after[key] == at for key, at in states.items())


def test_a_sample_stopped_midway_keeps_what_it_pulled_and_starts_nothing(loop, campus, qtbot):
    window, context, sandbox, requests = campus
    tab = window.sync_tab
    tab.bring_forward()
    sandbox.faults.latency_ms = 60

    async def stop_midway():
        task = context.tasks.spawn(tab.start_sync(await tab.start_box.current_request()))
        await _until(lambda: _pulled(tab.progress_dialog) >= 2, timeout=60.0)
        dialog = tab.progress_dialog
        dialog.cancel_button.click()
        _answer(dialog.confirm_box, "Stop the sync")
        return await task

    assert run(loop, stop_midway()) is None
    sandbox.faults.latency_ms = 0
    run(loop, context.tasks.wait_idle())
    [sample_run] = run(loop, context.sync.runs())
    assert sample_run.status is RunStatus.CANCELLED and sample_run.ok >= 2
    notice = tab.start_box.notice_label
    assert notice.isVisible() and notice.text().startswith(
        f"The sample was stopped after {sample_run.total} pegawai, so the sync was not started"
    )
    tab.message_box.close()
    assert requests == []


def _pulled(dialog) -> int:
    if dialog is None or dialog.last_progress is None:
        return 0
    return dialog.last_progress.pulled
