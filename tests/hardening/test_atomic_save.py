"""Saving a profile never loses the previous file (issue 8): temp file + fsync + os.replace.

Every failure in the middle of a save (the serialiser, a half-written temp file, fsync, the
rename, a read-only folder, Ctrl-C, a killed process) leaves the previous file byte-identical
and, where the process survives to clean up, no temp file behind.
"""

from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import atomic_file
from core.catalogs import profiles as prof
from core.catalogs.profiles import load_profile, load_profiles, save_profile
from core.schema import Profile

pytestmark = pytest.mark.timeout(120)

ROOT = Path(__file__).resolve().parents[2]
ORIGINAL = load_profiles()["vtuber"]
CHANGED = replace(ORIGINAL, name="Changed", budget_usd=999.0)


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, bytes]:
    target = tmp_path / "mine.toml"
    save_profile(ORIGINAL, target)
    return target, target.read_bytes()


def assert_untouched(target: Path, before: bytes) -> None:
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no temp left
    assert load_profile(target) == ORIGINAL


class Boom(Exception):
    pass


def _raise(*_: Any, **__: Any) -> None:
    raise Boom("simulated failure")


def test_serialiser_failure(saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    target, before = saved
    monkeypatch.setattr(prof.tomli_w, "dumps", _raise)
    with pytest.raises(Boom):
        save_profile(CHANGED, target)
    assert_untouched(target, before)


def test_half_written_temp_file(saved: tuple[Path, bytes],
                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up after half the bytes reached the temp file."""
    target, before = saved
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, fh: Any) -> None:
            self.fh = fh

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

        def write(self, data: bytes) -> int:
            self.fh.write(data[: len(data) // 2])
            self.fh.flush()
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "fdopen",
                        lambda fd, *a, **k: HalfWriter(real_fdopen(fd, *a, **k)))
    with pytest.raises(OSError, match="No space left"):
        save_profile(CHANGED, target)
    assert_untouched(target, before)


@pytest.mark.parametrize("error", [OSError(5, "Input/output error"), KeyboardInterrupt()])
def test_fsync_failure_or_ctrl_c(saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch,
                                 error: BaseException) -> None:
    target, before = saved
    calls: list[int] = []

    def failing_fsync(fd: int) -> None:
        calls.append(fd)
        raise error

    monkeypatch.setattr(atomic_file.os, "fsync", failing_fsync)
    with pytest.raises(type(error)):
        save_profile(CHANGED, target)
    assert calls  # the temp file is fsynced before the rename
    assert_untouched(target, before)


def test_rename_failure(saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    target, before = saved
    monkeypatch.setattr(atomic_file.os, "replace", _raise)
    with pytest.raises(Boom):
        save_profile(CHANGED, target)
    assert_untouched(target, before)


def test_the_rename_is_the_last_step_and_targets_the_same_folder(
        saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    target, _ = saved
    seen: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        # at the moment of the rename the temp file is complete and fsynced
        assert Path(src).parent == target.parent and Path(dst) == target
        assert load_profile(Path(src)) == CHANGED
        seen.append((src, dst))
        real_replace(src, dst)

    monkeypatch.setattr(atomic_file.os, "replace", spy)
    save_profile(CHANGED, target)
    assert len(seen) == 1 and load_profile(target) == CHANGED
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_read_only_folder(saved: tuple[Path, bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    target, before = saved
    if os.name == "posix" and os.geteuid() != 0:
        target.parent.chmod(0o500)
        try:
            with pytest.raises(PermissionError):
                save_profile(CHANGED, target)
        finally:
            target.parent.chmod(0o700)
    else:
        # root ignores folder permissions: the OS refusing the temp file is simulated instead
        def refuse(*_: Any, **__: Any) -> None:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(atomic_file.tempfile, "mkstemp", refuse)
        with pytest.raises(PermissionError):
            save_profile(CHANGED, target)
    assert_untouched(target, before)


def test_a_profile_that_would_not_load_back_is_never_written(
        saved: tuple[Path, bytes]) -> None:
    target, before = saved
    bad_workload = replace(ORIGINAL.workloads[0], fps=math.nan)
    for bad in (replace(ORIGINAL, budget_usd=math.inf),
                replace(ORIGINAL, workloads=(bad_workload, *ORIGINAL.workloads[1:])),
                replace(ORIGINAL, workloads=ORIGINAL.workloads[:1] * 2)):  # duplicate ids
        with pytest.raises(ValueError):
            save_profile(bad, target)
        assert_untouched(target, before)


def test_saving_over_a_directory_fails_cleanly(tmp_path: Path) -> None:
    folder = tmp_path / "mine.toml"
    (folder / "inside").mkdir(parents=True)
    with pytest.raises(OSError):
        save_profile(ORIGINAL, folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.toml"]
    assert (folder / "inside").is_dir()


SAVER = """
import sys
from dataclasses import replace
from core.catalogs.profiles import load_profiles, save_profile
p = load_profiles()["vtuber"]
versions = [replace(p, name=f"Version {i}", notes="x" * (i * 997)) for i in range(8)]
print("ready", flush=True)
i = 0
while True:
    save_profile(versions[i % 8], sys.argv[1])
    i += 1
"""


@pytest.mark.timeout(180)
def test_a_process_killed_while_saving_leaves_a_whole_version(tmp_path: Path) -> None:
    """SIGKILL a process that saves different versions in a tight loop, at several moments:
    the file always loads as one whole version (a temp file may remain after a kill)."""
    if os.name != "posix":
        pytest.skip("SIGKILL is POSIX")
    target = tmp_path / "mine.toml"
    save_profile(ORIGINAL, target)
    names = {ORIGINAL.name, *(f"Version {i}" for i in range(8))}
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for delay in (0.05, 0.13, 0.31):
        with subprocess.Popen([sys.executable, "-c", SAVER, str(target)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as proc:
            assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        loaded: Profile = load_profile(target)
        assert loaded.name in names
    leftovers = [p for p in tmp_path.iterdir() if p.name != target.name]
    assert all(p.name.startswith(".mine.toml.") and p.suffix == ".tmp" for p in leftovers)


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=1, max_size=40), label=st.text(min_size=1, max_size=40))
def test_any_text_round_trips_or_is_refused_before_writing(text: str, label: str,
                                                           tmp_path: Path) -> None:
    """Names, ids, labels and notes with quotes, newlines, control characters, CJK or lone
    surrogates: the saved file loads back equal, or the save is refused and the previous file
    stays as it was."""
    target = tmp_path / "text.toml"
    save_profile(ORIGINAL, target)
    before = target.read_bytes()
    w = replace(ORIGINAL.workloads[0], id=text, label=label)
    edited = replace(ORIGINAL, name=text, notes=label, workloads=(w, *ORIGINAL.workloads[1:]))
    try:
        save_profile(edited, target)
    except ValueError:  # e.g. an id that duplicates another, blank text, a lone surrogate
        assert target.read_bytes() == before
    else:
        assert load_profile(target) == edited
    assert sorted(p.name for p in tmp_path.iterdir()) == ["text.toml"]
