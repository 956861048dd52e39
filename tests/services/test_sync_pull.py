"""Which details a sync asks: the decision of ``services.sync_pull``."""

from __future__ import annotations

from sister_desktop.domain.changes import payload_hash
from sister_desktop.domain.sister_groups import BY_NAME
from sister_desktop.services.sync_pull import RunPlan, needs_detail
from sister_desktop.store.sister_record_repository import KnownRecord

ROW = {"id": "a", "judul": "Analisis"}


def _known(**changes: object) -> KnownRecord:
    values = {"key": "a", "scope": "", "row_hash": payload_hash(ROW), "has_detail": True}
    values.update({"removed": False, **changes})
    return KnownRecord(**values)  # type: ignore[arg-type]


def test_a_detail_is_asked_only_where_the_stored_one_does_not_answer():
    assert not needs_detail(_known(), ROW, full=False)  # unchanged, detail stored
    assert needs_detail(None, ROW, full=False)  # new in its list
    assert needs_detail(_known(), {**ROW, "judul": "Analisis (revisi)"}, full=False)
    assert needs_detail(_known(has_detail=False), ROW, full=False)  # never fetched
    assert needs_detail(_known(removed=True), ROW, full=False)  # back after being removed
    assert needs_detail(_known(), ROW, full=True)  # a full sync


def test_the_per_semester_lists_are_kept_per_semester_and_asked_at_once_where_allowed():
    pengajaran, ajar, publikasi = BY_NAME["pengajaran"], BY_NAME["bkd/ajar"], BY_NAME["publikasi"]
    names = {"2024/2025 ganjil": "20241", "2024/2025 genap": "20242"}
    plan = RunPlan((pengajaran, ajar, publikasi), ("20241", "20242"), semester_names=names)
    assert plan.scopes(pengajaran) == plan.scopes(ajar) == ("20241", "20242")
    assert plan.scopes(publikasi) == ("",)
    # Pengajaran in one request; the BKD list needs its semester; a list kept whole: one.
    assert [plan.list_calls(d) for d in plan.datasets] == [1, 2, 1]
    # Without SISTER's semester names the rows could not be split: per semester.
    unnamed = RunPlan(plan.datasets, plan.semesters)
    assert not unnamed.at_once(pengajaran) and unnamed.list_calls(pengajaran) == 2
