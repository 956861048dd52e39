"""The client's requests search the disk for no module: a failed import is not remembered by
Python, so one asked per request (httpcore's ``import sniffio``) cost a path search each time."""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder

from sister_desktop.sister.client import SisterClient
from tests.sister.helpers import FAST, creds


class _Recorder(MetaPathFinder):
    """Notes every module name an import had to look for (one not in ``sys.modules``)."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def find_spec(self, fullname, path, target=None):  # type: ignore[no-untyped-def]
        self.asked.append(fullname)
        return None


def test_requests_look_for_no_module(loop, sandbox):
    async def scenario() -> list[str]:
        async with SisterClient(creds(sandbox), FAST) as client:
            await client.get_json("/referensi/profil_pt")  # everything imported once
            recorder = _Recorder()
            sys.meta_path.insert(0, recorder)
            try:
                for _ in range(5):
                    await client.get_json("/referensi/profil_pt")
            finally:
                sys.meta_path.remove(recorder)
            return recorder.asked

    assert loop.run_until_complete(scenario()) == []
