"""The break-even sweep: months until buying beats renting, over hours per week × tariff."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF

from app.gui import format as fmt
from app.gui.i18n import core_text
from app.gui.plots.base import apply_palette, brush, make_plot_widget, short
from app.gui.theme import Palette


def t(text: str) -> str:
    return QCoreApplication.translate("BreakevenPlot", text)


def _label(result: Any, plan_id: str) -> str:
    try:
        return core_text(result.plan(plan_id).label)
    except KeyError:
        return plan_id


class CellImage(pg.ImageItem):
    """The heat map image; hovering anywhere in a cell shows that cell's numbers.

    The hover text comes from the image itself (not from invisible scatter points at the cell
    centres): cells are often 100+ pixels wide, and a point only answers within a few pixels.
    """

    def __init__(self, plot: BreakevenPlot) -> None:
        super().__init__(axisOrder="row-major")
        self.plot = plot

    def hoverEvent(self, ev: Any) -> None:
        vb = self.getViewBox()
        if vb is None:
            return
        text = "" if ev.isExit() else self.plot.tip_at(ev.pos(), ev.scenePos())
        if text or vb.toolTip():
            vb.setToolTip(text)


class BreakevenPlot:
    def __init__(self) -> None:
        self.widget = make_plot_widget()
        self.widget.setAccessibleName("Break-even heat map")
        item = self.widget.getPlotItem()
        self.image = CellImage(self)
        item.addItem(self.image)
        self.colorbar = pg.ColorBarItem(values=(0, 24), colorMap=pg.colormap.get("viridis"),
                                        interactive=False, width=14)
        self.colorbar.setImageItem(self.image, insert_in=item)
        # tips[row][column]: the hover text of each cell (row = hours per week, column = tariff)
        self.tips: list[list[str]] = []
        # The user's own point; its text joins the cell's in the image's hover (two items
        # setting the one tooltip would overwrite each other in delivery order).
        self.current = pg.ScatterPlotItem(symbol="o", size=14)
        item.addItem(self.current)
        self.title = ""

    def tip_at(self, pos: QPointF, scene_pos: QPointF) -> str:
        """Hover text at `pos` in image coordinates (x = column, y = row); "" outside."""
        row, col = math.floor(pos.y()), math.floor(pos.x())
        if not (0 <= row < len(self.tips) and 0 <= col < len(self.tips[row])):
            return ""
        text = self.tips[row][col]
        if len(self.current.pointsAt(self.current.mapFromScene(scene_pos))):
            text = f"{self.current.data['data'][0]}\n\n{text}"
        return text

    def apply_palette(self, p: Palette) -> None:
        apply_palette(self.widget, p)
        self.widget.getPlotItem().showGrid(x=False, y=False)
        self.current.setBrush(brush(p.surface, 0))
        self.current.setPen(pg.mkPen(p.bad, width=3))
        self.retranslate()

    def retranslate(self) -> None:
        item = self.widget.getPlotItem()
        item.setLabel("bottom", t("Electricity price per kWh"))
        item.setLabel("left", t("Hours of GPU work per week"))

    def update(self, result: Any) -> None:
        grid = getattr(result, "breakeven", None) if result is not None else None
        if grid is None or not grid.hours_per_week or not grid.tariff_per_kwh:
            self.image.clear()
            self.tips = []
            self.current.setData(x=[], y=[])
            self.title = ""
            return
        months = np.asarray(grid.months, dtype=float)
        horizon = float(result.profile.horizon_months)
        cap = max(horizon * 2.0, 1.0)  # "never" (inf) shows as the top colour
        shown = np.where(np.isfinite(months), np.minimum(months, cap), cap)
        hours = np.asarray(grid.hours_per_week, dtype=float)
        tariffs = np.asarray(grid.tariff_per_kwh, dtype=float)
        nx, ny = len(tariffs), len(hours)
        x0, x1 = self._edges(tariffs)
        y0, y1 = self._edges(hours)
        self.image.setImage(shown, autoLevels=False, levels=(0.0, cap))
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.colorbar.setLevels((0.0, cap))
        self.tips = []
        for i in range(ny):
            row = []
            for j in range(nx):
                m = months[i, j]
                when = fmt.months(m) if math.isfinite(m) else t("never")
                row.append(t("%1 h/week at %2 %3/kWh\nbuying pays off after: %4")
                           .replace("%1", f"{hours[i]:g}").replace("%2", f"{tariffs[j]:.3g}")
                           .replace("%3", grid.currency).replace("%4", when))
            self.tips.append(row)
        # Mark the user's own point, placed on the same even grid as the image.
        px = x0 + (np.interp(grid.current_tariff_per_kwh, tariffs, np.arange(nx)) + 0.5) * (
            x1 - x0) / nx
        py = y0 + (np.interp(grid.current_hours_per_week, hours, np.arange(ny)) + 0.5) * (
            y1 - y0) / ny
        self.current.setData(x=[px], y=[py], data=[t("You: %1 h/week at %2 %3/kWh").replace(
            "%1", f"{grid.current_hours_per_week:.3g}").replace(
            "%2", f"{grid.current_tariff_per_kwh:.3g}").replace("%3", grid.currency)])
        # Short names: a title wider than the plot pushed the colour bar out of a 720-pixel
        # report image (the full names are in the plans table).
        self.title = t("Months until %1 beats %2").replace(
            "%1", short(_label(result, grid.buy_plan_id), 26)).replace(
            "%2", short(_label(result, grid.rent_plan_id), 26))
        item = self.widget.getPlotItem()
        item.setTitle(self.title, size="9pt")
        # The title must not widen the plot column: it would squeeze the colour bar out.
        item.titleLabel.setMinimumWidth(0)
        self.widget.setXRange(x0, x1, padding=0)
        self.widget.setYRange(y0, y1, padding=0)

    @staticmethod
    def _edges(values: np.ndarray) -> tuple[float, float]:
        if len(values) == 1:
            return float(values[0]) * 0.5, float(values[0]) * 1.5 or 1.0
        step = (values[-1] - values[0]) / (len(values) - 1)
        return float(values[0] - step / 2), float(values[-1] + step / 2)
