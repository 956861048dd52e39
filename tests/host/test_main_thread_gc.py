import asyncio
import gc
import threading

from sister_desktop.host.main_thread_gc import MainThreadGarbageCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_happens_on_the_loop_thread_only(qapp):
    was_enabled = gc.isenabled()
    collector = MainThreadGarbageCollector(interval_s=0.01)
    loop = asyncio.new_event_loop()
    try:
        assert not gc.isenabled()
        collected_in: list[str] = []

        def note(phase: str, info: dict) -> None:
            if phase == "start":
                collected_in.append(threading.current_thread().name)

        gc.callbacks.append(note)
        try:
            worker = threading.Thread(
                target=lambda: [_Cycle() for _ in range(50_000)], name="worker"
            )
            worker.start()
            worker.join()
            assert "worker" not in collected_in
            collector.attach(loop)

            async def until_collected() -> None:
                while not collected_in:
                    await asyncio.sleep(0.01)

            loop.run_until_complete(asyncio.wait_for(until_collected(), 5))
            assert set(collected_in) == {threading.main_thread().name}
        finally:
            gc.callbacks.remove(note)
    finally:
        collector.stop()
        loop.close()
    assert gc.isenabled() == was_enabled


def test_collect_due_frees_cycles_past_the_threshold(qapp):
    collector = MainThreadGarbageCollector(interval_s=60)
    try:
        gc.collect()
        for _ in range(gc.get_threshold()[0] + 10):
            _Cycle()
        assert collector.collect_due() > 0
    finally:
        collector.stop()
