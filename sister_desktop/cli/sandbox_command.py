"""``sister-desktop sandbox``: run the SISTER sandbox server or export its campus file.

The contract is docs/CLI.md.

Runs in the foreground until SIGINT/SIGTERM; the first stdout line announces the base URL once
the server accepts connections, so scripts and the demo can wait for it.
"""

from __future__ import annotations

import argparse
import json
import math
import signal
import sys
import threading
from pathlib import Path
from types import FrameType
from typing import Any

from sister_desktop.cli import EXIT_OK, EXIT_USAGE

#: What ``--help`` says the world holds (kept beside the options it depends on).
WORLD_TEXT = """\
what the world holds:
  One perguruan tinggi (Universitas Nusantara Medan) with its faculties, study programmes
  and offices, and --size SDM (about 80% dosen, 20% tendik), the same for the same --seed.
  Every GET path of the SISTER WS 1.0 specification answers (139 of 139), under both
  /ws.php/1.0 and /ws-sandbox.php/1.0, from one consistent world:
    - all referensi lists (agama, golongan_pangkat, jenis_*, kategori_kegiatan as list or
      tree, semester, wilayah by level, perguruan_tinggi, unit_kerja, mahasiswa_pddikti, ...),
      with every id a record carries resolvable in them;
    - per person: data_pribadi (profil, kependudukan, kepegawaian, alamat, keluarga, lain,
      bidang_ilmu, foto), the histories (penugasan, jabatan_fungsional, kepangkatan,
      pendidikan_formal, sertifikasi_dosen, inpassing, ...), teaching by semester,
      supervision, research, publications, service, intellectual property, awards, training,
      allowances, documents, the */ajuan requests and BKD by semester, each detail by id;
    - careers differ: a Guru Besar has decades of records, a new tendik almost none, and the
      most senior lecturer has 250+ publications (page/per_page, 100 per page by default).
  The live service's habits are kept: /referensi/profil_pt is one object, NIPs are sometimes
  null, blank or cut, a few people share a name, some are inactive. An unknown path answers
  an HTML 404 (as the gateway does), an unknown id SISTER's JSON 404.
  --export-pegawai writes the campus's own employee file for the same world, with planted
  differences to find in Perbandingan.

what a client can write:
  Every POST, PUT and DELETE of the specification (the riwayat families, their
  {id}/bidang_ilmu, data_pribadi keluarga/alamat/lain/bidang_ilmu/foto, /dokumen uploads
  as a file or a link and their download), applied to the same world: the next list, detail,
  */ajuan and BKD answer shows it. Two credentials log in, Sister-WS Basic and Sister-WS Pro
  (--role picks the one --credentials-file writes at its top level; the other is under its
  own key). A Basic write to jabatan_fungsional, pendidikan_formal, nilai_tes/ajuan and
  data_pribadi keluarga/alamat/lain answers 204 and files an ajuan (Diajukan), the record
  unchanged; Pro applies at once, as both do for every other family.
  The contract's rules answer as the live service does, JSON {"message", "detail"} naming the
  field: 400 for a field added or left out (every field is sent; optional ones may be empty),
  a required one empty, a wrong type, text too long, a value outside its list, a date not
  yyyy-mm-dd, a reference id absent from referensi/*, an id_sdm not of this PT; a PUT replaces
  the whole record (a document left out is detached); 409 with the existing id for a
  duplicate; 403 for a record used in BKD or a PAK (one in eight drawn records); 405 for
  pengajaran, bimbingan_mahasiswa and pengujian_mahasiswa (from PDDIKTI) but their
  bidang_ilmu; 404 for an unknown id.
  --write-fault makes every write fail as the live service can: closed (applied, the
  connection closed without an answer), slow (applied, answered after --write-delay-s),
  500 (applied, then 500), 503 (the gateway's text/plain 503, nothing applied). --fail-rate
  and --rate-limit count writes as they count reads. GET /__sandbox__/writes (beside the base
  paths) lists every write applied, so applied once can be told from applied twice.
"""


def add_parser(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "sandbox",
        parents=[common],
        help="run the SISTER sandbox server (a local simulator of the web service)",
        description="Serve a simulated SISTER web service on this computer, for training, "
        "the demo mode and tests. No network is needed.",
        epilog=WORLD_TEXT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=_port, default=8765, help="port (0 picks a free one)")
    parser.add_argument("--seed", type=int, default=7, help="same seed, same people")
    parser.add_argument("--size", type=_size, default=300, help="number of SDM (1 to 65535)")
    parser.add_argument(
        "--latency-ms",
        type=_non_negative_float,
        default=0.0,
        help="delay every answer by this many milliseconds",
    )
    parser.add_argument(
        "--rate-limit",
        type=_non_negative_int,
        default=0,
        help="requests per second a credential may make (0 = unlimited)",
    )
    parser.add_argument(
        "--lockout-s",
        type=_non_negative_float,
        default=900.0,
        help="how long a credential stays blocked after passing the limit",
    )
    parser.add_argument(
        "--fail-rate",
        type=_fraction,
        default=0.0,
        help="fraction of requests answered with a transient 503",
    )
    parser.add_argument(
        "--token-ttl-s",
        type=_positive_float,
        default=3600.0,
        help="lifetime of a token in seconds",
    )
    parser.add_argument(
        "--write-fault",
        choices=("closed", "slow", "500", "503"),
        help="every write meets this fault: closed (applied, then the connection closes "
        "without an answer), slow (applied, answered after --write-delay-s), 500 (applied, "
        "then answered 500) or 503 (the gateway's 503 before anything is applied)",
    )
    parser.add_argument(
        "--write-delay-s",
        type=_non_negative_float,
        default=30.0,
        help="how long a slow write (--write-fault slow) takes to answer",
    )
    parser.add_argument(
        "--mutate-on-hup",
        metavar="FRACTION",
        type=_fraction,
        help="on SIGHUP (POSIX), edit, remove and add about FRACTION of the per-person "
        "records, as SISTER's data moves between two syncs (benchmarks of the incremental "
        "sync); prints one line saying what changed",
    )
    parser.add_argument(
        "--role",
        choices=("basic", "pro"),
        default="basic",
        help="the role of the credential --credentials-file writes at its top level: basic "
        "(Sister-WS Basic: writes to verified data become an ajuan) or pro (Sister-WS Pro: "
        "applied at once); the other role's credential is written under its own key",
    )
    parser.add_argument(
        "--credentials-file",
        metavar="PATH",
        type=Path,
        help="write the URL and credential as JSON to this file",
    )
    parser.add_argument(
        "--export-pegawai",
        metavar="PATH",
        type=Path,
        help="write the campus employee file (.csv or .xlsx) and exit",
    )


