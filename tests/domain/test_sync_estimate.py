"""The estimate before a run: a first run is guessed, a second run of unchanged people counts
lists only, ``full`` counts every detail, the BKD lists count each semester and pengajaran one
request for all of them."""

from __future__ import annotations

from datetime import UTC, datetime

from sister_desktop.domain.sister_groups import BY_NAME, SisterGroup, SyncScope
from sister_desktop.domain.sister_records import DatasetState
from sister_desktop.domain.sync_estimate import (
    CHANGED_SHARE,
    GUESSED_RECORDS,
    RUN_REQUESTS,
    estimate_sync,
    first_pull_costs,
)

AT = datetime(2026, 12, 1, tzinfo=UTC)
KEPEGAWAIAN = SyncScope(groups=frozenset({SisterGroup.KEPEGAWAIAN}))


def _state(pegawai_id, dataset, records, details, lists=1, scope=""):  # type: ignore[no-untyped-def]
    return DatasetState(pegawai_id, dataset, scope, AT, True, records, lists, details)


def test_a_first_run_is_guessed():
    estimate = estimate_sync([1, 2], KEPEGAWAIAN, [], rate=4.0)
    datasets = KEPEGAWAIAN.datasets
    per_person = len(datasets) + GUESSED_RECORDS * sum(d.has_details for d in datasets)
    assert estimate.requests == round(2 * per_person) + RUN_REQUESTS
    assert not estimate.from_last_run
    assert estimate.seconds == estimate.requests / 4.0


def test_a_second_run_of_unchanged_people_counts_lists_only_and_full_counts_details():
    states = [_state(1, d.name, records=5, details=0) for d in KEPEGAWAIAN.datasets]
    again = estimate_sync([1], KEPEGAWAIAN, states, rate=4.0)
    assert again.from_last_run
    assert again.requests == len(KEPEGAWAIAN.datasets) + RUN_REQUESTS
    full = estimate_sync([1], SyncScope(KEPEGAWAIAN.groups, full=True), states, rate=4.0)
    assert full.requests == again.requests + 5 * len(KEPEGAWAIAN.datasets)


def test_after_a_first_pull_the_next_run_expects_only_a_share_of_the_details_again():
    """The first pull fetched a detail per record; the second fetches only what changed, so
    it is told as lists and a few details, not as the first run over again."""
    detailed = [d for d in KEPEGAWAIAN.datasets if d.has_details]
    states = [
        _state(1, d.name, records=40, details=40 if d.has_details else 0)
        for d in KEPEGAWAIAN.datasets
    ]
    after_first = estimate_sync([1], KEPEGAWAIAN, states, rate=4.0)
    lists = len(KEPEGAWAIAN.datasets) + RUN_REQUESTS
    assert after_first.requests == lists + round(40 * CHANGED_SHARE * len(detailed))
    changed_then = [_state(1, d.name, records=40, details=3) for d in KEPEGAWAIAN.datasets]
    after_second = estimate_sync([1], KEPEGAWAIAN, changed_then, rate=4.0)
    assert after_second.requests == lists + 3 * len(detailed)


def test_per_semester_lists_count_each_semester():
    scope = SyncScope(groups=frozenset({SisterGroup.BKD}), semesters=6)
    per_semester = sum(d.per_semester for d in scope.datasets)
    estimate = estimate_sync([1], scope, [], rate=1.0)
    assert estimate.requests == per_semester * 6 + (len(scope.datasets) - per_semester) + 8
    assert BY_NAME["bkd/ajar"].per_semester


def test_pengajaran_counts_one_list_whatever_the_semesters():
    """SISTER answers every semester of pengajaran at once: one list request per pegawai,
    counted on one semester's state of the last pull (the others hold their records)."""
    pengajaran = BY_NAME["pengajaran"]
    scope = SyncScope(groups=frozenset({SisterGroup.TRIDHARMA}), semesters=6)
    only = {1: {pengajaran.name}}
    guessed = estimate_sync([1], scope, [], rate=1.0, only=only)
    assert guessed.requests == 1 + 6 * GUESSED_RECORDS + RUN_REQUESTS  # records per semester
    semesters = ["20231", "20232", "20241", "20242", "20251", "20252"]
    states = [
        _state(1, pengajaran.name, records=3, details=0, lists=1 if n == 0 else 0, scope=smt)
        for n, smt in enumerate(semesters)
    ]
    again = estimate_sync([1], scope, states, rate=1.0, only=only)
    assert again.from_last_run and again.requests == 1 + RUN_REQUESTS


def test_a_first_pulls_cost_is_its_lists_and_a_detail_per_record_of_every_dataset():
    datasets = KEPEGAWAIAN.datasets
    whole = [_state(1, d.name, records=3, details=0, lists=2) for d in datasets]
    some = [_state(2, datasets[0].name, records=3, details=3)]  # a group added since
    costs = first_pull_costs(datasets, whole + some)
    assert costs == {1: sum(2 + (3 if d.has_details else 0) for d in datasets)}
