"""The Log Kirim as XLSX or CSV (by the file's extension), written off the loop like the Log
Sinkronisasi: formula-neutral cells, the usulan SISTER did not take tinted. The caller gives
the column titles and cells in the operator's language."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sister_desktop.cpu_worker import run_cpu
from sister_desktop.domain.usulan import SUCCEEDED, Usulan
from sister_desktop.files import log_export
from sister_desktop.files.log_export import Cell


async def export_log_kirim(
    items: Sequence[Usulan],
    cells: Sequence[Sequence[Cell]],
    path: Path,
    *,
    headers: Sequence[str],
    sheet_title: str = "Log Kirim",
) -> Path:
    """Write ``cells`` (one row per usulan of ``items``) to ``path``."""
    if Path(path).suffix.lower() == ".csv":
        return await run_cpu(log_export.write_csv, Path(path), headers, cells)
    highlight = [item.status not in SUCCEEDED for item in items]
    return await run_cpu(
        log_export.write_xlsx,
        Path(path),
        headers,
        cells,
        highlight=highlight,
        sheet_title=sheet_title,
    )
