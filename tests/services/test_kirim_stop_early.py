"""A stop asked while a Kirim is still starting (logging in, taking the lock) is honoured:
nothing is sent, the usulan stay approved, and the next Kirim sends them."""

from __future__ import annotations

import asyncio

from sister_desktop.domain.usulan import UsulanJenis, UsulanStatus
from tests.kirim_world import kirim_world


def test_a_stop_before_the_first_usulan_sends_nothing(loop, db, sandbox_factory):
    sandbox = sandbox_factory(size=40, role="pro", latency_ms=200)

    async def scenario():
        world = await kirim_world(db, sandbox, role="pro")
        await world.usulan("penelitian", UsulanJenis.BARU, world.penelitian_body("Judul A"))
        kirim = world.services.kirim
        send = asyncio.ensure_future(kirim.send())
        await asyncio.sleep(0)  # the run has begun and waits on its first request
        kirim.cancel()
        stopped = await send
        later = await kirim.send()
        return stopped, later

    stopped, later = loop.run_until_complete(scenario())
    assert stopped.cancelled and [u.status for u in stopped.usulan] == []
    assert [u.status for u in later.usulan] == [UsulanStatus.DITERAPKAN]
    assert len([w for w in sandbox.writes.applied() if w["path"].endswith("penelitian")]) == 1
