"""``/dokumen`` writes: an upload (a file or a link), its change, its deletion, and the
multipart bodies they and ``/data_pribadi/foto`` arrive in.

A document belongs to a person (``id_sdm``) and is listed by ``/dokumen?id_sdm=``; its id is
what a record's ``dokumen`` field then names. ``GET /dokumen/{id}/download`` gives back the
bytes that were uploaded.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.parser import BytesParser
from email.policy import HTTP

from sister_desktop.sandbox import referensi as ref
from sister_desktop.sandbox.mutations import insert_record, person_lists, remove_record
from sister_desktop.sandbox.write_rules import refuse
from sister_desktop.sandbox.writes import Outcome, Upload, Writes, forbidden

_WIB = timezone(timedelta(hours=7))
_FIELDS = ("file", "id_sdm", "id_jenis_dokumen", "nama", "tautan", "keterangan")
_LIMITS = {"nama": 200, "tautan": 256, "keterangan": 255}


class Form:
    """A ``multipart/form-data`` body: text fields and at most one file per name."""

    def __init__(self, text: dict[str, str], files: dict[str, tuple[str, Upload]]) -> None:
        self.text = text
        self.files = files

    @property
    def names(self) -> set[str]:
        return set(self.text) | set(self.files)


def parse_form(content_type: str, body: bytes) -> Form:
    """Parse a multipart body, or refuse it (400) as the service does a malformed one."""
    if not content_type.lower().startswith("multipart/form-data") or "boundary=" not in (
        content_type
    ):
        raise refuse("Request harus dalam format multipart/form-data")
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    text: dict[str, str] = {}
    files: dict[str, tuple[str, Upload]] = {}
    if not message.is_multipart():
        raise refuse("Request harus dalam format multipart/form-data")
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        data = part.get_payload(decode=True) or b""
        assert isinstance(data, bytes)
        filename = part.get_filename()
        if filename is not None:
            files[name] = (filename, Upload(data, part.get_content_type()))
        else:
            text[name] = data.decode("utf-8", "replace")
    return Form(text, files)


def _jenis(value: str | None, required: bool) -> str | None:
    if value is None or value == "":
        if required:
            raise refuse("id_jenis_dokumen harus diisi")
        return None
    try:
        number = int(value)
    except ValueError:
        raise refuse("id_jenis_dokumen harus berupa bilangan bulat") from None
    names = {r["id"]: r["nama"] for r in ref.national()["jenis_dokumen"]}
    if number not in names:
        raise refuse(f"id_jenis_dokumen {number} tidak ditemukan di referensi jenis_dokumen")
    return names[number]


def _check_form(form: Form, allowed: tuple[str, ...]) -> None:
    extra = sorted(form.names - set(allowed))
    if extra:
        raise refuse(f"Field {extra[0]} tidak dikenal")
    for name, limit in _LIMITS.items():
        if len(form.text.get(name, "")) > limit:
            raise refuse(f"{name} maksimal {limit} karakter")
    tautan = form.text.get("tautan", "")
    if tautan and not tautan.startswith(("http://", "https://")):
        raise refuse("tautan harus berupa URL")


def _now() -> str:
    return datetime.now(_WIB).strftime("%Y-%m-%d %H:%M:%S")


def upload(writes: Writes, form: Form) -> Outcome:
    """``POST /dokumen``: a new document of a person, from a file or a link."""
    _check_form(form, _FIELDS)
    jenis = _jenis(form.text.get("id_jenis_dokumen"), required=True)
    id_sdm = form.text.get("id_sdm", "")
    if not id_sdm:
        raise refuse("id_sdm harus diisi (pemilik dokumen)")
    if writes.world.person(id_sdm) is None:
        raise refuse(f"id_sdm {id_sdm} bukan SDM perguruan tinggi ini")
    sent = form.files.get("file")
    tautan = form.text.get("tautan", "")
    if (sent is None or not sent[1].data) and not tautan:
        raise refuse("file atau tautan harus diisi")
    index = writes.place(id_sdm)
    filename = sent[0] if sent else ""
    document_id = writes.new_id(index)
    row = {
        "id": document_id,
        "nama": form.text.get("nama") or filename or tautan,
        "jenis_dokumen": jenis,
        "nama_file": filename,
        "jenis_file": sent[1].media_type if sent else "",
        "tanggal_upload": _now(),
        "tautan": tautan,
        "keterangan": form.text.get("keterangan", ""),
    }
    insert_record(writes.world, index, "dokumen", row)
    writes.state.created.add(document_id)
    if sent is not None and sent[1].data:
        writes.state.files[document_id] = sent[1]
    writes.record("POST", "/dokumen", id=document_id, id_sdm=id_sdm, ajuan=None)
    return Outcome(200, {"id": document_id})


def change(writes: Writes, document_id: str, form: Form) -> Outcome:
    """``POST /dokumen/{id}``: new metadata, and a new file when one is sent."""
    person, row = writes.find("dokumen", document_id)
    _check_form(form, tuple(f for f in _FIELDS if f != "id_sdm"))
    reason = writes.state.locks.get(document_id)
    if reason:
        raise forbidden(reason)
    jenis = _jenis(form.text.get("id_jenis_dokumen"), required=False)
    sent = form.files.get("file")
    tautan = form.text.get("tautan", row["tautan"])
    has_file = (sent is not None and bool(sent[1].data)) or bool(row["nama_file"])
    if not has_file and not tautan:
        raise refuse("file atau tautan harus diisi")
    if jenis is not None:
        row["jenis_dokumen"] = jenis
    for key in ("nama", "keterangan"):
        if key in form.text:
            row[key] = form.text[key]
    row["tautan"] = tautan
    if sent is not None and sent[1].data:
        row["nama_file"] = sent[0]
        row["jenis_file"] = sent[1].media_type
        row["tanggal_upload"] = _now()
        writes.state.files[document_id] = sent[1]
    writes.record("POST", "/dokumen/{id}", id=document_id, id_sdm=person.id_sdm, ajuan=None)
    return Outcome(200, row)


def delete(writes: Writes, document_id: str) -> Outcome:
    """``DELETE /dokumen/{id}``: gone from the list, and detached from the person's records."""
    person, _row = writes.find("dokumen", document_id)
    reason = writes.state.locks.get(document_id)
    if reason:
        raise forbidden(reason)
    index = writes.place(person.id_sdm)
    remove_record(writes.world, "dokumen", document_id)
    for rows in person_lists(writes.world, index).values():
        for row in rows:
            docs = row.get("dokumen")
            if isinstance(docs, list) and any(d.get("id") == document_id for d in docs):
                row["dokumen"] = [d for d in docs if d.get("id") != document_id]
    writes.state.files.pop(document_id, None)
    writes.record("DELETE", "/dokumen/{id}", id=document_id, id_sdm=person.id_sdm, ajuan=None)
    return Outcome(204)


def photo(writes: Writes, id_sdm: str, form: Form) -> Outcome:
    """``POST /data_pribadi/foto/{id_sdm}``: a JPG or PNG replaces the pas foto."""
    extra = sorted(form.names - {"file"})
    if extra:
        raise refuse(f"Field {extra[0]} tidak dikenal")
    sent = form.files.get("file")
    return writes.put_photo(id_sdm, sent[1] if sent else None)
