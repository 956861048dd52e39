"""Alembic environment: always run with a live connection handed over by ``store.database``.

Batch mode is on so SQLite can take ALTERs (table copy-and-move); constraint names come from the
naming convention in ``store.schema``.
"""

from __future__ import annotations

from alembic import context

from sister_desktop.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only store.database runs migrations
    raise RuntimeError("migrations run through sister_desktop.store.database only")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
