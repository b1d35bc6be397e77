"""The quick ways in: `--version` and `--help` load neither numpy, numba nor Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest

from core.version import version

PROBE = """
import contextlib, sys
from app.cli import main
with contextlib.suppress(SystemExit):
    main([{arg!r}])
print("LOADED", sorted(m for m in ("numpy", "numba", "PySide6") if m in sys.modules))
"""


@pytest.mark.parametrize("arg", ["--version", "--help"])
def test_quick_options_import_no_heavy_library(arg: str) -> None:
    out = subprocess.run([sys.executable, "-c", PROBE.format(arg=arg)], capture_output=True,
                         text=True, timeout=60, check=True).stdout
    assert "LOADED []" in out
    if arg == "--version":
        assert out.startswith(f"rigsizer {version()}\n")
    else:
        assert "plan" in out and "detect" in out
