"""Hostile values from SISTER, planted by a corrupting proxy in front of the real sandbox, on
SQLite and PostgreSQL: one dirty record costs one dataset of one pegawai, named in the log,
never the run.

Each planted value goes to a pegawai of its own, so one run shows them all: the run ends with
its JSON document and a documented exit code, the clean pegawai are ok, every bad dataset is
named in the log, the exports (the log, the Perbandingan, the DRH) open in openpyxl, and the
command line's log file holds no name, birth date or planted value.
"""

from __future__ import annotations

import asyncio
import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from sister_desktop.cli import EXIT_CANCELLED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, main
from sister_desktop.config import app_paths
from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.outside_text import REPLACEMENT
from sister_desktop.store.database import Database
from tests.corrupting_proxy import CorruptingProxy, corrupting_proxy, plant, replace_with
from tests.sync_world import link_sandbox_people

#: The sandbox's people: nine linked pegawai, two SDM left free for a relink.
SIZE = 11
PEGAWAI = 9
#: A 2 MB name (a table painting it froze for seconds).
HUGE = "Nama Panjang " * 160_000


@dataclass(frozen=True)
class Hostile:
    """One value planted in one dataset of one pegawai (by index)."""

    index: int
    path_part: str  # formatted with the person's id_sdm
    dataset: str
    field: str | None
    value: object
    #: What the dataset's log line says: kept with a remark, or failed.
    outcome: str


HOSTILE = (
    Hostile(1, "/data_pribadi/profil/{id}", "data_pribadi/profil", "nama", "Bu\x00di", "replaced"),
    Hostile(
        2,
        "/jabatan_fungsional?id_sdm={id}",
        "jabatan_fungsional",
        "jabatan_fungsional",
        "Lektor " * 800,
        "ok",
    ),
    Hostile(3, "/data_pribadi/alamat/{id}", "data_pribadi/alamat", None, None, "failed"),
    Hostile(
        4,
        "/data_pribadi/profil/{id}",
        "data_pribadi/profil",
        "tempat_lahir",
        "Band\ud800ung",
        "replaced",
    ),
    Hostile(
        5,
        "/data_pribadi/profil/{id}",
        "data_pribadi/profil",
        "nama",
        "Si\x1b[31mti\x0b",
        "replaced",
    ),
    Hostile(6, "/data_pribadi/profil/{id}", "data_pribadi/profil", "nama", HUGE, "ok"),
    Hostile(8, "/penugasan?id_sdm={id}", "penugasan", None, "rows", "failed"),
)
#: A list no career holds: refused before a detail is planned for each of its records.
ENDLESS = json.dumps([{"id": f"{n:08d}-list"} for n in range(10_001)]).encode()
#: The groups pulled: every dataset a value is planted in, and few requests.
GROUPS = "data_pribadi,kepegawaian"
#: Pegawai 7 is relinked on "another workstation" while his data is pulled.
RELINKED = 7


def _pg_dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _relink(db_url: str, pegawai_id: int, id_sdm: str) -> None:
    """What another workstation does: change a link in its own transaction."""
    sql = "UPDATE sister_link SET id_sdm = {p} WHERE pegawai_id = {p}"
    if db_url.startswith("sqlite"):
        import sqlite3

        with sqlite3.connect(db_url.removeprefix("sqlite:///"), timeout=10) as conn:
            conn.execute(sql.format(p="?"), (id_sdm, pegawai_id))
    else:
        import psycopg

        with psycopg.connect(_pg_dsn(db_url)) as conn:
            conn.execute(sql.format(p="%s"), (id_sdm, pegawai_id))


@dataclass
class HostileWorld:
    db_url: str
    proxy: CorruptingProxy
    ids: list[int]
    people: list  # the sandbox's SdmPerson of each pegawai
    free: list  # SDM nobody is linked to
    sdm_rows: list  # the sandbox's SDM list


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def hostile_world(request, sandbox_factory, monkeypatch, app_home) -> Iterator[HostileWorld]:
    db_url = request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_url")
    server = sandbox_factory(size=SIZE)
    with corrupting_proxy(server.base_url) as proxy:
        c = server.credentials
        monkeypatch.setenv("SISTER_WS_URL", proxy.url)
        monkeypatch.setenv("SISTER_ID_PENGGUNA", c.id_pengguna)
        monkeypatch.setenv("SISTER_USERNAME", c.username)
        monkeypatch.setenv("SISTER_PASSWORD", c.password)
        monkeypatch.setenv("SISTER_MAX_RPS", "20")
        monkeypatch.setenv("SISTER_MAX_INFLIGHT", "8")

        async def seed() -> list[int]:
            db = await Database.open(db_url)
            try:
                return await link_sandbox_people(db, server, PEGAWAI)
            finally:
                await db.dispose()

        ids = asyncio.run(seed())
        people = server.world.sdm[:PEGAWAI]
        yield HostileWorld(
            db_url, proxy, ids, people, server.world.sdm[PEGAWAI:], server.world.referensi_sdm
        )


