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


def test_the_estimate_reads_as_the_operator_plans(qapp):
    from sister_desktop.domain.sync_estimate import SyncEstimate
    from sister_desktop.texts.i18n import use_language
    from sister_desktop.texts.sync_texts import format_estimate

    estimate = SyncEstimate(300, 14300, 3900.0, 4.0, True)
    with use_language(qapp, "id"):
        assert format_estimate(estimate) == "≈ 14.300 permintaan, ≈ 1 jam 5 menit pada 4/detik"
    with use_language(qapp, "en"):
        assert format_estimate(estimate) == "≈ 14,300 requests, ≈ 1 h 5 min at 4/s"
