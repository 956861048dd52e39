"""Name normalisation: titles, punctuation, case and accents disappear; the person stays."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sister_desktop.domain.names import (
    PREFIX_TITLES,
    SUFFIX_TITLES,
    normalize_name,
    token_sort_ratio,
)

# Words that could be a real name: letters only and never a title themselves.
name_words = st.text(string.ascii_letters, min_size=2, max_size=10).filter(
    lambda w: w.lower() not in PREFIX_TITLES and w.lower() not in SUFFIX_TITLES
)
names = st.lists(name_words, min_size=1, max_size=4).map(" ".join)
any_text = st.text(string.ascii_letters + string.digits + " .,'-()`", max_size=60)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Prof. Dr. Ir. H. Ahmad Sutanto, M.Sc., Ph.D.", "ahmad sutanto"),
        ("AHMAD SUTANTO", "ahmad sutanto"),
        ("Prof.Dr.Ir. Siti Nur-Aini S.Kom., M.T.", "siti nur aini"),
        ("Ma'ruf Amin", "maruf amin"),
        ("Ma’ruf  Amin ", "maruf amin"),
        ("dr. Budi A. Santoso, Sp.A(K)", "budi a santoso"),
        ("Hj. Siti Rahayu SE MM", "siti rahayu"),
        ("Drs. Bambang Widodo, M.Pd.I", "bambang widodo"),
        ("José Ramos", "jose ramos"),
        ("Ahmad-MM", "ahmad"),
        ("Dr.", "dr"),  # nothing but a title: keep it rather than return ""
    ],
)
def test_examples(raw, expected):
    assert normalize_name(raw) == expected


def test_an_initial_is_kept():
    assert normalize_name("Ahmad A. Rahman") == "ahmad a rahman"


@given(any_text)
def test_idempotent(raw):
    once = normalize_name(raw)
    assert normalize_name(once) == once


@given(any_text)
def test_output_is_lowercase_words_single_spaced(raw):
    out = normalize_name(raw)
    assert set(out) <= set(string.ascii_lowercase + string.digits + " ")
    assert "  " not in out
    assert out == out.strip()


@given(any_text)
def test_case_does_not_matter(raw):
    assert normalize_name(raw.upper()) == normalize_name(raw.lower())


@given(
    names,
    st.lists(st.sampled_from(["Prof.", "Dr.", "Ir.", "H.", "Hj.", "Drs.", "Dra."]), max_size=3),
    st.lists(
        st.sampled_from(["S.Kom.", "M.T.", "Ph.D.", "M.Sc", "S.E.", "MM", "Sp.PD"]), max_size=3
    ),
)
def test_titles_do_not_matter(name, prefixes, suffixes):
    titled = " ".join([*prefixes, name])
    if suffixes:
        titled += ", " + ", ".join(suffixes)
    assert normalize_name(titled) == normalize_name(name)


@given(names, st.sampled_from([".", "-", "'", "  "]))
def test_punctuation_between_words_does_not_matter(name, separator):
    words = name.split()
    joined = (separator if separator != "'" else "' ").join(words)
    assert normalize_name(joined) == normalize_name(name)


@given(names)
def test_token_sort_ratio_is_order_insensitive_and_bounded(name):
    norm = normalize_name(name)
    reversed_words = " ".join(reversed(norm.split()))
    assert token_sort_ratio(norm, reversed_words) == 100.0
    assert 0.0 <= token_sort_ratio(norm, "zzzz qqqq") <= 100.0


def test_token_sort_ratio_separates_typos_from_other_people():
    assert token_sort_ratio("ahmad sutanto", "ahmad sutamto") >= 85
    assert token_sort_ratio("ahmad sutanto", "budi sutanto") < 85


def test_token_sort_ratio_answers_zero_below_the_cutoff():
    full = token_sort_ratio("ahmad sutanto", "ahmad sutamto")
    assert token_sort_ratio("ahmad sutanto", "ahmad sutamto", score_cutoff=full) == full
    assert token_sort_ratio("ahmad sutanto", "budi rahayu", score_cutoff=80) == 0.0
