"""The web-service settings the operator keeps (everything but the password) and their checks.

Validation returns field codes, never sentences: the window and the command line each say it in
the operator's language.
"""

from __future__ import annotations

import ipaddress
import uuid
from dataclasses import dataclass, replace
from enum import StrEnum
from urllib.parse import urlsplit


class UrlChoice(StrEnum):
    """Which SISTER service the program talks to; ``CUSTOM`` takes the URL the operator typed."""

    PRODUCTION = "production"
    SANDBOX = "sandbox"
    KEMDIKBUD = "kemdikbud"
    CUSTOM = "custom"


PRESET_URLS: dict[UrlChoice, str] = {
    UrlChoice.PRODUCTION: "https://sister-api.kemdiktisaintek.go.id/ws.php/1.0",
    UrlChoice.SANDBOX: "https://sister-api.kemdiktisaintek.go.id/ws-sandbox.php/1.0",
    UrlChoice.KEMDIKBUD: "https://sister-api.kemdikbud.go.id/ws.php/1.0",
}

#: Pacing the integrators found safe, and the bounds the settings accept.
DEFAULT_MAX_RPS = 4.0
DEFAULT_MAX_INFLIGHT = 4
MIN_RPS, MAX_RPS = 0.2, 20.0
MIN_INFLIGHT, MAX_INFLIGHT = 1, 16


class SettingsField(StrEnum):
    URL = "url"
    ID_PENGGUNA = "id_pengguna"
    USERNAME = "username"
    PASSWORD = "password"
    PROXY = "proxy"
    MAX_RPS = "max_rps"
    MAX_INFLIGHT = "max_inflight"


class ProblemCode(StrEnum):
    REQUIRED = "required"
    BAD_SCHEME = "bad_scheme"  # not http(s)
    NO_HOST = "no_host"
    INSECURE = "insecure"  # plain http to a host that is not this computer
    NOT_UUID = "not_uuid"
    OUT_OF_RANGE = "out_of_range"


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One thing wrong with one field."""

    field: SettingsField
    code: ProblemCode


@dataclass(frozen=True, slots=True)
class WsSettings:
    """Where SISTER is and who we are there. The password lives elsewhere (the OS keyring)."""

    url_choice: UrlChoice = UrlChoice.PRODUCTION
    custom_url: str = ""
    id_pengguna: str = ""
    username: str = ""
    proxy: str = ""
    max_rps: float = DEFAULT_MAX_RPS
    max_inflight: int = DEFAULT_MAX_INFLIGHT
    remember_password: bool = True
    #: Pre-filled for the built-in sandbox of ``--demo``; never saved over the real settings.
    demo: bool = False

    @property
    def url(self) -> str:
        if self.url_choice is UrlChoice.CUSTOM:
            return self.custom_url.strip()
        return PRESET_URLS[self.url_choice]

    def normalised(self) -> WsSettings:
        """Trimmed text; ID Pengguna lower-case as SISTER expects."""
        return replace(
            self,
            custom_url=self.custom_url.strip(),
            id_pengguna=self.id_pengguna.strip().lower(),
            username=self.username.strip(),
            proxy=self.proxy.strip(),
        )


def choice_for_url(url: str) -> UrlChoice:
    """The preset a URL is, or ``CUSTOM``."""
    cleaned = url.strip().rstrip("/")
    for choice, preset in PRESET_URLS.items():
        if preset == cleaned:
            return choice
    return UrlChoice.CUSTOM


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def url_problem(url: str, *, allow_insecure_loopback: bool = True) -> ProblemCode | None:
    """Is this a usable base URL? Plain http is accepted only for this computer (the sandbox)."""
    url = url.strip()
    if not url:
        return ProblemCode.REQUIRED
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        return ProblemCode.BAD_SCHEME
    try:
        host = parts.hostname
    except ValueError:
        host = None
    if not host:
        return ProblemCode.NO_HOST
    if parts.scheme == "http" and not (allow_insecure_loopback and is_loopback_host(host)):
        return ProblemCode.INSECURE
    return None


def proxy_problem(proxy: str) -> ProblemCode | None:
    proxy = proxy.strip()
    if not proxy:
        return None
    parts = urlsplit(proxy)
    if parts.scheme not in {"http", "https", "socks5", "socks5h"}:
        return ProblemCode.BAD_SCHEME
    if not parts.hostname:
        return ProblemCode.NO_HOST
    return None


def is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text.strip())
    except ValueError:
        return False
    return len(text.strip()) == 36


def validate(settings: WsSettings, password: str | None = None) -> list[FieldProblem]:
    """Every problem, in form order. ``password=None`` means "not being checked here"."""
    s = settings.normalised()
    problems: list[FieldProblem] = []

    def add(field: SettingsField, code: ProblemCode | None) -> None:
        if code is not None:
            problems.append(FieldProblem(field, code))

    add(SettingsField.URL, url_problem(s.url))
    if not s.id_pengguna:
        add(SettingsField.ID_PENGGUNA, ProblemCode.REQUIRED)
    elif not is_uuid(s.id_pengguna):
        add(SettingsField.ID_PENGGUNA, ProblemCode.NOT_UUID)
    if not s.username:
        add(SettingsField.USERNAME, ProblemCode.REQUIRED)
    if password is not None and not password:
        add(SettingsField.PASSWORD, ProblemCode.REQUIRED)
    add(SettingsField.PROXY, proxy_problem(s.proxy))
    if not MIN_RPS <= s.max_rps <= MAX_RPS:
        add(SettingsField.MAX_RPS, ProblemCode.OUT_OF_RANGE)
    if not MIN_INFLIGHT <= s.max_inflight <= MAX_INFLIGHT:
        add(SettingsField.MAX_INFLIGHT, ProblemCode.OUT_OF_RANGE)
    return problems
