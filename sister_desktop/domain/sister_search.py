"""The text a pegawai is found by in his synced SISTER data, one line per record.

The Pegawai search ("Cari juga di Data SISTER") finds a pegawai when one of his records holds
every word asked: "sertifikasi dosen 2019" finds a lecturer certified in 2019, "teknik mesin"
one assigned to that study programme. Each record's line is its dataset's words
(``sertifikasi_dosen`` -> "sertifikasi dosen") and its values, folded the way the query is
(case, accents, spacing); keys and UUIDs are left out, so an id never matches by chance.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_SKIPPED = frozenset({"id", "id_sdm", "id_data_master", "id_reg_ptk", "row_hash"})
#: Datasets without lines of their own: the uploaded documents are found through the records
#: that list them (their names are in those records' lines), and their own list, three in
#: four of all records, would make every search several times slower.
NOT_SEARCHED = frozenset({"dokumen"})
#: Longest stored line: enough for every field of a long publication record.
MAX_TEXT = 4000


def fold(text: str) -> str:
    """Lower case, accents off, runs of space and punctuation between words as one space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("_", " ").replace("/", " ").split())


def query_words(text: str) -> list[str]:
    """The words of a search, folded, each once, longest first (the rarest to test first)."""
    words = dict.fromkeys(fold(text).split())
    return sorted(words, key=len, reverse=True)


def _values(value: Any) -> Iterable[str]:
    if value is None or value == "" or isinstance(value, bool):
        return
    if isinstance(value, Mapping):
        for name, inner in value.items():
            if name not in _SKIPPED and not str(name).startswith("id_"):
                yield from _values(inner)
        return
    if isinstance(value, list | tuple):
        for inner in value:
            yield from _values(inner)
        return
    text = str(value)
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    if not _UUID.match(text):
        yield text


def searched(dataset: str) -> bool:
    return dataset not in NOT_SEARCHED


def search_text(dataset: str, values: Mapping[str, Any]) -> str:
    """One record's searchable line."""
    parts = [dataset, *_values(values)]
    return fold(" | ".join(parts))[:MAX_TEXT]


def matches(text: str, words: Iterable[str]) -> bool:
    return all(word in text for word in words)
