"""NUMBA_CACHE_DIR goes to the per-user cache before numba loads, and numba really uses it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, os, sys
os.environ.pop("NUMBA_CACHE_DIR", None) if {unset} else None
{entry}
import numba.core.config as ncfg
print(json.dumps({{"env": os.environ.get("NUMBA_CACHE_DIR"), "numba": ncfg.CACHE_DIR}}))
"""


def _probe(tmp_path: Path, entry: str, unset: bool = True,
           extra_env: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NUMBA_CACHE_DIR"}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    env.update(extra_env or {})
    code = PROBE.format(unset=unset, entry=entry)
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def test_prepare_points_numba_at_the_per_user_cache(tmp_path: Path) -> None:
    got = _probe(tmp_path, "from app import runtime_env; runtime_env.prepare()")
    want = str(tmp_path / "cache" / "RigSizer" / "numba")
    assert got == {"env": want, "numba": want}


def test_a_cache_dir_set_by_the_user_wins(tmp_path: Path) -> None:
    mine = str(tmp_path / "mine")
    got = _probe(tmp_path, "from app import runtime_env; runtime_env.prepare()",
                 extra_env={"NUMBA_CACHE_DIR": mine}, unset=False)
    assert got == {"env": mine, "numba": mine}


def test_the_cli_entry_sets_it_before_subcommands_load(tmp_path: Path) -> None:
    entry = ("from app import cli\n"
             "try:\n    cli.main(['--version'])\nexcept SystemExit:\n    pass")
    got = _probe(tmp_path, entry)
    assert got["numba"] == str(tmp_path / "cache" / "RigSizer" / "numba")


def test_runtime_env_imports_nothing_heavy() -> None:
    code = ("import sys; import app.runtime_env as r; r.prepare(); "
            "print(sorted(m for m in ('numba', 'numpy', 'PySide6', 'core') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=True)
    assert proc.stdout.strip() == "[]"


def test_a_windowed_process_without_streams_can_still_print(tmp_path: Path) -> None:
    code = ("import sys; sys.stdout = None; sys.stderr = None\n"
            "from app import runtime_env; runtime_env.ensure_std_streams()\n"
            "print('no crash'); sys.stderr.write('x')\n"
            f"open({str(tmp_path / 'done')!r}, 'w').write('1')")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=60, check=True)
    assert (tmp_path / "done").read_text() == "1"
