"""Settings round-trip through the real database; the password never lands in it or the log."""

from __future__ import annotations

import logging
from dataclasses import replace

from sister_desktop.config import WsOverrides
from sister_desktop.domain.ws_settings import (
    ProblemCode,
    SettingsField,
    UrlChoice,
    WsSettings,
)
from sister_desktop.services.diagnosis import run_diagnosis
from sister_desktop.services.settings_service import DemoCredentials, SettingsService
from sister_desktop.store.secrets import SecretStore
from sister_desktop.store.settings_repository import SettingsRepository
from tests.dict_keyring import DictKeyring

GOOD = WsSettings(
    url_choice=UrlChoice.SANDBOX,
    id_pengguna="1B2C3D4E-0000-4A5B-8C9D-0123456789AB",
    username="  operator  ",
    max_rps=2.5,
    max_inflight=3,
)
PASSWORD = "Pw-unik-8d1f0c7e2a"


def test_save_and_load_round_trip_with_password_in_the_keyring(loop, db):
    backend = DictKeyring()

    async def scenario():
        service = SettingsService(SettingsRepository(db), SecretStore(backend))
        assert await service.save(GOOD, PASSWORD) == []
        again = SettingsService(SettingsRepository(db), SecretStore(backend))
        loaded = await again.load()
        return loaded, await again.password(loaded), await again.saved()

    loaded, password, saved = loop.run_until_complete(scenario())
    assert loaded == GOOD.normalised()
    assert loaded.id_pengguna == "1b2c3d4e-0000-4a5b-8c9d-0123456789ab"
    assert password == PASSWORD and saved


def test_wrong_fields_are_named_and_nothing_is_saved(loop, db):
    async def scenario():
        service = SettingsService(SettingsRepository(db), SecretStore(DictKeyring()))
        bad = WsSettings(url_choice=UrlChoice.CUSTOM, custom_url="ftp://x", id_pengguna="123")
        problems = await service.save(bad, "")
        return problems, await SettingsRepository(db).get_all()

    problems, stored = loop.run_until_complete(scenario())
    assert [(p.field, p.code) for p in problems] == [
        (SettingsField.URL, ProblemCode.BAD_SCHEME),
        (SettingsField.ID_PENGGUNA, ProblemCode.NOT_UUID),
        (SettingsField.USERNAME, ProblemCode.REQUIRED),
        (SettingsField.PASSWORD, ProblemCode.REQUIRED),
    ]
    assert stored == {}


def test_environment_overrides_win(loop, db):
    overrides = WsOverrides(url="http://127.0.0.1:9/ws.php/1.0", password="dari-env", max_rps=1.0)

    async def scenario():
        service = SettingsService(
            SettingsRepository(db), SecretStore(DictKeyring()), overrides=overrides
        )
        await service.save(GOOD, PASSWORD)
        effective = await service.effective()
        return effective, await service.password(effective)

    effective, password = loop.run_until_complete(scenario())
    assert effective.url == "http://127.0.0.1:9/ws.php/1.0"
    assert effective.max_rps == 1.0 and effective.username == "operator"
    assert password == "dari-env"


def test_demo_mode_prefills_the_sandbox(loop, db):
    demo = DemoCredentials("http://127.0.0.1:1/ws.php/1.0", "id", "demo-user", "demo-pass")

    async def scenario():
        service = SettingsService(SettingsRepository(db), SecretStore(DictKeyring()), demo=demo)
        loaded = await service.load()
        return loaded, await service.password(loaded)

    loaded, password = loop.run_until_complete(scenario())
    assert loaded.demo and loaded.url == demo.url and loaded.username == "demo-user"
    assert password == "demo-pass"


def test_password_never_reaches_database_or_log(loop, db, db_url, tmp_path, caplog, sandbox):
    """Even at DEBUG, with a keyring write, a login and a data call on the way."""
    from sister_desktop.logs import setup_logging

    log_file = tmp_path / "logs" / "sister-desktop.log"
    setup_logging(log_file, level=logging.DEBUG)
    try:

        async def scenario():
            service = SettingsService(SettingsRepository(db), SecretStore(DictKeyring()))
            await service.save(GOOD, PASSWORD)
            await service.save(replace(GOOD, remember_password=False), PASSWORD)
            c = sandbox.credentials
            settings = WsSettings(UrlChoice.CUSTOM, c.url, c.id_pengguna, c.username)
            assert (await run_diagnosis(settings, c.password)).connected
            await db.dispose()

        loop.run_until_complete(scenario())
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_sister_desktop", False):
                logging.getLogger().removeHandler(handler)
                handler.close()
    db_file = db_url.removeprefix("sqlite:///")
    for path in [db_file, str(log_file), *map(str, tmp_path.rglob("*"))]:
        try:
            with open(path, "rb") as file:
                data = file.read()
        except (IsADirectoryError, FileNotFoundError):
            continue
        assert PASSWORD.encode() not in data, path
        assert sandbox.credentials.password.encode() not in data, path
    assert PASSWORD not in caplog.text
    assert sandbox.credentials.password not in caplog.text


def test_the_sync_scope_defaults_round_trips_and_survives_a_bad_value(loop, db):
    from sister_desktop.domain.sister_groups import DEFAULT_GROUPS, SisterGroup, SyncScope
    from sister_desktop.services.settings_service import SYNC_GROUPS_KEY

    repository = SettingsRepository(db)
    service = SettingsService(repository, SecretStore(DictKeyring()))
    wanted = SyncScope(groups=frozenset({SisterGroup.TRIDHARMA, SisterGroup.BKD}), semesters=6)

    async def scenario():  # type: ignore[no-untyped-def]
        first = await service.sync_scope()
        await service.save_sync_scope(wanted)
        saved = await service.sync_scope()
        await repository.set_many({SYNC_GROUPS_KEY: "bukan_grup"})
        broken = await service.sync_scope()
        return first, saved, broken

    first, saved, broken = loop.run_until_complete(scenario())
    assert first == SyncScope() and first.groups == DEFAULT_GROUPS
    assert saved == wanted
    assert broken.groups == DEFAULT_GROUPS and broken.semesters == 6


def test_the_freshness_limits_default_round_trip_and_reach_a_scheduled_request(loop, db):
    from sister_desktop.domain.freshness import Freshness, parse_freshness
    from sister_desktop.domain.sister_groups import SisterGroup
    from sister_desktop.domain.sync_log import SyncMode
    from sister_desktop.services.sync_service import SyncService

    repository = SettingsRepository(db)
    service = SettingsService(repository, SecretStore(DictKeyring()))
    wanted = parse_freshness("tridharma=14,ajuan=2")
    sync = SyncService.over(
        db, lambda: None, saved_scope=service.sync_scope, saved_freshness=service.sync_freshness
    )

    async def scenario():  # type: ignore[no-untyped-def]
        first = await service.sync_freshness()
        await service.save_sync_freshness(wanted)
        return first, await service.sync_freshness(), await sync.request(SyncMode.SCHEDULED)

    first, saved, request = loop.run_until_complete(scenario())
    assert first == Freshness()
    assert saved == wanted and saved.days[SisterGroup.TRIDHARMA] == 14 and saved.fast_days == 2
    assert request.mode is SyncMode.SCHEDULED and request.freshness == wanted
