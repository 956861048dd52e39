"""The photo and a record's kelompok bidang go the way of every usulan: made and checked on
the campus, approved, sent at most once over HTTP against the sandbox, for both roles, and
read back (the photo into Data SISTER)."""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

import pytest

from sister_desktop.domain.sister_records import PHOTO_DATA
from sister_desktop.domain.usulan import UsulanStatus
from sister_desktop.domain.usulan_validation import ProblemCode
from sister_desktop.services.usulan_service import (
    RowProblemCode,
    UsulanError,
    UsulanFieldsError,
)
from sister_desktop.store.sister_record_repository import SisterRecordRepository
from tests.kirim_world import kirim_world


def _png(path: Path, shade: int) -> Path:
    """A real 2×2 PNG (SISTER and the reader check that an image is whole)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes([shade, 0, 0]) * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    data = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    path.write_bytes(data)
    return path


def _applied(sandbox, method: str, path_part: str) -> list[dict]:
    return [
        row
        for row in sandbox.writes.applied()
        if row["method"] == method and path_part in row["path"]
    ]


@pytest.mark.parametrize("role", ["basic", "pro"])
def test_a_photo_is_sent_once_and_read_back(loop, db, sandbox_factory, tmp_path, role):
    sandbox = sandbox_factory(size=40, role=role)
    photo = _png(tmp_path / "pas-foto.png", 200)
    (tmp_path / "bukan-foto.png").write_bytes(b"%PDF-1.4 not a picture")

    async def scenario():
        world = await kirim_world(db, sandbox, role=role)
        usulan = world.services.usulan
        pegawai_id = world.pegawai_ids[0]
        with pytest.raises(UsulanError) as not_an_image:
            await usulan.foto(pegawai_id, tmp_path / "bukan-foto.png")
        with pytest.raises(UsulanError) as missing:
            await usulan.foto(pegawai_id, tmp_path / "tidak-ada.png")
        made = await usulan.foto(pegawai_id, photo)
        preview = await world.services.kirim.preview()
        assert preview.items == (), "a draft is not sent"
        await usulan.setujui([made.id])
        result = await world.services.kirim.send()
        again = await world.services.kirim.send()
        stored = await SisterRecordRepository(db).records(pegawai_id, ["data_pribadi/foto"])
        return not_an_image.value, missing.value, made, result, again, stored

    not_an_image, missing, made, result, again, stored = loop.run_until_complete(scenario())
    assert not_an_image.code == RowProblemCode.NOT_AN_IMAGE
    assert missing.code == RowProblemCode.FILE_MISSING
    assert made.dataset == "data_pribadi/foto" and made.changed_fields == ("foto",)
    [item] = result.usulan
    assert item.status is UsulanStatus.DITERAPKAN and item.http_status == 204
    assert again.usulan == [], "an applied usulan is never sent again"
    assert len(_applied(sandbox, "POST", "data_pribadi/foto")) == 1
    [record] = stored
    assert base64.b64decode(record.values[PHOTO_DATA]) == photo.read_bytes()


@pytest.mark.parametrize("role", ["basic", "pro"])
def test_a_records_bidang_ilmu_is_sent_once_through_its_own_put(loop, db, sandbox_factory, role):
    sandbox = sandbox_factory(size=40, role=role)

    async def scenario():
        world = await kirim_world(db, sandbox, role=role)
        usulan = world.services.usulan
        pegawai_id = world.pegawai_ids[0]
        [record, *_] = await SisterRecordRepository(db).records(pegawai_id, ["penelitian"])
        choices = await world.services.referensi.choices(["kelompok_bidang"])
        wanted = [kelompok for kelompok, _nama in choices.lists["kelompok_bidang"][:2]]
        with pytest.raises(UsulanFieldsError) as unknown:
            await usulan.bidang_ilmu("penelitian", record.key, ["bukan-kelompok"])
        with pytest.raises(UsulanError) as not_synced:
            await usulan.bidang_ilmu("penelitian", "tidak-ada", wanted)
        made = await usulan.bidang_ilmu("penelitian", record.key, wanted)
        await usulan.setujui([made.id])
        result = await world.services.kirim.send()
        api = await world.services.connection.api()
        after = await api.client.get_json(f"/penelitian/{record.key}/bidang_ilmu")
        # The same kelompok proposed again: SISTER has them already, nothing is sent.
        same = await usulan.bidang_ilmu("penelitian", record.key, wanted)
        await usulan.setujui([same.id])
        second = await world.services.kirim.send()
        return wanted, unknown.value, not_synced.value, made, result, after, second

    wanted, unknown, not_synced, made, result, after, second = loop.run_until_complete(scenario())
    assert [(p.field, p.code) for p in unknown.problems] == [
        ("bidang_ilmu", ProblemCode.UNKNOWN_REFERENCE)
    ]
    assert not_synced.code == RowProblemCode.NO_RECORD
    assert made.changed_fields == ("bidang_ilmu",) and made.body == {"bidang_ilmu": wanted}
    [item] = result.usulan
    assert item.status is UsulanStatus.DITERAPKAN and item.http_status == 200
    assert [row["id_kelompok_bidang"] for row in after] == wanted
    [already] = second.usulan
    assert already.status is UsulanStatus.DITERAPKAN and already.http_status is None
    assert len(_applied(sandbox, "PUT", "/bidang_ilmu")) == 1, "each change applied once"


def test_an_answer_lost_after_sister_applied_them_is_found_by_periksa(
    loop, db, sandbox_factory, tmp_path
):
    """The connection cut after SISTER applied the photo and the kelompok bidang: both are
    perlu dicek, a second Kirim sends neither, Periksa finds both applied."""
    sandbox = sandbox_factory(size=40, role="pro")
    photo = _png(tmp_path / "pas-foto.png", 90)

    async def scenario():
        world = await kirim_world(db, sandbox, role="pro")
        usulan = world.services.usulan
        [record, *_] = await SisterRecordRepository(db).records(
            world.pegawai_ids[0], ["penelitian"]
        )
        choices = await world.services.referensi.choices(["kelompok_bidang"])
        wanted = [kelompok for kelompok, _nama in choices.lists["kelompok_bidang"][-1:]]
        made = [
            await usulan.foto(world.pegawai_ids[0], photo),
            await usulan.bidang_ilmu("penelitian", record.key, wanted),
        ]
        await usulan.setujui([item.id for item in made])
        sandbox.faults.fail_writes("closed", "/data_pribadi/foto", times=1)
        sandbox.faults.fail_writes("closed", "/penelitian", times=1)
        cut = await world.services.kirim.send()
        again = await world.services.kirim.send()
        checked = await world.services.kirim.periksa()
        return cut, again, checked

    cut, again, checked = loop.run_until_complete(scenario())
    assert {item.status for item in cut.usulan} == {UsulanStatus.PERLU_DICEK}
    assert again.usulan == [], "perlu dicek is never sent again by itself"
    assert [item.status for item in checked.usulan] == [UsulanStatus.DITERAPKAN] * 2
    assert len(_applied(sandbox, "POST", "data_pribadi/foto")) == 1
    assert len(_applied(sandbox, "PUT", "/bidang_ilmu")) == 1
