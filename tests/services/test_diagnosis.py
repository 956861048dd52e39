"""Cek Service against the sandbox: every step, and the step that explains each failure."""

from __future__ import annotations

from dataclasses import replace

from sister_desktop.domain.diagnosis_steps import StepId, StepStatus
from sister_desktop.domain.ws_settings import UrlChoice, WsSettings
from sister_desktop.services.diagnosis import run_diagnosis
from tests.sister.forward_proxy import forward_proxy


def _settings(server, **changes) -> WsSettings:
    c = server.credentials
    base = WsSettings(
        url_choice=UrlChoice.CUSTOM,
        custom_url=c.url,
        id_pengguna=c.id_pengguna,
        username=c.username,
    )
    return replace(base, **changes)


def test_every_step_passes_against_the_sandbox(loop, sandbox):
    seen = []
    report = loop.run_until_complete(
        run_diagnosis(_settings(sandbox), sandbox.credentials.password, on_step=seen.append)
    )
    assert report.connected
    assert [s.step for s in seen] == list(StepId)
    statuses = {s.step: s.status for s in report.steps}
    assert statuses.pop(StepId.TLS) is StepStatus.SKIPPED  # plain http on this computer
    assert set(statuses.values()) == {StepStatus.OK}
    assert report.pt_name and report.pt_name == report.step(StepId.PROFIL_PT).value
    assert "sister-ws" in (report.role or "").lower()
    assert abs(float(report.step(StepId.CLOCK).value)) <= 2


def test_wrong_password_fails_at_login_and_skips_the_rest(loop, sandbox):
    report = loop.run_until_complete(run_diagnosis(_settings(sandbox), "salah"))
    assert not report.connected
    assert report.failure.step is StepId.LOGIN
    assert report.error_code == "credential"
    assert not report.unreachable
    after = [s.status for s in report.steps[list(StepId).index(StepId.LOGIN) + 1 :]]
    assert set(after) == {StepStatus.SKIPPED}


def test_wrong_path_is_a_url_warning_then_wrong_url_at_login(loop, sandbox):
    url = f"http://127.0.0.1:{sandbox.port}/api/v1"
    report = loop.run_until_complete(
        run_diagnosis(_settings(sandbox, custom_url=url), sandbox.credentials.password)
    )
    assert report.step(StepId.URL).status is StepStatus.WARN
    assert report.error_code == "wrong_url"


def test_unknown_host_fails_at_name_resolution(loop):
    settings = WsSettings(
        url_choice=UrlChoice.CUSTOM,
        custom_url="https://sister.invalid/ws.php/1.0",
        id_pengguna="1b2c3d4e-0000-4a5b-8c9d-0123456789ab",
        username="u",
    )
    report = loop.run_until_complete(run_diagnosis(settings, "p"))
    assert report.failure.step is StepId.DNS
    assert report.unreachable


def test_plain_http_to_another_host_is_refused_before_any_network(loop):
    settings = WsSettings(
        url_choice=UrlChoice.CUSTOM,
        custom_url="http://sister-api.kemdiktisaintek.go.id/ws.php/1.0",
        id_pengguna="1b2c3d4e-0000-4a5b-8c9d-0123456789ab",
        username="u",
    )
    report = loop.run_until_complete(run_diagnosis(settings, "p"))
    assert report.failure.step is StepId.URL
    assert report.error_code == "url_insecure"


def test_through_a_proxy_every_call_passes_it_and_dns_tls_are_the_proxys(loop, sandbox):
    with forward_proxy() as proxy:
        report = loop.run_until_complete(
            run_diagnosis(_settings(sandbox, proxy=proxy.url), sandbox.credentials.password)
        )
    assert report.connected
    assert report.step(StepId.DNS).status is StepStatus.SKIPPED
    assert report.step(StepId.TLS).status is StepStatus.SKIPPED
    assert "POST /ws.php/1.0/authorize" in proxy.seen
    assert "GET /ws.php/1.0/referensi/profil_pt" in proxy.seen


def test_a_proxy_that_is_not_there_fails_reachability_with_its_own_code(loop, sandbox):
    with forward_proxy() as proxy:
        gone = proxy.url  # closed when the block ends
    report = loop.run_until_complete(
        run_diagnosis(_settings(sandbox, proxy=gone), sandbox.credentials.password)
    )
    assert report.failure.step is StepId.HTTP
    assert report.error_code == "proxy"
    assert report.unreachable
    assert sandbox.stats.authorize_calls == 0


def test_wrong_password_is_credentials_at_once_even_with_short_tokens(loop, sandbox_factory):
    server = sandbox_factory(size=5, token_ttl_s=2.0)
    report = loop.run_until_complete(run_diagnosis(_settings(server), "salah"))
    assert report.error_code == "credential"
    assert report.failure.step is StepId.LOGIN
    assert server.stats.authorize_calls == 1


def test_a_data_call_refusing_fresh_tokens_is_not_called_a_credential_problem(loop, sandbox):
    sandbox.faults.fail_endpoint("/referensi/profil_pt", None, "401")
    report = loop.run_until_complete(
        run_diagnosis(_settings(sandbox), sandbox.credentials.password)
    )
    assert not report.connected
    assert report.step(StepId.LOGIN).status is StepStatus.OK
    assert report.failure.step is StepId.PROFIL_PT
    assert report.error_code == "token_refused"
    # Sent once, once more after a login, and once after the one further login Cek Service
    # allows; then it says so (the unauthenticated reachability probe is a 401 of its own).
    assert sandbox.stats.by_path["/referensi/profil_pt"] == 3
    assert sandbox.stats.by_status[401] == 3 + 1
