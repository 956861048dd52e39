"""Words for Sinkronisasi: modes, statuses, endpoints, error codes, changed fields, progress.

One module so the tab, the progress dialog, the log export and ``sister-desktop sync``/``log``
say the same thing in the operator's language (the Indonesian catalogue translates these
English sources).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.changes import (
    FIRST_SYNC,
    RECORD_ADDED,
    RECORD_CHANGED,
    RECORD_REMOVED,
    read_record_mark,
)
from sister_desktop.domain.comparison import SDM_ROW
from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.sync_estimate import SyncEstimate
from sister_desktop.domain.sync_log import (
    DERIVED_ENDPOINT,
    LockHolder,
    RunStatus,
    SyncLogRow,
    SyncMode,
    SyncRun,
)
from sister_desktop.domain.sync_progress import SyncPhase, SyncProgress, SyncRequest
from sister_desktop.texts.error_texts import error_explanation
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_datetime, format_number, format_time
from sister_desktop.texts.sister_data_texts import dataset_label, groups_text
from sister_desktop.texts.sister_field_texts import field_title, rank_text

_CTX = "SyncTexts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def mode_label(mode: SyncMode) -> str:
    return {
        SyncMode.ALL: _t("All linked pegawai"),
        SyncMode.FAILED: _t("Failed only"),
        SyncMode.RESUME: _t("Resume"),
        SyncMode.SELECTED: _t("Ticked pegawai"),
        SyncMode.SCHEDULED: _t("Scheduled (lists past their freshness)"),
        SyncMode.SAMPLE: _t("Sample for the estimate"),
    }[mode]


def run_status_label(status: RunStatus) -> str:
    return {
        RunStatus.RUNNING: _t("Running"),
        RunStatus.COMPLETED: _t("Completed"),
        RunStatus.PARTIAL: _t("Completed with failures"),
        RunStatus.CANCELLED: _t("Stopped by the operator"),
        RunStatus.INTERRUPTED: _t("Interrupted"),
        RunStatus.FAILED: _t("Stopped by an error"),
    }[status]


def resumed_status_label(status: RunStatus) -> str:
    """The status of a run whose remaining pegawai a later run (Lanjutkan) took over."""
    return fill(_t("%1, resumed"), run_status_label(status))


def resumed_by_text(run: SyncRun, successor: SyncRun) -> str:
    return fill(
        _t("The remaining %1 pegawai were continued by the run of %2."),
        format_number(run.total - run.done),
        local_time(successor.started_at, with_date=True),
    )


def resumes_text(predecessor: SyncRun | None) -> str:
    if predecessor is None:
        return _t("Continues an earlier run that was cut short.")
    return fill(
        _t("Continues the run of %1; its log shows the lines of both."),
        local_time(predecessor.started_at, with_date=True),
    )


def result_status_label(status: str) -> str:
    return {"ok": _t("OK"), "failed": _t("Failed"), "skipped": _t("Skipped")}.get(status, status)


def endpoint_label(endpoint: str) -> str:
    """A log line's endpoint as the operator knows it: the dataset's name ("Publications"
    for ``publikasi``); a name the catalogue does not know is shown as it is."""
    if endpoint == DERIVED_ENDPOINT:
        return _t("current values")
    if endpoint == "*":
        return _t("(whole pegawai)")
    if endpoint == SDM_ROW:
        return _t("SDM list")
    return dataset_label(endpoint)


def error_text(code: str | None, message: str | None = None) -> str:
    """SISTER's own message when it gave one; else what our code means."""
    text = error_explanation(code).text if code is not None else ""
    if message:
        return f"{message} — {text}" if text and code != ErrorCode.SERVER_ERROR else message
    return text


