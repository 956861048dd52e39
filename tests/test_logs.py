import logging

import pytest

from sister_desktop.logs import scrub, setup_logging


@pytest.fixture(autouse=True)
def _restore_logging():
    """setup_logging changes process-wide loggers: later tests get them back as they were."""
    root, httpx = logging.getLogger(), logging.getLogger("httpx")
    levels = root.level, httpx.level
    yield
    for handler in list(root.handlers):
        if getattr(handler, "_sister_desktop", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(levels[0])
    httpx.setLevel(levels[1])


def test_scrub_hides_tokens_and_passwords():
    text = scrub(
        'headers {"Authorization": "Bearer eyJhbGciOi.eyJzdWIi.c2lnbmF0dXJl"} '
        'body {"password": "rahasia123", "username": "op"}'
    )
    assert "rahasia123" not in text
    assert "eyJhbGciOi" not in text
    assert "op" in text


def test_log_file_never_holds_a_password(tmp_path):
    log_file = tmp_path / "app.log"
    setup_logging(log_file)
    logging.getLogger("x").warning("login with password=s3cret! token: abc.def")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = log_file.read_text()
    assert "s3cret!" not in content and "abc.def" not in content
    assert "login with" in content


def test_one_line_per_request_only_at_debug(tmp_path):
    log_file = tmp_path / "app.log"
    setup_logging(log_file)
    logging.getLogger("httpx").info('HTTP Request: GET http://x/referensi/sdm "200 OK"')
    logging.getLogger("httpx").warning("a connection pool problem")
    setup_logging(log_file, level=logging.DEBUG)
    logging.getLogger("httpx").info('HTTP Request: GET http://x/referensi/profil_pt "200 OK"')
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = log_file.read_text()
    assert "referensi/sdm" not in content
    assert "a connection pool problem" in content
    assert "referensi/profil_pt" in content


def test_log_files_are_owner_only(tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        setup_logging(tmp_path / "app.log")
        logging.getLogger("x").warning("Budi Santoso, NIK 3201234567890123")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "app.log").stat().st_mode) == 0o600
