"""How old the operator lets SISTER data get, and which lists a scheduled night asks.

A nightly run that asks every list of every pegawai does not fit one night on a large campus
(SISTER has no "changed since"), so a scheduled run asks only the lists whose last check is
older than their freshness limit: a limit per group (7 days by default, the slow families),
and one for the lists that move daily (every ``*/ajuan`` list and ``penugasan``, 1 day).

The slow lists of a pegawai come due on "his" night: a deterministic offset from the pegawai
id spreads the campus over the nights of the limit, so that no night carries everyone (after a
first pull, which checks everything on one night, the next week asks a seventh of the campus
each night). A list is due regardless of the offset when waiting for the next night would take
it past its limit: the limit is a guarantee, the offset only spreads.

What cannot exist is not asked nightly: tendik (SISTER's ``jenis_sdm`` in the SDM list) have
no tridharma and no BKD, so those lists are checked only at the weekly limit for them.

Age is all there is to go by: the SDM list's row carries no stamp of when a person's data last
changed (``waktu_data_update`` is in the spec for units only), so no pegawai is skipped as
unchanged; ``tests/domain/test_freshness.py`` reads the spec and says so the day it does.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import MappingProxyType

from sister_desktop.domain.sister_groups import Dataset, SisterGroup
from sister_desktop.domain.sister_records import DatasetState

#: The slow families' limit (days), unless the operator sets another per group.
SLOW_DAYS = 7
#: The limit (days) of the lists that change from one day to the next.
FAST_DAYS = 1
#: Lists that change from one day to the next besides the ``*/ajuan`` lists.
FAST_DATASETS = frozenset({"penugasan"})
#: Groups that hold nothing for a tendik: checked for them only at ``TENDIK_DAYS``.
TENDIK_EMPTY_GROUPS = frozenset({SisterGroup.TRIDHARMA, SisterGroup.BKD})
TENDIK_DAYS = 7
#: Longest limit the Pengaturan accepts (days).
MAX_DAYS = 90
#: Half a night: a run starts at about the same hour each night but not to the minute, so a
#: list is due when its age is within this of its limit (the next night would be past it),
#: and a list checked less than this ago is never due again.
HALF_NIGHT = timedelta(hours=12)
#: The key of the fast lists' limit in the stored setting.
FAST_KEY = "ajuan"


def _default_days() -> Mapping[SisterGroup, int]:
    return MappingProxyType({group: SLOW_DAYS for group in SisterGroup})


@dataclass(frozen=True, slots=True)
class Freshness:
    """The operator's limits: days per group, and the days of the fast lists."""

    days: Mapping[SisterGroup, int] = field(default_factory=_default_days)
    fast_days: int = FAST_DAYS

    def limit_days(self, dataset: Dataset, *, tendik: bool = False) -> int:
        """How many days ``dataset`` may get old (for a tendik, at least a week for the
        groups a tendik has nothing in)."""
        if dataset.ajuan_of is not None or dataset.name in FAST_DATASETS:
            days = self.fast_days
        else:
            days = self.days.get(dataset.group, SLOW_DAYS)
        if tendik and dataset.group in TENDIK_EMPTY_GROUPS:
            days = max(days, TENDIK_DAYS)
        return max(1, days)

    def limit(self, dataset: Dataset, *, tendik: bool = False) -> timedelta:
        return timedelta(days=self.limit_days(dataset, tendik=tendik))


def format_freshness(freshness: Freshness) -> str:
    """``"data_pribadi=7,…,ajuan=1"``: how the setting is stored."""
    parts = [f"{group.value}={freshness.days.get(group, SLOW_DAYS)}" for group in SisterGroup]
    return ",".join([*parts, f"{FAST_KEY}={freshness.fast_days}"])


def parse_freshness(text: str | None) -> Freshness:
    """The stored setting; a part that does not read (an old or edited file) keeps its
    default, a number is held between 1 and ``MAX_DAYS``."""
    days = dict(_default_days())
    fast = FAST_DAYS
    for part in (text or "").split(","):
        name, _, value = part.partition("=")
        try:
            number = max(1, min(int(value.strip()), MAX_DAYS))
        except ValueError:
            continue
        name = name.strip().lower()
        if name == FAST_KEY:
            fast = number
            continue
        try:
            days[SisterGroup(name)] = number
        except ValueError:
            continue
    return Freshness(MappingProxyType(days), fast)


def is_tendik(jenis_sdm: str | None) -> bool:
    """Whether SISTER's ``jenis_sdm`` says tendik (``"Tendik"``, ``"Tenaga Kependidikan"``)."""
    jenis = (jenis_sdm or "").strip().casefold()
    return jenis.startswith("tendik") or jenis.startswith("tenaga kependidikan")


def night_offset(pegawai_id: int, days: int) -> int:
    """The pegawai's night within a limit of ``days`` (the same on every machine and run)."""
    return zlib.crc32(str(pegawai_id).encode()) % max(1, days)


def checked_at(states: Iterable[DatasetState]) -> datetime | None:
    """When a dataset was last checked whole: the oldest of its scopes' pulls, ``None`` when
    one of them failed or it was never pulled (then it is due whatever the night)."""
    oldest: datetime | None = None
    for state in states:
        if not state.ok:
            return None
        if oldest is None or state.synced_at < oldest:
            oldest = state.synced_at
    return oldest


def is_due(
    dataset: Dataset,
    last: datetime | None,
    *,
    pegawai_id: int,
    now: datetime,
    freshness: Freshness,
    tendik: bool = False,
) -> bool:
    """Whether tonight's run asks ``dataset`` of this pegawai (see the module's docstring)."""
    if last is None:
        return True
    age = now - last
    days = freshness.limit_days(dataset, tendik=tendik)
    if age >= timedelta(days=days) - HALF_NIGHT:
        return True  # tomorrow night would be too late
    if age < HALF_NIGHT:
        return False
    return (now.date().toordinal() + night_offset(pegawai_id, days)) % days == 0


def due_datasets(
    pegawai_id: int,
    datasets: Iterable[Dataset],
    states: Iterable[DatasetState],
    *,
    now: datetime,
    freshness: Freshness,
    tendik: bool = False,
) -> tuple[Dataset, ...]:
    """The datasets of ``datasets`` tonight's run asks of one pegawai, from his states."""
    by_dataset: dict[str, list[DatasetState]] = {}
    for state in states:
        by_dataset.setdefault(state.dataset, []).append(state)
    return tuple(
        dataset
        for dataset in datasets
        if is_due(
            dataset,
            checked_at(by_dataset.get(dataset.name, ())),
            pegawai_id=pegawai_id,
            now=now,
            freshness=freshness,
            tendik=tendik,
        )
    )


def checked_since(dataset: Dataset, states: Iterable[DatasetState], since: datetime) -> bool:
    """Whether ``dataset`` was checked whole, successfully, at ``since`` or later."""
    last = checked_at(s for s in states if s.dataset == dataset.name)
    return last is not None and last >= since


def oldest_check(datasets: Iterable[Dataset], states: Iterable[DatasetState]) -> datetime | None:
    """The oldest successful check of ``datasets`` among ``states`` (the oldest data on
    hand), ``None`` when nothing was checked."""
    names = {d.name for d in datasets}
    found = [s.synced_at for s in states if s.ok and s.dataset in names]
    return min(found) if found else None
