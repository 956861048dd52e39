"""The word checker of ``test_every_word``: it catches what it must, spares the glossary, and the
glossary in code is the one docs/HACKING.md explains."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sister_desktop.texts.glossary import GLOSSARY
from tests.ui.languages import vocabularies, words
from tests.ui.shown_texts import shown_texts

HACKING = Path(__file__).resolve().parents[2] / "docs" / "HACKING.md"


def test_indonesian_words_are_caught_in_english_and_english_ones_in_indonesian():
    v = vocabularies()
    assert v.foreign("Pilih semua", "en") == ["pilih", "semua"]
    assert v.foreign("Lanjutkan yang terputus", "en") == ["lanjutkan", "yang", "terputus"]
    assert v.foreign("Batal", "en") == ["batal"]  # Qt's own buttons, from qtbase_id.ts
    assert "ingat" in v.foreign("Remember password (Ingat kata sandi)", "en")
    assert v.foreign("Save the settings", "id") == ["save", "the", "settings"]
    assert v.foreign("Simpan dalam English", "id") == ["english"]
    assert v.foreign("Select all", "en") == [] and v.foreign("Pilih semua", "id") == []


def test_the_glossary_numbers_and_markup_are_no_words_of_either_language():
    v = vocabularies()
    assert words("Cek Service, Terhubung Sister and id_sdm of 12 pegawai") == ["and", "of"]
    assert v.foreign("<b>NIDN</b> 0012 · NIP 1980… &amp; Data SISTER", "en") == []
    assert v.foreign("Hubungkan Secara Manual: https://sister.kemdikbud.go.id", "en") == []


@pytest.mark.gui
def test_the_walk_reads_buttons_labels_titles_placeholders_and_tooltips(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    box = QGroupBox("Pengaturan", root)
    box.setObjectName("box")
    button = QPushButton("Mulai", box)
    button.setToolTip("Tooltip text")
    edit = QLineEdit(box)
    edit.setPlaceholderText("Cari pegawai")
    QLabel("<i>Belum terhubung</i>", box)
    QVBoxLayout(root).addWidget(box)
    texts = [text for _where, text in shown_texts(root)]
    assert {"Pengaturan", "Mulai", "Tooltip text", "Cari pegawai", "<i>Belum terhubung</i>"} <= set(
        texts
    )
    assert shown_texts(root, skip=("box",)) == []  # the box and everything in it


def _documented_terms() -> set[str]:
    """The bold terms of the rows of the table under "Glossary" in docs/HACKING.md."""
    text = HACKING.read_text(encoding="utf-8")
    section = text.split("## Glossary", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| **")]
    return {term for row in rows for term in re.findall(r"\*\*([^*]+)\*\*", row)}


def test_the_docs_glossary_mirrors_the_one_in_code():
    assert _documented_terms() == set(GLOSSARY)
