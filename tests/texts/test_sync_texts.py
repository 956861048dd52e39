"""The words of Sinkronisasi for the new datasets: the log's dataset names, the estimate line,
what a run pulls, and what changed in the Perubahan, in both languages."""

from __future__ import annotations

from sister_desktop.domain.changes import RECORD_ADDED, RECORD_REMOVED
from sister_desktop.domain.monitoring import PegawaiChange
from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_estimate import SyncEstimate
from sister_desktop.domain.sync_log import SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.texts import sync_texts as texts
from sister_desktop.texts.comparison_texts import change_details_text
from sister_desktop.texts.i18n import use_language


def test_the_log_names_each_dataset_as_the_operator_knows_it(qapp):
    with use_language(qapp, "id"):
        assert texts.endpoint_label("publikasi") == "Publikasi"
        assert texts.endpoint_label("referensi/sdm") == "Daftar SDM"
    with use_language(qapp, "en"):
        assert texts.endpoint_label("jabatan_fungsional/ajuan") == (
            "Pending academic rank requests"
        )
        assert texts.endpoint_label("derived") == "current values"
        assert texts.endpoint_label("no_such/dataset") == "no_such/dataset"


def test_the_estimate_line_says_where_its_figure_comes_from(qapp):
    counted = SyncEstimate(12, 900, 240.0, 4.0, True)
    guessed = SyncEstimate(12, 900, 240.0, 4.0, False, basis=6)
    sampled = SyncEstimate(12, 900, 240.0, 4.0, False, basis=6, margin=1200)
    unsampled = SyncEstimate(12, 900, 240.0, 4.0, False)
    with use_language(qapp, "id"):
        assert texts.estimate_line(counted) == (
            "12 pegawai: ≈ 900 permintaan, ≈ 4 menit pada 4/detik (dari sinkronisasi terakhir)"
        )
        assert texts.estimate_line(guessed).endswith(
            "(rata-rata dari 6 pegawai yang sudah ditarik)"
        )
        assert texts.estimate_line(sampled) == (
            "12 pegawai: ≈ 900 permintaan (± 1.200), ≈ 4 menit pada 4/detik "
            "(rata-rata dari 6 pegawai yang sudah ditarik)"
        )
        assert texts.estimate_line(SyncEstimate(0, 0, 0.0, 4.0, False)) == (
            "Belum ada pegawai terhubung untuk disinkronkan."
        )
    with use_language(qapp, "en"):
        assert texts.estimate_line(guessed).endswith("(averaged from 6 pegawai pulled)")
        assert texts.estimate_line(unsampled).endswith(
            "(rough guess: no pegawai pulled yet to count from)"
        )


def test_what_a_run_pulls_in_words(qapp):
    scope = SyncScope(frozenset({SisterGroup.BKD, SisterGroup.DATA_PRIBADI}))
    estimate = SyncEstimate(3, 80, 20.0, 4.0, False)
    with use_language(qapp, "en"):
        plan = texts.plan_text(SyncRequest(SyncMode.ALL, scope=scope), estimate)
        assert plan.startswith("Data: Personal data, BKD (lecturer workload) · 3 pegawai: ")
        full = SyncRequest(SyncMode.ALL, scope=SyncScope(scope.groups, full=True))
        assert texts.plan_text(full, estimate).startswith("Data (every detail again): ")
        assert texts.long_run_question_text(SyncEstimate(3, 80, 3900.0, 4.0, False)) == (
            "This sync will take about 1 h 5 min. Start it now?"
        )


def test_what_changed_names_the_dataset_and_the_added_or_removed_entry(qapp):
    change = PegawaiChange(
        pegawai_id=1,
        nama="Dosen",
        id_sdm="x",
        kinds=("data",),
        details=(
            ("publikasi", (RECORD_ADDED,)),
            ("penelitian", (RECORD_REMOVED, "judul")),
            ("kepangkatan", ("pangkat_golongan",)),
        ),
    )
    with use_language(qapp, "en"):
        assert change_details_text(change) == (
            "Publications: (entry added); Research: (entry removed), Title; "
            "Grade history: Pangkat/golongan"
        )
    with use_language(qapp, "id"):
        assert change_details_text(change).startswith("Publikasi: ")
