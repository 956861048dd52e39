"""Cek Service: check the connection step by step and say which step fails.

Each step yields data and an error code, never sentences; the window and ``check`` word them.
A step after a failure is skipped: its result would only repeat the first problem.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sister_desktop.domain.diagnosis_steps import STEP_ORDER, StepId, StepResult, StepStatus
from sister_desktop.domain.error_codes import DIAGNOSIS_UNREACHABLE, ErrorCode
from sister_desktop.domain.ws_settings import ProblemCode, WsSettings, url_problem
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import ClientOptions, Credentials, SisterClient
from sister_desktop.sister.errors import SisterError
from sister_desktop.sister.probe import resolve, tls_handshake

log = logging.getLogger(__name__)

#: Beyond this the server's and our clocks disagree enough to matter (logs, token times).
CLOCK_SKEW_WARN_S = 300.0
#: Roles that may use the web service; anything else is the usual "wrong role" mistake.
SISTER_WS_ROLE_MARK = "sister-ws"

#: The codes that mean "the service cannot be reached" (CLI exit 4); the rest are setup (2).
UNREACHABLE_CODES = DIAGNOSIS_UNREACHABLE
#: The URL step's code for each shape problem of the address.
_URL_CODES: dict[ProblemCode, ErrorCode] = {
    ProblemCode.REQUIRED: ErrorCode.URL_REQUIRED,
    ProblemCode.BAD_SCHEME: ErrorCode.URL_BAD_SCHEME,
    ProblemCode.NO_HOST: ErrorCode.URL_NO_HOST,
    ProblemCode.INSECURE: ErrorCode.URL_INSECURE,
}


@dataclass(frozen=True)
class DiagnosisReport:
    steps: list[StepResult] = field(default_factory=list)
    pt_name: str | None = None
    role: str | None = None

    @property
    def connected(self) -> bool:
        return not any(step.status is StepStatus.FAIL for step in self.steps) and bool(self.steps)

    @property
    def failure(self) -> StepResult | None:
        return next((s for s in self.steps if s.status is StepStatus.FAIL), None)

    @property
    def error_code(self) -> ErrorCode | None:
        failure = self.failure
        return failure.error_code if failure else None

    @property
    def unreachable(self) -> bool:
        return self.error_code in UNREACHABLE_CODES

    def step(self, step_id: StepId) -> StepResult | None:
        return next((s for s in self.steps if s.step is step_id), None)


StepListener = Callable[[StepResult], None]

DIAGNOSIS_OPTIONS = ClientOptions(
    retries=1,
    retry_base_s=0.5,
    retry_max_s=2.0,
    connect_timeout_s=10.0,
    read_timeout_s=20.0,
    rate_limit_waits=0,  # say "rate limited until ..." at once; never sit out a lockout here
    token_refused_retries=1,  # one more login is proof enough that the data call is refused
    request_deadline_s=30.0,  # a trickling answer ends a step within a minute, not never
)


def client_options(settings: WsSettings, base: ClientOptions | None = None) -> ClientOptions:
    """The client options for these settings (pacing and proxy from Settings)."""
    base = base or ClientOptions()
    return ClientOptions(
        **{
            **vars(base),
            "max_rps": settings.max_rps,
            "max_inflight": settings.max_inflight,
            "proxy": settings.proxy or None,
        }
    )


def _failed(step: StepId, exc: SisterError) -> StepResult:
    return StepResult(
        step,
        StepStatus.FAIL,
        error_code=exc.code,
        http_status=exc.http_status,
        message=exc.message,
    )


async def run_diagnosis(
    settings: WsSettings,
    password: str,
    *,
    options: ClientOptions | None = None,
    on_step: StepListener | None = None,
) -> DiagnosisReport:
    """Check ``settings`` (saved or still in the form) with their own short-lived client."""
    settings = settings.normalised()
    steps: list[StepResult] = []
    pt_name: str | None = None
    role: str | None = None

    def record(result: StepResult) -> None:
        steps.append(result)
        if on_step is not None:
            on_step(result)

    def skip_rest() -> DiagnosisReport:
        done = {s.step for s in steps}
        for step in STEP_ORDER:
            if step not in done:
                record(StepResult(step, StepStatus.SKIPPED))
        return DiagnosisReport(steps, pt_name, role)

    problem = url_problem(settings.url)
    if problem is not None:
        record(StepResult(StepId.URL, StepStatus.FAIL, error_code=_URL_CODES[problem]))
        return skip_rest()
    parts = urlsplit(settings.url)
    host = parts.hostname or ""
    https = parts.scheme == "https"
    port = parts.port or (443 if https else 80)
    path_ok = parts.path.rstrip("/").endswith(("/ws.php/1.0", "/ws-sandbox.php/1.0"))
    record(
        StepResult(
            StepId.URL,
            StepStatus.OK if path_ok else StepStatus.WARN,
            error_code=None if path_ok else ErrorCode.URL_UNUSUAL_PATH,
            value=settings.url,
        )
    )

    if settings.proxy:
        # Through a proxy the proxy resolves the name and the TLS check happens in HTTP.
        record(StepResult(StepId.DNS, StepStatus.SKIPPED, value="proxy"))
        record(StepResult(StepId.TLS, StepStatus.SKIPPED, value="proxy"))
    else:
        try:
            addresses = await resolve(host, port)
        except SisterError as exc:
            record(_failed(StepId.DNS, exc))
            return skip_rest()
        record(StepResult(StepId.DNS, StepStatus.OK, value=", ".join(addresses[:3])))
        if https:
            try:
                version = await tls_handshake(host, port)
            except SisterError as exc:
                record(_failed(StepId.TLS, exc))
                return skip_rest()
            record(StepResult(StepId.TLS, StepStatus.OK, value=version))
        else:
            record(StepResult(StepId.TLS, StepStatus.SKIPPED, value="http"))

    credentials = Credentials(settings.url, settings.id_pengguna, settings.username, password)
    async with SisterClient(
        credentials, client_options(settings, options or DIAGNOSIS_OPTIONS)
    ) as client:
        try:
            status = await client.probe()
        except SisterError as exc:
            record(_failed(StepId.HTTP, exc))
            return skip_rest()
        record(StepResult(StepId.HTTP, StepStatus.OK, http_status=status))

        try:
            role = await client.login()
        except SisterError as exc:
            record(_failed(StepId.LOGIN, exc))
            return skip_rest()
        record(StepResult(StepId.LOGIN, StepStatus.OK, value=settings.username))

        role_ok = role is not None and SISTER_WS_ROLE_MARK in role.lower()
        record(
            StepResult(
                StepId.ROLE,
                StepStatus.OK if role_ok else StepStatus.WARN,
                error_code=None if role_ok else ErrorCode.ROLE_NOT_SISTER_WS,
                value=role,
            )
        )

        try:
            profil = await SisterApi(client).profil_pt()
        except SisterError as exc:
            record(_failed(StepId.PROFIL_PT, exc))
            return skip_rest()
        pt_name = profil.nama_perguruan_tinggi
        record(StepResult(StepId.PROFIL_PT, StepStatus.OK, value=pt_name))

        skew = client.clock_skew_s()
        if skew is None:
            record(StepResult(StepId.CLOCK, StepStatus.SKIPPED))
        else:
            big = abs(skew) > CLOCK_SKEW_WARN_S
            record(
                StepResult(
                    StepId.CLOCK,
                    StepStatus.WARN if big else StepStatus.OK,
                    error_code=ErrorCode.CLOCK_SKEW if big else None,
                    value=f"{round(skew) or 0:d}",  # never "-0"
                )
            )
    log.info("Cek Service: connected to %s as role %s", pt_name, role)
    return DiagnosisReport(steps, pt_name, role)
