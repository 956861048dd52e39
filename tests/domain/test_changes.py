"""The fields of a log line: changed fields and the records added, changed and removed."""

from __future__ import annotations

from sister_desktop.domain.changes import (
    NAMED_RECORDS,
    RECORD_ADDED,
    RECORD_CHANGED,
    RECORD_REMOVED,
    read_record_mark,
    record_marks,
)
from sister_desktop.domain.sister_records import record_title


def test_records_are_named_by_title_and_the_rest_counted():
    added = [f"Judul {n}" for n in range(NAMED_RECORDS + 3)]
    marks = record_marks(added, [], ["Lama"])
    assert marks[0] == RECORD_ADDED
    assert marks[1 : NAMED_RECORDS + 1] == [f"{RECORD_ADDED}:{t}" for t in added[:NAMED_RECORDS]]
    assert marks[NAMED_RECORDS + 1] == f"{RECORD_ADDED}#3"
    assert marks[-2:] == [RECORD_REMOVED, f"{RECORD_REMOVED}:Lama"]
    assert record_marks([], [], []) == []


def test_marks_read_back():
    assert read_record_mark(f"{RECORD_CHANGED}:Judul: dengan titik dua") == (
        RECORD_CHANGED,
        "Judul: dengan titik dua",
        0,
    )
    assert read_record_mark(f"{RECORD_ADDED}#12") == (RECORD_ADDED, None, 12)
    assert read_record_mark(RECORD_REMOVED) == (RECORD_REMOVED, None, 0)
    assert read_record_mark("tempat_lahir") is None


def test_a_record_is_called_by_its_title_field():
    assert record_title({"judul": "  Analisis   Data ", "nama": "x"}, "k") == "Analisis Data"
    assert record_title({"unit_kerja": "Fakultas Teknik"}, "k") == "Fakultas Teknik"
    assert record_title({"id": "abc"}, "abc") == "abc"
    assert record_title({"judul": "x" * 300}).endswith("…")


def test_every_list_the_sandbox_serves_names_its_records_by_a_title():
    """A removed record in the Perubahan reads "− Dosen Tamu", never its id: every per-person
    list row carries one of the title fields (the sandbox's rows have the spec's list fields)."""
    from sister_desktop.sandbox.dataset import World
    from sister_desktop.sandbox.mutations import list_row, person_lists

    world = World(seed=1, size=40)
    untitled = {
        family
        for index in range(len(world.sdm))
        for family, rows in person_lists(world, index).items()
        for row in rows
        if record_title(list_row(family, row), "KEY") == "KEY"
    }
    assert untitled == set()
