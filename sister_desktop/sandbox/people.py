"""The clean facts of one person, before either side (SISTER or the campus) writes them down.

Both the SISTER records and the campus file are projections of these facts, each with its own
dirt; keeping the facts separate is what lets the world know its own truth.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sister_desktop.sandbox import vocabulary as v

#: The world's "today": fixed so the same seed gives the same histories on any day.
TODAY = date(2025, 6, 30)


def new_uuid(rng: random.Random) -> str:
    """A lowercase version-4 UUID drawn from ``rng`` (so it is reproducible)."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def random_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass
class Degree:
    jenjang: str
    gelar: str
    bidang_studi: str
    perguruan_tinggi: str
    tahun_masuk: int
    tahun_lulus: int


@dataclass
class Step:
    """One dated step of a history (rank, grade, assignment)."""

    name: str
    start: date
    extra: dict[str, object] = field(default_factory=dict)


@dataclass
class Person:
    """What is true about one employee."""

    given: str
    sex: str  # "L" / "P"
    birth: date
    birth_place: str
    jenis: str  # "Dosen" / "Tendik"
    status: str  # an entry of vocabulary.STATUS_KEPEGAWAIAN
    ikatan: str  # an id of vocabulary.IKATAN_KERJA
    unit: str
    field_key: str
    start: date
    front_title: str = ""
    back_title: str = ""
    cpns: date | None = None
    nip: str | None = None
    number_kind: str = "none"  # "nidn" / "nidk" / "nup" / "none" (NUPTK only or tendik)
    lecturer_number: str | None = None
    nuptk: str | None = None
    nik: str = ""
    email: str = ""
    degrees: list[Degree] = field(default_factory=list)
    jabfung: list[Step] = field(default_factory=list)
    pangkat: list[Step] = field(default_factory=list)
    units: list[Step] = field(default_factory=list)
    active: bool = True
    exit_kind: str | None = None
    exit_date: date | None = None
    married: bool = True
    spouse: str | None = None

    @property
    def nidn(self) -> str | None:
        """The value that SISTER keeps in its ``nidn`` field: NIDN, NIDK or NUP alike."""
        return self.lecturer_number


