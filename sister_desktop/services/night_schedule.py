"""Jadwalkan sinkronisasi malam: the operating system's own job that runs
``sister-desktop sync --scheduled`` every night, created and removed from Pengaturan.

The program is not running at night, so the job must belong to the operating system: a
systemd user timer on Linux (a ``.service`` and a ``.timer`` under
``$XDG_CONFIG_HOME/systemd/user``, enabled with ``systemctl --user`` when there is one), a task
of the Windows Task Scheduler (``schtasks``). The job runs the same program and database as the
window that made it; the run's scope and pace are those saved in Pengaturan, read when it
runs. Its result is an ordinary sync run of mode ``scheduled`` in the log, which the window
reads at its next start.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

#: The systemd unit's name (``.service`` and ``.timer``).
UNIT = "sister-desktop-sync"
#: The Task Scheduler's task name.
TASK = "SISTER Desktop\\Sinkronisasi malam"
#: When the job runs unless told otherwise (local time): the small hours, after the campus's
#: own working day and before the next.
DEFAULT_TIME = (2, 0)

#: Runs one command line; returns its exit code and what it printed.
Runner = Callable[[Sequence[str]], tuple[int, str]]


class ScheduleError(Exception):
    """The operating system refused to create or remove the job (its own words kept)."""

    def __init__(self, command: str, output: str) -> None:
        super().__init__(f"{command}: {output}")
        self.command = command
        self.output = output


def run_command(argv: Sequence[str]) -> tuple[int, str]:
    """The real runner: the command's exit code and its output, never a shell."""
    done = subprocess.run(list(argv), capture_output=True, text=True, check=False, timeout=60)
    return done.returncode, (done.stdout + done.stderr).strip()


def program_command(db_url: str | None = None) -> list[str]:
    """How the job starts this program's headless scheduled sync: the built program itself,
    or this Python with the package; with the database the window has open."""
    if getattr(sys, "frozen", False):
        argv = [sys.executable]
    else:
        argv = [sys.executable, "-m", "sister_desktop"]
    argv += ["sync", "--scheduled"]
    if db_url:
        argv += ["--db", db_url]
    return argv


def _systemd_quote(arg: str) -> str:
    if arg and all(c.isalnum() or c in "-_./:=+@,%" for c in arg):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%") + '"'


def _windows_quote(arg: str) -> str:
    return subprocess.list2cmdline([arg])


@dataclass(frozen=True, slots=True)
class NightSchedule:
    """The nightly job of one platform (``linux`` or ``windows``)."""

    platform: str
    env: Mapping[str, str]
    runner: Runner = run_command

    @classmethod
    def here(cls, runner: Runner = run_command) -> NightSchedule:
        return cls("windows" if sys.platform == "win32" else "linux", os.environ, runner)

    @property
    def supported(self) -> bool:
        return self.platform in ("linux", "windows")

    # -- Linux -------------------------------------------------------------------------------

    @property
    def unit_folder(self) -> Path:
        config = self.env.get("XDG_CONFIG_HOME") or str(Path(self.env.get("HOME", "~")) / ".config")
        return Path(config).expanduser() / "systemd" / "user"

    def _systemctl(self, *args: str) -> None:
        path = self.env.get("PATH")
        systemctl = shutil.which("systemctl", path=path)
        if systemctl is None:
            log.info("No systemctl: the timer's files are written, enabled at the next login")
            return
        code, output = self.runner([systemctl, "--user", *args])
        if code != 0:
            raise ScheduleError(f"systemctl --user {' '.join(args)}", output)

    def _linux_create(self, command: Sequence[str], at: tuple[int, int]) -> None:
        folder = self.unit_folder
        folder.mkdir(parents=True, exist_ok=True)
        exec_start = " ".join(_systemd_quote(a) for a in command)
        (folder / f"{UNIT}.service").write_text(
            "[Unit]\n"
            "Description=SISTER Desktop: sinkronisasi malam\n\n"
            "[Service]\n"
            "Type=oneshot\n"
            f"ExecStart={exec_start}\n",
            encoding="utf-8",
        )
        hour, minute = at
        (folder / f"{UNIT}.timer").write_text(
            "[Unit]\n"
            "Description=SISTER Desktop: sinkronisasi malam\n\n"
            "[Timer]\n"
            f"OnCalendar=*-*-* {hour:02d}:{minute:02d}:00\n"
            "Persistent=true\n\n"
            "[Install]\n"
            "WantedBy=timers.target\n",
            encoding="utf-8",
        )
        self._systemctl("daemon-reload")
        self._systemctl("enable", "--now", f"{UNIT}.timer")

    def _linux_remove(self) -> None:
        folder = self.unit_folder
        if (folder / f"{UNIT}.timer").exists():
            self._systemctl("disable", "--now", f"{UNIT}.timer")
        for suffix in (".timer", ".service"):
            (folder / f"{UNIT}{suffix}").unlink(missing_ok=True)
        self._systemctl("daemon-reload")

    # -- Windows -----------------------------------------------------------------------------

    def windows_create_command(self, command: Sequence[str], at: tuple[int, int]) -> list[str]:
        """``schtasks /Create``: daily at ``at``, replacing a task of the same name."""
        hour, minute = at
        return [
            "schtasks",
            "/Create",
            "/F",
            "/SC",
            "DAILY",
            "/ST",
            f"{hour:02d}:{minute:02d}",
            "/TN",
            TASK,
            "/TR",
            " ".join(_windows_quote(a) for a in command),
        ]

    @staticmethod
    def windows_remove_command() -> list[str]:
        return ["schtasks", "/Delete", "/F", "/TN", TASK]

    def _windows(self, argv: list[str]) -> None:
        code, output = self.runner(argv)
        if code != 0:
            raise ScheduleError(" ".join(argv[:2]), output)

    # -- the job -----------------------------------------------------------------------------

    def create(self, command: Sequence[str], at: tuple[int, int] = DEFAULT_TIME) -> None:
        """Create (or replace) the nightly job running ``command`` at ``at`` (local time)."""
        if self.platform == "windows":
            self._windows(self.windows_create_command(command, at))
        else:
            self._linux_create(command, at)

    def remove(self) -> None:
        """Remove the nightly job; nothing happens when there is none."""
        if self.platform == "windows":
            code, output = self.runner(self.windows_remove_command())
            if code != 0 and self.exists():
                raise ScheduleError("schtasks /Delete", output)
        else:
            self._linux_remove()

    def exists(self) -> bool:
        """Whether the nightly job is there (what the Pengaturan tick shows)."""
        if self.platform == "windows":
            code, _output = self.runner(["schtasks", "/Query", "/TN", TASK])
            return code == 0
        return (self.unit_folder / f"{UNIT}.timer").exists()
