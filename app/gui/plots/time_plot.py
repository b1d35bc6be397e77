"""Time per job for each workload on each of the top plans: p50 marker with a p10–p90 bar."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from app.gui import format as fmt
from app.gui.i18n import core_text, label_text
from app.gui.plots.base import (
    HoverBars,
    HoverTips,
    LegendRoom,
    apply_palette,
    brush,
    make_plot_widget,
)
from app.gui.plots.fit import category_ticks, left_axis_width
from app.gui.theme import Palette

if TYPE_CHECKING:
    from core.schema.plan import Plan, PlanResult

MAX_SERIES = 4
TICKS = (0.001, 0.01, 0.1, 1, 10, 60, 600, 3600, 6 * 3600, 86400, 7 * 86400)
SYMBOLS = ("o", "s", "t", "d")


def t(text: str) -> str:
    return QCoreApplication.translate("TimePlot", text)


def workload_times(plan: Plan, workload_id: str) -> tuple[float, float, float] | None:
    """(p10, p50, p90) seconds per job of `workload_id` in `plan`, from its estimates."""
    fit = next((w for w in plan.workloads if w.workload_id == workload_id), None)
    if fit is None or not fit.feasible or fit.where == "none":
        return None
    candidates = [e for e in plan.estimates if e.workload_id == workload_id and e.runnable]
    if candidates:
        e = candidates[0]
        # hybrid plans carry estimates for both sides: take the device the work runs on
        for c in candidates:
            if c.gpu_id == fit.device_id or fit.device_id.endswith(c.gpu_id):
                e = c
                break
        return e.seconds_p10, e.seconds_p50, e.seconds_p90
    return fit.seconds_p50, fit.seconds_p50, fit.seconds_p90


class TimePlot:
    def __init__(self) -> None:
        self.widget = make_plot_widget()
        self.widget.setAccessibleName("Time per workload plot")
        item = self.widget.getPlotItem()
        # Jobs range from milliseconds to hours: the items get log10(seconds) and the axis is
        # labelled with durations at round values (pyqtgraph's own log axis would print 10^x).
        self.legend = item.addLegend(offset=(10, 10))
        self.legend_room = LegendRoom(self.widget, self.legend)
        self.points: list[pg.ScatterPlotItem] = []
        self.bars: list[HoverBars] = []
        # One tooltip for every marker and p10–p90 bar under the mouse (neighbouring plans'
        # markers can overlap).
        self.hover = HoverTips(item.getViewBox())
        for i in range(MAX_SERIES):
            pts = pg.ScatterPlotItem(size=10, hoverable=True, tip=None, hoverSize=14,
                                     name=f"series {i}")
            self.points.append(pts)
            self.hover.add(pts)
        for i in range(MAX_SERIES):
            bars = HoverBars(self.hover, beam=0.12)
            self.bars.append(bars)
            item.addItem(bars)
            item.addItem(self.points[i])
        # the workloads' full names; the bottom axis shows each cut to the pixels it has, again
        # whenever the plot is resized or its x range changes
        self.labels: list[str] = []
        self.ticks: list[tuple[float, str]] = []
        view = item.getViewBox()
        view.sigResized.connect(self.fit_ticks)
        view.sigXRangeChanged.connect(self.fit_ticks)

    def apply_palette(self, p: Palette) -> None:
        apply_palette(self.widget, p)
        for i, (pts, bars) in enumerate(zip(self.points, self.bars, strict=True)):
            colour = p.series[i % len(p.series)]
            pts.setBrush(brush(colour))
            pts.setPen(pg.mkPen(p.surface))
            pts.setSymbol(SYMBOLS[i])
            bars.setData(pen=pg.mkPen(colour, width=2))
        self.legend.setLabelTextColor(p.text)
        self.legend.setBrush(brush(p.surface, 220))
        self.legend.setPen(pg.mkPen(p.border))
        self.retranslate()

    def retranslate(self) -> None:
        item = self.widget.getPlotItem()
        item.setLabel("left", t("Time per job (log scale)"))
        item.setLabel("bottom", "")
        left = item.getAxis("left")
        ticks = [(math.log10(v), fmt.duration(v)) for v in TICKS]
        left.setTicks([ticks])
        # room for the widest duration and the title beside it, in this language's font
        left.setWidth(left_axis_width(left, [text for _v, text in ticks]))

    def update(self, result: PlanResult | None) -> None:
        from app.gui.plots.cost_plot import CostPlot

        plans = CostPlot.pick(result)[:MAX_SERIES]
        workloads = list(result.profile.workloads) if result is not None else []
        n = max(len(plans), 1)
        width = 0.7 / n
        names: list[str] = []
        for i, (pts, bars) in enumerate(zip(self.points, self.bars, strict=True)):
            xs: list[float] = []
            ys: list[float] = []
            lo: list[float] = []
            hi: list[float] = []
            tips: list[str] = []
            if i < len(plans):
                plan = plans[i]
                names.append(core_text(plan.label))
                for j, w in enumerate(workloads):
                    times = workload_times(plan, w.id)
                    if times is None or not all(math.isfinite(v) and v > 0 for v in times):
                        continue
                    p10, p50, p90 = times
                    xs.append(j - 0.35 + width * (i + 0.5))
                    ys.append(p50)
                    lo.append(p10)
                    hi.append(p90)
                    unit = t("per frame") if w.kind == "realtime" else t("per job")
                    tips.append(t("%1 on %2\n%3 %4 (p10 %5, p90 %6)")
                                .replace("%1", label_text(w.label))
                                .replace("%2", core_text(plan.label))
                                .replace("%3", fmt.duration(p50)).replace("%4", unit)
                                .replace("%5", fmt.duration(p10)).replace("%6", fmt.duration(p90)))
            x = np.asarray(xs, dtype=float)
            # The axis is log10: error bars are drawn in the transformed space.
            y = np.log10(np.asarray(ys, dtype=float)) if ys else np.zeros(0)
            top = np.log10(np.asarray(hi, dtype=float)) - y if ys else np.zeros(0)
            bottom = y - np.log10(np.asarray(lo, dtype=float)) if ys else np.zeros(0)
            pts.setData(x=x, y=y, data=tips)
            bars.setData(x=x, y=y, top=top, bottom=bottom)
            bars.tips = tips
            pts.setVisible(i < len(plans))
            bars.setVisible(i < len(plans))
        self.legend_room.show_names(list(names))
        self.labels = [label_text(w.label) for w in workloads]
        if workloads:
            self.widget.setXRange(-0.6, len(workloads) - 0.4, padding=0)
        self.fit_ticks()
        lows = [float(np.min(b.opts["y"] - b.opts["bottom"])) for b in self.bars
                if b.opts.get("y") is not None and len(b.opts["y"])]
        highs = [float(np.max(b.opts["y"] + b.opts["top"])) for b in self.bars
                 if b.opts.get("y") is not None and len(b.opts["y"])]
        if lows and highs:
            self.legend_room.show(min(lows) - 0.2, max(highs) + 0.2)

    def fit_ticks(self, *_: object) -> None:
        item = self.widget.getPlotItem()
        axis = item.getAxis("bottom")
        ticks = category_ticks(axis, item.getViewBox(), self.labels)
        if ticks != self.ticks:  # a resize of the height alone leaves them as they are
            self.ticks = ticks
            axis.setTicks([ticks])
