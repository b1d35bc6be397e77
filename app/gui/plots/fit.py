"""Text on the plots cut to the pixels it has, not to a count of characters: a Chinese
character is about twice as wide as a Latin letter, so a cut that fit an English label ran
Chinese ones into each other (and pyqtgraph drops a tick label that crosses the axis' end)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

# Space kept free between neighbouring tick labels, in widths of "M" of the tick font.
TICK_GAP_EMS = 1.0
# pyqtgraph measures tick text with QPainter.boundingRect, which can come out a pixel or two
# wider than the font metrics' advance: kept spare so that no label is pushed into another.
SPARE_PX = 4.0


def tick_font(axis: Any) -> QFont:
    """The font an AxisItem draws its tick labels in: its own tickFont, or the application's
    (its QPicture painter starts with the default font)."""
    font = axis.style.get("tickFont")
    return QFont(font) if font is not None else QFont()


def text_width(text: str, font: QFont) -> float:
    return QFontMetricsF(font).horizontalAdvance(text)


def elide(text: str, font: QFont, width: float) -> str:
    """`text` whole if it fits in `width` pixels of `font`, else cut with an ellipsis that
    does (an empty string where not even the ellipsis fits)."""
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(text) <= width:
        return text
    if width <= 0:
        return ""
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def category_ticks(axis: Any, view: Any, labels: list[str]) -> list[tuple[float, str]]:
    """Ticks at 0, 1, 2 … on a bottom axis, each label cut to the pixels one unit of the
    view's x range has now, less a gap: neighbours never touch."""
    font = tick_font(axis)
    low, high = view.viewRange()[0]
    span = high - low
    width = view.width()
    if width <= 0 or span <= 0:
        # not laid out yet: the resize that lays it out fits the labels again
        return [(float(j), text) for j, text in enumerate(labels)]
    room = width / span - TICK_GAP_EMS * text_width("M", font) - SPARE_PX
    return [(float(j), elide(text, font, room)) for j, text in enumerate(labels)]