def _plant_all(world: HostileWorld) -> None:
    for hostile in HOSTILE:
        part = hostile.path_part.format(id=world.people[hostile.index].id_sdm)
        if hostile.value == "rows":
            world.proxy.add(part, replace_with(ENDLESS))
        elif hostile.field is None:
            world.proxy.add(part, replace_with(b"[" * 5000 + b"]" * 5000))
        else:
            world.proxy.add(part, plant(hostile.field, hostile.value, row=None))
    relinked_to = world.free[0].id_sdm

    def relink_meanwhile(body: bytes) -> bytes:
        _relink(world.db_url, world.ids[RELINKED], relinked_to)
        return body

    world.proxy.add(f"/data_pribadi/profil/{world.people[RELINKED].id_sdm}", relink_meanwhile)


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


def _stored(db_url: str, sql: str, **params: object) -> list[tuple]:
    async def go() -> list[tuple]:
        db = await Database.open(db_url)
        try:
            async with db.connect() as conn:
                return [tuple(r) for r in await conn.execute(sa.text(sql), params)]
        finally:
            await db.dispose()

    return asyncio.run(go())


def test_a_run_through_every_hostile_value_ends_whole(hostile_world, capsys, tmp_path):
    world = hostile_world
    _plant_all(world)
    code, out, err = _run(
        capsys, "sync", "--all", "--groups", GROUPS, "--json", "--db", world.db_url
    )
    document = json.loads(out)  # the --json contract: one document, whatever happened
    assert code == EXIT_PARTIAL, err  # two answers failed one dataset of one pegawai each
    by_id = {p["id"]: p for p in document["pegawai"]}
    hostile_ids = {world.ids[h.index] for h in HOSTILE} | {world.ids[RELINKED]}
    clean = [i for i in world.ids if i not in hostile_ids]
    assert clean and all(by_id[i]["status"] == "ok" for i in clean)
    failed_as = {3: ErrorCode.BAD_RESPONSE, 8: ErrorCode.TOO_MANY_RECORDS}
    for hostile in HOSTILE:
        if hostile.outcome == "failed":
            result = by_id[world.ids[hostile.index]]
            assert result["status"] == "failed"
            assert [e["endpoint"] for e in result["errors"]] == [hostile.dataset]
            assert result["errors"][0]["error_code"] == failed_as[hostile.index]
    for hostile in HOSTILE:
        if hostile.outcome != "failed":
            assert by_id[world.ids[hostile.index]]["status"] == "ok", hostile

    # The pegawai relinked meanwhile: skipped, nothing of the old link's person written.
    relinked = by_id[world.ids[RELINKED]]
    assert relinked["status"] == "skipped"
    assert relinked["errors"][0]["error_code"] == ErrorCode.LINK_CHANGED
    assert not _stored(
        world.db_url,
        "SELECT 1 FROM sister_record WHERE pegawai_id = :p",
        p=world.ids[RELINKED],
    )

    # Every bad dataset named in the log: failed, or kept with the remark of replaced text.
    code, out, _err = _run(capsys, "log", "--db", world.db_url)
    assert code == EXIT_OK
    rows = json.loads(out)["rows"]
    for hostile in HOSTILE:
        line = next(
            r
            for r in rows
            if r["pegawai_id"] == world.ids[hostile.index] and r["endpoint"] == hostile.dataset
        )
        if hostile.outcome == "failed":
            assert line["status"] == "failed"
        elif hostile.outcome == "replaced":
            assert (line["status"], line["error_code"]) == ("ok", ErrorCode.TEXT_REPLACED)
            assert REPLACEMENT in line["message"]  # worded: what was replaced, and by what
        else:
            assert (line["status"], line["error_code"]) == ("ok", None)
    (stored,) = _stored(
        world.db_url,
        'SELECT "row" FROM sister_record WHERE pegawai_id = :p AND dataset = :d',
        p=world.ids[1],
        d="data_pribadi/profil",
    )[0]
    stored = json.loads(stored) if isinstance(stored, str) else stored
    assert stored["nama"] == f"Bu{REPLACEMENT}di"  # kept, the damage visible

    # The exports open, and each is its owner's only.
    exports = {
        "log": tmp_path / "log.xlsx",
        "compare": tmp_path / "compare.xlsx",
    }
    assert _run(capsys, "log", "--output", str(exports["log"]), "--db", world.db_url)[0] == 0
    code, _out, err = _run(
        capsys, "compare", "--output", str(exports["compare"]), "--db", world.db_url
    )
    assert code == EXIT_OK, err
    for hostile in HOSTILE:
        target = tmp_path / f"drh-{hostile.index}.xlsx"
        exports[f"drh {hostile.index}"] = target
        code, _out, err = _run(
            capsys,
            "drh",
            str(world.ids[hostile.index]),
            "--output",
            str(target),
            "--db",
            world.db_url,
        )
        assert code == EXIT_OK, err
    for name, path in exports.items():
        load_workbook(path, read_only=True).close()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, name

    # Nothing personal in the command line's log: no name, birth date or planted value.
    logged = app_paths().cli_log_file.read_text(encoding="utf-8", errors="replace")
    for person in world.people:
        assert person.nama not in logged
        assert str(person.profil["tanggal_lahir"]) not in logged
    for hostile in HOSTILE:
        if hostile.field is not None and isinstance(hostile.value, str):
            assert hostile.value[:12] not in logged


