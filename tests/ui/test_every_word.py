"""Every word of every screen in the operator's language: English mode shows no Indonesian word
outside the glossary (``texts/glossary.py``, mirrored by docs/HACKING.md), Indonesian mode no
English one. The walk covers the main window's tabs and their pages, the Pegawai details of a
synced pegawai, the Data SISTER window and a record in full, and the dialogs: import report,
form, manual link, link preview, unlink, Terapkan, progress, the end-of-sync notice, password,
about. Which language a word belongs to is read from the catalogue (``tests/ui/languages.py``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from sister_desktop.services.pegawai_service import PegawaiService
from sister_desktop.services.sync_service import SyncService
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.texts.i18n import use_language
from sister_desktop.ui.common.about_dialog import AboutDialog
from sister_desktop.ui.data_sister.data_sister_window import DataSisterWindow
from sister_desktop.ui.hubungkan.link_preview_dialog import LinkPreviewDialog
from sister_desktop.ui.hubungkan.manual_link_dialog import ManualLinkDialog
from sister_desktop.ui.hubungkan.unlink_dialog import UnlinkDialog
from sister_desktop.ui.main_window import MainWindow
from sister_desktop.ui.pegawai.import_report_dialog import ImportReportDialog
from sister_desktop.ui.pegawai.pegawai_form_dialog import PegawaiFormDialog
from sister_desktop.ui.pengaturan.password_prompt_dialog import PasswordPromptDialog
from sister_desktop.ui.perbandingan.apply_preview_dialog import ApplyPreviewDialog
from sister_desktop.ui.sinkronisasi.sync_progress_dialog import SyncProgressDialog
from tests.comparison_world import comparison_service, synced_campus
from tests.linking_world import linking_service
from tests.services.import_samples import BUDI, SITI, write_csv
from tests.sync_world import engine_for, sandbox_client
from tests.ui.context_helpers import ui_context
from tests.ui.languages import vocabularies, words
from tests.ui.shown_texts import shown_texts

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
#: Widgets meant to speak both languages: the language choice names each in its own words.
BOTH_LANGUAGES = ("language_box",)
#: SISTER's records are shown with SISTER's own names of their fields (``sister_field_texts``).
SISTER_FIELDS = ("history_table", "object_form", "record_fields")


class Seen:
    """The texts of the screens walked, with the data shown on them (names, units, SISTER's
    values), which is the operator's and in no language of ours."""

    def __init__(self) -> None:
        self.texts: dict[tuple[str, str], None] = {}
        self.data_words: set[str] = set()

    def walk(self, root: QWidget) -> None:
        for where, text in shown_texts(root, skip=BOTH_LANGUAGES + SISTER_FIELDS):
            self.texts[(where, text)] = None

    def walk_open_windows(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                self.walk(widget)

    def add_data(self, *values: object) -> None:
        for value in values:
            if isinstance(value, str):
                self.data_words.update(words(value))

    def foreign(self, language: str) -> list[tuple[str, str, list[str]]]:
        found = []
        for where, text in self.texts:
            bad = [w for w in vocabularies().foreign(text, language) if w not in self.data_words]
            if bad:
                found.append((where, text, sorted(set(bad))))
        return sorted(found)


def _walk_tabs(seen: Seen, loop, context, window: QWidget) -> None:
    for tabs in [*window.findChildren(QTabWidget)]:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            loop.run_until_complete(context.tasks.wait_idle())
            seen.walk(window)


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_screen_speaks_the_operators_language(
    qtbot, loop, db, sandbox, tmp_path, qapp, language
):
    seen = Seen()
    with use_language(qapp, language):
        campus = synced_campus(loop, db, sandbox)
        client = loop.run_until_complete(sandbox_client(sandbox))
        services = linking_service(loop, db, sandbox)
        linking = next(services)
        context = ui_context(
            db,
            pegawai=PegawaiService(PegawaiRepository(db)),
            sync=SyncService(engine_for(db, client)),
            comparison=comparison_service(db, sandbox),
            linking=linking,
        )
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(QSize(1366, 728))
        window.show()
        try:
            people = loop.run_until_complete(context.pegawai.list_all())
            for p in people:
                seen.add_data(*dataclasses.astuple(p))
            for sdm in loop.run_until_complete(linking.sdm_list()).rows:
                seen.add_data(*dataclasses.astuple(sdm))
            loop.run_until_complete(window.pegawai_tab.reload())
            loop.run_until_complete(window.sync_tab.refresh())
            synced_id = campus.id_of[sandbox.world.truth.differences[0].row]
            synced = next(p for p in people if p.id == synced_id)
            window.pegawai_tab.select_pegawai(synced_id)
            loop.run_until_complete(context.tasks.wait_idle())
            seen.walk(window)
            _walk_tabs(seen, loop, context, window)

            # The Data SISTER window, every group, one record in full.
            data_window = DataSisterWindow(context, window)
            assert loop.run_until_complete(data_window.load(synced_id))
            data_window.show()
            for row in range(data_window.group_list.count()):
                data_window.group_list.setCurrentRow(row)
                seen.walk(data_window)
            section = next(
                s
                for p in data_window.pages.values()
                for s in p.sections.values()
                if s.table is not None and s.table.model().rowCount()
            )
            section.open_row(0)
            if data_window.detail_dialog is not None:
                seen.walk(data_window.detail_dialog)
            data_window.close()

            # The dialogs.
            plan = loop.run_until_complete(
                context.pegawai.plan_import(
                    write_csv(tmp_path / "p.csv", [SITI, [*BUDI[:1], "12345", *BUDI[2:]]])
                )
            )
            for dialog in (
                ImportReportDialog(plan, "p.csv", window),
                PegawaiFormDialog(context.pegawai.save, context.tasks, synced, window),
                ManualLinkDialog(linking, synced, context.tasks, window),
                UnlinkDialog(linking, synced, context.tasks, window),
                PasswordPromptDialog("operator", window),
                AboutDialog(context.about, window),
            ):
                dialog.show()
                seen.walk(dialog)
                dialog.close()
            unlinked = [p.id for p in people if not p.id_sdm]
            result = loop.run_until_complete(linking.plan(unlinked))
            preview = LinkPreviewDialog(linking, result, context.tasks, window)
            preview.show()
            for index in range(preview.tabs.count()):
                preview.tabs.setCurrentIndex(index)
                seen.walk(preview)
            preview.close()
            keys = [(synced_id, f) for f in ("nama", "nidn", "nip")]
            copies = loop.run_until_complete(context.comparison.plan_apply(keys))
            apply = ApplyPreviewDialog(copies, window)
            apply.show()
            seen.walk(apply)
            apply.close()
            progress = SyncProgressDialog(window)
            progress.show()
            seen.walk(progress)
            progress.finish()
            box = window.sync_tab.notifier.notify(campus.outcome.run, window)
            seen.walk(box)
            box.close()
        finally:
            loop.run_until_complete(context.tasks.cancel_all())
            loop.run_until_complete(client.aclose())
            services.close()
    foreign = seen.foreign(language)
    assert not foreign, "\n".join(f"{where}: {text!r} -> {bad}" for where, text, bad in foreign)
