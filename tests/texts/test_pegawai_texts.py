"""One label table for a pegawai's fields: every local field has one, everyone uses it."""

from PySide6.QtWidgets import QFormLayout

from sister_desktop.domain.pegawai import LOCAL_FIELDS
from sister_desktop.texts import comparison_texts, import_texts
from sister_desktop.texts.i18n import use_language
from sister_desktop.texts.pegawai_texts import field_label
from sister_desktop.ui.pegawai.pegawai_detail_panel import PegawaiDetailPanel


def test_every_local_field_has_a_label():
    labels = {name: field_label(name) for name in LOCAL_FIELDS}
    assert all(labels.values())
    assert len(set(labels.values())) == len(labels)
    assert labels["nip"] == "NIP" and labels["nama"] == "Name"


def test_the_import_and_the_perbandingan_read_the_same_table(qapp):
    for name in LOCAL_FIELDS:
        assert import_texts.field_label(name) == field_label(name)
        if name != "unit_kerja":
            assert comparison_texts.field_label(name) == field_label(name)
    assert comparison_texts.field_label("unit_kerja") == "Unit kerja / homebase"
    with use_language(qapp, "id"):
        assert field_label("tanggal_lahir") == "Tanggal lahir"


def test_the_detail_panel_shows_the_table_s_labels(qtbot):
    panel = PegawaiDetailPanel()
    qtbot.addWidget(panel)
    form = panel.local_box.layout()
    assert isinstance(form, QFormLayout)
    captions = {
        name: form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text()
        for row, name in enumerate(panel.values)
    }
    assert set(LOCAL_FIELDS) <= set(captions)
    assert all(captions[name] == field_label(name) for name in LOCAL_FIELDS)


def test_the_report_spells_out_jenis_kelamin_as_the_screen_does(qapp, qtbot):
    """L/P read "Laki-laki"/"Perempuan" in the details, the Perbandingan and the report sheets
    (the PDF and XLSX print the sheet's cells)."""
    from sister_desktop.domain.comparison import FieldComparison, FieldState, PegawaiComparison
    from sister_desktop.domain.pegawai import JenisPegawai, Pegawai

    compared = FieldComparison("jenis_kelamin", "L", "P", FieldState.DIFFERENT)
    item = PegawaiComparison(1, "Siti", "id-1", (compared,))
    with use_language(qapp, "id"):
        sheet = comparison_texts.comparison_sheet([item], only_different=True)
        assert sheet.rows[0][3:5] == ["Laki-laki", "Perempuan"]
        assert comparison_texts.value_text("jenis_kelamin", "P") == "Perempuan"
        panel = PegawaiDetailPanel()
        qtbot.addWidget(panel)
        panel.show_pegawai(
            Pegawai(id=1, nama="Siti", jenis_pegawai=JenisPegawai.DOSEN, jenis_kelamin="P")
        )
        assert panel.values["jenis_kelamin"].text() == sheet.rows[0][4]
