"""Words for monitoring: field names, states, change kinds, column titles, and the rows of the
three lists (Perbandingan, orphans, what changed) as export cells.

One module so the panels, the PDF report, the XLSX export and ``sister-desktop compare`` say
the same thing in the operator's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.comparison import FieldComparison, FieldState, PegawaiComparison
from sister_desktop.domain.comparison_history import ComparisonHistoryEntry, HistoryAction
from sister_desktop.domain.monitoring import Orphans, PegawaiChange
from sister_desktop.domain.pegawai import JenisPegawai, Pegawai
from sister_desktop.domain.records import SdmRow
from sister_desktop.files.report_xlsx import ReportSheet
from sister_desktop.texts import pegawai_texts, sync_texts
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_date, format_datetime

_CTX = "ComparisonTexts"
DASH = "—"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_label(field: str) -> str:
    """A compared field's label: the pegawai's, the unit named with SISTER's homebase too."""
    if field == "unit_kerja":
        return _t("Unit kerja / homebase")
    return pegawai_texts.field_label(field)


def state_label(state: FieldState) -> str:
    return {
        FieldState.SAME: _t("Same"),
        FieldState.DIFFERENT: _t("Different"),
        FieldState.NO_SISTER_DATA: _t("No SISTER data"),
        FieldState.NOT_KEPT: _t("Not kept by the campus"),
    }[state]


def value_text(field: str, value: str | None) -> str:
    """A value as the operator reads it: dates dd/mm/yyyy, L/P spelled out, a dash for none."""
    if value is None:
        return DASH
    if field == "tanggal_lahir":
        try:
            return format_date(date.fromisoformat(value[:10]))
        except ValueError:
            return value
    if field == "jenis_kelamin":
        return pegawai_texts.sex_label(value)
    return value


def value_cell(field: str, value: str | None) -> str | date | None:
    """A value for a spreadsheet or the PDF: dates as dates, L/P spelled out as on screen."""
    if value is not None and field == "tanggal_lahir":
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return value
    if value is not None and field == "jenis_kelamin":
        return pegawai_texts.sex_label(value)
    return value


def change_kind_label(kind: str) -> str:
    return {
        "jabatan_fungsional": _t("New rank"),
        "pangkat_golongan": _t("New grade"),
        "pendidikan_tertinggi": _t("New degree"),
        "homebase_unit": _t("New assignment"),
        "status_aktif": _t("Status changed"),
        "data": _t("Other data"),
    }.get(kind, kind)


def change_kinds_text(change: PegawaiChange) -> str:
    parts = []
    current = change.current
    for kind in change.kinds:
        label = change_kind_label(kind)
        value = getattr(current, kind, None) if current is not None and kind != "data" else None
        parts.append(f"{label}: {value}" if value else label)
    return "; ".join(parts)


def change_details_text(change: PegawaiChange) -> str:
    """What changed, dataset by dataset ("Publikasi: + Judul baru; Riwayat pekerjaan: −
    Dosen Tamu"), each named as the Data SISTER pages name it."""
    return "; ".join(
        f"{sync_texts.endpoint_label(endpoint)}: {sync_texts.fields_text(fields, endpoint)}"
        for endpoint, fields in change.details
    )


def jenis_text(jenis: JenisPegawai | str) -> str:
    return _t("Dosen") if JenisPegawai(jenis) is JenisPegawai.DOSEN else _t("Tendik")


def history_action_label(action: HistoryAction) -> str:
    return _t("SISTER value applied") if action is HistoryAction.APPLY else _t("Undone")


def history_cells(entry: ComparisonHistoryEntry) -> list[str]:
    return [
        sync_texts.local_time(entry.changed_at, with_date=True),
        entry.pegawai_nama or DASH,
        field_label(entry.field),
        value_text(entry.field, entry.old_value),
        value_text(entry.field, entry.new_value),
        history_action_label(entry.action)
        + (" (" + _t("undone") + ")" if entry.undone_by is not None else ""),
        entry.changed_by or DASH,
    ]


def history_headers() -> list[str]:
    return [
        _t("When"),
        _t("Pegawai"),
        _t("Field"),
        _t("Old value"),
        _t("New value"),
        _t("Action"),
        _t("By"),
    ]


# -- the lists as report sheets -------------------------------------------------------------


def comparison_headers() -> list[str]:
    return [_t("Name"), "id_sdm", _t("Field"), _t("Campus value"), _t("SISTER value"), _t("State")]


def comparison_rows(
    items: Sequence[PegawaiComparison], *, only_different: bool
) -> list[tuple[PegawaiComparison, FieldComparison]]:
    """The (employee, field) rows shown: every compared field, or only the differences."""
    rows = []
    for item in items:
        for compared in item.fields:
            if only_different and not compared.different:
                continue
            if compared.state is FieldState.NOT_KEPT and only_different:
                continue
            rows.append((item, compared))
    return rows


def comparison_sheet(items: Sequence[PegawaiComparison], *, only_different: bool) -> ReportSheet:
    rows = comparison_rows(items, only_different=only_different)
    return ReportSheet(
        _t("Perbandingan"),
        comparison_headers(),
        [
            [
                item.nama,
                item.id_sdm,
                field_label(f.field),
                value_cell(f.field, f.local),
                value_cell(f.field, f.sister),
                state_label(f.state),
            ]
            for item, f in rows
        ],
        [f.different for _, f in rows],
    )


def sister_without_local_headers() -> list[str]:
    return [_t("Name in SISTER"), "id_sdm", "NIDN", "NIP", "NUPTK", _t("SDM type"), _t("Status")]


