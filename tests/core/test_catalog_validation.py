"""The GPU loader rejects bad files with one line naming the file, the entry and the key.

Each test writes a small catalog folder under tmp_path (the shipped files are not touched) and
asserts on the message a user or data maintainer would read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core.catalogs._validate import CatalogError
from core.catalogs.gpus import load_gpus_from
from core.units import GB, GIB, TFLOPS

GOOD = """\
[[gpu]]
id = "{id}"
name = "Test GPU {id}"
aliases = ["NVIDIA Test GPU {id}"]
vendor = "nvidia"
architecture = "Ada Lovelace"
form_factor = "desktop"
vram_gib = 16
mem_bandwidth_gb_s = 500.0
fp32_tflops = 40.0
fp16_tensor_tflops = 80.0
tdp_w = 250
release_date = "2024-01-08"
source = "test fixture"
retrieved = "2026-11-22"
"""


def folder(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    gpus = tmp_path / "catalogs" / "gpus"
    gpus.mkdir(parents=True)
    for name, content in files.items():
        path = gpus / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return gpus


def entry(ident: str = "test-gpu", **changes: str | None) -> str:
    """GOOD with keys replaced by a new TOML value, removed (None), or added at the end."""
    lines, seen = [], set()
    for line in GOOD.format(id=ident).splitlines():
        key = line.split(" = ")[0]
        if key in changes:
            seen.add(key)
            if changes[key] is not None:
                lines.append(f"{key} = {changes[key]}")
            continue
        lines.append(line)
    lines += [f"{k} = {v}" for k, v in changes.items() if k not in seen and v is not None]
    return "\n".join(lines) + "\n"


def rejection(tmp_path: Path, files: dict[str, str | bytes]) -> str:
    with pytest.raises(CatalogError) as info:
        load_gpus_from(folder(tmp_path, files))
    message = str(info.value)
    assert "\n" not in message  # one line
    return message


def test_a_good_file_loads_in_si_units(tmp_path: Path) -> None:
    (gpu,) = load_gpus_from(folder(tmp_path, {"a.toml": entry()}))
    assert gpu.id == "test-gpu"
    assert gpu.vram_bytes == 16 * GIB
    assert gpu.mem_bandwidth_bps == 500 * GB
    assert gpu.fp16_tensor_flops == 80 * TFLOPS
    assert gpu.aliases == ("NVIDIA Test GPU test-gpu",)
    assert gpu.origin == "catalog"


def test_unknown_key(tmp_path: Path) -> None:
    message = rejection(tmp_path, {"a.toml": entry(vram_gb="16")})
    assert message.startswith("gpus/a.toml: entry 'test-gpu': key 'vram_gb': ")
    assert "unknown key" in message


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    message = rejection(tmp_path, {"a.toml": entry("same-gpu"), "b.toml": entry("same-gpu")})
    assert message.startswith("gpus/b.toml: entry 'same-gpu': key 'id': ")
    assert "duplicate" in message and "gpus/a.toml" in message


@pytest.mark.parametrize(("key", "value", "problem"), [
    ("tdp_w", "-450", "positive"),
    ("vram_gib", "0", "positive"),
    ("fp32_tflops", "nan", "finite"),
    ("mem_bandwidth_gb_s", "inf", "finite"),
    ("fp16_tensor_tflops", "-inf", "finite"),
    ("launch_price_usd", "0", "positive"),
    ("vram_gib", '"24"', "number"),
    ("vram_gib", "100000", "at most"),
])
def test_bad_numbers(tmp_path: Path, key: str, value: str, problem: str) -> None:
    message = rejection(tmp_path, {"a.toml": entry(**{key: value})})
    assert message.startswith(f"gpus/a.toml: entry 'test-gpu': key '{key}': ")
    assert problem in message


def test_missing_source(tmp_path: Path) -> None:
    message = rejection(tmp_path, {"a.toml": entry(source=None)})
    assert message.startswith("gpus/a.toml: entry 'test-gpu': key 'source': ")


def test_empty_source(tmp_path: Path) -> None:
    message = rejection(tmp_path, {"a.toml": entry(source='"  "')})
    assert message.startswith("gpus/a.toml: entry 'test-gpu': key 'source': ")


@pytest.mark.parametrize("value", ['"13/07/2025"', '"July 2025"', '"2025-13-01"',
                                   '"2025-02-30"', "2025-07-13"])
def test_bad_dates(tmp_path: Path, value: str) -> None:
    """Day-first, words, impossible months/days, and an unquoted TOML date are all refused."""
    message = rejection(tmp_path, {"a.toml": entry(release_date=value)})
    assert message.startswith("gpus/a.toml: entry 'test-gpu': key 'release_date': ")


def test_non_utf8_file(tmp_path: Path) -> None:
    data = entry().replace("Test GPU", "Test GPU \xe9").encode("latin-1")
    message = rejection(tmp_path, {"a.toml": data})
    assert message.startswith("gpus/a.toml: ")
    assert "UTF-8" in message


def test_invalid_toml(tmp_path: Path) -> None:
    message = rejection(tmp_path, {"a.toml": entry() + "tdp_w = = 3\n"})
    assert message.startswith("gpus/a.toml: ")
    assert "not valid TOML" in message


def test_missing_required_key(tmp_path: Path) -> None:
    message = rejection(tmp_path, {"a.toml": entry(fp16_tensor_tflops=None)})
    assert message.startswith("gpus/a.toml: entry 'test-gpu': key 'fp16_tensor_tflops': ")
    assert "missing" in message


def test_entry_without_an_id_is_named_by_position(tmp_path: Path) -> None:
    message = rejection(tmp_path, {"a.toml": entry() + "\n" + entry("x", id=None)})
    assert message.startswith("gpus/a.toml: entry '#2': key 'id': ")


def test_unknown_vendor(tmp_path: Path) -> None:
    message = rejection(tmp_path, {"a.toml": entry(vendor='"3dfx"')})
    assert message.startswith("gpus/a.toml: entry 'test-gpu': key 'vendor': ")


def test_usable_memory_above_total(tmp_path: Path) -> None:
    message = rejection(tmp_path, {"a.toml": entry(usable_vram_gib="20")})
    assert message.startswith("gpus/a.toml: entry 'test-gpu': key 'usable_vram_gib': ")


def test_street_price_without_its_date(tmp_path: Path) -> None:
    message = rejection(tmp_path, {"a.toml": entry(street_price_usd="1799")})
    assert message.startswith("gpus/a.toml: entry 'test-gpu': key 'street_price_date': ")


def test_sources_table_naming_no_figure(tmp_path: Path) -> None:
    text = entry() + '[gpu.sources]\nspeed = "somewhere"\n'
    message = rejection(tmp_path, {"a.toml": text})
    assert message.startswith("gpus/a.toml: entry 'test-gpu': key 'sources.speed': ")


def test_file_without_gpu_entries(tmp_path: Path) -> None:
    message = rejection(tmp_path, {"a.toml": 'title = "nothing here"\n'})
    assert message.startswith("gpus/a.toml: ")
    assert "[[gpu]]" in message


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="missing"):
        load_gpus_from(tmp_path / "catalogs" / "gpus")


def test_empty_folder_is_an_error_not_an_empty_catalog(tmp_path: Path) -> None:
    folder = tmp_path / "catalogs" / "gpus"
    folder.mkdir(parents=True)
    (folder / "notes.txt").write_text("not a catalog file")
    with pytest.raises(CatalogError, match=r"has no \.toml files"):
        load_gpus_from(folder)