def fields_text(fields: tuple[str, ...] | list[str] | None, dataset: str | None = None) -> str:
    """A log line's changed fields and records: fields by the titles Data SISTER gives them
    ("Pangkat/golongan", not ``pangkat_golongan``), records by title ("+ new title",
    "~ changed title", "− removed title", "3 more added")."""
    if not fields:
        return ""
    titled = {mark[0] for mark in map(read_record_mark, fields) if mark and mark[1] is not None}
    words = []
    for name in fields:
        mark = read_record_mark(name)
        if name == FIRST_SYNC:
            words.append(_t("(first sync)"))
        elif mark is None:
            words.append(field_title(name, dataset))
        elif mark[1] is not None:
            title = rank_text(mark[1]) if dataset == "jabatan_fungsional" else mark[1]
            words.append(f"{_RECORD_SIGNS[mark[0]]} {title}")
        elif mark[2]:
            words.append(fill(_more_text(mark[0]), format_number(mark[2])))
        elif mark[0] not in titled:
            words.append(_bare_mark_text(mark[0]))
    return ", ".join(words)


# How a record added, changed or removed is marked before its title.
_RECORD_SIGNS = {RECORD_ADDED: "+", RECORD_CHANGED: "~", RECORD_REMOVED: "−"}


def _bare_mark_text(marker: str) -> str:
    return {
        RECORD_ADDED: _t("(entry added)"),
        RECORD_CHANGED: _t("(entry changed)"),
        RECORD_REMOVED: _t("(entry removed)"),
    }[marker]


def _more_text(marker: str) -> str:
    return {
        RECORD_ADDED: _t("%1 more added"),
        RECORD_CHANGED: _t("%1 more changed"),
        RECORD_REMOVED: _t("%1 more removed"),
    }[marker]


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return _t("unknown")
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def local_time(moment: datetime | None, with_date: bool = False, *, seconds: bool = False) -> str:
    """A moment in local time; ``seconds`` for the Log Sinkronisasi, whose lines come seconds
    apart (``1 Desember 2026 14.26.05``)."""
    if moment is None:
        return ""
    if with_date:
        return format_datetime(moment, seconds=seconds)
    return format_time(moment, seconds=seconds)


def paused_text(resume_at: datetime | None) -> str:
    return fill(
        _t("The server is limiting requests; continuing at %1."), local_time(resume_at) or "…"
    )


#: Names shown of the pegawai pulled at once; the rest are counted.
PULLING_NAMES_SHOWN = 3


def phase_text(phase: SyncPhase) -> str:
    """What the run is doing, as the heading of its progress."""
    return {
        SyncPhase.SDM_LIST: _t("Reading SISTER's list of SDM…"),
        SyncPhase.REFERENSI: _t("Reading the reference lists…"),
        SyncPhase.PULLING: _t("Pulling the pegawai's data from SISTER…"),
    }[phase]


def pulling_text(names: tuple[str, ...] | list[str]) -> str:
    """Who is being pulled at this moment: one name, or several at once."""
    if not names:
        return ""
    if len(names) == 1:
        return fill(_t("Now: %1"), names[0])
    shown = ", ".join(names[:PULLING_NAMES_SHOWN])
    if len(names) > PULLING_NAMES_SHOWN:
        shown = fill(_t("%1 and %2 more"), shown, format_number(len(names) - PULLING_NAMES_SHOWN))
    return fill(_t("Now %1 pegawai at once: %2"), format_number(len(names)), shown)


def pulled_counts_text(progress: SyncProgress) -> str:
    """The pegawai pulled of those to pull, ok and failed; the not linked apart."""
    return fill(
        _t("%1 of %2 pegawai pulled · %3 ok · %4 failed"),
        format_number(progress.pulled),
        format_number(progress.to_pull),
        format_number(progress.ok),
        format_number(progress.failed),
    )


def skipped_text(skipped: int) -> str:
    """The pegawai a run passes over: not linked, so nothing to ask SISTER."""
    return fill(
        _t("%1 pegawai not linked to SISTER: skipped, no request sent."), format_number(skipped)
    )


