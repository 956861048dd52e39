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
    #: The fewest logins that could have served the requests a token was accepted for, at
    #: the moments they were checked: a client cannot have done with less, however its
    #: requests were spread (a client starved of CPU sends fewer, and needs fewer).
    fewest_logins: int = 0
    _life_started: float | None = None

    def token_accepted(self, at: float, token_ttl_s: float) -> None:
        """A request's token was valid at ``at``: counted in ``fewest_logins``, the least
        number of token lives of ``token_ttl_s`` that cover every such moment (a new life
        starts at the first moment the current one no longer covers)."""
        if self._life_started is None or at - self._life_started >= token_ttl_s:
            self.fewest_logins += 1
            self._life_started = at

    def reset(self) -> None:
        self.requests = self.authorize_calls = self.rate_limited = self.fewest_logins = 0
        self._life_started = None
        self.by_path.clear()
        self.by_status.clear()
        self.expired_by_token.clear()
