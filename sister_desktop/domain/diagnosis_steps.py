"""The steps of Cek Service and what one step found: data and codes, worded by texts/."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sister_desktop.domain.error_codes import ErrorCode


class StepId(StrEnum):
    URL = "url"
    DNS = "dns"
    TLS = "tls"
    HTTP = "http"
    LOGIN = "login"
    ROLE = "role"
    PROFIL_PT = "profil_pt"
    CLOCK = "clock"


STEP_ORDER: tuple[StepId, ...] = tuple(StepId)


class StepStatus(StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class StepResult:
    """One line of the diagnosis. ``value`` is data for the text (a role, a PT name, seconds,
    addresses); ``error_code`` is the ``SisterError`` code or a step-specific code."""

    step: StepId
    status: StepStatus
    error_code: ErrorCode | None = None
    value: str | None = None
    http_status: int | None = None
    message: str | None = None  # what SISTER said, if anything
