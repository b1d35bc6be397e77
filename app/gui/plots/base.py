"""Shared plot set-up: themed background and axes, and a hover tip for scatter points."""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from app.gui.plots.fit import elide
from app.gui.theme import Palette
from core.shorten import shorten


def make_plot_widget() -> pg.PlotWidget:
    w = pg.PlotWidget()
    w.setMenuEnabled(False)
    w.getPlotItem().hideButtons()
    w.setMinimumHeight(260)
    return w


def apply_palette(widget: pg.PlotWidget, p: Palette) -> None:
    widget.setBackground(p.surface)
    item = widget.getPlotItem()
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(p.border))
        axis.setTextPen(pg.mkPen(p.text))
        axis.label.setDefaultTextColor(QColor(p.text))
        axis.enableAutoSIPrefix(False)  # "(x0.001)" on a price axis reads as an error
    item.titleLabel.setAttr("color", p.text)
    item.showGrid(x=True, y=True, alpha=0.15)


def hover_tip(x: float, y: float, data: Any) -> str:
    """Scatter points carry their hover text in `data`."""
    return str(data) if data is not None else f"{x:.3g}, {y:.3g}"


class HoverTips:
    """One tooltip for all the hoverable scatter items of a plot.

    pyqtgraph lets each ScatterPlotItem set the ViewBox tooltip on its own (`tip=`), so where
    two items' points overlap (a month point under the break-even star) the item hovered last
    overwrites the other and its numbers never show. Items added here are created with
    `tip=None`; each reports the points under the mouse, and the tooltip lists them all, in the
    order the items were added (the most telling first).
    """

    MAX_PER_ITEM = 3

    def __init__(self, view_box: Any) -> None:
        self.view_box = view_box
        self.items: list[Any] = []
        self.texts: dict[int, list[str]] = {}

    def add(self, item: Any) -> None:
        self.items.append(item)
        if isinstance(item, pg.ScatterPlotItem):
            item.sigHovered.connect(self._hovered)

    def _hovered(self, item: Any, points: Any, _ev: Any) -> None:
        self.report(item, [hover_tip(pt.pos().x(), pt.pos().y(), pt.data())
                           for pt in list(points)[: self.MAX_PER_ITEM]])

    def report(self, item: Any, texts: list[str]) -> None:
        """`item` has `texts` under the mouse now (none: the mouse left it)."""
        key = id(item)
        if texts == self.texts.get(key, []):
            return
        self.texts[key] = texts
        # a marker and its own bar both answer: say it once
        joined = dict.fromkeys(text for it in self.items for text in self.texts.get(id(it), []))
        self.view_box.setToolTip("\n\n".join(joined))


class HoverBars(pg.ErrorBarItem):
    """Error bars whose hover shows the text of the bar under the mouse (`tips`, one per bar),
    through a HoverTips: the p10–p90 bar is what the eye follows, not only its marker."""

    def __init__(self, hover: HoverTips, **opts: Any) -> None:
        super().__init__(**opts)
        self.hover = hover
        self.tips: list[str] = []
        hover.add(self)

    def hoverEvent(self, ev: Any) -> None:
        texts: list[str] = []
        x, y = self.opts.get("x"), self.opts.get("y")
        if not ev.isExit() and x is not None and y is not None and len(self.tips) == len(x):
            pos = ev.pos()  # data coordinates: the bars are drawn in the view's coordinates
            half = (self.opts.get("beam") or 0.1) / 2
            top, bottom = self.opts.get("top"), self.opts.get("bottom")
            for i in range(len(x)):
                lo = y[i] - (bottom[i] if bottom is not None else 0.0)
                hi = y[i] + (top[i] if top is not None else 0.0)
                if abs(pos.x() - x[i]) <= half and lo <= pos.y() <= hi:
                    texts.append(self.tips[i])
        self.hover.report(self, texts[: HoverTips.MAX_PER_ITEM])


LEGEND_MARGIN_PX = 16  # between the legend's lower edge and the highest data
LEGEND_PAD_PX = 12  # the legend's own frame and spacing around its rows


