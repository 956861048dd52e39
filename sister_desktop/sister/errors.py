"""Errors a user can act on, each with a machine-readable ``code``.

The window and the command line turn ``code`` (an ``ErrorCode``) into words and a hint; this
layer never writes UI text. ``message``/``detail`` are what SISTER itself said, when it said
anything.
"""

from __future__ import annotations

from datetime import datetime

from sister_desktop.domain.error_codes import ErrorCode


class SisterError(Exception):
    """Base of every failure talking to SISTER."""

    code: ErrorCode = ErrorCode.SISTER_ERROR

    def __init__(
        self,
        description: str = "",
        *,
        http_status: int | None = None,
        message: str | None = None,
        detail: str | None = None,
        endpoint: str | None = None,
    ) -> None:
        super().__init__(description or message or self.code)
        self.http_status = http_status
        self.message = message
        self.detail = detail
        self.endpoint = endpoint


class CredentialError(SisterError):
    """ID Pengguna, username or password refused: ``/authorize`` itself answered 401."""

    code = ErrorCode.CREDENTIAL


class TokenRefusedError(SisterError):
    """A data call answered 401 again and again, each time with a token fresh from a login.

    Not the credentials (the logins succeeded) and not an expiry (new tokens were refused
    too): most likely the account's role lacks the rights for this endpoint. It fails that call
    only; the rest of the work goes on.
    """

    code = ErrorCode.TOKEN_REFUSED


class WrongUrlError(SisterError):
    """The address answers, but not as SISTER: 404 on /authorize, or HTML where JSON belongs."""

    code = ErrorCode.WRONG_URL


class UnreachableError(SisterError):
    """No answer at all: name not found, connection refused or dropped, proxy unreachable."""

    code = ErrorCode.UNREACHABLE


class ProxyUnreachableError(UnreachableError):
    """The proxy named in Settings cannot be reached, or refused to pass the connection on.

    Its own code because the operator's next step differs: check the Proxy field with the
    campus IT staff, not SISTER or the internet connection.
    """

    code = ErrorCode.PROXY


class ServiceTimeoutError(UnreachableError):
    """Connected (or tried to) but SISTER did not answer in time, even after retries."""

    code = ErrorCode.TIMEOUT


class TlsError(SisterError):
    """The secure connection failed: certificate not trusted, wrong host name, old protocol."""

    code = ErrorCode.TLS


class RateLimitedError(SisterError):
    """SISTER locked the credential for going too fast (429) and we stopped waiting."""

    code = ErrorCode.RATE_LIMITED

    def __init__(self, *args: object, resume_at: datetime | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.resume_at = resume_at


class ServerError(SisterError):
    """SISTER failed (5xx), after retries when the failure looked transient."""

    code = ErrorCode.SERVER_ERROR


class NotFoundError(SisterError):
    """404 on a data call: that person or record is not there."""

    code = ErrorCode.NOT_FOUND


class RequestRejectedError(SisterError):
    """400, 403, 405 or 409: SISTER refused this request; repeating it would not help."""

    code = ErrorCode.REJECTED


class WriteUncertainError(SisterError):
    """A write may have reached SISTER and no usable answer came back: the connection broke
    after the request left, the answer timed out, or a 5xx came after the gateway passed it
    on. Never resent: only a look in SISTER tells whether it was applied."""

    code = ErrorCode.WRITE_UNCERTAIN


class BadResponse(SisterError):
    """An answer we cannot read: not JSON, truncated, or not the shape the contract promises."""

    code = ErrorCode.BAD_RESPONSE

    def __init__(
        self,
        description: str = "",
        *,
        content_type: str | None = None,
        body_start: bytes = b"",
        **kwargs: object,
    ) -> None:
        super().__init__(description, **kwargs)  # type: ignore[arg-type]
        self.content_type = content_type
        self.body_start = body_start

    def __str__(self) -> str:
        base = super().__str__()
        return (
            f"{base} (HTTP {self.http_status}, {self.content_type or 'no content type'}, "
            f"starts {self.body_start[:80]!r})"
        )


class TooManyRecords(BadResponse):
    """A person's list longer than any career (``MAX_LIST_ROWS``): a server repeating itself
    or a damaged answer; reading on would cost hours of detail requests."""

    code = ErrorCode.TOO_MANY_RECORDS
