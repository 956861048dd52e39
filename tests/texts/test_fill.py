"""``fill`` puts values into ``%1``..``%N`` once, whatever the values contain."""

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from sister_desktop.domain.sync_log import LockHolder
from sister_desktop.texts.fill import fill
from sister_desktop.texts.link_texts import already_linked_text
from sister_desktop.texts.sync_texts import lock_held_text


def test_placeholders_are_filled_in_order_of_their_number():
    assert fill("%2 before %1", "a", "b") == "b before a"


def test_a_value_containing_a_placeholder_is_left_as_it_is():
    # Chained str.replace would turn "%2" in the first value into the second value.
    assert fill("%1 / %2", "50%2 off", "x") == "50%2 off / x"
    assert fill("%1", "%1%1") == "%1%1"


def test_a_placeholder_used_twice_gets_the_same_value():
    assert fill("%1 and %1 again", "v") == "v and v again"


def test_placeholders_without_a_value_and_a_lone_percent_stay():
    assert fill("%1 of %3, 100%", "a") == "a of %3, 100%"
    assert fill("name similarity %1%", "87") == "name similarity 87%"


def test_two_digit_placeholders_are_one_placeholder():
    values = [str(n) for n in range(1, 13)]
    assert fill("%1|%10|%12", *values) == "1|10|12"


def test_the_shared_texts_do_not_rewrite_a_name_with_a_percent(qapp: QCoreApplication):
    """An employee's name or a host name may contain what looks like a placeholder."""
    assert "Budi %2 Santoso" in already_linked_text("Budi %2 Santoso")
    since = datetime(2026, 1, 2, tzinfo=UTC)
    holder = LockHolder(
        host="pc-%2", user="op", pid=1, since=since, heartbeat_at=since, run_id=None
    )
    text = lock_held_text(holder)
    assert "pc-%2" in text and "op" in text
