"""Put values into a translated template's ``%1``..``%N`` placeholders, in one pass.

The translations keep Qt's numbered placeholders (a translator may reorder them), but chaining
``str.replace("%1", a).replace("%2", b)`` rewrites a value that itself contains ``%2`` (an
employee's name, a path, a message from SISTER). ``fill`` reads the template once and never
looks into what it put in.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def fill(template: str, *values: str) -> str:
    """``template`` with every ``%k`` (1 <= k <= len(values)) replaced by ``values[k - 1]``.

    A placeholder with no value (``%7`` when three are given) and a lone ``%`` stay as written,
    as ``QString.arg`` leaves them.
    """

    def value_for(match: re.Match[str]) -> str:
        index = int(match.group(1))
        if 1 <= index <= len(values):
            return values[index - 1]
        return match.group(0)

    return _PLACEHOLDER.sub(value_for, template)
