"""The freshness rules: which lists a scheduled night asks, spread over the nights."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from sister_desktop.domain.freshness import (
    Freshness,
    checked_at,
    due_datasets,
    format_freshness,
    is_due,
    is_tendik,
    parse_freshness,
)
from sister_desktop.domain.sister_groups import BY_NAME, SisterGroup, SyncScope
from sister_desktop.domain.sister_records import DatasetState
from tests.sandbox.spec_file import spec_path

NIGHT0 = datetime(2026, 12, 1, 19, 0, tzinfo=UTC)
ALL = SyncScope(groups=frozenset(SisterGroup)).datasets


def _state(pegawai_id: int, dataset: str, at: datetime, ok: bool = True) -> DatasetState:
    return DatasetState(pegawai_id, dataset, "", at, ok, 1, 1, 0)


def test_defaults_a_week_for_slow_families_a_day_for_ajuan_and_penugasan():
    fresh = Freshness()
    assert fresh.limit_days(BY_NAME["diklat"]) == 7
    assert fresh.limit_days(BY_NAME["penugasan"]) == 1
    assert fresh.limit_days(BY_NAME["jabatan_fungsional/ajuan"]) == 1
    assert fresh.limit_days(BY_NAME["nilai_tes/ajuan"]) == 1


def test_the_setting_round_trips_and_a_bad_part_keeps_its_default():
    fresh = parse_freshness("tridharma=3,ajuan=2,bkd=x,unknown=5,dokumen=999")
    assert fresh.days[SisterGroup.TRIDHARMA] == 3
    assert fresh.days[SisterGroup.BKD] == 7
    assert fresh.days[SisterGroup.DOKUMEN] == 90
    assert fresh.fast_days == 2
    assert parse_freshness(format_freshness(fresh)) == fresh
    assert parse_freshness(None) == Freshness()


def test_a_list_never_checked_or_failed_is_due():
    assert checked_at([]) is None
    assert checked_at([_state(1, "diklat", NIGHT0), _state(1, "diklat", NIGHT0, ok=False)]) is None
    assert is_due(BY_NAME["diklat"], None, pegawai_id=1, now=NIGHT0, freshness=Freshness())


def test_slow_lists_are_spread_over_the_week_and_none_gets_older_than_its_limit():
    """After one first pull of 700 pegawai on night 0, each of the next seven nights asks the
    slow lists of about a seventh of them, every pegawai once, and the fast lists of all."""
    people = range(1, 701)
    last = {p: dict.fromkeys((d.name for d in ALL), NIGHT0) for p in people}
    fresh = Freshness()
    slow_per_night = []
    for night in range(1, 15):
        now = NIGHT0 + timedelta(days=night, minutes=7 * night)  # a run starts a little late
        slow = 0
        for p in people:
            states = [_state(p, name, at) for name, at in last[p].items()]
            for dataset in due_datasets(p, ALL, states, now=now, freshness=fresh):
                if fresh.limit_days(dataset) == 7 and dataset.name == "diklat":
                    slow += 1
                last[p][dataset.name] = now
            oldest = {name: now - at for name, at in last[p].items()}
            for name, age in oldest.items():
                assert age <= fresh.limit(BY_NAME[name]), (night, p, name, age)
        slow_per_night.append(slow)
    week = slow_per_night[:7]
    assert sum(week) == 700  # each pegawai once in the first week
    assert max(week) <= 700 / 7 * 1.5  # no night carries all of them
    assert min(week) >= 700 / 7 * 0.5
    assert slow_per_night[7:] == week  # and then the same share every week


def test_a_tendik_is_asked_tridharma_and_bkd_only_weekly():
    fresh = parse_freshness("tridharma=1,bkd=1")
    pengajaran = BY_NAME["pengajaran"]
    at = NIGHT0 - timedelta(days=1)
    for p in range(1, 50):
        assert is_due(pengajaran, at, pegawai_id=p, now=NIGHT0, freshness=fresh)
    due_tendik = [
        is_due(pengajaran, at, pegawai_id=p, now=NIGHT0, freshness=fresh, tendik=True)
        for p in range(1, 50)
    ]
    assert 0 < sum(due_tendik) < 49 / 3  # only on their night of the week
    week_old = NIGHT0 - timedelta(days=7)
    assert is_due(pengajaran, week_old, pegawai_id=1, now=NIGHT0, freshness=fresh, tendik=True)
    assert is_tendik("Tendik") and is_tendik("Tenaga Kependidikan") and not is_tendik("Dosen")
    assert not is_tendik(None)


#: A field name or format that would say when a person's data last changed.
_STAMP = re.compile(r"update|waktu|tanggal|tgl|time|stamp|modif|chang|ubah|last", re.I)


def _sdm_row_schema() -> dict[str, Any]:
    """The schema of one row of ``GET /referensi/sdm``, read from the spec beside the repo."""
    yaml = pytest.importorskip("yaml")
    path = spec_path()
    if not path.exists():
        pytest.skip(f"the SISTER OpenAPI spec is not at {path} (not part of a clone)")
    spec = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    responses = spec["paths"]["/referensi/sdm"]["get"]["responses"]
    ok = responses.get(200) or responses["200"]
    schema = ok["content"]["application/json"]["schema"]["items"]
    while "$ref" in schema:
        *_, name = schema["$ref"].split("/")
        schema = spec["components"]["schemas"][name]
    return schema


def test_sisters_sdm_list_still_carries_no_per_person_update_stamp():
    """The nights check a pegawai's lists by age alone because SISTER's SDM list says nothing
    of when a person's data changed (``waktu_data_update`` is in the spec only for units).
    The day the SDM row gains such a stamp, this fails: use it then as a hint to skip a
    pegawai who has not changed, the freshness limit still guaranteeing a check."""
    properties = _sdm_row_schema()["properties"]
    assert {"id_sdm", "nama_sdm", "jenis_sdm"} <= set(properties)  # the row as read today
    stamps = {
        name
        for name, field in properties.items()
        if _STAMP.search(name) or (field or {}).get("format") in ("date", "date-time")
    }
    assert not stamps, f"the SDM list now carries {sorted(stamps)}: a hint for freshness.py"
