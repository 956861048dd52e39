"""The services of one open database, built in one place for the window and the command line.

The window (``app.py``) and every sub-command (``cli/runtime.py``) open the database and then
ask ``Services.over`` for what they need, so both get the same wiring: one SISTER connection
shared by linking, sync and the orphan lists, and one cached SDM list that Hubungkan, the manual
search, Belum terhubung and ``compare`` all read (a failure is ``SisterUnavailableError`` for
each of them alike).

The built-in demo sandbox is not started here (it is a composition root's business); its
address and login come in as ``demo``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sister_desktop.config import WsOverrides
from sister_desktop.domain.records import SdmRow
from sister_desktop.services.comparison import ComparisonService
from sister_desktop.services.connection import SisterConnection
from sister_desktop.services.data_sister_service import DataSisterService
from sister_desktop.services.kirim_service import KirimService
from sister_desktop.services.language_service import LanguageService
from sister_desktop.services.laporan_service import LaporanService
from sister_desktop.services.linking import LinkingService
from sister_desktop.services.pegawai_service import PegawaiService
from sister_desktop.services.referensi_service import ReferensiService
from sister_desktop.services.settings_service import DemoCredentials, SettingsService
from sister_desktop.services.sync_engine import current_operator
from sister_desktop.services.sync_service import SyncService
from sister_desktop.services.usulan_service import UsulanService
from sister_desktop.sister.client import ClientOptions
from sister_desktop.store.database import Database
from sister_desktop.store.link_repository import LinkRepository
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.secrets import SecretStore
from sister_desktop.store.settings_repository import SettingsRepository


@dataclass(frozen=True)
class Services:
    """Everything the window's tabs and the sub-commands use, over one database."""

    db: Database
    #: Web-service settings (load/save, password).
    settings: SettingsService
    #: The shared SISTER client and whether it is known good (``connection.subscribe``).
    connection: SisterConnection
    #: The saved language choice (Pengaturan).
    language: LanguageService
    #: The employee list.
    pegawai: PegawaiService
    #: Collective and manual linking; owns the cached SDM list.
    linking: LinkingService
    #: Sinkronisasi: runs, the log, synced SISTER values.
    sync: SyncService
    #: Perbandingan, the orphan lists, what changed.
    comparison: ComparisonService
    #: The synced SISTER data per pegawai (Data SISTER, the DRH, the search in it).
    data_sister: DataSisterService
    #: Usulan: changes proposed to SISTER, made and approved on the campus.
    usulan: UsulanService
    #: Kirim ke SISTER: the preview, the sending, the check, the Log Kirim.
    kirim: KirimService
    #: The Laporan: the Gambaran dosen and the LKPS tables, with the operator's entries.
    laporan: LaporanService
    #: The referensi lists the forms choose from (fetched once when not cached).
    referensi: ReferensiService

    @classmethod
    def over(
        cls,
        db: Database,
        *,
        overrides: WsOverrides | None = None,
        demo: DemoCredentials | None = None,
        secrets: SecretStore | None = None,
        client_options: ClientOptions | None = None,
    ) -> Services:
        """Build the services of an open database (nothing is fetched yet)."""
        settings = SettingsService(
            SettingsRepository(db), secrets or SecretStore(), overrides=overrides, demo=demo
        )
        connection = SisterConnection(settings, base_options=client_options)
        linking = LinkingService.over(connection, PegawaiRepository(db), LinkRepository(db))

        async def sdm_rows(refresh: bool) -> tuple[SdmRow, ...]:
            return (await linking.sdm_list(refresh=refresh)).rows

        # One referensi cache for the forms, the usulan made elsewhere and the Kirim.
        referensi = ReferensiService(db, connection)

        return cls(
            db=db,
            settings=settings,
            connection=connection,
            language=LanguageService(SettingsRepository(db)),
            pegawai=PegawaiService(PegawaiRepository(db)),
            linking=linking,
            sync=SyncService.over(
                db,
                connection.api,
                saved_scope=settings.sync_scope,
                saved_freshness=settings.sync_freshness,
            ),
            comparison=ComparisonService(db, sdm_rows),
            data_sister=DataSisterService(db),
            usulan=UsulanService(db, who=current_operator(), referensi=referensi),
            kirim=KirimService(
                db,
                connection,
                who=current_operator(),
                demo=demo is not None,
                referensi=referensi,
            ),
            laporan=LaporanService(db),
            referensi=referensi,
        )

    async def aclose(self) -> None:
        """Close the SISTER connection; the database is the opener's to dispose of."""
        await self.connection.aclose()
