"""What every tab needs from the running program, handed down by the composition root."""

from __future__ import annotations

from dataclasses import dataclass, field

from sister_desktop.services.comparison import ComparisonService
from sister_desktop.services.connection import SisterConnection
from sister_desktop.services.language_service import LanguageService
from sister_desktop.services.linking import LinkingService
from sister_desktop.services.pegawai_service import PegawaiService
from sister_desktop.services.settings_service import SettingsService
from sister_desktop.services.sync_service import SyncService
from sister_desktop.ui.common.about_info import AboutInfo
from sister_desktop.ui.common.async_helpers import TaskKeeper


@dataclass
class UiContext:
    """The services and shared helpers the widgets use; built by ``app.py`` inside the loop."""

    demo: bool = False
    tasks: TaskKeeper = field(default_factory=TaskKeeper)
    #: Version, folders and database shown in the About dialog.
    about: AboutInfo = field(default_factory=AboutInfo.for_this_process)
    #: Web-service settings (load/save, password) and the shared SISTER connection with its
    #: observable state (``connection.subscribe``); ``None`` until the database is open.
    settings: SettingsService | None = None
    connection: SisterConnection | None = None
    #: The saved language choice (Pengaturan); ``None`` until the database is open.
    language: LanguageService | None = None
    #: Collective and manual linking to SISTER persons; ``None`` until the database is open.
    linking: LinkingService | None = None
    #: The employee list (local database); ``None`` until the database is open.
    pegawai: PegawaiService | None = None
    #: Sinkronisasi (engine, runs, log, synced SISTER values); ``None`` until the database is open.
    sync: SyncService | None = None
    #: Monitoring after a sync (Perbandingan, orphans, what changed); ``None`` until the
    #: database is open.
    comparison: ComparisonService | None = None
