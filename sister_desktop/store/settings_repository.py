"""Non-secret settings as text key/value pairs (the WS password never comes here)."""

from __future__ import annotations

from collections.abc import Mapping

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from sister_desktop.store.database import Database
from sister_desktop.store.schema import setting, utcnow


class SettingsRepository:
    """Reads and writes the ``setting`` table; several keys change in one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get_all(self) -> dict[str, str]:
        async with self._db.connect() as conn:
            rows = await conn.execute(sa.select(setting.c.key, setting.c.value))
            return {key: value for key, value in rows}

    async def get(self, key: str, default: str | None = None) -> str | None:
        async with self._db.connect() as conn:
            value = await conn.scalar(sa.select(setting.c.value).where(setting.c.key == key))
        return default if value is None else value

    async def set_many(self, values: Mapping[str, str | None]) -> None:
        """Save every key at once; a ``None`` value removes the key."""
        now = utcnow()
        upsert = postgresql.insert if self._db.dialect == "postgresql" else sqlite.insert
        async with self._db.transaction() as conn:
            for key, value in values.items():
                if value is None:
                    await conn.execute(sa.delete(setting).where(setting.c.key == key))
                    continue
                statement = upsert(setting).values(key=key, value=value, updated_at=now)
                statement = statement.on_conflict_do_update(
                    index_elements=[setting.c.key],
                    set_={"value": statement.excluded.value, "updated_at": now},
                )
                await conn.execute(statement)
