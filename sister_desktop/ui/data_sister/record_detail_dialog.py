"""One SISTER record in full (double-click in a Data SISTER table): every field of its detail
with the reference ids by name, the documents it lists by name, and when the sync first saw,
last changed and (if so) saw it removed. One scrolling, selectable page (long titles and lists
of authors wrap); never taller than the screen."""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from sister_desktop.domain.sister_groups import SisterGroup
from sister_desktop.domain.sister_history import History, detail_fields, documents_of
from sister_desktop.domain.sister_records import SisterRecord
from sister_desktop.texts.fill import fill
from sister_desktop.texts.locale_format import format_datetime, format_number
from sister_desktop.texts.sister_data_texts import dataset_label
from sister_desktop.texts.sister_field_texts import field_title, value_text
from sister_desktop.ui.data_sister.screen_fit import fit_to_screen

#: The document fields listed per document, in this order.
DOCUMENT_FIELDS = ("jenis_dokumen", "nama_file", "tanggal_upload", "keterangan")


def _row(label: str, value: str) -> str:
    return (
        f"<tr><td style='padding:2px 12px 2px 0; color:#555;' valign='top'>"
        f"{html.escape(label)}</td><td style='padding:2px 0;'>{html.escape(value)}</td></tr>"
    )


class RecordDetailDialog(QDialog):
    def __init__(
        self,
        history: History,
        record: SisterRecord,
        referensi: Mapping[str, Mapping[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("record_detail_dialog")
        title = dataset_label(history.dataset.name)
        self.setWindowTitle(title)
        self.record = record
        values = record.values
        #: Field name -> the value shown (tests read what the operator reads).
        self.shown: dict[str, str] = {}
        #: The documents listed, by name.
        self.document_names: list[str] = []

        states = []
        if history.is_ajuan:
            states.append(self.tr("Ajuan: a change request waiting for verification"))
        elif record.key in history.with_ajuan:
            states.append(
                self.tr("A change request (ajuan) for this record waits for verification")
            )
        if record.removed:
            states.append(
                fill(self.tr("Removed from SISTER since %1"), format_datetime(record.removed_at))
            )
        self.states = states
        parts = [f"<h3>{html.escape(title)}</h3>"]
        parts += [f"<p><b>{html.escape(s)}</b></p>" for s in states]
        rows = []
        for name in detail_fields(record):
            text = value_text(name, values.get(name), referensi)
            self.shown[name] = text
            rows.append(_row(field_title(name, history.dataset.name), text))
        parts.append(f"<table cellspacing='0'>{''.join(rows)}</table>")

        # A record of the Dokumen group is a document itself: no list of its documents.
        if history.dataset.group is not SisterGroup.DOKUMEN:
            parts += self._documents_part(record, referensi)
        seen = fill(
            self.tr("First seen %1 · last changed %2 · last seen %3"),
            format_datetime(record.first_seen_at),
            format_datetime(record.changed_at),
            format_datetime(record.seen_at),
        )
        parts.append(f"<p style='color:#666;'>{html.escape(seen)}</p>")

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("record_detail_text")
        self.browser.setOpenLinks(False)
        self.browser.setHtml("".join(parts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 680, 540)

    def _documents_part(
        self, record: SisterRecord, referensi: Mapping[str, Mapping[str, str]]
    ) -> list[str]:
        """The documents a record lists, under their title with their count."""
        documents = documents_of(record)
        documents_title = fill(self.tr("Documents (%1)"), format_number(len(documents)))
        parts = [f"<h4>{html.escape(documents_title)}</h4>"]
        if documents:
            items = []
            for document in documents:
                name = value_text("nama", document.get("nama"))
                self.document_names.append(name)
                facts = [
                    value_text(f, document.get(f), referensi)
                    for f in DOCUMENT_FIELDS
                    if document.get(f) not in (None, "")
                ]
                items.append(
                    f"<li><b>{html.escape(name)}</b>"
                    + (f" — {html.escape(' · '.join(facts))}" if facts else "")
                    + "</li>"
                )
            parts.append(f"<ul>{''.join(items)}</ul>")
        else:
            no_documents = self.tr("This record lists no documents.")
            parts.append(f"<p>{html.escape(no_documents)}</p>")
        return parts
