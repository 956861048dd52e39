"""How many requests a run will send and how long it takes at the configured rate, told
before the run ("≈ 14.300 permintaan, ≈ 1 jam 5 menit pada 4/detik").

Counted from each pegawai's last pull of each dataset where there was one (its list requests,
and the details it needed); where there was none, from the average of the pegawai who have
one, or a modest guess for a dataset nobody has pulled yet. The estimate is a plan, not a
promise: a second run fetches details only for what changed, so after a pull that fetched
every detail (the first, or a full one) it expects a small share of the records to have
changed; after an incremental pull, as many as changed then.

Dosen and tendik differ tenfold in what they hold (a tendik has no tridharma), so a pegawai
never pulled is counted from the average of those of his own kind (``kinds``: SISTER's SDM
list says which) where there are some. Before a first run, a small sample of each kind is
pulled for this (``SyncService.sample_estimate``); the run then reuses the sample's answers.
An estimate without any pull to average (``basis == 0``) is a rough guess and says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sister_desktop.domain.sister_groups import Dataset, SyncScope
from sister_desktop.domain.sister_records import DatasetState

#: Records assumed per pegawai in a dataset nobody has pulled yet (a detail request each;
#: per semester of a per-semester list).
GUESSED_RECORDS = 2.0
#: Requests of a run that are not per pegawai: the SDM list and the cached referensi lists.
RUN_REQUESTS = 8
#: Share of a dataset's records expected to change before the next run, after a pull that
#: fetched every detail: what the next incremental run will fetch again.
CHANGED_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class SyncEstimate:
    """Requests and seconds a run should take; ``from_last_run`` says whether every dataset
    of every pegawai was counted from a previous pull rather than guessed."""

    pegawai: int
    requests: int
    seconds: float
    rate: float
    from_last_run: bool
    #: How many pegawai the guessed part is averaged from (0: nothing pulled yet, a guess).
    basis: int = 0
    #: How far off the requests may be, as two standard errors (0: not measured; an estimate
    #: from a sample says it, ``domain.sync_sample``).
    margin: int = 0


def first_pull_costs(
    datasets: Iterable[Dataset], states: Iterable[DatasetState]
) -> dict[int, float]:
    """Per pegawai pulled, what a first pull of ``datasets`` costs him: the list requests of
    his last pull and a detail request per record where the dataset has details (what the
    estimate averages over his kind for a pegawai never pulled). Only pegawai pulled for every
    one of ``datasets``: one pulled for some groups (a group added since) costs more than his
    pulls tell."""
    by_name = {d.name: d for d in datasets}
    costs: dict[int, float] = defaultdict(float)
    seen: dict[int, set[str]] = defaultdict(set)
    for state in states:
        dataset = by_name.get(state.dataset)
        if dataset is None:
            continue
        seen[state.pegawai_id].add(dataset.name)
        costs[state.pegawai_id] += state.list_requests  # a list asked at once: one state
        if dataset.has_details:
            costs[state.pegawai_id] += state.records
    return {p: cost for p, cost in costs.items() if len(seen[p]) == len(by_name)}


def _scopes(dataset: Dataset, semesters: int) -> int:
    """The list requests of one pull of ``dataset`` at least: one per semester of a list
    SISTER answers only per semester, one for the others (pengajaran: every semester at
    once)."""
    return max(1, semesters) if dataset.per_semester and not dataset.semester_optional else 1


def _guessed_records(dataset: Dataset, scope: SyncScope) -> float:
    """Records of a dataset nobody has pulled yet: ``GUESSED_RECORDS`` per semester of a
    per-semester list (eight semesters of teaching hold twice four's, even where SISTER
    answers them in one list request), per pegawai of the others."""
    return GUESSED_RECORDS * (max(1, scope.semesters) if dataset.per_semester else 1)


def _details_next(records: int, details_last: int, *, full: bool) -> float:
    """Detail requests the next pull of a dataset should send, from its last pull."""
    if full:
        return records
    if details_last >= records:  # every detail fetched: a first (or full) pull
        return records * CHANGED_SHARE
    return details_last  # an incremental pull: what changed then


def estimate_sync(
    pegawai_ids: Sequence[int],
    scope: SyncScope,
    states: Iterable[DatasetState],
    rate: float,
    *,
    only: Mapping[int, Collection[str]] | None = None,
    kinds: Mapping[int, str] | None = None,
) -> SyncEstimate:
    """The estimate of pulling ``scope`` for ``pegawai_ids`` at ``rate`` requests/second;
    with ``only``, of each pegawai only the datasets it names (a scheduled night's due lists);
    ``kinds`` (pegawai -> ``"dosen"``/``"tendik"``) averages a pegawai never pulled over his
    own kind."""
    wanted = set(pegawai_ids)
    datasets = scope.datasets
    names = {d.name for d in datasets}
    # pegawai -> dataset -> (list requests, detail requests, records), summed over semesters
    last: dict[int, dict[str, list[int]]] = defaultdict(dict)
    for state in states:
        if state.pegawai_id not in wanted or state.dataset not in names:
            continue
        totals = last[state.pegawai_id].setdefault(state.dataset, [0, 0, 0])
        totals[0] += state.list_requests  # a list asked at once counts on one semester
        totals[1] += state.detail_requests
        totals[2] += state.records
    kinds = kinds or {}

    def averages_of(people: Iterable[int]) -> dict[str, tuple[float, float]]:
        found: dict[str, tuple[float, float]] = {}
        pulled = [last[p] for p in people if p in last]
        for dataset in datasets:
            seen = [per[dataset.name] for per in pulled if dataset.name in per]
            if seen:
                found[dataset.name] = (
                    sum(s[0] for s in seen) / len(seen),
                    sum(s[2] for s in seen) / len(seen),
                )
        return found

    averages = averages_of(last)
    by_kind = {
        kind: averages_of(p for p in last if kinds.get(p) == kind) for kind in set(kinds.values())
    }
    total = 0.0
    guessed = False
    for pegawai_id in wanted:
        mine = last.get(pegawai_id, {})
        for dataset in datasets:
            if only is not None and dataset.name not in only.get(pegawai_id, ()):
                continue
            scopes = _scopes(dataset, scope.semesters)
            pulled = mine.get(dataset.name)
            if pulled is not None:
                lists, details, records = pulled
                total += max(lists, scopes)
                if dataset.has_details:
                    total += _details_next(records, details, full=scope.full)
                continue
            guessed = True
            mine_kind = by_kind.get(kinds.get(pegawai_id, ""), {})
            average_lists, average_records = mine_kind.get(
                dataset.name, averages.get(dataset.name, (1.0, _guessed_records(dataset, scope)))
            )
            total += max(average_lists, scopes)
            if dataset.has_details:
                total += average_records
    requests = round(total) + (RUN_REQUESTS if wanted else 0)
    seconds = requests / rate if rate > 0 else 0.0
    return SyncEstimate(
        len(wanted), requests, seconds, rate, not guessed and bool(wanted), len(last)
    )
