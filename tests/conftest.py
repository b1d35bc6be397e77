"""Suite-wide settings: no display, a repo-local numba cache, and no user files touched."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Qt must never try to reach a display in tests; screenshots come from QWidget.grab().
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Compiled kernels are cached in the checkout so the second run of the suite skips compiling.
os.environ.setdefault("NUMBA_CACHE_DIR", str(ROOT / ".numba_cache"))
