"""The break-even sweep: months until buying beats renting, over hours per week × tariff."""

from __future__ import annotations

import html
import math
from typing import TYPE_CHECKING, Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QFont

from app.gui import format as fmt
from app.gui.i18n import core_text
from app.gui.plots.base import apply_palette, brush, make_plot_widget
from app.gui.plots.fit import fill_in_names, text_width
from app.gui.theme import Palette
from core.plan.breakeven import MAX_MONTHS
from core.schema.message import insert_spaced

if TYPE_CHECKING:
    from core.schema.plan import BreakevenGrid, PlanResult

TITLE_SIZE = "9pt"


def t(text: str) -> str:
    return QCoreApplication.translate("BreakevenPlot", text)


def _label(result: PlanResult, plan_id: str) -> str:
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


class TitleLabel(pg.LabelItem):
    """A plot title that never holds its column wider than the map: pyqtgraph's LabelItem sets
    its minimum width to its text's at every resize, so a window made narrower kept the map
    at the old width and pushed the colour bar out of view (the title is fitted to the map's
    width instead, BreakevenPlot.fit_title)."""

    def updateMin(self) -> None:
        super().updateMin()
        self.setMinimumWidth(0)


def use_title_label(item: pg.PlotItem) -> None:
    """Put a TitleLabel where `item` keeps its title (row 0, the plot's column)."""
    old = item.titleLabel
    item.layout.removeItem(old)
    old.hide()  # out of the layout, and deleted with the plot like its other items
    item.titleLabel = TitleLabel("", size="11pt", parent=item)
    item.layout.addItem(item.titleLabel, 0, 1)
    item.setTitle(None)


