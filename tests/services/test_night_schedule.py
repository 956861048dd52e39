"""Jadwalkan sinkronisasi malam: the job's files and commands, in a temporary home with a
``systemctl`` and a ``schtasks`` on its PATH that only write down how they were called."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from sister_desktop.services.night_schedule import (
    TASK,
    UNIT,
    NightSchedule,
    ScheduleError,
    program_command,
    run_command,
)

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the recording commands are sh scripts")


def _recorder(folder: Path, name: str, exit_code: int = 0) -> Path:
    """An executable ``name`` that appends its arguments (one line per call) to ``name.log``."""
    folder.mkdir(parents=True, exist_ok=True)
    script = folder / name
    script.write_text(
        f'#!/bin/sh\necho "$@" >> "{folder / (name + ".log")}"\necho refused >&2\n'
        f"exit {exit_code}\n"
        if exit_code
        else f'#!/bin/sh\necho "$@" >> "{folder / (name + ".log")}"\nexit 0\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return folder / (name + ".log")


def _calls(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


def test_linux_writes_the_timer_and_enables_it_with_systemctl(tmp_path):
    home = tmp_path / "home"
    calls = _recorder(tmp_path / "bin", "systemctl")
    env = {"HOME": str(home), "PATH": str(tmp_path / "bin")}
    schedule = NightSchedule("linux", env, run_command)
    command = program_command("sqlite:////data/kampus sister.db")
    assert command[-4:] == ["sync", "--scheduled", "--db", "sqlite:////data/kampus sister.db"]

    schedule.create(command, (2, 30))

    units = home / ".config" / "systemd" / "user"
    service = (units / f"{UNIT}.service").read_text()
    timer = (units / f"{UNIT}.timer").read_text()
    assert "sync --scheduled --db" in service
    assert '"sqlite:////data/kampus sister.db"' in service  # the space quoted for systemd
    assert "OnCalendar=*-*-* 02:30:00" in timer and "Persistent=true" in timer
    assert _calls(calls) == ["--user daemon-reload", f"--user enable --now {UNIT}.timer"]
    assert schedule.exists()

    schedule.remove()
    assert not (units / f"{UNIT}.timer").exists() and not (units / f"{UNIT}.service").exists()
    assert _calls(calls)[2:] == [f"--user disable --now {UNIT}.timer", "--user daemon-reload"]
    assert not schedule.exists()


def test_linux_honours_xdg_config_home_and_works_without_systemctl(tmp_path):
    config = tmp_path / "xdg"
    env = {"HOME": str(tmp_path / "home"), "XDG_CONFIG_HOME": str(config), "PATH": str(tmp_path)}
    schedule = NightSchedule("linux", env, run_command)
    schedule.create(["/opt/sister-desktop/sister-desktop", "sync", "--scheduled"])
    assert "OnCalendar=*-*-* 02:00:00" in (config / "systemd/user" / f"{UNIT}.timer").read_text()
    assert schedule.exists()
    schedule.remove()
    assert not schedule.exists()


def test_a_refusing_systemctl_is_an_error_with_its_words(tmp_path):
    _recorder(tmp_path / "bin", "systemctl", exit_code=1)
    env = {"HOME": str(tmp_path / "home"), "PATH": str(tmp_path / "bin")}
    with pytest.raises(ScheduleError) as caught:
        NightSchedule("linux", env, run_command).create(["sister-desktop", "sync", "--scheduled"])
    assert caught.value.output == "refused"


def test_windows_builds_and_runs_the_schtasks_command_lines(tmp_path):
    calls = _recorder(tmp_path / "bin", "schtasks")
    path = str(tmp_path / "bin")

    def runner(argv):
        # What Windows would run, found on this PATH (``schtasks`` is a sh script here).
        return run_command([str(Path(path) / argv[0]), *argv[1:]])

    schedule = NightSchedule("windows", {"PATH": path}, runner)
    command = [r"C:\Program Files\SISTER Desktop\sister-desktop.exe", "sync", "--scheduled"]
    create = schedule.windows_create_command(command, (2, 0))
    assert create[:7] == ["schtasks", "/Create", "/F", "/SC", "DAILY", "/ST", "02:00"]
    assert create[7:9] == ["/TN", TASK]
    assert create[10] == '"C:\\Program Files\\SISTER Desktop\\sister-desktop.exe" sync --scheduled'
    schedule.create(command)
    assert schedule.exists()  # /Query answered 0
    schedule.remove()
    recorded = _calls(calls)
    assert recorded[0].startswith("/Create /F /SC DAILY /ST 02:00 /TN SISTER Desktop\\")
    assert recorded[1].startswith("/Query /TN")
    assert recorded[2] == f"/Delete /F /TN {TASK}"
