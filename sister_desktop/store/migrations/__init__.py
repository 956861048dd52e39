"""Alembic migrations of the local database, run programmatically by ``store.database``."""
