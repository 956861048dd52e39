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
