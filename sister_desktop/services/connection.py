"""The program's one connection to SISTER: the shared client and API, and whether we are
connected, observable by every tab (the Pegawai tab shows SISTER actions only while connected).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.ws_settings import FieldProblem, WsSettings, validate
from sister_desktop.services.diagnosis import DiagnosisReport, client_options, run_diagnosis
from sister_desktop.services.settings_service import SettingsService
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import ClientOptions, Credentials, SisterClient
from sister_desktop.sister.errors import SisterError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ConnectionState:
    """``connected`` after a successful Cek Service (or first data call) with these settings."""

    connected: bool
    pt_name: str | None = None
    role: str | None = None
    error_code: ErrorCode | None = None


ConnectionListener = Callable[[ConnectionState], None]


class SettingsIncompleteError(Exception):
    """No usable settings or password yet; ``problems`` says which fields."""

    code = ErrorCode.SETTINGS_INCOMPLETE

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__(", ".join(f"{p.field}:{p.code}" for p in problems))
        self.problems = problems


class SisterUnavailableError(Exception):
    """SISTER could not be asked for what an action needs, so the action did not begin: no sync
    run was started, no SDM list was fetched (linking, search, orphan lists).

    One type for both so the window and the command line word the failure one way: ``code`` is
    the ``SisterError`` code or ``SETTINGS_INCOMPLETE``, ``message`` what SISTER said, and
    ``problems`` the fields to fix when the settings are incomplete.
    """

    def __init__(
        self,
        code: ErrorCode,
        message: str | None = None,
        *,
        problems: tuple[FieldProblem, ...] = (),
    ) -> None:
        super().__init__(code if not message else f"{code}: {message}")
        self.code = code
        self.message = message
        self.problems = problems


@contextmanager
def sister_needed() -> Iterator[None]:
    """Turn "settings incomplete" and any ``SisterError`` inside into ``SisterUnavailableError``
    (the cause kept), for a service whose callers should not need to know both."""
    try:
        yield
    except SettingsIncompleteError as exc:
        raise SisterUnavailableError(exc.code, problems=tuple(exc.problems)) from exc
    except SisterError as exc:
        raise SisterUnavailableError(exc.code, exc.message) from exc


class SisterConnection:
    """Owns the shared ``SisterClient`` (built inside the running loop on first use, rebuilt
    settings-wise by ``apply_settings``, closed by ``aclose``) and the connection state."""

    def __init__(
        self, settings: SettingsService, *, base_options: ClientOptions | None = None
    ) -> None:
        self.settings = settings
        self._base_options = base_options or ClientOptions()
        self._client: SisterClient | None = None
        self._state = ConnectionState(connected=False)
        self._listeners: list[ConnectionListener] = []

    # -- state -------------------------------------------------------------------------------

    @property
    def state(self) -> ConnectionState:
        return self._state

    def subscribe(self, listener: ConnectionListener) -> Callable[[], None]:
        """Call ``listener`` with every new state; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def set_state(self, state: ConnectionState) -> None:
        if state == self._state:
            return
        self._state = state
        for listener in list(self._listeners):
            listener(state)

    # -- the shared client -------------------------------------------------------------------

    @property
    def client(self) -> SisterClient | None:
        """The shared client once built (the sync reads its counters and pause state)."""
        return self._client

    async def _credentials(self) -> tuple[WsSettings, Credentials]:
        settings = await self.settings.effective()
        password = await self.settings.password(settings)
        problems = validate(settings, password or "")
        if problems:
            raise SettingsIncompleteError(problems)
        assert password is not None
        return settings, Credentials(
            settings.url, settings.id_pengguna, settings.username, password
        )

    async def api(self) -> SisterApi:
        """The API over the shared client; ``SettingsIncompleteError`` when not set up."""
        settings, credentials = await self._credentials()
        if self._client is None:
            self._client = SisterClient(credentials, client_options(settings, self._base_options))
        return SisterApi(self._client)

    async def apply_settings(self) -> None:
        """Settings were saved: the next call logs in with them; the state is unknown again."""
        if self._client is not None:
            try:
                settings, credentials = await self._credentials()
            except SettingsIncompleteError:
                await self._client.aclose()
                self._client = None
            else:
                await self._client.reconfigure(
                    credentials, client_options(settings, self._base_options)
                )
        self.set_state(ConnectionState(connected=False))

    async def check(
        self,
        settings: WsSettings,
        password: str,
        *,
        on_step: Callable[..., None] | None = None,
        options: ClientOptions | None = None,
        publish: bool = True,
    ) -> DiagnosisReport:
        """Cek Service on ``settings``; with ``publish`` (the saved settings) its outcome becomes
        the connection state."""
        report = await run_diagnosis(settings, password, options=options, on_step=on_step)
        if not publish:
            return report
        self.set_state(
            ConnectionState(
                connected=report.connected,
                pt_name=report.pt_name,
                role=report.role,
                error_code=report.error_code,
            )
        )
        return report

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
