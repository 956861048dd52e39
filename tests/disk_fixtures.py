"""A small real filesystem that can be filled: a tmpfs mounted for one test.

Mounting needs root (or CAP_SYS_ADMIN); elsewhere the tests that use it are skipped with the
reason. ``fill`` writes a filler file until the filesystem has no byte left.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class SmallDisk:
    root: Path

    def fill(self, leave: int = 0) -> None:
        """Take every free byte but ``leave`` (the filler stays until ``free`` or unmount)."""
        descriptor = os.open(self.root / ".filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            for size in (65536, 4096, 1):
                try:
                    while True:
                        os.write(descriptor, b"\0" * size)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
            if leave:
                os.ftruncate(descriptor, max(0, os.fstat(descriptor).st_size - leave))
        finally:
            os.close(descriptor)

    def free(self) -> None:
        (self.root / ".filler").unlink(missing_ok=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """An 8 MB tmpfs at ``tmp_path / "disk"``."""
    if not sys.platform.startswith("linux") or shutil.which("mount") is None:
        pytest.skip("a full disk is staged with a Linux tmpfs mount")
    root = tmp_path / "disk"
    root.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not allowed here: {mounted.stderr.strip()}")
    try:
        yield SmallDisk(root)
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False)
        os.sync()
