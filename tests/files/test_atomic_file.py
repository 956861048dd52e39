"""The one safe writer: complete files only, nothing followed or replaced that must not be,
and a full disk (a real, filled tmpfs) that costs neither the old file nor a stray ``.part``."""

from __future__ import annotations

import os
import stat

import pytest

from sister_desktop.domain.file_errors import WriteErrorCode
from sister_desktop.files.atomic_file import FileWriteError, is_disk_full, write_atomically
from tests.disk_fixtures import small_disk  # noqa: F401  (a fixture)


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_the_file_is_replaced_whole(tmp_path):
    target = tmp_path / "report.xlsx"
    write_atomically(target, b"old")
    write_atomically(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert _leftovers(tmp_path) == []


def test_a_planted_part_symlink_is_not_followed(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    # The name the old writer used for its temporary file.
    (tmp_path / ".report.csv.part").symlink_to(victim)
    write_atomically(tmp_path / "report.csv", b"export")
    assert victim.read_bytes() == b"precious"
    assert (tmp_path / "report.csv").read_bytes() == b"export"


def test_a_symlink_target_is_refused_and_left_alone(tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    link = tmp_path / "report.csv"
    link.symlink_to(victim)
    with pytest.raises(FileWriteError) as caught:
        write_atomically(link, b"export")
    assert caught.value.code is WriteErrorCode.NOT_A_FILE
    assert link.is_symlink() and victim.read_bytes() == b"precious"


def test_a_fifo_and_a_device_are_refused(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    for target in (fifo, "/dev/null"):
        with pytest.raises(FileWriteError) as caught:
            write_atomically(target, b"export")
        assert caught.value.code is WriteErrorCode.NOT_A_FILE
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_a_missing_folder_is_not_created(tmp_path):
    with pytest.raises(FileWriteError) as caught:
        write_atomically(tmp_path / "typo" / "report.xlsx", b"x")
    assert caught.value.code is WriteErrorCode.NO_FOLDER
    assert not (tmp_path / "typo").exists()


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(FileWriteError) as caught:
        write_atomically(tmp_path, b"x")
    assert caught.value.code is WriteErrorCode.IS_DIRECTORY


def test_private_files_are_created_0600(tmp_path):
    old = os.umask(0o022)
    try:
        write_atomically(tmp_path / "backup.db", b"nik", mode=0o600)
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "backup.db").stat().st_mode) == 0o600


def test_a_full_disk_keeps_the_previous_file_and_leaves_no_part(small_disk):  # noqa: F811
    target = small_disk.root / "report.pdf"
    write_atomically(target, b"%PDF good report")
    small_disk.fill()
    with pytest.raises(FileWriteError) as caught:
        write_atomically(target, b"%PDF " + b"x" * 200_000)
    assert caught.value.code is WriteErrorCode.DISK_FULL
    assert is_disk_full(caught.value)
    assert target.read_bytes() == b"%PDF good report"
    assert _leftovers(small_disk.root) == []
