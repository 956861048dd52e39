"""The local database: engine, schema, migrations and repositories (SQLAlchemy 2.x asyncio)."""
