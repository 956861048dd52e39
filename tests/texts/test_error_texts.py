"""The operator's words for a token refused right after a login: their own, in Indonesian, and
never the "credentials rejected" ones (the login succeeded)."""

from __future__ import annotations

from sister_desktop.texts.error_texts import error_explanation
from sister_desktop.texts.i18n import use_language
from sister_desktop.texts.sync_texts import error_text


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
