"""What every tab needs from the running program, handed down by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field

from sister_desktop.services.comparison import ComparisonService
from sister_desktop.services.composition import Services
from sister_desktop.services.connection import SisterConnection
from sister_desktop.services.data_sister_service import DataSisterService
from sister_desktop.services.kirim_service import KirimService
from sister_desktop.services.language_service import LanguageService
from sister_desktop.services.laporan_service import LaporanService
from sister_desktop.services.linking import LinkingService
from sister_desktop.services.pegawai_service import PegawaiService
from sister_desktop.services.referensi_service import ReferensiService
from sister_desktop.services.settings_service import SettingsService
from sister_desktop.services.sync_service import SyncService
from sister_desktop.services.usulan_service import UsulanService
from sister_desktop.ui.common.about_info import AboutInfo
from sister_desktop.ui.common.async_helpers import TaskKeeper


@dataclass
class UiContext:
    """The services and shared helpers the widgets use; built by ``app.py`` inside the loop,
    after the database is open (no window exists without one, so every service is here)."""

    #: Web-service settings (load/save, password) and the shared SISTER connection with its
    #: observable state (``connection.subscribe``).
    settings: SettingsService
    connection: SisterConnection
    #: The saved language choice (Pengaturan).
    language: LanguageService
    #: Collective and manual linking to SISTER persons.
    linking: LinkingService
    #: The employee list (local database).
    pegawai: PegawaiService
    #: Sinkronisasi (engine, runs, log, synced SISTER values).
    sync: SyncService
    #: Monitoring after a sync (Perbandingan, orphans, what changed).
    comparison: ComparisonService
    #: The synced SISTER data per pegawai (Data SISTER, the DRH, the search in it).
    data_sister: DataSisterService
    #: The Laporan (Gambaran dosen, Tabel LKPS).
    laporan: LaporanService
    #: Usulan (made by the forms, approved, withdrawn) and the forms' referensi choices.
    usulan: UsulanService
    referensi: ReferensiService
    #: Kirim ke SISTER: the switch, the preview, the sending, the check, the Log Kirim.
    kirim: KirimService
    demo: bool = False
    tasks: TaskKeeper = field(default_factory=TaskKeeper)
    #: Version, folders and database shown in the About dialog.
    about: AboutInfo = field(default_factory=AboutInfo.for_this_process)

    @classmethod
    def of(
        cls,
        services: Services,
        *,
        demo: bool = False,
        tasks: TaskKeeper | None = None,
        about: AboutInfo | None = None,
    ) -> UiContext:
        """The window's view of the composed services."""
        return cls(
            settings=services.settings,
            connection=services.connection,
            language=services.language,
            linking=services.linking,
            pegawai=services.pegawai,
            sync=services.sync,
            comparison=services.comparison,
            data_sister=services.data_sister,
            laporan=services.laporan,
            usulan=services.usulan,
            referensi=services.referensi,
            kirim=services.kirim,
            demo=demo,
            tasks=tasks or TaskKeeper(),
            about=about or AboutInfo.for_this_process(),
        )
