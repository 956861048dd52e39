"""A collaborator SISTER does not know is made once, just before the record that names it: the
Kirim looks for the name in SISTER's list first, so a send tried again (its first answer lost)
finds the collaborator made the first time instead of making a twin; a known one is sent by
its id alone."""

from __future__ import annotations

from sister_desktop.domain.sister_writes import write_family
from sister_desktop.services.kirim_partners import make_collaborators
from tests.sync_world import sandbox_client

NAMA = "Sri Wahyuni Nasution"


def test_a_new_collaborator_is_made_once_and_a_known_one_goes_by_id(loop, sandbox):
    family = write_family("penelitian")
    assert family is not None
    known = sandbox.world.activities.external[0]
    body = {
        "judul": "x",
        "anggota_lain": [
            {"id_orang": known["id"], "nama": known["nama"], "aktif": True, "peran": "A"},
            {
                "id_orang": None,
                "nama": NAMA,
                "jenis_kelamin": "P",
                "kode_negara": "ID",
                "aktif": True,
                "peran": "A",
            },
        ],
    }

    async def twice():
        client = await sandbox_client(sandbox)
        try:
            state = {"wrote": False}
            first = await make_collaborators(client, family, body, state)
            again = await make_collaborators(client, family, body, {"wrote": False})
            return first, again, state
        finally:
            await client.aclose()

    first, again, state = loop.run_until_complete(twice())
    made = [p for p in sandbox.world.activities.external if p["nama"] == NAMA]
    assert len(made) == 1 and state["wrote"]
    assert first == again
    assert first["anggota_lain"] == [
        {"id_orang": known["id"], "aktif": True, "peran": "A"},
        {"id_orang": made[0]["id"], "aktif": True, "peran": "A"},
    ]
    assert made[0]["jenis_kelamin"] == "P"
    assert body["anggota_lain"][1]["id_orang"] is None, "the usulan's own body is not changed"
