"""What a user hands RigSizer is read with limits (issue 17, items 8 and 9): a FIFO as a profile
or a query file hung forever, /dev/zero read until MemoryError, a profile with 10,000 workloads
took 128 s and 7 GB, and `--samples 100000000` ended in MemoryError. Each now gets one sentence
that names the file or the option and the limit."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from core import config
from core.catalogs.profiles import MAX_PROFILE_BYTES, ProfileError, load_profile
from core.file_read import FileReadError, read_capped
from core.paths import assets_dir

pytestmark = pytest.mark.timeout(60)  # a FIFO read without the fix waits forever

ROOT = Path(__file__).resolve().parents[2]
VTUBER = assets_dir() / "profiles" / "vtuber.toml"
GPU = ["--gpu", "RTX 3060 12GB"]


def _error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("rigsizer: error: ") and err.count("\n") == 1, err
    return err


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this OS")
    path = tmp_path / "profile.toml"
    os.mkfifo(path)
    return path


def test_a_fifo_profile_is_refused_not_waited_on(fifo: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(capsys, ["plan", str(fifo), *GPU])
    assert "profile.toml" in err and "is not a regular file" in err


def test_a_fifo_query_file_is_refused(fifo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(capsys, ["predict", str(fifo)])
    assert str(fifo) in err and "is not a regular file" in err


def test_a_fifo_log_or_measurements_file_is_refused(
        fifo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(capsys, ["measure", "parse", str(fifo)])
    assert str(fifo) in err and "is not a regular file" in err
    queries = fifo.with_name("queries.json")
    queries.write_text("[]", encoding="utf-8")
    err = _error(capsys, ["predict", str(queries), "--measurements", str(fifo)])
    assert "profile.toml: cannot be read (is not a regular file" in err


def test_a_folder_is_named_as_one(tmp_path: Path) -> None:
    with pytest.raises(FileReadError, match="is a folder"):
        read_capped(tmp_path, 100)


DEV_ZERO = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, resource.RLIM_INFINITY))
from app.cli import main
sys.exit(main([sys.argv[1], "/dev/zero", *sys.argv[2:]]))
"""


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.parametrize("command", [["plan", "/dev/zero", *GPU], ["predict", "/dev/zero"]])
def test_dev_zero_is_refused(command: list[str]) -> None:
    """In a child with 1 GB of address space: reading /dev/zero whole ended in MemoryError."""
    done = subprocess.run([sys.executable, "-c", DEV_ZERO, command[0], *command[2:]],
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                          text=True, timeout=50)
    assert done.returncode == 2, done.stderr
    assert "zero" in done.stderr and "is not a regular file" in done.stderr


def test_a_huge_profile_file_is_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_bytes(VTUBER.read_bytes() + b"#" * MAX_PROFILE_BYTES)
    with pytest.raises(ProfileError, match=r"big\.toml: cannot be read \(is larger than 1 MB\)"):
        load_profile(big)


def _with_workloads(tmp_path: Path, count: int) -> Path:
    text = VTUBER.read_text(encoding="utf-8")
    head = text.split("[[workload]]", 1)[0]
    block = ('[[workload]]\nid = "w{i}"\nkind = "encode"\nlabel = "Encode {i}"\nwidth = 1920\n'
             'height = 1080\nfps = 60\ncodec = "h264"\nhours_per_week = 1\n')
    path = tmp_path / f"many{count}.toml"
    path.write_text(head + "\n".join(block.format(i=i) for i in range(count)), encoding="utf-8")
    return path


def test_too_many_workloads_are_refused_with_the_limit(tmp_path: Path) -> None:
    limit = config.MAX_WORKLOADS
    assert len(load_profile(_with_workloads(tmp_path, limit)).workloads) == limit
    with pytest.raises(ProfileError, match=rf"has 1000 \[\[workload\]\] tables; at most "
                                           rf"{limit} are allowed"):
        load_profile(_with_workloads(tmp_path, 1000))


def test_samples_beyond_the_limit_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(capsys, ["plan", "vtuber", *GPU, "--samples", "100000000"])
    assert "--samples must be from 1 to 200,000, got 100,000,000" in err
