"""A Kirim that was cut off is offered for checking at the next start, never resent: one usulan
whose answer was lost after SISTER applied it (perlu_dicek) and one a killed run left
``sending`` before its request left. At start the window says how many and offers Periksa di
SISTER; Later sends nothing and the Usulan page keeps saying so; Periksa finds the first in
SISTER and puts the second back to approved, still without a single write.

Real services, the sandbox on loopback, a real SQLite file, the window offscreen."""

from __future__ import annotations

import asyncio

import pytest

from sister_desktop.domain.usulan import UsulanJenis, UsulanStatus
from sister_desktop.store.usulan_repository import UsulanRepository
from sister_desktop.texts.i18n import use_language
from tests.ui.pegawai.pegawai_helpers import wait_for
from tests.ui.usulan.usulan_gui_world import gui_world

pytestmark = pytest.mark.gui


def _posts(sandbox) -> list[dict]:
    return [w for w in sandbox.writes.applied() if w["path"].endswith("/penelitian")]


def test_a_cut_off_kirim_is_offered_for_checking_at_start_and_never_resent(
    qapp, qtbot, loop, db, sandbox
):
    with use_language(qapp, "id"):
        g = gui_world(qtbot, loop, db, sandbox)
        world, services = g.world, g.world.services
        lost = loop.run_until_complete(
            world.usulan("penelitian", UsulanJenis.BARU, world.penelitian_body("Jawaban hilang"))
        )
        killed = loop.run_until_complete(
            world.usulan("penelitian", UsulanJenis.BARU, world.penelitian_body("Run terbunuh"))
        )
        # The connection drops after SISTER applied the first: its answer never came.
        sandbox.faults.fail_writes("closed", "/penelitian", times=1)
        result = loop.run_until_complete(services.kirim.send([lost.id]))
        assert [u.status for u in result.usulan] == [UsulanStatus.PERLU_DICEK]
        # The second was taken by a run killed before its request left.
        assert loop.run_until_complete(
            UsulanRepository(db).mark_sending(
                killed.id, allowed_from=[UsulanStatus.DISETUJUI], run_id="killed", by="x"
            )
        )
        assert len(_posts(sandbox)) == 1
        page = g.window.sync_pages.usulan_page

        async def start_and_answer(answer: str):
            # What the program does at start (app.py: offer-periksa).
            offer = asyncio.ensure_future(page.offer_periksa())
            box = await wait_for(lambda: page.message_box)
            said = (box.windowTitle(), box.text(), box.informativeText())
            assert box.defaultButton().text() == "Nanti", "the safe answer is the default"
            next(b for b in box.buttons() if b.text() == answer).click()
            outcome = await asyncio.wait_for(offer, 60)
            await g.context.tasks.wait_idle()
            return said, outcome

        (title, text, informative), later = loop.run_until_complete(start_and_answer("Nanti"))
        assert title == "Kirim terputus"
        assert text == "2 usulan mungkin sudah sampai di SISTER tanpa jawaban."
        assert "tidak dikirim ulang" in informative.lower()
        assert later is None and len(_posts(sandbox)) == 1, "Later sends nothing"
        assert page.message.text().startswith("2 usulan dari Kirim yang terputus menunggu")
        statuses = {u.id: u.status for u in loop.run_until_complete(g.context.usulan.find())}
        assert statuses == {lost.id: UsulanStatus.PERLU_DICEK, killed.id: UsulanStatus.SENDING}

        _, checked = loop.run_until_complete(start_and_answer("Periksa di SISTER"))
        assert checked is not None
        after = {u.id: u for u in loop.run_until_complete(g.context.usulan.find())}
        assert after[lost.id].status is UsulanStatus.DITERAPKAN
        assert after[lost.id].sister_id == _posts(sandbox)[0]["id"]
        assert after[killed.id].status is UsulanStatus.DISETUJUI, "back to approved"
        assert len(_posts(sandbox)) == 1, "Periksa never resends"
        assert g.window.centralWidget().isEnabled()
        # Nothing is left to check: the next start asks nothing.
        done = page.message_box
        assert done is not None and done.objectName() == "kirim_done_box"
        # It says what the Periksa found, not that something was sent.
        assert done.windowTitle() == "Periksa di SISTER selesai"
        assert done.text() == (
            "2 usulan diperiksa di SISTER: 1 ada di sana (diterapkan atau diajukan), 1 tidak ada "
            "(kembali disetujui: kirim dengan Kirim ke SISTER), 0 berubah di SISTER atau "
            "ditolak, 0 masih perlu dicek."
        )
        done.close()
        assert loop.run_until_complete(page.offer_periksa()) is None
        assert page.message_box is done, "no new question"