def legend_share(widget: pg.PlotWidget, legend: Any) -> float:
    """The share of the plot's height that the legend (top left, at its offset) covers: the
    axis range leaves that much above the data. A fixed headroom per legend entry covered the
    highest bars when the axis spanned many decades (Educator's 4K render on the time plot)."""
    view = widget.getPlotItem().getViewBox()
    height = view.height() if view.height() > 0 else max(widget.height() - 60.0, 200.0)
    # the entries shown (the plots hide unused ones rather than re-add them, and the legend's
    # own size counts those too)
    rows = [max(sample.boundingRect().height(), label.boundingRect().height())
            for sample, label in legend.items if label.isVisible()]
    covered = sum(rows) + LEGEND_PAD_PX + abs(legend.opts.get("offset", (0, 10))[1]) \
        + LEGEND_MARGIN_PX
    return float(min(covered / height, 0.6))


def above_for_legend(low: float, high: float, share: float) -> float:
    """The axis top that leaves `share` of the range between `low`..`high` data and it free."""
    return low + (high - low) / (1.0 - share)


# What a legend entry takes besides its name, as a first guess: the legend's offset from the
# plot's edge, its sample (a marker or a line), the gap after it and the legend's margins
LEGEND_CHROME_PX = 70.0
LEGEND_OFFSET_PX = 10.0  # the plots' addLegend(offset=(10, 10))


class LegendRoom:
    """Keeps a plot's y range such that its legend (top left) covers no data: set from the
    data's low..high and the legend's share of the plot's height, and again whenever the plot
    is resized (the legend keeps its pixels; the data's share of them changes) — unless the
    user has zoomed or panned since the data was drawn: a resize then keeps their view."""

    def __init__(self, widget: pg.PlotWidget, legend: Any) -> None:
        self.widget = widget
        self.legend = legend
        self.bounds: tuple[float, float] | None = None
        self.user_view = False
        self.names: list[str] = []  # the shown entries' whole names
        view = widget.getPlotItem().getViewBox()
        view.sigResized.connect(self.fit)
        view.sigRangeChangedManually.connect(self._user_moved)

    def _user_moved(self, *_: object) -> None:
        self.user_view = True

    def show_names(self, names: list[str]) -> None:
        """The legend's entries: the first len(names) shown with these names (cut to the
        plot's width), the rest hidden (entries are kept, never re-created)."""
        self.names = list(names)
        for i, (sample, label) in enumerate(self.legend.items):
            visible = i < len(names)
            sample.setVisible(visible)
            label.setVisible(visible)
        self._cut_names()

    def _cut_names(self) -> None:
        """Each name whole, or cut to the pixels the legend has inside the plot: 56 characters
        had run a Chinese plan name past the plot's right edge in a 760-pixel window. The
        legend's own width beside its names (offset, samples, margins) is measured, not
        assumed: a first cut by LEGEND_CHROME_PX is cut again by what still sticks out."""
        width = self.widget.getPlotItem().getViewBox().width()
        room = width - LEGEND_CHROME_PX if width > 0 else math.inf
        for _ in range(2):
            for (_sample, label), name in zip(self.legend.items, self.names, strict=False):
                text = short(name)
                if math.isfinite(room):
                    text = elide(text, QFont(label.item.font()), room)
                if label.text != text:
                    label.setText(text)
            # the entries' new widths now, not at the next paint: the layout stretches its
            # columns to the legend's old width, so the legend is shrunk first
            self.legend.setGeometry(0.0, 0.0, 1.0, 1.0)
            self.legend.layout.activate()
            self.legend.updateSize()
            if not math.isfinite(room):
                return
            over = LEGEND_OFFSET_PX + self.legend.boundingRect().width() - width
            if over <= 0:
                return
            room -= over + 1.0

    def show(self, low: float, high: float) -> None:
        self.bounds = (low, high)
        self.user_view = False
        self.fit()

    def fit(self, *_: object) -> None:
        if self.names:
            self._cut_names()  # the legend's height, which the range below leaves it, follows
        if self.bounds is None or self.user_view:
            return
        low, high = self.bounds
        top = above_for_legend(low, high, legend_share(self.widget, self.legend))
        self.widget.setYRange(low, top, padding=0)


def short(text: str, limit: int = 56) -> str:
    """Legend entries stay one short line; the full name is in the hover tip and the table."""
    return shorten(text, limit)


def brush(colour: str, alpha: int = 255) -> Any:
    c = QColor(colour)
    c.setAlpha(alpha)
    return pg.mkBrush(c)
