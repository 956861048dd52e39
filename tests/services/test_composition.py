"""The services as the window and the command line get them (``Services.over``): one SISTER
connection, one cached SDM list for linking and the orphan lists, one error type when SISTER
cannot be asked."""

from __future__ import annotations

import pytest

from sister_desktop.domain.error_codes import ErrorCode
from sister_desktop.domain.sister_groups import SisterGroup, SyncScope
from sister_desktop.domain.sync_log import RunStatus, SyncMode
from sister_desktop.domain.sync_progress import SyncRequest
from sister_desktop.services.composition import Services
from sister_desktop.services.connection import SisterUnavailableError
from sister_desktop.services.settings_service import DemoCredentials
from sister_desktop.store.secrets import SecretStore
from tests.dict_keyring import DictKeyring
from tests.sync_world import link_sandbox_people


def _over_sandbox(db, sandbox) -> Services:
    c = sandbox.credentials
    demo = DemoCredentials(c.url, c.id_pengguna, c.username, c.password)
    return Services.over(db, demo=demo, secrets=SecretStore(DictKeyring()))


def test_linking_and_the_orphan_lists_share_one_fetch_of_the_sdm_list(loop, db, sandbox):
    services = _over_sandbox(db, sandbox)
    linked = loop.run_until_complete(link_sandbox_people(db, sandbox, 3))
    try:
        orphans = loop.run_until_complete(services.comparison.orphans())
        snapshot = services.linking.sdm.snapshot
        assert snapshot is not None  # fetched by the orphan list, cached for linking
        assert loop.run_until_complete(services.linking.sdm_list()) is snapshot
        assert services.linking.sdm.fetch_count == 1
        everybody = {row.id_sdm for row in snapshot.rows}
        assert len(everybody) == len(sandbox.world.sdm)
        unlinked = len(orphans.sister_without_local) + len(orphans.sister_on_campus_unlinked)
        assert unlinked == len(everybody) - len(linked)
        # The sync uses the same connection: it runs against the sandbox the settings name
        # (the personal data only: at the settings' default rate, enough to show the way).
        personal = SyncScope(groups=frozenset({SisterGroup.DATA_PRIBADI}))
        request = SyncRequest(SyncMode.ALL, scope=personal)
        outcome = loop.run_until_complete(services.sync.run(request))
        assert outcome.status is RunStatus.COMPLETED
        assert outcome.run.total == len(linked)
    finally:
        loop.run_until_complete(services.aclose())


def test_without_settings_a_sync_and_the_sdm_list_fail_the_same_way(loop, db):
    services = Services.over(db, secrets=SecretStore(DictKeyring()))
    try:
        with pytest.raises(SisterUnavailableError) as sync_failure:
            loop.run_until_complete(services.sync.run(SyncRequest(SyncMode.ALL)))
        with pytest.raises(SisterUnavailableError) as list_failure:
            loop.run_until_complete(services.comparison.orphans())
    finally:
        loop.run_until_complete(services.aclose())
    for failure in (sync_failure.value, list_failure.value):
        assert failure.code is ErrorCode.SETTINGS_INCOMPLETE
        assert failure.problems  # which fields to fill in
