"""The ASGI application: the SISTER WS contract over a ``World``, with the live service's faults.

One catch-all route per base path and a small dispatcher: a request costs a few dictionary
lookups, and every status code, body and header is ours to shape exactly as the spec says
(Starlette's own 404/405 answers are plain text, SISTER's are JSON).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import math
import random
import secrets
import time
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from sister_desktop.sandbox.dataset import World
from sister_desktop.sandbox.faults import Faults, endpoint_key
from sister_desktop.sandbox.routes import Binary, Refusal, Router, UnknownPath, templates
from sister_desktop.sandbox.stats import Stats
from sister_desktop.sandbox.write_routes import (
    MethodNotAllowed,
    NotWritable,
    WriteRouter,
    template_of,
)
from sister_desktop.sandbox.writes import BASIC, PRO, Writes

#: Both base paths the Ministry publishes.
PREFIXES = ("/ws.php/1.0", "/ws-sandbox.php/1.0")
ROLE = BASIC
#: The roles a credential can have, by the name ``sandbox --role`` gives them.
ROLES = {"basic": BASIC, "pro": PRO}
_ALL_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
_AUTH_FIELDS = frozenset({"username", "password", "id_pengguna"})
#: What the live gateway answers for a path it does not know (not SISTER's JSON).
_NOT_FOUND_PAGE = (
    b"<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n"
    b"<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)
_MAINTENANCE_PAGE = (
    b'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">'
    b"<title>SISTER - Pemeliharaan Sistem</title></head><body>"
    b"<h1>Mohon maaf, SISTER sedang dalam pemeliharaan</h1>"
    b"<p>Silakan coba beberapa saat lagi.</p></body></html>\n"
)


def known_endpoints() -> frozenset[str]:
    """The endpoint keys (see ``faults.endpoint_key``) this application serves."""
    return frozenset({"/authorize", *(endpoint_key(path) for path in templates())})


@dataclass(frozen=True)
class Credential:
    id_pengguna: str
    username: str
    password: str
    role: str = BASIC


def _json(body: Any, status: int = 200) -> Response:
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    return Response(data, status_code=status, media_type="application/json")


def _error(status: int, message: str, detail: str | None = None) -> Response:
    return _json({"message": message, "detail": detail}, status)


class _Answer(Exception):
    """Raised inside a handler to answer at once (an error, usually)."""

    def __init__(self, response: Response) -> None:
        self.response = response


class SisterApp:
    """Holds the world, the credential, the issued tokens, the faults and the counters."""

    def __init__(
        self,
        world: World,
        credential: Credential,
        faults: Faults,
        stats: Stats,
        others: tuple[Credential, ...] = (),
    ):
        self.world = world
        self.credential = credential
        #: Every credential that may log in (a Basic and a Pro one), by username.
        self.accounts = {c.username: c for c in (credential, *others)}
        self.faults = faults
        self.stats = stats
        self._secret = secrets.token_bytes(32)
        self._tokens: dict[str, tuple[str, float]] = {}
        self._token_numbers: dict[str, int] = {}
        self._random = random.Random(f"sister-sandbox-faults/{world.seed}")
        self.writes = Writes(world)
        self.router = Router(world, self.writes.state)
        self.write_router = WriteRouter(self.writes)
        routes = [
            Route(prefix + "/{path:path}", self.handle, methods=_ALL_METHODS) for prefix in PREFIXES
        ]
        routes += [
            Route("/__sandbox__/writes", self._applied_writes, methods=["GET"]),
            Route("/__sandbox__/ajuan", self._data_pribadi_ajuan, methods=["GET"]),
        ]
        self._starlette = Starlette(routes=routes, exception_handlers={404: self._not_found})

    async def asgi(self, scope: Any, receive: Any, send: Any) -> None:
        """The ASGI entry: Starlette's, with the connection at hand so a write fault can close
        it without an answer (uvicorn's ``send`` is bound to the request's cycle)."""
        transport = getattr(getattr(send, "__self__", None), "transport", None)
        if transport is not None and scope.get("type") == "http":
            scope.setdefault("extensions", {})["sister.transport"] = transport
        await self._starlette(scope, receive, send)

    async def _not_found(self, request: Request, exc: Exception) -> Response:
        return self._unknown_path(request.url.path)

    # --- the pipeline: latency, lockout, gateway failures, auth, dispatch -------------------

    async def handle(self, request: Request) -> Response:
        stats = self.stats
        path = "/" + request.path_params["path"].strip("/")
        stats.requests += 1
        stats.by_path[path] += 1
        # The gateway counts a request when it arrives, before the service takes its time:
        # a server slow to answer must not make evenly sent requests look like a burst.
        arrived = time.monotonic()
        faults = self.faults
        if faults.latency_ms > 0:
            await asyncio.sleep(faults.latency_ms / 1000)
        try:
            response = await self._answer(request, path, arrived)
        except _Answer as answer:
            response = answer.response
        if response.status_code == 429:
            stats.rate_limited += 1
        stats.by_status[response.status_code] += 1
        return response

    async def _answer(self, request: Request, path: str, arrived: float) -> Response:
        now = time.monotonic()
        faults = self.faults
        body: Any = None
        if path == "/authorize":
            self.stats.authorize_calls += 1
            body = await self._auth_body(request)
            who = body.get("username") if isinstance(body, dict) else None
        else:
            who = self._token_owner(request)
        # The live gateway blocks the whole credential and says nothing about when.
        is_ours = isinstance(who, str) and who in self.accounts
        if is_ours and not faults.limiter.admit(str(who), arrived):
            refused = _error(429, "Too Many Requests")
            if faults.retry_after:
                left = faults.limiter.remaining_s(str(who), arrived)
                refused.headers["Retry-After"] = str(math.ceil(left))
            return refused
        if faults.fail_rate > 0 and self._random.random() < faults.fail_rate:
            return Response(b"503 Service Temporarily Unavailable", 503, media_type="text/plain")
        if path == "/authorize":
            return self._authorize(request, body)
        self._check_token(request, now)
        if request.method not in ("GET", "HEAD"):
            return await self._write(request, path)
        return self._dispatch(request, path)

    async def _write(self, request: Request, path: str) -> Response:
        """A POST, PUT or DELETE: applied (or filed as an ajuan) by ``writes``, then met by
        the write faults switched on (``Faults.fail_writes``)."""
        template = template_of(path)
        if self.faults.write_fault(template, applied=False) == "503":
            return Response(b"503 Service Temporarily Unavailable", 503, media_type="text/plain")
        raw = await request.body()
        owner = self._token_owner(request)
        role = self.accounts[owner].role if owner in self.accounts else ROLE
        content_type = request.headers.get("content-type", "")
        before = self.writes.count()
        try:
            outcome = self.write_router.handle(request.method, path, content_type, raw, role)
        except NotWritable:
            return self._dispatch(request, path)
        except MethodNotAllowed as refused:
            response = _error(405, "Method tidak diizinkan", refused.detail)
            response.headers["Allow"] = refused.allowed
            return response
        except Refusal as refusal:
            return _error(refusal.status, refusal.message, refusal.detail)
        if outcome.body is None:
            response = Response(status_code=outcome.status)
        else:
            response = _json(outcome.body, outcome.status)
        kind = self.faults.write_fault(template, applied=True)
        if kind is None:
            return response
        self.writes.annotate_since(before, fault=kind)
        if kind == "500":
            return _error(500, "Gagal menyimpan ke database", "Koneksi ke database terputus")
        if kind == "slow":
            await asyncio.sleep(self.faults.write_delay_s)
            return response
        transport = request.scope.get("extensions", {}).get("sister.transport")
        if transport is not None:
            transport.close()  # applied, and the answer never leaves
            await asyncio.sleep(0)
        return response

    async def _applied_writes(self, request: Request) -> Response:
        """The sandbox's own test API: every write applied so far, oldest first."""
        return _json(self.writes.applied())

    async def _data_pribadi_ajuan(self, request: Request) -> Response:
        """The ajuan a Basic credential's data_pribadi PUTs filed (the spec has no GET)."""
        rows = self.writes.state.ajuan_data_pribadi
        id_sdm = request.query_params.get("id_sdm")
        return _json([r for r in rows if id_sdm is None or r["id_sdm"] == id_sdm])

    async def _auth_body(self, request: Request) -> Any:
        try:
            return json.loads(await request.body() or b"null")
        except (ValueError, UnicodeDecodeError):
            return None

    def _authorize(self, request: Request, body: Any) -> Response:
        if request.method != "POST":
            return self._method_not_allowed("POST")
        if not isinstance(body, dict):
            return _error(400, "Input data tidak valid", "Body harus berupa objek JSON")
        # Fields beyond the three are ignored, as the live service does (clients send "role").
        missing = sorted(_AUTH_FIELDS - body.keys())
        if missing:
            detail = "Field wajib tidak ada: " + ", ".join(missing)
            return _error(400, "Input data tidak valid", detail)
        if not all(isinstance(body[k], str) for k in _AUTH_FIELDS):
            return _error(400, "Input data tidak valid", "Semua field harus berupa string")
        cred = self.accounts.get(body["username"]) or self.credential
        given = (body["id_pengguna"], body["username"], body["password"])
        if not all(
            hmac.compare_digest(a.encode(), b.encode())
            for a, b in zip(given, (cred.id_pengguna, cred.username, cred.password), strict=True)
        ):
            return _error(401, "Username atau password salah", None)
        return _json({"token": self._issue_token(cred), "role": cred.role})

    def _issue_token(self, credential: Credential) -> str:
        def b64(data: bytes) -> str:
            return base64.urlsafe_b64encode(data).rstrip(b"=").decode()

        header = b64(b'{"alg":"HS256","typ":"JWT"}')
        payload = b64(
            json.dumps(
                {
                    "id_token": secrets.token_hex(16),
                    "id_pengguna": credential.id_pengguna,
                    "iat": int(time.time()),
                }
            ).encode()
        )
        signature = hmac.new(self._secret, f"{header}.{payload}".encode(), hashlib.sha256)
        token = f"{header}.{payload}.{b64(signature.digest())}"
        self._tokens[token] = (credential.username, time.monotonic())
        self._token_numbers[token] = len(self._token_numbers) + 1
        return token

    @staticmethod
    def _bearer(request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        return token.strip()

    def _token_owner(self, request: Request) -> str | None:
        token = self._bearer(request)
        entry = self._tokens.get(token) if token else None
        return entry[0] if entry else None

    def _check_token(self, request: Request, now: float) -> None:
        token = self._bearer(request)
        if token is None:
            raise _Answer(
                _error(
                    401, "Token tidak ditemukan", "Header Authorization: Bearer <token> wajib diisi"
                )
            )
        entry = self._tokens.get(token)
        if entry is None:
            raise _Answer(_error(401, "Token tidak valid", None))
        if self.faults.token_expired(entry[1], now):
            self.stats.expired_by_token[self._token_numbers[token]] += 1
            raise _Answer(_error(401, "Token sudah expired", None))
        self.stats.token_accepted(now, self.faults.token_ttl_s)

    @staticmethod
    def _method_not_allowed(allowed: str) -> Response:
        response = _error(405, "Method tidak diizinkan", f"Endpoint ini hanya menerima {allowed}")
        response.headers["Allow"] = allowed
        return response

    # --- the endpoints ----------------------------------------------------------------------

    def _dispatch(self, request: Request, path: str) -> Response:
        query: Any = request.query_params
        if self.faults.repeat_pages and "page" in query:
            query = {key: value for key, value in query.items() if key != "page"}
        try:
            resolved = self.router.resolve(path, query)
        except UnknownPath:
            raise _Answer(self._unknown_path(path)) from None
        except Refusal as refusal:
            self._require_get(request)
            raise _Answer(_error(refusal.status, refusal.message, refusal.detail)) from None
        return self._serve(request, resolved.key, resolved.id_sdm, resolved.body)

    def _serve(self, request: Request, key: str, id_sdm: str | None, result: Any) -> Response:
        self._require_get(request)
        kind = self.faults.endpoint_fault(key, id_sdm)
        if isinstance(result, Binary):
            if kind is None:
                return Response(result.data, 200, media_type=result.media_type)
            if kind == "truncated":
                return Response(
                    result.data[: len(result.data) // 2], 200, media_type=result.media_type
                )
            result = {}
        if kind is None:
            return _json(result)
        if kind == "500":
            return _error(500, "Gagal mengambil data", "SQLSTATE[HY000]: General error")
        if kind == "html":
            return Response(_MAINTENANCE_PAGE, 200, media_type="text/html")
        if kind == "empty_object":
            return _json({})
        if kind == "401":
            return _error(401, "Unauthorized", "Akses ke endpoint ini tidak diizinkan")
        data = json.dumps(result, ensure_ascii=False).encode()
        return Response(data[: max(1, len(data) // 2)], 200, media_type="application/json")

    def _require_get(self, request: Request) -> None:
        if request.method not in ("GET", "HEAD"):
            raise _Answer(self._method_not_allowed("GET"))

    @staticmethod
    def _unknown_path(path: str) -> Response:
        """Not SISTER's "Data tidak ditemukan": the gateway's page, so "no such endpoint"
        and "no such data" are different answers."""
        return Response(_NOT_FOUND_PAGE, 404, media_type="text/html")
