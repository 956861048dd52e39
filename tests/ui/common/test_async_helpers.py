"""``TaskKeeper.spawn_latest``: of the loads for one place on screen, the last asked wins."""

from __future__ import annotations

import asyncio

from sister_desktop.ui.common.async_helpers import TaskKeeper


async def _slow(value: str, gate: asyncio.Event) -> str:
    await gate.wait()
    return value


def test_an_earlier_load_that_finishes_last_is_not_shown(loop):
    tasks = TaskKeeper()
    shown: list[str] = []
    large, small = asyncio.Event(), asyncio.Event()

    async def scenario() -> tuple[bool, bool]:
        first = tasks.spawn_latest("log", _slow("large", large), shown.append)
        second = tasks.spawn_latest("log", _slow("small", small), shown.append)
        small.set()
        await second
        large.set()
        return await first, await second

    assert loop.run_until_complete(scenario()) == (False, True)
    assert shown == ["small"]
    assert tasks.running == 0


def test_loads_in_order_are_all_shown_and_keys_are_independent(loop):
    tasks = TaskKeeper()
    shown: list[str] = []
    gate = asyncio.Event()
    gate.set()

    async def scenario() -> None:
        await tasks.spawn_latest("log", _slow("a", gate), shown.append)
        await tasks.spawn_latest("log", _slow("b", gate), shown.append)
        held = asyncio.Event()
        other = tasks.spawn_latest("summary", _slow("x", held), shown.append)
        await tasks.spawn_latest("log", _slow("c", gate), shown.append)
        held.set()
        assert await other

    loop.run_until_complete(scenario())
    assert shown == ["a", "b", "c", "x"]


def test_run_latest_in_place_loses_to_a_later_click(loop):
    """A refresh that ends by showing a run gives way to a run clicked meanwhile."""
    tasks = TaskKeeper()
    shown: list[str] = []
    refresh_gate, click_gate = asyncio.Event(), asyncio.Event()

    async def scenario() -> bool:
        refresh = asyncio.ensure_future(
            tasks.run_latest("log", _slow("refresh", refresh_gate), shown.append)
        )
        await asyncio.sleep(0)  # the refresh has asked for its load
        click = tasks.spawn_latest("log", _slow("click", click_gate), shown.append)
        click_gate.set()
        await click
        refresh_gate.set()
        return await refresh

    assert loop.run_until_complete(scenario()) is False
    assert shown == ["click"]


def test_a_load_for_a_widget_deleted_meanwhile_is_dropped(loop, qtbot):
    """A window closed while its load ran (the demo window, a tab): the result is not shown
    into deleted widgets."""
    import shiboken6
    from PySide6.QtWidgets import QLabel

    class Shown(QLabel):
        def show_text(self, text: str) -> None:
            self.setText(text)

    tasks = TaskKeeper()
    label = Shown()
    gate = asyncio.Event()

    async def load() -> str:
        await gate.wait()
        return "late"

    async def scenario() -> bool:
        task = tasks.spawn_latest("estimate", load(), label.show_text)
        await asyncio.sleep(0)
        shiboken6.delete(label)
        gate.set()
        return await task

    assert loop.run_until_complete(scenario()) is False
