"""Why a write is not offered: switched off, not linked, PDDIKTI, no such write, used in BKD
or (as SISTER's refusal said) in a PAK."""

from __future__ import annotations

from sister_desktop.domain.sister_writes import WriteOp
from sister_desktop.domain.usulan import Usulan, UsulanJenis, UsulanStatus
from sister_desktop.domain.write_permission import (
    WriteBlock,
    bkd_titles,
    refused_records,
    write_block,
)


def test_each_reason_in_its_order():
    used = bkd_titles([{"judul_keg": "Padi  Tahan-Kering."}, {"judul_keg": ""}])
    assert used == frozenset({"padi tahan kering"})
    record = {"judul": "padi tahan kering"}
    on = {"writes_enabled": True, "linked": True}
    assert write_block("penelitian", WriteOp.CREATE, **on) is None
    assert write_block("penelitian", WriteOp.DELETE, record=record, used_in_bkd=used, **on) is (
        WriteBlock.USED_IN_BKD
    )
    assert write_block("penelitian", WriteOp.DELETE, record={"judul": "lain"}, **on) is None
    assert write_block("pengajaran", WriteOp.UPDATE, **on) is WriteBlock.PDDIKTI
    # A PDDIKTI record's kelompok bidang is its one write; the switch still holds it back.
    assert write_block("pengajaran", WriteOp.BIDANG_ILMU, **on) is None
    assert (
        write_block("pengajaran", WriteOp.BIDANG_ILMU, writes_enabled=False, linked=True)
        is WriteBlock.WRITES_OFF
    )
    assert write_block("data_pribadi/alamat", WriteOp.DELETE, **on) is WriteBlock.NO_SUCH_WRITE
    assert write_block("data_pribadi/alamat", WriteOp.UPDATE, **on) is None
    assert write_block("bkd/penelitian", WriteOp.CREATE, **on) is WriteBlock.READ_ONLY
    assert (
        write_block("penelitian", WriteOp.CREATE, writes_enabled=True, linked=False)
        is WriteBlock.NOT_LINKED
    )
    assert (
        write_block("penelitian", WriteOp.CREATE, writes_enabled=False, linked=True)
        is WriteBlock.WRITES_OFF
    )


def _answered(n: int, record_id: str, status: UsulanStatus, http: int, message: str) -> Usulan:
    return Usulan(
        id=n,
        pegawai_id=1,
        id_sdm="s",
        dataset="jabatan_fungsional",
        jenis=UsulanJenis.UBAH,
        status=status,
        record_id=record_id,
        http_status=http,
        message=message,
    )


def test_a_record_is_in_a_pak_once_sister_refused_an_usulan_of_it_for_that():
    pak = (
        "Tidak dapat disimpan: Data tidak bisa diubah karena sedang digunakan untuk "
        "Pengajuan Angka Kredit"
    )
    bkd = "Tidak dapat disimpan: Data tidak bisa diubah karena sedang digunakan untuk BKD"
    items = [
        _answered(1, "r1", UsulanStatus.DITOLAK, 403, pak),
        _answered(2, "r2", UsulanStatus.DITOLAK, 403, bkd),
        _answered(3, "r3", UsulanStatus.DITOLAK, 403, pak),
        _answered(4, "r3", UsulanStatus.DITERAPKAN, 200, ""),  # SISTER took a later one
        _answered(5, "r4", UsulanStatus.DITOLAK, 400, "Input data tidak valid: PAK"),
    ]
    refused = refused_records(items)
    assert refused == {"r1": WriteBlock.USED_IN_PAK, "r2": WriteBlock.USED_IN_BKD}
    on = {"writes_enabled": True, "linked": True, "refused": refused}
    assert write_block("jabatan_fungsional", WriteOp.UPDATE, record_key="r1", **on) is (
        WriteBlock.USED_IN_PAK
    )
    assert write_block("jabatan_fungsional", WriteOp.DELETE, record_key="r3", **on) is None
    assert write_block("jabatan_fungsional", WriteOp.CREATE, record_key="r1", **on) is None
