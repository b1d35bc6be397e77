"""Entry script of the frozen bundle (both `rigsizer` and `rigsizer-cli` run this).

The environment is set before anything imports numba: NUMBA_CACHE_DIR is read once, at numba's
import, and must point at the per-user cache (the install folder may be read-only).
"""

from __future__ import annotations

import multiprocessing
import sys

from app import runtime_env

if __name__ == "__main__":
    # A frozen Windows exe re-runs this script for every child process multiprocessing starts;
    # freeze_support() turns those runs into the child instead of a second copy of the app.
    multiprocessing.freeze_support()
    # Finder may still pass a process serial number ("-psn_0_12345") to an .app it starts;
    # it is not an argument of ours, and the command line would reject it.
    sys.argv = [a for a in sys.argv if not a.startswith("-psn_")]
    runtime_env.prepare()

    from app.cli import main

    sys.exit(main())
