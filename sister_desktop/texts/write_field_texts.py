"""A field's title in an usulan form: the Data SISTER title, without the "Id" of a reference
(the operator picks a jabatan, a skim or a perguruan tinggi by name, never an id)."""

from __future__ import annotations

from sister_desktop.texts.sister_field_texts import field_title


def form_field_title(name: str, dataset: str | None = None) -> str:
    title = field_title(name, dataset)
    if name.startswith("id_") and title.lower().startswith("id ") and len(title) > 3:
        rest = title[3:]
        return rest[:1].upper() + rest[1:]
    return title
