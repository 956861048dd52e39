"""A certificate this computer does not trust (a campus proxy whose root is not installed, a
wrong host) is a TLS error with its own hint, never retried as "unreachable", and TLS
verification is never switched off to make it pass."""

from __future__ import annotations

import http.server
import ssl
import threading
from collections.abc import Iterator

import pytest
import trustme

from sister_desktop.domain.diagnosis_steps import StepId, StepStatus
from sister_desktop.domain.ws_settings import UrlChoice, WsSettings
from sister_desktop.services.diagnosis import run_diagnosis
from sister_desktop.sister.api import SisterApi
from sister_desktop.sister.client import Credentials, SisterClient
from sister_desktop.sister.errors import TlsError
from tests.sister.helpers import FAST

ID_PENGGUNA = "1b2c3d4e-0000-4a5b-8c9d-0123456789ab"


class _Json(http.server.BaseHTTPRequestHandler):
    requests = 0

    def do_POST(self) -> None:
        _Json.requests += 1
        body = b'{"token": "t", "role": "Sister-WS Basic"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def untrusted_https() -> Iterator[str]:
    """An HTTPS server on loopback whose certificate comes from a CA nobody installed."""
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Json)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Json.requests = 0
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}/ws.php/1.0"
    finally:
        server.shutdown()
        server.server_close()


def test_the_client_refuses_an_untrusted_certificate(loop, untrusted_https):
    async def call() -> None:
        client = SisterClient(Credentials(untrusted_https, ID_PENGGUNA, "op", "rahasia"), FAST)
        try:
            await SisterApi(client).profil_pt()
        finally:
            await client.aclose()

    with pytest.raises(TlsError) as info:
        loop.run_until_complete(call())
    assert info.value.code == "tls"
    assert _Json.requests == 0  # nothing was sent over the unverified connection


def test_cek_service_names_tls_as_the_failing_step(loop, untrusted_https):
    settings = WsSettings(
        url_choice=UrlChoice.CUSTOM,
        custom_url=untrusted_https,
        id_pengguna=ID_PENGGUNA,
        username="op",
    )
    report = loop.run_until_complete(run_diagnosis(settings, "rahasia"))
    assert not report.connected
    assert report.failure.step is StepId.TLS
    assert report.step(StepId.TLS).status is StepStatus.FAIL
    assert report.error_code == "tls"
    assert report.step(StepId.LOGIN).status is StepStatus.SKIPPED
