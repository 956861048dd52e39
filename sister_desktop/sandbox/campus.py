"""The campus's own employee list for a world, and the truth that ties it to SISTER.

A campus file is never a copy of SISTER: names carry academic titles written the campus's way,
some identifiers are missing or mistyped, some people left SISTER's view or never reached it.
The truth records every such difference so linking and comparison tests can grade themselves.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from sister_desktop.sandbox import vocabulary as v
from sister_desktop.sandbox.people import Person, PersonFactory

if TYPE_CHECKING:
    from sister_desktop.sandbox.dataset import World

#: The import columns of docs/CLI.md, in file order, then the two optional rank columns.
COLUMNS = (
    "nama",
    "nip",
    "nidn",
    "nidk",
    "nupn",
    "nuptk",
    "nik",
    "tanggal_lahir",
    "jenis_kelamin",
    "jenis_pegawai",
    "unit_kerja",
    "email",
    "jabatan_fungsional",
    "pangkat_golongan",
)


class Difference(NamedTuple):
    """A campus row and SISTER disagree on ``field`` (a comparison field name of docs/CLI.md)."""

    row: int
    field: str
    campus_value: str | None
    sister_value: str | None


class Trap(NamedTuple):
    """A campus row built to fool a careless linker.

    ``kind``: ``same_name`` (another SDM has the very same name: ``decoy``),
    ``nidn_of_other_person`` (the campus NIDN is mistyped into the decoy's NIDN),
    ``nidn_typo`` (the campus NIDN matches nobody), ``same_name_not_in_sister`` (SISTER lacks
    this person but has a different person, the decoy, with the same name).
    """

    row: int
    kind: str
    id_sdm: str | None
    decoy: str | None


@dataclass(frozen=True)
class Truth:
    """What the campus file and SISTER really have in common."""

    #: ``row_sdm[row]`` is the id_sdm of campus row ``row``; None when SISTER lacks the person.
    row_sdm: tuple[str | None, ...]
    #: SDM the campus file lacks.
    sister_only: tuple[str, ...]
    #: Real disagreements a comparison must report.
    differences: tuple[Difference, ...]
    #: Values written differently that mean the same (titles, case, padding, the NIDK/NUP
    #: kept in SISTER's ``nidn``): a comparison that normalises should not report these.
    equivalents: tuple[Difference, ...]
    traps: tuple[Trap, ...]

    def sdm_of(self, row: int) -> str | None:
        return self.row_sdm[row]

    def row_of(self, id_sdm: str) -> int | None:
        try:
            return self.row_sdm.index(id_sdm)
        except ValueError:
            return None

    def is_correct_link(self, row: int, id_sdm: str | None) -> bool:
        return self.row_sdm[row] == id_sdm

    @property
    def campus_only(self) -> tuple[int, ...]:
        """Rows of people SISTER does not have."""
        return tuple(row for row, id_sdm in enumerate(self.row_sdm) if id_sdm is None)

    def differences_of(self, row: int) -> list[Difference]:
        return [d for d in self.differences if d.row == row]


@dataclass(frozen=True)
class Campus:
    rows: tuple[dict[str, str | None], ...]
    truth: Truth


class _Draft:
    """A campus row being written, with the SDM it belongs to and its planted differences."""

    def __init__(self, person: Person, id_sdm: str | None) -> None:
        self.person = person
        self.id_sdm = id_sdm
        self.values: dict[str, str | None] = {}
        self.differences: list[tuple[str, str | None, str | None]] = []
        self.equivalents: list[tuple[str, str | None, str | None]] = []
        self.traps: list[tuple[str, str | None]] = []
        self.name_given = person.given


def build_campus(world: World) -> Campus:
    rng = random.Random(f"sister-sandbox-campus/{world.seed}/{world.size}")
    facts = world.facts
    n = len(facts)
    sdm = world.sdm
    protected = {i for pair in world.same_name_pairs for i in pair} | set(world.inactive)
    others = [i for i in range(n) if i not in protected]
    rng.shuffle(others)
    lack = max(1, round(n * 0.05)) if n >= 5 else 0
    sister_only = sorted(others[:lack])
    on_campus = [i for i in range(n) if i not in set(sister_only)]

    drafts = {i: _Draft(facts[i], sdm[i].id_sdm) for i in on_campus}
    _plant_differences(rng, world, drafts)
    rows = [_write_row(rng, world, i, d) for i, d in drafts.items()]
    all_drafts = list(drafts.values())

    # People the campus has and SISTER lacks, one of them named like an SDM the campus lacks.
    factory = PersonFactory(rng, world.faculties)
    factory._used = set(world.factory._used)
    for n_extra in range(max(1, round(n * 0.05)) if n >= 5 else 0):
        person = factory.person(rng.choices(["Dosen", "Tendik"], [8, 2])[0])
        draft = _Draft(person, None)
        if n_extra == 0 and sister_only:
            twin = facts[sister_only[0]]
            person.given, person.sex = twin.given, twin.sex
            draft.name_given = twin.given
            draft.traps.append(("same_name_not_in_sister", sdm[sister_only[0]].id_sdm))
        rows.append(_write_row(rng, world, None, draft))
        all_drafts.append(draft)

    # Same-name pairs: both on campus, each the other's decoy.
    index_of = {d.id_sdm: k for k, d in enumerate(all_drafts)}
    for a, b in world.same_name_pairs:
        all_drafts[index_of[sdm[a].id_sdm]].traps.append(("same_name", sdm[b].id_sdm))
        all_drafts[index_of[sdm[b].id_sdm]].traps.append(("same_name", sdm[a].id_sdm))

    # A campus file is sorted the way HR exports it: by kind, unit, name.
    order = sorted(
        range(len(rows)),
        key=lambda k: (rows[k]["jenis_pegawai"], rows[k]["unit_kerja"], rows[k]["nama"]),
    )
    _write_ranks(world, [all_drafts[k] for k in order], [rows[k] for k in order])
    final_rows = tuple(rows[k] for k in order)
    differences: list[Difference] = []
    equivalents: list[Difference] = []
    traps: list[Trap] = []
    for row, k in enumerate(order):
        draft = all_drafts[k]
        differences.extend(Difference(row, *d) for d in draft.differences)
        equivalents.extend(Difference(row, *e) for e in draft.equivalents)
        traps.extend(Trap(row, kind, draft.id_sdm, decoy) for kind, decoy in draft.traps)
    truth = Truth(
        row_sdm=tuple(all_drafts[k].id_sdm for k in order),
        sister_only=tuple(sdm[i].id_sdm for i in sister_only),
        differences=tuple(differences),
        equivalents=tuple(equivalents),
        traps=tuple(traps),
    )
    return Campus(rows=final_rows, truth=truth)


def _plant_differences(rng: random.Random, world: World, drafts: dict[int, _Draft]) -> None:
    """Give a realistic share of rows one real difference each (never two: see Trap)."""
    protected = {i for pair in world.same_name_pairs for i in pair}
    pool = [i for i in drafts if i not in protected]
    rng.shuffle(pool)
    used: set[int] = set()
    total = len(drafts)

    def pick(rate: float, eligible) -> list[int]:  # type: ignore[no-untyped-def]
        count = max(1, round(total * rate)) if total >= 10 else 0
        chosen = [i for i in pool if i not in used and eligible(world.facts[i], i)][:count]
        used.update(chosen)
        return chosen

    sdm = world.sdm
    for i in pick(0.04, lambda p, i: len(max(p.given.split(), key=len)) >= 4):
        drafts[i].name_given = _typo_name(rng, world.facts[i].given)
        drafts[i].differences.append(("nama", None, sdm[i].profil["nama"]))  # value set later
    for i in pick(0.05, lambda p, i: p.number_kind == "nidn"):
        drafts[i].values["nidn"] = None
        drafts[i].differences.append(("nidn", None, world.facts[i].nidn))
    nidn_owners = [i for i, p in enumerate(world.facts) if p.number_kind == "nidn"]
    for k, i in enumerate(pick(0.02, lambda p, i: p.number_kind == "nidn")):
        real = world.facts[i].nidn
        decoys = [j for j in nidn_owners if j != i]
        if k == 0 and decoys:
            j = rng.choice(decoys)
            wrong = world.facts[j].nidn
            drafts[i].traps.append(("nidn_of_other_person", sdm[j].id_sdm))
        else:
            wrong = _typo_digits(rng, real)  # type: ignore[arg-type]
            while any(world.facts[j].nidn == wrong for j in nidn_owners):
                wrong = _typo_digits(rng, real)  # type: ignore[arg-type]
            drafts[i].traps.append(("nidn_typo", None))
        drafts[i].values["nidn"] = wrong
        drafts[i].differences.append(("nidn", wrong, real))
    for i in pick(0.03, lambda p, i: p.nip and world.sister_nip.get(i, p.nip) == p.nip):
        drafts[i].values["nip"] = None
        drafts[i].differences.append(("nip", None, world.facts[i].nip))
    for i in pick(0.02, lambda p, i: True):
        birth = world.facts[i].birth
        if birth.day <= 12 and birth.day != birth.month:
            wrong_date = birth.replace(day=birth.month, month=birth.day)  # dd/mm read as mm/dd
        else:
            wrong_date = birth.replace(year=birth.year + rng.choice((-1, 1)))
        drafts[i].values["tanggal_lahir"] = wrong_date.isoformat()
        drafts[i].differences.append(("tanggal_lahir", wrong_date.isoformat(), birth.isoformat()))
    for i in pick(0.02, lambda p, i: True):
        wrong = _typo_digits(rng, world.facts[i].nik)
        drafts[i].values["nik"] = wrong
        drafts[i].differences.append(("nik", wrong, world.facts[i].nik))
    for i in pick(0.03, lambda p, i: len(p.units) > 1 and world.facts[i].active):
        old = world.facts[i].units[-2].name
        drafts[i].values["unit_kerja"] = old
        drafts[i].differences.append(("unit_kerja", old, world.facts[i].unit))
    for i in pick(0.01, lambda p, i: True):
        real = world.facts[i].sex
        wrong = "P" if real == "L" else "L"
        drafts[i].values["jenis_kelamin"] = wrong
        drafts[i].differences.append(("jenis_kelamin", wrong, real))
    for i in pick(0.05, lambda p, i: p.nuptk is not None):
        drafts[i].values["nuptk"] = None
        drafts[i].differences.append(("nuptk", None, world.facts[i].nuptk))


def _write_ranks(world: World, drafts: list[_Draft], rows: list[dict[str, str | None]]) -> None:
    """Jabatan fungsional and pangkat/golongan as the campus HR keeps them, in file order.

    A random stream of its own: the rest of the campus file (and every test that grades
    linking against it) stays exactly as it was before the campus kept ranks. Most rows keep
    them; a few lag behind SISTER by one promotion (a real difference); the grade is written
    the campus's way ("Penata, III/c" where SISTER writes "III/c (Penata)"), which is no
    difference at all.
    """
    rng = random.Random(f"sister-sandbox-campus-ranks/{world.seed}/{world.size}")
    eligible: list[int] = []
    for row, (draft, values) in enumerate(zip(drafts, rows, strict=True)):
        p = draft.person
        values["jabatan_fungsional"] = values["pangkat_golongan"] = None
        if rng.random() < 0.15:
            continue  # this employee's rank was never entered on campus
        jabatan = [step.name for step in p.jabfung]
        values["jabatan_fungsional"] = jabatan[-1] if jabatan else None
        if p.pangkat:
            code = p.pangkat[-1].name
            values["pangkat_golongan"] = _campus_pangkat(code)
            if draft.id_sdm is not None:
                draft.equivalents.append(
                    ("pangkat_golongan", values["pangkat_golongan"], v.pangkat_golongan_text(code))
                )
        if draft.id_sdm is not None and not draft.differences and not draft.traps:
            eligible.append(row)
    rng.shuffle(eligible)
    count = max(1, round(len(rows) * 0.03)) if len(rows) >= 10 else 0
    lagging_jabatan = [
        row
        for row in eligible
        if len(dict.fromkeys(s.name for s in drafts[row].person.jabfung)) > 1
    ][:count]
    for row in lagging_jabatan:
        names = list(dict.fromkeys(step.name for step in drafts[row].person.jabfung))
        rows[row]["jabatan_fungsional"] = names[-2]
        drafts[row].differences.append(("jabatan_fungsional", names[-2], names[-1]))
    lagging_pangkat = [
        row
        for row in eligible
        if row not in lagging_jabatan and len(drafts[row].person.pangkat) > 1
    ][:count]
    for row in lagging_pangkat:
        steps = drafts[row].person.pangkat
        old, now = steps[-2].name, steps[-1].name
        rows[row]["pangkat_golongan"] = _campus_pangkat(old)
        drafts[row].equivalents = [e for e in drafts[row].equivalents if e[0] != "pangkat_golongan"]
        drafts[row].differences.append(
            ("pangkat_golongan", rows[row]["pangkat_golongan"], v.pangkat_golongan_text(now))
        )


def _campus_pangkat(golongan: str) -> str:
    """A grade as campus HR writes it: ``Penata, III/c``."""
    return f"{v.PANGKAT[golongan]}, {golongan}"


def _write_row(
    rng: random.Random, world: World, index: int | None, draft: _Draft
) -> dict[str, str | None]:
    p = draft.person
    nama = _campus_name(rng, p, draft.name_given)
    row: dict[str, str | None] = {
        "nama": nama,
        "nip": p.nip,
        "nidn": p.lecturer_number if p.number_kind == "nidn" else None,
        "nidk": p.lecturer_number if p.number_kind == "nidk" else None,
        "nupn": p.lecturer_number if p.number_kind == "nup" else None,
        "nuptk": p.nuptk,
        "nik": p.nik,
        "tanggal_lahir": p.birth.isoformat(),
        "jenis_kelamin": p.sex,
        "jenis_pegawai": p.jenis,
        "unit_kerja": p.unit,
        "email": p.email if rng.random() < 0.85 else None,
    }
    row.update(draft.values)
    draft.differences = [
        (f, nama, s) if f == "nama" else (f, c, s) for f, c, s in draft.differences
    ]
    if index is not None:
        sister = world.sdm[index]
        sister_nama = sister.profil["nama"]
        if nama != sister_nama and draft.name_given == p.given:
            draft.equivalents.append(("nama", nama, sister_nama))
        sister_nip = sister.kepegawaian["nip"]
        if row["nip"] and sister_nip and sister_nip != row["nip"]:
            if sister_nip.strip() == row["nip"]:
                draft.equivalents.append(("nip", row["nip"], sister_nip))
            else:
                draft.differences.append(("nip", row["nip"], sister_nip))
        elif row["nip"] and not (sister_nip or "").strip():
            draft.differences.append(("nip", row["nip"], sister_nip))
        if p.number_kind in ("nidk", "nup"):
            draft.equivalents.append(("nidn", None, p.lecturer_number))
    return row


def _campus_name(rng: random.Random, p: Person, given: str) -> str:
    """The name as the campus HR writes it: usually with the academic titles."""
    style = rng.choices(["standard", "plain", "dotless", "upper"], [70, 10, 10, 10])[0]
    front, back = p.front_title, p.back_title
    if style == "plain" or not (front or back):
        return given
    if style == "dotless":
        front = front.replace(".", "")
        back = back.replace(".", "").replace(",", "")
        return " ".join(x for x in (front, given, back) if x)
    text = (f"{front} " if front else "") + given + (f", {back}" if back else "")
    return text.upper() if style == "upper" else text


def _typo_name(rng: random.Random, given: str) -> str:
    words = given.split()
    k = max(range(len(words)), key=lambda j: len(words[j]))
    word = words[k]
    vowels = {"a": "e", "e": "a", "i": "y", "o": "a", "u": "o", "y": "i"}
    for _ in range(20):
        op = rng.choice(("swap", "vowel", "drop"))
        j = rng.randrange(1, len(word) - 1)
        if op == "swap":
            new = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
        elif op == "vowel" and word[j].lower() in vowels:
            new = word[:j] + vowels[word[j].lower()] + word[j + 1 :]
        else:
            new = word[:j] + word[j + 1 :]
        if new.lower() != word.lower():
            words[k] = new
            return " ".join(words)
    words[k] = word + "h"
    return " ".join(words)


def _typo_digits(rng: random.Random, value: str) -> str:
    """One digit mistyped or two neighbours swapped, as a hurried operator does."""
    digits = list(value)
    for _ in range(20):
        j = rng.randrange(len(digits) - 1)
        copy = digits[:]
        if rng.random() < 0.5 and copy[j] != copy[j + 1]:
            copy[j], copy[j + 1] = copy[j + 1], copy[j]
        else:
            copy[j] = str((int(copy[j]) + rng.randint(1, 9)) % 10)
        if copy != digits and not (j == 0 and copy[0] == "0" and digits[0] != "0"):
            return "".join(copy)
    return value[:-1] + str((int(value[-1]) + 1) % 10)
