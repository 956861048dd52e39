"""Text from outside made storable: what is kept, what is replaced, how deep JSON may nest."""

from __future__ import annotations

import json

import pytest

from sister_desktop.domain.outside_text import (
    MAX_JSON_DEPTH,
    REPLACEMENT,
    TooDeepError,
    count_replaced,
    load_json,
    storable,
    storable_tree,
)


def test_control_characters_nul_and_lone_surrogates_are_replaced_the_rest_kept():
    assert storable("Budi\x00 Santoso") == f"Budi{REPLACEMENT} Santoso"
    assert storable("a\x0bb\x1bc") == f"a{REPLACEMENT}b{REPLACEMENT}c"
    assert storable("x\ud800y") == f"x{REPLACEMENT}y"
    kept = "Tab\tline\nreturn\r, Ünïcödé 😀, <b>&amp;</b>, 'quote' \x7f"
    assert storable(kept) is kept
    storable(f"Budi{REPLACEMENT}").encode("utf-8")  # the replaced text encodes


def test_a_tree_is_cleaned_keys_too_and_the_damaged_strings_counted():
    tree = {"nama": "A\x00", "list": [{"k\x1b": "ok"}, "\ud800", 3, None], "n": 1.5}
    cleaned, replaced = storable_tree(tree)
    assert cleaned == {
        "nama": f"A{REPLACEMENT}",
        "list": [{f"k{REPLACEMENT}": "ok"}, REPLACEMENT, 3, None],
        "n": 1.5,
    }
    assert replaced == 3
    assert tree["nama"] == "A\x00"  # the original is left alone
    assert count_replaced(cleaned) == 2  # values only: a key is a field name


def test_json_nested_past_the_bound_or_the_stack_is_refused_not_a_recursion_error():
    assert load_json(b'{"a": [[["x"]]]}') == ({"a": [[["x"]]]}, 0)
    within = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    assert load_json(within)[1] == 0
    with pytest.raises(TooDeepError):
        load_json("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1))
    with pytest.raises(TooDeepError):
        load_json("[" * 5000 + "]" * 5000)
    with pytest.raises(ValueError):
        load_json(b"{not json")


def test_escaped_nul_and_surrogate_in_json_arrive_replaced():
    body = json.dumps({"nama": "A\u0000B", "tempat": "\ud800"}, ensure_ascii=True)
    assert load_json(body) == ({"nama": f"A{REPLACEMENT}B", "tempat": REPLACEMENT}, 2)


@pytest.mark.parametrize(
    "body",
    [
        '{"a": "x\\u001by"}',
        '{"a": "x\\u0000y"}',
        '{"a": "x\\uD800y"}',
        '{"a": "x\\udbffy"}',
        b'{"a": "x\xed\xa0\x80y"}',
        '{"a": "x\ud800y"}',
    ],
)
def test_every_way_an_unstorable_character_can_arrive_in_json_is_caught(body):
    data, replaced = load_json(body)
    assert replaced == 1 and data["a"] == f"x{REPLACEMENT}y"


def test_an_answer_needing_no_cleaning_is_still_depth_checked():
    assert load_json('{"a": "caf\\u00e9 \\ud83d\\ude00"}') == ({"a": "café 😀"}, 0)
    with pytest.raises(TooDeepError):
        load_json('{"a": ' + "[" * 40 + "]" * 40 + "}")
