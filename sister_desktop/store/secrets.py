"""The WS password in the operator's OS keyring, or in memory for this run when there is none.

Keyring calls can block (a locked Secret Service, a slow credential manager), so they run in a
worker thread and never stall the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "SISTER Desktop"


def backend_usable(backend: KeyringBackend | None = None) -> bool:
    """False for keyring's "fail"/"null" backends and anything that ranks itself unusable."""
    backend = backend or keyring.get_keyring()
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
        return False
    try:
        priority = float(backend.priority)  # type: ignore[arg-type]
    except Exception:  # a backend that cannot even rank itself is not usable
        return False
    return priority > 0


def account_key(id_pengguna: str, username: str) -> str:
    """One keyring entry per SISTER credential (a campus may switch between two)."""
    return f"{id_pengguna.strip().lower()}/{username.strip()}"


class SecretStore:
    """Get, save and forget the password. ``available`` says whether the OS keeps it.

    Whatever happens, the password given during this run is remembered in memory until exit,
    so a missing or failing keyring costs the operator one prompt per run, not one per request.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._memory: dict[str, str] = {}
        self._available: bool | None = None

    def _keyring(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    @property
    def available(self) -> bool:
        if self._available is None:
            self._available = backend_usable(self._keyring())
        return self._available

    async def get(self, key: str) -> str | None:
        if key in self._memory:
            return self._memory[key]
        if not self.available:
            return None
        try:
            value = await asyncio.to_thread(self._keyring().get_password, SERVICE, key)
        except keyring.errors.KeyringError as exc:
            log.warning("Keyring read failed (%s); asking for the password instead", type(exc))
            return None
        if value:
            self._memory[key] = value
        return value or None

    async def set(self, key: str, password: str, *, remember: bool) -> bool:
        """Keep ``password`` for this run; with ``remember`` also in the keyring.

        Returns whether it is in the keyring now. ``remember=False`` removes an older entry.
        """
        self._memory[key] = password
        if not self.available:
            return False
        try:
            if remember:
                backend = self._keyring()

                # A closure, not arguments: executors log their callbacks' arguments at DEBUG.
                def write() -> None:
                    backend.set_password(SERVICE, key, password)

                await asyncio.to_thread(write)
                return True
            await self._delete_quietly(key)
        except keyring.errors.KeyringError as exc:
            log.warning("Keyring write failed (%s); password kept for this run only", type(exc))
        return False

    async def _delete_quietly(self, key: str) -> None:
        # Nothing stored means already forgotten.
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            await asyncio.to_thread(self._keyring().delete_password, SERVICE, key)
