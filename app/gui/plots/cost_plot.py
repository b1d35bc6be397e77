"""Cumulative cost over the horizon for the top plans, with each break-even month marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from app.gui import format as fmt
from app.gui.i18n import core_text
from app.gui.plots.base import (
    HoverTips,
    LegendRoom,
    apply_palette,
    brush,
    make_plot_widget,
)
from app.gui.theme import Palette

if TYPE_CHECKING:
    from core.schema.plan import Plan, PlanResult

MAX_SERIES = 5
SYMBOLS = ("o", "s", "t", "d", "+")  # shapes as well as colours: readable without colour


def t(text: str) -> str:
    return QCoreApplication.translate("CostPlot", text)


class CostPlot:
    def __init__(self) -> None:
        self.widget = make_plot_widget()
        self.widget.setAccessibleName("Cumulative cost plot")
        item = self.widget.getPlotItem()
        self.legend = item.addLegend(offset=(10, 10))
        self.legend_room = LegendRoom(self.widget, self.legend)
        self.curves: list[pg.PlotDataItem] = []
        self.points: list[pg.ScatterPlotItem] = []
        for i in range(MAX_SERIES):
            curve = pg.PlotDataItem(name=f"series {i}")
            self.curves.append(curve)
            item.addItem(curve)
            pts = pg.ScatterPlotItem(size=7, hoverable=True, tip=None, hoverSize=11)
            self.points.append(pts)
            item.addItem(pts)
        self.breakeven = pg.ScatterPlotItem(size=16, symbol="star", hoverable=True,
                                            tip=None, hoverSize=20)
        item.addItem(self.breakeven)
        # one tooltip for the star and the month points it sits on (the star's text first)
        self.hover = HoverTips(item.getViewBox())
        for hoverable in (self.breakeven, *self.points):
            self.hover.add(hoverable)
        self.breakeven_text = pg.TextItem(anchor=(0.5, 1.4))
        item.addItem(self.breakeven_text)
        self.palette: Palette | None = None
        self.names: list[str] = []
        self.currency = ""

    def apply_palette(self, p: Palette) -> None:
        self.palette = p
        apply_palette(self.widget, p)
        for i, (curve, pts) in enumerate(zip(self.curves, self.points, strict=True)):
            colour = p.series[i % len(p.series)]
            curve.setPen(pg.mkPen(colour, width=2.5))
            pts.setBrush(brush(colour))
            pts.setPen(pg.mkPen(p.surface))
            pts.setSymbol(SYMBOLS[i])
        self.breakeven.setBrush(brush(p.warn))
        self.breakeven.setPen(pg.mkPen(p.text))
        self.breakeven_text.setColor(p.text)
        self.legend.setLabelTextColor(p.text)
        self.legend.setBrush(brush(p.surface, 220))
        self.legend.setPen(pg.mkPen(p.border))
        self.retranslate()

    def retranslate(self) -> None:
        item = self.widget.getPlotItem()
        item.setLabel("bottom", t("Months from now"))
        # the currency on the axis: the tick numbers carry no symbol
        # a card counts at its price less what it would sell for that month: a bought card's
        # curve starts at that difference, not at its price
        item.setLabel("left", t("Spent so far, net of resale (%1)").replace("%1", self.currency)
                      if self.currency else t("Spent so far, net of resale"))

    @staticmethod
    def pick(result: PlanResult | None) -> list[Plan]:
        """The best plan, then the best of each other kind (keep, buy, rent, hybrid...), then
        the runners-up: the comparison a creator asks for, not five near-identical cards."""
        if result is None:
            return []
        chosen: list[Plan] = []
        kinds: set[str] = set()
        for plan in result.plans:
            if plan.kind not in kinds:
                chosen.append(plan)
                kinds.add(plan.kind)
        for plan in result.plans:
            if len(chosen) >= MAX_SERIES:
                break
            if all(plan is not c for c in chosen):  # identity: == would compare every field
                chosen.append(plan)
        return chosen[:MAX_SERIES]

    def update(self, result: PlanResult | None) -> None:
        plans = self.pick(result)
        self.names = []
        currency = plans[0].currency if plans else ""
        if currency != self.currency:
            self.currency = currency
            self.retranslate()
        for i, (curve, pts) in enumerate(zip(self.curves, self.points, strict=True)):
            if i < len(plans):
                plan = plans[i]
                y = np.asarray(plan.cumulative_cost, dtype=float)
                x = np.arange(len(y), dtype=float)
                curve.setData(x, y)
                name = core_text(plan.label)
                head = t("%1\nmonth %2: %3").replace("%1", name)
                tips = [head.replace("%2", str(m)).replace("%3", fmt.money(v, plan.currency))
                        for m, v in enumerate(y.tolist())]
                pts.setData(x=x, y=y, data=tips)
                self.names.append(name)
            else:
                curve.setData([], [])
                pts.setData(x=[], y=[])
            curve.setVisible(i < len(plans))
            pts.setVisible(i < len(plans))
        # The legend keeps one entry per curve; hide the unused ones instead of re-adding items.
        self.legend_room.show_names(list(self.names))
        bx: list[float] = []
        by: list[float] = []
        btips: list[str] = []
        for plan in plans:
            m = plan.breakeven_month
            if m is None or not np.isfinite(m) or len(plan.cumulative_cost) < 2:
                continue
            if m > len(plan.cumulative_cost) - 1:
                # pays off after the horizon: no point on the curve to mark (the table and the
                # reasons give the month)
                continue
            at = float(np.interp(m, np.arange(len(plan.cumulative_cost)), plan.cumulative_cost))
            bx.append(float(m))
            by.append(at)
            btips.append(t("%1 breaks even with renting after %2")
                         .replace("%1", core_text(plan.label)).replace("%2", fmt.months(m)))
        self.breakeven.setData(x=bx, y=by, data=btips)
        tops = [max(p.cumulative_cost) for p in plans if p.cumulative_cost]
        if tops:
            longest = max(len(p.cumulative_cost) for p in plans)
            self.legend_room.show(0.0, max(tops) * 1.05)
            self.widget.setXRange(0, max(longest - 1, 1), padding=0.02)
        if bx:
            self.breakeven_text.setText(t("break-even"))
            self.breakeven_text.setPos(bx[0], by[0])
        else:
            self.breakeven_text.setText("")
