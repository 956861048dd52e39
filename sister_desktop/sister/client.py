"""Transport to the SISTER web service: one httpx client, login and re-login, pacing, retries.

Everything above this module asks for JSON by path and gets either data or a ``SisterError``
with a code the operator's screen can explain.

Tokens: a request reads the token when the pacer lets it go on the wire, never before it waits.
A login runs once for everybody (single flight), ahead of every waiting request, and while it
runs nothing that needs a token is sent. The first 401 of a token ends that token for every
later request (only those already on the wire can still be refused with it); "credentials
rejected" is said only when ``/authorize`` itself refuses them. The service does not promise a
token's lifetime, so the one it shows (login to first 401) also decides when to renew.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import logging
import random
import re
import ssl
import sys
import time
from collections import deque
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import truststore

from sister_desktop.domain.outside_text import TooDeepError, load_json
from sister_desktop.sister.errors import (
    BadResponse,
    CredentialError,
    NotFoundError,
    ProxyUnreachableError,
    RateLimitedError,
    RequestRejectedError,
    ServerError,
    ServiceTimeoutError,
    SisterError,
    TlsError,
    TokenRefusedError,
    UnreachableError,
    WriteUncertainError,
    WrongUrlError,
)
from sister_desktop.sister.pacing import Pacer, PauseState, Priority

log = logging.getLogger(__name__)


def _fail_absent_imports_at_once(*names: str) -> None:
    """Make ``import NAME`` of an absent module fail without searching the disk again.

    httpcore asks ``import sniffio`` each time it takes a connection from its pool (2-3 times a
    request), only to learn whether it runs under trio; anyio no longer brings sniffio, and a
    failed import is not remembered, so each ask searched every path entry again: a tenth of
    the client's CPU in an unchanged sync. ``None`` in ``sys.modules`` is Python's own "not
    importable" mark; httpcore then assumes asyncio, which it is. A module that is there is
    left alone.
    """
    for name in names:
        if name not in sys.modules and importlib.util.find_spec(name) is None:
            sys.modules[name] = None  # type: ignore[assignment]


_fail_absent_imports_at_once("sniffio")

TRANSIENT_STATUSES = frozenset({502, 503, 504})
REJECTED_STATUSES = frozenset({400, 403, 405, 409})
BODY_SAMPLE_BYTES = 200
#: A lifetime the service showed is believed once two expiries agree this closely (a fraction
#: of the longer one, plus a little for the spacing of requests): one token revoked early
#: (say, by a login elsewhere) must not make every later token renew at that age.
LIFETIME_AGREEMENT = 0.25
LIFETIME_AGREEMENT_S = 0.5
#: Shorter "lifetimes" are not believed at all (a revoked token, not a short-lived service).
MIN_OBSERVED_LIFETIME_S = 0.5
#: With a lifetime the service showed, renew this fraction of it early (or the configured
#: margin, if smaller): enough for a request sent just before to arrive in time.
OBSERVED_RENEW_FRACTION = 0.15
#: A path segment that is a record's id (SISTER's are UUIDs or long hexadecimal strings).
_ID_SEGMENT = re.compile(r"^[0-9A-Fa-f-]{16,}$")
#: A bearer token as an Authorization header can carry it (RFC 6750's b64token, and the
#: other visible ASCII characters some services use): no space, line break or NUL.
_TOKEN = re.compile(r"[\x21-\x7e]{1,4096}")


def endpoint_of(path: str) -> str:
    """``/data_pribadi/profil/{id}`` for ``/data_pribadi/profil/0a1b...``: one name for an
    endpoint whatever record it is asked for."""
    return "/".join("{id}" if _ID_SEGMENT.match(part) else part for part in path.split("/"))


@dataclass(frozen=True)
class Credentials:
    """Where SISTER is and the three login fields. The password is never shown in a repr."""

    base_url: str
    id_pengguna: str
    username: str
    password: str = field(repr=False)


@dataclass(frozen=True)
class ClientOptions:
    """Limits and timings; the defaults are the polite figures integrators settled on."""

    max_rps: float = 4.0
    max_inflight: int = 4
    proxy: str | None = None
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0
    write_timeout_s: float = 30.0
    pool_timeout_s: float = 120.0
    #: Resends after a transient failure (connection, timeout, 502/503/504, unreadable body).
    retries: int = 4
    retry_base_s: float = 1.0
    retry_max_s: float = 30.0
    #: The first pause of a lockout while none has been seen to lift yet (the live service's
    #: lasts about 15 minutes); a longer one seen, or SISTER's ``Retry-After``, replaces it.
    lockout_initial_s: float = 900.0
    #: The longest first pause, whatever ``Retry-After`` says.
    lockout_max_s: float = 3600.0
    #: How many 429 pauses one request sits out before giving up with ``RateLimitedError``.
    #: ``None`` waits as long as it takes (a sync); 0 gives up at once (Cek Service).
    rate_limit_waits: int | None = None
    token_lifetime_s: float = 3600.0
    #: Log in again this long before the token would expire.
    token_renew_margin_s: float = 300.0
    #: Further logins for a data call whose 401 persists with fresh tokens, before it fails
    #: with ``TokenRefusedError`` (back-off between them as for retries). None further on an
    #: endpoint whose previous call failed so: one fresh token tells an expiry from a refusal.
    token_refused_retries: int = 2
    user_agent: str = "SISTER-Desktop"
    #: The whole request, body included: the read timeout is per chunk, so a server sending
    #: a byte every few seconds would otherwise keep a request (and Cek Service) forever.
    request_deadline_s: float = 120.0
    #: The largest (decoded) answer read; the biggest real one, the SDM list of a large
    #: university, is a few MB. An endless answer is cut here instead of filling the memory.
    max_response_bytes: int = 64 * 1024 * 1024


@dataclass
class ClientCounters:
    """What a sync reports: requests sent, resends, 429s seen, and logins after the first."""

    requests: int = 0
    retried: int = 0
    rate_limited: int = 0
    reauth: int = 0
    logins: int = 0
    #: 401 answers to data calls (expired or refused tokens).
    unauthorized: int = 0

    def snapshot(self) -> ClientCounters:
        return replace(self)


def join_url(base_url: str, path: str) -> str:
    """``https://h/ws.php/1.0`` + ``/referensi/sdm`` keeping the version path (``urljoin``
    would drop it)."""
    return base_url.rstrip("/") + "/" + path.lstrip("/")


async def read_bounded(
    http: httpx.AsyncClient, request: httpx.Request, *, max_bytes: int, deadline_s: float
) -> httpx.Response:
    """Send ``request`` and read its body, within ``max_bytes`` (after decompression, so a
    gzip bomb is cut too) and ``deadline_s`` for the whole exchange.

    Over the deadline: ``httpx.ReadTimeout`` (a timeout like any other). Over the size: a
    ``BadResponse`` at once, without resending (the next answer would be as big).
    """
    try:
        async with asyncio.timeout(deadline_s):
            response = await http.send(request, stream=True)
            try:
                body = await _read_body(response, max_bytes)
            finally:
                await response.aclose()
    except TimeoutError as exc:
        raise httpx.ReadTimeout(
            f"no complete answer within {deadline_s:g} s", request=request
        ) from exc
    if body is None:
        raise BadResponse(
            f"answer larger than {max_bytes} bytes from {request.url.path}",
            http_status=response.status_code,
            content_type=response.headers.get("content-type"),
            body_start=b"",
            endpoint=request.url.path,
        )
    # The body is decoded already: the copy must not claim an encoding or another length.
    headers = [
        (k, v)
        for k, v in response.headers.multi_items()
        if k.lower() not in {"content-encoding", "content-length", "transfer-encoding"}
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=request,
        extensions=response.extensions,
    )


async def _read_body(response: httpx.Response, max_bytes: int) -> bytes | None:
    """The decoded body, or ``None`` past ``max_bytes``.

    Past the cap the response is closed *before* the loop is left: httpcore's stream
    generators, dropped while their connection is still open, would try to close it from a
    finaliser, where they cannot wait (qasync installs no async-generator hooks).
    """
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        return None
    chunks: list[bytes] = []
    size = 0
    too_large = False
    async with contextlib.aclosing(response.aiter_bytes()) as stream:  # type: ignore[type-var]
        async for chunk in stream:
            size += len(chunk)
            if size > max_bytes:
                too_large = True
                await response.aclose()
                break
            chunks.append(chunk)
    return None if too_large else b"".join(chunks)


def _ssl_failure(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError):
            return True
        current = current.__cause__ or current.__context__
    text = str(exc)
    return "CERTIFICATE_VERIFY_FAILED" in text or "SSL:" in text


def _transport_failure(
    exc: httpx.TransportError, path: str, *, proxy: str | None = None
) -> SisterError:
    """No HTTP answer: which of proxy, timeout, TLS or unreachable it was.

    Through a proxy the connection is made to the proxy, so failing to connect at all (or a
    tunnel it refuses) is the proxy's failure, not SISTER's.
    """
    if isinstance(exc, httpx.ProxyError) or (
        proxy and isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)
    ):
        where = f"proxy {proxy}" if proxy else "proxy"
        return ProxyUnreachableError(f"{where}: {type(exc).__name__}: {exc}", endpoint=path)
    if isinstance(exc, httpx.TimeoutException):
        return ServiceTimeoutError(f"{type(exc).__name__} on {path}", endpoint=path)
    if _ssl_failure(exc):
        return TlsError(str(exc), endpoint=path)
    return UnreachableError(f"{type(exc).__name__}: {exc}", endpoint=path)


def _surely_not_sent(exc: httpx.TransportError) -> bool:
    """The request never left: no connection was made (refused, no route, the pool full)."""
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def _gateway_refusal(response: httpx.Response) -> bool:
    """The gateway's own 503 (plain text, before SISTER saw the request): SISTER's answers
    are JSON, so a 503 that is not JSON never reached it."""
    if response.status_code != 503:
        return False
    content_type = response.headers.get("content-type", "")
    return "json" not in content_type.lower()


@dataclass(frozen=True)
class WriteAnswer:
    """What SISTER answered a write: 200 with the record (or ``{"id"}``), 204 without."""

    status: int
    data: Any


@dataclass(frozen=True)
class Multipart:
    """A multipart/form-data body: text fields and at most one file (name, bytes, type)."""

    fields: dict[str, str]
    file: tuple[str, bytes, str] | None = None

    def httpx_files(self) -> dict[str, tuple[str, bytes, str]] | None:
        return {"file": self.file} if self.file is not None else None


def retry_after_s(response: httpx.Response) -> float | None:
    """How long a 429 asks us to wait (``Retry-After``: seconds or an HTTP date), if it says."""
    raw = response.headers.get("retry-after", "").strip()
    if not raw:
        return None
    if raw.isdigit():
        return float(raw)
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _error_fields(response: httpx.Response) -> tuple[str | None, str | None]:
    """SISTER's ``{"message", "detail"}``, when the body has them."""
    try:
        data, _replaced = load_json(response.content)
    except ValueError:
        return None, None
    if not isinstance(data, dict):
        return None, None
    message = data.get("message")
    detail = data.get("detail")
    return (
        message if isinstance(message, str) else None,
        detail if isinstance(detail, str) else None,
    )


