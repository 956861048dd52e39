"""How a refused write ends: a 409 is a duplikat naming the record SISTER already has, any
other refusal is ditolak; a write of unknown fate is perlu dicek, with SISTER's words kept."""

from __future__ import annotations

from sister_desktop.domain.usulan import UsulanStatus
from sister_desktop.services.kirim_outcome import rejected_outcome, uncertain_outcome
from sister_desktop.sister.errors import RequestRejectedError, WriteUncertainError


def test_a_409_is_a_duplikat_with_the_existing_record_id():
    error = RequestRejectedError(
        "conflict",
        http_status=409,
        message="Data sudah ada",
        detail="id 3F2504E0-4F89-11D3-9A0C-0305E82C3301 sama",
    )
    outcome = rejected_outcome(error)
    assert outcome.status is UsulanStatus.DUPLIKAT
    assert outcome.sister_id == "3f2504e0-4f89-11d3-9a0c-0305e82c3301"
    assert outcome.message == "Data sudah ada: id 3F2504E0-4F89-11D3-9A0C-0305E82C3301 sama"


def test_another_refusal_is_ditolak_and_an_unknown_fate_perlu_dicek():
    refused = rejected_outcome(RequestRejectedError("bad", http_status=400, message="judul"))
    assert (refused.status, refused.http_status, refused.message) == (
        UsulanStatus.DITOLAK,
        400,
        "judul",
    )
    assert refused.sister_id is None
    unknown = uncertain_outcome(WriteUncertainError("timeout", endpoint="/penelitian"))
    assert unknown.status is UsulanStatus.PERLU_DICEK
    assert unknown.error_code == WriteUncertainError.code.value
