"""Settings survive a reopen, change together, and a ``None`` removes a key."""

from __future__ import annotations

from sister_desktop.store.settings_repository import SettingsRepository


def test_set_get_overwrite_and_remove(loop, any_db):
    repo = SettingsRepository(any_db)

    async def scenario():
        assert await repo.get_all() == {}
        assert await repo.get("ws_url", "default") == "default"
        await repo.set_many({"ws_url": "http://127.0.0.1:1/ws.php/1.0", "language": "id"})
        await repo.set_many({"language": "en", "username": "operator"})
        first = await repo.get_all()
        await repo.set_many({"username": None})
        return first, await repo.get_all(), await repo.get("language")

    first, after_remove, language = loop.run_until_complete(scenario())
    assert first == {
        "ws_url": "http://127.0.0.1:1/ws.php/1.0",
        "language": "en",
        "username": "operator",
    }
    assert after_remove == {"ws_url": "http://127.0.0.1:1/ws.php/1.0", "language": "en"}
    assert language == "en"
