"""The progress dialog tells the truth while a run is on its way: what the run is doing before
the first pegawai, a bar by requests, who is being pulled now, the not linked counted apart;
after Hentikan, that it stops, and a result that says it was stopped.

Real widgets offscreen, the real sandbox over loopback, a real SQLite file.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_log import RunStatus, SyncMode
from sister_desktop.domain.sync_progress import SyncPhase, SyncProgress, SyncRequest
from sister_desktop.services.sync_service import SyncService
from sister_desktop.texts.i18n import use_language
from sister_desktop.ui.main_window import MainWindow
from sister_desktop.ui.sinkronisasi.sync_progress_dialog import SyncProgressDialog
from tests.sync_world import engine_for, link_sandbox_people, run, sandbox_client
from tests.ui.context_helpers import ui_context

pytestmark = pytest.mark.gui

ONE_GROUP = SyncScope(frozenset({SisterGroup.DATA_PRIBADI, SisterGroup.KEPEGAWAIAN}), 2)


async def _until(condition, timeout=60.0):
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.005)


@pytest.fixture
def setup(loop, db, sandbox_factory, qtbot, qapp):
    sandbox = sandbox_factory(size=12)
    # Eight ticked in the Pegawai tab (Pilih semua), two of them not linked.
    ids = run(loop, link_sandbox_people(db, sandbox, 6, unlinked=2))
    client = run(loop, sandbox_client(sandbox))
    context = ui_context(db, sync=SyncService(engine_for(db, client, concurrency=2)))
    window = MainWindow(context)
    # As the program's shutdown does: a run a failed test left going is cancelled while the
    # window still exists (pytest-qt deletes it before this fixture's teardown).
    qtbot.addWidget(window, before_close_func=lambda _w: run(loop, context.tasks.cancel_all()))
    window.show()
    yield window, context, sandbox, ids
    run(loop, client.aclose())


def test_the_dialog_names_the_phase_who_is_pulled_and_the_skipped_apart_then_stops(
    loop, setup, tmp_path
):
    window, context, sandbox, ids = setup
    tab = window.sync_tab
    sandbox.faults.latency_ms = 150
    request = SyncRequest(SyncMode.SELECTED, tuple(ids), scope=ONE_GROUP)
    headings: list[str] = []

    async def scenario():
        task = context.tasks.spawn(tab.start_sync(request))
        await _until(lambda: tab.progress_dialog is not None)
        dialog = tab.progress_dialog

        def heading_seen(text: str) -> bool:
            if not headings or headings[-1] != dialog.heading.text():
                headings.append(dialog.heading.text())
            return dialog.heading.text() == text

        await _until(lambda: heading_seen("Reading the reference lists…"))
        assert dialog.current.text() == ""  # nobody is pulled yet
        await _until(lambda: dialog.current.text().startswith("Now 2 pegawai at once: "))
        heading_seen("")
        assert "of 6 pegawai pulled" in dialog.counts.text()
        assert dialog.skipped.isVisible()
        assert dialog.skipped.text().startswith("2 pegawai not linked to SISTER: skipped")
        # The bar counts requests: hundreds planned for six pegawai, not six steps.
        assert dialog.bar.maximum() > 6 * 5 and 0 < dialog.bar.value() <= dialog.bar.maximum()
        dialog.grab().save(str(tmp_path / "progress.png"))

        dialog.cancel_button.click()
        next(b for b in dialog.confirm_box.buttons() if b.text() == "Stop the sync").click()
        assert dialog.heading.text() == "Stopping…"
        assert dialog.hint.text().startswith("No new pegawai is started; the 2 being pulled")
        assert not dialog.cancel_button.isEnabled()
        dialog.grab().save(str(tmp_path / "stopping.png"))
        outcome = await task
        await context.tasks.wait_idle()
        return outcome

    outcome = run(loop, scenario())
    assert headings[0] == "Starting the sync…"
    assert headings.index("Reading SISTER's list of SDM…") < headings.index(
        "Reading the reference lists…"
    )
    assert "Pulling the pegawai's data from SISTER…" in headings
    assert outcome.status is RunStatus.CANCELLED
    box = tab.notifier.box
    assert box.text() == "Sync stopped"
    assert box.informativeText().startswith("Stopped after ")
    assert "not pulled yet" in box.informativeText()
    assert "2 pegawai not linked to SISTER: skipped" in box.informativeText()
    box.close()
    summary = tab.start_box.summary_label.text()
    assert (
        summary.startswith("Last sync: Stopped by the operator, ") and "not pulled yet" in summary
    )
    assert "2 not linked (skipped)" in summary


def test_the_dialog_speaks_indonesian(qtbot, qapp, tmp_path):
    def progress(**changes) -> SyncProgress:
        values = dict(
            run_id="r",
            mode=SyncMode.SELECTED,
            total=299,
            done=30,
            ok=5,
            failed=1,
            skipped=24,
            rate_rps=3.8,
            eta_s=3600.0,
            paused=False,
            resume_at=datetime.now(UTC),
            cancelling=False,
            phase=SyncPhase.PULLING,
            pulling=("Ani Lestari", "Budi Santoso", "Citra Dewi", "Dedi Kurniawan"),
            requests_done=210,
            requests_planned=8400,
            to_pull=275,
        )
        values.update(changes)
        return SyncProgress(**values)

    with use_language(qapp, "id"):
        dialog = SyncProgressDialog()
        qtbot.addWidget(dialog)
        assert dialog.heading.text() == "Memulai sinkronisasi…"
        dialog.update_progress(progress(phase=SyncPhase.REFERENSI, pulling=(), ok=0, failed=0))
        assert dialog.heading.text() == "Membaca daftar referensi…"
        dialog.update_progress(progress())
        dialog.show()
        assert dialog.heading.text() == "Menarik data pegawai dari SISTER…"
        assert dialog.counts.text() == "6 dari 275 pegawai ditarik · 5 berhasil · 1 gagal"
        assert dialog.current.text() == (
            "Sekarang 4 pegawai sekaligus: Ani Lestari, Budi Santoso, Citra Dewi dan 1 lainnya"
        )
        assert dialog.skipped.text().startswith("24 pegawai belum terhubung ke SISTER")
        assert (dialog.bar.value(), dialog.bar.maximum()) == (210, 8400)
        assert dialog.bar.text() == "210 dari 8.400 permintaan"
        assert dialog.cancel_button.text() == "Hentikan"
        dialog.grab().save(str(tmp_path / "progres-id.png"))
        dialog.update_progress(progress(cancelling=True))
        assert dialog.heading.text() == "Menghentikan…"
        assert dialog.hint.text().startswith("Tidak ada pegawai baru yang dimulai; 4 yang sedang")
        dialog.finish()
