"""What a Kirim shows and returns: the preview, its progress, its result, and why it could
not start (shared by the service, the command line and the window)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sister_desktop.domain.usulan import FieldChange, Usulan, UsulanJenis, UsulanStatus
from sister_desktop.services.sync_progress import RateMeter


class KirimCannotStartError(Exception):
    """The Kirim did not begin: ``code`` is ``writes_off``, ``locked`` or a SISTER failure's
    code (settings incomplete, login refused, unreachable)."""

    def __init__(self, code: str, detail: str | None = None) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class PreviewItem:
    """One usulan of the preview with its field-level changes (old → new)."""

    usulan: Usulan
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class KirimPreview:
    """What a Kirim would send, per dataset and kind (Baru / Diubah / Dihapus)."""

    items: tuple[PreviewItem, ...]
    writes_enabled: bool

    def by_family(self) -> dict[str, dict[UsulanJenis, list[PreviewItem]]]:
        grouped: dict[str, dict[UsulanJenis, list[PreviewItem]]] = {}
        for item in self.items:
            kinds = grouped.setdefault(item.usulan.dataset, {})
            kinds.setdefault(item.usulan.jenis, []).append(item)
        return grouped


@dataclass(frozen=True, slots=True)
class KirimProgress:
    """How far a Kirim is: usulan done of total, the client's request counts, and the rate and
    time left the service measured (``eta_s`` None while it cannot tell yet)."""

    done: int
    total: int
    requests: int
    rate_limited: int
    phase: str = "send"  # "send", then "read_back"
    rate_rps: float = 0.0
    eta_s: float | None = None


class KirimMeter:
    """Rate and time left of one Kirim (or Periksa), measured where the requests are counted,
    so the window, the command line and a test read the same figures as the sync's: the rate
    over the last seconds, the time left from the requests an usulan has cost so far."""

    def __init__(self) -> None:
        self._meter = RateMeter()

    def progress(
        self, done: int, total: int, requests: int, rate_limited: int, phase: str = "send"
    ) -> KirimProgress:
        rate = self._meter.add(requests)
        eta: float | None = None
        if done >= total:
            eta = 0.0
        elif done and rate > 0:
            eta = requests / done * (total - done) / rate
        return KirimProgress(done, total, requests, rate_limited, phase, rate, eta)


@dataclass
class KirimResult:
    """One Kirim (or one Periksa): the usulan it touched as they ended, and what it cost."""

    run_id: str
    usulan: list[Usulan] = field(default_factory=list)
    cancelled: bool = False
    requests: int = 0
    rate_limited: int = 0
    retried: int = 0
    #: Pegawai whose read-back failed (their Data SISTER shows it at the next sync).
    read_back_failed: list[int] = field(default_factory=list)
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    finished_at: datetime | None = None

    def count(self, *statuses: UsulanStatus) -> int:
        return sum(1 for item in self.usulan if item.status in statuses)


ProgressListener = Callable[[KirimProgress], None]
