"""An id not in the ``referensi`` list its field names is refused before an usulan is saved
(a form, a riwayat file) and before it is sent, over HTTP against the sandbox; a list not
cached yet is fetched once and kept."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from sister_desktop.domain.usulan import UsulanJenis, UsulanStatus
from sister_desktop.domain.usulan_validation import ProblemCode
from sister_desktop.services.usulan_service import UsulanFieldsError
from tests.kirim_world import kirim_world

#: No category of SISTER's ``referensi/kategori_kegiatan`` has this id.
NOT_A_KATEGORI = 999_999


def _row(pegawai_id: int, judul: str, kategori: object, afiliasi: str) -> dict[str, object]:
    return {
        "id_pegawai": pegawai_id,
        "judul": judul,
        "id_kategori_kegiatan": kategori,
        "id_afiliasi": afiliasi,
        "tahun_usulan": 2024,
        "tahun_kegiatan": 2025,
        "tahun_pelaksanaan": 2025,
        "lama_kegiatan": 1,
        "tahun_pelaksanaan_ke": 1,
        "dana_dikti": 0,
        "dana_perguruan_tinggi": 15000000,
        "dana_institusi_lain": 0,
    }


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter=";")
        writer.writeheader()
        writer.writerows(rows)
    return path


def _kategori_requests(sandbox) -> int:
    return sum(n for path, n in sandbox.stats.by_path.items() if "kategori_kegiatan" in path)


def test_an_unknown_reference_is_refused_before_saving_and_the_list_is_fetched_once(
    loop, db, sandbox_factory, tmp_path
):
    sandbox = sandbox_factory(size=40, role="pro")

    async def scenario():
        world = await kirim_world(db, sandbox, role="pro")
        usulan = world.services.usulan
        pegawai_id = world.pegawai_ids[0]
        sample = world.penelitian_body("Riset dengan kategori SISTER")
        good, afiliasi = sample["id_kategori_kegiatan"], sample["id_afiliasi"]
        bad_file = _write(
            tmp_path / "bad.csv",
            [
                _row(pegawai_id, "Riset satu", good, afiliasi),
                _row(pegawai_id, "Riset dua", NOT_A_KATEGORI, afiliasi),
            ],
        )
        refused = await usulan.import_file(bad_file, "penelitian")
        fetched_after_import = _kategori_requests(sandbox)
        good_file = _write(tmp_path / "good.csv", [_row(pegawai_id, "Riset tiga", good, afiliasi)])
        drafted = await usulan.import_file(good_file, "penelitian")
        body = world.penelitian_body("Riset dari form")
        with pytest.raises(UsulanFieldsError) as form_refusal:
            await usulan.baru(
                world.pegawai_ids[0],
                "penelitian",
                {**body, "id_kategori_kegiatan": NOT_A_KATEGORI},
            )
        return refused, fetched_after_import, drafted, form_refusal.value, await usulan.find()

    refused, fetched, drafted, form_refusal, stored = loop.run_until_complete(scenario())
    assert [(p.row, p.field, p.code, p.detail) for p in refused.problems] == [
        (3, "id_kategori_kegiatan", ProblemCode.UNKNOWN_REFERENCE.value, str(NOT_A_KATEGORI))
    ]
    assert refused.drafted == [], "all or nothing"
    assert [p.field for p in form_refusal.problems] == ["id_kategori_kegiatan"]
    assert form_refusal.problems[0].code is ProblemCode.UNKNOWN_REFERENCE
    assert len(drafted.drafted) == 1 and [item.id for item in stored] == [drafted.drafted[0].id]
    assert fetched == 1, "the list is fetched when not cached"
    assert _kategori_requests(sandbox) == 1, "and read from the cache afterwards"


def test_an_unknown_reference_is_refused_before_sending(loop, db, sandbox_factory):
    """An usulan that bypassed the form (an older draft, a list that changed since) is
    refused by the Kirim before any request: nothing reaches SISTER."""
    sandbox = sandbox_factory(size=40, role="pro")

    async def scenario():
        world = await kirim_world(db, sandbox, role="pro")
        body = world.penelitian_body("Riset dengan kategori lama")
        body["id_kategori_kegiatan"] = NOT_A_KATEGORI
        await world.usulan("penelitian", UsulanJenis.BARU, body)
        good = await world.usulan(
            "penelitian", UsulanJenis.BARU, world.penelitian_body("Riset yang benar")
        )
        result = await world.services.kirim.send()
        return good, result

    good, result = loop.run_until_complete(scenario())
    by_id = {item.id: item for item in result.usulan}
    refused = next(item for item in result.usulan if item.id != good.id)
    assert refused.status is UsulanStatus.DITOLAK and refused.http_status is None
    assert refused.error_code == ProblemCode.UNKNOWN_REFERENCE.value
    assert refused.message == f"id_kategori_kegiatan: {NOT_A_KATEGORI}"
    assert by_id[good.id].status is UsulanStatus.DITERAPKAN
    assert len([w for w in sandbox.writes.applied() if w["method"] == "POST"]) == 1
