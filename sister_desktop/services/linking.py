"""Linking employees to SISTER persons: the collective plan, applying it, manual link with
search, unlink with a reason, the history and the undo of a collective link.

The window and ``sister-desktop link`` both come through here. Matching itself is the pure
``domain.matching``; this service feeds it the cached SDM list, the current links and
RapidFuzz's scorer, and runs the CPU-heavy parts in a worker thread so the window stays live.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from rapidfuzz import fuzz, process

from sister_desktop.cpu_worker import run_cpu
from sister_desktop.domain.links import (
    LinkHistoryEntry,
    LinkMethod,
    LinkRequest,
    PegawaiGoneError,
)
from sister_desktop.domain.matching import (
    Identifier,
    LinkPlan,
    PlanEntry,
    birth_date_of_nip,
    build_plan,
    identifier_key,
)
from sister_desktop.domain.names import normalize_name
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.domain.records import SdmRow
from sister_desktop.services.connection import (
    ConnectionState,
    SisterConnection,
    sister_needed,
)
from sister_desktop.services.sdm_cache import SdmCache, SdmSnapshot
from sister_desktop.store.link_repository import LinkRepository
from sister_desktop.store.pegawai_repository import PegawaiRepository

log = logging.getLogger(__name__)

#: Extra points in the manual search for a candidate born on the employee's birthday.
BIRTH_DATE_BONUS = 15.0
#: Name scores below this are no suggestion at all in the manual search.
SEARCH_MIN_SCORE = 45.0


def current_operator() -> str | None:
    """Who is at the keyboard, for the audit trail (the OS login name)."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service account without one)
        return None


@dataclass(frozen=True, slots=True)
class PlanResult:
    """A collective plan and what it leaves out."""

    plan: LinkPlan
    #: Asked for, but already linked: left as they are.
    already_linked: tuple[Pegawai, ...]
    #: Asked for, but no such employee (deleted meanwhile, or a wrong id on the command line).
    missing_ids: tuple[int, ...]
    sdm_count: int
    sdm_fetched_at: datetime


@dataclass(frozen=True, slots=True)
class ApplyResult:
    #: ``None`` when nothing needed writing (every link was already there).
    batch_id: str | None
    linked: int


@dataclass(frozen=True, slots=True)
class SdmSuggestion:
    """One candidate of the manual search."""

    sdm: SdmRow
    #: Name similarity 0..100 (100 for an identifier typed in full).
    score: float
    #: The SISTER identifier the query matched, when it was a number.
    matched_on: str | None = None
    #: Born on the employee's birthday (read from SISTER's NIP).
    birth_date_match: bool = False
    #: The employee already holding this SDM, if any.
    linked_to: int | None = None
    linked_to_nama: str | None = None


