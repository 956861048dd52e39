"""The Laporan's notes under a table and the figures' labels: English in English, and in
Indonesian exactly the words the form's tables have always carried."""

from __future__ import annotations

import ast
from pathlib import Path

from sister_desktop.texts import laporan_texts as texts
from sister_desktop.texts.i18n import use_language

DOMAIN = Path(texts.__file__).resolve().parent.parent / "domain"


class _Noted:
    def __init__(self, note: str) -> None:
        self.note = note


def _domain_notes() -> list[str]:
    """Every note the LKPS tables are built with (a ``note=`` or the 3.a.1's last argument)."""
    notes: list[str] = []
    for name in ("lkps_dosen.py", "lkps_kinerja.py"):
        for node in ast.walk(ast.parse((DOMAIN / name).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for keyword in node.keywords:
                if keyword.arg == "note" and isinstance(keyword.value, ast.Constant):
                    notes.append(str(keyword.value.value))
            for arg in node.args:
                if isinstance(arg, ast.Constant) and "diisi operator" in str(arg.value):
                    notes.append(str(arg.value))
    return sorted(set(notes))


def test_every_table_note_reads_in_each_language(qapp):
    notes = _domain_notes()
    assert len(notes) == 8
    for note in notes:
        with use_language(qapp, "id"):
            assert texts.table_note(_Noted(note)) == note  # type: ignore[arg-type]
        with use_language(qapp, "en"):
            english = texts.table_note(_Noted(note))  # type: ignore[arg-type]
        assert english != note
        assert "diisi" not in english and "s.d." not in english


def test_the_figures_name_their_share_in_each_language(qapp):
    with use_language(qapp, "en"):
        assert texts.figure_text("% Doktor (dari NDT)", 50.0) == "% with a doctorate (of NDT): 50"
        assert texts.figure_text("NDT", 4) == "NDT: 4"
    with use_language(qapp, "id"):
        assert texts.figure_text("% Doktor (dari NDT)", 50.0) == "% Doktor (dari NDT): 50"
        assert texts.figure_text("% bersertifikat pendidik (dari NDT)", None) == (
            "% bersertifikat pendidik (dari NDT): menunggu isian operator"
        )
