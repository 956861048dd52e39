"""Linking in the window: the SISTER button, the preview with its three groups, manual link,
unlink and the undo of a collective link — real widgets, the real sandbox, a real SQLite file."""

from __future__ import annotations

import asyncio
import dataclasses
import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from sister_desktop.domain.matching import MatchGroup
from sister_desktop.services.connection import ConnectionState, SisterConnection
from sister_desktop.services.importer import SavedRow, apply_import, plan_import
from sister_desktop.services.settings_service import SettingsService
from sister_desktop.store.pegawai_repository import PegawaiRepository
from sister_desktop.store.secrets import SecretStore
from sister_desktop.store.settings_repository import SettingsRepository
from sister_desktop.ui.hubungkan.link_history_widget import LinkHistoryWidget
from sister_desktop.ui.hubungkan.link_plan_model import LinkPlanModel
from sister_desktop.ui.hubungkan.link_preview_dialog import LinkPreviewDialog
from sister_desktop.ui.hubungkan.manual_link_dialog import ManualLinkDialog
from sister_desktop.ui.hubungkan.record_compare_widget import (
    RecordCompareWidget,
    disagreeing_fields,
)
from sister_desktop.ui.hubungkan.sister_link_button import SisterLinkButton
from sister_desktop.ui.hubungkan.unlink_dialog import UnlinkDialog
from tests.linking_world import linking_service
from tests.ui.context_helpers import ui_context

pytestmark = pytest.mark.gui


@pytest.fixture
def world(sandbox_factory):
    return sandbox_factory(size=120)


@pytest.fixture
def service(loop, db, world):
    yield from linking_service(loop, db, world)


@pytest.fixture
def imported(loop, db, world, tmp_path):
    """The sandbox's --export-pegawai file imported; employee id -> campus row number."""
    path = world.world.export_pegawai(tmp_path / "pegawai.xlsx")
    # Earlier tests' widgets and loops must be collected here, on the Qt thread: a collection
    # triggered inside the importer's worker thread would finalise them there, which Qt forbids.
    gc.collect()
    repository = PegawaiRepository(db)
    plan = loop.run_until_complete(plan_import(path, repository))
    # The campus file carries a NIDN typed into two rows; the operator imports the valid rows.
    assert [p.code.value for p in plan.problems] == ["duplicate_in_file"]
    saved: list[SavedRow] = []
    loop.run_until_complete(apply_import(plan, repository, valid_only=True, saved=saved.append))
    # File row numbers count the header as row 1; the truth counts data rows from 0.
    return {row.id: row.row - 2 for row in saved}


@pytest.fixture
def context(loop, db, service):
    settings = SettingsService(SettingsRepository(db), SecretStore())
    connection = SisterConnection(settings)
    context = ui_context(db, connection=connection, linking=service)
    yield context
    loop.run_until_complete(context.tasks.cancel_all())


