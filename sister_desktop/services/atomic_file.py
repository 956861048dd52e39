"""Write a file so that a reader never sees it half-written."""

from __future__ import annotations

from pathlib import Path


def write_atomically(path: Path, data: bytes) -> Path:
    """Write beside the target, then move it into place.

    An export the operator still has open in Excel is either the old file or the new one, and
    a crash mid-write leaves the old one untouched.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.part")
    temp.write_bytes(data)
    temp.replace(path)
    return path
