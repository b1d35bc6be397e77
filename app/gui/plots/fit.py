"""Text on the plots cut to the pixels it has, not to a count of characters: a Chinese
character is about twice as wide as a Latin letter, so a cut that fit an English label ran
Chinese ones into each other (and pyqtgraph drops a tick label that crosses the axis' end)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from core.schema.message import insert_spaced

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



def left_axis_width(axis: Any, labels: list[str]) -> int:
    """The width a left axis needs for its widest tick label beside its rotated title.

    pyqtgraph adds 0.8 of the title's height ("usually an overestimate") to the widest label
    it has drawn so far, which is too little: the title ran into the labels, by a few pixels
    in English and by half a character in Chinese (a CJK font's line is taller). The title
    sits at the axis' left edge (pyqtgraph nudges it 5 px out), the labels end at the ticks,
    right-aligned.
    """
    font = tick_font(axis)
    widest = max((text_width(text, font) for text in labels), default=0.0)
    offset = float(axis.style["tickTextOffset"][0]) + max(0.0, float(axis.style["tickLength"]))
    title = float(axis.label.boundingRect().height()) if axis.label.isVisible() else 0.0
    return math.ceil(widest + SPARE_PX + offset + title)


def fill_in_names(template: str, names: tuple[str, str], font: QFont, width: float) -> str:
    """`template` with its %1 and %2 replaced by `names`, the names cut (never the sentence
    around them) so that the whole is at most `width` pixels of `font`. A name shorter than
    its half of the room keeps all of it, and the other name gets the rest."""
    around = text_width(template.replace("%1", "").replace("%2", ""), font)
    room = width - around - SPARE_PX
    widths = [text_width(name, font) for name in names]
    if sum(widths) <= room:
        rooms = widths
    else:
        shorter = 0 if widths[0] <= widths[1] else 1
        rooms = [room / 2, room / 2]
        if widths[shorter] <= room / 2:
            rooms[shorter] = widths[shorter]
            rooms[1 - shorter] = room - widths[shorter]
    first, second = (elide(name, font, max(r, 0.0)) for name, r in zip(names, rooms, strict=True))
    return insert_spaced(template, (first, second))  # spaced as the window spaces sentences
