"""How many pegawai of each kind a first run's estimate pulls as its sample, and how sure the
estimate then is.

Dosen differ tenfold in what a first sync of them costs (a new lecturer's few lists against a
professor's hundreds of publications; in the sandbox 74 to 684 requests, a coefficient of
variation of 0.7), tendik barely (0.1). No fixed sample size bounds the error of an estimate
averaged from such a spread, so the sample is sequential and stratified: per kind (SISTER's
SDM list says who is dosen and who tendik) at least ``SAMPLE_MIN`` pegawai, spread over the
list, then more, round by round, until the estimated standard error of what is still unknown
(the pegawai never pulled, counted from the average of their kind) is small enough that
``SAMPLE_TOLERANCE`` of the whole first sync is a ``SAMPLE_Z``-sigma bound, or the kind's cap
is reached. The sampled pegawai themselves are known exactly, and the run reuses their answers:
a bigger sample costs no extra requests overall, only time before the estimate is shown.

The error of the unknown part: ``r`` pegawai of a kind never pulled, counted as ``r`` times the
mean of the ``n`` pulled ones (sample variance ``s²``), miss their true total by a standard
error of ``s·sqrt(r·(r + n)/n)`` (the finite-population correction of a sample of ``n`` out of
``r + n``: the pulled part is exact, so pulling every one of a kind leaves no error).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

#: The estimate of a first sync should be within this share of what the sync then sends...
SAMPLE_TOLERANCE = 0.15
#: ...as a bound of this many standard errors (about 95 % of the time; Student's t in its
#: place while few are pulled).
SAMPLE_Z = 1.96
#: Pegawai of each kind pulled before their spread is trusted (all of a smaller kind).
SAMPLE_MIN = 8
#: The most of a kind a sample pulls: this share of the kind on a big campus...
SAMPLE_CAP_SHARE = 0.10
#: ...and at least this many (a small campus's first sync is short: most of it may be pulled
#: as the sample, which the run then does not ask again).
SAMPLE_CAP_LEAST = 50
#: A round at most triples a kind's sample: the spread is measured again before pulling more
#: than it said was needed.
SAMPLE_GROWTH = 3.0
#: Rounds of pulling at most (each a run of its own in the log).
SAMPLE_ROUNDS = 6


@dataclass(frozen=True, slots=True)
class Stratum:
    """One kind's pegawai: what the first pull of each one pulled so far cost (requests), and
    how many of the kind were never pulled."""

    costs: tuple[float, ...]
    remaining: int

    @property
    def pulled(self) -> int:
        return len(self.costs)

    @property
    def mean(self) -> float:
        return sum(self.costs) / len(self.costs) if self.costs else 0.0

    @property
    def unknown(self) -> float:
        """The estimate of what the pegawai never pulled will cost."""
        return self.remaining * self.mean

    def variance(self, pulled: int | None = None) -> float:
        """The variance of the error of ``unknown``, had ``pulled`` of the kind been pulled
        (default: as many as were) with the spread seen so far; infinite while fewer than two
        were pulled and some are left."""
        n = self.pulled if pulled is None else pulled
        left = self.pulled + self.remaining - n
        if left <= 0:
            return 0.0
        if n < 2 or len(self.costs) < 2:
            return math.inf
        # A few pegawai understate a skewed spread: Student's t for as many as were pulled.
        widen = (_student_t(len(self.costs) - 1) / SAMPLE_Z) ** 2
        return statistics.variance(self.costs) * left * (left + n) / n * widen


@dataclass(frozen=True, slots=True)
class SampleCheck:
    """Whether the sample is enough, the margin it gives, and how many of each kind the next
    round should have pulled in all (the same as now: nothing more to pull)."""

    enough: bool
    #: ``SAMPLE_Z`` standard errors of the estimate, in requests (infinite: not known yet).
    margin: float
    total: float
    sizes: dict[str, int]


def sample_cap(population: int) -> int:
    """The most pegawai of a kind of ``population`` a sample pulls."""
    return min(population, max(SAMPLE_CAP_LEAST, math.ceil(SAMPLE_CAP_SHARE * population)))


def first_sizes(populations: Mapping[str, int]) -> dict[str, int]:
    """The first round: ``SAMPLE_MIN`` of each kind (all of a smaller one)."""
    return {kind: min(SAMPLE_MIN, count) for kind, count in populations.items()}


def check_sample(strata: Mapping[str, Stratum], known: float) -> SampleCheck:
    """Whether ``strata`` (per kind, the pulled pegawai's costs and how many are left) tell the
    first sync's total (their costs, the unknown rest, and ``known``: requests not averaged,
    such as the runs' own lists) within ``SAMPLE_TOLERANCE`` at ``SAMPLE_Z`` sigma; if not,
    how many of each kind to have pulled after the next round: the fewest that would be
    enough with the spread seen so far, each kind at most tripled and within its cap, the
    kind that removes most of the error per request first."""
    total = known + sum(sum(s.costs) + s.unknown for s in strata.values())
    variance = sum(s.variance() for s in strata.values())
    margin = SAMPLE_Z * math.sqrt(variance)
    sizes = {kind: s.pulled for kind, s in strata.items()}
    if margin <= SAMPLE_TOLERANCE * total:
        return SampleCheck(True, margin, total, sizes)
    caps = {kind: sample_cap(s.pulled + s.remaining) for kind, s in strata.items()}
    # A kind with fewer than two pulled has no spread yet: its minimum first, nothing more.
    unknown = [k for k, s in strata.items() if s.pulled < 2 and s.remaining]
    if unknown:
        for kind in unknown:
            sizes[kind] = min(caps[kind], max(sizes[kind], SAMPLE_MIN))
        return SampleCheck(False, margin, total, sizes)
    # The fewest that would do with the spread seen so far: one at a time to the kind whose
    # next pegawai removes most of the error per request...
    allowed = (SAMPLE_TOLERANCE * total / SAMPLE_Z) ** 2
    while sum(strata[k].variance(n) for k, n in sizes.items()) > allowed:
        best: tuple[float, str] | None = None
        for kind, n in sizes.items():
            stratum = strata[kind]
            if n >= caps[kind]:
                continue
            gain = (stratum.variance(n) - stratum.variance(n + 1)) / max(stratum.mean, 1.0)
            if best is None or gain > best[0]:
                best = (gain, kind)
        if best is None:
            break
        sizes[best[1]] += 1
    # ...but at most thrice as many of a kind in one round: the spread is measured again first.
    for kind, stratum in strata.items():
        sizes[kind] = min(sizes[kind], math.ceil(SAMPLE_GROWTH * stratum.pulled))
    return SampleCheck(False, margin, total, sizes)


def spread_order(people: Sequence[int]) -> list[int]:
    """``people`` in the order a sample takes them: every prefix spread evenly over the list
    (the van der Corput sequence over its positions), the same order every time."""
    count = len(people)
    order: list[int] = []
    taken: set[int] = set()
    k = 0
    while len(order) < count and k < 4 * count + 4:
        position = int(_van_der_corput(k) * count)
        k += 1
        if position not in taken:
            taken.add(position)
            order.append(people[position])
    order += [p for position, p in enumerate(people) if position not in taken]
    return order


def _van_der_corput(k: int) -> float:
    """``k`` in binary, mirrored behind the point: 0, 1/2, 1/4, 3/4, 1/8, 5/8, ..."""
    value, denominator = 0.0, 1.0
    while k:
        denominator *= 2
        k, bit = divmod(k, 2)
        value += bit / denominator
    return value


def _student_t(freedom: int) -> float:
    """Student's t for ``SAMPLE_Z`` with ``freedom`` degrees of freedom (the Cornish-Fisher
    expansion: within 2 % of the table from 3 on)."""
    z, v = SAMPLE_Z, max(1, freedom)
    return z + (z**3 + z) / (4 * v) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * v**2)
