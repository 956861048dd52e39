import logging

from sister_desktop.logs import scrub, setup_logging


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
