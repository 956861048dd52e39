"""The Kirim preview and the Usulan page's side panel name what an usulan's ids stand for: the
bidang ilmu and the mitra by SISTER's names, the earlier penelitian by its title and the dosen
members by their names, a person's bidang ilmu list by its names; never a bare id."""

from __future__ import annotations

import asyncio

import pytest

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.usulan import UsulanJenis
from sister_desktop.sandbox import referensi as ref
from sister_desktop.texts.sister_data_texts import dataset_label
from sister_desktop.texts.write_field_texts import form_field_title
from tests.ui.usulan.usulan_gui_world import gui_world, open_kirim_preview

pytestmark = pytest.mark.gui


def _leaf(rows):
    parents = {r.get("parent_id") for r in rows if r.get("parent_id")}
    return next(r for r in rows if r["id"] not in parents)


def test_the_preview_and_the_side_panel_name_bidang_ilmu_litabmas_mitra_and_dosen(
    qtbot, loop, db, sandbox
):
    g = gui_world(qtbot, loop, db, sandbox)
    owner = g.world.people[0]
    colleague = next(p for p in sandbox.world.sdm if p.id_sdm != owner.id_sdm)
    national = ref.national()
    bidang = _leaf(national["kelompok_bidang_iptek"])
    umum = _leaf(national["kelompok_bidang_umum"])
    mitra = national["dudi"][0]
    data = g.data_sister(qtbot, loop)
    earlier = data.show_group(SisterGroup.TRIDHARMA).sections["penelitian"]
    earlier.table.selectRow(0)
    before = earlier.selected_record()
    body = g.world.penelitian_body("Lanjutan padi tahan kering")
    body.update(
        id_kelompok_bidang=bidang["id"],
        id_litabmas_sebelumnya=before.key,
        mitra_litabmas=[mitra["id"]],
        anggota_dosen=[
            {"id_sdm": owner.id_sdm, "aktif": True, "peran": "K"},
            {"id_sdm": colleague.id_sdm, "aktif": True, "peran": "A"},
        ],
    )
    item = loop.run_until_complete(g.world.usulan("penelitian", UsulanJenis.BARU, body))
    bidang_ilmu = loop.run_until_complete(
        g.world.usulan(
            "data_pribadi/bidang_ilmu",
            UsulanJenis.UBAH,
            {"bidang_ilmu": [umum["id"]]},
            record_id="",
            base={"bidang_ilmu": []},
            changed=("bidang_ilmu",),
        )
    )
    wanted = {
        "id_kelompok_bidang": bidang["nama"],
        "id_litabmas_sebelumnya": before.values["judul"],
        "mitra_litabmas": mitra["nama"],
        "anggota_dosen": f"{owner.nama} (Ketua); {colleague.nama} (Anggota)",
    }
    titles = {form_field_title(name, "penelitian"): name for name in wanted}
    page = g.window.sync_pages.usulan_page
    loop.run_until_complete(page.refresh())

    async def preview_rows():
        task, preview = await open_kirim_preview(page)
        rows = {}
        for i in range(preview.tree.topLevelItemCount()):
            family = preview.tree.topLevelItem(i)
            into = rows.setdefault(family.text(0).split(":")[0], {})
            for j in range(family.childCount()):
                line = family.child(j)
                for k in range(line.childCount()):
                    change = line.child(k)
                    into[change.text(0)] = change.text(2)
        preview.reject()
        assert await asyncio.wait_for(task, 30) is None
        return rows

    rows = loop.run_until_complete(preview_rows())
    for title, name in titles.items():
        assert rows[dataset_label("penelitian")][title] == wanted[name], title
    own = rows[dataset_label("data_pribadi/bidang_ilmu")]
    assert own[form_field_title("bidang_ilmu", "data_pribadi/bidang_ilmu")] == umum["nama"]

    def panel_rows(usulan_id: int) -> dict[str, str]:
        assert page.select_usulan(usulan_id)
        loop.run_until_complete(g.context.tasks.wait_idle())
        table = page.detail.changes
        return {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}

    shown = panel_rows(item.id)
    for title, name in titles.items():
        assert shown[title] == wanted[name], title
    shown = panel_rows(bidang_ilmu.id)
    assert shown[form_field_title("bidang_ilmu", "data_pribadi/bidang_ilmu")] == umum["nama"]