class PersonFactory:
    """Draws plausible people one by one; every number it makes is unique in its world."""

    def __init__(self, rng: random.Random, faculties: Sequence[tuple[str, str, tuple[str, ...]]]):
        self.rng = rng
        self.faculties = faculties
        self._used: set[str] = set()

    def _unique(self, make, fallback=None) -> str:  # type: ignore[no-untyped-def]
        """A value from ``make()`` not handed out before. After 50 misses (the common names'
        e-mail addresses run out in a large world) ``fallback(n)`` with n = 1, 2, ... instead:
        without it ``--size 100000`` never finished. Small worlds never get that far, so
        their people stay as they were."""
        for _ in range(50):
            value = make()
            if value not in self._used:
                self._used.add(value)
                return value
        n = 1
        while True:
            value = fallback(n) if fallback is not None else make()
            if value not in self._used:
                self._used.add(value)
                return value
            n += 1

    def _digits(self, count: int) -> str:
        return str(self.rng.randrange(10 ** (count - 1), 10**count))

    def name(self, sex: str) -> str:
        rng = self.rng
        if rng.random() < 0.04:
            return rng.choice(v.SINGLE_NAMES)
        given = rng.choice(v.MALE_GIVEN if sex == "L" else v.FEMALE_GIVEN)
        parts = [given]
        if rng.random() < 0.3:
            parts.append(rng.choice(v.MIDDLE))
        if rng.random() < 0.88 or len(parts) == 1:
            pool = v.FAMILY + v.FAMILY_FEMALE if sex == "P" else v.FAMILY
            parts.append(rng.choice(pool))
        return " ".join(parts)

    def person(self, jenis: str) -> Person:
        rng = self.rng
        sex = rng.choice("LP")
        birth = random_date(rng, date(1962, 1, 1), date(1996, 12, 31))
        if jenis == "Dosen":
            status = rng.choices(
                ["PNS", "CPNS", "PPPK", "Non PNS Tetap", "Kontrak"], [50, 3, 5, 30, 12]
            )[0]
            ikatan = "A" if status != "Kontrak" else rng.choice("CE")
            fac_name, field_key, prodis = rng.choice(self.faculties)
            unit = rng.choice(prodis)
        else:
            status = rng.choices(["PNS", "PPPK", "Non PNS Tetap", "Kontrak"], [40, 10, 30, 20])[0]
            ikatan = "K" if status == "Kontrak" else "T"
            fac_name, field_key, _prodis = rng.choice(self.faculties)
            unit = rng.choice((*v.ADMIN_UNITS, fac_name))
        start = min(add_years(birth, rng.randint(24, 34)), TODAY - timedelta(days=200))
        start = start.replace(day=1)
        person = Person(
            given=self.name(sex),
            sex=sex,
            birth=birth,
            birth_place=rng.choice(v.BIRTH_PLACES),
            jenis=jenis,
            status=status,
            ikatan=ikatan,
            unit=unit,
            field_key=field_key,
            start=start,
        )
        if status in ("PNS", "CPNS"):
            person.cpns = start
            sex_digit = "1" if sex == "L" else "2"
            person.nip = self._unique(
                lambda: f"{birth:%Y%m%d}{start:%Y%m}{sex_digit}{rng.randrange(1, 1000):03d}"
            )
        self._identifiers(person)
        self._education(person)
        self._titles(person)
        self._histories(person)
        self._family(person)
        return person

    def _identifiers(self, p: Person) -> None:
        rng = self.rng
        if p.jenis == "Dosen":
            if p.ikatan == "A":
                p.number_kind = "nidn" if rng.random() < 0.88 else "none"
            else:
                p.number_kind = rng.choices(["nidk", "nup", "none"], [50, 35, 15])[0]
        region = rng.randrange(0, 33)
        if p.number_kind == "nidn":
            p.lecturer_number = self._unique(
                lambda: f"{region:02d}{p.birth:%d%m%y}{rng.randrange(1, 100):02d}"
            )
        elif p.number_kind == "nidk":
            p.lecturer_number = self._unique(lambda: "88" + self._digits(8))
        elif p.number_kind == "nup":
            p.lecturer_number = self._unique(lambda: "99" + self._digits(8))
        has_nuptk = (p.number_kind == "none" and p.jenis == "Dosen") or rng.random() < 0.9
        if has_nuptk:
            p.nuptk = self._unique(lambda: self._digits(16))
        day = p.birth.day + (40 if p.sex == "P" else 0)
        regency = rng.choice(("71", "07", "75", "05"))
        p.nik = self._unique(
            lambda: (
                f"12{regency}{rng.randrange(1, 40):02d}{day:02d}{p.birth:%m%y}"
                f"{rng.randrange(1, 10000):04d}"
            )
        )
        local = ".".join(p.given.lower().split()[:2]).replace("'", "")
        p.email = self._unique(
            lambda: (
                f"{local}{rng.randrange(1, 100) if rng.random() < 0.5 else ''}"
                f"@{rng.choice(('gmail.com', 'yahoo.co.id', 'unusmed.ac.id'))}"
            ),
            lambda n: f"{local}.{n}@unusmed.ac.id",
        )

    def _education(self, p: Person) -> None:
        rng = self.rng
        field_studi = {
            "teknik": "Teknik",
            "ekonomi": "Ekonomi",
            "hukum": "Hukum",
            "pendidikan": "Pendidikan",
            "mipa": "Sains",
            "pertanian": "Pertanian",
        }[p.field_key]
        prodi_name = p.unit if p.jenis == "Dosen" else f"Ilmu {field_studi}"

        def degree(jenjang: str, gelar: str, age_done: int, years: int, abroad: bool) -> None:
            done = p.birth.year + age_done
            if done > TODAY.year - 1:
                return
            campus = rng.choice(v.UNIVERSITIES_ABROAD if abroad else v.UNIVERSITIES_S1)
            p.degrees.append(Degree(jenjang, gelar, prodi_name, campus, done - years, done))

        if p.jenis == "Dosen":
            back = rng.choice(v.BACK_TITLES_BY_FIELD[p.field_key]).split(", ")
            degree("S1", back[0], rng.randint(22, 23), 4, False)
            degree("S2", back[1], rng.randint(26, 30), 2, rng.random() < 0.2)
            if rng.random() < 0.38:
                abroad = rng.random() < 0.35
                degree("S3", "Ph.D." if abroad else "Dr.", rng.randint(33, 42), 4, abroad)
        else:
            level = rng.choices(["SMA", "D3", "S1", "S2"], [20, 20, 50, 10])[0]
            if level == "SMA":
                degree("SMA", "", 18, 3, False)
            elif level == "D3":
                degree("D3", "A.Md.", 21, 3, False)
            else:
                degree("S1", rng.choice(("S.E.", "S.Kom.", "S.Sos.", "S.H.")), 22, 4, False)
                if level == "S2":
                    degree("S2", "M.M.", rng.randint(28, 35), 2, False)

    def _titles(self, p: Person) -> None:
        backs = [d.gelar for d in p.degrees if d.gelar and d.gelar not in ("Dr.",)]
        p.back_title = ", ".join(backs)
        if any(d.gelar == "Dr." for d in p.degrees):
            p.front_title = "Dr."
        if self.rng.random() < 0.05 and p.field_key in ("teknik", "pertanian"):
            p.front_title = (p.front_title + " Ir.").strip()

    def _histories(self, p: Person) -> None:
        rng = self.rng
        years_served = TODAY.year - p.start.year
        # Assignments: a fifth moved unit once.
        if p.jenis == "Dosen":
            prodis = next(f[2] for f in self.faculties if f[1] == p.field_key)
            others = [u for u in prodis if u != p.unit]
        else:
            others = [u for u in v.ADMIN_UNITS if u != p.unit]
        if others and years_served > 6 and rng.random() < 0.2:
            moved = add_years(p.start, rng.randint(2, years_served - 2)).replace(day=1)
            p.units = [Step(rng.choice(others), p.start), Step(p.unit, moved)]
        else:
            p.units = [Step(p.unit, p.start)]
        # Academic rank for lecturers with a lecturer number.
        if p.jenis == "Dosen" and p.number_kind in ("nidn", "nidk"):
            has_s3 = any(d.jenjang == "S3" for d in p.degrees)
            ladder = [
                ("Asisten Ahli", 150.0),
                ("Lektor", 200.0),
                ("Lektor", v.LEKTOR_300),
                ("Lektor Kepala", 400.0),
            ]
            if has_s3:
                ladder.append(("Profesor", 850.0))
            when = add_years(p.start, rng.randint(1, 2))
            for name, kredit in ladder:
                if when >= TODAY:
                    break
                p.jabfung.append(Step(name, when, {"angka_kredit": kredit}))
                when = add_years(when, rng.randint(3, 6))
            if p.jabfung and p.jabfung[-1].name == "Profesor":
                p.front_title = "Prof." if "Ph.D." in p.back_title else "Prof. Dr."
        # Civil-service grades.
        if p.cpns is not None:
            top = max((d.jenjang for d in p.degrees), key=_jenjang_rank, default="SMA")
            index = {"SMA": 5, "D3": 6, "S1": 8, "S2": 9, "S3": 10}[top]
            cap = 16 if p.jenis == "Dosen" else 13
            when = p.cpns
            while when < TODAY and index <= cap:
                p.pangkat.append(Step(v.GOLONGAN[index][0], when))
                index += 1
                when = add_years(when, 4)

    def _family(self, p: Person) -> None:
        rng = self.rng
        p.married = rng.random() < 0.8
        if p.married:
            p.spouse = self.name("P" if p.sex == "L" else "L").upper()


def _jenjang_rank(jenjang: str) -> int:
    return ["SMA", "D3", "S1", "S2", "S3"].index(jenjang)
