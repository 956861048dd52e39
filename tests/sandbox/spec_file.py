"""Where the official SISTER WS spec lives: ``shared/sister-ws/openapi-1.0.0.yaml`` beside the
repository (or beside the folder holding its worktrees). Not part of a clone: tests that read
it skip without it."""

from __future__ import annotations

from pathlib import Path

_RELATIVE = Path("shared") / "sister-ws" / "openapi-1.0.0.yaml"


def spec_path() -> Path:
    """The first ``shared/sister-ws/openapi-1.0.0.yaml`` above the repository."""
    here = Path(__file__).resolve().parents[2]
    for folder in here.parents:
        candidate = folder / _RELATIVE
        if candidate.exists():
            return candidate
    return here.parent / _RELATIVE
