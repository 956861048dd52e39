"""A small real filesystem that can be filled: a tmpfs mounted for one test; and a slow disk
whose ``fsync`` waits for the test.

Mounting needs root (or CAP_SYS_ADMIN); elsewhere the tests that use it are skipped with the
reason. ``fill`` writes a filler file until the filesystem has no byte left.
"""

from __future__ import annotations

import asyncio
import errno
import os
import shutil
import subprocess
import sys
import threading
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


@dataclass
class SlowDisk:
    """A disk whose ``fsync`` waits until the test's loop releases it.

    A write on the loop's own thread would wait for a release that only the turning loop can
    give: it times out instead (``timed_out``), and the thread it ran on is noted (``threads``).
    """

    release: threading.Event
    threads: list[str]
    timed_out: list[bool]

    async def wait_until_writing(self) -> None:
        """Turn the loop until a write waits in ``fsync``, then a few more turns."""
        while not self.threads:
            await asyncio.sleep(0.01)
        for _ in range(5):
            await asyncio.sleep(0)


@pytest.fixture
def slow_disk(monkeypatch: pytest.MonkeyPatch) -> SlowDisk:
    real_fsync = os.fsync
    disk = SlowDisk(threading.Event(), [], [])

    def fsync(descriptor: int) -> None:
        disk.threads.append(threading.current_thread().name)
        disk.timed_out.append(not disk.release.wait(5))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    return disk
