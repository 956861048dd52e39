"""The sample of a first run's estimate: its order over the list and when it is enough."""

from __future__ import annotations

import math

from sister_desktop.domain.sync_sample import (
    SAMPLE_CAP_LEAST,
    SAMPLE_MIN,
    SAMPLE_TOLERANCE,
    SAMPLE_Z,
    Stratum,
    check_sample,
    first_sizes,
    sample_cap,
    spread_order,
)


def test_every_prefix_of_the_order_is_spread_over_the_list():
    people = list(range(100, 140))
    order = spread_order(people)
    assert sorted(order) == people and order == spread_order(people)
    assert order[:4] == [100, 120, 110, 130]  # halves, then quarters
    for size in (5, 10, 20):
        gaps = [b - a for a, b in zip(sorted(order[:size]), sorted(order[:size])[1:], strict=False)]
        assert max(gaps) <= 2 * 40 / size
    assert spread_order([7]) == [7] and spread_order([]) == []


def test_the_first_round_takes_the_minimum_of_each_kind_and_the_cap_grows_with_the_campus():
    assert first_sizes({"dosen": 240, "tendik": 3}) == {"dosen": SAMPLE_MIN, "tendik": 3}
    assert sample_cap(12) == 12 and sample_cap(200) == SAMPLE_CAP_LEAST
    assert sample_cap(4000) == 400


def test_a_kind_pulled_whole_is_known_exactly():
    assert Stratum((74.0, 684.0, 90.0), 0).variance() == 0.0
    assert Stratum((74.0,), 3).variance() == math.inf  # one pulled: no spread yet
    # Pulling the rest of a kind leaves nothing unknown, whatever the spread.
    assert Stratum((74.0, 684.0), 5).variance(7) == 0.0


def test_a_like_kind_is_enough_at_once_and_a_spread_one_asks_for_more():
    tendik = Stratum((74.0, 75.0, 95.0, 78.0, 82.0), 1000)
    check = check_sample({"tendik": tendik}, 8)
    assert check.enough and check.sizes == {"tendik": 5}
    assert check.margin <= SAMPLE_TOLERANCE * check.total
    dosen = Stratum((167.0, 684.0, 99.0, 383.0, 76.0), 19)
    check = check_sample({"dosen": dosen, "tendik": Stratum((74.0, 75.0, 78.0), 3)}, 8)
    assert not check.enough and check.margin > SAMPLE_TOLERANCE * check.total
    # More dosen (at most thrice as many in one round), no more of the tendik, who barely differ.
    assert check.sizes == {"dosen": 15, "tendik": 3}
    # The error that is left is the dosen's: pulled whole, they leave the tendik enough.
    assert check_sample({"dosen": Stratum(dosen.costs * 5, 0), "tendik": tendik}, 8).enough


def test_the_next_round_asks_only_as_many_as_the_spread_says_are_needed():
    spread = (74.0, 684.0, 99.0, 383.0, 76.0, 167.0, 239.0, 160.0)  # a cv of 0.8
    few = Stratum(spread, 4000)
    assert check_sample({"dosen": few}, 8).sizes == {"dosen": 24}  # at most tripled
    many = Stratum(spread * 10, 4000)
    check = check_sample({"dosen": many}, 8)
    needed = check.sizes["dosen"]
    assert not check.enough and 80 < needed < 160
    # The fewest that would do: one less would not, with the same spread.
    allowed = (SAMPLE_TOLERANCE * check.total / SAMPLE_Z) ** 2
    assert many.variance(needed) <= allowed < many.variance(needed - 1)


def test_a_kind_never_grows_past_its_cap():
    spread = Stratum(tuple(float(c) for c in (10, 900, 20, 800, 15, 700) * 5), 170)
    check = check_sample({"dosen": spread}, 8)
    assert not check.enough and check.sizes == {"dosen": SAMPLE_CAP_LEAST}
    capped = Stratum(spread.costs * 2, 200 - 2 * len(spread.costs))
    assert capped.pulled > SAMPLE_CAP_LEAST == sample_cap(200)
    assert check_sample({"dosen": capped}, 8).sizes["dosen"] == capped.pulled
