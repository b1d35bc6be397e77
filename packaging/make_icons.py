"""Render the app icon (assets/icons/app.svg) into the formats installers need.

    .venv/bin/python packaging/make_icons.py OUT_DIR

writes OUT_DIR/rigsizer.png (256 px), rigsizer.ico (Windows: 16–256 px) and rigsizer.icns
(macOS: 16–1024 px). build.py runs it before PyInstaller, so the icons always match the SVG the
window itself uses and no binary copies live in the repository. Linux menus take the SVG as is.

Both containers hold PNG images, which Windows Vista+ and macOS 10.7+ read; Qt renders them (it
is already in the venv), the containers are written here because Qt writes one image per file.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "assets" / "icons" / "app.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Apple's PNG-capable icns element types, by pixel size (16 and 32 are the @1x small sizes).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08",
              512: b"ic09", 1024: b"ic10"}


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn on a transparent size×size canvas, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        # Keep a reference: Qt needs the application object alive while it paints.
        render_png.app = QGuiApplication([])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ValueError(f"Qt could not encode a {size} px PNG of {svg}")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG per size (ICONDIR, ICONDIRENTRY×n, then the images)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An icns file: 'icns' + total length, then (type, length incl. 8-byte header, PNG)."""
    body = b""
    for size in sorted(pngs):
        body += ICNS_TYPES[size] + struct.pack(">I", len(pngs[size]) + 8) + pngs[size]
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def make_icons(out_dir: Path, svg: Path = SVG) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(svg, size) for size in sorted(set(ICO_SIZES) | set(ICNS_TYPES))}
    written = {
        "png": out_dir / "rigsizer.png",
        "ico": out_dir / "rigsizer.ico",
        "icns": out_dir / "rigsizer.icns",
    }
    written["png"].write_bytes(pngs[256])
    written["ico"].write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    written["icns"].write_bytes(icns_bytes({s: pngs[s] for s in ICNS_TYPES}))
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_icons.py OUT_DIR")
    for path in make_icons(Path(sys.argv[1])).values():
        print(path)
