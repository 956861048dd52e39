"""Why a write is not offered: switched off, not linked, PDDIKTI, no such write, used in BKD."""

from __future__ import annotations

from sister_desktop.domain.sister_writes import WriteOp
from sister_desktop.domain.write_permission import WriteBlock, bkd_titles, write_block


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
