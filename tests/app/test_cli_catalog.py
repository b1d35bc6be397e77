"""`rigsizer catalog ...` through app.cli.main, as a user runs it."""

from __future__ import annotations

import importlib.util
import json
import re
import sys

import pytest

from app import cli
from core.catalogs.gpus import GPU_KEYS


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["catalog", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_gpus_table_lists_every_gpu_with_its_key_figures(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "gpus")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["id", "name", "vendor", "form"]
    row = next(line for line in lines if line.startswith("nvidia-rtx-4090 "))
    cells = re.split(r"\s{2,}", row)
    # RTX 4090: 24 GB, ~1 TB/s, 165.2 dense FP16 TFLOPS (FP32 accumulate), 450 W; out of
    # production and no dated used price: no purchase price (never "new at launch price")
    assert cells[1:4] == ["GeForce RTX 4090", "nvidia", "desktop"]
    assert cells[4] == "24" and cells[5] in ("1,008", "1,010")
    assert cells[6:] == ["165.2", "450", "-"]
    # the price a plan buys at, with its kind and date
    price = re.split(r"\s{2,}", next(x for x in lines if x.startswith("nvidia-rtx-5090 ")))[-1]
    assert price == "2,699 new 2026-06-22"
    used = re.split(r"\s{2,}", next(x for x in lines if x.startswith("nvidia-rtx-3090 ")))[-1]
    assert used == "1,300 used 2026-04"
    mac = re.split(r"\s{2,}", next(x for x in lines if x.startswith("apple-m5-10c ")))[-1]
    assert mac == "1,599 machine 2025-10-15"
    assert any(line.startswith("apple-m2-pro-19c ") for line in lines)
    assert lines[-1].startswith(f"{len(lines) - 3} GPUs")


def test_gpus_json_has_every_catalog_field_in_catalog_units(
        capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "gpus", "--json")
    assert code == 0
    gpus = json.loads(out)
    assert len(gpus) >= 170
    keys = {k.name for k in GPU_KEYS}
    for gpu in gpus:
        assert keys <= set(gpu), keys - set(gpu)
        assert gpu["source"] and gpu["retrieved"]
    by_id = {g["id"]: g for g in gpus}
    h100 = by_id["nvidia-h100-sxm"]
    assert h100["vram_gib"] == 80
    assert h100["mem_bandwidth_gb_s"] == pytest.approx(3350)
    assert h100["fp16_tensor_tflops"] == pytest.approx(989.5)
    assert "NVIDIA H100 80GB HBM3" in h100["aliases"]
    assert "fp16_tensor_tflops" in h100["sources"]
    apple = by_id["apple-m3-max-40c"]
    assert apple["usable_vram_gib"] == pytest.approx(36)  # 3/4 of 48 GB
    assert apple["gpu_cores"] == 40


def _has_loader(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


@pytest.mark.parametrize(("kind", "module", "key"), [
    ("clouds", "core.catalogs.clouds", "usd_per_hour"),
    ("models", "core.catalogs.models", "id"),
    ("profiles", "core.catalogs.profiles", "workloads"),
])
def test_other_catalogs_print_as_json_and_table(capsys: pytest.CaptureFixture[str], kind: str,
                                                module: str, key: str) -> None:
    if not _has_loader(module):
        pytest.skip(f"{module} is not built yet")
    code, out, _ = run(capsys, kind, "--json")
    assert code == 0
    entries = json.loads(out)
    assert entries and all(key in e for e in entries)
    code, out, _ = run(capsys, kind)
    assert code == 0
    assert out.splitlines()[-1] == f"{len(entries)} entries"


def test_cloud_table_shows_each_price_with_its_snapshot_date(
        capsys: pytest.CaptureFixture[str]) -> None:
    if not _has_loader("core.catalogs.clouds"):
        pytest.skip("core.catalogs.clouds is not built yet")
    code, out, _ = run(capsys, "clouds")
    assert code == 0
    header = out.splitlines()[0].split()
    assert "usd_per_hour" in header and "snapshot_date" in header


def test_a_missing_loader_is_one_clear_error(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "core.catalogs.models", None)  # import now fails
    code, out, err = run(capsys, "models")
    assert code == 2 and out == ""
    assert err.strip() == ("rigsizer: error: the models catalog is not available in this build "
                           "(no module core.catalogs.models)")


def test_unknown_catalog_kind_is_rejected(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["catalog", "tariffs-and-more"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_models_table_gives_weights_in_billions_as_the_catalog_files_do(
        capsys: pytest.CaptureFixture[str]) -> None:
    """'params B' is the files' params_b ('0.86', was '8.6e+08'); a model without layers (a
    UNet, an upscaler) shows '-', not 'layers 0'."""
    import tomllib

    from core.paths import catalogs_dir

    code, out, _ = run(capsys, "models")
    assert code == 0
    lines = out.splitlines()
    header = re.split(r"\s{2,}", lines[0])
    params, active, layers = (header.index(k) for k in ("params B", "active B", "layers"))
    rows = {cells[0]: cells for cells in (re.split(r"\s{2,}", ln) for ln in lines[2:-1])}
    files = sorted((catalogs_dir() / "models").glob("*.toml"))
    written = [m for f in files for m in tomllib.loads(f.read_text(encoding="utf-8"))["model"]]
    assert len(written) == len(rows)
    for m in written:
        cells = rows[m["id"]]
        assert float(cells[params]) == pytest.approx(m["params_b"]), m["id"]
        if "active_params_b" in m:
            assert float(cells[active]) == pytest.approx(m["active_params_b"]), m["id"]
        else:
            assert cells[active] == "-", m["id"]
        assert cells[layers] == (str(m["layers"]) if m.get("layers") else "-"), m["id"]
    assert not re.search(r"\de[+-]\d", out)
