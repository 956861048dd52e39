"""Load and save the web-service settings: non-secret fields in the local database, the
password in the OS keyring (or in memory for this run), environment overrides on top.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace

from sister_desktop.config import WsOverrides
from sister_desktop.domain.freshness import Freshness, format_freshness, parse_freshness
from sister_desktop.domain.sister_groups import (
    DEFAULT_GROUPS,
    DEFAULT_SEMESTERS,
    SyncScope,
    format_groups,
    parse_groups,
)
from sister_desktop.domain.ws_settings import (
    DEFAULT_MAX_INFLIGHT,
    DEFAULT_MAX_RPS,
    FieldProblem,
    UrlChoice,
    WsSettings,
    choice_for_url,
    validate,
)
from sister_desktop.store.secrets import SecretStore, account_key
from sister_desktop.store.settings_repository import SettingsRepository

log = logging.getLogger(__name__)

PREFIX = "ws."
#: The Panduan's step 2, ticked by the operator.
SISTER_SYNC_DONE_KEY = "panduan.sister_sync_done"
KEYS = (
    "url_choice",
    "custom_url",
    "id_pengguna",
    "username",
    "proxy",
    "max_rps",
    "max_inflight",
    "remember_password",
)

#: Where the Pengaturan's choice of what a sync pulls is kept.
SYNC_GROUPS_KEY = "sync.groups"
SYNC_SEMESTERS_KEY = "sync.semesters"
#: How old each group's data may get before a scheduled run asks it again.
SYNC_FRESHNESS_KEY = "sync.freshness"
#: More recent semesters than this is a typo, not a wish (six years of teaching).
MAX_SEMESTERS = 12


@dataclass(frozen=True)
class DemoCredentials:
    """The built-in sandbox's address and login, used instead of saved settings in demo mode."""

    url: str
    id_pengguna: str
    username: str
    password: str = field(repr=False)


def _to_values(settings: WsSettings) -> dict[str, str | None]:
    return {
        PREFIX + "url_choice": settings.url_choice.value,
        PREFIX + "custom_url": settings.custom_url,
        PREFIX + "id_pengguna": settings.id_pengguna,
        PREFIX + "username": settings.username,
        PREFIX + "proxy": settings.proxy,
        PREFIX + "max_rps": repr(float(settings.max_rps)),
        PREFIX + "max_inflight": str(int(settings.max_inflight)),
        PREFIX + "remember_password": "1" if settings.remember_password else "0",
    }


def _number(raw: str | None, kind: type[float] | type[int], default: float) -> float:
    try:
        return kind(raw) if raw is not None else default
    except ValueError:
        return default


def _from_values(values: dict[str, str]) -> WsSettings:
    def get(name: str) -> str | None:
        return values.get(PREFIX + name)

    try:
        choice = UrlChoice(get("url_choice") or UrlChoice.PRODUCTION.value)
    except ValueError:
        choice = UrlChoice.PRODUCTION
    return WsSettings(
        url_choice=choice,
        custom_url=get("custom_url") or "",
        id_pengguna=get("id_pengguna") or "",
        username=get("username") or "",
        proxy=get("proxy") or "",
        max_rps=float(_number(get("max_rps"), float, DEFAULT_MAX_RPS)),
        max_inflight=int(_number(get("max_inflight"), int, DEFAULT_MAX_INFLIGHT)),
        remember_password=(get("remember_password") or "1") == "1",
    )


