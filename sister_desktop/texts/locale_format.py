"""Dates, times and numbers as the operator writes them: "17 Agustus 2026 10.42", "1.234,5".

Everything goes through ``QLocale()``, the default locale that ``i18n.install_translators``
sets for the chosen language, so English shows "17 August 2026" and "1,234.5". Stored values
and files stay ISO; only what is shown on screen or on stderr comes through here.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

_DATE = "d MMMM yyyy"
_SHORT_DATE = "d MMM yyyy"


def _time_pattern(seconds: bool) -> str:
    """Hours and minutes (and seconds) with the locale's separator: ``14.05`` in Indonesian,
    ``14:05`` in English."""
    short = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    separator = next((c for c in short if c not in "Hhmsap "), ":")
    pattern = f"HH{separator}mm"
    return f"{pattern}{separator}ss" if seconds else pattern


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
    """``10.42`` (``10:42`` in English) in local time; empty for no moment."""
    if moment is None:
        return ""
    local = _local(moment)
    time = QTime(local.hour, local.minute, local.second)
    return QLocale().toString(time, _time_pattern(seconds))


def format_datetime(moment: datetime | None, *, seconds: bool = False) -> str:
    """``17 Agustus 2026 10.42`` in local time; empty for no moment."""
    if moment is None:
        return ""
    local = _local(moment)
    value = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute, local.second))
    return QLocale().toString(value, f"{_DATE} {_time_pattern(seconds)}")


def format_short_datetime(moment: datetime | None) -> str:
    """``1 Des 2026 14.05`` (month abbreviated) in local time, for narrow columns."""
    if moment is None:
        return ""
    local = _local(moment)
    value = QDateTime(_qdate(local.date()), QTime(local.hour, local.minute, local.second))
    return QLocale().toString(value, f"{_SHORT_DATE} {_time_pattern(False)}")


def format_number(value: float, decimals: int = 0) -> str:
    """``1.234`` or, with decimals, ``1.234,5`` (thousands grouped, locale decimal mark)."""
    if decimals == 0 and float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", decimals)