def sdm_cells(row: SdmRow) -> list[str | None]:
    return [
        row.nama_sdm,
        row.id_sdm,
        row.nidn,
        (row.nip or "").strip() or None,
        row.nuptk,
        row.jenis_sdm,
        row.nama_status_aktif,
    ]


def local_without_link_headers() -> list[str]:
    return [_t("Name"), "NIP", "NIDN", _t("Dosen or tendik"), _t("Unit kerja")]


def pegawai_cells(p: Pegawai) -> list[str | int | None]:
    return [
        p.nama,
        p.nip,
        p.nidn or p.nidk or p.nupn,
        jenis_text(p.jenis_pegawai),
        p.unit_kerja,
    ]


def orphan_sheets(orphans: Orphans) -> list[ReportSheet]:
    return [
        ReportSheet(
            _t("In SISTER, not on campus"),
            sister_without_local_headers(),
            [sdm_cells(r) for r in orphans.sister_without_local],
        ),
        ReportSheet(
            _t("In SISTER, can be linked"),
            sister_without_local_headers(),
            [sdm_cells(r) for r in orphans.sister_on_campus_unlinked],
        ),
        ReportSheet(
            _t("Not linked to SISTER"),
            local_without_link_headers(),
            [pegawai_cells(p) for p in orphans.local_without_link],
        ),
    ]


def changes_headers() -> list[str]:
    return [_t("Name"), "id_sdm", _t("What changed"), _t("Details")]


def changes_sheet(changes: Sequence[PegawaiChange]) -> ReportSheet:
    return ReportSheet(
        _t("What changed"),
        changes_headers(),
        [[c.nama, c.id_sdm, change_kinds_text(c), change_details_text(c)] for c in changes],
    )


def report_title() -> str:
    return _t("SISTER Desktop monitoring report")


def report_meta_text(pt_name: str | None, operator: str | None, when: datetime) -> str:
    return fill(
        _t("Perguruan tinggi: %1 · Printed %2 by %3"),
        pt_name or DASH,
        format_datetime(when),
        operator or DASH,
    )


def page_text(page: int, pages: int) -> str:
    return fill(_t("Page %1 of %2"), str(page), str(pages))


def empty_list_text() -> str:
    return _t("(nothing in this list)")


def exported_text(path: str) -> str:
    return fill(_t("Written to %1"), path)


def output_kind_text() -> str:
    return _t("--output must end in .xlsx or .pdf")


def compare_summary_text(differences: int, pegawai: int, sister_only: int, unlinked: int) -> str:
    return fill(
        _t("%1 differences in %2 pegawai; %3 SDM in SISTER not on campus; %4 pegawai not linked"),
        str(differences),
        str(pegawai),
        str(sister_only),
        str(unlinked),
    )


def orphans_unavailable_text() -> str:
    return _t(
        "SISTER's list of SDM could not be fetched, so the orphan lists are empty. "
        "Check the connection in Settings (Cek Service) and try again."
    )


def applied_text(changed: int) -> str:
    if changed == 0:
        return _t("Nothing to apply: the campus values already match SISTER.")
    return fill(
        _t("SISTER's value copied into %1 field(s). Undo it from the history below."), str(changed)
    )


def sister_has_no_value_text(fields: list[str]) -> str:
    """Terapkan where the fields differ only because SISTER has no value: nothing is copied,
    and the operator hears why (not "already equal": they are not)."""
    return fill(
        _t(
            "Nothing to apply: SISTER has no value for %1. An empty value is never copied "
            "over what the campus knows, which is why the row has no tick box."
        ),
        ", ".join(dict.fromkeys(field_label(f) for f in fields)),
    )


def no_sister_value_tooltip() -> str:
    """The tooltip of a row that differs but cannot be ticked: SISTER's value is empty."""
    return _t("SISTER has no value here: nothing to copy, the campus value stays.")


def undone_text(restored: int, kept: int) -> str:
    text = fill(_t("%1 field(s) put back to the campus value."), str(restored))
    if kept:
        text += " " + fill(
            _t("%1 field(s) were changed again since and keep their newer value."), str(kept)
        )
    return text


def pegawai_gone_text() -> str:
    return _t(
        "That pegawai was deleted meanwhile (another window or workstation). "
        "Nothing was changed; refresh the list."
    )


def counts_text(differences: int, pegawai: int, compared: int, not_synced: int) -> str:
    text = fill(
        _t("%1 differences in %2 of %3 synced pegawai."),
        str(differences),
        str(pegawai),
        str(compared),
    )
    if not_synced:
        text += " " + fill(_t("%1 linked pegawai have not been synced yet."), str(not_synced))
    return text


def field_filter_text(field: str | None, count: int | None = None) -> str:
    label = _t("All fields") if field is None else field_label(field)
    return label if count is None else f"{label} ({count})"


def added_text(nama: str) -> str:
    return fill(
        _t("%1 was added to the campus list and linked to SISTER. Sync them to compare."), nama
    )


def already_linked_text(nama: str) -> str:
    return fill(_t("This SDM is already linked to %1. Nothing was added."), nama)


def not_in_sdm_list_text() -> str:
    return _t("SISTER's list no longer holds this SDM. Refresh the list and try again.")


def no_run_text() -> str:
    return _t("No sync has been run yet: run Sinkronisasi first.")


def no_changes_text() -> str:
    return _t("Nothing changed in SISTER since the previous sync for this run's pegawai.")
