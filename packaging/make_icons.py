"""Draw the application icon at the hicolor sizes (and a Windows .ico) with QPainter.

Run: python packaging/make_icons.py  (writes into resources/icons/ at the top of the repository)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QImage, QPainter, QPen

SIZES = (16, 24, 32, 48, 64, 128, 256)
OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor("#1e3a8a")))
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 48 * s, 48 * s)
    # two arcs: data flowing between the campus and SISTER
    pen = QPen(QColor("#fbbf24"), 18 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    arc = QRectF(44 * s, 44 * s, 168 * s, 168 * s)
    p.drawArc(arc, 30 * 16, 120 * 16)
    p.drawArc(arc, 210 * 16, 120 * 16)
    p.setBrush(QBrush(QColor("#fbbf24")))
    p.setPen(Qt.PenStyle.NoPen)
    for tip, d in ((QPointF(53 * s, 86 * s), 1), (QPointF(203 * s, 170 * s), -1)):
        p.drawPolygon(
            [
                tip + QPointF(-16 * s * d, -6 * s * d),
                tip + QPointF(14 * s * d, -14 * s * d),
                tip + QPointF(6 * s * d, 16 * s * d),
            ]
        )
    p.setPen(QColor("white"))
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(max(8, int(104 * s)))
    p.setFont(font)
    p.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, "S")
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(size).save(str(OUT / f"sister-desktop-{size}.png"))
    draw(256).save(str(OUT / "sister-desktop.ico"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
