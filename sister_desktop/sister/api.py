"""The SISTER endpoints an HR integration reads, as typed async methods.

Answers are parsed tolerantly into ``domain.records``; an answer whose shape cannot be read at
all becomes ``BadResponse`` naming the endpoint.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from urllib.parse import quote

from sister_desktop.domain.records import (
    Alamat,
    BidangIlmu,
    DataLain,
    JabatanFungsional,
    Keluarga,
    Kepangkatan,
    Kepegawaian,
    Kependudukan,
    PendidikanFormal,
    Penugasan,
    Profil,
    ProfilPt,
    SdmRow,
    SertifikasiDosen,
    UnitKerja,
)
from sister_desktop.sister import parsing as p
from sister_desktop.sister.client import SisterClient
from sister_desktop.sister.errors import BadResponse

T = TypeVar("T")

#: Query keys ``/referensi/sdm`` accepts.
SDM_QUERY_KEYS = frozenset({"nidn", "nip", "nuptk", "nama", "id_sp"})


def _sdm(row: dict[str, Any]) -> SdmRow | None:
    id_sdm = p.lower_id(row.get("id_sdm"))
    if id_sdm is None:
        return None  # a person without a key cannot be linked; skip rather than fail the list
    return SdmRow(
        id_sdm=id_sdm,
        nama_sdm=p.text(row.get("nama_sdm")) or "",
        nidn=p.identifier(row.get("nidn")),
        nip=p.identifier(row.get("nip")),
        nuptk=p.identifier(row.get("nuptk")),
        nama_status_aktif=p.text(row.get("nama_status_aktif")),
        nama_status_pegawai=p.text(row.get("nama_status_pegawai")),
        jenis_sdm=p.text(row.get("jenis_sdm")),
    )


def _profil_pt(row: dict[str, Any]) -> ProfilPt:
    return ProfilPt(
        id=p.lower_id(row.get("id")),
        kode_perguruan_tinggi=p.identifier(row.get("kode_perguruan_tinggi")),
        nama_perguruan_tinggi=p.text(row.get("nama_perguruan_tinggi")),
        telepon=p.text(row.get("telepon")),
        email=p.text(row.get("email")),
        website=p.text(row.get("website")),
        jalan=p.text(row.get("jalan")),
        kelurahan=p.text(row.get("kelurahan")),
        kode_pos=p.identifier(row.get("kode_pos")),
        nama_wilayah=p.text(row.get("nama_wilayah")),
        status_perguruan_tinggi=p.text(row.get("status_perguruan_tinggi")),
    )


def _unit_kerja(row: dict[str, Any]) -> UnitKerja | None:
    key = p.lower_id(row.get("id"))
    if key is None:
        return None
    return UnitKerja(
        id=key, nama=p.text(row.get("nama")), id_jenis_unit=p.integer(row.get("id_jenis_unit"))
    )


#: The fields of a detail answer; an object holding none of them is not that record (the
#: live service's ``{}``), see ``parsing.single``. A profile must at least name the person.
_KEPENDUDUKAN_FIELDS = ("nik", "agama", "id_agama", "kewarganegaraan", "kode_negara")
_KEPEGAWAIAN_FIELDS = (
    "nip", "sk_cpns", "tanggal_sk_cpns", "sk_tmmd", "tmmd", "id_sumber_gaji", "sumber_gaji",
    "nidn", "nuptk",
)  # fmt: skip
_ALAMAT_FIELDS = (
    "email", "alamat", "rt", "rw", "dusun", "kelurahan", "kota_kabupaten", "id_kota_kabupaten",
    "kode_pos", "telepon_rumah", "telepon_hp",
)  # fmt: skip
_KELUARGA_FIELDS = (
    "status_kawin", "id_status_kawin", "nama_pasangan", "nip_pasangan", "pekerjaan_pasangan",
    "id_pekerjaan_pasangan",
)  # fmt: skip


def _profil(row: dict[str, Any]) -> Profil:
    sex = p.text(row.get("jenis_kelamin"))
    return Profil(
        nama=p.text(row.get("nama")),
        jenis_kelamin=sex.upper() if sex else None,
        tempat_lahir=p.text(row.get("tempat_lahir")),
        tanggal_lahir=p.iso_date(row.get("tanggal_lahir")),
    )


def _kependudukan(row: dict[str, Any]) -> Kependudukan:
    return Kependudukan(
        nik=p.identifier(row.get("nik")),
        agama=p.text(row.get("agama")),
        id_agama=p.integer(row.get("id_agama")),
        kewarganegaraan=p.text(row.get("kewarganegaraan")),
        kode_negara=p.text(row.get("kode_negara")),
    )


def _kepegawaian(row: dict[str, Any]) -> Kepegawaian:
    return Kepegawaian(
        nip=p.identifier(row.get("nip")),
        sk_cpns=p.text(row.get("sk_cpns")),
        tanggal_sk_cpns=p.iso_date(row.get("tanggal_sk_cpns")),
        sk_tmmd=p.text(row.get("sk_tmmd")),
        tmmd=p.iso_date(row.get("tmmd")),
        id_sumber_gaji=p.integer(row.get("id_sumber_gaji")),
        sumber_gaji=p.text(row.get("sumber_gaji")),
        nidn=p.identifier(row.get("nidn")),
        nuptk=p.identifier(row.get("nuptk")),
    )


def _alamat(row: dict[str, Any]) -> Alamat:
    return Alamat(
        email=p.text(row.get("email")),
        alamat=p.text(row.get("alamat")),
        rt=p.integer(row.get("rt")),
        rw=p.integer(row.get("rw")),
        dusun=p.text(row.get("dusun")),
        kelurahan=p.text(row.get("kelurahan")),
        kota_kabupaten=p.text(row.get("kota_kabupaten")),
        id_kota_kabupaten=p.text(row.get("id_kota_kabupaten")),
        kode_pos=p.identifier(row.get("kode_pos")),
        telepon_rumah=p.text(row.get("telepon_rumah")),
        telepon_hp=p.text(row.get("telepon_hp")),
    )


def _keluarga(row: dict[str, Any]) -> Keluarga:
    return Keluarga(
        status_kawin=p.text(row.get("status_kawin")),
        id_status_kawin=p.integer(row.get("id_status_kawin")),
        nama_pasangan=p.text(row.get("nama_pasangan")),
        nip_pasangan=p.identifier(row.get("nip_pasangan")),
        pekerjaan_pasangan=p.text(row.get("pekerjaan_pasangan")),
        id_pekerjaan_pasangan=p.integer(row.get("id_pekerjaan_pasangan")),
    )


def _lain(row: dict[str, Any]) -> DataLain:
    return DataLain(npwp=p.identifier(row.get("npwp")), nama_wp=p.text(row.get("nama_wp")))


def _bidang_ilmu(row: dict[str, Any]) -> BidangIlmu:
    return BidangIlmu(
        urutan=p.integer(row.get("urutan")),
        id_kelompok_bidang=p.lower_id(row.get("id_kelompok_bidang")),
        kelompok_bidang=p.text(row.get("kelompok_bidang")),
    )


def _penugasan(row: dict[str, Any]) -> Penugasan | None:
    key = p.lower_id(row.get("id"))
    if key is None:
        return None
    return Penugasan(
        id=key,
        status_kepegawaian=p.text(row.get("status_kepegawaian")),
        ikatan_kerja=p.text(row.get("ikatan_kerja")),
        unit_kerja=p.text(row.get("unit_kerja")),
        jenjang_pendidikan=p.text(row.get("jenjang_pendidikan")),
        perguruan_tinggi=p.text(row.get("perguruan_tinggi")),
        tanggal_mulai=p.iso_date(row.get("tanggal_mulai")),
        tanggal_keluar=p.iso_date(row.get("tanggal_keluar")),
    )


def _jabatan_fungsional(row: dict[str, Any]) -> JabatanFungsional | None:
    key = p.lower_id(row.get("id"))
    if key is None:
        return None
    return JabatanFungsional(
        id=key,
        jabatan_fungsional=p.text(row.get("jabatan_fungsional")),
        sk=p.text(row.get("sk")),
        tanggal_mulai=p.iso_date(row.get("tanggal_mulai")),
    )


def _kepangkatan(row: dict[str, Any]) -> Kepangkatan | None:
    key = p.lower_id(row.get("id"))
    if key is None:
        return None
    return Kepangkatan(
        id=key,
        pangkat_golongan=p.text(row.get("pangkat_golongan")),
        sk=p.text(row.get("sk")),
        tanggal_mulai=p.iso_date(row.get("tanggal_mulai")),
    )


def _pendidikan_formal(row: dict[str, Any]) -> PendidikanFormal | None:
    key = p.lower_id(row.get("id"))
    if key is None:
        return None
    return PendidikanFormal(
        id=key,
        jenjang_pendidikan=p.text(row.get("jenjang_pendidikan")),
        gelar_akademik=p.text(row.get("gelar_akademik")),
        bidang_studi=p.text(row.get("bidang_studi")),
        nama_perguruan_tinggi=p.text(row.get("nama_perguruan_tinggi")),
        tahun_lulus=p.integer(row.get("tahun_lulus")),
        jenis_ajuan=p.integer(row.get("jenis_ajuan")),
    )


def _sertifikasi_dosen(row: dict[str, Any]) -> SertifikasiDosen | None:
    key = p.lower_id(row.get("id"))
    if key is None:
        return None
    return SertifikasiDosen(
        id=key,
        jenis_sertifikasi=p.text(row.get("jenis_sertifikasi")),
        bidang_studi=p.text(row.get("bidang_studi")),
        tahun_sertifikasi=p.integer(row.get("tahun_sertifikasi")),
        sk_sertifikasi=p.text(row.get("sk_sertifikasi")),
        nomor_registrasi=p.text(row.get("nomor_registrasi")),
    )


class SisterApi:
    """Typed reads over a :class:`SisterClient`. Every method may raise ``SisterError``."""

    def __init__(self, client: SisterClient) -> None:
        self.client = client

    async def _list(
        self, path: str, parse: Callable[[dict[str, Any]], T | None], **query: str
    ) -> list[T]:
        data = await self.client.get_json(path, params=query or None)
        try:
            items = [parse(row) for row in p.rows(data)]
        except p.ShapeError as exc:
            raise self._shape_error(path, data, exc) from exc
        return [item for item in items if item is not None]

    async def _detail(
        self, path: str, parse: Callable[[dict[str, Any]], T], defining: tuple[str, ...] = ()
    ) -> T:
        data = await self.client.get_json(path)
        try:
            return parse(p.single(data, defining))
        except p.ShapeError as exc:
            raise self._shape_error(path, data, exc) from exc

    @staticmethod
    def _shape_error(path: str, data: Any, exc: Exception) -> BadResponse:
        return BadResponse(
            f"{exc} from {path}",
            http_status=200,
            content_type="application/json",
            body_start=repr(data)[:200].encode(),
            endpoint=path,
        )

    @staticmethod
    def _person_path(prefix: str, id_sdm: str) -> str:
        return f"{prefix}/{quote(id_sdm.strip(), safe='')}"

    # -- referensi ---------------------------------------------------------------------------

    async def referensi_sdm(self, **query: str) -> list[SdmRow]:
        """People of the credential's PT; filter by ``nidn``, ``nip``, ``nuptk``, ``nama``,
        ``id_sp``. With no filter: everybody."""
        unknown = set(query) - SDM_QUERY_KEYS
        if unknown:
            raise TypeError(f"unknown /referensi/sdm filters: {sorted(unknown)}")
        cleaned = {key: value.strip() for key, value in query.items() if value and value.strip()}
        rows = await self._list("/referensi/sdm", _sdm, **cleaned)
        # One person is one SDM however often the list repeats him (the first row kept):
        # two rows of one id_sdm would make every match look like two different people.
        once: dict[str, SdmRow] = {}
        for row in rows:
            once.setdefault(row.id_sdm, row)
        return list(once.values())

    async def profil_pt(self) -> ProfilPt:
        return await self._detail("/referensi/profil_pt", _profil_pt)

    async def unit_kerja(self, id_perguruan_tinggi: str) -> list[UnitKerja]:
        return await self._list(
            "/referensi/unit_kerja", _unit_kerja, id_perguruan_tinggi=id_perguruan_tinggi
        )

    # -- data pribadi ------------------------------------------------------------------------

    async def data_pribadi_profil(self, id_sdm: str) -> Profil:
        return await self._detail(
            self._person_path("/data_pribadi/profil", id_sdm), _profil, ("nama",)
        )

    async def data_pribadi_kependudukan(self, id_sdm: str) -> Kependudukan:
        path = self._person_path("/data_pribadi/kependudukan", id_sdm)
        return await self._detail(path, _kependudukan, _KEPENDUDUKAN_FIELDS)

    async def data_pribadi_kepegawaian(self, id_sdm: str) -> Kepegawaian:
        path = self._person_path("/data_pribadi/kepegawaian", id_sdm)
        return await self._detail(path, _kepegawaian, _KEPEGAWAIAN_FIELDS)

    async def data_pribadi_alamat(self, id_sdm: str) -> Alamat:
        return await self._detail(
            self._person_path("/data_pribadi/alamat", id_sdm), _alamat, _ALAMAT_FIELDS
        )

    async def data_pribadi_keluarga(self, id_sdm: str) -> Keluarga:
        return await self._detail(
            self._person_path("/data_pribadi/keluarga", id_sdm), _keluarga, _KELUARGA_FIELDS
        )

    async def data_pribadi_lain(self, id_sdm: str) -> DataLain:
        return await self._detail(
            self._person_path("/data_pribadi/lain", id_sdm), _lain, ("npwp", "nama_wp")
        )

    async def data_pribadi_bidang_ilmu(self, id_sdm: str) -> list[BidangIlmu]:
        path = self._person_path("/data_pribadi/bidang_ilmu", id_sdm)
        return await self._list(path, _bidang_ilmu)

    # -- riwayat (lists per person) ----------------------------------------------------------

    async def penugasan(self, id_sdm: str) -> list[Penugasan]:
        return await self._list("/penugasan", _penugasan, id_sdm=id_sdm.strip())

    async def jabatan_fungsional(self, id_sdm: str) -> list[JabatanFungsional]:
        return await self._list("/jabatan_fungsional", _jabatan_fungsional, id_sdm=id_sdm.strip())

    async def kepangkatan(self, id_sdm: str) -> list[Kepangkatan]:
        return await self._list("/kepangkatan", _kepangkatan, id_sdm=id_sdm.strip())

    async def pendidikan_formal(self, id_sdm: str) -> list[PendidikanFormal]:
        return await self._list("/pendidikan_formal", _pendidikan_formal, id_sdm=id_sdm.strip())

    async def sertifikasi_dosen(self, id_sdm: str) -> list[SertifikasiDosen]:
        return await self._list("/sertifikasi_dosen", _sertifikasi_dosen, id_sdm=id_sdm.strip())

    # -- what a sync fetches -----------------------------------------------------------------

    async def fetch_person(self, endpoint: str, id_sdm: str) -> object:
        """One of ``FETCHED_ENDPOINTS`` for one person (``KeyError`` for any other name)."""
        return await PERSON_ENDPOINTS[endpoint](self, id_sdm)


#: How the raw answer of each endpoint with typed records (``sister_data``) is read into them:
#: an object by its parser and the fields that make it that object, a list by its row parser.
#: A sync fetches every dataset raw (``sister.dataset_reader``) and builds these from the
#: same answer, so the typed payloads cost no request of their own.
OBJECT_PARSERS: dict[str, tuple[Callable[[dict[str, Any]], object], tuple[str, ...]]] = {
    "data_pribadi/profil": (_profil, ("nama",)),
    "data_pribadi/kependudukan": (_kependudukan, _KEPENDUDUKAN_FIELDS),
    "data_pribadi/kepegawaian": (_kepegawaian, _KEPEGAWAIAN_FIELDS),
    "data_pribadi/alamat": (_alamat, _ALAMAT_FIELDS),
    "data_pribadi/keluarga": (_keluarga, _KELUARGA_FIELDS),
    "data_pribadi/lain": (_lain, ("npwp", "nama_wp")),
}
LIST_PARSERS: dict[str, Callable[[dict[str, Any]], object | None]] = {
    "data_pribadi/bidang_ilmu": _bidang_ilmu,
    "penugasan": _penugasan,
    "jabatan_fungsional": _jabatan_fungsional,
    "kepangkatan": _kepangkatan,
    "pendidikan_formal": _pendidikan_formal,
    "sertifikasi_dosen": _sertifikasi_dosen,
}


def defining_fields(dataset: str) -> tuple[str, ...]:
    """The fields an object answer of ``dataset`` must hold one of (``()``: any object)."""
    parser = OBJECT_PARSERS.get(dataset)
    return parser[1] if parser is not None else ()


def typed_records(dataset: str, rows: list[dict[str, Any]]) -> object:
    """The typed record (object datasets) or records (lists) of an endpoint of
    ``PERSON_ENDPOINTS`` from its raw answer rows; ``KeyError`` for any other dataset."""
    if dataset in OBJECT_PARSERS:
        parse, _defining = OBJECT_PARSERS[dataset]
        return parse(rows[0] if rows else {})
    parse_row = LIST_PARSERS[dataset]
    return [item for item in (parse_row(row) for row in rows) if item is not None]


#: The list call a sync makes once per run; each person's row of it is logged under this name.
SDM_ENDPOINT = "referensi/sdm"
#: The endpoints whose answers are also kept as typed records (``sister_data``): the seven
#: ``data_pribadi`` answers and the five histories the derived values, the Perbandingan and
#: "what changed" read. Everything a sync fetches is the catalogue
#: (``domain.sister_groups.DATASETS``); these are a part of it.
PERSON_ENDPOINTS: dict[str, Callable[[SisterApi, str], Awaitable[object]]] = {
    "data_pribadi/profil": SisterApi.data_pribadi_profil,
    "data_pribadi/kependudukan": SisterApi.data_pribadi_kependudukan,
    "data_pribadi/kepegawaian": SisterApi.data_pribadi_kepegawaian,
    "data_pribadi/alamat": SisterApi.data_pribadi_alamat,
    "data_pribadi/keluarga": SisterApi.data_pribadi_keluarga,
    "data_pribadi/lain": SisterApi.data_pribadi_lain,
    "data_pribadi/bidang_ilmu": SisterApi.data_pribadi_bidang_ilmu,
    "penugasan": SisterApi.penugasan,
    "jabatan_fungsional": SisterApi.jabatan_fungsional,
    "kepangkatan": SisterApi.kepangkatan,
    "pendidikan_formal": SisterApi.pendidikan_formal,
    "sertifikasi_dosen": SisterApi.sertifikasi_dosen,
}
#: Their names (each a dataset of the catalogue).
FETCHED_ENDPOINTS: tuple[str, ...] = tuple(PERSON_ENDPOINTS)
#: The SDM row's log line, then those of the typed endpoints.
ENDPOINTS: tuple[str, ...] = (SDM_ENDPOINT, *FETCHED_ENDPOINTS)
