"""Words for the codes the core returns: SISTER errors, settings problems, Cek Service steps.

One module so the window and the command line say the same thing, in the operator's language
(the Indonesian catalogue translates these English source strings).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.diagnosis_steps import StepId, StepResult, StepStatus
from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.file_errors import WriteErrorCode
from sister_desktop.domain.outside_text import REPLACEMENT
from sister_desktop.domain.ws_settings import (
    MAX_INFLIGHT,
    MAX_RPS,
    MIN_INFLIGHT,
    MIN_RPS,
    FieldProblem,
    ProblemCode,
    SettingsField,
)
from sister_desktop.texts.fill import fill

_CTX = "ErrorTexts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


@dataclass(frozen=True)
class Explanation:
    """What happened, and what the operator can do about it."""

    text: str
    hint: str


def _unexpected() -> tuple[str, str]:
    return _t("Unexpected problem talking to SISTER."), _t("Try again; see the log file.")


def explanations() -> dict[ErrorCode, tuple[str, str]]:
    """Text and hint of every ``ErrorCode``, in the current language (built per call, so a
    language switch is seen). The suite checks that no member is missing here."""
    return {
        ErrorCode.SISTER_ERROR: _unexpected(),
        ErrorCode.CREDENTIAL: (
            _t("SISTER refused the ID Pengguna, username or password."),
            _t(
                "Copy the three values again from SISTER's Sandbox page: the password is "
                "case-sensitive and may have been regenerated."
            ),
        ),
        ErrorCode.TOKEN_REFUSED: (
            _t("SISTER refused this data call even right after a fresh login."),
            _t(
                "The ID Pengguna, username and password are right (the login succeeded); the "
                "account's role may lack the rights for this data. Ask the Admin PT to check "
                "the Sister-WS role; the other data were fetched."
            ),
        ),
        ErrorCode.TOO_MANY_RECORDS: (
            _t("SISTER answered this list with more records than any career holds."),
            _t(
                "The answer was not kept and its details were not asked; the other data were "
                "fetched. Try again later; if it stays, report it to SISTER's operator."
            ),
        ),
        ErrorCode.WRONG_URL: (
            _t("The address answers, but it is not the SISTER web service."),
            _t(
                "Choose Production or Sandbox, or check that a custom URL ends with "
                "/ws.php/1.0 (or /ws-sandbox.php/1.0)."
            ),
        ),
        ErrorCode.DNS: (
            _t("The server name cannot be found."),
            _t(
                "Check the URL for typos and that this computer is online; on a campus network "
                "a proxy may be needed (field Proxy)."
            ),
        ),
        ErrorCode.UNREACHABLE: (
            _t("The SISTER server cannot be reached."),
            _t(
                "Check the internet connection, the campus firewall and the Proxy field; then "
                "try Cek Service again."
            ),
        ),
        ErrorCode.PROXY: (
            _t("The proxy named in Settings cannot be reached."),
            _t(
                "Check the Proxy field (address and port) with the campus IT staff, or empty "
                "it if this network needs no proxy; then try Cek Service again."
            ),
        ),
        ErrorCode.TIMEOUT: (
            _t("SISTER did not answer in time."),
            _t(
                "The server may be busy (often near reporting deadlines). Try again in a few "
                "minutes; SISTER advises heavy work on Tuesday and Friday, 10:00–15:00 WIB."
            ),
        ),
        ErrorCode.TLS: (
            _t("The secure connection to SISTER failed (certificate not trusted)."),
            _t(
                "If the campus network inspects HTTPS, ask IT to install its root certificate "
                "on this computer. Verification is never switched off."
            ),
        ),
        ErrorCode.RATE_LIMITED: (
            _t("SISTER is limiting requests from this account for a while."),
            _t(
                "Wait until the time shown, then continue; lower the requests per second in "
                "Settings if it happens often."
            ),
        ),
        ErrorCode.SERVER_ERROR: (
            _t("SISTER reported an error on its side."),
            _t("Try again later; if it persists, report it with the log file."),
        ),
        ErrorCode.BAD_RESPONSE: (
            _t("SISTER sent an answer the program cannot read."),
            _t(
                "The service may be under maintenance. Try again later; the log file has the "
                "first bytes of the answer."
            ),
        ),
        ErrorCode.NOT_FOUND: (
            _t("SISTER has no such record."),
            _t("Check the link of this pegawai to SISTER (id_sdm)."),
        ),
        ErrorCode.REJECTED: (
            _t("SISTER refused this request."),
            _t("Read SISTER's message below; the account may lack the right role."),
        ),
        ErrorCode.ROLE_NOT_SISTER_WS: (
            _t("The account's role is not a Sister-WS role."),
            _t(
                "Ask the Admin PT to give this user the Developer + Sister-WS Basic role (one "
                "role, not multi-role) in the ministry's access management."
            ),
        ),
        ErrorCode.CLOCK_SKEW: (
            _t("This computer's clock differs from SISTER's."),
            _t("Set the date, time and time zone of this computer automatically."),
        ),
        ErrorCode.URL_UNUSUAL_PATH: (
            _t("The URL does not end with /ws.php/1.0 or /ws-sandbox.php/1.0."),
            _t("Usually the version path is part of the URL; check it if the next steps fail."),
        ),
        ErrorCode.URL_REQUIRED: (_t("The URL is empty."), _t("Choose Production or Sandbox.")),
        ErrorCode.URL_BAD_SCHEME: (
            _t("The URL must start with https://."),
            _t("Copy the URL again from SISTER's documentation."),
        ),
        ErrorCode.URL_NO_HOST: (
            _t("The URL has no server name."),
            _t("Choose Production or Sandbox."),
        ),
        ErrorCode.URL_INSECURE: (
            _t("The URL uses http:// to another computer; only https:// is safe."),
            _t("Use the https:// address."),
        ),
        ErrorCode.SETTINGS_INCOMPLETE: (
            _t("The web-service settings are not complete."),
            _t("Open the Settings tab, fill in every field and press Save."),
        ),
        ErrorCode.NOT_IN_SDM_LIST: (
            _t("This id_sdm is not in SISTER's SDM list of the PT (moved or removed?)."),
            _t("Check the link of this pegawai to SISTER (id_sdm)."),
        ),
        ErrorCode.NOT_LINKED: (
            _t("Not linked to SISTER (Terhubung Sister: no); link the pegawai first."),
            _t("Check the link of this pegawai to SISTER (id_sdm)."),
        ),
        ErrorCode.LOCK_LOST: (
            _t("Another workstation took over the sync."),
            _t("Try again; see the log file."),
        ),
        ErrorCode.WRITE_UNCERTAIN: (
            _t("The change may have reached SISTER, but no answer came back."),
            _t("It is not sent again by itself: run kirim --periksa to look for it in SISTER."),
        ),
        ErrorCode.WRITES_OFF: (
            _t("Sending changes to SISTER is switched off for this database."),
            _t("Switch it on in Pengaturan, or run kirim --izinkan on."),
        ),
        ErrorCode.LINK_CHANGED: (
            _t("The pegawai was linked to another SISTER person while his data was fetched."),
            _t("Nothing of the old link was saved; sync this pegawai again."),
        ),
        ErrorCode.VALUE_REFUSED: (
            _t("The local database refused a value of this pegawai's SISTER data."),
            _t(
                "Nothing of his data was saved this time; the other pegawai were synced. Send "
                "the log file to support."
            ),
        ),
        ErrorCode.TEXT_REPLACED: (
            fill(
                _t(
                    "SISTER sent characters no database or spreadsheet can keep (control "
                    "characters or broken Unicode); they were replaced by %1."
                ),
                REPLACEMENT,
            ),
            _t("The rest of the data was saved; ask SISTER's operator to correct the text."),
        ),
    }


def error_explanation(code: str | None, *, message: str | None = None) -> Explanation:
    """Text and hint for an ``ErrorCode`` (a ``str`` too: a code read back from the sync log may
    come from another version). ``message`` is what SISTER itself said; it is appended so
    support staff see it too."""
    try:
        text, hint = explanations()[ErrorCode(code or "")]
    except ValueError:  # not one of ours (or none at all)
        text, hint = _unexpected()
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


def write_error_text(code: WriteErrorCode, path: str) -> str:
    """Why a file (an export, a report, the database) could not be written, and what to do;
    the previous file is always kept, so the message says so."""
    texts = {
        WriteErrorCode.DISK_FULL: _t(
            "Disk full: %1 could not be written. Free some space on the disk (or choose "
            "another one) and try again; the previous file, if any, was kept."
        ),
        WriteErrorCode.NO_FOLDER: _t(
            "The folder of %1 does not exist. Check the path, or create the folder first."
        ),
        WriteErrorCode.IS_DIRECTORY: _t("%1 is a folder: give the name of a file to write."),
        WriteErrorCode.NOT_A_FILE: _t(
            "%1 is not an ordinary file (a link, a device or a pipe) and was left alone: "
            "choose another file name."
        ),
        WriteErrorCode.CANNOT_WRITE: _t(
            "%1 could not be written: check that you may write to that folder and that the "
            "file is not open in another program; the previous file, if any, was kept."
        ),
    }
    return texts[code].replace("%1", path)


def disk_full_text() -> str:
    """The disk filled up while the database or a log was written (SQLite undid the
    unfinished transaction, so nothing is half-saved)."""
    return _t(
        "Disk full: the work could not be saved and was undone. Free some space on the disk "
        "that holds the database and the logs, then run it again (a sync resumes where it "
        "stopped)."
    )
