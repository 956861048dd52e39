"""A chart's canvas that draws only when it is on screen.

The Gambaran dosen stacks six charts in a scroll area, and at 1366×768 two or three of them
show. matplotlib draws a canvas as soon as it is given a figure or resized, seen or not; laying
out and drawing one chart costs a tenth of a second or more, so drawing the hidden ones made
the page open late. Here a new chart waits until the canvas is painted (scrolled into view) or
drawn on purpose while visible.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QPaintEvent

from sister_desktop.domain.gambaran_dosen import Chart
from sister_desktop.reports.gambaran_figures import draw_chart


class ChartCanvas(FigureCanvasQTAgg):
    def __init__(self, figure: Figure) -> None:
        super().__init__(figure)
        #: The chart given but not drawn yet (the canvas was out of sight).
        self._waiting: Chart | None = None

    @property
    def waiting(self) -> bool:
        """Whether a chart waits to be drawn until the canvas is seen."""
        return self._waiting is not None

    def show_chart(self, chart: Chart) -> None:
        """Draw ``chart`` the next time the canvas is painted (Qt paints only what is seen)."""
        self._waiting = chart
        self.update()

    def draw(self) -> None:
        if self._waiting is not None:
            if self.visibleRegion().isEmpty():
                return  # drawn by the paint that comes when it is scrolled into view
            chart, self._waiting = self._waiting, None
            draw_chart(self.figure, chart)
        super().draw()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._waiting is not None:
            self.draw()
        super().paintEvent(event)
