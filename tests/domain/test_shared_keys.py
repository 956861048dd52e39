"""The records of one read share their key texts; values and nesting come back as json
gives them."""

from __future__ import annotations

import json

from sister_desktop.domain.shared_keys import shared_keys_decoder


def test_documents_of_one_decoder_share_their_keys():
    decode = shared_keys_decoder()
    first = decode(json.dumps({"tanggal_mulai": "2020-01-01", "anggota": [{"nama": "A"}]}))
    second = decode(json.dumps({"tanggal_mulai": "2021-01-01", "anggota": [{"nama": "B"}]}))
    (key_1,) = [k for k in first if k == "tanggal_mulai"]
    (key_2,) = [k for k in second if k == "tanggal_mulai"]
    assert key_1 is key_2
    nested_1 = next(iter(first["anggota"][0]))
    nested_2 = next(iter(second["anggota"][0]))
    assert nested_1 is nested_2


def test_what_comes_back_is_what_json_gives():
    text = json.dumps(
        {"a": 1, "b": [1, 2.5, None, True], "c": {"d": "é\u0000"}, "big": 10**30, "a2": "x"}
    )
    assert shared_keys_decoder()(text) == json.loads(text)
