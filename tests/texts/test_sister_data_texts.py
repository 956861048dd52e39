"""Every group and dataset of the catalogue has its own words, in Indonesian too."""

from __future__ import annotations

from sister_desktop.domain.sister_groups import DATASETS, SisterGroup
from sister_desktop.texts import sister_data_texts as texts


def test_every_dataset_and_group_is_named(qapp):
    labels = [texts.dataset_label(d.name) for d in DATASETS]
    assert all(label != d.name for label, d in zip(labels, DATASETS, strict=True))
    assert len(set(labels)) == len(labels)
    assert len({texts.group_label(g) for g in SisterGroup}) == len(SisterGroup)
    assert all(texts.group_hint(g) for g in SisterGroup)