class SettingsService:
    """The one place that knows where each part of the WS settings lives."""

    def __init__(
        self,
        repository: SettingsRepository,
        secrets: SecretStore,
        *,
        overrides: WsOverrides | None = None,
        demo: DemoCredentials | None = None,
    ) -> None:
        self._repository = repository
        self._secrets = secrets
        self._overrides = overrides or WsOverrides()
        self._demo = demo

    @property
    def keyring_available(self) -> bool:
        return self._secrets.available

    @property
    def demo(self) -> bool:
        return self._demo is not None

    async def saved(self) -> bool:
        """Has the operator (or demo mode) ever saved settings?"""
        if self._demo is not None:
            return True
        values = await self._repository.get_all()
        return bool(values.get(PREFIX + "username"))

    async def load(self) -> WsSettings:
        """What the form shows: saved values, or the sandbox's in demo mode."""
        if self._demo is not None:
            values = await self._repository.get_all()
            stored = _from_values(values)
            return replace(
                stored,
                url_choice=UrlChoice.CUSTOM,
                custom_url=self._demo.url,
                id_pengguna=self._demo.id_pengguna,
                username=self._demo.username,
                proxy="",
                demo=True,
            )
        return _from_values(await self._repository.get_all())

    async def effective(self) -> WsSettings:
        """What a connection uses: the loaded settings with environment overrides applied."""
        settings = await self.load()
        o = self._overrides
        if o.url:
            settings = replace(settings, url_choice=choice_for_url(o.url), custom_url=o.url)
        if o.id_pengguna:
            settings = replace(settings, id_pengguna=o.id_pengguna)
        if o.username:
            settings = replace(settings, username=o.username)
        if o.max_rps is not None:
            settings = replace(settings, max_rps=o.max_rps)
        if o.max_inflight is not None:
            settings = replace(settings, max_inflight=o.max_inflight)
        return settings.normalised()

    async def password(self, settings: WsSettings) -> str | None:
        """From the environment, demo mode, this run's memory or the keyring, in that order."""
        if self._overrides.password:
            return self._overrides.password
        if self._demo is not None and settings.username == self._demo.username:
            return self._demo.password
        if not settings.username:
            return None
        return await self._secrets.get(account_key(settings.id_pengguna, settings.username))

    async def remember_for_run(self, settings: WsSettings, password: str) -> None:
        """A password typed at the prompt: kept in memory only (no keyring involved)."""
        s = settings.normalised()
        await self._secrets.set(account_key(s.id_pengguna, s.username), password, remember=False)

    async def save(self, settings: WsSettings, password: str) -> list[FieldProblem]:
        """Validate, then save; nothing is written when any field is wrong."""
        settings = settings.normalised()
        problems = validate(settings, password)
        if problems:
            return problems
        await self._repository.set_many(_to_values(settings))
        key = account_key(settings.id_pengguna, settings.username)
        in_keyring = await self._secrets.set(key, password, remember=settings.remember_password)
        log.info(
            "WS settings saved (url=%s, username=%s, password %s)",
            settings.url,
            settings.username,
            "in keyring" if in_keyring else "kept for this run only",
        )
        return []

    # -- what a sync pulls -------------------------------------------------------------------

    async def sync_scope(self) -> SyncScope:
        """The groups and semesters a sync pulls (Pengaturan), or the defaults when never
        saved; a stored value that no longer reads (an old or edited file) is the default."""
        values = await self._repository.get_all()
        groups = DEFAULT_GROUPS
        raw_groups = values.get(SYNC_GROUPS_KEY)
        if raw_groups is not None:
            try:
                groups = parse_groups(raw_groups)
            except ValueError:
                log.warning("Ignoring the stored sync groups %r", raw_groups)
        semesters = int(_number(values.get(SYNC_SEMESTERS_KEY), int, DEFAULT_SEMESTERS))
        return SyncScope(groups=groups, semesters=max(1, min(semesters, MAX_SEMESTERS)))

    async def sister_sync_done(self) -> bool:
        """The operator ticked the Panduan's step "SISTER's own manual sync is done" (the
        program cannot see SISTER's own sync; the campus's database keeps the tick)."""
        return await self._repository.get(SISTER_SYNC_DONE_KEY) == "1"

    async def set_sister_sync_done(self, done: bool) -> None:
        await self._repository.set_many({SISTER_SYNC_DONE_KEY: "1" if done else "0"})

    async def save_sync_scope(self, scope: SyncScope) -> None:
        """Save the groups and semesters (``full`` is for one run, never saved)."""
        if not scope.groups:
            raise ValueError("a sync needs at least one group")
        await self._repository.set_many(
            {
                SYNC_GROUPS_KEY: format_groups(scope.groups),
                SYNC_SEMESTERS_KEY: str(max(1, min(scope.semesters, MAX_SEMESTERS))),
            }
        )

    async def sync_freshness(self) -> Freshness:
        """How old each group's data may get (Pengaturan), the defaults when never saved."""
        return parse_freshness(await self._repository.get(SYNC_FRESHNESS_KEY))

    async def save_sync_freshness(self, freshness: Freshness) -> None:
        await self._repository.set_many({SYNC_FRESHNESS_KEY: format_freshness(freshness)})
