"""Every screen in the operator's language and in full, at the size it opens on a 1366×768
laptop: English mode shows no Indonesian word outside the glossary (``texts/glossary.py``,
mirrored by docs/HACKING.md), Indonesian mode no English one, and nothing is cut (a table
header, an identifier, a label, a button, a column off the window: ``tests/ui/fit.py``). The
walk covers the main window's tabs and their pages, the Pegawai details of a synced pegawai, the
Pegawai search in the synced data, the Data SISTER window and a record in full, with Kirim ke
SISTER switched off and on (the usulan form of Add…, the Kirim switch in Pengaturan), and the
dialogs: import report, form, manual link, link preview, unlink, Terapkan, progress, the
end-of-sync notice, password, about; and the questions and notices the screens raise (message
boxes, read as they open and declined: ``tests/ui/message_walk.py``), among them those of
linking (by hand on a name alone, undoing a collective link), of the Laporan, of a sync or a
Periksa di SISTER running (stop? close the window?) and of one stopped or cut off (offered at
start). Which language a word belongs to is read from the catalogue
(``tests/ui/languages.py``)."""

from __future__ import annotations

import dataclasses
import getpass
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from sister_desktop.domain.pegawai import NEW_ID, Pegawai
from sister_desktop.domain.sync_log import RunStatus
from sister_desktop.domain.sync_progress import SyncMode, SyncRequest
from sister_desktop.domain.usulan import UsulanStatus
from sister_desktop.domain.ws_settings import UrlChoice, WsSettings
from sister_desktop.services.pegawai_service import PegawaiService
from sister_desktop.services.sync_service import SyncService
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.usulan_repository import UsulanRepository
from sister_desktop.texts import sync_texts
from sister_desktop.texts.i18n import use_language
from sister_desktop.ui.common.about_dialog import AboutDialog
from sister_desktop.ui.data_sister.data_sister_window import GROUPS, DataSisterWindow
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
from tests.ui.fit import what_is_cut
from tests.ui.languages import vocabularies, words
from tests.ui.message_walk import MessageBoxReader
from tests.ui.pegawai.pegawai_helpers import wait_for
from tests.ui.shown_texts import shown_texts

pytestmark = pytest.mark.gui

#: A folder for a picture of every screen walked (to look at them), if set.
GRABS = os.environ.get("SISTER_GRABS")
#: Widgets meant to speak both languages: the language choice names each in its own words.
BOTH_LANGUAGES = ("language_box",)
#: In the Data SISTER window, SISTER's records are shown with SISTER's own names of their
#: fields (``texts/sister_field_texts.py``): the tables' titles and the forms' labels; the
#: usulan form's fields carry the same names and offer SISTER's reference lists.
SISTER_FIELDS = ("history_table", "object_form", "usulan_fields")


class Seen:
    """The texts of the screens walked, with the data shown on them (names, units, SISTER's
    values), which is the operator's and in no language of ours."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.texts: dict[tuple[str, str], None] = {}
        self.cut: dict[tuple[str, str, int, int], None] = {}
        self.grabs = 0
        self.data_words: set[str] = set()

    def walk(self, root: QWidget, name: str | None = None, *, sister_records: bool = False) -> None:
        """Read what ``root`` says, note what it cuts, and keep its picture (``SISTER_GRABS``
        names a folder) under ``name``. ``sister_records``: ``root`` shows SISTER's records."""
        skip = BOTH_LANGUAGES + (SISTER_FIELDS if sister_records else ())
        for where, text in shown_texts(root, skip=skip):
            self.texts[(where, text)] = None
        if root.isVisible():
            QApplication.processEvents()
            for item in what_is_cut(root):
                self.cut[item] = None
            if name is not None and GRABS:
                self.grabs += 1
                root.grab().save(str(Path(GRABS) / f"{self.language}-{self.grabs:02d}-{name}.png"))

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


def _to_front(widget: QWidget) -> None:
    """Bring ``widget`` to the front through every tab widget it sits in (a page of the
    Sinkronisasi tab is seen only while Sinkronisasi is the current tab)."""
    current: QWidget | None = widget
    while current is not None:
        parent = current.parentWidget()
        holder = parent.parentWidget() if parent is not None else None
        if isinstance(holder, QTabWidget):
            holder.setCurrentWidget(current)
        current = parent


