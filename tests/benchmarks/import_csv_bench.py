"""Peak memory and time of importing a large CSV through the command line.

Writes a CSV of about ``--mb`` megabytes (unique, valid employees: nama, tanggal_lahir,
jenis_kelamin, jenis_pegawai, unit_kerja, email; one row is some 110 bytes), then runs
``sister-desktop import FILE`` in a child process on a fresh SQLite file and reports the
child's peak resident memory and wall time (``--dry-run`` too, which reads and checks
without writing). Not part of the test run; run:

    .venv/bin/python -m tests.benchmarks.import_csv_bench [--mb 20] [--dry-run]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HEADER = "nama;tanggal_lahir;jenis_kelamin;jenis_pegawai;unit_kerja;email\r\n"


def write_csv(path: Path, megabytes: float) -> int:
    target = int(megabytes * 1024 * 1024)
    born = date(1960, 1, 1)
    rows = 0
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        stream.write(HEADER)
        written = len(HEADER)
        while written < target:
            day = born + timedelta(days=rows % 15_000)
            line = (
                f"Pegawai Uji Coba Nomor {rows:08d};{day.isoformat()};"
                f"{'LP'[rows % 2]};{('Dosen', 'Tendik')[rows % 3 == 0]};"
                f"Fakultas Teknik Program Studi {rows % 40};pegawai{rows}@kampus.ac.id\r\n"
            )
            stream.write(line)
            written += len(line)
            rows += 1
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="size of the CSV in MB")
    parser.add_argument("--dry-run", action="store_true", help="read and check only")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="import-bench-"))
    csv_path = folder / "pegawai.csv"
    rows = write_csv(csv_path, args.mb)
    size_mb = csv_path.stat().st_size / (1024 * 1024)
    command = [
        sys.executable,
        "-m",
        "sister_desktop",
        "import",
        str(csv_path),
        "--db",
        f"sqlite:///{folder / 'bench.db'}",
        *(["--dry-run"] if args.dry_run else []),
    ]
    env = {**os.environ, "SISTER_DESKTOP_HOME": str(folder / "home")}
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    print(f"CSV {size_mb:.1f} MB, {rows} rows{' (dry run)' if args.dry_run else ''}")
    print(f"exit {done.returncode}; {elapsed:.1f} s; peak RSS {peak_mb:.0f} MB")
    print(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "")


if __name__ == "__main__":
    main()
