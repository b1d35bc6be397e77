"""Where RigSizer's shipped data lives, for source checkouts and frozen builds alike."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def assets_dir() -> Path:
    """The `assets/` folder: $RIGSIZER_ASSETS, a PyInstaller bundle's copy, or the checkout's."""
    override = os.environ.get("RIGSIZER_ASSETS")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parents[1] / "assets"


def catalogs_dir() -> Path:
    return assets_dir() / "catalogs"
