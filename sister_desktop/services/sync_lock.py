"""One Sinkronisasi at a time per database, across windows and workstations.

The lock is a row in the database itself (so it works on a shared PostgreSQL as well as on a
SQLite file) with the holder's host, user, process and a heartbeat. A holder that crashed cannot
keep it forever: its heartbeat goes stale after ``stale_after``, and on the same host a holder
whose process is gone is taken over at once (a killed ``sister-desktop sync`` then
``sync --resume``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import sys
import uuid
from datetime import UTC, datetime, timedelta

from sister_desktop.domain.sync_log import LockHolder, SyncLockedError
from sister_desktop.store.sync_repository import SyncRepository

log = logging.getLogger(__name__)

#: A heartbeat older than this means the holder is gone (crash, power loss, network cut).
DEFAULT_STALE_AFTER = timedelta(minutes=2)
DEFAULT_HEARTBEAT_S = 20.0


def this_host() -> str:
    return socket.gethostname() or "localhost"


def pid_alive(pid: int) -> bool:
    """Is process ``pid`` running on this machine?"""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        process_query_limited_information = 0x1000
        still_active = 259
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == still_active
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class SyncLock:
    """Acquire, keep alive and release the database's sync lock."""

    def __init__(
        self,
        repository: SyncRepository,
        *,
        host: str | None = None,
        user: str | None = None,
        stale_after: timedelta = DEFAULT_STALE_AFTER,
        heartbeat_s: float = DEFAULT_HEARTBEAT_S,
    ) -> None:
        self._repository = repository
        self.host = host or this_host()
        self.user = user
        self.pid = os.getpid()
        self.stale_after = stale_after
        self.heartbeat_s = heartbeat_s
        self._token: str | None = None
        self._beat: asyncio.Task[None] | None = None
        #: Set when another holder took the lock over while we believed we held it.
        self.lost = asyncio.Event()

    @property
    def held(self) -> bool:
        return self._token is not None

    def _dead_holder(self, holder: LockHolder) -> bool:
        return (
            holder.host == self.host
            and holder.pid is not None
            and holder.pid != self.pid
            and not pid_alive(holder.pid)
        )

    async def holder(self) -> LockHolder | None:
        """The live holder, or ``None`` when the lock is free, stale or held by a dead process."""
        holder = await self._repository.lock_holder()
        if holder is None or self.is_stale(holder):
            return None
        return holder

    def is_stale(self, holder: LockHolder) -> bool:
        if holder.heartbeat_at is None or self._dead_holder(holder):
            return True
        return holder.heartbeat_at < datetime.now(UTC) - self.stale_after

    async def acquire(self, run_id: str | None = None) -> None:
        """Take the lock or raise ``SyncLockedError`` naming the holder."""
        token = str(uuid.uuid4())
        kwargs = {
            "token": token,
            "run_id": run_id,
            "host": self.host,
            "user": self.user,
            "pid": self.pid,
            "stale_after": self.stale_after,
        }
        holder = await self._repository.try_lock(**kwargs)  # type: ignore[arg-type]
        if holder is not None and self._dead_holder(holder):
            dead_token = await self._repository.lock_token()
            log.warning(
                "Sync lock held by process %s on this host, which is gone; taking it over",
                holder.pid,
            )
            holder = await self._repository.try_lock(
                **kwargs,  # type: ignore[arg-type]
                take_over_token=dead_token,
            )
        if holder is not None:
            raise SyncLockedError(holder)
        self._token = token
        self.lost.clear()
        self._beat = asyncio.get_running_loop().create_task(self._heartbeat_loop())

    async def attach_run(self, run_id: str) -> None:
        """Name the run in the lock row (so a crash can be told from a live run)."""
        if self._token is not None:
            await self._repository.heartbeat(self._token, run_id=run_id)

    async def _heartbeat_loop(self) -> None:
        while self._token is not None:
            await asyncio.sleep(self.heartbeat_s)
            token = self._token
            if token is None:
                return
            try:
                still = await self._repository.heartbeat(token)
            except Exception:  # a database hiccup: try again next beat, the margin is wide
                log.exception("Sync lock heartbeat failed")
                continue
            if not still:
                log.error("The sync lock was taken over by another workstation")
                self.lost.set()
                return

    async def release(self) -> None:
        token, self._token = self._token, None
        beat, self._beat = self._beat, None
        if beat is not None:
            beat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await beat
        if token is not None:
            await self._repository.unlock(token)
