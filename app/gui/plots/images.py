"""The plots as images for reports: drawn afresh, in the light theme, laid out at print size."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsView

from app.gui.theme import LIGHT

if TYPE_CHECKING:
    import pyqtgraph as pg

    from app.gui.theme import Palette
    from core.schema.plan import PlanResult

# Logical size of a report plot. The PDF prints it across the text width (about 17 cm), so
# pyqtgraph's ~9 pt labels come out near 7 pt on paper: small, but readable. Drawing a bigger
# widget and shrinking the image made them about 4 pt.
WIDTH, HEIGHT = 720, 400


class _Plot(Protocol):
    widget: pg.PlotWidget

    def apply_palette(self, p: Palette) -> None: ...
    def update(self, result: PlanResult | None) -> None: ...


P = TypeVar("P", bound=_Plot)


def report_images(result: PlanResult, width: int = WIDTH * 2) -> dict[str, QImage]:
    """Cost, time and break-even plots of `result` as images `width` pixels wide.

    Each plot is a new widget, shown off screen at WIDTH × HEIGHT so that its axes, title and
    colour bar are laid out for that size, then drawn scaled to `width` pixels. The
    window's own plots would not do: one on a hidden tab has never been laid out (its pending
    resize waits until the tab is shown), which clipped titles and tick labels, and pyqtgraph's
    ImageExporter scales axis text but not legends when the image is wider than the widget.
    """
    from app.gui.plots.breakeven_plot import BreakevenPlot
    from app.gui.plots.cost_plot import CostPlot
    from app.gui.plots.time_plot import TimePlot

    scale = width / WIDTH
    images: dict[str, QImage] = {}
    for name, cls in (("cost", CostPlot), ("time", TimePlot), ("breakeven", BreakevenPlot)):
        # The plot is held while its widget is drawn: dropped at once, its items' Python side
        # could be collected while Qt still laid them out ("'LabelItem' object has no
        # attribute '_sizeHint'", in a later test).
        plot = report_plot(cls, result)
        widget = plot.widget
        image = QImage(round(WIDTH * scale), round(HEIGHT * scale),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(LIGHT.surface))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # The scene through the view, scaled as vectors into the bigger image. (QWidget.render
        # onto a scaled painter or a high-dpi image enlarged the axis text twice and cropped
        # the plot to its top-left corner.)
        QGraphicsView.render(widget, painter, QRectF(image.rect()), widget.viewport().rect())
        painter.end()
        widget.close()
        widget.deleteLater()
        images[name] = image
    return images


def report_plot(cls: type[P], result: PlanResult) -> P:
    """A new plot of `result` in the light theme, laid out off screen at WIDTH × HEIGHT as the
    report draws it (the caller closes its widget)."""
    plot = cls()
    plot.apply_palette(LIGHT)
    plot.update(result)
    legend = getattr(plot, "legend", None)
    if legend is not None:
        # pyqtgraph draws legends at a fixed 9 pt while axis text follows the app font:
        # on paper the legend came out at about half the size of the axis numbers
        legend.opts["labelTextSize"] = "13pt"
        for _sample, label in legend.items:
            label.setText(label.text, size="13pt")
        legend.updateSize()
    widget = plot.widget
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(WIDTH, HEIGHT)
    widget.show()
    # The graphics layouts (axes, title, colour bar) settle on posted LayoutRequest events,
    # and an axis widens to fit its tick labels only once it has drawn them: draw once,
    # let the layout catch up, then draw the image (the colour bar's labels were cut off).
    QCoreApplication.sendPostedEvents()
    widget.grab()
    QCoreApplication.sendPostedEvents()
    return plot
