"""Use cases: linking, sync, Cek Service, import, comparison. Asyncio, never Qt."""
