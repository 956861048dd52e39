"""The test loop itself: GUI tests rely on it never stepping a task without a running loop."""

from __future__ import annotations

import asyncio

import pytest


def test_run_callback_runs_inside_the_running_loop_outside_any_task(loop):
    def action() -> tuple[object, object]:
        return asyncio.get_running_loop(), asyncio.current_task()

    running, task = loop.run_callback(action)
    assert running is loop
    assert task is None  # a task stepped by Qt events handled here may enter


def test_run_callback_hands_the_error_to_the_caller(loop):
    def action() -> None:
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        loop.run_callback(action)


def test_a_callback_due_while_the_loop_is_not_running_waits_for_its_next_run(loop, qapp):
    seen: list[object] = []
    loop.call_soon(lambda: seen.append(asyncio.get_running_loop()))
    qapp.processEvents()  # as pytest-qt does between test phases, outside the loop
    assert seen == []
    assert len(loop.deferred) == 1
    loop.run_until_complete(asyncio.sleep(0))
    assert seen == [loop]
    assert loop.deferred == []


def test_a_task_is_never_stepped_outside_its_loop(loop, qapp):
    async def needs_the_loop() -> object:
        await asyncio.sleep(0)
        return asyncio.current_task()

    task = loop.create_task(needs_the_loop())
    for _ in range(3):
        qapp.processEvents()
    assert not task.done()
    assert loop.run_until_complete(task) is task


def test_a_deferred_callback_that_is_cancelled_does_not_run(loop, qapp):
    seen: list[int] = []
    handle = loop.call_soon(seen.append, 1)
    qapp.processEvents()
    handle.cancel()
    loop.run_until_complete(asyncio.sleep(0))
    assert seen == []