class BreakevenPlot:
    def __init__(self) -> None:
        self.widget = make_plot_widget()
        self.widget.setAccessibleName("Break-even heat map")
        item = self.widget.getPlotItem()
        use_title_label(item)
        self.image = CellImage(self)
        item.addItem(self.image)
        self.colorbar = pg.ColorBarItem(values=(0, 24), colorMap=pg.colormap.get("viridis"),
                                        interactive=False, width=14)
        self.colorbar.setImageItem(self.image, insert_in=item)
        # "Never" (no break-even within the planner's ten years) is its own colour, not the
        # top of the scale: a layer over the heat map, grey where buying never pays off.
        self.never = pg.ImageItem(axisOrder="row-major")
        self.never.setZValue(self.image.zValue() + 1)
        item.addItem(self.never)
        self.never_rgba = (150, 150, 150, 255)
        # tips[row][column]: the hover text of each cell (row = hours per week, column = tariff)
        self.tips: list[list[str]] = []
        # The user's own point; its text joins the cell's in the image's hover (two items
        # setting the one tooltip would overwrite each other in delivery order).
        self.current = pg.ScatterPlotItem(symbol="o", size=14)
        item.addItem(self.current)
        self.you_rgb = "#d1242f"
        # why there is no map, in the middle of the empty plot (a title line over a blank
        # panel read as a failure to draw)
        self.empty = pg.TextItem(anchor=(0.5, 0.5))
        item.addItem(self.empty)
        self.title = ""  # in full; the plan names in it are cut to the width of the map
        # The title's sentence, its two plan names and the key's entries (HTML, plain text):
        # laid out again at every resize of the map.
        self.title_parts: tuple[str, tuple[str, str]] | None = None
        self.key: list[tuple[str, str]] = []
        self.shown_title = ""
        item.getViewBox().sigResized.connect(self.fit_title)

    def _show_axes(self, shown: bool) -> None:
        item = self.widget.getPlotItem()
        for side in ("bottom", "left"):
            item.showAxis(side, shown)
        self.colorbar.setVisible(shown)

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
        self.you_rgb = p.bad
        self.empty.setColor(QColor(p.muted))
        self.current.setZValue(self.never.zValue() + 1)
        grey = QColor(p.muted)
        self.never_rgba = (grey.red(), grey.green(), grey.blue(), 255)
        self.retranslate()

    def retranslate(self, currency: str | None = None) -> None:
        """The axis titles in the language now installed; `currency`: the prices' (kept for a
        later language change, which passes none)."""
        if currency is not None:
            self.currency = currency
        currency = getattr(self, "currency", "")
        item = self.widget.getPlotItem()
        item.setLabel("bottom", t("Electricity price per kWh (%1)").replace("%1", currency)
                      if currency else t("Electricity price per kWh"))
        item.setLabel("left", t("Hours of GPU work per week"))
        self.colorbar.axis.setLabel(t("months until buying pays off"))

    def update(self, result: PlanResult | None) -> None:
        grid = result.breakeven if result is not None else None
        item = self.widget.getPlotItem()
        if result is None or grid is None or not grid.hours_per_week or not grid.tariff_per_kwh:
            self.image.clear()
            self.never.clear()
            self.tips = []
            self.current.setData(x=[], y=[])
            self.title = ""
            # Empty axes from -0.5 to 0.5 and a colour bar of nothing said nothing true: say
            # why there is no map instead.
            self._show_axes(False)
            if result is not None:
                self.title = t("No break-even map for this work: it needs a card to buy and a "
                               "rental plan that both meet your limits.")
            self.title_parts = None
            self.shown_title = ""
            item.setTitle("", size=TITLE_SIZE)
            self.empty.setText(self.title)
            self.empty.setPos(0.5, 0.5)
            self.widget.setXRange(0, 1, padding=0)
            self.widget.setYRange(0, 1, padding=0)
            return
        self.empty.setText("")
        self._show_axes(True)
        months = np.asarray(grid.months, dtype=float)
        horizon = float(result.profile.horizon_months)
        cap = max(horizon * 2.0, 1.0)  # the colour scale's top: finite months beyond it clip
        never = ~np.isfinite(months)
        shown = np.where(never, 0.0, np.minimum(months, cap))
        hours = np.asarray(grid.hours_per_week, dtype=float)
        tariffs = np.asarray(grid.tariff_per_kwh, dtype=float)
        nx, ny = len(tariffs), len(hours)
        # Categorical axes: every cell is one unit wide and tall, labelled by its own value
        # (the grid's 1, 2, 5, 10 … 150 hours are not evenly spaced numbers).
        self.image.setImage(shown, autoLevels=False, levels=(0.0, cap))
        self.image.setRect(QRectF(0, 0, nx, ny))
        layer = np.zeros((ny, nx, 4), dtype=np.uint8)
        layer[never] = self.never_rgba
        self.never.setImage(layer, autoLevels=False, levels=(0, 255))
        self.never.setRect(QRectF(0, 0, nx, ny))
        self.colorbar.setLevels((0.0, cap))
        item.getAxis("bottom").setTicks([[(j + 0.5, f"{v:.3g}") for j, v in enumerate(tariffs)]])
        item.getAxis("left").setTicks([[(i + 0.5, f"{v:g}") for i, v in enumerate(hours)]])
        self.retranslate(grid.currency)
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
        px, py = self.marker_position(grid)
        you = t("You: %1 h/week at %2 %3/kWh").replace(
            "%1", f"{grid.current_hours_per_week:.3g}").replace(
            "%2", f"{grid.current_tariff_per_kwh:.3g}").replace("%3", grid.currency)
        self.current.setData(x=[px], y=[py], data=[you])
        template = t("Months until %1 beats %2")
        names = (_label(result, grid.buy_plan_id), _label(result, grid.rent_plan_id))
        self.title = insert_spaced(template, names)
        self.title_parts = (template, names)
        # the key: the user's own point, and grey where buying never pays off
        self.key = [(f"<span style='color:{self.you_rgb}'>\u25cb</span> {html.escape(you)}",
                     f"\u25cb {you}")]
        if never.any():
            colour = "#{:02x}{:02x}{:02x}".format(*self.never_rgba[:3])
            grey = t("grey: never pays off within %1 years").replace("%1", f"{MAX_MONTHS // 12}")
            self.key.append((f"<span style='color:{colour}'>\u25a0</span> {html.escape(grey)}",
                             f"\u25a0 {grey}"))
        self.shown_title = ""
        self.fit_title()
        self.widget.setXRange(0, nx, padding=0)
        self.widget.setYRange(0, ny, padding=0)

    def fit_title(self, *_: object) -> None:
        """The title and key over the map, in as many pixels as the map is wide.

        The plan names are cut to the width the sentence leaves them (a cut at 26 characters
        left room unused in English and ran wider than the map in Chinese, mid-name either
        way), the key takes a second line when its entries do not fit side by side, and the
        title's row is as tall as its lines: pyqtgraph's fixed 30 px clipped the key's lower
        edge under the map in Chinese.
        """
        if self.title_parts is None:
            return
        item = self.widget.getPlotItem()
        label = item.titleLabel
        font = QFont(label.item.font())
        font.setPointSizeF(float(TITLE_SIZE.removesuffix("pt")))
        view = item.getViewBox()
        # before the first layout: about the map's share of the widget, until it is laid out
        width = view.width() if view.width() > 0 else self.widget.width() * 0.7
        width -= 2 * label.item.document().documentMargin()
        template, names = self.title_parts
        title = html.escape(fill_in_names(template, names, font, width))
        gap = "\u2003"  # an em space between the key's entries
        plain = gap.join(text for _html, text in self.key)
        joiner = "&emsp;" if text_width(plain, font) <= width else "<br>"
        text = title + "<br>" + joiner.join(markup for markup, _text in self.key)
        if text == self.shown_title:
            return  # a resize of the height alone: as it is (and no resize loop)
        self.shown_title = text
        item.setTitle(text, size=TITLE_SIZE)
        height = math.ceil(label.item.boundingRect().height())
        label.setMaximumHeight(height)
        item.layout.setRowFixedHeight(0, height)

    @staticmethod
    def marker_position(grid: BreakevenGrid) -> tuple[float, float]:
        """Where the user's own hours and tariff fall on the categorical axes: between two
        cells' centres in proportion to the values (3.4 h lies 47% of the way from 2 h to 5 h),
        clamped to the first and last cells."""
        tariffs = np.asarray(grid.tariff_per_kwh, dtype=float)
        hours = np.asarray(grid.hours_per_week, dtype=float)
        px = float(np.interp(grid.current_tariff_per_kwh, tariffs, np.arange(len(tariffs))))
        py = float(np.interp(grid.current_hours_per_week, hours, np.arange(len(hours))))
        return px + 0.5, py + 0.5
