"""The break-even sweep: months until buying beats renting, over hours per week × tariff."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF

from app.gui import format as fmt
from app.gui.i18n import core_text
from app.gui.plots.base import apply_palette, brush, hover_tip, make_plot_widget
from app.gui.theme import Palette


def t(text: str) -> str:
    return QCoreApplication.translate("BreakevenPlot", text)


def _label(result: Any, plan_id: str) -> str:
    try:
        return core_text(result.plan(plan_id).label)
    except KeyError:
        return plan_id


class BreakevenPlot:
    def __init__(self) -> None:
        self.widget = make_plot_widget()
        self.widget.setAccessibleName("Break-even heat map")
        item = self.widget.getPlotItem()
        self.image = pg.ImageItem(axisOrder="row-major")
        item.addItem(self.image)
        self.colorbar = pg.ColorBarItem(values=(0, 24), colorMap=pg.colormap.get("viridis"),
                                        interactive=False, width=14)
        self.colorbar.setImageItem(self.image, insert_in=item)
        # Invisible cells on top of the image carry the hover text for every grid point.
        self.cells = pg.ScatterPlotItem(symbol="s", size=18, hoverable=True, tip=hover_tip,
                                        pen=None, brush=brush("#000000", 0), hoverSize=18)
        item.addItem(self.cells)
        self.current = pg.ScatterPlotItem(symbol="o", size=14, hoverable=True, tip=hover_tip)
        item.addItem(self.current)
        self.title = ""

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
            self.cells.setData(x=[], y=[])
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
        # Cell centres in data coordinates (the image is drawn on an even grid over the range).
        cx = x0 + (np.arange(nx) + 0.5) * (x1 - x0) / nx
        cy = y0 + (np.arange(ny) + 0.5) * (y1 - y0) / ny
        xs, ys, tips = [], [], []
        for i in range(ny):
            for j in range(nx):
                m = months[i, j]
                when = fmt.months(m) if math.isfinite(m) else t("never")
                tips.append(t("%1 h/week at %2 %3/kWh\nbuying pays off after: %4")
                            .replace("%1", f"{hours[i]:g}").replace("%2", f"{tariffs[j]:.3g}")
                            .replace("%3", grid.currency).replace("%4", when))
                xs.append(cx[j])
                ys.append(cy[i])
        self.cells.setData(x=xs, y=ys, data=tips)
        # Mark the user's own point, placed on the same even grid as the image.
        px = x0 + (np.interp(grid.current_tariff_per_kwh, tariffs, np.arange(nx)) + 0.5) * (
            x1 - x0) / nx
        py = y0 + (np.interp(grid.current_hours_per_week, hours, np.arange(ny)) + 0.5) * (
            y1 - y0) / ny
        self.current.setData(x=[px], y=[py], data=[t("You: %1 h/week at %2 %3/kWh").replace(
            "%1", f"{grid.current_hours_per_week:.3g}").replace(
            "%2", f"{grid.current_tariff_per_kwh:.3g}").replace("%3", grid.currency)])
        self.title = t("Months until %1 beats %2").replace(
            "%1", _label(result, grid.buy_plan_id)).replace("%2", _label(result, grid.rent_plan_id))
        self.widget.getPlotItem().setTitle(self.title)
        self.widget.setXRange(x0, x1, padding=0)
        self.widget.setYRange(y0, y1, padding=0)

    @staticmethod
    def _edges(values: np.ndarray) -> tuple[float, float]:
        if len(values) == 1:
            return float(values[0]) * 0.5, float(values[0]) * 1.5 or 1.0
        step = (values[-1] - values[0]) / (len(values) - 1)
        return float(values[0] - step / 2), float(values[-1] + step / 2)
