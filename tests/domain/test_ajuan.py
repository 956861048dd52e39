"""A pegawai's ajuan: status, age, and the usulan that made it found by what it changes."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from sister_desktop.domain.ajuan import ajuan_of, family_of, is_waiting
from sister_desktop.domain.sister_records import SisterRecord
from sister_desktop.domain.usulan import Usulan, UsulanJenis, UsulanStatus

AT = datetime(2026, 12, 1, tzinfo=UTC)


@pytest.fixture
def computer_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Set this computer's time zone (``TZ``) for a test; the one before comes back after."""

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


def _record(key: str, row: dict, *, dataset: str = "jabatan_fungsional/ajuan") -> SisterRecord:
    return SisterRecord(1, dataset, key, "", 0, row, None, AT, AT, AT)


def _usulan(usulan_id: int, sk: str, status=UsulanStatus.DIAJUKAN) -> Usulan:
    return Usulan(
        id=usulan_id,
        pegawai_id=1,
        id_sdm="x",
        dataset="jabatan_fungsional",
        jenis=UsulanJenis.UBAH,
        status=status,
        body={"sk": sk, "tanggal_mulai": "2020-01-01"},
        changed_fields=("sk", "dokumen"),
    )


def test_an_ajuan_reads_its_status_age_and_the_usulan_that_made_it(computer_zone):
    computer_zone("UTC")
    ours = _record(
        "a1",
        {
            "tanggal_ajuan": "2026-12-05T10:15:00+07:00",
            "jenis_ajuan": "Ubah",
            "status": "Diajukan",
            "detail_perubahan": {"sk_lama": "SK/1", "sk_baru": "SK/2"},
        },
    )
    older = _record(
        "a0",
        {"tanggal_ajuan": "2025-06-10", "status": "Ditolak Kepegawaian PT", "keterangan": "X"},
    )
    other = _record("r1", {"status": "Diajukan"}, dataset="jabatan_fungsional")
    found = ajuan_of(
        [older, ours, other],
        [_usulan(7, "SK/3"), _usulan(8, "SK/2"), _usulan(9, "SK/2", UsulanStatus.DITOLAK)],
        date(2026, 12, 7),
    )
    assert [(a.record.key, a.usulan_id, a.age_days, a.waiting) for a in found] == [
        ("a1", 8, 2, True),
        ("a0", None, (date(2026, 12, 7) - date(2025, 6, 10)).days, False),
    ]
    assert found[1].keterangan == "X" and found[0].dataset == "jabatan_fungsional"


def test_waiting_and_family_names():
    assert is_waiting(" diajukan ") and not is_waiting("Disetujui Kepegawaian PT")
    assert family_of("nilai_tes/ajuan") == "nilai_tes" and family_of("nilai_tes") is None


def test_a_stamp_of_sisters_zone_is_read_on_this_computers_calendar(computer_zone):
    """SISTER stamps in WIB: half past midnight there is still the day before in UTC, so an
    ajuan made "just now" is 0 days old on either computer, never -1."""
    just_now = _record("a1", {"tanggal_ajuan": "2026-12-08T00:30:00+07:00", "status": "Diajukan"})
    day_only = _record("a2", {"tanggal_ajuan": "2026-12-08", "status": "Diajukan"})
    computer_zone("UTC")
    found = {a.record.key: a for a in ajuan_of([just_now, day_only], [], date(2026, 12, 7))}
    assert found["a1"].submitted == date(2026, 12, 7) and found["a1"].age_days == 0
    assert found["a2"].age_days == 0  # a day of SISTER's zone ahead of this computer's
    computer_zone("Asia/Jakarta")
    (ajuan,) = ajuan_of([just_now], [], date(2026, 12, 8))
    assert ajuan.submitted == date(2026, 12, 8) and ajuan.age_days == 0
