"""Opening the window (`rigsizer` with no arguments) does not load every subcommand first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CODE = """
import json, sys
import app.launch
def fake_launch():
    loaded = sorted(m for m in sys.modules if m.startswith("app.commands."))
    print(json.dumps({"loaded": loaded}))
    return 0
app.launch.launch_gui_or_text = fake_launch
from app import cli
sys.exit(cli.main(ARGS))
"""


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CODE.replace("ARGS", repr(args))], cwd=ROOT,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                          capture_output=True, text=True, timeout=120, check=False)


def test_the_window_path_skips_the_subcommand_modules() -> None:
    proc = _run([])
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {"loaded": []}


def test_with_arguments_the_parser_still_offers_every_subcommand() -> None:
    proc = _run(["--help"])
    assert proc.returncode == 0, proc.stderr
    for name in ("detect", "catalog", "plan"):
        assert name in proc.stdout
