"""What every sub-command shares: bad environment values and databases are explained the
same way, and ``--demo`` means the same world (sandbox plus seeded demo list) everywhere."""

from __future__ import annotations

import argparse
import json
import sqlite3

from sister_desktop.cli import EXIT_OK, EXIT_USAGE, main
from sister_desktop.demo import DEMO_SEED, DEMO_SIZE


def test_an_unusable_environment_value_is_named(qapp, app_home, monkeypatch, capsys):
    monkeypatch.setenv("SISTER_MAX_RPS", "banyak")
    code = main(["--lang", "en", "check"])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert "SISTER_MAX_RPS" in err and "'banyak'" in err and "greater than zero" in err


def test_an_out_of_range_pacing_variable_is_named_not_the_settings_tab(
    qapp, app_home, monkeypatch, capsys
):
    for name, value in (("SISTER_MAX_RPS", "500"), ("SISTER_MAX_INFLIGHT", "64")):
        monkeypatch.delenv("SISTER_MAX_RPS", raising=False)
        monkeypatch.delenv("SISTER_MAX_INFLIGHT", raising=False)
        monkeypatch.setenv(name, value)
        code = main(["--lang", "id", "check"])
        err = capsys.readouterr().err
        assert code == EXIT_USAGE
        assert name in err and repr(value) in err and "Pengaturan" not in err


def test_a_database_from_a_newer_version_is_explained(qapp, app_home, tmp_path, capsys):
    db_file = tmp_path / "newer.db"
    url = f"sqlite:///{db_file}"
    assert main(["--lang", "en", "--db", url, "log", "--format", "json"]) in {EXIT_OK, EXIT_USAGE}
    with sqlite3.connect(db_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_newer'")
    capsys.readouterr()
    code = main(["--lang", "en", "--db", url, "import", str(tmp_path / "none.csv")])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert "newer version of SISTER Desktop" in err


def test_demo_commands_seed_the_demo_list_from_the_same_world(qapp, app_home, capsys):
    from sister_desktop.sandbox.dataset import World

    code = main(["--demo", "--lang", "en", "link", "--all", "--json"])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    plan = json.loads(out)
    planned = len(plan["exact"]) + len(plan["review"]) + len(plan["not_found"])
    world = World(DEMO_SEED, DEMO_SIZE)
    # Every campus row the demo list holds was planned; Cocok links only true pairs.
    assert 0 < planned <= len(world.campus_rows())
    assert plan["exact"]
    ids_sdm = {person.id_sdm for person in world.sdm}
    assert {entry["id_sdm"] for entry in plan["exact"]} <= ids_sdm


def test_a_command_logs_to_its_own_file_and_closes_it(qapp, app_home, tmp_path, capsys):
    import logging

    from sister_desktop.config import app_paths

    url = f"sqlite:///{tmp_path / 'kampus.db'}"
    code = main(["--lang", "en", "--db", url, "log", "--format", "json"])
    capsys.readouterr()
    content = app_paths().cli_log_file.read_text(encoding="utf-8")
    assert "Command log started" in content
    assert f"Command log ended with exit code {code}" in content
    # The window's file is left to the window: two processes never rotate one file.
    assert not app_paths().log_file.exists()
    assert not [h for h in logging.getLogger().handlers if getattr(h, "_sister_desktop", False)]


def test_a_command_that_breaks_leaves_its_traceback_in_the_log(qapp, app_home, monkeypatch):
    import logging

    import pytest

    from sister_desktop.cli import runtime
    from sister_desktop.config import app_paths

    async def broken() -> int:
        raise ZeroDivisionError("planted")

    args = argparse.Namespace(command="check", lang="en", demo=False)
    with pytest.raises(ZeroDivisionError):
        runtime.run_command(args, broken)
    content = app_paths().cli_log_file.read_text(encoding="utf-8")
    assert "Command check failed" in content and "ZeroDivisionError: planted" in content
    assert not [h for h in logging.getLogger().handlers if getattr(h, "_sister_desktop", False)]


def _csv(path, names):
    path.write_text(
        "nama;tanggal_lahir;jenis_kelamin\r\n" + "".join(f"{n};1990-01-02;L\r\n" for n in names),
        encoding="utf-8",
    )
    return path


def test_a_database_locked_by_another_program_says_run_again(
    qapp, app_home, tmp_path, monkeypatch, capsys
):
    from sister_desktop.cli import EXIT_CANCELLED
    from sister_desktop.store import database

    url = f"sqlite:///{tmp_path / 'sister.db'}"
    assert main(["--db", url, "import", str(_csv(tmp_path / "a.csv", ["Siti"]))]) == EXIT_OK
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 200)
    other = sqlite3.connect(tmp_path / "sister.db", isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program writing, holding the lock
        capsys.readouterr()
        code = main(
            ["--lang", "en", "--db", url, "import", str(_csv(tmp_path / "b.csv", ["Budi"]))]
        )
        err = capsys.readouterr().err
    finally:
        other.rollback()
        other.close()
    assert code == EXIT_CANCELLED
    assert "Another program" in err and "Traceback" not in err


def test_a_damaged_database_file_is_named_as_such(qapp, app_home, tmp_path, capsys):
    file = tmp_path / "sister.db"
    url = f"sqlite:///{file}"
    names = [f"Pegawai {i:04d}" for i in range(400)]
    assert main(["--db", url, "import", str(_csv(tmp_path / "a.csv", names))]) == EXIT_OK
    with sqlite3.connect(file) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'pegawai'").fetchone()
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with file.open("r+b") as stream:  # a disk fault in the employees' table
        stream.seek((root[0] - 1) * page_size)
        stream.write(b"\xff" * page_size)
    capsys.readouterr()
    code = main(["--lang", "en", "--db", url, "import", str(_csv(tmp_path / "b.csv", ["Budi"]))])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert "damaged" in err and "Traceback" not in err
