"""What a Kirim shows and returns: the preview, its progress, its result, and why it could
not start (shared by the service, the command line and the window)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sister_desktop.domain.usulan import FieldChange, Usulan, UsulanJenis, UsulanStatus


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
    """How far a Kirim is: usulan done of total, and the client's request counts."""

    done: int
    total: int
    requests: int
    rate_limited: int
    phase: str = "send"  # "send", then "read_back"


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
