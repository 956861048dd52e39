"""Identifier normalisation and validation, with property tests for the rules that matter most:
normalising is idempotent and keeps every digit (leading zeros too), and a NIP's date part must
be a real date that agrees with tanggal lahir."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sister_desktop.domain.identifiers import (
    LENGTHS,
    IdentifierIssue,
    IdentifierKind,
    IdentifierProblem,
    nip_birth_date,
    normalize_identifier,
    validate_identifier,
    validate_identifiers,
)

digits = st.text(alphabet="0123456789", min_size=1, max_size=20)
spaces = st.text(alphabet=" \t\u00a0\u202f", max_size=3)


def make_nip(born: date, sex: str = "2", tmt: str = "201012", seq: str = "001") -> str:
    return f"{born:%Y%m%d}{tmt}{sex}{seq}"


@given(st.data(), digits)
def test_normalising_drops_spaces_and_keeps_every_digit(data, value):
    gaps = data.draw(st.lists(spaces, min_size=len(value) + 1, max_size=len(value) + 1))
    spaced = "".join(gap + ch for gap, ch in zip(gaps, value, strict=False)) + gaps[-1]
    assert normalize_identifier(spaced) == value


@given(st.text(max_size=30))
def test_normalising_is_idempotent(value):
    once = normalize_identifier(value)
    assert normalize_identifier(once) == once


@given(digits)
def test_leading_zeros_survive(value):
    assert normalize_identifier("00" + value) == "00" + value


@pytest.mark.parametrize("empty", [None, "", "   ", "\u00a0", "'"])
def test_empty_is_none(empty):
    assert normalize_identifier(empty) is None


def test_excel_text_apostrophe_is_dropped():
    assert normalize_identifier("'0015038701") == "0015038701"


@pytest.mark.parametrize(
    ("kind", "value", "problem"),
    [
        (IdentifierKind.NIDN, "0015038701", None),
        (IdentifierKind.NIDN, "015038701", IdentifierProblem.WRONG_LENGTH),
        (IdentifierKind.NIDN, "00150387O1", IdentifierProblem.NOT_DIGITS),
        (IdentifierKind.NIDK, "8812345678", None),
        (IdentifierKind.NUPN, "9900123456", None),
        (IdentifierKind.NUPTK, "1234567890123456", None),
        (IdentifierKind.NUPTK, "123456789012345", IdentifierProblem.WRONG_LENGTH),
        (IdentifierKind.NIK, "3201015503870001", None),
        (IdentifierKind.NIK, "3201-01550387000", IdentifierProblem.NOT_DIGITS),
        (IdentifierKind.NIP, "198703152010122001", None),
        (IdentifierKind.NIP, "19870315201012200", IdentifierProblem.WRONG_LENGTH),
        (IdentifierKind.NIP, "198702302010122001", IdentifierProblem.NIP_BIRTH_DATE_INVALID),
        (IdentifierKind.NIP, "198703152010123001", IdentifierProblem.NIP_SEX_DIGIT_INVALID),
        (IdentifierKind.NIDN, "００15038701", IdentifierProblem.NOT_DIGITS),  # full-width digits
    ],
)
def test_validate_identifier(kind, value, problem):
    assert validate_identifier(kind, value) is problem


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from("12"))
def test_nip_with_a_real_date_is_accepted_and_gives_the_date_back(born, sex):
    nip = make_nip(born, sex)
    assert nip_birth_date(nip) == born
    assert validate_identifier(IdentifierKind.NIP, nip, tanggal_lahir=born) is None


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(min_value=-30000, max_value=30000),
)
def test_nip_date_must_agree_with_tanggal_lahir(born, shift):
    assume(shift != 0)
    other = born + timedelta(days=shift)
    problem = validate_identifier(IdentifierKind.NIP, make_nip(born), tanggal_lahir=other)
    assert problem is IdentifierProblem.NIP_BIRTH_DATE_MISMATCH


@given(
    st.integers(min_value=1900, max_value=2099),
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=0, max_value=99),
)
def test_nip_date_part_must_be_a_real_date(year, month, day):
    text = f"{year:04d}{month:02d}{day:02d}"
    try:
        real = date(year, month, day)
    except ValueError:
        real = None
    problem = validate_identifier(IdentifierKind.NIP, text + "2010122001")
    if real is None:
        assert problem is IdentifierProblem.NIP_BIRTH_DATE_INVALID
    else:
        assert problem is None


def test_nip_sex_digit_must_agree_with_jenis_kelamin():
    nip = make_nip(date(1987, 3, 15), sex="2")
    assert validate_identifier(IdentifierKind.NIP, nip, jenis_kelamin="P") is None
    assert (
        validate_identifier(IdentifierKind.NIP, nip, jenis_kelamin="L")
        is IdentifierProblem.NIP_SEX_MISMATCH
    )


@given(
    st.sampled_from([k for k in IdentifierKind if k is not IdentifierKind.NIP]),
    st.integers(min_value=1, max_value=25),
)
def test_length_rule_for_every_number(kind, length):
    problem = validate_identifier(kind, "0" * length)
    if length == LENGTHS[kind]:
        assert problem is None
    else:
        assert problem is IdentifierProblem.WRONG_LENGTH


def test_validate_identifiers_lists_every_problem_in_order():
    issues = validate_identifiers(
        {
            IdentifierKind.NIK: "123",
            IdentifierKind.NIP: "198703152010122001",
            IdentifierKind.NIDN: "abc",
            IdentifierKind.NUPTK: None,
        },
        tanggal_lahir=date(1990, 1, 1),
    )
    assert issues == [
        IdentifierIssue(IdentifierKind.NIP, IdentifierProblem.NIP_BIRTH_DATE_MISMATCH),
        IdentifierIssue(IdentifierKind.NIDN, IdentifierProblem.NOT_DIGITS),
        IdentifierIssue(IdentifierKind.NIK, IdentifierProblem.WRONG_LENGTH),
    ]
