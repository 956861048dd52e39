"""One run at a time behind the progress dialog: the checks before it starts (nobody to pull,
a first run's sample pulled for an honest estimate, a long run asked about first), the main
window blocked while it runs, the reason when it cannot start, and a graceful stop when the
program closes."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from sister_desktop.domain.sync_estimate import SyncEstimate
from sister_desktop.domain.sync_log import NothingToResumeError, SyncLockedError, SyncMode
from sister_desktop.domain.sync_progress import SyncOutcome, SyncProgress, SyncRequest
from sister_desktop.services.connection import SisterUnavailableError
from sister_desktop.services.sync_service import SampledEstimate
from sister_desktop.texts import sync_texts as texts
from sister_desktop.texts.error_texts import error_explanation
from sister_desktop.ui.common.ui_context import UiContext
from sister_desktop.ui.sinkronisasi.sync_messenger import SyncMessenger
from sister_desktop.ui.sinkronisasi.sync_progress_dialog import SyncProgressDialog
from sister_desktop.ui.sinkronisasi.sync_start_box import SyncStartBox

# A first run guessed longer than this (with nothing pulled yet to count from) pulls a sample
# before it is asked about: a guess may be off by half, and a shorter run is not worth it.
SAMPLE_WHEN_GUESSED_S = texts.LONG_RUN_S / 2

_T = TypeVar("_T")
_R = TypeVar("_R")


class _NotStartedError(Exception):
    """The run was not begun, for the reason ``text`` (shown to the operator)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


