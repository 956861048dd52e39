"""Dates, times and numbers as the operator writes them: "17 Agustus 2026", "1.234,5".

Everything goes through ``QLocale()``, the default locale that ``i18n.install_translators``
sets for the chosen language, so English shows "17 August 2026" and "1,234.5". Stored values
and files stay ISO; only what is shown on screen or on stderr comes through here.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_DATE = "d MMMM yyyy"
_TIME = "HH:mm"
_TIME_SECONDS = "HH:mm:ss"


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _local(moment: datetime) -> datetime:
    """Aware moments are shown in this computer's time zone; naive ones as they are."""
    return moment.astimezone() if moment.tzinfo is not None else moment


def format_date(value: date | None) -> str:
    """``17 Agustus 2026``; empty for no date."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = _local(value).date()
    return QLocale().toString(_qdate(value), _DATE)


def format_time(moment: datetime | None, *, seconds: bool = False) -> str:
    """``10:42`` in local time; empty for no moment."""
    if moment is None:
        return ""
    local = _local(moment)
    time = QTime(local.hour, local.minute, local.second)
    return QLocale().toString(time, _TIME_SECONDS if seconds else _TIME)


def format_datetime(moment: datetime | None, *, seconds: bool = False) -> str:
    """``17 Agustus 2026 10:42`` in local time; empty for no moment."""
    if moment is None:
        return ""
    local = _local(moment)
    value = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute, local.second))
    return QLocale().toString(value, f"{_DATE} {_TIME_SECONDS if seconds else _TIME}")


def format_number(value: float, decimals: int = 0) -> str:
    """``1.234`` or, with decimals, ``1.234,5`` (thousands grouped, locale decimal mark)."""
    if decimals == 0 and float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)
