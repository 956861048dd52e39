"""Perbandingan rules: the campus's value of a field beside SISTER's, and whether they disagree.

SISTER writes the same fact differently from a campus (names in capitals without titles, NIPs
with a stray space, a NIDK kept in SISTER's ``nidn``); those are not differences and must not
be shown as such, or operators learn to ignore the list. Pure standard library: the service
reads the stored SISTER records through the mappers of ``domain/sister_answers.py`` and hands
them in as plain mappings (``dataset -> payload``).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Final

from sister_desktop.domain.derived import DerivedValues
from sister_desktop.domain.identifiers import normalize_identifier
from sister_desktop.domain.names import corrected_name, normalize_name
from sister_desktop.domain.pegawai import Pegawai, fits
from sister_desktop.domain.ranks import same_pangkat
from sister_desktop.domain.sister_answers import SDM_DATASET

#: The compared fields in display order; the names are SISTER's (docs/CLI.md ``compare``).
COMPARISON_FIELDS: Final = (
    "nama",
    "tanggal_lahir",
    "jenis_kelamin",
    "nip",
    "nidn",
    "nuptk",
    "nik",
    "unit_kerja",
    "jabatan_fungsional",
    "pangkat_golongan",
    "email",
    "telepon_hp",
    "alamat",
)
#: Fields the campus record keeps, so "Terapkan data SISTER" can copy SISTER's value there:
#: every compared field.
APPLICABLE_FIELDS: Final = frozenset(COMPARISON_FIELDS)
#: Fields many campuses leave empty (their import files have no such column): an empty campus
#: value there means "not kept for this employee", not a disagreement with SISTER.
KEPT_WHEN_FILLED: Final = frozenset(
    {"jabatan_fungsional", "pangkat_golongan", "email", "telepon_hp", "alamat"}
)
IDENTIFIER_FIELDS: Final = frozenset({"nip", "nidn", "nuptk", "nik"})

#: The stored SISTER answers the comparison reads (records of ``sister_record``, read through
#: the mappers of ``domain.sister_answers``).
PROFIL = "data_pribadi/profil"
KEPENDUDUKAN = "data_pribadi/kependudukan"
KEPEGAWAIAN = "data_pribadi/kepegawaian"
ALAMAT = "data_pribadi/alamat"
SDM_ROW = SDM_DATASET
ENDPOINTS_READ: Final = (PROFIL, KEPENDUDUKAN, KEPEGAWAIAN, ALAMAT, SDM_ROW)


class FieldState(StrEnum):
    SAME = "same"
    DIFFERENT = "different"
    #: SISTER's answer for this field was never fetched (endpoint failed, or no current
    #: assignment for a homebase): nothing to compare, not a disagreement.
    NO_SISTER_DATA = "no_sister_data"
    #: The campus does not keep this field; SISTER's value is shown for information.
    NOT_KEPT = "not_kept"


@dataclass(frozen=True, slots=True)
class SisterValues:
    """SISTER's value of every comparison field for one person; ``known`` says which fields
    SISTER actually answered for (a ``None`` outside ``known`` means "not fetched")."""

    values: Mapping[str, str | None]
    known: frozenset[str]

    def get(self, field: str) -> str | None:
        return self.values.get(field)


@dataclass(frozen=True, slots=True)
class FieldComparison:
    field: str
    local: str | None
    sister: str | None
    state: FieldState

    @property
    def different(self) -> bool:
        return self.state is FieldState.DIFFERENT

    @property
    def applicable(self) -> bool:
        """SISTER's value can be copied into the campus record (and would change it).

        An empty SISTER value never is: copying it would blank what the campus knows; nor is
        one longer than the campus keeps (it is shown, whole, but not copied).
        """
        return (
            self.different
            and self.field in APPLICABLE_FIELDS
            and self.sister is not None
            and fits(self.field, self.sister)
        )


@dataclass(frozen=True, slots=True)
class PegawaiComparison:
    """One linked employee's fields, local beside SISTER."""

    pegawai_id: int
    nama: str
    id_sdm: str
    fields: tuple[FieldComparison, ...]

    @property
    def differences(self) -> tuple[FieldComparison, ...]:
        return tuple(f for f in self.fields if f.different)

    def field(self, name: str) -> FieldComparison:
        for item in self.fields:
            if item.field == name:
                return item
        raise KeyError(name)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def sister_values(payloads: Mapping[str, Any], derived: DerivedValues | None) -> SisterValues:
    """SISTER's values from the stored answers (``dataset -> payload``, the records mapped by
    ``domain.sister_answers``) and derived values.

    The detail answers win over the SDM-list row; a field whose source was never stored is
    left out of ``known``.
    """
    values: dict[str, str | None] = {}
    known: set[str] = set()

    def take(field: str, *sources: tuple[str, str]) -> None:
        for endpoint, key in sources:
            payload = payloads.get(endpoint)
            if isinstance(payload, Mapping):
                values[field] = _text(payload.get(key))
                known.add(field)
                return

    take("nama", (PROFIL, "nama"), (SDM_ROW, "nama_sdm"))
    take("tanggal_lahir", (PROFIL, "tanggal_lahir"))
    take("jenis_kelamin", (PROFIL, "jenis_kelamin"))
    take("nip", (KEPEGAWAIAN, "nip"), (SDM_ROW, "nip"))
    take("nidn", (KEPEGAWAIAN, "nidn"), (SDM_ROW, "nidn"))
    take("nuptk", (KEPEGAWAIAN, "nuptk"), (SDM_ROW, "nuptk"))
    take("nik", (KEPENDUDUKAN, "nik"))
    for field in ("email", "telepon_hp", "alamat"):
        take(field, (ALAMAT, field))
    if derived is not None:
        # No running assignment (retired, moved away) says nothing about the campus unit.
        if derived.homebase_unit is not None:
            values["unit_kerja"] = derived.homebase_unit
            known.add("unit_kerja")
        # No rank or grade may mean "never fetched" (its endpoint failed on the first sync):
        # only a value SISTER gave can contradict the campus's.
        for field in ("jabatan_fungsional", "pangkat_golongan"):
            value = getattr(derived, field)
            values[field] = value
            if value is not None:
                known.add(field)
    return SisterValues(values, frozenset(known))


