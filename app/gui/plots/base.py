"""Shared plot set-up: themed background and axes, and a hover tip for scatter points."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor

from app.gui.theme import Palette


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


def short(text: str, limit: int = 42) -> str:
    """Legend entries stay one short line; the full name is in the hover tip and the table."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def brush(colour: str, alpha: int = 255) -> Any:
    c = QColor(colour)
    c.setAlpha(alpha)
    return pg.mkBrush(c)