def _walk_tabs(seen: Seen, loop, context, window: QWidget) -> None:
    for tabs in [*window.findChildren(QTabWidget)]:
        _to_front(tabs)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            loop.run_until_complete(context.tasks.wait_idle())
            seen.walk(window, tabs.tabText(index).replace(" ", "_").replace("/", "_"))


def _show(seen: Seen, dialog: QWidget, name: str) -> None:
    dialog.show()
    seen.walk(dialog, name)
    dialog.close()


@pytest.mark.parametrize("language", ["en", "id"])
def test_every_screen_speaks_the_operators_language_in_full(
    qtbot, loop, db, sandbox, tmp_path, qapp, language, monkeypatch
):
    """Each screen at the size it opens on a 1366×768 laptop (the tests' screen): no word of
    the other language, and nothing cut: every table header, identifier, label and button
    reads in full, and no column starts off the window."""
    seen = Seen(language)
    boxes = MessageBoxReader(lambda box, name: seen.walk(box, f"box_{name}"))
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
        window.show()
        try:
            people = loop.run_until_complete(context.pegawai.list_all())
            for p in people:
                seen.add_data(*dataclasses.astuple(p))
            for sdm in loop.run_until_complete(linking.sdm_list()).rows:
                seen.add_data(*dataclasses.astuple(sdm))
            synced_id = campus.id_of[sandbox.world.truth.differences[0].row]
            synced = next(p for p in people if p.id == synced_id)
            # Two linked pegawai unlinked again: the link preview has Cocok rows.
            relink = [p.id for p in people if p.id_sdm and p.id != synced_id][:2]
            for pegawai_id in relink:
                loop.run_until_complete(linking.unlink(pegawai_id, "to link again"))
            # A value applied: the history of Terapkan has a row.
            difference = sandbox.world.truth.differences[0]
            loop.run_until_complete(context.comparison.apply([(synced_id, difference.field)]))
            loop.run_until_complete(window.pegawai_tab.reload())
            loop.run_until_complete(window.sync_tab.refresh())
            window.pegawai_tab.select_pegawai(synced_id)
            loop.run_until_complete(context.tasks.wait_idle())
            seen.walk(window, "pegawai")
            _walk_tabs(seen, loop, context, window)
            # The Pegawai search in the synced data.
            window.tabs.setCurrentWidget(window.pegawai_tab)
            tab = window.pegawai_tab
            tab.search_sister_check.setChecked(True)
            tab.search_edit.setText("sertifikasi")
            loop.run_until_complete(tab.search_sister_check.search_now())
            seen.walk(window, "search")
            tab.search_sister_check.setChecked(False)
            tab.search_edit.clear()

            # The Data SISTER window, every group, one record in full.
            data_window = DataSisterWindow(context, window)
            assert loop.run_until_complete(data_window.load(synced_id))
            data_window.show()
            for row in range(data_window.group_list.count()):
                data_window.group_list.setCurrentRow(row)
                seen.walk(data_window, f"data_sister_{row}", sister_records=True)
            section = next(
                s
                for p in data_window.pages.values()
                for s in p.sections.values()
                if s.table is not None and s.table.model().rowCount()
            )
            section.open_row(0)
            assert data_window.detail_dialog is not None
            seen.walk(data_window.detail_dialog, "record", sister_records=True)
            data_window.close()
            data_window.setParent(None)  # the tabs walked next no longer hold its texts

            # Kirim ke SISTER switched on: the Data SISTER buttons enabled, the usulan form of a
            # writable family (Tambah…), the Kirim switch in Pengaturan.
            loop.run_until_complete(context.kirim.set_writes_enabled(True))
            _walk_tabs(seen, loop, context, window)
            data_window = DataSisterWindow(context, window)
            assert loop.run_until_complete(data_window.load(synced_id))
            data_window.show()
            section = None
            for group in GROUPS:
                page = data_window.show_group(group)
                section = next(
                    (
                        s
                        for s in page.sections.values()
                        if getattr(s, "tambah_button", None) is not None
                        and s.tambah_button.isEnabled()
                    ),
                    None,
                )
                if section is not None:
                    break
            assert section is not None, "no family takes Add… for this pegawai"
            seen.walk(data_window, "data_sister_writes", sister_records=True)
            section.tambah_button.click()
            form = loop.run_until_complete(wait_for(lambda: data_window.write_actions.form))
            loop.run_until_complete(wait_for(form.isVisible))
            seen.walk(form, "usulan_form", sister_records=True)
            form.reject()
            loop.run_until_complete(context.tasks.wait_idle())
            # Delete… of a record drafts an usulan: the Usulan page with it selected, and once
            # approved, the Kirim preview.
            hapus = next(
                s
                for group in GROUPS
                for s in data_window.show_group(group).sections.values()
                if s.hapus_button is not None
                and s.table is not None
                and s.table.model().rowCount()
                and (s.table.selectRow(0) or s.hapus_button.isEnabled())
            )
            record = hapus.selected_record()
            assert record is not None
            with boxes.reading():
                asked = data_window.write_actions.hapus(hapus.history.dataset.name, record)
                assert loop.run_until_complete(asked) is None
            made = loop.run_until_complete(
                context.usulan.hapus(hapus.history.dataset.name, record.key)
            )
            data_window.close()
            data_window.setParent(None)
            usulan_page = window.sync_pages.usulan_page
            seen.add_data(getpass.getuser())  # who made the usulan, in its history
            loop.run_until_complete(usulan_page.refresh())
            usulan_page.table.selectRow(0)
            loop.run_until_complete(context.tasks.wait_idle())
            _walk_tabs(seen, loop, context, window)
            loop.run_until_complete(context.usulan.setujui([made.id]))
            loop.run_until_complete(usulan_page.refresh())
            usulan_page.model.set_ticked([made.id])
            with boxes.reading():
                assert loop.run_until_complete(usulan_page.batal()) == []
            usulan_page.model.clear_ticks()
            kirim = loop.create_task(usulan_page.start_kirim())
            preview = loop.run_until_complete(wait_for(lambda: usulan_page.preview_dialog, 15))
            loop.run_until_complete(wait_for(preview.isVisible))
            seen.walk(preview, "kirim_preview")
            preview.reject()
            assert loop.run_until_complete(kirim) is None

            # The dialogs.
            plan = loop.run_until_complete(
                context.pegawai.plan_import(
                    write_csv(tmp_path / "p.csv", [SITI, [*BUDI[:1], "12345", *BUDI[2:]]])
                )
            )
            _show(seen, ImportReportDialog(plan, "p.csv", window), "import_report")
            form = PegawaiFormDialog(context.pegawai.save, context.tasks, synced, window)
            _show(seen, form, "form")
            manual = ManualLinkDialog(linking, synced, context.tasks, window)
            manual.show()
            loop.run_until_complete(manual.search(synced.nama.split()[0]))
            if manual.model.rowCount():
                manual.table.selectRow(0)
            _show(seen, manual, "manual_link")
            _show(seen, UnlinkDialog(linking, synced, context.tasks, window), "unlink")
            _show(seen, PasswordPromptDialog("operator", window), "password")
            _show(seen, AboutDialog(context.about, window), "about")
            unlinked = [p.id for p in people if not p.id_sdm] + relink
            result = loop.run_until_complete(linking.plan(unlinked))
            preview = LinkPreviewDialog(linking, result, context.tasks, window)
            preview.show()
            for index in range(preview.tabs.count()):
                preview.tabs.setCurrentIndex(index)
                seen.walk(preview, f"link_preview_{index}")
            preview.close()
            keys = [(synced_id, f) for f in ("nama", "nidn", "nip")]
            copies = loop.run_until_complete(context.comparison.plan_apply(keys))
            _show(seen, ApplyPreviewDialog(copies, window), "apply_preview")
            progress = SyncProgressDialog(window)
            progress.show()
            seen.walk(progress, "progress")
            progress.finish()
            progress = SyncProgressDialog(window)  # a first run's sample, before the run
            progress.show()
            progress.show_sampling(2, 9)
            seen.walk(progress, "sampling")
            progress.finish()
            box = window.sync_tab.notifier.notify(campus.outcome.run, window)
            seen.walk(box, "sync_notice")
            box.close()

            # The questions and notices of the screens, each declined.
            with boxes.reading():
                window.pegawai_tab.select_pegawai(synced_id)
                assert loop.run_until_complete(window.pegawai_tab.delete_pegawai()) == 0
                nobody = SyncRequest(SyncMode.SELECTED)
                assert loop.run_until_complete(window.sync_tab.start_sync(nobody)) is None
                # Every run counts as long here: the question before a long sync, declined.
                long_run = sync_texts.LONG_RUN_S
                monkeypatch.setattr(sync_texts, "LONG_RUN_S", -1)
                everyone = SyncRequest(SyncMode.ALL)
                assert loop.run_until_complete(window.sync_tab.start_sync(everyone)) is None
                progress = SyncProgressDialog(window)
                progress.show()
                progress.ask_to_cancel()
                loop.run_until_complete(wait_for(lambda: progress.confirm_box is None))
                progress.finish()
                progress.close()
                switch = window.settings_tab.kirim_switch_box
                loop.run_until_complete(switch.set_enabled(True))
                loop.run_until_complete(context.tasks.wait_idle())

            # The questions and notices an operator meets further on, each declined (a notice
            # closed), and nothing changed by declining.
            with boxes.reading():
                # SISTER ▸ Hubungkan Pegawai dan Sister with nobody ticked.
                tab = window.pegawai_tab
                window.tabs.setCurrentWidget(tab)
                assert not list(tab.ticked_ids())
                assert loop.run_until_complete(tab.sister_button.link_ticked()) is False
                # A pegawai typed in with only a name, linked by hand to the SISTER person of
                # that name (one of the two unlinked above, whom nobody holds now).
                namesake = next(p for p in people if p.id == relink[0])
                typed = loop.run_until_complete(
                    context.pegawai.save(Pegawai(NEW_ID, namesake.nama))
                ).pegawai
                assert typed is not None
                manual = ManualLinkDialog(linking, typed, context.tasks, window)
                manual.show()
                loop.run_until_complete(manual.search(typed.nama))
                manual.table.selectRow(
                    next(
                        row
                        for row, s in enumerate(manual.model.suggestions)
                        if s.sdm.id_sdm == namesake.id_sdm
                    )
                )
                loop.run_until_complete(manual.save())
                manual.close()
                assert manual.saved_batch is None
                assert loop.run_until_complete(context.pegawai.get(typed.id)).id_sdm is None
                # Those two linked again collectively, and the undo of that link asked about.
                linked = loop.run_until_complete(linking.apply(result.plan.exact)).linked
                loop.run_until_complete(tab.reload())
                tab.select_pegawai(relink[0])
                loop.run_until_complete(context.tasks.wait_idle())
                assert loop.run_until_complete(tab.link_history.undo_selected()) == 0
                relinked = loop.run_until_complete(context.pegawai.list_all())
                assert sum(1 for p in relinked if p.id in relink and p.id_sdm) == linked == 2

                # Laporan: Data SISTER… before a pegawai of a bar is chosen; a report saved.
                gambaran = window.laporan_tab.gambaran
                _to_front(gambaran)
                loop.run_until_complete(wait_for(lambda: gambaran.report, 15))
                gambaran.members.setCurrentItem(None)
                gambaran.open_button.click()
                loop.run_until_complete(wait_for(lambda: "laporan_notice" in boxes.names))
                saved = loop.run_until_complete(gambaran.save("xlsx", tmp_path / "gambaran.xlsx"))
                assert saved is not None
                seen.add_data(str(saved))  # where the operator saved it
                loop.run_until_complete(wait_for(lambda: "laporan_export_notice" in boxes.names))

                # The approved usulan taken by a Kirim killed before its answer came: offered
                # for Periksa as at start (Later), then Periksa di SISTER before the SISTER
                # settings are complete (it cannot start).
                assert made.id is not None
                assert loop.run_until_complete(
                    UsulanRepository(db).mark_sending(
                        made.id, allowed_from=[UsulanStatus.DISETUJUI], run_id="killed", by=None
                    )
                )
                _to_front(usulan_page)
                assert loop.run_until_complete(usulan_page.offer_periksa()) is None
                assert loop.run_until_complete(usulan_page.periksa()) is None
                loop.run_until_complete(wait_for(lambda: "kirim_message_box" in boxes.names))
                waiting = loop.run_until_complete(context.usulan.find())
                assert [u.status for u in waiting if u.id == made.id] == [UsulanStatus.SENDING]

                # Closing the window while a sync of one pegawai runs (Keep syncing), the sync
                # then stopped, and the stopped sync offered for resuming (Later).
                monkeypatch.setattr(sync_texts, "LONG_RUN_S", long_run)
                sync_tab = window.sync_tab
                sandbox.faults.latency_ms = 100
                syncing = context.tasks.spawn(
                    sync_tab.start_sync(SyncRequest(SyncMode.SELECTED, (synced_id,)))
                )
                loop.run_until_complete(wait_for(lambda: sync_tab.runner.progress_dialog, 15))
                assert loop.run_until_complete(sync_tab.prepare_quit()) is False
                assert sync_tab.sync_running
                loop.run_until_complete(sync_tab.runner.stop())
                sandbox.faults.latency_ms = 0
                stopped = loop.run_until_complete(syncing)
                assert stopped is not None and stopped.status is RunStatus.CANCELLED
                assert loop.run_until_complete(sync_tab.offer_resume()) is None
                assert loop.run_until_complete(context.sync.resumable_run()) is not None

                # The SISTER settings saved, Periksa di SISTER runs (slowed down to be asked
                # about): its Cancel (Continue sending), closing the window (Keep sending).
                sister = sandbox.credentials
                settings = WsSettings(
                    url_choice=UrlChoice.CUSTOM,
                    custom_url=sister.url,
                    id_pengguna=sister.id_pengguna,
                    username=sister.username,
                )
                assert (
                    loop.run_until_complete(context.settings.save(settings, sister.password)) == []
                )
                loop.run_until_complete(context.connection.apply_settings())
                sandbox.faults.latency_ms = 300
                checking = context.tasks.spawn(usulan_page.periksa())
                progress = loop.run_until_complete(
                    wait_for(lambda: usulan_page.progress_dialog, 15)
                )
                loop.run_until_complete(wait_for(progress.isVisible))
                progress.ask_to_cancel()
                loop.run_until_complete(wait_for(lambda: progress.confirm_box is None))
                assert loop.run_until_complete(usulan_page.prepare_quit()) is False
                assert usulan_page.kirim_running and not progress.cancelling
                sandbox.faults.latency_ms = 0
                checked = loop.run_until_complete(checking)
                assert checked is not None and not checked.cancelled
                loop.run_until_complete(wait_for(lambda: "kirim_done_box" in boxes.names))
            assert {
                "hapus_question",
                "batal_question",
                "delete_confirm_box",
                "sync_message_box",
                "sync_cancel_confirm",
                "sync_long_run_question",
                "kirim_switch_question",
                "link_message",
                "link_name_only_question",
                "undo_confirm",
                "laporan_notice",
                "laporan_export_notice",
                "periksa_question",
                "kirim_message_box",
                "sync_quit_question",
                "sync_resume_question",
                "kirim_cancel_confirm",
                "kirim_quit_question",
            } <= set(boxes.names), boxes.names
        finally:
            loop.run_until_complete(context.tasks.cancel_all())
            loop.run_until_complete(client.aclose())
            loop.run_until_complete(context.connection.aclose())
            services.close()
    foreign = seen.foreign(language)
    assert not foreign, "\n".join(f"{where}: {text!r} -> {bad}" for where, text, bad in foreign)
    cut = sorted(seen.cut)
    assert not cut, "\n".join(
        f"{where}: {text!r} needs {n} px, has {w}" for where, text, n, w in cut
    )
