"""Build the PyInstaller folder with packaging/build.py and run what it produced.

Slow (a minute or more of PyInstaller): run with ``--run-slow``. The build happens once per
module, into a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from sister_desktop import __version__
from sister_desktop.cli import COMMANDS

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "sister_desktop"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="module")
def frozen() -> Iterator[Path]:
    """The one-folder program, built from the working tree."""
    pytest.importorskip(
        "PyInstaller", reason="PyInstaller is not installed (pip install -e '.[packaging]')"
    )
    with tempfile.TemporaryDirectory(prefix="sister-desktop-build-") as scratch:
        result = subprocess.run(
            [
                *(sys.executable, str(ROOT / "packaging" / "build.py")),
                *("--dist", f"{scratch}/dist", "--work", f"{scratch}/work"),
            ],
            capture_output=True,
            text=True,
            timeout=1200,
        )
        assert result.returncode == 0, result.stderr[-5000:]
        folder = Path(scratch) / "dist" / "sister-desktop"
        assert result.stdout.splitlines()[0] == str(folder)
        yield folder


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "SISTER_"))}
    env["SISTER_DESKTOP_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(frozen: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(frozen / f"sister-desktop{EXE_SUFFIX}"), *args],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_help_exits_0_with_the_usage(frozen, tmp_path):
    result = _run(frozen, "--help", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: sister-desktop")
    assert "--db URL" in result.stdout
    assert "the main window opens" in " ".join(result.stdout.split())
    # Sub-command modules are imported by name; the frozen program must have every one.
    for name in COMMANDS:
        assert name in result.stdout, name


def test_version(frozen, tmp_path):
    result = _run(frozen, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"sister-desktop {__version__}"


def _archived_modules(executable: Path) -> set[str]:
    from PyInstaller.archive.readers import CArchiveReader

    return set(CArchiveReader(str(executable)).open_embedded_archive("PYZ.pyz").toc)


def test_every_module_and_data_file_is_in_the_bundle(frozen):
    bundled = frozen / "_internal" / "sister_desktop"
    modules = _archived_modules(frozen / f"sister-desktop{EXE_SUFFIX}")
    missing = []
    for source in PACKAGE.rglob("*.py"):
        rel = source.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts[:-1]) if rel.name == "__init__" else list(rel.parts)
        if ".".join(parts) not in modules and not (bundled / source.relative_to(PACKAGE)).is_file():
            missing.append(".".join(parts))
    assert not missing, "not in the build (does it import cleanly?): " + ", ".join(missing)
    for loaded_by_name in (
        "qasync",
        "aiosqlite",
        "sqlalchemy.dialects.sqlite.aiosqlite",
        "sqlalchemy.dialects.postgresql.psycopg",
        "psycopg",
        "alembic.runtime.migration",
        "alembic.op",
        "uvicorn.protocols.http.h11_impl",
        "uvicorn.loops.asyncio",
    ):
        assert loaded_by_name in modules, loaded_by_name

    # From the top-level resources/ into the package's resources folder, where they are looked up.
    for icon in (ROOT / "resources" / "icons").iterdir():
        assert (bundled / "resources" / "icons" / icon.name).is_file(), icon.name
    for catalogue in (ROOT / "resources" / "i18n").glob("*.qm"):
        assert (bundled / "resources" / "i18n" / catalogue.name).is_file(), catalogue.name
    assert (bundled / "resources" / "styles" / "palette.toml").is_file()
    assert not list(bundled.rglob("*.ts")), "translation sources stay out of the build"
    # Alembic reads migrations as files, so they ship as source.
    migrations = PACKAGE / "store" / "migrations"
    for script in migrations.rglob("*.py") if migrations.is_dir() else ():
        assert (bundled / script.relative_to(PACKAGE)).is_file(), script


def test_window_starts_offscreen(frozen, tmp_path):
    log_file = tmp_path / "logs" / "sister-desktop.log"
    process = subprocess.Popen(
        [str(frozen / f"sister-desktop{EXE_SUFFIX}")],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        log = ""
        while "Main window shown" not in log:
            assert process.poll() is None, process.communicate()[1][-3000:]
            assert time.monotonic() < deadline, f"no window after 60 s; log:\n{log}"
            time.sleep(0.2)
            log = log_file.read_text(encoding="utf-8") if log_file.exists() else ""
        time.sleep(1.0)  # it keeps running with the window open
        assert process.poll() is None, process.communicate()[1][-3000:]
    finally:
        process.terminate()
        process.communicate(timeout=30)
    log = log_file.read_text(encoding="utf-8")
    assert f"Starting SISTER Desktop {__version__}" in log
    assert " ERROR " not in log and "Traceback" not in log, log


def test_sandbox_sub_command_serves(frozen, tmp_path):
    if "sandbox" not in COMMANDS:
        pytest.skip("the sandbox sub-command is not registered in sister_desktop.cli.COMMANDS")
    process = subprocess.Popen(
        [str(frozen / f"sister-desktop{EXE_SUFFIX}"), "sandbox", "--port", "0"],
        env=_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=lambda: lines.put(process.stdout.readline()), daemon=True).start()
        try:
            line = lines.get(timeout=60)
        except queue.Empty:
            pytest.fail("the frozen sandbox printed nothing for 60 s")
        match = re.match(
            r"SISTER sandbox listening on (http://127\.0\.0\.1:\d+/ws\.php/1\.0)", line
        )
        assert match, repr(line)
        try:
            with urllib.request.urlopen(match.group(1), timeout=10) as response:
                status = response.status
        except urllib.error.HTTPError as error:  # any HTTP answer means it is serving
            status = error.code
        assert 100 <= status < 600
    finally:
        process.terminate()
        process.communicate(timeout=30)
