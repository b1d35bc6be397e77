"""[[measurement]] tables: validation messages, and the project file round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.catalogs._validate import CatalogError
from core.catalogs.profiles import ProfileError, load_profile, parse_profile, save_profile
from core.measure.tables import dumps, parse_measurements
from core.schema.measurement import Measurement
from tests.shipped import catalogs

GOOD = """
[[measurement]]
gpu = "RTX 3060 12GB"
task = "image"
model = "sdxl"
steps = 20
timing = "denoiser"
value = 1.5
source = "ComfyUI progress bar"
date = "2026-12-01"

[[measurement]]
gpu = "RTX 4090"
task = "llm"
model = "llama-3-8b"
quant = "Q4_K_M"
test = "tg128"
value = 120.0
source = "llama-bench"
"""


def test_good_tables_load_into_measurements() -> None:
    a, b = parse_measurements(GOOD, "mine.toml", catalogs())
    assert a == Measurement(gpu="RTX 3060 12GB", task="image", value=1.5,
                            source="ComfyUI progress bar", date="2026-12-01", model="sdxl",
                            steps=20, timing="denoiser")
    assert a.metric == "it_per_s" and a.is_rate
    assert b.query() == {"gpu": "RTX 4090", "task": "llm", "model": "llama-3-8b",
                         "quant": "Q4_K_M", "test": "tg128"}


def test_dumps_then_parse_is_the_same() -> None:
    ms = parse_measurements(GOOD, "mine.toml", catalogs())
    assert parse_measurements(dumps(ms), "again.toml", catalogs()) == ms


@pytest.mark.parametrize(("edit", "key", "words"), [
    (("value = 120.0", "value = -3"), "value", "positive"),
    (("task = \"llm\"", "task = \"speed\""), "task", "must be one of"),
    (("gpu = \"RTX 4090\"", "gpu = \"Voodoo 5\""), "gpu", "Voodoo 5"),
    (("model = \"llama-3-8b\"", "model = \"sdxl\""), "model", "no llm model"),
    (("test = \"tg128\"", "test = \"fast\""), "test", "pp512"),
    (("quant = \"Q4_K_M\"", "quant = \"Q9\""), "quant", "Q9"),
    (("source = \"llama-bench\"", "sauce = \"llama-bench\""), "sauce", "unknown key"),
    (("value = 120.0", "value = 120.0\nhost = \"runpod\""), "host", "must be one of"),
])
def test_bad_entries_name_the_table_index_and_key(edit: tuple[str, str], key: str,
                                                  words: str) -> None:
    text = GOOD.replace(*edit)
    with pytest.raises(CatalogError) as err:
        parse_measurements(text, "mine.toml", catalogs())
    msg = str(err.value)
    assert msg.startswith("mine.toml: entry 'measurement #2': key ")
    assert f"'{key}'" in msg and words in msg


def test_timing_on_an_llm_measurement_is_an_error() -> None:
    text = GOOD.replace('test = "tg128"', 'test = "tg128"\ntiming = "job"')
    with pytest.raises(CatalogError, match=r"measurement #2.*'timing'.*image measurements"):
        parse_measurements(text, "mine.toml", catalogs())


PROFILE = """
name = "Mei's stream"
creator_type = "vtuber"

[[workload]]
id = "thumbs"
kind = "image"
label = "Thumbnails"
model = "sdxl"
jobs_per_week = 50
"""


def test_profile_keeps_measurements_through_save_and_load(tmp_path: Path) -> None:
    p = parse_profile(PROFILE + GOOD, "p.toml")
    assert len(p.measurements) == 2
    save_profile(p, tmp_path / "p.toml")
    again = load_profile(tmp_path / "p.toml")
    assert again.measurements == p.measurements
    assert again == p


def test_profile_without_measurements_has_none() -> None:
    assert parse_profile(PROFILE, "p.toml").measurements == ()


def test_bad_measurement_in_a_profile_names_its_line() -> None:
    text = PROFILE + GOOD.replace("value = 120.0", "value = 0")
    with pytest.raises(ProfileError) as err:
        parse_profile(text, "p.toml")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if t == "value = 0")
    assert str(err.value).startswith(f"p.toml:{line}: entry 'measurement #2': key 'value'")


def test_a_reading_on_a_rented_pod_says_so_and_keeps_it() -> None:
    text = GOOD.replace("value = 120.0", 'value = 120.0\nhost = "server"')
    _, pod = parse_measurements(text, "mine.toml", catalogs())
    assert pod.host == "server" and pod.query()["host"] == "server"
    assert parse_measurements(dumps([pod]), "again.toml", catalogs()) == (pod,)
