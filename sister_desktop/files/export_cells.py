"""Neutralise exported cells that a spreadsheet would evaluate.

Campus values come from files and forms that anyone may have typed into: a nama such as
``=HYPERLINK("http://…","klik")``, ``+cmd|' /C calc'!A0`` or ``@SUM(A1)`` is text to the
program, but Excel and LibreOffice run it as a formula (or a DDE command) when the export is
opened. Every export (the Log Sinkronisasi CSV and XLSX, the Perbandingan and orphan XLSX and
the PDF text) goes through here, so the value on screen and in the database stays as entered
and only the exported copy is defused, the way the OWASP advice on CSV injection says: a text
starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading apostrophe
in CSV and PDF text; in XLSX it is written as a string cell, never as a formula.
"""

from __future__ import annotations

from typing import Any

#: The first characters that make a spreadsheet treat a cell as a formula or a command.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: object) -> bool:
    """``True`` for a text a spreadsheet would evaluate when it reads it as typed input."""
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def neutralise_text(value: Any) -> Any:
    """The value for a CSV or PDF cell: a formula-like text prefixed with ``'``, which Excel
    shows as the text and never runs; every other value unchanged."""
    if is_formula_like(value):
        return "'" + value
    return value