def stopping_progress_text(pulling: int) -> str:
    """What happens after Hentikan, until the run is recorded as stopped."""
    if not pulling:
        return _t("No new pegawai is started; the run is recorded as stopped.")
    return fill(
        _t(
            "No new pegawai is started; the %1 being pulled finish or are left for "
            "Resume the interrupted run (a few seconds)."
        ),
        format_number(pulling),
    )


def rate_text(rate_rps: float, eta_s: float | None, *, eta_unknown: bool = False) -> str:
    """Requests per second and, while there is something left, the time left: the words of a
    sync's and a Kirim's progress alike. ``eta_unknown`` says a time left is not known yet
    (the first seconds of a run) rather than leaving it out."""
    line = fill(_t("%1 requests/s"), format_number(rate_rps, 1))
    if eta_s is not None:
        line += " · " + fill(_t("about %1 left"), duration_text(eta_s))
    elif eta_unknown:
        # Not "about unknown left": Indonesian reads that as nonsense ("sekitar tidak
        # diketahui lagi"), as the window at 1366×768 showed.
        line += " · " + _t("time left not known yet")
    return line


def progress_line(progress: SyncProgress) -> str:
    """One line for the command line's stderr."""
    if progress.phase is not SyncPhase.PULLING and not progress.finished:
        line = phase_text(progress.phase)
    else:
        line = fill(
            _t("%1 of %2 pegawai: %3 ok, %4 failed"),
            format_number(progress.pulled),
            format_number(progress.to_pull),
            format_number(progress.ok),
            format_number(progress.failed),
        )
    if progress.skipped:
        line += " · " + fill(_t("%1 not linked (skipped)"), format_number(progress.skipped))
    line += " · " + rate_text(progress.rate_rps, None if progress.finished else progress.eta_s)
    if progress.paused:
        line += " · " + paused_text(progress.resume_at)
    return line


def lock_held_text(holder: LockHolder) -> str:
    return fill(
        _t("A sync is already running on %1 (user %2) since %3. Wait until it finishes."),
        holder.host or "?",
        holder.user or "?",
        local_time(holder.since, with_date=True),
    )


def stopping_text() -> str:
    return _t(
        "Stopping: requests on the way finish, finished pegawai are kept. "
        "Continue later with: sister-desktop sync --resume"
    )


def nothing_failed_text() -> str:
    return _t("No pegawai failed in the last syncs: there is nothing to retry.")


def nobody_linked_text() -> str:
    return _t(
        "No pegawai is linked to SISTER yet. Link them first in the Pegawai tab "
        "(Hubungkan Pegawai dan Sister), then start the sync."
    )


def nothing_to_resume_text() -> str:
    return _t("There is no interrupted or cancelled sync to resume.")


def run_summary_text(run: SyncRun) -> str:
    """How a run went: the pegawai pulled of those linked, the not linked apart, and for a
    run that stopped early, how many it left."""
    text = fill(
        _t("%1, %2: %3 of %4 pegawai ok, %5 failed"),
        run_status_label(run.status),
        local_time(run.started_at, with_date=True),
        format_number(run.ok),
        format_number(run.total - run.skipped),
        format_number(run.failed),
    )
    if run.skipped:
        text += "; " + fill(_t("%1 not linked (skipped)"), format_number(run.skipped))
    left = run.total - run.done
    if left > 0 and run.status is not RunStatus.RUNNING:
        text += "; " + fill(_t("%1 not pulled yet"), format_number(left))
    text += "."
    if run.error_code:
        text += " " + error_text(run.error_code)
    return text


def log_headers() -> list[str]:
    """Column titles of the exported Log Sinkronisasi."""
    return [
        _t("Time"),
        _t("Pegawai"),
        _t("Pegawai ID"),
        "id_sdm",
        _t("Endpoint"),
        _t("Status"),
        _t("HTTP status"),
        _t("Message"),
        _t("Fields changed"),
    ]


