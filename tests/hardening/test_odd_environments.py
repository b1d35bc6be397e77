"""Odd environments give one clear sentence, not a misleading one (issue 17, item 15): a tiny
`ulimit -v` ended in "internal error: MemoryError ... please report it" or in a message about
libllvmlite.so that never mentioned the limit; a folder named like a shipped profile in the
current directory was read as the profile ("cannot be read")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

pytestmark = pytest.mark.timeout(120)

ROOT = Path(__file__).resolve().parents[2]
GPU = ["--gpu", "RTX 3060 12GB", "--samples", "200"]


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS is POSIX only")
@pytest.mark.parametrize("megabytes", [150, 300])
def test_a_tiny_memory_limit_is_named(megabytes: int) -> None:
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (megabytes << 20, resource.RLIM_INFINITY))

    done = subprocess.run([sys.executable, "-m", "app.cli", "plan", "vtuber", *GPU],
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, preexec_fn=limit,
                          capture_output=True, text=True, timeout=100)
    assert done.returncode == 2, (done.stdout[-500:], done.stderr[-2000:])
    err = done.stderr.strip()
    assert err.startswith("rigsizer: error: ") and "\n" not in err, err
    assert "internal error" not in err and "please report" not in err
    assert f"may use only {megabytes} MB of memory" in err and "`ulimit -v`" in err


def test_a_folder_named_like_a_shipped_profile_is_not_read_as_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "vtuber").mkdir()
    (tmp_path / "mine").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["plan", "vtuber", *GPU]) == 0
    assert capsys.readouterr().out.startswith("RigSizer plan for VTuber (vtuber)")
    assert main(["plan", "mine", *GPU]) == 2  # not shipped: the folder is named as one
    assert "mine: cannot be read (is a folder, not a file)" in capsys.readouterr().err