class LinkingService:
    """Use cases of linking; one instance per open database and SISTER connection."""

    def __init__(
        self,
        pegawai: PegawaiRepository,
        links: LinkRepository,
        sdm: SdmCache,
        *,
        operator: str | None = None,
    ) -> None:
        self.pegawai = pegawai
        self.links = links
        self.sdm = sdm
        self.operator = operator if operator is not None else current_operator()

    @classmethod
    def over(
        cls, connection: SisterConnection, pegawai: PegawaiRepository, links: LinkRepository
    ) -> LinkingService:
        """The service on the program's shared SISTER connection.

        The cached SDM list is dropped whenever the connection is no longer known good (other
        settings, another PT): the next plan or search fetches it again.
        """

        async def fetch() -> list[SdmRow]:
            return await (await connection.api()).referensi_sdm()

        cache = SdmCache(fetch)

        def on_state(state: ConnectionState) -> None:
            if not state.connected:
                cache.invalidate()

        connection.subscribe(on_state)
        return cls(pegawai, links, cache)

    async def sdm_list(self, *, refresh: bool = False) -> SdmSnapshot:
        """The cached SDM list (fetched on first use); ``SisterUnavailableError`` on failure."""
        with sister_needed():
            return await (self.sdm.refresh() if refresh else self.sdm.get())

    # -- collective ----------------------------------------------------------------------------

    async def plan(self, pegawai_ids: Sequence[int] | None = None) -> PlanResult:
        """Match the given employees (``None``: every unlinked one) against the SDM list."""
        if pegawai_ids is None:
            people = await self.pegawai.list_all()
            missing: tuple[int, ...] = ()
        else:
            wanted = list(dict.fromkeys(pegawai_ids))
            people = await self.pegawai.get_many(wanted)
            found = {p.id for p in people}
            missing = tuple(i for i in wanted if i not in found)
        unlinked = [p for p in people if p.id_sdm is None]
        already = tuple(p for p in people if p.id_sdm is not None)
        snapshot = await self.sdm_list()
        linked = await self.links.linked_map()
        plan = await run_cpu(
            build_plan, unlinked, snapshot.index, linked=linked, scorer=fuzz.token_sort_ratio
        )
        log.info(
            "Link plan for %d pegawai: %d cocok, %d perlu dicek, %d tidak ditemukan",
            len(unlinked),
            len(plan.exact),
            len(plan.review),
            len(plan.not_found),
        )
        return PlanResult(plan, already, missing, len(snapshot.rows), snapshot.fetched_at)

    async def apply(self, entries: Sequence[PlanEntry]) -> ApplyResult:
        """Write the confirmed entries in one transaction (all or nothing).

        ``SdmAlreadyLinkedError`` names the employee holding an SDM meanwhile.
        """
        requests = [
            LinkRequest(
                pegawai_id=entry.pegawai.id,
                id_sdm=entry.proposed.id_sdm,
                method=LinkMethod.EXACT,
                matched_on=entry.matched_by[0].value if entry.matched_by else None,
                reason=entry.reason.value,
            )
            for entry in entries
            if entry.proposed is not None
        ]
        batch_id, written = await self.links.link_many_counted(requests, who=self.operator)
        log.info("Linked %d pegawai in batch %s", written, batch_id)
        # What was written: links another workstation made meanwhile are not this batch's.
        return ApplyResult(batch_id if written else None, written)

    # -- manual --------------------------------------------------------------------------------

    async def search(
        self, query: str, pegawai: Pegawai | None = None, *, limit: int = 20
    ) -> list[SdmSuggestion]:
        """Candidates for a manual link: by identifier when ``query`` is a number, else by name
        similarity; with an empty query, by the employee's own name and birth date."""
        snapshot = await self.sdm_list()
        text = query.strip()
        born = _birth_date(pegawai)
        if text and any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text):
            scored = _by_identifier(snapshot, text, limit)
        else:
            target = normalize_name(text or (pegawai.nama if pegawai else ""))
            scored = await run_cpu(_by_name, snapshot, target, born, limit)
        holders = await self._holders([snapshot.rows[p].id_sdm for p, _, _ in scored])
        suggestions = []
        for position, score, matched_on in scored:
            row = snapshot.rows[position]
            holder = holders.get(row.id_sdm)
            suggestions.append(
                SdmSuggestion(
                    sdm=row,
                    score=score,
                    matched_on=matched_on,
                    birth_date_match=born is not None and birth_date_of_nip(row.nip) == born,
                    linked_to=holder[0] if holder else None,
                    linked_to_nama=holder[1] if holder else None,
                )
            )
        return suggestions

    async def link_manual(self, pegawai_id: int, id_sdm: str, *, reason: str | None = None) -> str:
        """Link one employee to the SDM the operator chose; returns the batch id.

        ``SdmAlreadyLinkedError`` when another employee holds it (with that employee's name).
        """
        return await self.links.link_many(
            [LinkRequest(pegawai_id, id_sdm, LinkMethod.MANUAL, reason=reason or None)],
            who=self.operator,
        )

    async def unlink(self, pegawai_id: int, reason: str) -> LinkHistoryEntry | None:
        """Putuskan hubungan: the reason is required and kept in the history."""
        if not reason.strip():
            raise ValueError("an unlink needs a reason")
        entry = await self.links.unlink(pegawai_id, reason=reason.strip(), who=self.operator)
        if entry is None and await self.pegawai.get(pegawai_id) is None:
            raise PegawaiGoneError(pegawai_id)
        return entry

    # -- history -------------------------------------------------------------------------------

    async def history(self, pegawai_id: int) -> list[LinkHistoryEntry]:
        return await self.links.history(pegawai_id)

    async def undoable(self, batch_id: str) -> list[LinkHistoryEntry]:
        """The lines of a collective link that an undo would still revert."""
        return await self.links.undoable(batch_id)

    async def undo_batch(self, batch_id: str) -> int:
        """Undo a whole collective link in one step; returns how many employees changed."""
        undo_id, changed = await self.links.undo_batch(batch_id, who=self.operator)
        log.info("Undid batch %s (%d pegawai) as %s", batch_id, changed, undo_id)
        return changed

    async def _holders(self, ids: Sequence[str]) -> dict[str, tuple[int, str]]:
        linked = await self.links.linked_map()
        holder_ids = {linked[i] for i in ids if i in linked}
        if not holder_ids:
            return {}
        names = {p.id: p.nama for p in await self.pegawai.get_many(sorted(holder_ids))}
        return {i: (linked[i], names.get(linked[i], "")) for i in ids if i in linked}


def _birth_date(pegawai: Pegawai | None) -> date | None:
    if pegawai is None:
        return None
    return pegawai.tanggal_lahir or birth_date_of_nip(pegawai.nip)


def _by_identifier(
    snapshot: SdmSnapshot, text: str, limit: int
) -> list[tuple[int, float, str | None]]:
    """Exact identifier first, then identifiers starting with what was typed (4+ digits)."""
    value = identifier_key(text)
    if value is None:
        return []
    found: dict[int, tuple[int, float, str | None]] = {}
    for kind in (Identifier.NUPTK, Identifier.NIDN, Identifier.NIP):
        for position in snapshot.index.lookup(kind, value):
            found.setdefault(position, (position, 100.0, kind.value))
    if len(value) >= 4 and len(found) < limit:
        for name, table in snapshot.index.by_identifier.items():
            for key, positions in table.items():
                if key.startswith(value):
                    for position in positions:
                        found.setdefault(position, (position, 90.0, name))
    return list(found.values())[:limit]


def _by_name(
    snapshot: SdmSnapshot, target: str, born: date | None, limit: int
) -> list[tuple[int, float, str | None]]:
    """RapidFuzz over the whole list (one C++ pass), plus everyone born on the birthday."""
    scores: dict[int, float] = {}
    if target:
        for _, score, position in process.extract(
            target,
            snapshot.index.names,
            scorer=fuzz.WRatio,
            limit=limit * 3,
            score_cutoff=SEARCH_MIN_SCORE,
        ):
            scores[position] = float(score)
    if born is not None:
        for position in snapshot.by_birth_date.get(born, ()):
            if position not in scores:
                scores[position] = (
                    float(fuzz.WRatio(target, snapshot.index.names[position])) if target else 0.0
                )
    births = set(snapshot.by_birth_date.get(born, ())) if born is not None else set()

    def rank(item: tuple[int, float]) -> tuple[float, int]:
        position, score = item
        return (-(score + (BIRTH_DATE_BONUS if position in births else 0.0)), position)

    ranked = sorted(scores.items(), key=rank)[:limit]
    return [(position, score, None) for position, score in ranked]
