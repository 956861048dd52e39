"""The XLSX template of a family's riwayat file (``usulan template`` and *Unduh templat* in
the window): the columns in a first sheet, and a guide naming each column's meaning,
whether it is required, its type, limit, allowed values and reference list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sister_desktop.domain.sister_writes import WriteFamily
from sister_desktop.files.report_xlsx import Sheet, write_workbook
from sister_desktop.files.usulan_file import file_columns
from sister_desktop.texts import usulan_texts as texts


def write_usulan_template(path: Path, family: WriteFamily) -> Path:
    columns = file_columns(family)
    guide: list[list[Any]] = []
    for column in columns:
        spec = family.field_named(column)
        if spec is None:
            guide.append(
                [column, texts.yes_no(False), "", None, "", "", texts.column_meaning(column)]
            )
            continue
        guide.append(
            [
                column,
                texts.yes_no(spec.required),
                texts.type_label(spec.type.value),
                spec.max_length,
                ", ".join(map(str, spec.choices)),
                spec.referensi or "",
                texts.column_meaning(column),
            ]
        )
    riwayat, petunjuk = texts.template_sheet_titles()
    return write_workbook(
        path,
        [
            Sheet(riwayat, list(columns), []),
            Sheet(petunjuk, texts.template_guide_headers(), guide),
        ],
    )
