"""``sister-desktop check [--json]`` against a running sandbox, and its exit codes."""

from __future__ import annotations

import json
import socket

import pytest

from sister_desktop.cli import EXIT_OK, EXIT_UNREACHABLE, EXIT_USAGE, main


@pytest.fixture
def ws_env(monkeypatch, sandbox):
    c = sandbox.credentials
    monkeypatch.setenv("SISTER_WS_URL", c.url)
    monkeypatch.setenv("SISTER_ID_PENGGUNA", c.id_pengguna)
    monkeypatch.setenv("SISTER_USERNAME", c.username)
    monkeypatch.setenv("SISTER_PASSWORD", c.password)
    return c


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    """The command makes a QCoreApplication when none exists; the session's must come first."""
    return qapp


def _check(capsys, db_url, *extra):
    code = main(["check", "--json", "--lang", "en", "--db", db_url, *extra])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_check_json_prints_ok_with_the_pt_name(capsys, db_url, ws_env, sandbox):
    code, doc, err = _check(capsys, db_url)
    assert code == EXIT_OK
    assert doc["ok"] is True and doc["connected"] is True
    assert doc["pt_name"] and doc["pt_name"] in err
    assert [s["step"] for s in doc["steps"]][:2] == ["url", "dns"]
    assert ws_env.password not in err and ws_env.password not in json.dumps(doc)
    # The role's meaning for a Kirim ke SISTER, in the operator's words.
    assert doc["role"] == "Sister-WS Basic"
    assert "ajuan" in doc["role_meaning"] and doc["role_meaning"] in err


def test_wrong_password_exits_2_with_the_hint(capsys, db_url, ws_env, monkeypatch):
    monkeypatch.setenv("SISTER_PASSWORD", "salah")
    code, doc, err = _check(capsys, db_url)
    assert code == EXIT_USAGE
    assert doc["ok"] is False and doc["error"] == "credential"
    assert "Sandbox page" in err


def test_unreachable_exits_4(capsys, db_url, ws_env, monkeypatch):
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    monkeypatch.setenv("SISTER_WS_URL", f"http://127.0.0.1:{port}/ws.php/1.0")
    code, doc, _err = _check(capsys, db_url)
    assert code == EXIT_UNREACHABLE
    assert doc["error"] == "unreachable"


def test_nothing_configured_exits_2_naming_the_fields(capsys, db_url):
    code, doc, err = _check(capsys, db_url)
    assert code == EXIT_USAGE
    assert doc["error"] == "settings_incomplete"
    assert {p["field"] for p in doc["problems"]} >= {"id_pengguna", "username", "password"}
    assert "ID Pengguna: required" in err
