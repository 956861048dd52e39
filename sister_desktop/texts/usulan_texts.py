"""The operator's words for usulan and the Kirim ke SISTER: statuses, kinds, what is wrong with
a value or a row, what each outcome means, the role's meaning and the Log Kirim's columns.

Shared by the command line (``usulan``, ``kirim``) and the window. English source strings
through Qt's translation; the Indonesian catalogue is the default.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.usulan import Usulan, UsulanJenis, UsulanStatus
from sister_desktop.texts.fill import fill
from sister_desktop.texts.write_field_texts import form_field_title

_CTX = "UsulanTexts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_label(status: UsulanStatus | str) -> str:
    labels = {
        UsulanStatus.DRAF: _t("Draft"),
        UsulanStatus.DISETUJUI: _t("Approved"),
        UsulanStatus.SENDING: _t("Being sent"),
        UsulanStatus.DIAJUKAN: _t("Submitted (ajuan in verification)"),
        UsulanStatus.DITERAPKAN: _t("Applied in SISTER"),
        UsulanStatus.DITOLAK: _t("Refused by SISTER"),
        UsulanStatus.DUPLIKAT: _t("Already in SISTER (duplicate)"),
        UsulanStatus.BERUBAH_DI_SISTER: _t("Changed in SISTER meanwhile, not sent"),
        UsulanStatus.PERLU_DICEK: _t("Needs checking in SISTER"),
        UsulanStatus.GAGAL: _t("Failed, nothing reached SISTER"),
        UsulanStatus.BATAL: _t("Withdrawn"),
    }
    return labels.get(UsulanStatus(status), str(status))


def status_hint(status: UsulanStatus | str) -> str:
    """What the operator does next with an usulan in this status."""
    hints = {
        UsulanStatus.DRAF: _t("Approve it before it can be sent."),
        UsulanStatus.DISETUJUI: _t("It is sent by the next Kirim ke SISTER."),
        UsulanStatus.SENDING: _t("A Kirim is sending it now."),
        UsulanStatus.DIAJUKAN: _t(
            "SISTER's verifiers decide on it; the ajuan shows in Data SISTER after a sync."
        ),
        UsulanStatus.DITERAPKAN: _t("Nothing to do."),
        UsulanStatus.DITOLAK: _t("Read SISTER's reason, correct the data and make a new usulan."),
        UsulanStatus.DUPLIKAT: _t(
            "SISTER already has this record: use the existing one (its id is kept) instead."
        ),
        UsulanStatus.BERUBAH_DI_SISTER: _t(
            "Sync this pegawai, look at SISTER's new values and make the usulan again."
        ),
        UsulanStatus.PERLU_DICEK: _t(
            "Run kirim --periksa: it looks in SISTER and settles the usulan; it is never sent "
            "again by itself."
        ),
        UsulanStatus.GAGAL: _t("It is sent again by the next Kirim ke SISTER."),
        UsulanStatus.BATAL: _t("Nothing to do."),
    }
    return hints.get(UsulanStatus(status), "")


def jenis_label(jenis: UsulanJenis | str) -> str:
    labels = {
        UsulanJenis.BARU: _t("New"),
        UsulanJenis.UBAH: _t("Changed"),
        UsulanJenis.HAPUS: _t("Deleted"),
    }
    return labels.get(UsulanJenis(jenis), str(jenis))


def problem_text(code: str, field: str, detail: str | None = None) -> str:
    """What is wrong with one value (a ``ProblemCode``) or one row (a ``RowProblemCode``)."""
    texts = {
        "required": _t("%1 must be filled in."),
        "not_integer": _t("%1 must be a whole number."),
        "not_number": _t("%1 must be a number."),
        "not_boolean": _t("%1 must be ya or tidak."),
        "bad_date": _t("%1 must be a real date, written yyyy-mm-dd."),
        "bad_uuid": _t("%1 must be a SISTER id (a UUID)."),
        "bad_email": _t("%1 must be an e-mail address."),
        "bad_url": _t("%1 must be a link starting with http:// or https://."),
        "too_long": _t("%1 is longer than SISTER allows (at most %2 characters)."),
        "not_allowed": _t("%1 must be one of: %2."),
        "not_a_list": _t("%1 must be a list, separated by ;."),
        "unknown_field": _t("%1 is no field SISTER takes for this data."),
        "unknown_reference": _t("%1: %2 is not in SISTER's reference list."),
        "no_pegawai": _t("No pegawai has this %1 (%2)."),
        "pegawai_ambiguous": _t("Several pegawai have this %1 (%2): use id_pegawai."),
        "not_linked": _t("The pegawai is not linked to SISTER yet (Hubungkan first)."),
        "no_record": _t("SISTER's record %2 is not in the synced data: sync the pegawai first."),
        "not_synced": _t("%2 of this pegawai has not been synced yet: sync first."),
        "no_change": _t("The row changes nothing in SISTER's record."),
        "not_writable": _t("SISTER takes no change of %2 from the campus."),
        "file_missing": _t("The document file %2 does not exist."),
        "not_an_image": _t("%2 is not a JPG or PNG picture: SISTER takes only those as a photo."),
        "duplicate_row": _t("The same record is already in row %2 of this file."),
    }
    template = texts.get(code)
    if template is None:
        return f"{field}: {code}"
    return fill(template, field, detail or "")


def already_text(row: int, sister_id: str, asal_data: str | None) -> str:
    if asal_data:
        return fill(
            _t("row %1: already in SISTER (record %2, from %3); not drafted"),
            str(row),
            sister_id,
            asal_data,
        )
    return fill(_t("row %1: already in SISTER (record %2); not drafted"), str(row), sister_id)


def import_summary(drafted: int, already: int, problems: int, dry_run: bool) -> str:
    if problems:
        return fill(
            _t(
                "%1 problem(s) in the file: nothing was drafted. Correct the rows and import again."
            ),
            str(problems),
        )
    if dry_run:
        return fill(
            _t("The file is valid: %1 usulan would be drafted, %2 already in SISTER."),
            str(drafted),
            str(already),
        )
    return fill(
        _t("%1 usulan drafted, %2 already in SISTER. Approve them with usulan setujui."),
        str(drafted),
        str(already),
    )


def summary_line(item: Usulan) -> str:
    """One line naming the usulan: its id, kind, family, pegawai and status."""
    title = ""
    values = item.body or item.base_record or {}
    for name in ("judul", "judul_makalah", "nama", "nama_organisasi", "sk", "email"):
        if values.get(name):
            title = str(values[name])
            break
    return fill(
        _t("#%1 %2 %3 of %4 (%5): %6"),
        str(item.id),
        jenis_label(item.jenis),
        item.dataset,
        item.pegawai_nama or item.id_sdm,
        title[:60],
        status_label(item.status),
    )


def role_meaning(role: str | None) -> str:
    """What a write means with this credential: Basic → an ajuan, Pro → applied at once."""
    text = (role or "").lower()
    if text.endswith("pro"):
        return _t("Sister-WS Pro: changes apply at once.")
    if "basic" in text:
        return _t("Sister-WS Basic: changes to core data become an ajuan that SISTER verifies.")
    return _t("This account's role is unknown: SISTER decides what each change becomes.")


def writes_switched_text(enabled: bool) -> str:
    if enabled:
        return _t("Sending changes to SISTER is switched on for this database.")
    return _t("Sending changes to SISTER is switched off for this database.")


def preview_heading(dataset: str, jenis: UsulanJenis, count: int) -> str:
    return fill(_t("%1 — %2: %3"), dataset, jenis_label(jenis), str(count))


def change_line(field: str, old: object, new: object) -> str:
    def shown(value: object) -> str:
        return "—" if value in (None, "", []) else str(value)

    return fill(_t("%1: %2 → %3"), field, shown(old), shown(new))


def nothing_to_send_text() -> str:
    return _t("No approved usulan to send.")


def kirim_progress_text(done: int, total: int, requests: int) -> str:
    return fill(_t("%1 of %2 usulan, %3 requests"), str(done), str(total), str(requests))


def reading_back_text() -> str:
    return _t("Reading the changed data back from SISTER…")


def kirim_summary_text(result_counts: dict[UsulanStatus, int]) -> str:
    parts = [f"{status_label(status)}: {count}" for status, count in result_counts.items() if count]
    return fill(_t("Kirim finished. %1"), "; ".join(parts) or "0")


def periksa_summary_text(checked: int, settled: int) -> str:
    return fill(
        _t("%1 usulan checked in SISTER, %2 settled; the rest stay to be checked."),
        str(checked),
        str(settled),
    )


def stopping_text() -> str:
    return _t("Stopping: the usulan on the way finish and are recorded…")


def locked_text(holder: str | None) -> str:
    return fill(
        _t("Another SISTER job (a sync or a Kirim) is running on %1. Try again when it ends."),
        holder or "?",
    )


def read_back_failed_text(count: int) -> str:
    return fill(
        _t("%1 pegawai could not be read back; Data SISTER shows their change after a sync."),
        str(count),
    )


# Refusals made here before any request, whose ``message`` holds ``field: value``.
REFUSED_HERE = frozenset({"unknown_reference"})


def refused_here_text(item: Usulan) -> str | None:
    """Why the Kirim refused an usulan itself, before asking SISTER (an id not in the
    referensi list), in words; ``None`` when SISTER answered or nothing was refused here."""
    if item.error_code not in REFUSED_HERE or item.http_status is not None or not item.message:
        return None
    field, _, value = item.message.partition(": ")
    return problem_text(item.error_code, form_field_title(field, item.dataset), value)


def outcome_line(item: Usulan) -> str:
    line = summary_line(item)
    refused = refused_here_text(item)
    if refused is not None:
        line += " — " + refused
    elif item.message:
        line += " — " + fill(_t("SISTER said: %1"), item.message)
    elif item.error_code:
        line += f" — {item.error_code}"
    return line


def log_headers() -> list[str]:
    return [
        _t("Usulan"),
        _t("Pegawai"),
        "id_sdm",
        _t("Data"),
        _t("Kind"),
        _t("Outcome"),
        _t("SISTER id"),
        _t("HTTP status"),
        _t("SISTER's message"),
        _t("Approved by"),
        _t("Approved at"),
        _t("Sent by"),
        _t("Sent at"),
    ]


def log_cells(item: Usulan) -> list[str | int | datetime | None]:
    return [
        item.id,
        item.pegawai_nama,
        item.id_sdm,
        item.dataset,
        jenis_label(item.jenis),
        status_label(item.status),
        item.sister_id,
        item.http_status,
        refused_here_text(item) or item.message or (item.error_code or None),
        item.approved_by,
        item.approved_at.astimezone() if item.approved_at else None,
        item.sent_by,
        item.sent_at.astimezone() if item.sent_at else None,
    ]


def log_exported_text(count: int, path: str) -> str:
    return fill(_t("Log Kirim: %1 usulan written to %2."), str(count), path)


def log_format_text(path: str) -> str:
    return fill(_t("The Log Kirim is written as .xlsx or .csv: %1 is neither."), path)


def log_sheet_title() -> str:
    return _t("Log Kirim")


def transition_text(done: int, asked: int, action: str) -> str:
    texts = {
        "setujui": _t("%1 of %2 usulan approved (only drafts can be approved)."),
        "batal": _t("%1 of %2 usulan withdrawn (a sent usulan cannot be withdrawn)."),
    }
    return fill(texts[action], str(done), str(asked))


def choose_ids_text() -> str:
    return _t("Name the usulan ids, or --all for every draft.")


def unknown_status_text(given: str, valid: str) -> str:
    return fill(_t("Unknown status %1. The statuses are: %2."), given, valid)


def xlsx_only_text(path: str) -> str:
    return fill(_t("The template is an XLSX file: %1 does not end in .xlsx."), path)


def unknown_dataset_text(name: str, valid: str) -> str:
    return fill(_t("Unknown data %1. SISTER takes changes of: %2."), name, valid)


def hapus_done_text(item: Usulan) -> str:
    return fill(
        _t("Usulan #%1 drafted: delete %2 %3."), str(item.id), item.dataset, item.record_id or ""
    )


def from_comparison_done_text(count: int) -> str:
    return fill(_t("%1 usulan drafted from the Perbandingan."), str(count))


def template_done_text(path: str) -> str:
    return fill(_t("Template written to %1."), path)


def template_sheet_titles() -> tuple[str, str]:
    return _t("Riwayat"), _t("Petunjuk")


def template_guide_headers() -> list[str]:
    return [
        _t("Column"),
        _t("Required"),
        _t("Type"),
        _t("At most"),
        _t("Allowed values"),
        _t("Reference list"),
        _t("Meaning"),
    ]


def type_label(kind: str) -> str:
    labels = {
        "string": _t("text"),
        "integer": _t("whole number"),
        "number": _t("number"),
        "boolean": _t("ya/tidak"),
        "date": _t("date yyyy-mm-dd"),
        "uuid": _t("SISTER id"),
        "url": _t("link"),
        "email": _t("e-mail"),
        "id_list": _t("ids separated by ;"),
        "members": _t("list"),
    }
    return labels.get(kind, kind)


def column_meaning(column: str) -> str:
    meanings = {
        "id_pegawai": _t("The pegawai's ID in this program (or fill NIP, NIDN or NUPTK)."),
        "nip": _t("The pegawai's NIP."),
        "nidn": _t("The pegawai's NIDN."),
        "nuptk": _t("The pegawai's NUPTK."),
        "id": _t("SISTER's id of the record to change; empty for a new record."),
        "peran_anggota": _t("The pegawai's role in the record (empty: K, or A for authors)."),
        "dokumen_file": _t("A document file to upload (a path, beside this file or full)."),
        "dokumen_tautan": _t("Or a link to the document."),
        "dokumen_nama": _t("The document's name."),
        "dokumen_jenis": _t("The document's jenis (referensi jenis_dokumen)."),
        "dokumen_keterangan": _t("A note on the document."),
    }
    return meanings.get(column, "")


def yes_no(value: bool) -> str:
    return _t("yes") if value else _t("no")