class SyncRunner(QObject):
    """Runs a ``SyncRequest`` for ``page``; ``running_changed`` says when one starts and ends."""

    #: A sync started (True) or ended (False).
    running_changed = Signal(bool)

    def __init__(
        self,
        context: UiContext,
        page: QWidget,
        start_box: SyncStartBox,
        messenger: SyncMessenger,
    ) -> None:
        super().__init__(page)
        self._context = context
        self._page = page
        self._start_box = start_box
        self._messenger = messenger
        self._task: asyncio.Task[SyncOutcome | None] | None = None
        self.progress_dialog: SyncProgressDialog | None = None
        # The sample the last ``run`` pulled before it (``None``: it needed none).
        self.last_sample: SampledEstimate | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def run(self, request: SyncRequest) -> SyncOutcome | None:
        """Run a sync behind the progress dialog; returns the outcome (``None`` when it could
        not start, with the reason shown). A first run guessed long pulls its sample first,
        behind the same dialog, and is asked about with the estimate from it."""
        if self.running:
            return None
        self.last_sample = None
        try:
            agreed = await self._worth_starting(request)
        except _NotStartedError as exc:
            self._refuse(exc.text)
            return None
        if agreed is None or self.running:  # another run started while this one was checked
            return None
        return await self._behind_dialog(self._run, agreed)

    async def _run(self, request: SyncRequest) -> SyncOutcome:
        if request.scope.full:
            self._start_box.full_run_started()
        return await self._context.sync.run(request, self._on_progress)

    async def _behind_dialog(
        self, work: Callable[[_T], Awaitable[_R]], argument: _T, *, sampling: bool = False
    ) -> _R | None:
        """``work(argument)`` with the progress dialog up and the window blocked; ``None``
        when it could not start (the reason shown)."""
        self._task = asyncio.current_task()  # type: ignore[assignment]
        self._start_box.hide_notice()
        dialog = SyncProgressDialog(self._page.window())
        self.progress_dialog = dialog
        if sampling:
            dialog.show_sampling()
        dialog.cancel_confirmed.connect(self._context.sync.cancel)
        dialog.start()
        self.running_changed.emit(True)
        result: _R | None = None
        problem: str | None = None
        try:
            result = await work(argument)
        except SyncLockedError as exc:
            problem = texts.lock_held_text(exc.holder)
        except NothingToResumeError:
            problem = texts.nothing_to_resume_text()
        except SisterUnavailableError as exc:
            explanation = error_explanation(exc.code, message=exc.message)
            problem = f"{explanation.text} {explanation.hint}"
        finally:
            if shiboken6.isValid(dialog):  # the window may be gone (program closing)
                dialog.finish()
                dialog.deleteLater()
            self.progress_dialog = None
            self._task = None
            self.running_changed.emit(False)
        if problem is not None:
            self._refuse(problem)
        return result

    async def _worth_starting(self, request: SyncRequest) -> SyncRequest | None:
        """Someone to pull, and a long run agreed to: the request to run (a first run's, after
        its sample, reuses the sample's answers), or ``None``."""
        # Nobody to pull: said once, in a box (the plan line beside Mulai says it already).
        if request.mode is SyncMode.SELECTED and not request.pegawai_ids:
            self._messenger.inform(self.tr("Tick pegawai in the Pegawai tab first."), error=False)
            return None
        # An empty run would be recorded and announced as "finished, 0 pegawai".
        if request.mode in (SyncMode.ALL, SyncMode.FAILED) and not (
            await self._context.sync.count_targets(request)
        ):
            self._messenger.inform(
                texts.nothing_failed_text()
                if request.mode is SyncMode.FAILED
                else texts.nobody_linked_text(),
                error=False,
            )
            return None
        request = self._context.sync.with_last_sample(request)  # declined before, reused now
        estimate = await self._start_box.estimate(request)
        sampled: SampledEstimate | None = None
        if self._worth_a_sample(request, estimate):
            sampled = await self._behind_dialog(self._sample, request, sampling=True)
            self.last_sample = sampled
            if sampled is None:
                return None
            if not sampled.complete:
                last = sampled.last.run if sampled.last is not None else None
                raise _NotStartedError(texts.sample_stopped_text(sampled.sampled, last))
            request, estimate = sampled.request, sampled.estimate
        if await self._confirm_long_run(request, estimate, sampled):
            return request
        return None

    @staticmethod
    def _worth_a_sample(request: SyncRequest, estimate: SyncEstimate) -> bool:
        """A first run of everyone (or of the ticked pegawai) whose figure is only a guess,
        and long enough that the guess matters."""
        return (
            request.mode in (SyncMode.ALL, SyncMode.SELECTED)
            and estimate.basis == 0  # nobody pulled yet (and so not from the last run)
            and estimate.seconds > SAMPLE_WHEN_GUESSED_S
        )

    async def _sample(self, request: SyncRequest) -> SampledEstimate:
        settings = await self._context.settings.effective()
        dialog = self.progress_dialog

        def on_round(number: int, pegawai: int) -> None:
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.show_sampling(number, pegawai)

        return await self._context.sync.sample_estimate(
            request, settings.max_rps, on_progress=self._on_progress, on_round=on_round
        )

    def _refuse(self, text: str) -> None:
        """A run that could not start: the box now, and the line on the page afterwards."""
        self._start_box.show_notice(text)
        self._messenger.inform(text, error=True)

    async def _confirm_long_run(
        self, request: SyncRequest, estimate: SyncEstimate, sampled: SampledEstimate | None
    ) -> bool:
        """A run of more than a quarter of an hour is asked about first, with what it pulls
        and costs (and, after a sample, what the sample was); a shorter one starts at once
        (not worth a click)."""
        if estimate.seconds <= texts.LONG_RUN_S:
            return True
        if self.running:
            return False
        informative = texts.plan_text(request, estimate)
        if sampled is not None:
            informative += "\n\n" + texts.sample_pulled_text(
                sampled.sampled, sampled.sample_requests
            )
        return await self._messenger.ask(
            name="sync_long_run_question",
            title=self.tr("A long sync"),
            text=texts.long_run_question_text(estimate),
            informative=informative
            + "\n\n"
            + self.tr(
                "The window stays blocked while it runs; it can be stopped at any time and "
                "resumed later with Resume the interrupted run."
            ),
            yes=self.tr("Start the sync"),
            no=self.tr("Not now"),
        )

    def _on_progress(self, progress: SyncProgress) -> None:
        if self.progress_dialog is not None and shiboken6.isValid(self.progress_dialog):
            self.progress_dialog.update_progress(progress)

    async def stop(self) -> None:
        """Stop the running sync without asking (the operator agreed elsewhere) and wait until
        it is recorded as cancelled: never quit with it half-written."""
        if self.progress_dialog is not None:
            self.progress_dialog.confirm_stop_now()
        else:
            self._context.sync.cancel()
        while self.running:
            await asyncio.sleep(0.05)
