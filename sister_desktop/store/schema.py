"""The tables of the local database (SQLAlchemy Core), shared by every repository.

Migrations in ``migrations/versions`` create and change these tables; this module is the
current shape used by queries. Constraint names come from the naming convention so that later
migrations (batch mode on SQLite) can refer to them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


class UtcDateTime(sa.TypeDecorator[datetime]):
    """Timestamps stored as UTC and always read back timezone-aware (SQLite has no zones)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


#: The campus's own employee list: local fields the operator keeps.
pegawai = sa.Table(
    "pegawai",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("nama", sa.String(200), nullable=False),
    sa.Column("nip", sa.String(18), index=True),
    sa.Column("nidn", sa.String(10), index=True),
    sa.Column("nidk", sa.String(10), index=True),
    sa.Column("nupn", sa.String(10), index=True),
    sa.Column("nuptk", sa.String(16), index=True),
    sa.Column("nik", sa.String(16), index=True),
    sa.Column("tanggal_lahir", sa.Date),
    sa.Column("jenis_kelamin", sa.String(1)),
    sa.Column("jenis_pegawai", sa.String(10), nullable=False, server_default="dosen"),
    sa.Column("unit_kerja", sa.String(200)),
    sa.Column("email", sa.String(200)),
    sa.Column("telepon_hp", sa.String(20)),
    sa.Column("alamat", sa.String(255)),
    sa.Column("jabatan_fungsional", sa.String(100)),
    sa.Column("pangkat_golongan", sa.String(100)),
    sa.Column("aktif", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
    sa.CheckConstraint("jenis_pegawai IN ('dosen', 'tendik')", name="jenis_pegawai"),
    sa.CheckConstraint(
        "jenis_kelamin IS NULL OR jenis_kelamin IN ('L', 'P')", name="jenis_kelamin"
    ),
)

#: The current SISTER link of an employee: at most one per employee, and an ``id_sdm`` belongs
#: to at most one employee. Unlinking deletes the row; ``sister_link_history`` keeps the past.
sister_link = sa.Table(
    "sister_link",
    metadata,
    sa.Column(
        "pegawai_id",
        sa.Integer,
        sa.ForeignKey("pegawai.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("id_sdm", sa.String(64), nullable=False, unique=True),
    #: ``exact`` (an identifier matched) or ``manual`` (the operator chose).
    sa.Column("method", sa.String(16), nullable=False),
    #: Which identifier matched for an exact link (``nip``, ``nidn``, ``nuptk``, ...).
    sa.Column("matched_on", sa.String(16)),
    sa.Column("reason", sa.Text),
    sa.Column("linked_at", UtcDateTime, nullable=False),
    sa.Column("linked_by", sa.String(100)),
    sa.CheckConstraint("method IN ('exact', 'manual')", name="method"),
)

#: Every link, relink and unlink: who, when, from which id_sdm to which, how and why.
#: ``batch_id`` groups one collective linking so it can be undone as a whole.
sister_link_history = sa.Table(
    "sister_link_history",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "pegawai_id", sa.Integer, sa.ForeignKey("pegawai.id", ondelete="SET NULL"), index=True
    ),
    #: The employee's name at the time, so the audit survives a deleted employee.
    sa.Column("pegawai_nama", sa.String(200)),
    sa.Column("action", sa.String(16), nullable=False),  # link, relink, unlink
    sa.Column("old_id_sdm", sa.String(64)),
    sa.Column("new_id_sdm", sa.String(64)),
    sa.Column("method", sa.String(16)),
    sa.Column("matched_on", sa.String(16)),
    sa.Column("reason", sa.Text),
    sa.Column("batch_id", sa.String(36), index=True),
    sa.Column("changed_at", UtcDateTime, nullable=False),
    sa.Column("changed_by", sa.String(100)),
)

#: Non-secret settings as text key/value pairs (the WS password lives in the OS keyring).
setting = sa.Table(
    "setting",
    metadata,
    sa.Column("key", sa.String(100), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
)

#: One Sinkronisasi run (window or ``sister-desktop sync``).
sync_run = sa.Table(
    "sync_run",
    metadata,
    sa.Column("id", sa.String(36), primary_key=True),
    #: ``running``, ``completed``, ``partial``, ``cancelled``, ``failed``.
    sa.Column("status", sa.String(16), nullable=False),
    #: What was asked: ``all``, ``failed``, ``resume``, ``ids``.
    sa.Column("scope", sa.String(16), nullable=False),
    sa.Column("started_at", UtcDateTime, nullable=False),
    sa.Column("finished_at", UtcDateTime),
    sa.Column("started_by", sa.String(100)),
    sa.Column("total_pegawai", sa.Integer, nullable=False, server_default="0"),
    sa.Column("ok_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("failed_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("skipped_count", sa.Integer, nullable=False, server_default="0"),
    sa.Column("requests_total", sa.Integer, nullable=False, server_default="0"),
    sa.Column("requests_retried", sa.Integer, nullable=False, server_default="0"),
    sa.Column("requests_rate_limited", sa.Integer, nullable=False, server_default="0"),
    sa.Column("requests_reauth", sa.Integer, nullable=False, server_default="0"),
    #: The interrupted or cancelled run this one finishes (mode ``resume``).
    sa.Column("resumed_from", sa.String(36)),
    #: The workstation that ran it, and why a whole run stopped (a ``SisterError.code``).
    sa.Column("host", sa.String(255)),
    sa.Column("error_code", sa.String(50)),
    #: What the run pulls (``format_groups``, the semesters, every detail or not); empty for
    #: runs recorded before it was kept. A resume pulls the same.
    sa.Column("groups", sa.String(200)),
    sa.Column("semesters", sa.Integer),
    sa.Column("full_details", sa.Boolean),
)

#: One row per employee and endpoint of a run: what happened there.
sync_result = sa.Table(
    "sync_result",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "run_id",
        sa.String(36),
        sa.ForeignKey("sync_run.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column(
        "pegawai_id", sa.Integer, sa.ForeignKey("pegawai.id", ondelete="SET NULL"), index=True
    ),
    sa.Column("id_sdm", sa.String(64)),
    sa.Column("endpoint", sa.String(100), nullable=False),
    #: ``ok``, ``failed``, ``skipped``.
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("http_status", sa.Integer),
    sa.Column("message", sa.Text),
    #: Names of the fields whose value changed, as a JSON list.
    sa.Column("fields_changed", sa.JSON),
    sa.Column("recorded_at", UtcDateTime, nullable=False),
    #: What went wrong, as a code the window words (``SisterError.code`` or ``not_in_sdm_list``).
    sa.Column("error_code", sa.String(50)),
)

#: The employees a run set out to sync, in order, and how far each got: ``pending`` until the
#: employee's data is written, then ``ok``/``failed``/``skipped``. A resume takes the pending.
sync_target = sa.Table(
    "sync_target",
    metadata,
    sa.Column(
        "run_id", sa.String(36), sa.ForeignKey("sync_run.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("pegawai_id", sa.Integer, primary_key=True),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("nama", sa.String(200)),
    sa.Column("id_sdm", sa.String(64)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("finished_at", UtcDateTime),
)

#: Every record of every SISTER dataset of an employee, one row each (``record_key`` from
#: ``domain.sister_records.record_key``; ``""`` for an object dataset such as the profile). The
#: row as listed and its hash tell whether the detail must be fetched again; ``removed_at`` marks
#: a record gone from its list (kept, so the operator sees it went).
sister_record = sa.Table(
    "sister_record",
    metadata,
    sa.Column(
        "pegawai_id",
        sa.Integer,
        sa.ForeignKey("pegawai.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("dataset", sa.String(100), primary_key=True),
    sa.Column("record_key", sa.String(200), primary_key=True),
    sa.Column("id_sdm", sa.String(64), nullable=False, index=True),
    #: The semester of a per-semester list, ``""`` for the rest.
    sa.Column("scope", sa.String(16), nullable=False, server_default=""),
    #: The record's place in its list as SISTER answered it.
    sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    sa.Column("row", sa.JSON, nullable=False),
    sa.Column("row_hash", sa.String(64), nullable=False),
    sa.Column("detail", sa.JSON),
    sa.Column("detail_hash", sa.String(64)),
    sa.Column("detail_fetched_at", UtcDateTime),
    sa.Column("first_seen_at", UtcDateTime, nullable=False),
    sa.Column("seen_at", UtcDateTime, nullable=False),
    sa.Column("changed_at", UtcDateTime, nullable=False),
    sa.Column("removed_at", UtcDateTime),
)

#: The Laporan reads one dataset of every pegawai at once (the Gambaran dosen, the LKPS).
sa.Index("ix_sister_record_dataset", sister_record.c.dataset, sister_record.c.pegawai_id)

#: What the operator entered in the LKPS cells SISTER cannot fill (a kesesuaian, a course's
#: programme, a foreign fund), per program studi and TS, kept for the next export.
laporan_isian = sa.Table(
    "laporan_isian",
    metadata,
    sa.Column("prodi", sa.String(200), primary_key=True),
    sa.Column("ts", sa.Integer, primary_key=True),
    sa.Column("tabel", sa.String(16), primary_key=True),
    sa.Column("row_key", sa.String(300), primary_key=True),
    sa.Column("kolom", sa.String(40), primary_key=True),
    sa.Column("nilai", sa.Text, nullable=False),
    sa.Column("updated_at", UtcDateTime, nullable=False),
    sa.Column("updated_by", sa.String(100)),
)

#: How the last pull of each dataset (and semester) of an employee went: when, whether it
#: answered, how many records and requests. The Data SISTER pages say "belum disinkronkan"
#: where there is no row; the estimate before a run counts from these.
sister_dataset_state = sa.Table(
    "sister_dataset_state",
    metadata,
    sa.Column(
        "pegawai_id",
        sa.Integer,
        sa.ForeignKey("pegawai.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("dataset", sa.String(100), primary_key=True),
    sa.Column("scope", sa.String(16), primary_key=True, server_default=""),
    sa.Column("synced_at", UtcDateTime, nullable=False),
    sa.Column("ok", sa.Boolean, nullable=False),
    sa.Column("records", sa.Integer, nullable=False, server_default="0"),
    sa.Column("list_requests", sa.Integer, nullable=False, server_default="0"),
    sa.Column("detail_requests", sa.Integer, nullable=False, server_default="0"),
    sa.Column("error_code", sa.String(50)),
)

#: The data's date (the newest pull of some datasets) and the Laporan's check that the stored
#: data is unchanged read ``max(synced_at)`` from the index, not from every state.
sa.Index(
    "ix_sister_dataset_state_synced",
    sister_dataset_state.c.dataset,
    sister_dataset_state.c.synced_at,
)

#: One searchable line per current SISTER record (``domain.sister_search``): the Pegawai search
#: in the synced data reads this narrow table instead of the records' JSON. Kept in step with
#: ``sister_record`` by ``SisterRecordRepository.write_dataset_in``.
sister_search = sa.Table(
    "sister_search",
    metadata,
    sa.Column(
        "pegawai_id",
        sa.Integer,
        sa.ForeignKey("pegawai.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("dataset", sa.String(100), primary_key=True),
    sa.Column("record_key", sa.String(200), primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
)

#: ``referensi/*`` lists kept with the sync (``domain.sister_groups.REFERENSI_CACHED``), so
#: that ids in the records read as names without asking SISTER.
sister_referensi = sa.Table(
    "sister_referensi",
    metadata,
    sa.Column("name", sa.String(100), primary_key=True),
    sa.Column("payload", sa.JSON, nullable=False),
    sa.Column("fetched_at", UtcDateTime, nullable=False),
)

#: Per employee: today's values derived from the SISTER histories, and how the last sync went.
#: The Perbandingan and the Pegawai tab read this instead of unpacking payloads.
sister_summary = sa.Table(
    "sister_summary",
    metadata,
    sa.Column(
        "pegawai_id",
        sa.Integer,
        sa.ForeignKey("pegawai.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("id_sdm", sa.String(64), index=True),
    # SISTER's words, kept whole: no limit of ours can bound what the service sends (0008).
    sa.Column("jabatan_fungsional", sa.Text),
    sa.Column("pangkat_golongan", sa.Text),
    sa.Column("pendidikan_tertinggi", sa.Text),
    sa.Column("homebase_unit", sa.Text),
    sa.Column("status_aktif", sa.Text),
    sa.Column("aktif", sa.Boolean),
    #: ``ok`` or ``failed``: the employee's outcome in the last run that reached them.
    sa.Column("last_status", sa.String(16), nullable=False),
    sa.Column("last_run_id", sa.String(36)),
    sa.Column("last_synced_at", UtcDateTime, nullable=False),
)

#: One row (``name = 'sync'``): who syncs this database now. ``token`` is NULL when free; a
#: holder whose ``heartbeat_at`` is stale (or whose process is gone) can be taken over.
sync_lock = sa.Table(
    "sync_lock",
    metadata,
    sa.Column("name", sa.String(32), primary_key=True),
    sa.Column("token", sa.String(36)),
    sa.Column("run_id", sa.String(36)),
    sa.Column("holder_host", sa.String(255)),
    sa.Column("holder_user", sa.String(100)),
    sa.Column("holder_pid", sa.Integer),
    sa.Column("since", UtcDateTime),
    sa.Column("heartbeat_at", UtcDateTime),
)

#: "Terapkan data SISTER": every field copied from SISTER into a campus record, with the value
#: it replaced, so it can be audited and undone. ``batch_id`` groups one click (a field, an
#: employee, a ticked selection); an undo writes its own lines (``action = 'undo'``) and marks
#: the undone lines with ``undone_by``.
perbandingan_history = sa.Table(
    "perbandingan_history",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "pegawai_id", sa.Integer, sa.ForeignKey("pegawai.id", ondelete="SET NULL"), index=True
    ),
    #: The employee's name at the time, so the audit survives a deleted employee.
    sa.Column("pegawai_nama", sa.String(200)),
    sa.Column("id_sdm", sa.String(64)),
    sa.Column("field", sa.String(32), nullable=False),
    sa.Column("old_value", sa.Text),
    sa.Column("new_value", sa.Text),
    #: ``apply`` (SISTER's value copied in) or ``undo`` (the earlier value put back).
    sa.Column("action", sa.String(8), nullable=False),
    sa.Column("batch_id", sa.String(36), nullable=False, index=True),
    sa.Column("undone_by", sa.String(36)),
    sa.Column("changed_at", UtcDateTime, nullable=False),
    sa.Column("changed_by", sa.String(100)),
    sa.CheckConstraint("action IN ('apply', 'undo')", name="action"),
)

#: Usulan: changes the campus proposes to SISTER (``domain.usulan``). ``status`` is set to
#: ``sending`` in its own committed transaction before a request of the usulan leaves, so a
#: crash leaves a trace that it may have reached SISTER (then ``perlu_dicek``, never resent).
usulan = sa.Table(
    "usulan",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "pegawai_id", sa.Integer, sa.ForeignKey("pegawai.id", ondelete="SET NULL"), index=True
    ),
    #: The employee's name at the time, so the log survives a deleted employee.
    sa.Column("pegawai_nama", sa.String(200)),
    sa.Column("id_sdm", sa.String(64), nullable=False),
    sa.Column("dataset", sa.String(100), nullable=False),
    sa.Column("jenis", sa.String(8), nullable=False),
    sa.Column("status", sa.String(20), nullable=False, index=True),
    sa.Column("body", sa.JSON),
    sa.Column("changed_fields", sa.JSON),
    sa.Column("record_id", sa.String(64)),
    sa.Column("base_record", sa.JSON),
    sa.Column("base_hash", sa.String(64)),
    sa.Column("source", sa.String(20), nullable=False),
    sa.Column("created_at", UtcDateTime, nullable=False),
    sa.Column("created_by", sa.String(100)),
    sa.Column("approved_at", UtcDateTime),
    sa.Column("approved_by", sa.String(100)),
    sa.Column("sent_at", UtcDateTime),
    sa.Column("sent_by", sa.String(100)),
    sa.Column("settled_at", UtcDateTime),
    sa.Column("sister_id", sa.String(64)),
    sa.Column("http_status", sa.Integer),
    sa.Column("message", sa.Text),
    sa.Column("error_code", sa.String(50)),
    sa.Column("kirim_run_id", sa.String(36), index=True),
    sa.CheckConstraint("jenis IN ('baru', 'ubah', 'hapus')", name="jenis"),
)

#: The documents an usulan uploads first: a local file or a link; ``sister_id`` once uploaded.
usulan_dokumen = sa.Table(
    "usulan_dokumen",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "usulan_id",
        sa.Integer,
        sa.ForeignKey("usulan.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("position", sa.Integer, nullable=False),
    sa.Column("nama", sa.String(200), nullable=False),
    sa.Column("id_jenis_dokumen", sa.Integer, nullable=False),
    sa.Column("path", sa.Text),
    sa.Column("tautan", sa.Text),
    sa.Column("keterangan", sa.Text),
    sa.Column("sister_id", sa.String(64)),
)

#: Every step of an usulan: made, approved, sending, its outcome, checked, withdrawn.
usulan_history = sa.Table(
    "usulan_history",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "usulan_id",
        sa.Integer,
        sa.ForeignKey("usulan.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("at", UtcDateTime, nullable=False),
    sa.Column("by", sa.String(100)),
    sa.Column("from_status", sa.String(20)),
    sa.Column("to_status", sa.String(20), nullable=False),
    sa.Column("http_status", sa.Integer),
    sa.Column("message", sa.Text),
)
