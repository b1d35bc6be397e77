"""Run every check and the whole test suite: `python3 scripts/test.py [pytest arguments]`.

Creates `.venv` and installs the project (with its test and lint tools) on first use, then runs
ruff, mypy (strict on core/ and app/), the import-linter contracts and pytest. Exits non-zero if
any fails.
"""

from __future__ import annotations

import os
import subprocess
import sys

from _venv import ROOT, ensure_venv, venv_bin

if __name__ == "__main__":
    py = ensure_venv()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    env.setdefault("NUMBA_CACHE_DIR", str(ROOT / ".numba_cache"))
    steps = [
        ("ruff", [str(venv_bin("ruff")), "check", "."]),
        ("mypy (strict on core/ and app/)", [str(py), "-m", "mypy"]),
        ("import-linter", [str(venv_bin("lint-imports"))]),
        ("pytest", [str(py), "-m", "pytest", *sys.argv[1:]]),
    ]
    failed = []
    for name, cmd in steps:
        print(f"\n=== {name} ===", flush=True)
        if subprocess.call(cmd, cwd=ROOT, env=env) != 0:
            failed.append(name)
    if failed:
        print(f"\nFAILED: {', '.join(failed)}")
        sys.exit(1)
    print("\nAll checks passed.")
