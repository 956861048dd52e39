"""The password goes to the OS keyring when there is one, else stays in memory for the run."""

from __future__ import annotations

import keyring.backends.fail

from sister_desktop.store.secrets import SERVICE, SecretStore, account_key, backend_usable
from tests.dict_keyring import DictKeyring

KEY = account_key("1B2C3D4E-0000-4A5B-8C9D-0123456789AB", " operator ")


def test_account_key_is_normalised():
    assert KEY == "1b2c3d4e-0000-4a5b-8c9d-0123456789ab/operator"


def test_fail_backend_is_not_usable():
    assert not backend_usable(keyring.backends.fail.Keyring())
    assert backend_usable(DictKeyring())


def test_remembered_password_lives_in_the_keyring(loop):
    backend = DictKeyring()

    async def scenario():
        store = SecretStore(backend)
        assert await store.set(KEY, "rahasia", remember=True)
        fresh = SecretStore(backend)  # next run: memory is empty, the keyring is not
        return await fresh.get(KEY)

    assert loop.run_until_complete(scenario()) == "rahasia"
    assert backend.entries == {(SERVICE, KEY): "rahasia"}


def test_not_remembering_removes_the_keyring_entry_but_keeps_it_for_the_run(loop):
    backend = DictKeyring()
    backend.entries[(SERVICE, KEY)] = "lama"

    async def scenario():
        store = SecretStore(backend)
        assert not await store.set(KEY, "baru", remember=False)
        return await store.get(KEY), await SecretStore(backend).get(KEY)

    assert loop.run_until_complete(scenario()) == ("baru", None)
    assert backend.entries == {}


def test_without_a_backend_the_password_is_kept_in_memory_only(loop):
    async def scenario():
        store = SecretStore(keyring.backends.fail.Keyring())
        assert not store.available
        assert not await store.set(KEY, "rahasia", remember=True)
        in_run = await store.get(KEY)
        next_run = await SecretStore(keyring.backends.fail.Keyring()).get(KEY)
        return in_run, next_run

    assert loop.run_until_complete(scenario()) == ("rahasia", None)
