"""What a run pulls (its groups, semesters and whether every detail), kept with the run so a
resume finishes the interrupted run with the same choice; empty for the runs before.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_run") as batch:
        batch.add_column(sa.Column("groups", sa.String(200)))
        batch.add_column(sa.Column("semesters", sa.Integer))
        batch.add_column(sa.Column("full_details", sa.Boolean))


def downgrade() -> None:
    with op.batch_alter_table("sync_run") as batch:
        batch.drop_column("full_details")
        batch.drop_column("semesters")
        batch.drop_column("groups")
