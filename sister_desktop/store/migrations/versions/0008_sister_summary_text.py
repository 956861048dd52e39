"""The derived SISTER values of ``sister_summary`` kept whole: a rank, grade, degree, unit or
status SISTER sends longer than the old column stopped the whole sync on PostgreSQL.

SQLite never enforced the lengths, so only PostgreSQL's columns change (no table rebuilt).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_WIDENED = {
    "jabatan_fungsional": 200,
    "pangkat_golongan": 200,
    "pendidikan_tertinggi": 50,
    "homebase_unit": 200,
    "status_aktif": 100,
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column in _WIDENED:
        op.alter_column("sister_summary", column, type_=sa.Text)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for column, length in _WIDENED.items():
        op.alter_column(
            "sister_summary",
            column,
            type_=sa.String(length),
            postgresql_using=f"left({column}, {length})",
        )