async def until(predicate, timeout: float = 10.0):
    """Let the loop (and Qt) run until ``predicate()`` is true."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out waiting")
        await asyncio.sleep(0.01)


async def open_dialog(button, kind):
    await until(lambda: isinstance(button.dialog, kind) and button.dialog.isVisible())
    return button.dialog


def test_sister_button_only_while_connected(qtbot, context):
    toolbar = QWidget()
    qtbot.addWidget(toolbar)
    button = SisterLinkButton(context, lambda: [], lambda: None, toolbar)
    toolbar.show()
    assert not button.isVisible()
    context.connection.set_state(ConnectionState(connected=True, pt_name="PT"))
    assert button.isVisible()
    assert [a.text() for a in button.menu().actions()] == [
        "Hubungkan Pegawai dan Sister",
        "Hubungkan Secara Manual",
        "Putuskan hubungan",
    ]
    context.connection.set_state(ConnectionState(connected=False))
    assert not button.isVisible()


def test_collective_link_of_the_whole_world(qtbot, loop, context, service, imported, world):
    truth = world.world.truth
    changed = []
    button = SisterLinkButton(context, lambda: list(imported), lambda: None)
    button.links_changed.connect(lambda: changed.append(True))
    qtbot.addWidget(button)
    context.connection.set_state(ConnectionState(connected=True))

    async def scenario():
        task = context.tasks.spawn(button.link_ticked())
        dialog = await open_dialog(button, LinkPreviewDialog)
        check_preview(dialog, imported, truth, qtbot)
        qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
        return dialog, await task

    dialog, linked = loop.run_until_complete(scenario())
    assert linked is True
    assert changed == [True]
    exact = dialog.models[MatchGroup.EXACT].entries
    people = loop.run_until_complete(service.pegawai.list_all())
    ticked = {p.id: p.id_sdm for p in people if p.terhubung_sister}
    assert ticked == {e.pegawai.id: e.proposed.id_sdm for e in exact}


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_preview_headers_read_in_full(qtbot, loop, context, imported, qapp, language):
    """The preview opened at the size the window gives it: no column title is cut ("Cocok
    berdasarkan" is longer than "Matched on")."""
    from sister_desktop.texts.i18n import use_language
    from tests.ui.test_main_window import _cut_headers

    with use_language(qapp, language):
        button = SisterLinkButton(context, lambda: list(imported), lambda: None)
        qtbot.addWidget(button)
        context.connection.set_state(ConnectionState(connected=True))

        async def scenario():
            task = context.tasks.spawn(button.link_ticked())
            dialog = await open_dialog(button, LinkPreviewDialog)
            cut = []
            for index in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(index)
                await asyncio.sleep(0.02)
                cut += _cut_headers(dialog)
            dialog.reject()
            await task
            return cut

        assert loop.run_until_complete(scenario()) == []


def check_preview(dialog, imported, truth, qtbot):
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    counts = {g: dialog.count(g) for g in MatchGroup}
    assert titles == [
        f"Cocok ({counts[MatchGroup.EXACT]})",
        f"Perlu dicek ({counts[MatchGroup.REVIEW]})",
        f"Tidak ditemukan ({counts[MatchGroup.NOT_FOUND]})",
    ]
    # Every imported row is in exactly one group.
    assert sum(counts.values()) == len(imported)
    # Graded by the sandbox's own truth: no false link among Cocok; people SISTER lacks are
    # never proposed; Cocok is most of the file.
    exact = dialog.models[MatchGroup.EXACT].entries
    assert all(truth.is_correct_link(imported[e.pegawai.id], e.proposed.id_sdm) for e in exact)
    proposed_rows = {
        imported[e.pegawai.id]
        for g in (MatchGroup.EXACT, MatchGroup.REVIEW)
        for e in dialog.models[g].entries
    }
    assert not proposed_rows & set(truth.campus_only) - {
        imported[e.pegawai.id] for e in dialog.models[MatchGroup.REVIEW].entries
    }
    assert counts[MatchGroup.EXACT] >= 0.8 * len(imported)
    # A review row shows its reason and the SISTER record beside the local one.
    review_model = dialog.models[MatchGroup.REVIEW]
    if review_model.entries:
        dialog.tabs.setCurrentIndex(1)
        dialog.views[MatchGroup.REVIEW].selectRow(0)
        entry = review_model.entries[0]
        assert dialog.compare.local_labels["nama"].text() == entry.pegawai.nama
        assert dialog.compare.sister_labels["nama"].text() == entry.proposed.nama_sdm
        assert review_model.index(0, 5).data()
    dialog.grab().save(str(qtbot_tmp(qtbot) / "link_preview.png"))
    assert dialog.link_button.text() == f"Hubungkan ({counts[MatchGroup.EXACT]})"


def qtbot_tmp(qtbot):
    import tempfile
    from pathlib import Path

    return Path(tempfile.gettempdir())


def test_accepting_a_single_review_row(qtbot, loop, context, service, imported):
    result = loop.run_until_complete(service.plan(list(imported)))
    review = result.plan.review
    if not review:
        pytest.skip("this world has no Perlu dicek row")
    dialog = LinkPreviewDialog(service, result, context.tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    model = dialog.models[MatchGroup.REVIEW]
    dialog.models[MatchGroup.EXACT].set_all_ticked(False)
    assert not dialog.link_button.isEnabled()
    model.setData(model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.link_button.text() == "Hubungkan (1)"
    loop.run_until_complete(dialog.confirm())
    assert dialog.applied is not None and dialog.applied.linked == 1
    # QDialog.result() is the dialog's outcome, not shadowed by the plan it showed.
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.plan_result is result
    person = loop.run_until_complete(service.pegawai.get(review[0].pegawai.id))
    assert person.id_sdm == review[0].proposed.id_sdm


def test_a_refused_batch_writes_nothing_and_says_who_holds_the_sdm(
    qtbot, loop, context, service, imported
):
    result = loop.run_until_complete(service.plan(list(imported)))
    first = result.plan.exact[0]
    holder = next(
        p for p in loop.run_until_complete(service.pegawai.list_all()) if p.id != first.pegawai.id
    )
    dialog = LinkPreviewDialog(service, result, context.tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    # Meanwhile someone links that SDM to another employee (another workstation).
    loop.run_until_complete(service.link_manual(holder.id, first.proposed.id_sdm))
    loop.run_until_complete(dialog.confirm())
    assert dialog.applied is None and dialog.isVisible()
    assert holder.nama in dialog.error_label.text()
    linked = [p for p in loop.run_until_complete(service.pegawai.list_all()) if p.id_sdm]
    assert [p.id for p in linked] == [holder.id]


def test_manual_link_with_search_and_refusal(qtbot, loop, context, service, imported, world):
    truth = world.world.truth
    people = loop.run_until_complete(service.pegawai.list_all())
    person = next(p for p in people if truth.sdm_of(imported[p.id]) and p.nidn)
    true_sdm = truth.sdm_of(imported[person.id])
    current = {"p": person}
    button = SisterLinkButton(context, lambda: [], lambda: current["p"])
    qtbot.addWidget(button)

    async def first_link():
        task = context.tasks.spawn(button.link_manually())
        dialog = await open_dialog(button, ManualLinkDialog)
        # The dialog opens with suggestions for the employee: the right person first.
        await until(lambda: dialog.model.rowCount() > 0)
        assert dialog.selected().sdm.id_sdm == true_sdm
        assert dialog.compare.local_labels["nama"].text() == person.nama
        # Typing a NIDN finds by identifier.
        qtbot.keyClicks(dialog.search_edit, person.nidn)
        await until(lambda: dialog.model.rowCount() > 0 and dialog.selected().matched_on)
        assert dialog.selected().sdm.id_sdm == true_sdm
        dialog.grab().save(str(qtbot_tmp(qtbot) / "manual_link.png"))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return await task

    assert loop.run_until_complete(first_link()) is True
    assert loop.run_until_complete(service.pegawai.get(person.id)).id_sdm == true_sdm

    # Another employee may not take the same SISTER person: refused with the holder's name.
    other = next(p for p in people if p.id != person.id)
    current["p"] = other

    async def second_link():
        task = context.tasks.spawn(button.link_manually())
        dialog = await open_dialog(button, ManualLinkDialog)
        await until(lambda: dialog.model.rowCount() > 0)
        dialog.search_edit.setText(person.nidn)
        await until(lambda: dialog.selected() is not None and dialog.selected().matched_on)
        assert dialog.selected().linked_to == person.id
        await dialog.save()
        assert person.nama in dialog.error_label.text()
        assert dialog.isVisible()
        dialog.reject()
        return await task

    assert loop.run_until_complete(second_link()) is False
    assert loop.run_until_complete(service.pegawai.get(other.id)).id_sdm is None


def test_unlink_with_a_reason_and_the_history(qtbot, loop, context, service, imported):
    person = loop.run_until_complete(service.pegawai.list_all())[0]
    sdm = loop.run_until_complete(service.sdm_list()).rows[0]
    loop.run_until_complete(service.link_manual(person.id, sdm.id_sdm))
    person = loop.run_until_complete(service.pegawai.get(person.id))
    button = SisterLinkButton(context, lambda: [], lambda: person)
    qtbot.addWidget(button)

    async def scenario():
        task = context.tasks.spawn(button.unlink_current())
        dialog = await open_dialog(button, UnlinkDialog)
        assert not dialog.unlink_button.isEnabled()  # no reason, no unlink
        qtbot.keyClicks(dialog.reason_box.lineEdit(), "Salah orang")
        assert dialog.unlink_button.isEnabled()
        qtbot.mouseClick(dialog.unlink_button, Qt.MouseButton.LeftButton)
        return await task

    assert loop.run_until_complete(scenario()) is True
    assert loop.run_until_complete(service.pegawai.get(person.id)).id_sdm is None

    history = LinkHistoryWidget(service, context.tasks)
    qtbot.addWidget(history)
    loop.run_until_complete(history.load(person.id))
    rows = [
        [history.model.index(r, c).data() for c in range(history.model.columnCount())]
        for r in range(history.model.rowCount())
    ]
    assert [row[1] for row in rows] == ["Unlinked", "Linked"]
    assert rows[0][2] == sdm.id_sdm and rows[0][5] == "Salah orang"
    assert rows[1][3] == sdm.id_sdm and rows[1][4] == "manual"


def test_undo_of_a_collective_link_from_the_history(qtbot, loop, context, service, imported):
    result = loop.run_until_complete(service.plan(list(imported)))
    applied = loop.run_until_complete(service.apply(result.plan.exact))
    person_id = result.plan.exact[0].pegawai.id
    history = LinkHistoryWidget(service, context.tasks)
    qtbot.addWidget(history)
    history.show()
    changed = []
    history.links_changed.connect(lambda: changed.append(True))
    loop.run_until_complete(history.load(person_id))
    loop.run_until_complete(history.refresh_undo())
    assert history.undo_button.isEnabled()
    history.grab().save(str(qtbot_tmp(qtbot) / "link_history.png"))

    async def scenario():
        task = context.tasks.spawn(history.undo_selected())
        await until(lambda: history.findChild(QMessageBox, "undo_confirm") is not None)
        box = history.findChild(QMessageBox, "undo_confirm")
        assert str(applied.linked) in box.text()
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        return await task

    assert loop.run_until_complete(scenario()) == applied.linked
    assert changed == [True]
    assert not any(p.id_sdm for p in loop.run_until_complete(service.pegawai.list_all()))
    assert [history.model.index(r, 1).data() for r in range(2)] == ["Undone", "Linked"]
    loop.run_until_complete(history.refresh_undo())
    assert not history.undo_button.isEnabled()


def test_models_pass_the_model_tester(qtmodeltester, loop, service, imported):
    from sister_desktop.ui.hubungkan.link_history_model import LinkHistoryModel
    from sister_desktop.ui.hubungkan.sdm_suggestion_model import SdmSuggestionModel

    plan = loop.run_until_complete(service.plan(list(imported))).plan
    for group in MatchGroup:
        qtmodeltester.check(LinkPlanModel(group, plan.group(group)))
    suggestions = SdmSuggestionModel()
    suggestions.set_suggestions(loop.run_until_complete(service.search("a")))
    qtmodeltester.check(suggestions)
    applied = loop.run_until_complete(service.apply(plan.exact[:1]))
    history = LinkHistoryModel()
    history.set_entries(loop.run_until_complete(service.links.batch(applied.batch_id)))
    qtmodeltester.check(history)


def test_manual_search_says_when_sister_cannot_be_reached(qtbot, loop, db, context):
    from sister_desktop.domain.pegawai import NEW_ID, Pegawai
    from sister_desktop.services.linking import LinkingService
    from sister_desktop.services.sdm_cache import SdmCache
    from sister_desktop.store.link_repository import LinkRepository

    async def unreachable():
        # The shared connection without settings: what an operator gets before Pengaturan.
        return await (await context.connection.api()).referensi_sdm()

    service = LinkingService(
        PegawaiRepository(db), LinkRepository(db), SdmCache(unreachable), operator="t"
    )
    person = loop.run_until_complete(service.pegawai.add(Pegawai(NEW_ID, "Ahmad")))
    dialog = ManualLinkDialog(service, person, context.tasks)
    qtbot.addWidget(dialog)
    loop.run_until_complete(dialog.search("ahmad"))
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text()
    assert dialog.model.rowCount() == 0


def test_manual_link_never_saves_by_accident(qtbot, loop, context, service, imported, world):
    """Enter in the search only searches; a candidate born on another day or with other
    numbers is linked only after a question whose default is Batal; a person already linked
    to this employee cannot be saved again."""
    truth = world.world.truth
    people = loop.run_until_complete(service.pegawai.list_all())
    person = next(p for p in people if truth.sdm_of(imported[p.id]) and p.nidn and p.tanggal_lahir)
    true_sdm = truth.sdm_of(imported[person.id])
    button = SisterLinkButton(context, lambda: [], lambda: person)
    qtbot.addWidget(button)

    async def scenario():
        task = context.tasks.spawn(button.link_manually())
        dialog = await open_dialog(button, ManualLinkDialog)
        await until(lambda: dialog.model.rowCount() > 1)
        # Typing a name and pressing Enter searches; the dialog stays open, nothing is linked.
        dialog.search_edit.setFocus()
        qtbot.keyClicks(dialog.search_edit, person.nama.split()[0])
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
        await asyncio.sleep(0.5)
        assert dialog.isVisible() and dialog.saved_batch is None
        assert (await service.pegawai.get(person.id)).id_sdm is None
        # A candidate whose birth date or identifiers disagree: the question shows both.
        dialog.search_edit.clear()
        await until(lambda: dialog.model.rowCount() > 1 and not dialog._timer.isActive())
        await asyncio.sleep(0.4)
        wrong = next(
            row
            for row, s in enumerate(dialog.model.suggestions)
            if s.sdm.id_sdm != true_sdm and disagreeing_fields(person, s.sdm)
        )
        dialog.table.selectRow(wrong)
        save = context.tasks.spawn(dialog.save())
        await until(lambda: dialog.confirm_dialog is not None and dialog.confirm_dialog.isVisible())
        box = dialog.confirm_dialog
        compare = box.findChild(RecordCompareWidget)
        assert compare.local_labels["nama"].text() == person.nama
        assert compare.sister_labels["nama"].text() == dialog.model.suggestions[wrong].sdm.nama_sdm
        # Enter takes the default answer, which is Batal.
        qtbot.keyClick(box, Qt.Key.Key_Return)
        await save
        assert dialog.isVisible() and dialog.saved_batch is None
        assert (await service.pegawai.get(person.id)).id_sdm is None
        # The right person links without a question.
        right = next(r for r, s in enumerate(dialog.model.suggestions) if s.sdm.id_sdm == true_sdm)
        dialog.table.selectRow(right)
        assert not disagreeing_fields(person, dialog.model.suggestions[right].sdm)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        return await task

    assert loop.run_until_complete(scenario()) is True
    assert loop.run_until_complete(service.pegawai.get(person.id)).id_sdm == true_sdm

    # Opened again, the person already linked here cannot be saved a second time.
    linked = loop.run_until_complete(service.pegawai.get(person.id))
    dialog = ManualLinkDialog(service, linked, context.tasks)
    qtbot.addWidget(dialog)
    loop.run_until_complete(dialog.search(linked.nidn))
    assert dialog.selected().sdm.id_sdm == true_sdm
    assert not dialog.save_button.isEnabled()
    assert "already linked to this SISTER person" in dialog.error_label.text()


def test_a_link_on_the_name_alone_is_asked_about_and_says_what_matched(
    qtbot, loop, context, service, imported, world
):
    """A pegawai with nothing but a name: the candidate shows "only the name matches", and
    saving asks first (Enter answers Batal); a candidate whose numbers agree says which."""
    people = loop.run_until_complete(service.pegawai.list_all())
    truth = world.world.truth
    person = next(p for p in people if truth.sdm_of(imported[p.id]) and p.nidn)
    bare = dataclasses.replace(person, nip=None, nidn=None, nidk=None, nupn=None, nuptk=None)
    bare = dataclasses.replace(bare, tanggal_lahir=None)
    loop.run_until_complete(service.pegawai.update(bare))
    bare = loop.run_until_complete(service.pegawai.get(person.id))
    dialog = ManualLinkDialog(service, bare, context.tasks)
    qtbot.addWidget(dialog)
    dialog.show()

    async def scenario():
        await until(lambda: dialog.model.rowCount() > 0 and dialog.selected() is not None)
        assert dialog.match_label.text() == (
            "Only the name matches: no NUPTK, NIDN, NIP or birth date confirms it."
        )
        save = context.tasks.spawn(dialog.save())
        await until(lambda: dialog.question_box is not None and dialog.question_box.isVisible())
        box = dialog.question_box
        assert box.windowTitle() == "Only the name matches"
        assert bare.nama in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: Batal
        await save
        assert dialog.isVisible() and dialog.saved_batch is None
        assert (await service.pegawai.get(bare.id)).id_sdm is None

    loop.run_until_complete(scenario())
    # The same person with the NIDN: the candidate says it matches on it.
    full = ManualLinkDialog(service, person, context.tasks)
    qtbot.addWidget(full)
    loop.run_until_complete(full.search(person.nidn))
    assert full.match_label.text().startswith("Matches on: ")
    assert "NIDN / NIDK / NUPN" in full.match_label.text()
