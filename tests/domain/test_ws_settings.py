"""Settings validation returns field codes, in form order."""

from __future__ import annotations

from sister_desktop.domain.ws_settings import (
    ProblemCode,
    SettingsField,
    UrlChoice,
    WsSettings,
    choice_for_url,
    validate,
)

OK = WsSettings(id_pengguna="1b2c3d4e-0000-4a5b-8c9d-0123456789ab", username="op")


def codes(settings, password=None):
    return [(p.field, p.code) for p in validate(settings, password)]


def test_complete_settings_pass():
    assert codes(OK, "pw") == []


def test_custom_url_rules():
    def url(u):
        return codes(OK.__class__(**{**_d(OK), "url_choice": UrlChoice.CUSTOM, "custom_url": u}))

    assert url("") == [(SettingsField.URL, ProblemCode.REQUIRED)]
    assert url("ftp://x/ws.php/1.0") == [(SettingsField.URL, ProblemCode.BAD_SCHEME)]
    assert url("http://sister.example/ws.php/1.0") == [(SettingsField.URL, ProblemCode.INSECURE)]
    assert url("http://127.0.0.1:8765/ws.php/1.0") == []
    assert url("https:///ws.php/1.0") == [(SettingsField.URL, ProblemCode.NO_HOST)]


def test_uuid_pacing_and_proxy():
    bad = OK.__class__(
        **{**_d(OK), "id_pengguna": "12345", "max_rps": 50.0, "max_inflight": 0, "proxy": "x"}
    )
    assert codes(bad, "") == [
        (SettingsField.ID_PENGGUNA, ProblemCode.NOT_UUID),
        (SettingsField.PASSWORD, ProblemCode.REQUIRED),
        (SettingsField.PROXY, ProblemCode.BAD_SCHEME),
        (SettingsField.MAX_RPS, ProblemCode.OUT_OF_RANGE),
        (SettingsField.MAX_INFLIGHT, ProblemCode.OUT_OF_RANGE),
    ]


def test_presets_are_recognised():
    assert choice_for_url("https://sister-api.kemdikbud.go.id/ws.php/1.0/") is UrlChoice.KEMDIKBUD
    assert choice_for_url("http://127.0.0.1:1/ws.php/1.0") is UrlChoice.CUSTOM


def _d(settings):
    return {name: getattr(settings, name) for name in settings.__slots__}
