"""Creator profiles: the shipped examples load, bad files are named by line and key, saves are
atomic and round-trip exactly."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core import atomic_file
from core.catalogs.profiles import ProfileError, load_profile, load_profiles, save_profile
from core.schema import Profile, Workload

GOOD = """\
name = "Test"
creator_type = "vtuber"
region = "us"

[[workload]]
id = "a"
kind = "image"
label = "A"
model = "sdxl"
jobs_per_week = 3

[[workload]]
id = "b"
kind = "realtime"
label = "B"
fps = 60
hours_per_week = 10
live = true
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_shipped_creator_type_has_a_profile() -> None:
    loaded = load_profiles()
    assert set(loaded) >= {"ai_video_blogger", "vtuber", "game_modder", "educator",
                           "small_studio"}
    for key, p in loaded.items():
        assert p.creator_type == key
        assert p.workloads


def test_vtuber_live_work_is_flagged_live_and_educator_animation_is_1800_frames() -> None:
    loaded = load_profiles()
    live = [w for w in loaded["vtuber"].workloads if w.kind in ("realtime", "encode")]
    assert live and all(w.live for w in live)
    render = next(w for w in loaded["educator"].workloads if w.kind == "render")
    assert render.frames == 60 * 30  # a 1-minute animation at 30 fps


def test_deadline_minutes_become_seconds(tmp_path: Path) -> None:
    p = load_profile(write(tmp_path, GOOD.replace('jobs_per_week = 3', 'jobs_per_week = 3\n'
                                                  'deadline_min = 2.5')))
    assert p.workloads[0].deadline_s == 150.0
    assert p.workloads[1].deadline_s is None


@pytest.mark.parametrize(("edit", "line", "key"), [
    (("fps = 60", "fps = 0"), 16, "fps"),
    (("jobs_per_week = 3", "jobs_per_week = -3"), 10, "jobs_per_week"),
    (('kind = "image"', 'kind = "imagee"'), 7, "kind"),
    (('model = "sdxl"', 'model = "sdxl"\nstepz = 4'), 10, "stepz"),
    (('region = "us"', 'region = "us"\nbudget = 3'), 4, "budget"),
    (('id = "b"', 'id = "a"'), 13, "id"),
    (('region = "us"', 'region = "atlantis"'), 3, "region"),
    (('model = "sdxl"', 'model = "sdxxl"'), 9, "model"),
])
def test_errors_name_line_and_key(tmp_path: Path, edit: tuple[str, str], line: int,
                                  key: str) -> None:
    with pytest.raises(ProfileError) as info:
        load_profile(write(tmp_path, GOOD.replace(*edit, 1)))
    message = str(info.value)
    assert f"p.toml:{line}:" in message
    assert f"'{key}'" in message
    assert "\n" not in message
    assert info.value.line == line


def test_missing_required_key_points_at_its_section(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match=r"p.toml:12: .*key 'label': is required"):
        load_profile(write(tmp_path, GOOD.replace('label = "B"\n', "")))


def test_workload_without_quantity_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="jobs_per_week or hours_per_week"):
        load_profile(write(tmp_path, GOOD.replace("jobs_per_week = 3\n", "")))


def test_no_workloads_and_bad_toml(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match=r"at least one \[\[workload\]\]"):
        load_profile(write(tmp_path, 'name = "x"\ncreator_type = "custom"\n'))
    with pytest.raises(ProfileError, match=r"not valid TOML.*line 2"):
        load_profile(write(tmp_path, 'name = "x"\ncreator_type = \n'))
    with pytest.raises(ProfileError, match="cannot be read"):
        load_profile(tmp_path / "missing.toml")


def test_round_trip_of_every_shipped_profile(tmp_path: Path) -> None:
    for key, p in load_profiles().items():
        out = tmp_path / f"{key}.toml"
        save_profile(p, out)
        assert load_profile(out) == p


def test_save_is_atomic_old_file_survives_a_failed_write(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "mine.toml"
    original = load_profiles()["vtuber"]
    save_profile(original, target)
    before = target.read_bytes()

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic_file.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        save_profile(replace(original, name="changed"), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["mine.toml"]  # no temp file left behind
    monkeypatch.undo()
    save_profile(replace(original, name="changed"), target)
    assert load_profile(target).name == "changed"
    assert os.listdir(tmp_path) == ["mine.toml"]


_finite = st.floats(min_value=0.001, max_value=1e5, allow_nan=False, allow_infinity=False)


@settings(max_examples=40, deadline=None)
@given(jobs=_finite, deadline=st.one_of(st.none(), _finite), budget=st.one_of(st.none(), _finite),
       horizon=st.integers(1, 120), private=st.booleans())
def test_round_trip_property(tmp_path_factory: pytest.TempPathFactory, jobs: float,
                             deadline: float | None, budget: float | None, horizon: int,
                             private: bool) -> None:
    p = Profile(
        name="P 测试", creator_type="custom", horizon_months=horizon, budget_usd=budget,
        workloads=(Workload(id="w", kind="image", label="W", model="sdxl", jobs_per_week=jobs,
                            deadline_s=deadline, private=private, width=512, height=512,
                            steps=20),),
    )
    out = tmp_path_factory.mktemp("rt") / "p.toml"
    save_profile(p, out)
    assert load_profile(out) == p


def test_extra_accepts_numbers_as_written(tmp_path: Path) -> None:
    text = GOOD.replace('region = "us"', 'region = "us"\n\n[extra]\nmeasured_gpu_w = 170\n'
                        'household_kwh_per_month = 250.5', 1)
    # [extra] must come after the top-level keys and before the workloads in TOML
    p = load_profile(write(tmp_path, text))
    assert p.extra == {"measured_gpu_w": "170", "household_kwh_per_month": "250.5"}
    out = tmp_path / "again.toml"
    save_profile(p, out)
    assert load_profile(out) == p


def test_references_are_checked_against_the_catalogs_given(tmp_path: Path) -> None:
    from dataclasses import replace as with_fields

    from tests.shipped import catalogs

    cats = catalogs()
    path = write(tmp_path, GOOD)
    assert load_profile(path, cats) == load_profile(path)  # the shipped ones by default
    no_sdxl = with_fields(cats, models={k: v for k, v in cats.models.items() if k != "sdxl"})
    with pytest.raises(ProfileError, match="no model 'sdxl' in the models catalog"):
        load_profile(path, no_sdxl)
    with pytest.raises(ProfileError, match="no electricity tariff for region 'us'"):
        load_profile(path, with_fields(cats, tariffs={}))
