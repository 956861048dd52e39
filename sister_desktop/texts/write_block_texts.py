"""Why a write the window shows is disabled, in the operator's words (the tooltip of a
disabled Tambah…, Ubah…, Hapus…, Usulkan ke SISTER or Kirim ke SISTER…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.write_permission import WriteBlock

_CTX = "WriteBlockTexts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def writes_off_reason() -> str:
    return _t("Switch on Kirim ke SISTER in Settings")


def block_reason(block: WriteBlock) -> str:
    texts = {
        WriteBlock.WRITES_OFF: writes_off_reason(),
        WriteBlock.NOT_LINKED: _t("The pegawai is not linked to SISTER yet: Hubungkan first."),
        WriteBlock.PDDIKTI: _t(
            "Filled from PDDIKTI: SISTER takes no change of this data from the campus."
        ),
        WriteBlock.READ_ONLY: _t("SISTER takes no change of this data from the campus."),
        WriteBlock.NO_SUCH_WRITE: _t("SISTER does not allow this change for this data."),
        WriteBlock.USED_IN_BKD: _t(
            "Used in the pegawai's BKD: SISTER does not allow changing or deleting it."
        ),
        WriteBlock.USED_IN_PAK: _t(
            "Used in a PAK (Pengajuan Angka Kredit): SISTER refused changing or deleting it."
        ),
    }
    return texts[block]
