"""Text from outside (SISTER's answers, the campus's files) made storable and exportable.

The one place where a value that came from another system is checked before it is kept: a
NUL byte (which PostgreSQL refuses), the other C0 control characters but tab, line feed and
carriage return (which no XLSX file may hold and which turn a terminal or a log line into
something else) and a lone UTF-16 surrogate (which cannot be encoded as UTF-8 at all) are
each replaced by ``REPLACEMENT`` (U+FFFD, the character every font draws as "something was
here"), so the operator sees where the value was damaged and nothing else of it is lost.
Everything else is kept as it came.

JSON answers are read here too, with a bound on how deeply they nest: a document nested
thousands deep is no SISTER answer, and walking it would exhaust Python's stack.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

#: What an unstorable character becomes.
REPLACEMENT = "\ufffd"
#: Characters no database column, XLSX cell or UTF-8 file can be trusted to hold.
_UNSTORABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
#: SISTER's deepest answer nests four levels (a list of records with an object inside).
MAX_JSON_DEPTH = 32


class TooDeepError(ValueError):
    """A JSON document nested deeper than ``MAX_JSON_DEPTH``."""


def storable(text: str) -> str:
    """``text`` with every unstorable character replaced by ``REPLACEMENT``."""
    if _UNSTORABLE.search(text) is None:
        return text
    return _UNSTORABLE.sub(REPLACEMENT, text)


def storable_value(value: Any) -> Any:
    """A cell's value made storable: texts cleaned, anything else as it is."""
    return storable(value) if isinstance(value, str) else value


def storable_tree(value: Any, max_depth: int = MAX_JSON_DEPTH) -> tuple[Any, int]:
    """A parsed JSON value with every string (keys too) made storable, and how many strings
    had to change. Walks without recursion; raises ``TooDeepError`` past ``max_depth``."""
    replaced = 0

    def clean(text: str) -> str:
        nonlocal replaced
        kept = storable(text)
        if kept is not text:
            replaced += 1
        return kept

    if isinstance(value, str):
        return clean(value), replaced
    if not isinstance(value, dict | list):
        return value, 0
    root: list[Any] = [None]
    # (the container to read, where its copy goes: a setter, its depth)
    stack: list[tuple[Any, Callable[[Any], None], int]] = [
        (value, lambda copy: root.__setitem__(0, copy), 1)
    ]
    while stack:
        source, put, depth = stack.pop()
        if depth > max_depth:
            raise TooDeepError(f"JSON nested deeper than {max_depth}")
        if isinstance(source, dict):
            copy_d: dict[str, Any] = {}
            put(copy_d)
            for key, item in source.items():
                name = clean(key) if isinstance(key, str) else key
                if isinstance(item, str):
                    copy_d[name] = clean(item)
                elif isinstance(item, dict | list):
                    copy_d[name] = None
                    stack.append((item, _setter(copy_d, name), depth + 1))
                else:
                    copy_d[name] = item
        else:
            copy_l: list[Any] = [None] * len(source)
            put(copy_l)
            for n, item in enumerate(source):
                if isinstance(item, str):
                    copy_l[n] = clean(item)
                elif isinstance(item, dict | list):
                    stack.append((item, _setter(copy_l, n), depth + 1))
                else:
                    copy_l[n] = item
    return root[0], replaced


def _setter(container: Any, key: Any) -> Callable[[Any], None]:
    def put(copy: Any) -> None:
        container[key] = copy

    return put


#: What in a JSON text can decode to an unstorable character: an escaped control character or
#: surrogate, or a surrogate's UTF-8 bytes (decoded with "surrogatepass"). Raw control
#: characters inside strings are refused by the parser itself. Without any of these, the
#: parsed value needs no cleaning, only the depth check.
_MAY_NEED_CLEANING = re.compile(rb"\\u00[01][0-9a-fA-F]|\\u[dD][89abAB]|\xed[\xa0-\xbf]")


def load_json(content: bytes | str, max_depth: int = MAX_JSON_DEPTH) -> tuple[Any, int]:
    """Parse an answer from outside: the value with its strings made storable, and how many
    were changed. Raises ``ValueError`` (``TooDeepError`` among them) for what is no usable
    JSON."""
    try:
        data = json.loads(content)
    except RecursionError as exc:  # deeper than the interpreter's stack: far past the bound
        raise TooDeepError(f"JSON nested deeper than {max_depth}") from exc
    raw = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    suspect = b"\\u" in raw or b"\xed" in raw  # found at C speed; the pattern only then
    if not suspect or _MAY_NEED_CLEANING.search(raw) is None:
        _check_depth(data, max_depth)
        return data, 0
    return storable_tree(data, max_depth)


def _check_depth(value: Any, max_depth: int) -> None:
    """``TooDeepError`` when ``value`` nests deeper than ``max_depth`` (containers only)."""
    stack: list[tuple[Any, int]] = [(value, 1)] if isinstance(value, dict | list) else []
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            raise TooDeepError(f"JSON nested deeper than {max_depth}")
        for child in item.values() if isinstance(item, dict) else item:
            if isinstance(child, dict | list):
                stack.append((child, depth + 1))


def count_replaced(value: Any, max_depth: int = MAX_JSON_DEPTH * 2) -> int:
    """How many strings of a parsed value hold ``REPLACEMENT``: the texts of a dataset that
    were damaged on the way (what its log line tells the operator)."""
    found = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            found += REPLACEMENT in item
        elif depth < max_depth and isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif depth < max_depth and isinstance(item, list | tuple):
            stack.extend((v, depth + 1) for v in item)
    return found
