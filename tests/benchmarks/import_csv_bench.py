"""Peak memory and time of importing a large CSV through the command line.

Writes a CSV of about ``--mb`` megabytes (unique, valid employees: nama, tanggal_lahir,
jenis_kelamin, jenis_pegawai, unit_kerja, email; one row is some 110 bytes; with
``--identifiers`` also a NIP, a NUPTK and a NIK, some 165 bytes), then runs
``sister-desktop import FILE`` in a child process on a fresh SQLite file and reports the
child's peak resident memory and wall time (``--dry-run`` too, which reads and checks
without writing). ``--reimport`` imports the file once first and measures importing it again
over the employees it made (every row matched). Not part of the test run; run:

    .venv/bin/python -m tests.benchmarks.import_csv_bench [--mb 20] [--dry-run] \
        [--identifiers] [--reimport]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HEADER = "nama;tanggal_lahir;jenis_kelamin;jenis_pegawai;unit_kerja;email"
ID_HEADER = ";nip;nuptk;nik"


def write_csv(path: Path, megabytes: float, *, identifiers: bool = False) -> int:
    target = int(megabytes * 1024 * 1024)
    born = date(1960, 1, 1)
    rows = 0
    header = HEADER + (ID_HEADER if identifiers else "") + "\r\n"
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        stream.write(header)
        written = len(header)
        while written < target:
            day = born + timedelta(days=rows % 15_000)
            sex = "LP"[rows % 2]
            line = (
                f"Pegawai Uji Coba Nomor {rows:08d};{day.isoformat()};"
                f"{sex};{('Dosen', 'Tendik')[rows % 3 == 0]};"
                f"Fakultas Teknik Program Studi {rows % 40};pegawai{rows}@kampus.ac.id"
            )
            if identifiers:
                # NIP: birth date, appointment month, sex digit, a number unique per birth day.
                nip = f"{day:%Y%m%d}201001{'12'[rows % 2]}{rows // 15_000:03d}"
                line += f";{nip};{rows:016d};32{rows:014d}"
            line += "\r\n"
            stream.write(line)
            written += len(line)
            rows += 1
    return rows


def run_import(
    command: list[str], env: dict[str, str], log: Path
) -> tuple[int, float, float, float]:
    """Exit code, wall seconds, CPU seconds (user + system: steadier than the wall time on a
    busy machine) and peak RSS in MB of one child process."""
    started = time.monotonic()
    with log.open("w") as stderr:
        child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.monotonic() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    peak = usage.ru_maxrss
    peak_mb = peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    return child.returncode, elapsed, usage.ru_utime + usage.ru_stime, peak_mb


def _figures(elapsed: float, cpu: float, peak_mb: float) -> str:
    return f"{elapsed:.1f} s (CPU {cpu:.1f} s); peak RSS {peak_mb:.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="size of the CSV in MB")
    parser.add_argument("--dry-run", action="store_true", help="read and check only")
    parser.add_argument("--identifiers", action="store_true", help="rows carry NIP, NUPTK, NIK")
    parser.add_argument("--reimport", action="store_true", help="measure a second import")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="import-bench-"))
    csv_path = folder / "pegawai.csv"
    rows = write_csv(csv_path, args.mb, identifiers=args.identifiers)
    size_mb = csv_path.stat().st_size / (1024 * 1024)
    command = [
        sys.executable,
        "-m",
        "sister_desktop",
        "import",
        str(csv_path),
        "--db",
        f"sqlite:///{folder / 'bench.db'}",
    ]
    env = {**os.environ, "SISTER_DESKTOP_HOME": str(folder / "home")}
    log = folder / "stderr.txt"
    if args.reimport:
        code, elapsed, cpu, peak_mb = run_import(command, env, log)
        print(f"first import: exit {code}; {_figures(elapsed, cpu, peak_mb)}")
    code, elapsed, cpu, peak_mb = run_import(
        [*command, *(["--dry-run"] if args.dry_run else [])], env, log
    )
    kind = " with NIP/NUPTK/NIK" if args.identifiers else ""
    what = " (dry run)" if args.dry_run else ""
    what += " (re-import)" if args.reimport else ""
    print(f"CSV {size_mb:.1f} MB, {rows} rows{kind}{what}")
    print(f"exit {code}; {_figures(elapsed, cpu, peak_mb)}")
    lines = log.read_text(encoding="utf-8").strip().splitlines()
    print(lines[-1] if lines else "")


if __name__ == "__main__":
    main()
