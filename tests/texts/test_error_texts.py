"""Every error code the core can give has words in both languages: a code added to
``ErrorCode`` without its explanation, or without its Indonesian translation, fails here."""

from __future__ import annotations

import pytest

from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.sister.errors import SisterError
from sister_desktop.texts.error_texts import error_explanation, explanations
from sister_desktop.texts.i18n import use_language
from sister_desktop.texts.sync_texts import error_text

pytestmark = pytest.mark.gui


def _all_subclasses(cls: type) -> list[type]:
    return [cls, *(s for sub in cls.__subclasses__() for s in _all_subclasses(sub))]


def test_every_code_has_an_explanation():
    assert set(explanations()) == set(ErrorCode)


def test_every_explanation_is_translated_to_indonesian(qapp):
    with use_language(qapp, "en"):
        english = explanations()
    with use_language(qapp, "id"):
        indonesian = explanations()
    untranslated = [
        code
        for code in ErrorCode
        if not indonesian[code][0]
        or indonesian[code][0] == english[code][0]
        or not indonesian[code][1]
        or indonesian[code][1] == english[code][1]
    ]
    assert untranslated == []


def test_every_sister_error_code_is_registered():
    import sister_desktop.sister.probe  # noqa: F401  (NameNotFoundError lives there)

    codes = {cls.code for cls in _all_subclasses(SisterError)}
    assert all(isinstance(code, ErrorCode) for code in codes)
    assert len(codes) == len(_all_subclasses(SisterError))


def test_a_code_from_elsewhere_reads_as_an_unexpected_problem(qapp):
    with use_language(qapp, "en"):
        unknown = error_explanation("written_by_a_newer_version")
        nothing = error_explanation(None)
        stored = error_explanation("credential")  # as read back from the sync log
    assert unknown == nothing == error_explanation(ErrorCode.SISTER_ERROR)
    assert stored == error_explanation(ErrorCode.CREDENTIAL)
    assert stored.text.startswith("SISTER refused")


def test_sisters_own_message_is_appended(qapp):
    with use_language(qapp, "id"):
        text = error_explanation(ErrorCode.REJECTED, message="Akses ditolak").text
    assert text.endswith("“Akses ditolak”")
    assert "Akses ditolak" not in error_explanation(ErrorCode.REJECTED).text


def test_token_refused_has_its_own_indonesian_text_and_hint(qapp):
    with use_language(qapp, "id"):
        refused = error_explanation("token_refused")
        credential = error_explanation("credential")
        unknown = error_explanation("no_such_code")
        logged = error_text("token_refused", "Unauthorized")
    assert refused.text == "SISTER menolak permintaan data ini, bahkan tepat setelah login ulang."
    assert "Admin PT" in refused.hint and "Sister-WS" in refused.hint
    assert refused.text not in {credential.text, unknown.text}
    assert "password sudah benar" in refused.hint
    # The Log Sinkronisasi line: SISTER's own word first, then what it means.
    assert logged == f"Unauthorized — {refused.text}"


def test_token_refused_reads_in_english_too(qapp):
    with use_language(qapp, "en"):
        refused = error_explanation("token_refused")
    assert refused.text == "SISTER refused this data call even right after a fresh login."
    assert "role may lack the rights" in refused.hint