def log_message(row: SyncLogRow) -> str:
    """A log line's message: why it failed, or the remark on a dataset kept (text SISTER
    sent damaged); nothing for a plain success."""
    if row.status != "ok" or row.error_code:
        return error_text(row.error_code, row.message)
    return ""


def log_cells(row: SyncLogRow) -> list[str | int | datetime | None]:
    """One exported log line, in the order of ``log_headers``."""
    return [
        row.recorded_at.astimezone(),
        row.nama,
        row.pegawai_id,
        row.id_sdm,
        endpoint_label(row.endpoint),
        result_status_label(row.status),
        row.http_status,
        log_message(row),
        fields_text(row.fields_changed, row.endpoint),
    ]


def xlsx_needs_output_text() -> str:
    return _t("XLSX needs a file: add --output PATH.xlsx")


def format_mismatch_text(fmt: str, suffix: str) -> str:
    """``--format xlsx --output x.csv``: a file named for one format holding another."""
    return (
        _t("--format %1 does not match the file name ending in %2: make them the same.")
        .replace("%1", fmt)
        .replace("%2", suffix)
    )


def no_such_run_text(run: str) -> str:
    if run == "last":
        return _t("No sync has been run on this database yet.")
    return fill(_t("There is no sync run %1 in this database."), run)


def exported_text(count: int, path: str) -> str:
    return fill(_t("%1 rows written to %2"), format_number(count), path)


def approx_duration_text(seconds: float) -> str:
    """A planning-size duration: "40 detik", "12 menit", "1 jam 5 menit"."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return fill(_t("%1 s"), format_number(seconds))
    minutes = round(seconds / 60)
    if minutes < 60:
        return fill(_t("%1 min"), format_number(minutes))
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return fill(_t("%1 h"), format_number(hours))
    return fill(_t("%1 h %2 min"), format_number(hours), format_number(rest))


def format_estimate(estimate: SyncEstimate) -> str:
    """ "≈ 14.300 permintaan, ≈ 1 jam 5 menit pada 4/detik" (the configured rate); from a
    sample, with how far off it may be: "≈ 14.300 permintaan (± 1.200), ≈ …"."""
    shown_rate = format_number(estimate.rate, 0 if float(estimate.rate).is_integer() else 1)
    if estimate.margin > 0:
        return fill(
            _t("≈ %1 requests (± %2), ≈ %3 at %4/s"),
            format_number(estimate.requests),
            format_number(estimate.margin),
            approx_duration_text(estimate.seconds),
            shown_rate,
        )
    return fill(
        _t("≈ %1 requests, ≈ %2 at %3/s"),
        format_number(estimate.requests),
        approx_duration_text(estimate.seconds),
        shown_rate,
    )


#: A run expected to take longer than this is confirmed before it starts; a shorter one is not
#: worth the extra click.
LONG_RUN_S = 15 * 60


def estimate_line(estimate: SyncEstimate) -> str:
    """ "12 pegawai: ≈ 900 permintaan, ≈ 4 menit pada 4/detik (perkiraan awal)": what a run
    costs, and whether it was counted from the last sync, averaged from some pegawai pulled
    (a sample, or those pulled before a group was added), or guessed without any pull (a
    rough figure, said so)."""
    if estimate.pegawai == 0:
        return _t("No linked pegawai to sync yet.")
    if estimate.from_last_run:
        basis = _t("from the last sync")
    elif estimate.basis:
        basis = fill(_t("averaged from %1 pegawai pulled"), format_number(estimate.basis))
    else:
        basis = _t("rough guess: no pegawai pulled yet to count from")
    return fill(
        _t("%1 pegawai: %2 (%3)"),
        format_number(estimate.pegawai),
        format_estimate(estimate),
        basis,
    )


def tonight_text(estimate: SyncEstimate, oldest: datetime | None, now: datetime) -> str:
    """ "Malam ini: 120 pegawai, ≈ 2.400 permintaan, ≈ 10 menit pada 4/detik; data tertua 6
    hari": what tonight's scheduled run costs and how old the oldest data on hand is."""
    if estimate.pegawai == 0:
        cost = _t("Tonight: nothing is due.")
    else:
        cost = fill(
            _t("Tonight: %1 pegawai, %2."),
            format_number(estimate.pegawai),
            format_estimate(estimate),
        )
    if oldest is None:
        return cost + " " + _t("No data pulled yet.")
    days = max(0.0, (now - oldest).total_seconds() / 86400)
    return cost + " " + fill(_t("Oldest data on hand: %1 days."), format_number(days, 1))


