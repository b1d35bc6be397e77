"""Bad data files reach the command line as one line on stderr and exit code 2, never a
traceback: broken shipped catalogs (through $RIGSIZER_ASSETS, as whole processes) and broken
profile files given to `rigsizer plan` / `rigsizer estimate` (in-process)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app import cli

pytestmark = pytest.mark.timeout(300)

ROOT = Path(__file__).resolve().parents[2]
VTUBER = (ROOT / "assets" / "profiles" / "vtuber.toml").read_bytes()


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _garble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 3] = 0xFF
    path.write_bytes(bytes(data))


def _deep(path: Path) -> None:
    path.write_bytes(b"x = " + b"[" * 100_000 + b"]" * 100_000 + b"\n")


def _huge(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("tdp_w = ", "tdp_w = 1" + "0" * 500 + " #", 1),
                    encoding="utf-8")


def _unknown_gpu(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r'gpu_id = "[^"]+"', 'gpu_id = "nvidia-rtx-9999"', text, count=1),
                    encoding="utf-8")


BREAKS: list[tuple[str, str, Callable[[Path], None], list[str]]] = [
    ("gpus/nvidia-geforce-40.toml", "truncated", _truncate, ["catalog", "gpus"]),
    ("gpus/amd.toml", "huge number", _huge, ["catalog", "gpus", "--json"]),
    ("clouds/runpod.toml", "deep nesting", _deep, ["catalog", "clouds"]),
    ("tariffs.toml", "bad byte", _garble, ["plan", "vtuber", "--gpu", "nvidia-rtx-4090",
                                            "--samples", "100"]),
    ("models/llm.toml", "truncated", _truncate, ["catalog", "models"]),
    # an offer of a GPU the GPU catalog lacks: no time can be estimated for it
    ("clouds/vast.toml", "unknown gpu", _unknown_gpu, ["prices", "show"]),
    ("clouds/vast.toml", "unknown gpu, plan", _unknown_gpu, ["plan", "vtuber", "--gpu",
                                                             "nvidia-rtx-4090", "--samples",
                                                             "100"]),
]


@pytest.mark.parametrize(("file", "how", "breaker", "argv"), BREAKS,
                         ids=[f"{f}-{h}" for f, h, _, _ in BREAKS])
def test_a_broken_shipped_catalog_is_one_line(file: str, how: str,
                                              breaker: Callable[[Path], None], argv: list[str],
                                              tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    shutil.copytree(ROOT / "assets", assets, ignore=shutil.ignore_patterns("fonts", "icons"))
    breaker(assets / "catalogs" / file)
    env = {**os.environ, "RIGSIZER_ASSETS": str(assets), "PYTHONPATH": str(ROOT),
           "RIGSIZER_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.run([sys.executable, "-m", "app.cli", *argv], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240, check=False)
    err = proc.stderr.strip()
    assert proc.returncode == 2, (proc.returncode, err[-500:])
    assert "Traceback" not in err and len(err.splitlines()) == 1, err[-500:]
    assert err.startswith("rigsizer: error:") and Path(file).name in err, err


PROFILE_BREAKS: list[tuple[str, bytes]] = [
    ("empty", b""),
    ("truncated", VTUBER[: len(VTUBER) // 2]),
    ("cut-mid-key", VTUBER[: VTUBER.index(b"hours_per_week") + 5]),
    ("latin1", VTUBER.replace(b"VTuber", b"VT\xfcber")),
    ("deep", b"name = " + b"[" * 50_000 + b"]" * 50_000),
    ("huge-int", VTUBER.replace(b"fps = 60", b"fps = " + b"9" * 400, 1)),
    ("nan", VTUBER.replace(b"fps = 60", b"fps = nan", 1)),
    ("inf-budget", VTUBER.replace(b"budget_usd = 1500", b"budget_usd = inf")),
    ("newline-key", VTUBER + b'\n"a\\nb" = 1\n'),
    ("wrong-type", VTUBER.replace(b'kind = "realtime"', b"kind = 5", 1)),
    ("workload-not-table", b'name = "x"\ncreator_type = "custom"\nworkload = [1, 2]\n'),
    ("nul", b"\x00" * 64),
]


@pytest.mark.parametrize(("how", "data"), PROFILE_BREAKS, ids=[h for h, _ in PROFILE_BREAKS])
@pytest.mark.parametrize("command", ["plan", "estimate"])
def test_a_broken_profile_is_one_line(how: str, data: bytes, command: str, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.toml"
    path.write_bytes(data)
    argv = (["plan", str(path), "--gpu", "nvidia-rtx-4090", "--samples", "100"]
            if command == "plan" else ["estimate", "--gpu", "nvidia-rtx-4090", "--profile",
                                       str(path)])
    code = cli.main(argv)
    err = capsys.readouterr().err
    assert code == 2, (code, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rigsizer: error:"), err
    assert "mine.toml" in err and "Traceback" not in err


def test_a_directory_or_missing_profile(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "dir.toml").mkdir()
    for path in (tmp_path / "dir.toml", tmp_path / "missing.toml"):
        code = cli.main(["plan", str(path), "--gpu", "nvidia-rtx-4090"])
        err = capsys.readouterr().err
        assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("args", [
    ["--workload", "realtime", "--fps", "nan"],
    ["--workload", "realtime", "--fps", "inf"],
    ["--workload", "encode", "--fps", "nan"],
    ["--workload", "render", "--frames", "-5", "--scene", "typical"],
    ["--workload", "image", "--model", "sdxl", "--steps", "-1"],
    ["--workload", "llm", "--model", "../../etc/passwd", "--output-tokens", "10"],
    ["--workload", "llm", "--model", "llama-3-8b", "--quant", "Q3_XX", "--output-tokens", "1"],
    ["--workload", "render", "--frames", "10", "--ref-seconds", "3", "--ref-gpu", "/etc/passwd"],
], ids=lambda a: " ".join(a[1:3] + a[3:5]))
def test_bad_estimate_values_are_one_line(args: list[str],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["estimate", "--gpu", "nvidia-rtx-4090", *args])
    err = capsys.readouterr().err
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