def _bad_response(response: httpx.Response, path: str, why: str) -> BadResponse:
    return BadResponse(
        f"{why} from {path}",
        http_status=response.status_code,
        content_type=response.headers.get("content-type"),
        body_start=response.content[:BODY_SAMPLE_BYTES],
        endpoint=path,
    )


def _looks_like_html(response: httpx.Response) -> bool:
    content_type = response.headers.get("content-type", "").lower()
    start = response.content[:200].lstrip().lower()
    return "html" in content_type or start.startswith((b"<!doctype", b"<html"))


class SisterClient:
    """One per program run (or per Cek Service): build it inside the running loop, ``aclose``
    it on shutdown. Safe to use from many tasks at once."""

    def __init__(
        self,
        credentials: Credentials,
        options: ClientOptions | None = None,
    ) -> None:
        asyncio.get_running_loop()  # the httpx client belongs to the loop that runs it
        self.credentials = credentials
        self.options = options or ClientOptions()
        self.counters = ClientCounters()
        self.role: str | None = None
        #: The server's ``Date`` header of the latest answer and our clock at that moment.
        self.server_date: datetime | None = None
        self.local_date: datetime | None = None
        self._pacer = self._new_pacer(self.options)
        self._http = self._new_http(self.options)
        self._pacer.gate = self._may_send
        self._token: str | None = None
        #: When the login that got ``_token`` was sent (the token is no older than that).
        self._token_at = 0.0
        #: Whether a request has carried ``_token`` yet.
        self._token_used = False
        self._login_task: asyncio.Task[None] | None = None
        #: Token ages at their first 401, confirmed as expiries; the lifetime once they agree.
        self._expiries: deque[float] = deque(maxlen=2)
        self._observed_lifetime: float | None = None
        #: Endpoints whose latest call ended in ``TokenRefusedError``: the next 401 there is
        #: tried with one fresh token only (enough to rule out an expiry), not the full count.
        self._refusing: set[str] = set()
        self._closed = False

    # -- lifecycle ---------------------------------------------------------------------------

    @staticmethod
    def _new_pacer(options: ClientOptions) -> Pacer:
        return Pacer(
            options.max_rps,
            options.max_inflight,
            lockout_initial_s=options.lockout_initial_s,
            lockout_max_s=options.lockout_max_s,
        )

    @staticmethod
    def _new_http(options: ClientOptions) -> httpx.AsyncClient:
        # The OS trust store, so a campus proxy that inspects TLS with its own (installed) root
        # certificate works without ever switching verification off.
        context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        return httpx.AsyncClient(
            timeout=httpx.Timeout(
                connect=options.connect_timeout_s,
                read=options.read_timeout_s,
                write=options.write_timeout_s,
                pool=options.pool_timeout_s,
            ),
            limits=httpx.Limits(
                max_connections=options.max_inflight + 2,
                max_keepalive_connections=options.max_inflight,
                keepalive_expiry=30.0,
            ),
            verify=context,
            proxy=options.proxy or None,
            trust_env=not options.proxy,  # HTTPS_PROXY etc. when Settings name none
            follow_redirects=False,
            headers={"User-Agent": options.user_agent, "Accept": "application/json"},
        )

    async def reconfigure(self, credentials: Credentials, options: ClientOptions) -> None:
        """New settings: drop the token; rebuild the connection pool only if transport changed."""
        old = self.options
        self.credentials = credentials
        self.options = options
        self._token = None
        self.role = None
        self._expiries.clear()
        self._observed_lifetime = None
        self._refusing.clear()  # another account may have another role
        if self._login_task is not None:
            self._login_task.cancel()  # a login with the old settings; waiters start anew
        self._pacer.set_limits(options.max_rps, options.max_inflight)
        transport_fields = (
            "proxy",
            "connect_timeout_s",
            "read_timeout_s",
            "write_timeout_s",
            "pool_timeout_s",
            "max_inflight",
        )
        if any(getattr(old, name) != getattr(options, name) for name in transport_fields):
            previous = self._http
            self._http = self._new_http(options)
            await previous.aclose()

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._login_task is not None:
            self._login_task.cancel()
        self._pacer.close()
        await self._http.aclose()

    async def __aenter__(self) -> SisterClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    # -- observation -------------------------------------------------------------------------

    @property
    def pacer(self) -> Pacer:
        return self._pacer

    @property
    def pause_state(self) -> PauseState:
        return self._pacer.state

    @property
    def observed_token_lifetime_s(self) -> float | None:
        """The token lifetime the service showed (two agreeing expiries), if it did."""
        return self._observed_lifetime

    def clock_skew_s(self) -> float | None:
        """Server clock minus ours, in seconds, from the latest ``Date`` header."""
        if self.server_date is None or self.local_date is None:
            return None
        # The header has whole seconds (truncated): add half a second to centre the estimate.
        return (self.server_date - self.local_date).total_seconds() + 0.5

    async def probe(self) -> int:
        """One unauthenticated ``GET`` of the base URL: any HTTP answer proves reachability
        (through proxy and TLS). Returns the status; raises unreachable/timeout/TLS errors."""
        try:
            response, _episode, _token, _sent = await self._send(
                "GET", "", None, None, authenticated=False, priority=Priority.LOGIN
            )
        except httpx.TransportError as exc:
            raise _transport_failure(exc, "/", proxy=self.options.proxy) from exc
        return response.status_code

    # -- authentication ----------------------------------------------------------------------

    async def login(self) -> str | None:
        """Log in now (Cek Service does this explicitly); returns the role SISTER reports.

        Joins a login already under way instead of starting a second one.
        """
        await asyncio.shield(self._start_login())
        return self.role

    def _token_fresh(self) -> bool:
        if self._token is None:
            return False
        life = self.options.token_lifetime_s
        margin = self.options.token_renew_margin_s
        observed = self._observed_lifetime
        if observed is not None and observed < life:
            life = observed
            margin = min(margin, observed * OBSERVED_RENEW_FRACTION)
        age = time.monotonic() - self._token_at
        # A token nobody has used yet serves until its end: were it due for renewal on
        # arrival (a slow answer, a short life), logging in again would only repeat that.
        return age < life - margin or (not self._token_used and age < life)

    def _may_send(self) -> bool:
        """The pacer's gate: may a request that needs a token go now?

        No while a login runs. No when the token is missing or due for renewal; then the login
        starts here, at the moment a request would need it (an idle program never logs in).
        """
        if self._login_task is not None:
            return False
        if self._token_fresh():
            return True
        self._start_login()
        return False

    def _start_login(self) -> asyncio.Task[None]:
        """The login under way, or a new one (single flight: at most one at a time)."""
        if self._login_task is None:
            task = asyncio.get_running_loop().create_task(self._login_once())
            task.add_done_callback(self._login_done)
            self._login_task = task
        return self._login_task

    def _login_done(self, task: asyncio.Task[None]) -> None:
        if self._login_task is task:
            self._login_task = None
        error = None if task.cancelled() else task.exception()
        if error is not None:
            # Every request waiting for this login fails with its reason, at once: a refused
            # password is not tried again by each of them in turn.
            self._pacer.fail_waiting(error)
        self._pacer.wake()

    def _token_refused(self, token: str, sent_at: float) -> float | None:
        """A 401 for a request sent with ``token`` at ``sent_at``.

        The first 401 of the current token ends it: no request is sent with that token again
        (the next one to go starts the login). Returns the token's age at the refused request
        then, None when the token had been given up already (this request was on the wire
        meanwhile).
        """
        if token != self._token:
            return None
        age = sent_at - self._token_at
        self._token = None
        log.info("SISTER refused the token after %.1f s (expired?); logging in again", age)
        return age

    def _expiry_confirmed(self, age: float) -> None:
        """A token refused at ``age`` was an expiry (its request then passed with a new one)."""
        if age < MIN_OBSERVED_LIFETIME_S:
            return
        self._expiries.append(age)
        if len(self._expiries) < 2:
            return
        shorter, longer = sorted(self._expiries)
        if longer - shorter <= longer * LIFETIME_AGREEMENT + LIFETIME_AGREEMENT_S:
            if self._observed_lifetime != shorter:
                log.info("SISTER tokens last about %.1f s; renewing before that", shorter)
            self._observed_lifetime = shorter

    async def _login_once(self) -> None:
        creds = self.credentials
        body = {
            "username": creds.username,
            "password": creds.password,
            "id_pengguna": creds.id_pengguna,
        }
        data, sent_at = await self._request_timed(
            "POST", "/authorize", json_body=body, authenticated=False, priority=Priority.LOGIN
        )
        token = data.get("token") if isinstance(data, dict) else None
        if not isinstance(token, str) or _TOKEN.fullmatch(token.strip()) is None:
            # No token, or one no Authorization header can carry (a line break, a NUL): the
            # service answered, but unusably; sending it would fail as if nobody answered.
            raise BadResponse(
                "login answer without a usable token",
                http_status=200,
                content_type="application/json",
                body_start=b"(token withheld)" if isinstance(data, dict) else b"",
                endpoint="/authorize",
            )
        self._token = token.strip()
        self._token_at = sent_at
        self._token_used = False
        role = data.get("role")
        self.role = role.strip() if isinstance(role, str) and role.strip() else None
        self.counters.logins += 1
        if self.counters.logins > 1:
            self.counters.reauth += 1
        log.info("Logged in to SISTER as %s (role %s)", creds.username, self.role)

    # -- requests ----------------------------------------------------------------------------

    async def get_json(self, path: str, params: dict[str, str] | None = None) -> Any:
        """``GET`` an endpoint with the bearer token; the parsed JSON (``None`` for 204)."""
        data, _sent_at = await self._request_timed("GET", path, params=params, authenticated=True)
        return data

    async def get_bytes(
        self, path: str, params: dict[str, str] | None = None
    ) -> tuple[bytes, str | None]:
        """``GET`` a file (a photo): the body as it came and its media type. Paced, bounded,
        retried and re-logged in like every JSON call; an empty body is ``b""``."""
        answer, _sent_at = await self._request_timed(
            "GET", path, params=params, authenticated=True, raw=True
        )
        body, media_type = answer
        return body, media_type

    async def write_json(self, method: str, path: str, body: Any) -> WriteAnswer:
        """``POST``/``PUT``/``DELETE`` a JSON body (``None``: no body): paced and re-logged in
        like every call, resent only when it surely did not reach SISTER."""
        answer, _sent_at = await self._request_timed(
            method, path, json_body=body, authenticated=True, write=True
        )
        return answer  # type: ignore[no-any-return]

    async def write_multipart(self, path: str, body: Multipart) -> WriteAnswer:
        """``POST`` a multipart body (a document, a photo), with the rules of ``write_json``."""
        answer, _sent_at = await self._request_timed(
            "POST", path, authenticated=True, write=True, multipart=body
        )
        return answer  # type: ignore[no-any-return]

    async def _send(
        self,
        method: str,
        path: str,
        params: dict[str, str] | None,
        json_body: Any,
        *,
        authenticated: bool,
        priority: Priority,
        multipart: Multipart | None = None,
    ) -> tuple[httpx.Response, int, str | None, float]:
        """One request on the wire: the answer, its pause episode, the token it carried and
        when it was sent. The token is read after the pacer's turn, not before."""
        if self._closed:
            raise RuntimeError("SisterClient is closed")
        url = join_url(self.credentials.base_url, path)
        async with self._pacer.slot(priority) as episode:
            token = self._token if authenticated else None
            if authenticated and token is None:  # the gate lets nobody through without one
                raise RuntimeError("no token at the moment of sending")
            headers = {"Authorization": f"Bearer {token}"} if token else None
            if token:
                self._token_used = True
            self.counters.requests += 1
            sent_at = time.monotonic()
            if multipart is not None:
                request = self._http.build_request(
                    method,
                    url,
                    params=params,
                    data=multipart.fields,
                    files=multipart.httpx_files(),
                    headers=headers,
                )
            else:
                request = self._http.build_request(
                    method, url, params=params, json=json_body, headers=headers
                )
            response = await read_bounded(
                self._http,
                request,
                max_bytes=self.options.max_response_bytes,
                deadline_s=self.options.request_deadline_s,
            )
        self._note_date(response)
        return response, episode, token, sent_at

    def _note_date(self, response: httpx.Response) -> None:
        raw = response.headers.get("date")
        if not raw:
            return
        try:
            server = parsedate_to_datetime(raw)
        except (TypeError, ValueError):
            return
        if server.tzinfo is None:
            server = server.replace(tzinfo=UTC)
        self.server_date = server
        self.local_date = datetime.now(UTC)

    def _retry_delay(self, attempt: int) -> float:
        """Exponential with full jitter so many clients (or tasks) do not resend in step."""
        ceiling = min(self.options.retry_max_s, self.options.retry_base_s * 2 ** (attempt - 1))
        return random.uniform(ceiling / 2, ceiling)

    async def _request_timed(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        json_body: Any = None,
        authenticated: bool,
        priority: Priority = Priority.NORMAL,
        raw: bool = False,
        write: bool = False,
        multipart: Multipart | None = None,
    ) -> tuple[Any, float]:
        """The parsed answer and when the request that got it was sent; with ``raw``, the
        body's bytes and media type instead of parsed JSON; with ``write``, a ``WriteAnswer``.

        A ``write`` is resent only after failures that certainly did not reach SISTER (no
        connection, 429, the gateway's own 503, a 401 before a login); any other failure
        after the request left is a ``WriteUncertainError``, never a resend."""
        failures = 0
        rate_waits = 0
        #: 401s of this call; each after the first came with a token fresh from a login.
        refusals = 0
        #: The age of the token this call's first 401 ended: an expiry if the resend passes.
        expired_at_age: float | None = None
        is_login = not authenticated
        while True:
            failure: SisterError
            try:
                response, episode, token, sent_at = await self._send(
                    method,
                    path,
                    params,
                    json_body,
                    authenticated=authenticated,
                    priority=priority,
                    multipart=multipart,
                )
            except httpx.TransportError as exc:
                failure = _transport_failure(exc, path, proxy=self.options.proxy)
                if isinstance(failure, TlsError):
                    raise failure from exc  # a certificate problem does not heal by resending
                if write and not _surely_not_sent(exc):
                    raise WriteUncertainError(
                        f"{type(exc).__name__} on {method} {path}", endpoint=path
                    ) from exc
            else:
                status = response.status_code
                if status == 429:
                    self.counters.rate_limited += 1
                    self._pacer.rate_limited(episode, retry_after_s(response), sent_at=sent_at)
                    limit = self.options.rate_limit_waits
                    if limit is not None and rate_waits >= limit:
                        message, detail = _error_fields(response)
                        raise RateLimitedError(
                            f"rate limited on {path}",
                            http_status=429,
                            message=message,
                            detail=detail,
                            endpoint=path,
                            resume_at=self._pacer.state.resume_at,
                        )
                    rate_waits += 1
                    log.warning(
                        "SISTER answered 429; every request pauses until %s",
                        self._pacer.state.resume_at,
                    )
                    continue
                self._pacer.succeeded(episode)
                if status == 401 and authenticated and token is not None:
                    self.counters.unauthorized += 1
                    refusals += 1
                    age = self._token_refused(token, sent_at)
                    # Resent after the login, ahead of the requests that have not been sent.
                    priority = Priority.RESEND
                    if refusals == 1:
                        expired_at_age = age
                        continue
                    expired_at_age = None  # refused with a fresh token too: not an expiry
                    endpoint = endpoint_of(path)
                    tries = 0 if endpoint in self._refusing else self.options.token_refused_retries
                    if refusals > 1 + tries:
                        self._refusing.add(endpoint)
                        message, detail = _error_fields(response)
                        raise TokenRefusedError(
                            f"401 on {path} with {refusals - 1} fresh token(s)",
                            http_status=401,
                            message=message,
                            detail=detail,
                            endpoint=path,
                        )
                    delay = self._retry_delay(refusals - 1)
                    log.info("%s refused a fresh token; logging in again in %.1f s", path, delay)
                    await asyncio.sleep(delay)
                    continue
                if 200 <= status < 300:
                    if expired_at_age is not None:
                        self._expiry_confirmed(expired_at_age)
                    if authenticated and self._refusing:
                        self._refusing.discard(endpoint_of(path))
                    if raw:
                        media_type = response.headers.get("content-type")
                        return (response.content, media_type), sent_at
                    if status == 204 or not response.content:
                        return (WriteAnswer(status, None) if write else None), sent_at
                    try:
                        parsed = load_json(response.content)[0]
                    except TooDeepError:
                        if write:  # applied, but its answer cannot be read
                            raise WriteUncertainError(
                                f"answer nested too deep to {method} {path}",
                                http_status=status,
                                endpoint=path,
                            ) from None
                        raise _bad_response(response, path, "JSON nested too deep") from None
                    except ValueError:
                        if write:  # applied, but what SISTER made of it is unreadable
                            raise WriteUncertainError(
                                f"unreadable answer to {method} {path}",
                                http_status=status,
                                endpoint=path,
                            ) from None
                        if is_login and _looks_like_html(response):
                            failure = WrongUrlError(
                                "HTML instead of JSON on /authorize",
                                http_status=status,
                                endpoint=path,
                            )
                        else:
                            failure = _bad_response(response, path, "unreadable JSON")
                    else:
                        return (WriteAnswer(status, parsed) if write else parsed), sent_at
                elif write and status >= 500 and not _gateway_refusal(response):
                    message, detail = _error_fields(response)
                    raise WriteUncertainError(
                        f"HTTP {status} on {method} {path}",
                        http_status=status,
                        message=message,
                        detail=detail,
                        endpoint=path,
                    )
                elif status in TRANSIENT_STATUSES:
                    failure = ServerError(
                        f"HTTP {status} on {path}", http_status=status, endpoint=path
                    )
                else:
                    raise self._status_error(response, path, is_login)
            if failures >= self.options.retries:
                raise failure
            failures += 1
            self.counters.retried += 1
            delay = self._retry_delay(failures)
            log.info("Retrying %s %s in %.1f s after %s", method, path, delay, failure.code)
            await asyncio.sleep(delay)

    @staticmethod
    def _status_error(response: httpx.Response, path: str, is_login: bool) -> SisterError:
        status = response.status_code
        message, detail = _error_fields(response)
        kwargs: dict[str, Any] = {
            "http_status": status,
            "message": message,
            "detail": detail,
            "endpoint": path,
        }
        description = f"HTTP {status} on {path}"
        if is_login:
            if status == 401:
                return CredentialError(description, **kwargs)
            if status in {404, 405} or _looks_like_html(response) or 300 <= status < 400:
                return WrongUrlError(description, **kwargs)
        if status == 401:
            return TokenRefusedError(description, **kwargs)
        if status == 404:
            if _looks_like_html(response) or message is None:
                return WrongUrlError(description, **kwargs)
            return NotFoundError(description, **kwargs)
        if status in REJECTED_STATUSES:
            return RequestRejectedError(description, **kwargs)
        if 300 <= status < 400:
            return WrongUrlError(description, **kwargs)
        if status >= 500:
            return ServerError(description, **kwargs)
        return _bad_response(response, path, f"unexpected HTTP {status}")
