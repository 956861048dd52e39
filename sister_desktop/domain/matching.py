"""Collective linking plan: which campus employee is which SISTER person (SDM), and why.

A wrong link attaches one lecturer's salary record to another, so nothing here writes; it sorts
the ticked employees into three groups the operator reviews:

- **Cocok** (``exact``): identifiers agree on one SDM and the names agree.
- **Perlu dicek** (``review``): identifiers point at different SDM, two employees would take
  the same SDM, identifiers agree but the names do not, or the SDM is already linked to another
  employee.
- **Tidak ditemukan** (``not_found``): no identifier matches; the nearest names are offered.

Identifiers are looked up in dictionaries (NUPTK, then NIDN — the local NIDN, NIDK and NUPN
are all compared with SISTER's ``nidn`` — then NIP); names are scored only for the pairs the
identifiers propose, plus a token-blocked shortlist for the nearest names of the not-found.

The name scorer is injectable. The default is the standard library's ``difflib`` (domain stays
stdlib-only); services pass RapidFuzz's ``fuzz.token_sort_ratio``, the same figure computed in
C++ — RapidFuzz because it is MIT-licensed, has no Python-level per-pair overhead, and offers
``process.extract`` for searching a whole SDM list at once.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Protocol

from sister_desktop.domain.identifiers import nip_birth_date, normalize_identifier
from sister_desktop.domain.names import normalize_name, token_sort_ratio
from sister_desktop.domain.pegawai import Pegawai
from sister_desktop.domain.records import SdmRow


class NameScorer(Protocol):
    """Score 0..100 of two *normalised* names; below ``score_cutoff`` it may answer 0.

    RapidFuzz's scorers (``fuzz.token_sort_ratio``) have exactly this shape.
    """

    def __call__(self, a: str, b: str, *, score_cutoff: float = ...) -> float: ...


#: Names scoring at or above this agree. 85 accepts a typo or a dropped letter in a two-word
#: name ("Ahmad Sutanto" / "Ahmad Sutamto": 92) and refuses a different given name that shares
#: the family name ("Ahmad Sutanto" / "Budi Sutanto": 72).
DEFAULT_NAME_THRESHOLD = 85.0

#: How many nearest names a not-found employee gets.
DEFAULT_NEAREST_LIMIT = 3

_SEPARATORS = re.compile(r"[\s.\-/_]+")


class MatchGroup(StrEnum):
    EXACT = "exact"  # Cocok
    REVIEW = "review"  # Perlu dicek
    NOT_FOUND = "not_found"  # Tidak ditemukan


class Identifier(StrEnum):
    """The local identifier that found a candidate (SISTER's side of NIDN/NIDK/NUPN is ``nidn``)."""

    NUPTK = "nuptk"
    NIDN = "nidn"
    NIDK = "nidk"
    NUPN = "nupn"
    NIP = "nip"


#: Lookup order: the strongest identifier first (NUPTK replaces NIDN under Permendikbudristek
#: 44/2024; NIP is last because SISTER often has it empty or malformed).
IDENTIFIER_ORDER: tuple[Identifier, ...] = (
    Identifier.NUPTK,
    Identifier.NIDN,
    Identifier.NIDK,
    Identifier.NUPN,
    Identifier.NIP,
)


class Reason(StrEnum):
    """Why an entry is in its group. Codes only: the window and the CLI put them into words."""

    IDENTIFIER_AND_NAME_MATCH = "identifier_and_name_match"
    #: The employee's identifiers find different SDM (or one identifier finds several).
    IDENTIFIERS_CONFLICT = "identifiers_conflict"
    #: Another employee in this plan would link to the same SDM.
    SDM_CLAIMED_TWICE = "sdm_claimed_twice"
    #: Identifiers agree on one SDM but the names do not.
    NAME_DIFFERS = "name_differs"
    #: The SDM is already linked to another employee.
    SDM_ALREADY_LINKED = "sdm_already_linked"
    #: The employee has identifiers but none is known to SISTER.
    NO_IDENTIFIER_MATCH = "no_identifier_match"
    #: The employee has no identifier at all.
    NO_IDENTIFIERS = "no_identifiers"


def identifier_key(value: str | None) -> str | None:
    """An identifier as a comparison key: normalised as on import, separators dropped.

    Blank values and all-zero placeholders ("0000000000", "-") are no identifier at all, so
    two people who both lack a number never "match" on it.
    """
    normalised = normalize_identifier(value)
    if normalised is None:
        return None
    key = _SEPARATORS.sub("", normalised)
    if not key or not key.strip("0"):
        return None
    return key


def birth_date_of_nip(nip: str | None) -> date | None:
    """The birth date in a NIP (SISTER's person list has no birth date, its NIP does)."""
    key = identifier_key(nip)
    return nip_birth_date(key) if key is not None and len(key) == 18 else None


def local_identifiers(pegawai: Pegawai) -> list[tuple[Identifier, str]]:
    """The employee's normalised identifiers in lookup order, missing ones left out."""
    found: list[tuple[Identifier, str]] = []
    for kind in IDENTIFIER_ORDER:
        value = identifier_key(getattr(pegawai, kind.value))
        if value is not None:
            found.append((kind, value))
    return found


def _sister_field(kind: Identifier) -> str:
    return "nidn" if kind in (Identifier.NIDN, Identifier.NIDK, Identifier.NUPN) else kind.value


@dataclass(frozen=True, slots=True)
class NameSuggestion:
    """A SISTER person whose name is close to the employee's, with the score (0..100)."""

    sdm: SdmRow
    score: float


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One employee's place in the plan.

    ``candidates`` lists the SDM the identifiers found, the proposed one first (found by the
    strongest identifier). ``matched_by`` names the identifiers that agree with the proposal;
    ``differs_on`` the identifiers both sides have but with different values (a typo to check).
    """

    pegawai: Pegawai
    group: MatchGroup
    reasons: tuple[Reason, ...]
    candidates: tuple[SdmRow, ...] = ()
    matched_by: tuple[Identifier, ...] = ()
    differs_on: tuple[Identifier, ...] = ()
    name_score: float | None = None
    nearest: tuple[NameSuggestion, ...] = ()
    #: For ``SDM_ALREADY_LINKED``: the employee id that holds the SDM now.
    linked_to: int | None = None

    @property
    def reason(self) -> Reason:
        return self.reasons[0]

    @property
    def proposed(self) -> SdmRow | None:
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True, slots=True)
class LinkPlan:
    exact: tuple[PlanEntry, ...] = ()
    review: tuple[PlanEntry, ...] = ()
    not_found: tuple[PlanEntry, ...] = ()

    def group(self, group: MatchGroup) -> tuple[PlanEntry, ...]:
        return {
            MatchGroup.EXACT: self.exact,
            MatchGroup.REVIEW: self.review,
            MatchGroup.NOT_FOUND: self.not_found,
        }[group]

    @property
    def counts(self) -> dict[MatchGroup, int]:
        return {group: len(self.group(group)) for group in MatchGroup}

    def __len__(self) -> int:
        return len(self.exact) + len(self.review) + len(self.not_found)


@dataclass(slots=True)
class SdmIndex:
    """The SDM list indexed by normalised identifier and by name word, built once per list."""

    rows: Sequence[SdmRow]
    by_identifier: dict[str, dict[str, list[int]]] = field(init=False)
    names: list[str] = field(init=False)
    by_word: dict[str, set[int]] = field(init=False)
    _word_lists: dict[str, list[int]] = field(init=False)

    def __post_init__(self) -> None:
        self.by_identifier = {"nuptk": {}, "nidn": {}, "nip": {}}
        self.names = []
        self.by_word = defaultdict(set)
        self._word_lists = defaultdict(list)
        for position, row in enumerate(self.rows):
            for name, index in self.by_identifier.items():
                value = identifier_key(getattr(row, name))
                if value is not None:
                    index.setdefault(value, []).append(position)
            normalised = normalize_name(row.nama_sdm)
            self.names.append(normalised)
            for word in set(normalised.split()):
                self.by_word[word].add(position)
                self._word_lists[word].append(position)

    def lookup(self, kind: Identifier, value: str) -> list[int]:
        return self.by_identifier[_sister_field(kind)].get(value, [])

    def shortlist(self, normalised_name: str, cap: int = 100) -> list[int]:
        """Positions worth scoring against the name: at most ``cap``, best-blocked first.

        First the SDM sharing two words with the name, then those sharing its rarest words.
        Blocking keeps "nearest names" linear in the list size instead of quadratic; a name
        whose every word is misspelt gets no suggestions, which manual search covers.
        """
        words = [word for word in dict.fromkeys(normalised_name.split()) if word in self.by_word]
        words.sort(key=lambda word: len(self.by_word[word]))
        chosen: dict[int, None] = {}
        for i, first in enumerate(words):
            for second in words[i + 1 :]:
                chosen.update(dict.fromkeys(sorted(self.by_word[first] & self.by_word[second])))
        for word in words:
            if len(chosen) >= cap:
                break
            chosen.update(dict.fromkeys(self._word_lists[word][: cap - len(chosen)]))
        return list(chosen)[:cap]

    def nearest(
        self,
        nama: str,
        *,
        scorer: NameScorer = token_sort_ratio,
        limit: int = DEFAULT_NEAREST_LIMIT,
        min_score: float = 50.0,
    ) -> tuple[NameSuggestion, ...]:
        """The ``limit`` best-scoring SDM among the shortlist for ``nama``."""
        target = normalize_name(nama)
        best: list[tuple[float, int]] = []  # min-heap of the best ``limit`` so far
        for position in self.shortlist(target):
            cutoff = best[0][0] if len(best) == limit else min_score
            score = scorer(target, self.names[position], score_cutoff=cutoff)
            if score < cutoff or score <= 0.0:
                continue
            if len(best) < limit:
                heapq.heappush(best, (score, -position))
            else:
                heapq.heappushpop(best, (score, -position))
        ranked = sorted(best, reverse=True)
        return tuple(NameSuggestion(self.rows[-neg], score) for score, neg in ranked)


def sdm_on_campus(rows: Sequence[SdmRow], campus: Iterable[Pegawai]) -> set[str]:
    """The ``id_sdm`` of rows that are on the campus list under another record.

    A row is on the campus list when an employee shares an identifier with it, by the same
    identifiers and normalising as the linking plan (NUPTK; NIDN/NIDK/NUPN against SISTER's
    ``nidn``; NIP). An employee with no identifier at all (many campus lists carry none for
    tendik) is recognised by the name without titles instead: "AHMAD PRASETYO" in SISTER is
    then the campus's "Ahmad Prasetyo, S.E., M.Ak.", to link (the plan checks the rest) rather
    than to add a second time. An employee with identifiers is never matched by name alone: a
    namesake with other numbers is another person.
    """
    index = SdmIndex(rows)
    by_name: dict[str, list[int]] = defaultdict(list)
    for position, name in enumerate(index.names):
        if name:
            by_name[name].append(position)
    found: set[str] = set()
    for pegawai in campus:
        identifiers = local_identifiers(pegawai)
        positions: list[int] = []
        for kind, value in identifiers:
            positions.extend(index.lookup(kind, value))
        if not identifiers:
            positions.extend(by_name.get(normalize_name(pegawai.nama), ()))
        found.update(rows[position].id_sdm for position in positions)
    return found


def _entry_for(
    pegawai: Pegawai,
    index: SdmIndex,
    linked: Mapping[str, int],
    scorer: NameScorer,
    threshold: float,
    nearest_limit: int,
) -> PlanEntry:
    identifiers = local_identifiers(pegawai)
    if not identifiers:
        return PlanEntry(
            pegawai,
            MatchGroup.NOT_FOUND,
            (Reason.NO_IDENTIFIERS,),
            nearest=index.nearest(pegawai.nama, scorer=scorer, limit=nearest_limit),
        )
    hits: dict[int, list[Identifier]] = {}  # SDM position -> identifiers that found it
    for kind, value in identifiers:
        for position in index.lookup(kind, value):
            hits.setdefault(position, []).append(kind)
    if not hits:
        return PlanEntry(
            pegawai,
            MatchGroup.NOT_FOUND,
            (Reason.NO_IDENTIFIER_MATCH,),
            nearest=index.nearest(pegawai.nama, scorer=scorer, limit=nearest_limit),
        )
    local_name = normalize_name(pegawai.nama)
    scores = {
        position: 100.0
        if local_name == index.names[position]
        else float(scorer(local_name, index.names[position]))
        for position in hits
    }
    # Propose the candidate whose name agrees, then the one most identifiers found, then the
    # one the strongest identifier found (dict order is discovery order).
    order = {position: rank for rank, position in enumerate(hits)}
    positions = sorted(
        hits,
        key=lambda p: (scores[p] < threshold, -len(hits[p]), order[p]),
    )
    proposed_position = positions[0]
    proposed = index.rows[proposed_position]
    matched_by = tuple(hits[proposed_position])
    score = scores[proposed_position]

    differs: list[Identifier] = []
    for kind, value in identifiers:
        theirs = identifier_key(getattr(proposed, _sister_field(kind)))
        if theirs is not None and theirs != value and kind not in matched_by:
            # NIDN/NIDK/NUPN share SISTER's one field: a differing NIDK is no disagreement
            # when the NIDN already matched it.
            if _sister_field(kind) == "nidn" and any(
                _sister_field(m) == "nidn" for m in matched_by
            ):
                continue
            differs.append(kind)

    reasons: list[Reason] = []
    if len(positions) > 1:
        reasons.append(Reason.IDENTIFIERS_CONFLICT)
    if score < threshold:
        reasons.append(Reason.NAME_DIFFERS)
    holder = linked.get(proposed.id_sdm)
    if holder is not None and holder != pegawai.id:
        reasons.append(Reason.SDM_ALREADY_LINKED)
    else:
        holder = None
    group = MatchGroup.REVIEW if reasons else MatchGroup.EXACT
    if not reasons:
        reasons.append(Reason.IDENTIFIER_AND_NAME_MATCH)
    return PlanEntry(
        pegawai,
        group,
        tuple(reasons),
        candidates=tuple(index.rows[position] for position in positions),
        matched_by=matched_by,
        differs_on=tuple(differs),
        name_score=score,
        linked_to=holder,
    )


def build_plan(
    pegawai: Iterable[Pegawai],
    sdm: Sequence[SdmRow] | SdmIndex,
    *,
    linked: Mapping[str, int] | None = None,
    scorer: NameScorer = token_sort_ratio,
    threshold: float = DEFAULT_NAME_THRESHOLD,
    nearest_limit: int = DEFAULT_NEAREST_LIMIT,
) -> LinkPlan:
    """Sort ``pegawai`` into Cocok / Perlu dicek / Tidak ditemukan against the SDM list.

    ``linked`` maps each ``id_sdm`` already linked locally to the employee id holding it.
    Employees keep their input order within each group.
    """
    index = sdm if isinstance(sdm, SdmIndex) else SdmIndex(sdm)
    linked = linked or {}
    entries = [
        _entry_for(person, index, linked, scorer, threshold, nearest_limit) for person in pegawai
    ]
    # Two employees proposing the same SDM: neither may be linked without a look.
    claims: dict[str, int] = defaultdict(int)
    for entry in entries:
        if entry.proposed is not None:
            claims[entry.proposed.id_sdm] += 1
    groups: dict[MatchGroup, list[PlanEntry]] = {group: [] for group in MatchGroup}
    for entry in entries:
        if entry.proposed is not None and claims[entry.proposed.id_sdm] > 1:
            reasons = tuple(r for r in entry.reasons if r != Reason.IDENTIFIER_AND_NAME_MATCH)
            entry = replace(
                entry, group=MatchGroup.REVIEW, reasons=(Reason.SDM_CLAIMED_TWICE, *reasons)
            )
        groups[entry.group].append(entry)
    return LinkPlan(
        exact=tuple(groups[MatchGroup.EXACT]),
        review=tuple(groups[MatchGroup.REVIEW]),
        not_found=tuple(groups[MatchGroup.NOT_FOUND]),
    )
