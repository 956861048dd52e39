"""Decoding many stored records whose objects share their keys.

``json.loads`` shares a key text only within one document, so 50,000 records of the same
dataset hold 50,000 copies of ``"tanggal_mulai"``. The Laporan reads every record of a
program studi or of the whole PT and keeps them while the operator looks: with each key
text kept once per read, a 540-dosen program studi's records take a third less memory, for a
fifth more decoding time (measured on 90,000 records). Values are not shared: doing so cost
twice the decoding time.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any


def shared_keys_decoder() -> Callable[[str], Any]:
    """A JSON decoder whose objects, over every document it decodes, share one text per key."""
    keys: dict[str, str] = {}

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        return {keys.setdefault(k, k): v for k, v in items}

    return json.JSONDecoder(object_pairs_hook=pairs).decode
