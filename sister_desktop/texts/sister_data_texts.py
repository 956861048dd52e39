"""Words for the SISTER datasets: the groups ticked in Pengaturan and each dataset's name as
the operator knows it (Riwayat Jabatan Fungsional, Pendidikan Formal, ...).

One module so the Pengaturan, the Log Sinkronisasi, the Data SISTER pages, the DRH and the
command line name a dataset the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.sister_groups import SisterGroup

_CTX = "SisterDataTexts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def group_label(group: SisterGroup) -> str:
    return {
        SisterGroup.DATA_PRIBADI: _t("Personal data"),
        SisterGroup.KEPEGAWAIAN: _t("Employment"),
        SisterGroup.PENDIDIKAN: _t("Education and certification"),
        SisterGroup.KESEJAHTERAAN: _t("Welfare and awards"),
        SisterGroup.TRIDHARMA: _t("Tridharma"),
        SisterGroup.BKD: _t("BKD (lecturer workload)"),
        SisterGroup.DOKUMEN: _t("Documents"),
    }[group]


def group_hint(group: SisterGroup) -> str:
    """What a group holds, in a line (the tooltip of its tick box)."""
    return {
        SisterGroup.DATA_PRIBADI: _t(
            "Profile, population data, employment data, address, family, tax, fields of "
            "science, photo"
        ),
        SisterGroup.KEPEGAWAIAN: _t(
            "Assignments, academic ranks, grades, inpassing, structural positions, additional "
            "duties, work history, pending rank requests"
        ),
        SisterGroup.PENDIDIKAN: _t(
            "Formal education, training, lecturer and professional certification, test "
            "scores, scholarships, pending requests"
        ),
        SisterGroup.KESEJAHTERAAN: _t("Allowances, welfare, awards, professional memberships"),
        SisterGroup.TRIDHARMA: _t(
            "Teaching per semester, supervision and examination of students, research, "
            "publications, community service and the other activities"
        ),
        SisterGroup.BKD: _t("The BKD report and its lists per semester"),
        SisterGroup.DOKUMEN: _t("The list of uploaded documents (not the files)"),
    }[group]


def groups_text(groups: Iterable[SisterGroup]) -> str:
    """The ticked groups in a line, in the order Pengaturan shows them ("Personal data,
    Employment, Documents")."""
    chosen = set(groups)
    return ", ".join(group_label(group) for group in SisterGroup if group in chosen)


def dataset_label(name: str) -> str:
    """A dataset's name for the operator (``sister_groups.DATASETS`` names); an unknown name
    is shown as it is."""
    labels = {
        "data_pribadi/profil": _t("Profile"),
        "data_pribadi/kependudukan": _t("Population data"),
        "data_pribadi/kepegawaian": _t("Employment data"),
        "data_pribadi/alamat": _t("Address"),
        "data_pribadi/keluarga": _t("Family"),
        "data_pribadi/lain": _t("Other data (NPWP)"),
        "data_pribadi/bidang_ilmu": _t("Fields of science"),
        "data_pribadi/foto": _t("Photo"),
        "penugasan": _t("Assignments (Penugasan)"),
        "jabatan_fungsional": _t("Academic rank history"),
        "jabatan_fungsional/ajuan": _t("Pending academic rank requests"),
        "kepangkatan": _t("Grade history"),
        "inpassing": _t("Inpassing"),
        "jabatan_struktural": _t("Structural positions"),
        "tugas_tambahan": _t("Additional duties"),
        "riwayat_pekerjaan": _t("Work history"),
        "pendidikan_formal": _t("Formal education"),
        "pendidikan_formal/ajuan": _t("Pending formal education requests"),
        "diklat": _t("Training (Diklat)"),
        "sertifikasi_dosen": _t("Lecturer certification"),
        "sertifikasi_dosen/ajuan": _t("Pending lecturer certification requests"),
        "sertifikasi_profesi": _t("Professional certification"),
        "nilai_tes": _t("Test scores"),
        "nilai_tes/ajuan": _t("Pending test score requests"),
        "beasiswa": _t("Scholarships"),
        "tunjangan": _t("Allowances"),
        "kesejahteraan": _t("Welfare"),
        "penghargaan": _t("Awards"),
        "anggota_profesi": _t("Professional memberships"),
        "pengajaran": _t("Teaching"),
        "bimbingan_mahasiswa": _t("Student supervision"),
        "pengujian_mahasiswa": _t("Student examination"),
        "bimbing_dosen": _t("Lecturer mentoring"),
        "bahan_ajar": _t("Teaching materials"),
        "penelitian": _t("Research"),
        "publikasi": _t("Publications"),
        "pengabdian": _t("Community service"),
        "kekayaan_intelektual": _t("Intellectual property"),
        "pembicara": _t("Speaker"),
        "orasi_ilmiah": _t("Scientific orations"),
        "pengelola_jurnal": _t("Journal management"),
        "visiting_scientist": _t("Visiting scientist"),
        "detasering": _t("Detasering"),
        "penunjang_lain": _t("Other supporting activities"),
        "bkd/laporan_akhir_bkd": _t("BKD final report"),
        "bkd/pendidikan": _t("BKD: education"),
        "bkd/ajar": _t("BKD: teaching"),
        "bkd/penelitian": _t("BKD: research"),
        "bkd/pengmas": _t("BKD: community service"),
        "bkd/tunjang": _t("BKD: support"),
        "dokumen": _t("Documents"),
    }
    return labels.get(name, name)
