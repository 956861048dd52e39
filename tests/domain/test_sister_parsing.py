"""The live service's dirt, read tolerantly."""

from __future__ import annotations

from datetime import date

import pytest

from sister_desktop.domain import sister_parsing as p


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(None, None), ("", None), ("   ", None), (" 0012 ", "0012"), (12, "12"), (3.0, "3")],
)
def test_text(raw, expected):
    assert p.text(raw) == expected


def test_identifier_strips_inner_spaces_and_keeps_leading_zeros():
    assert p.identifier(" 19800101 200501 1 001 ") == "198001012005011001"
    assert p.identifier("0012345678") == "0012345678"
    assert p.identifier(" ") is None


@pytest.mark.parametrize(
    ("raw", "expected"), [("7", 7), (" 7 ", 7), ("7.0", 7), (7.5, None), ("x", None), (None, None)]
)
def test_integer_accepts_numbers_as_strings(raw, expected):
    assert p.integer(raw) == expected


def test_dates():
    assert p.iso_date("2020-01-31") == date(2020, 1, 31)
    assert p.iso_date("2020-01-31 00:00:00") == date(2020, 1, 31)
    assert p.iso_date("31-01-2020") is None


def test_rows_tolerates_empty_object_null_and_single_object():
    assert p.rows({}) == []
    assert p.rows(None) == []
    assert p.rows({"id": 1}) == [{"id": 1}]
    assert p.rows([{"id": 1}]) == [{"id": 1}]
    with pytest.raises(p.ShapeError):
        p.rows("oops")
    with pytest.raises(p.ShapeError):
        p.rows([1, 2])


def test_single_accepts_a_list_of_one():
    assert p.single([{"nama": "x"}]) == {"nama": "x"}
    assert p.single({"nama": "x"}) == {"nama": "x"}
    with pytest.raises(p.ShapeError):
        p.single([])


def test_single_refuses_an_object_without_its_defining_fields():
    assert p.single({"nama": None}, ("nama",)) == {"nama": None}
    assert p.single([{"nama": "A"}], ("nama",)) == {"nama": "A"}
    with pytest.raises(p.ShapeError, match="nama"):
        p.single({}, ("nama",))
    with pytest.raises(p.ShapeError):
        p.single({"unrelated": 1}, ("nama", "nik"))
    assert p.single({}) == {}  # no defining fields named: any object


def test_text_drops_nul_bytes_postgresql_would_refuse():
    assert p.text("Bu\x00di ") == "Budi"
    assert p.text("\x00") is None
