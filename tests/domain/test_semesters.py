"""The semesters a sync asks pengajaran and the BKD lists for."""

from __future__ import annotations

from datetime import date

import pytest

from sister_desktop.domain.semesters import current_semester, recent_semesters


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
