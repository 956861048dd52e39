"""The Gambaran dosen's charts as matplotlib figures, one per chart: the same figure is shown
on screen (``ui/laporan/``, through matplotlib's Qt canvas) and painted into the PDF (through
its Agg renderer, ``render_chart``), so both draw one chart the same way.

Horizontal bars, so the form's long category names read without turning the head; the count
at each bar's end. Each bar carries its (series, category) as its ``gid`` and is pickable: a
click on it names the pegawai it counts.
"""

from __future__ import annotations

from PySide6.QtGui import QImage

from sister_desktop.domain.gambaran_dosen import Chart
from sister_desktop.resource_files import palette
from sister_desktop.texts.laporan_texts import category_label, chart_title, count_header

#: Separates the series from the category in a bar's ``gid``.
GID_SEPARATOR = "\x1f"


def series_colours() -> tuple[str, ...]:
    """Bar colours of the series, in order (the first is the single series' colour)."""
    colours = palette()
    return (colours.chart_first, colours.chart_second, colours.chart_third)


def bar_gid(series: str, category: str) -> str:
    return f"{series}{GID_SEPARATOR}{category}"


def parse_gid(gid: str | None) -> tuple[str, str] | None:
    if not gid or GID_SEPARATOR not in gid:
        return None
    series, category = gid.split(GID_SEPARATOR, 1)
    return series, category


def draw_chart(figure, chart: Chart) -> None:  # type: ignore[no-untyped-def]
    """Draw ``chart`` on an empty matplotlib ``figure``."""
    figure.clear()
    axes = figure.add_subplot(1, 1, 1)
    categories = list(chart.categories)
    count = len(chart.series)
    height = 0.8 / count
    positions = range(len(categories))
    colours = series_colours()
    for index, series in enumerate(chart.series):
        offsets = [p - 0.4 + height * (index + 0.5) for p in positions]
        values = [chart.count(series, c) for c in categories]
        bars = axes.barh(
            offsets,
            values,
            height=height * 0.92,
            color=colours[index % len(colours)],
            label=category_label(series),
        )
        for bar, category in zip(bars, categories, strict=True):
            bar.set_gid(bar_gid(series, category))
            bar.set_picker(True)
        axes.bar_label(bars, padding=2, fontsize=8)
    axes.set_yticks(list(positions), [category_label(c) for c in categories], fontsize=8)
    axes.invert_yaxis()
    axes.set_title(chart_title(chart.key), fontsize=10, loc="left")
    axes.set_xlabel(count_header(), fontsize=8)
    axes.tick_params(axis="x", labelsize=8)
    axes.xaxis.get_major_locator().set_params(integer=True)
    top = max((chart.count(s, c) for s in chart.series for c in categories), default=0)
    axes.set_xlim(0, max(1, top) * 1.15)
    axes.grid(axis="x", color=palette().faint, linewidth=0.4, alpha=0.6)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if count > 1:
        axes.legend(fontsize=8, frameon=False, loc="lower right")
    # Laid out as part of each draw (a resize included), not in a pass of its own before it:
    # the layout measures every label, which costs as much as the drawing.
    figure.set_layout_engine("tight")


def render_chart(chart: Chart, width_px: int, height_px: int, dpi: int = 150) -> QImage:
    """``chart`` painted by Agg as an image of the given size (for the PDF)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    canvas = FigureCanvasAgg(figure)
    draw_chart(figure, chart)
    canvas.draw()
    buffer = canvas.buffer_rgba()
    width, height = canvas.get_width_height()
    image = QImage(bytes(buffer), width, height, width * 4, QImage.Format.Format_RGBA8888)
    return image.copy()
