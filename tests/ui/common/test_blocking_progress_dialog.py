"""The sync's and the Kirim's progress dialogs behave alike, from the one base: the main window
is blocked while they are up, Escape and the close button ask first with "continue" as the
default, an agreed stop says "stopping…" once and greys the button, the rate and time left
are the job's own figures, and the end unblocks the window.

Real widgets offscreen; the figures are the ones the job reports, whatever the clock says.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from sister_desktop.domain.sync_log import SyncMode
from sister_desktop.domain.sync_progress import SyncPhase, SyncProgress
from sister_desktop.services.kirim_models import KirimMeter, KirimProgress
from sister_desktop.texts.i18n import use_language
from sister_desktop.ui.common.blocking_progress_dialog import BlockingProgressDialog
from sister_desktop.ui.sinkronisasi.sync_progress_dialog import SyncProgressDialog
from sister_desktop.ui.usulan.kirim_progress_dialog import KirimProgressDialog

pytestmark = pytest.mark.gui


def _sync_progress(rate: float, eta: float | None) -> SyncProgress:
    return SyncProgress(
        run_id="r",
        mode=SyncMode.SELECTED,
        total=10,
        done=4,
        ok=4,
        failed=0,
        skipped=0,
        rate_rps=rate,
        eta_s=eta,
        paused=False,
        resume_at=datetime.now(UTC),
        cancelling=False,
        phase=SyncPhase.PULLING,
        pulling=("Ani Lestari",),
        requests_done=40,
        requests_planned=100,
        to_pull=10,
    )


def _feed(dialog: BlockingProgressDialog, rate: float, eta: float | None) -> None:
    if isinstance(dialog, SyncProgressDialog):
        dialog.update_progress(_sync_progress(rate, eta))
    else:
        assert isinstance(dialog, KirimProgressDialog)
        dialog.update_progress(KirimProgress(4, 10, 40, 0, rate_rps=rate, eta_s=eta))


@pytest.fixture
def window(qtbot):
    main = QMainWindow()
    main.setCentralWidget(QLabel("Pegawai", main))
    main.menuBar().addMenu("Berkas")
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.mark.parametrize(
    ("kind", "stop", "keep", "stopping"),
    [
        (SyncProgressDialog, "Stop the sync", "Continue syncing", "Stopping…"),
        (
            KirimProgressDialog,
            "Stop sending",
            "Continue sending",
            "Stopping… usulan on the way finish first.",
        ),
    ],
)
def test_both_dialogs_block_ask_stop_once_and_show_the_jobs_own_rate(
    qtbot, window, kind, stop, keep, stopping
):
    dialog = kind(window)
    stopped: list[bool] = []
    dialog.cancel_confirmed.connect(lambda: stopped.append(True))
    dialog.start()
    assert not window.centralWidget().isEnabled() and not window.menuBar().isEnabled()

    # The rate and time left are what the job measured: 2.5 requests/s, 90 s left.
    _feed(dialog, 2.5, 90.0)
    assert dialog.rate.text() == "2.5 requests/s · about 1:30 left"
    _feed(dialog, 0.0, None)
    assert dialog.rate.text() == "0.0 requests/s · time left not known yet"

    # Escape asks; "continue" is the default and the Escape answer.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and dialog.isVisible()
    assert box.defaultButton().text() == keep and box.escapeButton().text() == keep
    box.escapeButton().click()
    assert dialog.confirm_box is None and not stopped

    # The close button asks too; agreeing says it stops, once.
    dialog.close()
    assert dialog.isVisible()
    box = dialog.confirm_box
    assert box is not None
    next(b for b in box.buttons() if b.text() == stop).click()
    assert stopped == [True]
    assert dialog.heading.text() == stopping and not dialog.cancel_button.isEnabled()
    dialog.confirm_stop_now()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert stopped == [True] and dialog.confirm_box is None
    _feed(dialog, 2.5, 30.0)
    assert dialog.heading.text() == stopping, "a late snapshot does not undo the stopping"
    assert not window.centralWidget().isEnabled()

    dialog.finish()
    assert not dialog.isVisible()
    assert window.centralWidget().isEnabled() and window.menuBar().isEnabled()


def test_the_kirim_rate_speaks_indonesian(qtbot, qapp, window):
    with use_language(qapp, "id"):
        dialog = KirimProgressDialog(window)
        qtbot.addWidget(dialog)
        dialog.update_progress(KirimProgress(3, 8, 12, 0, rate_rps=1.5, eta_s=3725.0))
        assert dialog.counts.text() == "3 dari 8 usulan · 12 permintaan"
        assert dialog.rate.text() == "1,5 permintaan/detik · sekitar 1:02:05 lagi"
        assert dialog.cancel_button.text() == "Batalkan"
        dialog.update_progress(KirimProgress(0, 8, 1, 0))
        assert dialog.rate.text() == "0,0 permintaan/detik · sisa waktu belum diketahui"
        dialog.finish()


def test_the_kirim_meter_knows_no_time_left_before_the_first_usulan_and_none_at_the_end():
    meter = KirimMeter()
    first = meter.progress(0, 5, 0, 0)
    assert first.eta_s is None and first.rate_rps == 0.0
    last = meter.progress(5, 5, 20, 0, "read_back")
    assert last.eta_s == 0.0 and last.phase == "read_back"