def local_value(pegawai: Pegawai, field: str, sister: str | None = None) -> str | None:
    """The campus's value of a comparison field as text (dates ISO), ``None`` when empty.

    For ``nidn`` a lecturer with a NIDK or NUP has it in SISTER's ``nidn``: that number counts
    as the campus's value when it is the one SISTER holds.
    """
    if field == "tanggal_lahir":
        return pegawai.tanggal_lahir.isoformat() if pegawai.tanggal_lahir else None
    if field == "nidn" and not pegawai.nidn:
        wanted = normalize_identifier(sister)
        for other in (pegawai.nidk, pegawai.nupn):
            if other and normalize_identifier(other) == wanted:
                return other
        return None
    if field not in APPLICABLE_FIELDS:
        return None
    return _text(getattr(pegawai, field))


#: Two names of one academic rank.
_JABATAN_SYNONYMS = {"guru besar": "profesor"}


def telepon_digits(value: str) -> str:
    """A phone number's digits as dialled at home: ``+62 813-1561-2211`` and
    ``081315612211`` are one number."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if digits.startswith("62"):
        return "0" + digits[2:]
    return digits


def _comparable(field: str, value: str | None) -> object:
    if value is None:
        return None
    if field == "telepon_hp":
        return telepon_digits(value) or None
    if field == "jabatan_fungsional":
        text = " ".join(value.split()).casefold()
        return _JABATAN_SYNONYMS.get(text, text) or None
    if field == "nama":
        return normalize_name(value) or None
    if field in IDENTIFIER_FIELDS:
        return normalize_identifier(value)
    if field == "tanggal_lahir":
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    if field == "jenis_kelamin":
        return value.strip().upper()[:1] or None
    return " ".join(value.split()).casefold() or None


def same_value(field: str, local: str | None, sister: str | None) -> bool:
    """Equal once written the same way (names without titles and case, identifiers without
    spaces, units without case and extra spaces, a grade however it is written)."""
    if field == "pangkat_golongan" and local is not None and sister is not None:
        return same_pangkat(local, sister)
    return _comparable(field, local) == _comparable(field, sister)


def compare_pegawai(pegawai: Pegawai, sister: SisterValues) -> PegawaiComparison:
    """Every comparison field of one linked employee."""
    assert pegawai.id_sdm is not None
    fields = []
    for field in COMPARISON_FIELDS:
        theirs = sister.get(field)
        mine = local_value(pegawai, field, theirs)
        if mine is None and field in KEPT_WHEN_FILLED:
            state = FieldState.NOT_KEPT
        elif field not in sister.known:
            state = FieldState.NO_SISTER_DATA
        elif same_value(field, mine, theirs):
            state = FieldState.SAME
        else:
            state = FieldState.DIFFERENT
        fields.append(FieldComparison(field, mine, theirs, state))
    return PegawaiComparison(pegawai.id, pegawai.nama, pegawai.id_sdm, tuple(fields))


def difference_counts(comparisons: Iterable[PegawaiComparison]) -> dict[str, int]:
    """How many employees differ in each field (every comparison field, zeros included)."""
    counts: Counter[str] = Counter()
    for item in comparisons:
        counts.update(f.field for f in item.differences)
    return {field: counts.get(field, 0) for field in COMPARISON_FIELDS}


def stored_value(field: str, sister: str | None) -> str | date | None:
    """SISTER's value in the form the campus record stores it (what "Terapkan" writes)."""
    if field not in APPLICABLE_FIELDS:
        raise ValueError(field)
    if sister is None:
        return None
    if field == "tanggal_lahir":
        return date.fromisoformat(sister[:10])
    if field in IDENTIFIER_FIELDS:
        return normalize_identifier(sister)
    if field == "jenis_kelamin":
        return sister.strip().upper()[:1] or None
    return " ".join(sister.split()) or None


def applied_value(field: str, local: str | None, sister: str | None) -> str | date | None:
    """What "Terapkan" writes into ``field``: SISTER's value, and for a name SISTER's spelling
    inside the campus's titles and letter case (names are compared without them)."""
    value = stored_value(field, sister)
    if field == "nama" and local and isinstance(value, str):
        corrected = corrected_name(local, value)
        if normalize_name(corrected) == normalize_name(value):
            return corrected
    return value


def with_sister_value(pegawai: Pegawai, field: str, sister: str | None) -> Pegawai:
    """The employee with SISTER's value copied into ``field``."""
    changes: dict[str, Any] = {field: stored_value(field, sister)}
    return dataclasses.replace(pegawai, **changes)
