"""Column titles of the SISTER datasets' fields and their values as the operator reads them.

SISTER's field names are the operator's own words with underscores (``tanggal_mulai``,
``sk_penugasan``); their titles are the family description's (``domain/sister_fields.py``),
English sources whose Indonesian spells them as the HR office writes them ("TMT", "Nomor SK",
"Perguruan tinggi"), and any field without a title reads as its name made readable
("Tanggal sertifikat"). Values: dates in the language's words ("1 Oktober 1998"), years as
years, amounts grouped, reference ids by their names, yes/no, lists of people by name.

One module for the Data SISTER window, its detail dialog, the Daftar Riwayat Hidup and the
search hints, so a field is titled the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.sister_fields import field_title_source
from sister_desktop.domain.sister_history import referensi_name
from sister_desktop.texts.locale_format import format_date, format_datetime, format_number

_CTX = "SisterFieldTexts"
DASH = "—"

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
#: Letters kept upper case when a field name is made readable.
_ACRONYMS = {"sk", "nip", "nidn", "nik", "npwp", "sks", "ipk", "isbn", "rt", "rw", "pt", "hp"}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def readable(name: str) -> str:
    """``tanggal_sk_penugasan`` -> "Tanggal SK penugasan": what a field without a title in the
    table is called."""
    words = [w for w in re.split(r"[_\s]+", name) if w]
    if not words:
        return name
    shown = [w.upper() if w in _ACRONYMS else w for w in words]
    if shown[0] == words[0]:
        shown[0] = shown[0][:1].upper() + shown[0][1:]
    return " ".join(shown)


def _translated(title: str) -> str:
    """A title of the family description in the language of the run (the English source,
    translated under the description's context)."""
    return _translate(_CTX, title)


#: Kept apart from ``_t`` so the extraction reads only literals: the titles are extracted
#: where they are written, in ``domain/sister_fields.py`` (the same context).
_translate = QCoreApplication.translate


def field_title(name: str, dataset: str | None = None) -> str:
    """A field's column title: the family's own word for it, else the description's, else its
    readable name."""
    source = field_title_source(name, dataset)
    return _translated(source) if source is not None else readable(name)


def yes_no(value: bool) -> str:
    return _t("Yes") if value else _t("No")


def _is_year(name: str) -> bool:
    return name.startswith("tahun") or name.endswith("_tahun") or name == "urutan"


def _people(items: list[Any]) -> str:
    names = []
    for item in items:
        if isinstance(item, Mapping):
            text = item.get("nama") or item.get("nama_file") or item.get("judul")
            names.append(str(text) if text else ", ".join(f"{v}" for v in item.values() if v))
        elif item not in (None, ""):
            names.append(str(item))
    return "; ".join(names)


def number_text(value: float) -> str:
    """A number as every screen, sheet and PDF shows it: ``400``, ``412,50`` in Indonesian."""
    return format_number(value) if float(value).is_integer() else format_number(value, 2)


#: ``(400.00)``: the credit points SISTER writes after a rank's name (a dot, two decimals).
_CREDIT = re.compile(r"\(\s*(\d+[.,]\d+)\s*\)")


def rank_text(raw: str) -> str:
    """A rank as SISTER names it, its credit points written like every other number:
    ``Lektor Kepala (400.00)`` reads ``Lektor Kepala (400)``, ``Lektor (212.50)`` reads
    ``Lektor (212,50)`` in Indonesian, also inside a longer title."""
    return _CREDIT.sub(lambda m: f"({number_text(float(m.group(1).replace(',', '.')))})", raw)


def value_text(
    name: str,
    value: Any,
    referensi: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    """A field's value as text for the operator; a dash for none."""
    if value is None or value == "" or value == []:
        return DASH
    if referensi is not None:
        named = referensi_name(referensi, name, value)
        if named is not None:
            return named
    if isinstance(value, bool):
        return yes_no(value)
    if name == "jenis_kelamin" and value in ("L", "P"):
        return _t("Male") if value == "L" else _t("Female")
    if isinstance(value, int | float):
        if _is_year(name) and float(value).is_integer():
            return str(int(value))
        if name in {"aktif", "luar_negeri", "masih_menerima"} and value in (0, 1):
            return yes_no(bool(value))
        return number_text(value)
    if isinstance(value, list):
        return _people(value) or DASH
    if isinstance(value, Mapping):
        return "; ".join(
            f"{field_title(k)}: {value_text(k, v, referensi)}" for k, v in value.items()
        )
    text = str(value)
    if name == "jabatan_fungsional":
        return rank_text(text)
    if _DATE.match(text):
        try:
            return format_date(date.fromisoformat(text))
        except ValueError:
            return text
    if _MOMENT.match(text):
        try:
            return format_datetime(datetime.fromisoformat(text))
        except ValueError:
            return text
    return text


def sort_value(value: Any) -> Any:
    """What a column sorts by: numbers as numbers, the rest by its ISO or plain text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return float(value)
    return str(value)
