"""A damaged or unusable numba kernel cache never breaks a run (issue 17, items 1 and 4).

A crash or a full disk during the first start can leave a zero-length `.nbc`, and anything can
leave garbage in an `.nbi`; numba itself then raises EOFError or UnpicklingError on every call.
The cache must instead be dropped and the kernel recompiled (and cached again). And where no
cache folder can be written at all, the kernels must still run, uncached.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytestmark = pytest.mark.timeout(60)

ROOT = Path(__file__).resolve().parents[2]

KERNEL_SOURCE = '''
from core.kernels._jit import kernel


@kernel()
def scaled_sum(xs, factor):
    total = 0.0
    for x in xs:
        total += x * factor
    return total
'''


def _load(path: Path) -> ModuleType:
    """Import the kernel module afresh: a new dispatcher that looks in the cache again."""
    spec = importlib.util.spec_from_file_location(f"kmod_{uuid.uuid4().hex}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _call(module: ModuleType) -> float:
    import numpy as np

    return float(module.scaled_sum(np.arange(4.0), 2.0))


def _files(module: ModuleType) -> list[Path]:
    folder = Path(module.scaled_sum._cache.cache_path)
    return sorted(p for p in folder.iterdir() if p.name.startswith("kmod.scaled_sum"))


def _zero(path: Path) -> None:
    path.write_bytes(b"")


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x80\x04garbage that is not a pickle" * 3)


def _halve(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


DAMAGE: dict[str, tuple[str, Callable[[Path], None]]] = {
    "zero-length nbc": (".nbc", _zero),
    "truncated nbc": (".nbc", _halve),
    "garbage nbc": (".nbc", _garbage),
    "zero-length nbi": (".nbi", _zero),
    "garbage nbi": (".nbi", _garbage),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_cache_is_dropped_and_rebuilt(tmp_path: Path, damage: str) -> None:
    source = tmp_path / "kmod.py"
    source.write_text(KERNEL_SOURCE, encoding="utf-8")
    first = _load(source)
    assert _call(first) == 12.0
    files = _files(first)
    suffix, spoil = DAMAGE[damage]
    targets = [p for p in files if p.suffix == suffix]
    assert targets, f"the kernel was not cached: {files}"
    for path in targets:
        spoil(path)

    second = _load(source)
    assert _call(second) == 12.0  # numba alone raises EOFError / UnpicklingError here
    assert second.scaled_sum.stats.cache_misses  # recompiled, not read from the damaged files

    third = _load(source)  # and the rebuilt cache is good again
    assert _call(third) == 12.0
    assert third.scaled_sum.stats.cache_hits


def test_failed_cache_write_still_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk while numba writes the cache costs the cache, not the result."""
    source = tmp_path / "kmod.py"
    source.write_text(KERNEL_SOURCE, encoding="utf-8")
    real_open = open

    def full_disk_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" in mode and ".tmp." in str(file):  # numba's temp file for an .nbi or .nbc
            raise OSError(28, "No space left on device")
        return real_open(file, mode, *args, **kwargs)

    import numba.core.caching as caching

    monkeypatch.setattr(caching, "open", full_disk_open, raising=False)
    module = _load(source)
    assert _call(module) == 12.0
    assert not [p for p in _files(module) if p.suffix in (".nbc", ".nbi")]


UNCACHEABLE = '''
import sys
import numpy as np
sys.path.insert(0, sys.argv[1])
import kmod
print(kmod.scaled_sum(np.arange(4.0), 2.0))
'''


def test_no_writable_cache_folder_runs_uncached(tmp_path: Path) -> None:
    """Read-only install, unwritable user cache: numba finds no cache folder ("no locator
    available") and would refuse to compile; the kernels must run anyway. Every folder numba
    could use is blocked by a plain file (so the test holds when run as root, too)."""
    pkg = tmp_path / "install"
    pkg.mkdir()
    (pkg / "kmod.py").write_text(KERNEL_SOURCE, encoding="utf-8")
    (pkg / "__pycache__").write_text("a file where numba wants its in-tree cache folder")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NUMBA_CACHE_DIR": str(blocker / "numba"),
           "XDG_CACHE_HOME": str(blocker / "cache"), "HOME": str(blocker),
           "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, "-c", UNCACHEABLE, str(pkg)], env=env,
                          capture_output=True, text=True, timeout=50)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "12.0"
