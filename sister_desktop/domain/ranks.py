"""Academic ranks and civil-service grades as Indonesian HR writes them.

The campus writes a grade its own way ("Penata Tingkat I, III/d", "III-d", "IIId"); SISTER
writes "III/d (Penata Tingkat I)". The grade code is what both mean, so it is what is compared.
"""

from __future__ import annotations

import re
from typing import Final

#: Jabatan fungsional dosen, lowest first (the suggestions of the Pegawai form).
JABATAN_FUNGSIONAL: Final = ("Asisten Ahli", "Lektor", "Lektor Kepala", "Profesor")

#: Golongan ruang of the civil service with its pangkat, lowest first.
GOLONGAN: Final = (
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
)

#: ``III/d``, ``III-d``, ``III d``, ``IIId`` inside a pangkat/golongan text.
_GOLONGAN = re.compile(r"\b(IV|III|II|I)\s*[/\-]?\s*([A-E])\b", re.IGNORECASE)


def pangkat_golongan_texts() -> tuple[str, ...]:
    """``"Penata (III/c)"`` for every grade: what the form suggests as the operator types."""
    return tuple(f"{name} ({code})" for code, name in GOLONGAN)


def golongan_code(value: str) -> str | None:
    """``"Penata Tingkat I, III/d"`` or SISTER's ``"III/d (Penata Tingkat I)"`` -> ``"III/d"``."""
    found = _GOLONGAN.search(value)
    return f"{found[1].upper()}/{found[2].lower()}" if found else None


def pangkat_words(value: str) -> str:
    """The pangkat's name without its grade and punctuation: ``"Penata (III/c)"`` -> ``penata``."""
    words = re.sub(r"[^\w\s]", " ", _GOLONGAN.sub(" ", value))
    return " ".join(words.split()).casefold()


def same_pangkat(local: str, sister: str) -> bool:
    """The grade decides when both name one; how the pangkat's name is written does not."""
    mine, theirs = golongan_code(local), golongan_code(sister)
    if mine is not None and theirs is not None:
        return mine == theirs
    return pangkat_words(local) == pangkat_words(sister)
