"""The misbehaviour of the live service, switchable at run time (all off by default).

Tests flip these while the server runs; the server thread only reads them, so plain
attributes are enough (one writer, simple assignments).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass, field

#: How a chosen endpoint of a chosen person can fail permanently.
FAULT_KINDS = frozenset({"500", "html", "truncated", "empty_object", "401"})
#: How a write can fail (``Faults.fail_writes``): ``closed`` applied, then the connection is
#: closed before any answer; ``slow`` applied, answered after ``write_delay_s`` (past a
#: client's timeout); ``500`` applied, then answered 500; ``503`` the gateway's text/plain
#: 503 before the write reaches SISTER (nothing applied).
WRITE_FAULT_KINDS = ("closed", "slow", "500", "503")


@dataclass
class WriteFault:
    kind: str
    endpoint: str | None  # a write's spec path starting with this (None: every write)
    remaining: int | None  # how many more writes it hits (None: until cleared)


def endpoint_key(endpoint: str) -> str:
    """Canonical name of an endpoint: ``/data_pribadi/profil``, ``/penugasan``, ``/penugasan/{id}``.

    Accepts the spec's template (``/data_pribadi/profil/{id_sdm}``), with or without the leading
    slash, so tests can name endpoints the way they read them in the spec.
    """
    key = "/" + endpoint.strip().strip("/")
    if key.endswith("/{id_sdm}"):
        key = key[: -len("/{id_sdm}")]
    return key


@dataclass
class Faults:
    latency_ms: float = 0
    fail_rate: float = 0.0
    rate_limit: int = 0
    lockout_s: float = 900
    #: A 429 says how long the lockout has left (``Retry-After``, whole seconds rounded up):
    #: the live service does not, a gateway in front of another might.
    retry_after: bool = False
    token_ttl_s: float = 3600
    #: Every page of a paged list answers as its first page (a server ignoring ``page``):
    #: a client reading "until a short page" would read forever.
    repeat_pages: bool = False
    #: How long a ``slow`` write takes before its answer (it is applied at once).
    write_delay_s: float = 30.0
    #: Endpoint keys the app serves; ``fail_endpoint`` refuses others (typos in tests).
    known_endpoints: frozenset[str] = frozenset()
    _endpoint_faults: dict[tuple[str, str | None], str] = field(default_factory=dict)
    _write_faults: list[WriteFault] = field(default_factory=list)
    _tokens_expired_at: float = float("-inf")
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    limiter: RateLimiter = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(self)

    def fail_endpoint(self, endpoint: str, id_sdm: str | None, kind: str) -> None:
        """Make ``endpoint`` fail for ``id_sdm`` (None: for everyone) until ``clear()``.

        ``kind``: ``"500"`` (JSON error), ``"html"`` (a maintenance page with 200),
        ``"truncated"`` (JSON cut in half, 200), ``"empty_object"`` (``{}`` with 200),
        ``"401"`` (refuses every token, fresh ones too, as for a role without rights there).
        """
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; use one of {sorted(FAULT_KINDS)}")
        key = endpoint_key(endpoint)
        if self.known_endpoints and key not in self.known_endpoints:
            raise ValueError(f"the sandbox serves no endpoint {endpoint!r}")
        with self._lock:
            self._endpoint_faults[(key, id_sdm)] = kind

    def endpoint_fault(self, key: str, id_sdm: str | None) -> str | None:
        faults = self._endpoint_faults
        if not faults:
            return None
        return faults.get((key, id_sdm)) or faults.get((key, None))

    def fail_writes(self, kind: str, endpoint: str | None = None, times: int | None = None) -> None:
        """Make writes fail as ``kind`` (see ``WRITE_FAULT_KINDS``): every write, or those whose
        spec path starts with ``endpoint`` (``"/penelitian"`` hits POST ``/penelitian`` and
        PUT/DELETE ``/penelitian/{id}``), for the next ``times`` writes or until ``clear()``.
        A refused write (400, 404, ...) is not applied, so only ``503`` counts it."""
        if kind not in WRITE_FAULT_KINDS:
            raise ValueError(f"unknown write fault {kind!r}; use one of {list(WRITE_FAULT_KINDS)}")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1")
        key = "/" + endpoint.strip("/") if endpoint else None
        with self._lock:
            self._write_faults.append(WriteFault(kind, key, times))

    def write_fault(self, template: str, applied: bool) -> str | None:
        """The fault a write to ``template`` meets now (``applied``: it was applied), counted."""
        if not self._write_faults:
            return None
        with self._lock:
            for fault in self._write_faults:
                if fault.endpoint and not (
                    template == fault.endpoint or template.startswith(fault.endpoint + "/")
                ):
                    continue
                if (fault.kind == "503") == applied:
                    continue
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._write_faults.remove(fault)
                return fault.kind
        return None

    def clear(self) -> None:
        """Everything off: no latency, failures, rate limit, endpoint faults or lockout.

        ``lockout_s`` and ``token_ttl_s`` keep their values: they are settings, not faults.
        """
        with self._lock:
            self.latency_ms = 0
            self.fail_rate = 0.0
            self.rate_limit = 0
            self.repeat_pages = False
            self._endpoint_faults.clear()
            self._write_faults.clear()
            self._tokens_expired_at = float("-inf")
        self.limiter.lift()

    def expire_tokens(self) -> None:
        """Every token handed out so far answers 401 "Token sudah expired" from now on."""
        self._tokens_expired_at = time.monotonic()

    def token_expired(self, issued_at: float, now: float) -> bool:
        return issued_at <= self._tokens_expired_at or now - issued_at >= self.token_ttl_s


class RateLimiter:
    """N requests per second per credential; past that, the credential is locked out."""

    def __init__(self, faults: Faults) -> None:
        self._faults = faults
        self._recent: dict[str, deque[float]] = {}
        self._locked_until: dict[str, float] = {}

    def admit(self, credential: str, now: float) -> bool:
        """Count one request of ``credential``; False when it must be answered 429."""
        until = self._locked_until.get(credential)
        if until is not None:
            if now < until:
                return False
            del self._locked_until[credential]
        limit = self._faults.rate_limit
        if limit <= 0:
            return True
        recent = self._recent.setdefault(credential, deque())
        recent.append(now)
        while recent and recent[0] <= now - 1.0:
            recent.popleft()
        if len(recent) > limit:
            self._locked_until[credential] = now + self._faults.lockout_s
            recent.clear()
            return False
        return True

    def remaining_s(self, credential: str, now: float) -> float:
        """How long the lock of ``credential`` has left (0.0 when it is not locked)."""
        until = self._locked_until.get(credential)
        return max(0.0, until - now) if until is not None else 0.0

    def locked(self, credential: str, now: float | None = None) -> bool:
        until = self._locked_until.get(credential)
        return until is not None and (now if now is not None else time.monotonic()) < until

    def lift(self) -> None:
        self._locked_until.clear()
        self._recent.clear()
