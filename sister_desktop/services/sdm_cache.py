"""The PT's SDM list, fetched once per session (``GET /referensi/sdm`` with no query) and kept
with its fetch time until the operator refreshes it.

One request brings every person of the PT; asking SISTER once per employee would cost thousands
of requests against a rate-limited service. The list is indexed (identifiers, name words, birth
dates from NIP) in a worker thread so the window keeps turning.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sister_desktop.cpu_worker import run_cpu
from sister_desktop.domain.matching import SdmIndex, birth_date_of_nip
from sister_desktop.domain.records import SdmRow

SdmFetcher = Callable[[], Awaitable[Sequence[SdmRow]]]


@dataclass(frozen=True, slots=True)
class SdmSnapshot:
    """One fetch of the SDM list with what was built from it."""

    rows: tuple[SdmRow, ...]
    fetched_at: datetime
    index: SdmIndex
    #: Birth date read from the NIP -> positions in ``rows``.
    by_birth_date: dict[date, list[int]]

    @staticmethod
    def build(rows: Sequence[SdmRow], fetched_at: datetime) -> SdmSnapshot:
        frozen = tuple(rows)
        births: dict[date, list[int]] = defaultdict(list)
        for position, row in enumerate(frozen):
            born = birth_date_of_nip(row.nip)
            if born is not None:
                births[born].append(position)
        return SdmSnapshot(frozen, fetched_at, SdmIndex(frozen), dict(births))


class SdmCache:
    """Fetch on first use, share one fetch among concurrent callers, refresh on request."""

    def __init__(
        self,
        fetch: SdmFetcher,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._fetch = fetch
        self._clock = clock
        self._snapshot: SdmSnapshot | None = None
        self._inflight: asyncio.Task[SdmSnapshot] | None = None
        self.fetch_count = 0

    @property
    def snapshot(self) -> SdmSnapshot | None:
        """The list as last fetched, or ``None`` before the first fetch."""
        return self._snapshot

    async def get(self) -> SdmSnapshot:
        """The cached list, fetching it the first time."""
        if self._snapshot is not None:
            return self._snapshot
        return await self.refresh()

    async def refresh(self) -> SdmSnapshot:
        """Fetch again (or join a fetch already running) and replace the cached list."""
        if self._inflight is None:
            self._inflight = asyncio.get_running_loop().create_task(self._load())
            self._inflight.add_done_callback(self._loaded)
        # A caller that gives up (closes its dialog) must not cancel the others' fetch.
        return await asyncio.shield(self._inflight)

    def invalidate(self) -> None:
        """Forget the list (other credentials, other PT): the next ``get`` fetches."""
        self._snapshot = None

    async def _load(self) -> SdmSnapshot:
        self.fetch_count += 1
        fetched_at = self._clock()
        rows = await self._fetch()
        snapshot = await run_cpu(SdmSnapshot.build, rows, fetched_at)
        self._snapshot = snapshot
        return snapshot

    def _loaded(self, task: asyncio.Task[SdmSnapshot]) -> None:
        self._inflight = None
        if not task.cancelled():
            task.exception()  # retrieved here; the awaiting callers get it raised
