"""What a Sinkronisasi can pull per pegawai: every per-person dataset of SISTER, in the groups
the operator recognises.

One catalogue for the sync engine (what to request and how), the estimate before a run, the
Pengaturan (which groups to sync), the Log Sinkronisasi and the Data SISTER pages: each reads
the datasets from here instead of keeping its own list. The names are SISTER's paths without the
leading slash (``publikasi``, ``data_pribadi/profil``, ``jabatan_fungsional/ajuan``,
``bkd/ajar``), the same names the log shows per pegawai and endpoint.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class SisterGroup(StrEnum):
    """The groups the operator ticks in Pengaturan, in the order they are shown."""

    DATA_PRIBADI = "data_pribadi"
    KEPEGAWAIAN = "kepegawaian"
    PENDIDIKAN = "pendidikan"
    KESEJAHTERAAN = "kesejahteraan"
    TRIDHARMA = "tridharma"
    BKD = "bkd"
    DOKUMEN = "dokumen"


#: What a sync pulls unless the operator says otherwise: everything but the HR module's own
#: teaching and workload data (Tridharma, BKD), which is large and changes every semester.
DEFAULT_GROUPS: frozenset[SisterGroup] = frozenset(SisterGroup) - {
    SisterGroup.TRIDHARMA,
    SisterGroup.BKD,
}


class DatasetKind(StrEnum):
    """How a dataset is requested and what one answer holds."""

    #: ``GET /data_pribadi/<name>/{id_sdm}``: one object per person (no record key).
    OBJECT = "object"
    #: ``GET /data_pribadi/foto/{id_sdm}``: an image, stored as its bytes and media type.
    BINARY = "binary"
    #: ``GET /data_pribadi/bidang_ilmu/{id_sdm}``: a list whose rows are complete (no detail).
    PERSON_LIST = "person_list"
    #: ``GET /<name>?id_sdm=``: a list; each row's full record is ``GET /<name>/{id}``.
    LIST = "list"
    #: ``GET /bkd/<name>?id_sdm=`` (``&id_smt=`` for the five unsur lists): rows without an
    #: id, keyed by their semester and content; complete, no detail.
    BKD = "bkd"


@dataclass(frozen=True, slots=True)
class Dataset:
    """One per-person dataset of SISTER."""

    name: str
    group: SisterGroup
    kind: DatasetKind
    #: Read in pages (``page``/``per_page``) until a page is shorter than ``per_page``.
    paged: bool = False
    #: The query parameter that asks for one semester (``id_semester`` for pengajaran,
    #: ``id_smt`` for the BKD lists); ``None`` when the list is kept whole, every semester.
    semester_param: str | None = None
    #: SISTER answers every semester at once when ``semester_param`` is left out (the spec
    #: says so of ``id_semester``; ``id_smt`` of the BKD lists is required): the list is
    #: asked once per pegawai and its rows are told apart by the semester they name.
    semester_optional: bool = False
    #: For an ``*/ajuan`` list (pending change requests in verification): the dataset whose
    #: records it proposes to change.
    ajuan_of: str | None = None
    #: The list's rows already hold every field of the detail (``dokumen``: the spec lists
    #: the same schema for both), so no detail is asked.
    rows_complete: bool = False

    @property
    def path(self) -> str:
        """The list (or object) path; ``{id_sdm}`` is filled in for the person datasets."""
        if self.kind in (DatasetKind.OBJECT, DatasetKind.BINARY, DatasetKind.PERSON_LIST):
            return f"/{self.name}/{{id_sdm}}"
        return f"/{self.name}"

    @property
    def detail_path(self) -> str | None:
        """Where one record's full answer is (``/<name>/{id}``), or ``None`` when the list
        (or object) answer is already the whole record."""
        return f"/{self.name}/{{id}}" if self.has_details else None

    @property
    def keyed(self) -> bool:
        """Whether the answer is records told apart by a key (not one object or the photo)."""
        return self.kind not in (DatasetKind.OBJECT, DatasetKind.BINARY)

    @property
    def has_details(self) -> bool:
        return self.kind is DatasetKind.LIST and not self.rows_complete

    @property
    def per_semester(self) -> bool:
        return self.semester_param is not None


def _lists(
    group: SisterGroup,
    *names: str,
    paged: bool = False,
    semester_param: str | None = None,
    rows_complete: bool = False,
) -> tuple[Dataset, ...]:
    return tuple(
        Dataset(
            name,
            group,
            DatasetKind.LIST,
            paged=paged,
            semester_param=semester_param,
            rows_complete=rows_complete,
        )
        for name in names
    )


def _ajuan(group: SisterGroup, *families: str) -> tuple[Dataset, ...]:
    return tuple(
        Dataset(f"{family}/ajuan", group, DatasetKind.LIST, ajuan_of=family) for family in families
    )


_G = SisterGroup

#: Every dataset, in the order the log and the Data SISTER pages show them.
DATASETS: tuple[Dataset, ...] = (
    *(
        Dataset(f"data_pribadi/{name}", _G.DATA_PRIBADI, DatasetKind.OBJECT)
        for name in ("profil", "kependudukan", "kepegawaian", "alamat", "keluarga", "lain")
    ),
    Dataset("data_pribadi/bidang_ilmu", _G.DATA_PRIBADI, DatasetKind.PERSON_LIST),
    Dataset("data_pribadi/foto", _G.DATA_PRIBADI, DatasetKind.BINARY),
    *_lists(
        _G.KEPEGAWAIAN,
        "penugasan",
        "jabatan_fungsional",
        "kepangkatan",
        "inpassing",
        "jabatan_struktural",
        "tugas_tambahan",
        "riwayat_pekerjaan",
    ),
    *_ajuan(_G.KEPEGAWAIAN, "jabatan_fungsional"),
    *_lists(
        _G.PENDIDIKAN,
        "pendidikan_formal",
        "diklat",
        "sertifikasi_dosen",
        "sertifikasi_profesi",
        "nilai_tes",
        "beasiswa",
    ),
    *_ajuan(_G.PENDIDIKAN, "pendidikan_formal", "sertifikasi_dosen", "nilai_tes"),
    *_lists(_G.KESEJAHTERAAN, "tunjangan", "kesejahteraan", "penghargaan", "anggota_profesi"),
    Dataset(
        "pengajaran",
        _G.TRIDHARMA,
        DatasetKind.LIST,
        semester_param="id_semester",
        semester_optional=True,
    ),
    *_lists(
        _G.TRIDHARMA,
        "bimbingan_mahasiswa",
        "pengujian_mahasiswa",
        "bimbing_dosen",
        "bahan_ajar",
    ),
    *_lists(_G.TRIDHARMA, "penelitian", "publikasi", "pengabdian", paged=True),
    Dataset("kekayaan_intelektual", _G.TRIDHARMA, DatasetKind.LIST, paged=True),
    *_lists(
        _G.TRIDHARMA,
        "pembicara",
        "orasi_ilmiah",
        "pengelola_jurnal",
        "visiting_scientist",
        "detasering",
    ),
    Dataset("penunjang_lain", _G.TRIDHARMA, DatasetKind.LIST, paged=True),
    Dataset("bkd/laporan_akhir_bkd", _G.BKD, DatasetKind.BKD),
    *(
        Dataset(f"bkd/{name}", _G.BKD, DatasetKind.BKD, semester_param="id_smt")
        for name in ("pendidikan", "ajar", "penelitian", "pengmas", "tunjang")
    ),
    Dataset("dokumen", _G.DOKUMEN, DatasetKind.LIST, rows_complete=True),
)

BY_NAME: dict[str, Dataset] = {dataset.name: dataset for dataset in DATASETS}

#: How many recent semesters pengajaran and the BKD lists are pulled for, unless set otherwise.
DEFAULT_SEMESTERS = 4
#: The page size asked of a paged list (SISTER's own default).
PER_PAGE = 100

#: The ``referensi/*`` lists a sync keeps beside the data, so that ids read as names.
REFERENSI_CACHED: tuple[str, ...] = (
    "semester",
    "jenis_dokumen",
    "lembaga_sertifikasi",
    "jabatan_fungsional",
    "golongan_pangkat",
    "jenjang_pendidikan",
    "kategori_kegiatan",
)


@dataclass(frozen=True, slots=True)
class SyncScope:
    """What one run pulls per pegawai: the groups, how many recent semesters of the
    per-semester lists, and whether every detail is fetched again (``full``) instead of only
    those of new and changed records."""

    groups: frozenset[SisterGroup] = DEFAULT_GROUPS
    semesters: int = DEFAULT_SEMESTERS
    full: bool = False

    @property
    def datasets(self) -> tuple[Dataset, ...]:
        return datasets_of(self.groups)


def datasets_of(groups: Iterable[SisterGroup]) -> tuple[Dataset, ...]:
    """The datasets of ``groups``, in catalogue order."""
    wanted = set(groups)
    return tuple(dataset for dataset in DATASETS if dataset.group in wanted)


def group_datasets(group: SisterGroup) -> tuple[Dataset, ...]:
    return datasets_of((group,))


def parse_groups(text: str) -> frozenset[SisterGroup]:
    """``"data_pribadi,tridharma"`` (or ``"all"``) as groups; ``ValueError`` names an unknown
    group. What ``sync --groups`` and the stored setting are read with."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    if not names:
        raise ValueError("no group given")
    if names == ["all"]:
        return frozenset(SisterGroup)
    found: set[SisterGroup] = set()
    for name in names:
        try:
            found.add(SisterGroup(name))
        except ValueError:
            raise ValueError(name) from None
    return frozenset(found)


def format_groups(groups: Iterable[SisterGroup]) -> str:
    """The inverse of ``parse_groups``, in catalogue order (how the setting is stored)."""
    chosen = set(groups)
    return ",".join(group.value for group in SisterGroup if group in chosen)
