"""Words for the codes the core returns: SISTER errors, settings problems, Cek Service steps.

One module so the window and the command line say the same thing, in the operator's language
(the Indonesian catalogue translates these English source strings).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.ws_settings import (
    MAX_INFLIGHT,
    MAX_RPS,
    MIN_INFLIGHT,
    MIN_RPS,
    FieldProblem,
    ProblemCode,
    SettingsField,
)
from sister_desktop.services.diagnosis import StepId, StepResult, StepStatus
from sister_desktop.texts.fill import fill

_CTX = "ErrorTexts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass(frozen=True)
class Explanation:
    """What happened, and what the operator can do about it."""

    text: str
    hint: str


def error_explanation(code: str | None, *, message: str | None = None) -> Explanation:
    """Text and hint for a ``SisterError.code`` (or a diagnosis code). ``message`` is what SISTER
    itself said; it is appended so support staff see it too."""
    table: dict[str, tuple[str, str]] = {
        "credential": (
            _t("SISTER refused the ID Pengguna, username or password."),
            _t(
                "Copy the three values again from SISTER's Sandbox page: the password is "
                "case-sensitive and may have been regenerated."
            ),
        ),
        "wrong_url": (
            _t("The address answers, but it is not the SISTER web service."),
            _t(
                "Choose Production or Sandbox, or check that a custom URL ends with "
                "/ws.php/1.0 (or /ws-sandbox.php/1.0)."
            ),
        ),
        "dns": (
            _t("The server name cannot be found."),
            _t(
                "Check the URL for typos and that this computer is online; on a campus network "
                "a proxy may be needed (field Proxy)."
            ),
        ),
        "unreachable": (
            _t("The SISTER server cannot be reached."),
            _t(
                "Check the internet connection, the campus firewall and the Proxy field; then "
                "try Cek Service again."
            ),
        ),
        "proxy": (
            _t("The proxy named in Settings cannot be reached."),
            _t(
                "Check the Proxy field (address and port) with the campus IT staff, or empty "
                "it if this network needs no proxy; then try Cek Service again."
            ),
        ),
        "timeout": (
            _t("SISTER did not answer in time."),
            _t(
                "The server may be busy (often near reporting deadlines). Try again in a few "
                "minutes; SISTER advises heavy work on Tuesday and Friday, 10:00–15:00 WIB."
            ),
        ),
        "tls": (
            _t("The secure connection to SISTER failed (certificate not trusted)."),
            _t(
                "If the campus network inspects HTTPS, ask IT to install its root certificate "
                "on this computer. Verification is never switched off."
            ),
        ),
        "rate_limited": (
            _t("SISTER is limiting requests from this account for a while."),
            _t(
                "Wait until the time shown, then continue; lower the requests per second in "
                "Settings if it happens often."
            ),
        ),
        "server_error": (
            _t("SISTER reported an error on its side."),
            _t("Try again later; if it persists, report it with the log file."),
        ),
        "bad_response": (
            _t("SISTER sent an answer the program cannot read."),
            _t(
                "The service may be under maintenance. Try again later; the log file has the "
                "first bytes of the answer."
            ),
        ),
        "not_found": (
            _t("SISTER has no such record."),
            _t("Check the link of this pegawai to SISTER (id_sdm)."),
        ),
        "rejected": (
            _t("SISTER refused this request."),
            _t("Read SISTER's message below; the account may lack the right role."),
        ),
        "role_not_sister_ws": (
            _t("The account's role is not a Sister-WS role."),
            _t(
                "Ask the Admin PT to give this user the Developer + Sister-WS Basic role (one "
                "role, not multi-role) in the ministry's access management."
            ),
        ),
        "clock_skew": (
            _t("This computer's clock differs from SISTER's."),
            _t("Set the date, time and time zone of this computer automatically."),
        ),
        "url_unusual_path": (
            _t("The URL does not end with /ws.php/1.0 or /ws-sandbox.php/1.0."),
            _t("Usually the version path is part of the URL; check it if the next steps fail."),
        ),
        "url_required": (_t("The URL is empty."), _t("Choose Production or Sandbox.")),
        "url_bad_scheme": (
            _t("The URL must start with https://."),
            _t("Copy the URL again from SISTER's documentation."),
        ),
        "url_no_host": (_t("The URL has no server name."), _t("Choose Production or Sandbox.")),
        "url_insecure": (
            _t("The URL uses http:// to another computer; only https:// is safe."),
            _t("Use the https:// address."),
        ),
        "settings_incomplete": (
            _t("The web-service settings are not complete."),
            _t("Open the Settings tab, fill in every field and press Save."),
        ),
    }
    text, hint = table.get(
        code or "",
        (_t("Unexpected problem talking to SISTER."), _t("Try again; see the log file.")),
    )
    if message:
        # A server that is not SISTER's web service is not "SISTER" speaking.
        said = _t("The server said: “%1”") if code == "wrong_url" else _t("SISTER said: “%1”")
        text = f"{text} " + fill(said, message)
    return Explanation(text, hint)


def field_label(field: SettingsField) -> str:
    return {
        SettingsField.URL: _t("URL Webservice"),
        SettingsField.ID_PENGGUNA: _t("ID Pengguna"),
        SettingsField.USERNAME: _t("Username"),
        SettingsField.PASSWORD: _t("Password"),
        SettingsField.PROXY: _t("Proxy"),
        SettingsField.MAX_RPS: _t("Requests per second"),
        SettingsField.MAX_INFLIGHT: _t("Requests at once"),
    }[field]


def field_problem_text(problem: FieldProblem) -> str:
    """ "ID Pengguna: must look like 8-4-4-4-12 hexadecimal characters" and so on."""
    code, field = problem.code, problem.field
    if code is ProblemCode.REQUIRED:
        detail = _t("required")
    elif code is ProblemCode.BAD_SCHEME:
        detail = (
            _t("must start with http://, https:// or socks5://")
            if field is SettingsField.PROXY
            else _t("must start with https://")
        )
    elif code is ProblemCode.NO_HOST:
        detail = _t("has no server name")
    elif code is ProblemCode.INSECURE:
        detail = _t("must use https:// (http:// only for this computer)")
    elif code is ProblemCode.NOT_UUID:
        detail = _t(
            "must be the UUID from SISTER's Sandbox page, like 1b2c3d4e-0000-4a5b-8c9d-0123456789ab"
        )
    elif field is SettingsField.MAX_RPS:
        detail = fill(_t("must be between %1 and %2"), f"{MIN_RPS:g}", f"{MAX_RPS:g}")
    else:
        detail = fill(_t("must be between %1 and %2"), str(MIN_INFLIGHT), str(MAX_INFLIGHT))
    return f"{field_label(field)}: {detail}"


def step_label(step: StepId) -> str:
    return {
        StepId.URL: _t("URL shape"),
        StepId.DNS: _t("Server name (DNS)"),
        StepId.TLS: _t("Secure connection (TLS)"),
        StepId.HTTP: _t("Server reachable (HTTP)"),
        StepId.LOGIN: _t("Login (/authorize)"),
        StepId.ROLE: _t("Account role"),
        StepId.PROFIL_PT: _t("Data call (/referensi/profil_pt)"),
        StepId.CLOCK: _t("Clock"),
    }[step]


def step_text(result: StepResult) -> Explanation:
    """The line and hint shown for one diagnosis step."""
    label = step_label(result.step)
    if result.status is StepStatus.SKIPPED:
        if result.value == "proxy":
            return Explanation(f"{label}: " + _t("checked through the proxy"), "")
        if result.value == "http":
            return Explanation(f"{label}: " + _t("not used (http:// on this computer)"), "")
        return Explanation(f"{label}: " + _t("not checked"), "")
    if result.status is StepStatus.OK:
        detail = {
            StepId.URL: result.value or "",
            StepId.DNS: result.value or "",
            StepId.TLS: result.value or "",
            StepId.HTTP: _t("the server answers and asks for a login, as expected")
            if result.http_status in (401, 403)
            else fill(_t("the server answers (HTTP %1)"), str(result.http_status)),
            StepId.LOGIN: _t("accepted"),
            StepId.ROLE: result.value or "",
            StepId.PROFIL_PT: result.value or "",
            StepId.CLOCK: fill(_t("difference %1 s"), result.value or "0"),
        }[result.step]
        return Explanation(f"{label}: {detail}".rstrip(": "), "")
    explanation = error_explanation(result.error_code, message=result.message)
    if result.step is StepId.ROLE:
        role = result.value or _t("none")
        text = f"{label}: {role}. {explanation.text}"
    elif result.step is StepId.CLOCK:
        text = f"{label}: " + fill(_t("difference %1 s"), result.value or "?")
        text += f". {explanation.text}"
    else:
        text = f"{label}: {explanation.text}"
    return Explanation(text, explanation.hint)
