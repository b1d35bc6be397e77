"""Installer icons rendered from the window's SVG: valid ICO/icns containers of real PNGs."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("icons")
    # A process of its own: rendering needs a QGuiApplication, which must not clash with the
    # QApplication other tests create in this process.
    subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"), str(out)],
                   check=True, capture_output=True, timeout=120)
    return {p.suffix[1:]: p.read_bytes() for p in out.iterdir()}


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == PNG_MAGIC
    width, height = struct.unpack(">II", png[16:24])  # IHDR follows the signature
    return width, height


def test_png_is_256_pixels(icons: dict[str, bytes]) -> None:
    assert _png_size(icons["png"]) == (256, 256)


def test_ico_directory_points_at_pngs_of_the_sizes_it_claims(icons: dict[str, bytes]) -> None:
    ico = icons["ico"]
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    seen = []
    for i in range(count):
        w, h, _, _, planes, bpp, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i: 22 + 16 * i])
        size = w or 256
        assert (w, h, planes, bpp) == (w, h, 1, 32)
        assert _png_size(ico[offset:offset + length]) == (size, size)
        seen.append(size)
    assert seen == [16, 24, 32, 48, 64, 128, 256]


def test_icns_elements_are_pngs_of_their_type_size(icons: dict[str, bytes]) -> None:
    icns = icons["icns"]
    assert icns[:4] == b"icns"
    assert struct.unpack(">I", icns[4:8])[0] == len(icns)
    sizes = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256,
             b"ic09": 512, b"ic10": 1024}
    pos, seen = 8, []
    while pos < len(icns):
        kind, length = icns[pos:pos + 4], struct.unpack(">I", icns[pos + 4:pos + 8])[0]
        png = icns[pos + 8:pos + length]
        assert _png_size(png) == (sizes[kind], sizes[kind])
        seen.append(kind)
        pos += length
    assert pos == len(icns)
    assert sorted(seen) == sorted(sizes)


def test_the_icon_is_not_blank(icons: dict[str, bytes]) -> None:
    """The SVG really drew: a blank 256 px canvas encodes to about 0.4 kB, the icon to ~7 kB."""
    blank_256_png_upper_bound = 2_000
    assert len(icons["png"]) > blank_256_png_upper_bound
