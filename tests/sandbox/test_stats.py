"""The sandbox's counters: the fewest logins a client could have served its requests with."""

from __future__ import annotations

from sister_desktop.sandbox.stats import Stats


def test_the_fewest_logins_cover_the_accepted_moments_with_token_lives():
    stats = Stats()
    for at in (0.0, 0.4, 0.99, 1.0, 1.5, 5.0, 5.2, 6.1):
        stats.token_accepted(at, 1.0)
    # [0, 1): 0, 0.4, 0.99 - [1, 2): 1.0, 1.5 - nothing for 3 s - [5, 6): 5.0, 5.2 - 6.1
    assert stats.fewest_logins == 4


def test_a_reset_starts_the_count_again():
    stats = Stats()
    stats.token_accepted(10.0, 1.0)
    stats.reset()
    stats.token_accepted(10.5, 1.0)
    assert stats.fewest_logins == 1
