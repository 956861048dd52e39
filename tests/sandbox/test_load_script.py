"""The load benchmark still runs (a tiny, bounded run; the figure itself is not asserted)."""

from __future__ import annotations

import asyncio

import pytest

from sister_desktop.sandbox.server import SandboxServer
from tests.benchmarks import sandbox_load


def test_load_script_reports_a_throughput(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    asyncio.run(sandbox_load._run(sandbox, requests=40, workers=2, max_seconds=10))
    out = capsys.readouterr().out
    assert "requests=40" in out
    assert "throughput:" in out
    assert "statuses: {200: 40}" in out
    assert sandbox.stats.requests == 41  # one login and the forty requests


def test_load_script_whole_mix_reads_the_whole_api(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    asyncio.run(sandbox_load._run(sandbox, requests=60, workers=2, max_seconds=10, mix="whole"))
    out = capsys.readouterr().out
    assert "mix=whole" in out and "statuses: {200: 60}" in out
    assert sandbox.stats.by_path["/referensi/jenis_publikasi"] >= 1
