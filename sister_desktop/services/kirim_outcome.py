"""How one usulan of a Kirim ended, as raised from deep inside its send, and SISTER's words
for it (its message, the id of the record a duplicate matched)."""

from __future__ import annotations

import re

from sister_desktop.domain.usulan import UsulanStatus
from sister_desktop.sister.errors import RequestRejectedError, SisterError, WriteUncertainError

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def existing_id(error: SisterError) -> str | None:
    for text in (error.detail, error.message):
        found = _UUID.search(text or "")
        if found:
            return found.group(0).lower()
    return None


def said(error: SisterError) -> str | None:
    parts = [part for part in (error.message, error.detail) if part]
    return ": ".join(parts) if parts else None


class Outcome(Exception):
    """How one usulan ended (raised from deep inside its send)."""

    def __init__(
        self,
        status: UsulanStatus,
        *,
        sister_id: str | None = None,
        http_status: int | None = None,
        message: str | None = None,
        error_code: str | None = None,
    ) -> None:
        super().__init__(status.value)
        self.status = status
        self.sister_id = sister_id
        self.http_status = http_status
        self.message = message
        self.error_code = error_code


def uncertain_outcome(exc: WriteUncertainError) -> Outcome:
    return error_outcome(UsulanStatus.PERLU_DICEK, exc)


def error_outcome(status: UsulanStatus, exc: SisterError) -> Outcome:
    """``status`` with what SISTER's refusal (or the client's) said of it."""
    return Outcome(
        status, http_status=exc.http_status, message=said(exc), error_code=exc.code.value
    )


def rejected_outcome(exc: RequestRejectedError) -> Outcome:
    if exc.http_status == 409:
        return Outcome(
            UsulanStatus.DUPLIKAT,
            sister_id=existing_id(exc),
            http_status=409,
            message=said(exc),
            error_code=exc.code.value,
        )
    return error_outcome(UsulanStatus.DITOLAK, exc)
