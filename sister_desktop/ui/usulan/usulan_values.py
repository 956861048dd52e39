"""An usulan's values as the operator knows them, in the Kirim preview and the Usulan page's
side panel alike: a reference by its name, a member by his name and role, a list of ids by
their names; the rest as Data SISTER shows it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sister_desktop.domain.sister_writes import FieldType, write_family
from sister_desktop.texts.sister_field_texts import value_text
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.usulan.write_field_editor import CHOICE_WORDS

#: Per dataset and field, the names of the ids its values hold.
Names = dict[str, dict[str, dict[str, str]]]


async def value_names(context: UiContext, datasets: Iterable[str]) -> Names:
    """Per dataset and field, the names of the reference ids (a jabatan, not its id; the
    cached ``referensi`` lists) and of the members (the campus's linked pegawai)."""
    names: Names = {}
    people: dict[str, str] | None = None
    for dataset in set(datasets):
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
        members = [f.name for f in family.fields if f.type is FieldType.MEMBERS]
        if members and people is None:
            people = {p.id_sdm: p.nama for p in await context.pegawai.list_all() if p.id_sdm}
        for name in members:
            names[dataset][name] = {**names[dataset].get(name, {}), **(people or {})}
    return names


def shown_value(field: str, value: Any, names: Mapping[str, str]) -> str:
    """A value as the operator knows it: a reference by its name, a member by his name and
    role ("Agus Halim (Ketua)", not his id_sdm), a list of ids by their names, the rest as
    Data SISTER shows it."""
    if isinstance(value, list) and value:
        if all(isinstance(entry, Mapping) for entry in value):
            return "; ".join(_member(entry, names) for entry in value)
        return "; ".join(shown_value(field, entry, names) for entry in value)
    if value is not None and str(value) in names:
        return names[str(value)]
    return value_text(field, value)


def _member(entry: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """One member of a ``MEMBERS`` list: his name (campus, then SISTER's, then the entry's
    own), and his role in words."""
    person = entry.get("id_sdm") or entry.get("id")
    name = names.get(str(person)) if person else None
    name = name or entry.get("nama") or (str(person) if person else value_text("", None))
    role = entry.get("peran")
    if role in (None, ""):
        return str(name)
    return f"{name} ({CHOICE_WORDS['peran'].get(role, str(role))})"
