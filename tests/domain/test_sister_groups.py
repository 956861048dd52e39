"""The catalogue of per-person datasets: every per-person list GET of the contract is in it
once, the groups parse and print back, and the default leaves Tridharma and BKD out."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sister_desktop.domain.sister_groups import (
    DATASETS,
    DEFAULT_GROUPS,
    SisterGroup,
    datasets_of,
    format_groups,
    parse_groups,
)

SPEC = Path(__file__).resolve().parents[3] / "shared" / "sister-ws" / "openapi-1.0.0.yaml"


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
