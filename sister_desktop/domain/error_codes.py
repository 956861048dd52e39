"""Every code the core gives for a failure the operator must hear about, in one registry.

The core never writes sentences: a ``SisterError``, a Cek Service step, a sync run or a log line
carries one of these codes, and the window and the command line turn it into words and a hint
(``error_explanation``). One enum so that a new code cannot be raised without its text: the
suite fails when a member has no Indonesian explanation.

It lives in ``domain/`` because the codes are stored in the sync log (domain records) and every
layer that raises or words them (sister/, services/, the window, the command line) may import
``domain/``. The local database's own failures are ``DatabaseErrorCode`` (store/errors.py): they
are about this computer, not SISTER, and are worded apart.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Why SISTER could not be used, or why one employee of a sync failed.

    The values are stored (``sync_run.error_code``, ``sync_log.error_code``) and printed by
    ``--json``: never change one.
    """

    # -- a call to SISTER failed (sister/errors.py) -------------------------------------------
    #: Any other failure talking to SISTER.
    SISTER_ERROR = "sister_error"
    CREDENTIAL = "credential"
    WRONG_URL = "wrong_url"
    UNREACHABLE = "unreachable"
    PROXY = "proxy"
    TIMEOUT = "timeout"
    TLS = "tls"
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    NOT_FOUND = "not_found"
    REJECTED = "rejected"
    BAD_RESPONSE = "bad_response"
    #: A data call refused (401) even with tokens fresh from a login: the role may lack rights.
    TOKEN_REFUSED = "token_refused"
    #: One person's list answered with more records than any career holds.
    TOO_MANY_RECORDS = "too_many_records"
    # -- Cek Service steps (services/diagnosis.py, sister/probe.py) ---------------------------
    DNS = "dns"
    ROLE_NOT_SISTER_WS = "role_not_sister_ws"
    CLOCK_SKEW = "clock_skew"
    URL_UNUSUAL_PATH = "url_unusual_path"
    URL_REQUIRED = "url_required"
    URL_BAD_SCHEME = "url_bad_scheme"
    URL_NO_HOST = "url_no_host"
    URL_INSECURE = "url_insecure"
    # -- before any call (services/connection.py) ---------------------------------------------
    SETTINGS_INCOMPLETE = "settings_incomplete"
    # -- one employee or a whole run of a sync (services/sync_engine.py) ----------------------
    #: The employee's id_sdm is missing from SISTER's SDM list of the PT.
    NOT_IN_SDM_LIST = "not_in_sdm_list"
    #: The employee was asked for but is not linked to SISTER.
    NOT_LINKED = "not_linked"
    #: Another workstation took the sync lock over; the run stopped.
    LOCK_LOST = "lock_lost"
    # -- a write (services/kirim_service.py) ----------------------------------------------------
    #: The write may have reached SISTER and no answer came (cut, timed out, a 5xx after it).
    WRITE_UNCERTAIN = "write_uncertain"
    #: Writes to SISTER are switched off for this database (Pengaturan, ``kirim --izinkan``).
    WRITES_OFF = "writes_off"
    #: The pegawai was linked to another SDM (or unlinked) while his data was pulled: nothing
    #: of the old link's data was written.
    LINK_CHANGED = "link_changed"
    #: The local database refused a value of the pegawai's data; nothing of his pull was saved.
    VALUE_REFUSED = "value_refused"
    # -- a dataset that was kept, with a remark (its log line stays ``ok``) -------------------
    #: Characters no database or spreadsheet can keep (control characters, a NUL, broken
    #: Unicode) arrived in SISTER's texts and were replaced by U+FFFD.
    TEXT_REPLACED = "text_replaced"


#: The service could not be reached at all (the command line's exit 4); the rest is setup (2).
SERVICE_UNREACHABLE: frozenset[ErrorCode] = frozenset(
    {ErrorCode.PROXY, ErrorCode.UNREACHABLE, ErrorCode.TIMEOUT}
)
#: What Cek Service counts as "cannot be reached": also a missing name, a failed handshake, and
#: a server that answers but cannot serve.
DIAGNOSIS_UNREACHABLE: frozenset[ErrorCode] = SERVICE_UNREACHABLE | {
    ErrorCode.DNS,
    ErrorCode.TLS,
    ErrorCode.SERVER_ERROR,
    ErrorCode.RATE_LIMITED,
}
#: Failures the operator fixes in Pengaturan or with SISTER's administrators (exit 2).
SETUP_FAILURES: frozenset[ErrorCode] = frozenset(
    {ErrorCode.CREDENTIAL, ErrorCode.WRONG_URL, ErrorCode.TLS, ErrorCode.SETTINGS_INCOMPLETE}
)
