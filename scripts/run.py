"""Run RigSizer from a source checkout: `python3 scripts/run.py [rigsizer arguments]`.

Creates `.venv` and installs the project on first use. With no arguments it opens the GUI; on a
machine without a display RigSizer prints the default plan as text instead and says why.
"""

from __future__ import annotations

import subprocess
import sys

from _venv import ensure_venv, venv_bin

if __name__ == "__main__":
    ensure_venv()
    sys.exit(subprocess.call([str(venv_bin("rigsizer")), *sys.argv[1:]]))
