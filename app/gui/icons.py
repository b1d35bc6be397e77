"""SVG icons from assets/icons, tinted to the theme and rendered sharp at any screen scale."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from core.paths import assets_dir


@cache
def _svg(name: str) -> str:
    return (assets_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


def pixmap(name: str, size: int, colour: str, ratio: float = 2.0) -> QPixmap:
    """Render icon `name` at `size` logical pixels; `ratio` device pixels per logical pixel."""
    # Qt's SVG renderer does not resolve currentColor, so the colour is written into the text.
    data = _svg(name).replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    px = round(size * ratio)
    image = QImage(px, px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, px, px))
    painter.end()
    pm = QPixmap.fromImage(image)
    pm.setDevicePixelRatio(ratio)
    return pm


def icon(name: str, colour: str, selected_colour: str | None = None) -> QIcon:
    """A QIcon with 1×–3× renderings, plus a selected-state tint when given."""
    ic = QIcon()
    for ratio in (1.0, 2.0, 3.0):
        ic.addPixmap(pixmap(name, 24, colour, ratio))
        if selected_colour is not None:
            ic.addPixmap(pixmap(name, 24, selected_colour, ratio), QIcon.Mode.Selected)
    return ic


def app_icon() -> QIcon:
    ic = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        ic.addPixmap(pixmap("app", size, "#000000", 1.0))
    return ic


ICON_SIZE = QSize(22, 22)
