"""Typed model names that match no catalog model get the nearest catalog names, the same way
wherever a name is read (predict, estimate, profile workloads, measurement tables)."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.catalogs.model_names import closest_models, model_named, unknown_model_hint
from core.catalogs.profiles import ProfileError, load_profile
from core.perf.evaluate import PerfModel
from core.perf.predict import predict
from tests.shipped import catalogs


def test_a_near_miss_names_the_nearest_models_of_the_asked_kind() -> None:
    models = catalogs().models.values()
    near = [m.id for m in closest_models("wan2.1 14b i2v", models, ("video",))]
    assert "wan2.1-i2v-14b" in near and "wan2.1-t2v-14b" in near
    assert all(m.kind == "image" for m in closest_models("flux dev", models, ("image",)))
    assert closest_models("zzz", models) == []
    assert unknown_model_hint("zzz", models) == ""


def test_a_model_of_another_kind_is_named_as_such() -> None:
    hint = unknown_model_hint("SDXL", catalogs().models.values(), ("video",))
    assert hint == " Stable Diffusion XL 1.0 (sdxl) is an image model."


def test_the_name_the_shipped_profiles_use_for_wan_resolves() -> None:
    cats = catalogs()
    found = cats.find_model("Wan 2.1 14B")
    assert found is not None and found.id == "wan2.1-t2v-14b"
    assert model_named("wan 2.1 14b", cats.models.values()) == found


def test_predict_says_what_was_meant() -> None:
    (a,) = predict([{"id": "q", "gpu": "RTX 4090", "task": "video", "model": "Wan2.1 14B I2V",
                     "width": 832, "height": 480, "frames": 81, "steps": 30}],
                   PerfModel.from_catalogs(catalogs()), measured=False, samples=200)
    assert a["p50"] is None
    assert "unknown video model 'Wan2.1 14B I2V'. Did you mean" in a["error"]
    assert "(wan2.1-i2v-14b)" in a["error"]


PROFILE = """
name = "mine"
creator_type = "ai_video_blogger"
region = "us"
[[workload]]
id = "img"
label = "images"
kind = "image"
model = "{model}"
jobs_per_week = 10
"""


def test_a_profile_reads_a_model_name_as_its_id_and_suggests_on_a_typo(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text(PROFILE.format(model="Stable Diffusion XL 1.0"), encoding="utf-8")
    (w,) = load_profile(path, catalogs()).workloads
    assert w.model == "sdxl"
    path.write_text(PROFILE.format(model="stable difusion xl"), encoding="utf-8")
    with pytest.raises(ProfileError, match=r"no model 'stable difusion xl'.*Did you mean "
                                           r"Stable Diffusion XL 1.0 \(sdxl\)"):
        load_profile(path, catalogs())
