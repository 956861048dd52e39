"""Counters of what the sandbox was asked, so tests can check a client's pacing and retries."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Stats:
    requests: int = 0
    authorize_calls: int = 0
    #: Requests answered 429 (rate limit or lockout).
    rate_limited: int = 0
    #: Requests per path without the ``/ws.php/1.0`` prefix and query (``/referensi/sdm``).
    by_path: Counter[str] = field(default_factory=Counter)
    #: Answers per HTTP status.
    by_status: Counter[int] = field(default_factory=Counter)
    #: "Token sudah expired" answers per token, by the token's number (1 = the first issued):
    #: how many requests one expiry cost.
    expired_by_token: Counter[int] = field(default_factory=Counter)

    def reset(self) -> None:
        self.requests = self.authorize_calls = self.rate_limited = 0
        self.by_path.clear()
        self.by_status.clear()
        self.expired_by_token.clear()