def run(args: argparse.Namespace) -> int:
    if args.export_pegawai is not None:
        return _export(args)
    from sister_desktop.sandbox.server import SandboxServer

    server = SandboxServer(
        seed=args.seed,
        size=args.size,
        host=args.host,
        port=args.port,
        latency_ms=args.latency_ms,
        fail_rate=args.fail_rate,
        rate_limit=args.rate_limit,
        lockout_s=args.lockout_s,
        token_ttl_s=args.token_ttl_s,
        role=args.role,
        write_fault=args.write_fault,
        write_delay_s=args.write_delay_s,
    )
    import gc

    # This process is the sandbox: what it has drawn stays, so the collector need not scan it
    # (a long full collection would bunch waiting requests into one rate-limit second).
    gc.freeze()
    server.world.activities.freeze_drawn = True
    try:
        server.start()
    except OSError as exc:
        print(
            f"sandbox: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        if args.credentials_file is not None:
            _write_credentials(args.credentials_file, _credentials_file(server, args.role))
        print(f"SISTER sandbox listening on {server.base_url}", flush=True)
        _wait_for_signal(server, args.mutate_on_hup)
    finally:
        server.stop()
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from sister_desktop.sandbox.dataset import World

    path: Path = args.export_pegawai
    if path.suffix.lower() not in (".csv", ".xlsx"):
        print(f"sandbox: {path.name}: the file name must end in .csv or .xlsx", file=sys.stderr)
        return EXIT_USAGE
    world = World(seed=args.seed, size=args.size)
    try:
        world.export_pegawai(path)
    except OSError as exc:
        print(f"sandbox: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"{len(world.campus_rows())} pegawai written to {path}", file=sys.stderr)
    return EXIT_OK


def _credentials_file(server: Any, role: str) -> dict[str, Any]:
    """The chosen role's URL and credential at the top level (as before roles existed),
    ``role`` naming it, and the other role's under its own key (``pro`` or ``basic``)."""
    data: dict[str, Any] = {**server.credentials_for(role).as_dict(), "role": role}
    other = "pro" if role == "basic" else "basic"
    data[other] = server.credentials_for(other).as_dict()
    return data


def _write_credentials(path: Path, data: dict[str, Any]) -> None:
    """Owner-only (0600): it holds the sandbox's password."""
    from sister_desktop.files.atomic_file import write_atomically

    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, (json.dumps(data, indent=2) + "\n").encode(), mode=0o600)


def _wait_for_signal(server: Any = None, mutate_fraction: float | None = None) -> None:
    """Until SIGINT/SIGTERM; with ``mutate_fraction``, each SIGHUP changes the world's records
    (``World.mutate``, a new seed each time) between two requests' answers."""
    stop = threading.Event()
    mutate = threading.Event()

    def handler(signum: int, frame: FrameType | None) -> None:
        stop.set()

    def on_hup(signum: int, frame: FrameType | None) -> None:
        mutate.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    hup = getattr(signal, "SIGHUP", None)
    if mutate_fraction is not None and hup is not None:
        previous[hup] = signal.signal(hup, on_hup)
    seed = 0
    try:
        while not stop.wait(0.2):
            if mutate.is_set() and server is not None and mutate_fraction is not None:
                mutate.clear()
                seed += 1
                done = server.world.mutate(mutate_fraction, seed=seed)
                print(
                    f"SISTER sandbox changed {done.total} records: {done.changed} edited, "
                    f"{done.removed} removed, {done.added} added",
                    flush=True,
                )
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def _size(text: str) -> int:
    value = _positive_int(text)
    if value > 0xFFFF:
        raise argparse.ArgumentTypeError("must be at most 65535")
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _port(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("must be between 0 and 65535")
    return value


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # "nan" and "inf" parse as floats and break every timing
        raise argparse.ArgumentTypeError("must be a finite number")
    return value


def _positive_float(text: str) -> float:
    value = _finite(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be greater than 0")
    return value


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def _non_negative_float(text: str) -> float:
    value = _finite(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def _fraction(text: str) -> float:
    value = _finite(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value
