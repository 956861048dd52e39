"""The semesters a sync asks pengajaran and the BKD lists for, and which of them a pengajaran
row asked for every semester belongs to."""

from __future__ import annotations

from datetime import date

import pytest

from sister_desktop.domain.semesters import (
    current_semester,
    recent_semesters,
    rows_by_semester,
    semester_ids_by_name,
)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2025, 8, 1), "20251"),
        (date(2025, 12, 31), "20251"),
        (date(2026, 1, 15), "20251"),
        (date(2026, 2, 1), "20252"),
        (date(2026, 7, 31), "20252"),
    ],
)
def test_the_current_semester_starts_in_august_and_february(today, expected):
    assert current_semester(today) == expected


def test_the_last_ones_of_sisters_list_that_have_begun():
    ids = [19852, 20231, "20232", 20241, 20242, 20251, "bogus", None]
    assert recent_semesters(ids, date(2025, 6, 30), 3) == ("20232", "20241", "20242")
    assert recent_semesters(ids, date(2025, 9, 1), 2) == ("20242", "20251")
    assert recent_semesters(ids, date(2025, 9, 1), 0) == ("20251",)  # at least one


def test_without_a_list_the_regular_semesters_are_counted_back():
    assert recent_semesters([], date(2025, 3, 1), 3) == ("20232", "20241", "20242")
    assert recent_semesters([], date(2025, 9, 1), 2) == ("20242", "20251")


LISTED = [
    {"id": 20241, "nama": "2024/2025 Ganjil"},
    {"id": 20242, "nama": "2024/2025 Genap"},
    {"id": 20251, "nama": "2025/2026  ganjil "},
    {"id": None, "nama": "tanpa id"},
    "not a row",
]


def test_semester_names_read_as_ids_whatever_their_spacing_and_case():
    assert semester_ids_by_name(LISTED) == {
        "2024/2025 ganjil": "20241",
        "2024/2025 genap": "20242",
        "2025/2026 ganjil": "20251",
    }


def test_rows_of_every_semester_split_among_the_runs_semesters():
    names = semester_ids_by_name(LISTED)
    rows = [
        {"id": "a", "semester": "2024/2025 Ganjil"},
        {"id": "b", "semester": "2025/2026 Ganjil"},
        {"id": "c", "semester": "2024/2025 GANJIL"},
    ]
    split = rows_by_semester(rows, ("20242", "20251"), names)
    # The older semester's rows are left out; a semester without rows is there, empty.
    assert split == {"20242": [], "20251": [rows[1]]}


def test_a_row_whose_semester_is_not_in_sisters_list_cannot_be_split():
    names = semester_ids_by_name(LISTED)
    assert (
        rows_by_semester([{"id": "a", "semester": "2030/2031 Ganjil"}], ("20241",), names) is None
    )
    assert rows_by_semester([{"id": "a", "semester": None}], ("20241",), names) is None
    assert rows_by_semester([], ("20241",), {}) == {"20241": []}
