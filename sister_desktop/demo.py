"""Demo mode: the built-in SISTER sandbox on a free loopback port, and a demo employee list.

Shared by the window and every sub-command, so ``--demo`` means the same world everywhere: the
demo database is seeded from the same seed and size the sandbox serves, and links made in one
run stay valid in the next.
"""

from __future__ import annotations

import asyncio
import logging
from types import TracebackType
from typing import TYPE_CHECKING

from sister_desktop.services.pegawai_service import PegawaiService
from sister_desktop.services.settings_service import DemoCredentials

if TYPE_CHECKING:
    from sister_desktop.sandbox.server import SandboxServer

log = logging.getLogger(__name__)

DEMO_SEED = 7
DEMO_SIZE = 300


class DemoSandbox:
    """``async with DemoSandbox() as demo:`` runs the sandbox for the block (in a thread)."""

    def __init__(self) -> None:
        self.server: SandboxServer | None = None

    async def start(self) -> DemoSandbox:
        # Imported here: only demo mode pays for the web server.
        from sister_desktop.sandbox.server import SandboxServer

        server = SandboxServer(seed=DEMO_SEED, size=DEMO_SIZE, port=0)
        await asyncio.to_thread(server.start)
        self.server = server
        log.info("Demo sandbox listening on %s", server.base_url)
        return self

    async def stop(self) -> None:
        if self.server is not None:
            server, self.server = self.server, None
            await asyncio.to_thread(server.stop)

    @property
    def credentials(self) -> DemoCredentials:
        assert self.server is not None, "the demo sandbox is not running"
        c = self.server.credentials
        return DemoCredentials(c.url, c.id_pengguna, c.username, c.password)

    async def seed(self, pegawai: PegawaiService) -> int:
        """Give an empty demo database the sandbox world's campus list; returns rows added."""
        assert self.server is not None, "the demo sandbox is not running"
        seeded = await pegawai.seed_if_empty(self.server.world.campus_rows())
        if seeded:
            log.info("Demo database seeded with %d pegawai", seeded)
        return seeded

    async def __aenter__(self) -> DemoSandbox:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()
