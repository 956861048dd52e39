"""The names behind the ids an usulan's changes carry, so the Kirim preview and the Usulan
page's side panel speak as the operator does: a reference by SISTER's name for it, a document
of the record by its name, never a bare id.

``usulan_names`` gathers, per dataset and field, ``id -> name`` from the cached ``referensi``
lists and the synced records the usulan are about; ``shown_value`` writes one value with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sister_desktop.domain.sister_writes import write_family
from sister_desktop.domain.usulan import Usulan, UsulanJenis
from sister_desktop.texts.sister_field_texts import value_text
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.usulan.dokumen_editor import document_name

#: Per dataset, per field: ``id -> name``.
Names = dict[str, dict[str, dict[str, str]]]


async def usulan_names(context: UiContext, items: Iterable[Usulan]) -> Names:
    """The names of the ids ``items`` show, per dataset and field."""
    chosen = list(items)
    names: Names = {}
    for dataset in dict.fromkeys(item.dataset for item in chosen):
        family = write_family(dataset)
        if family is None:
            continue
        fields = {f.name: f.referensi for f in family.fields if f.referensi}
        choices = await context.referensi.choices(set(fields.values()), family=dataset)
        names[dataset] = {
            name: dict(choices.lists.get(list_name, ()))
            for name, list_name in fields.items()
            if list_name
        }
    for item in chosen:
        if item.jenis is UsulanJenis.BARU or item.record_id is None:
            continue
        record = await context.usulan.record_of(item)
        docs = record.values.get("dokumen") if record is not None else None
        if not isinstance(docs, list):
            continue
        into = names.setdefault(item.dataset, {}).setdefault("dokumen", {})
        for doc in docs:
            if isinstance(doc, Mapping) and doc.get("id") not in (None, ""):
                into[str(doc["id"])] = document_name(doc)
    return names


def shown_value(field: str, value: Any, names: Mapping[str, str]) -> str:
    """A value as the operator knows it: a reference (or each of a list of them) by its
    name, the rest as Data SISTER shows it."""
    if isinstance(value, list) and value and names:
        shown = [_one(item, names) for item in value]
        return "; ".join(text for text in shown if text) or value_text(field, value)
    if value is not None and not isinstance(value, list | dict) and str(value) in names:
        return names[str(value)]
    return value_text(field, value)


def _one(item: Any, names: Mapping[str, str]) -> str:
    if isinstance(item, Mapping):
        for key in ("id_sdm", "id_orang", "id_peserta_didik", "id"):
            if item.get(key) not in (None, "") and str(item[key]) in names:
                return names[str(item[key])]
        return value_text("", [item])
    if item in (None, ""):
        return ""
    return names.get(str(item), str(item))
