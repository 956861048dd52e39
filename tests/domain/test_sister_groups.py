"""The catalogue of per-person datasets: every per-person list GET of the contract is in it
once, the groups parse and print back, and the default leaves Tridharma and BKD out."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from sister_desktop.domain.sister_groups import (
    BY_NAME,
    DATASETS,
    DEFAULT_GROUPS,
    SisterGroup,
    datasets_of,
    format_groups,
    parse_groups,
)
from tests.sandbox.spec_file import spec_path

SPEC = spec_path()


def _person_list_paths() -> set[str]:
    paths = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["paths"]
    found = set()
    for path, item in paths.items():
        if "get" not in item or path.startswith(("/referensi", "/authorize", "/kolaborator")):
            continue
        if path.endswith(("/{id}", "/bidang_ilmu", "/download")) and not path.startswith(
            "/data_pribadi"
        ):
            continue
        found.add(path.removesuffix("/{id_sdm}").lstrip("/"))
    return found


@pytest.mark.skipif(not SPEC.exists(), reason="the SISTER spec is not beside the project")
def test_every_per_person_list_of_the_contract_is_a_dataset():
    names = [d.name for d in DATASETS]
    assert len(names) == len(set(names))
    assert set(names) == _person_list_paths()


def _semester_parameters() -> dict[str, dict[str, Any]]:
    """``list name -> its semester query parameter`` of every list GET that has one."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    found = {}
    for path, item in spec["paths"].items():
        for parameter in (item.get("get") or {}).get("parameters", ()):
            if "$ref" in parameter:
                parameter = spec["components"]["parameters"][parameter["$ref"].split("/")[-1]]
            if parameter.get("in") == "query" and parameter["name"] in ("id_semester", "id_smt"):
                found[path.lstrip("/")] = parameter
    return found


@pytest.mark.skipif(not SPEC.exists(), reason="the SISTER spec is not beside the project")
def test_a_list_is_asked_per_semester_only_where_the_contract_requires_it():
    """Pengajaran (and the lists kept whole) may leave ``id_semester`` out: every semester
    in one request; the BKD unsur lists require ``id_smt``."""
    parameters = _semester_parameters()
    assert {"pengajaran", "bimbingan_mahasiswa", "bkd/ajar"} <= set(parameters)
    for name, parameter in parameters.items():
        dataset = BY_NAME[name]
        required = bool(parameter.get("required"))
        if dataset.semester_param is None:
            assert not required, name  # kept whole: every semester in one answer
            continue
        assert dataset.semester_param == parameter["name"], name
        assert dataset.semester_optional is not required, name


def test_detail_paths_are_in_the_contract_shape():
    for dataset in DATASETS:
        if dataset.has_details:
            assert dataset.detail_path == f"/{dataset.name}/{{id}}"
        else:
            assert dataset.detail_path is None


def test_groups_parse_and_print_back():
    assert parse_groups("all") == frozenset(SisterGroup)
    assert parse_groups(" Tridharma, bkd ") == {SisterGroup.TRIDHARMA, SisterGroup.BKD}
    assert parse_groups(format_groups(DEFAULT_GROUPS)) == DEFAULT_GROUPS
    with pytest.raises(ValueError, match="bukan"):
        parse_groups("data_pribadi,bukan")


def test_the_default_leaves_the_hr_modules_own_data_out():
    assert SisterGroup.TRIDHARMA not in DEFAULT_GROUPS and SisterGroup.BKD not in DEFAULT_GROUPS
    assert {d.group for d in datasets_of(DEFAULT_GROUPS)} == DEFAULT_GROUPS