def last_scheduled_text(run: SyncRun) -> str:
    """The last scheduled run's result, shown when the window starts."""
    return fill(_t("Last nightly sync: %1"), run_summary_text(run))


def sampled_estimate_text(
    sampled: int, estimate: SyncEstimate, sample_requests: int = 0, complete: bool = True
) -> str:
    """After the sample of a first run: what it cost, and what the rest of the run costs."""
    if not complete:
        return fill(
            _t("The sample stopped after %1 pegawai (%2 requests); from them, the rest: %3"),
            format_number(sampled),
            format_number(sample_requests),
            estimate_line(estimate),
        )
    return fill(
        _t("%1 pegawai pulled as a sample (%2 requests); the rest: %3"),
        format_number(sampled),
        format_number(sample_requests),
        estimate_line(estimate),
    )


def sample_pulled_text(sampled: int, requests: int) -> str:
    """What the sample was, in the question before the run that follows it."""
    return fill(
        _t(
            "Counted from a sample of %1 pegawai pulled just now (%2 requests, in the Log "
            "Sinkronisasi); the sync asks them nothing again."
        ),
        format_number(sampled),
        format_number(requests),
    )


def sample_stopped_text(sampled: int, last: SyncRun | None) -> str:
    """A sample that did not finish: stopped by the operator, or its round failed."""
    if last is not None and last.status is not RunStatus.CANCELLED:
        return fill(
            _t("The sample could not be pulled, so the sync was not started: %1"),
            run_summary_text(last),
        )
    return fill(
        _t(
            "The sample was stopped after %1 pegawai, so the sync was not started. What was "
            "pulled is kept (Log Sinkronisasi)."
        ),
        format_number(sampled),
    )


def sample_round_text(round_: int, pegawai: int) -> str:
    """ "Sampel, putaran 2: 9 pegawai" (a round of the sample starts)."""
    return fill(_t("Sample, round %1: %2 pegawai"), format_number(round_), format_number(pegawai))


def sampling_heading() -> str:
    """The progress dialog's heading while the sample of a first run is pulled."""
    return _t("Pulling a sample for the estimate…")


def sampling_hint() -> str:
    """What the sample is, under the progress bar."""
    return _t(
        "Nothing was pulled yet, so the time the sync takes is only a guess. A sample of "
        "dosen and tendik is pulled first (a run of its own in the log), and the sync then "
        "reuses it: nothing is asked twice. You can stop at any time; what is pulled is kept."
    )


def long_run_question_text(estimate: SyncEstimate) -> str:
    return fill(
        _t("This sync will take about %1. Start it now?"),
        approx_duration_text(estimate.seconds),
    )


def full_sync_hint() -> str:
    """What "Sinkronisasi penuh" does (its tooltip)."""
    return _t(
        "Fetch every record's details again, not only those of new and changed records. "
        "Takes much longer; use it when SISTER's data was corrected without the list "
        "showing a change. Only for this run."
    )


def plan_text(request: SyncRequest, estimate: SyncEstimate) -> str:
    """ "Data: Personal data, Employment, … · 12 pegawai: ≈ 900 requests, …": what a run
    pulls and what it costs (beside Mulai, and in the question before a long run)."""
    data = _t("Data (every detail again): %1") if request.scope.full else _t("Data: %1")
    return fill(data, groups_text(request.scope.groups)) + " · " + estimate_line(estimate)
