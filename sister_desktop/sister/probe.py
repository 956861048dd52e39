"""Low-level reachability probes for Cek Service: name resolution and the TLS handshake.

They tell the operator *which* layer fails (DNS, firewall, a TLS-inspecting proxy whose root
certificate is not installed) before any HTTP is attempted.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import ssl

import truststore

from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.sister.errors import ServiceTimeoutError, TlsError, UnreachableError


class NameNotFoundError(UnreachableError):
    """The host name does not resolve (typo, no DNS, offline)."""

    code = ErrorCode.DNS


async def resolve(host: str, port: int, *, timeout_s: float = 5.0) -> list[str]:
    """The addresses ``host`` resolves to; ``NameNotFoundError`` when none."""
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), timeout_s
        )
    except (TimeoutError, OSError) as exc:
        raise NameNotFoundError(f"{host}: {exc}") from exc
    addresses = sorted({str(info[4][0]) for info in infos})
    if not addresses:
        raise NameNotFoundError(host)
    return addresses


async def tls_handshake(host: str, port: int, *, timeout_s: float = 10.0) -> str:
    """Connect and verify the certificate against the OS trust store; returns the TLS version."""
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        _reader, writer = await asyncio.wait_for(
            asyncio.open_connection(host, port, ssl=context, server_hostname=host), timeout_s
        )
    except ssl.SSLError as exc:
        raise TlsError(str(exc)) from exc
    except TimeoutError as exc:
        raise ServiceTimeoutError(f"TLS handshake with {host}:{port} timed out") from exc
    except OSError as exc:
        raise UnreachableError(f"{host}:{port}: {exc}") from exc
    try:
        ssl_object = writer.get_extra_info("ssl_object")
        version = ssl_object.version() if ssl_object is not None else None
    finally:
        writer.close()
        with contextlib.suppress(OSError, ssl.SSLError):
            await writer.wait_closed()
    return version or "TLS"