@pytest.mark.parametrize("command", ["check", "link"])
def test_json_nested_5000_deep_ends_check_and_link_with_their_document(
    hostile_world, capsys, command
):
    world = hostile_world
    nested = replace_with(b"[" * 5000 + b"]" * 5000)
    world.proxy.add("/referensi/profil_pt", nested)
    world.proxy.add("/referensi/sdm", nested)
    args = ["check", "--json"] if command == "check" else ["link", "--all", "--json"]
    code, out, err = _run(capsys, *args, "--db", world.db_url)
    document = json.loads(out)
    if command == "check":
        assert code == EXIT_USAGE, err
        assert document["error"] == ErrorCode.BAD_RESPONSE
    else:
        assert code == EXIT_PARTIAL, err
        assert document["error"] == ErrorCode.BAD_RESPONSE


def test_a_login_token_with_a_line_break_is_an_unusable_answer(hostile_world, capsys):
    world = hostile_world
    world.proxy.add("/authorize", plant("token", "abc\r\nX-Injected: 1"))
    code, out, err = _run(capsys, "check", "--json", "--db", world.db_url)
    document = json.loads(out)
    assert code == EXIT_USAGE, err
    assert document["error"] == ErrorCode.BAD_RESPONSE
    assert "internet" not in err.lower()


def test_an_sdm_list_repeating_every_row_links_as_if_once(hostile_world, capsys):
    from tests.corrupting_proxy import repeat_rows

    world = hostile_world
    world.proxy.add("/referensi/sdm", repeat_rows(2))
    _relink_all_away(world)
    code, out, err = _run(capsys, "link", "--all", "--json", "--db", world.db_url)
    document = json.loads(out)
    assert code == EXIT_OK, err
    with_nuptk = [r for r in world.sdm_rows[:PEGAWAI] if r["nuptk"]]
    assert len(document["exact"]) == len(with_nuptk) > 0
    assert "identifiers_conflict" not in {e["reason"] for e in document["review"]}


def _relink_all_away(world: HostileWorld) -> None:
    """Unlink everybody, and give each pegawai his SDM's NUPTK (an exact match)."""
    nuptk = {r["id_sdm"]: r["nuptk"] for r in world.sdm_rows}
    statements = [("DELETE FROM sister_link", {})]
    statements += [
        ("UPDATE pegawai SET nuptk = :n WHERE id = :i", {"n": nuptk[person.id_sdm], "i": i})
        for i, person in zip(world.ids, world.people, strict=True)
    ]
    _stored_write(world.db_url, statements)


def _stored_write(db_url: str, statements: list[tuple[str, dict]]) -> None:
    async def go() -> None:
        db = await Database.open(db_url)
        try:
            async with db.transaction() as conn:
                for sql, params in statements:
                    await conn.execute(sa.text(sql), params)
        finally:
            await db.dispose()

    asyncio.run(go())


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///", ":memory:"])
def test_a_database_in_memory_is_refused_with_exit_2(capsys, url):
    code, _out, err = _run(capsys, "sync", "--all", "--json", "--db", url)
    assert code == EXIT_USAGE
    assert "Traceback" not in err and "no such table" not in err


def test_exports_are_owner_only_whatever_the_umask(tmp_path):
    from sister_desktop.files.atomic_file import write_atomically

    previous = os.umask(0o022)
    try:
        target = write_atomically(tmp_path / "x.csv", b"nama;nik\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(Path(target).stat().st_mode) == 0o600


def test_a_folder_as_the_database_file_says_so_and_nothing_else(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "sister_desktop", "log", "--db", f"sqlite:///{tmp_path}"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert result.returncode == EXIT_USAGE
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Event loop is closed" not in result.stderr and "Traceback" not in result.stderr


def test_three_link_applies_at_once_report_what_each_wrote(hostile_world):
    import subprocess
    import sys

    world = hostile_world
    _relink_all_away(world)
    command = [sys.executable, "-m", "sister_desktop", "link", "--all", "--apply", "--json"]
    processes = [
        subprocess.Popen(
            [*command, "--db", world.db_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        for _ in range(3)
    ]
    documents = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        if process.returncode == EXIT_CANCELLED and world.db_url.startswith("sqlite"):
            # One SQLite file, one writer: a command that waited longer than the busy timeout
            # says the file is locked (the documented exit 3) and wrote nothing.
            assert not out
            continue
        assert process.returncode in (EXIT_OK, EXIT_PARTIAL), err
        documents.append(json.loads(out))
    # A command that planned after another applied finds those pegawai linked already.
    exact = max(len(d["exact"]) for d in documents)
    assert exact > 0
    assert sum(d["linked"] for d in documents) == exact  # each link written once, by one
    for document in documents:
        lines = _stored(
            world.db_url,
            "SELECT count(*) FROM sister_link_history WHERE batch_id = :b",
            b=document["batch_id"] or "-",
        )[0][0]
        assert lines == document["linked"], document
