"""Ruff is part of the test suite, so style and lint problems fail the build like any bug."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


PATHS = ("sister_desktop", "tests", "packaging", "dev.py")


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed in this environment")
    return subprocess.run(
        [ruff, *args, *PATHS], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_ruff_check_is_clean():
    result = _ruff("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    """The pinned ruff's formatter; ``ruff format`` fixes what this lists."""
    result = _ruff("format", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
