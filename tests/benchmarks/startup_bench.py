"""Start-up to a shown main window, offscreen: median of 5 runs of ``python -m sister_desktop``.

Run: .venv/bin/python tests/benchmarks/startup_bench.py [--demo] [--runs 5]
Each run gets a fresh home folder; the time is from process spawn until the program logs
"Main window shown" (after the first show), then the process is terminated.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def one_run(demo: bool, timeout: float = 60.0) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SISTER_DESKTOP_HOME": home}
        log = Path(home) / "logs" / "sister-desktop.log"
        args = [sys.executable, "-m", "sister_desktop", *(["--demo"] if demo else [])]
        start = time.perf_counter()
        proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            while time.perf_counter() - start < timeout:
                if log.exists() and "Main window shown" in log.read_text(errors="replace"):
                    return time.perf_counter() - start
                if proc.poll() is not None:
                    raise RuntimeError(f"exited early: {proc.stderr.read().decode()[-2000:]}")
                time.sleep(0.005)
            raise TimeoutError("window not shown in time")
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    times = [one_run(args.demo) for _ in range(args.runs)]
    print(
        f"startup to shown window ({'demo' if args.demo else 'normal'}, offscreen): "
        f"median {statistics.median(times) * 1000:.0f} ms, "
        f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms over {len(times)} runs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
