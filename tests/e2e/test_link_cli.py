"""``sister-desktop link`` end to end: sandbox over loopback, a real SQLite file, the CLI entry."""

from __future__ import annotations

import asyncio
import json

import pytest

from sister_desktop.cli import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from sister_desktop.store.database import Database
from sister_desktop.store.pegawai_repository import PegawaiRepository
from tests.linking_world import campus_pegawai


@pytest.fixture(autouse=True)
def _gui_app(qapp):
    """The CLI reuses the session QApplication instead of creating a QCoreApplication that
    later widget tests could not use."""
    return qapp


@pytest.fixture
def world(sandbox_factory, monkeypatch):
    server = sandbox_factory(size=60)
    c = server.credentials
    monkeypatch.setenv("SISTER_WS_URL", c.url)
    monkeypatch.setenv("SISTER_ID_PENGGUNA", c.id_pengguna)
    monkeypatch.setenv("SISTER_USERNAME", c.username)
    monkeypatch.setenv("SISTER_PASSWORD", c.password)
    monkeypatch.setenv("SISTER_MAX_RPS", "10")
    return server


def _seed(url: str, rows) -> list[int]:
    async def go() -> list[int]:
        db = await Database.open(url)
        try:
            return await PegawaiRepository(db).save_many(campus_pegawai(rows), [])
        finally:
            await db.dispose()

    return asyncio.run(go())


def _linked(url: str) -> dict[int, str | None]:
    async def go() -> dict[int, str | None]:
        db = await Database.open(url)
        try:
            return {p.id: p.id_sdm for p in await PegawaiRepository(db).list_all()}
        finally:
            await db.dispose()

    return asyncio.run(go())


def test_plan_only_writes_nothing_and_apply_links_the_cocok_group(world, db_url, capsys):
    ids = _seed(db_url, world.world.campus_rows())
    row_of = {pegawai_id: row for row, pegawai_id in enumerate(ids)}
    truth = world.world.truth

    assert main(["link", "--all", "--json", "--db", db_url, "--lang", "en"]) == EXIT_OK
    out, err = capsys.readouterr()
    plan = json.loads(out)
    assert plan["linked"] == 0
    assert len(plan["exact"]) + len(plan["review"]) + len(plan["not_found"]) == len(ids)
    for entry in plan["exact"]:
        assert truth.is_correct_link(row_of[entry["id"]], entry["id_sdm"])
        assert entry["reason"] == "identifier_and_name_match"
    assert all(e["id_sdm"] is None for e in plan["not_found"])
    assert "Matched: " in err
    assert all(v is None for v in _linked(db_url).values())

    assert main(["link", "--all", "--apply", "--json", "--db", db_url]) == EXIT_OK
    applied = json.loads(capsys.readouterr().out)
    assert applied["linked"] == len(plan["exact"])
    linked = _linked(db_url)
    assert {i: linked[i] for i in linked if linked[i]} == {
        e["id"]: e["id_sdm"] for e in plan["exact"]
    }


def test_given_ids_and_unknown_ids(world, db_url, capsys):
    ids = _seed(db_url, world.world.campus_rows())
    code = main(["link", "--id", str(ids[0]), str(ids[1]), "424242", "--json", "--db", db_url])
    assert code == EXIT_PARTIAL
    document = json.loads(capsys.readouterr().out)
    listed = {e["id"] for group in ("exact", "review", "not_found") for e in document[group]}
    assert listed == {ids[0], ids[1]}
    assert document["missing_ids"] == [424242]


def test_without_settings_it_says_what_to_do(db_url, capsys, monkeypatch):
    _seed(db_url, [{"nama": "Ahmad Sutanto", "nidn": "0011223344"}])
    assert main(["link", "--all", "--db", db_url, "--lang", "en"]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip()


def test_all_and_id_are_exclusive(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["link", "--all", "--id", "1"])
    assert caught.value.code == 2
