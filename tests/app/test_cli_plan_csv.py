"""`rigsizer plan --csv` writes the table without destroying what the user has: never over the
profile the plan reads, never over another profile, and through a link to the file it names."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app import cli
from core.catalogs.profiles import profiles_dir

ARGS = ["--gpu", "RTX 3060 12GB", "--samples", "200"]


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "mine.txt"  # a profile under a name that does not say it is one
    shutil.copyfile(profiles_dir() / "vtuber.toml", path)
    return path


def test_the_csv_never_replaces_the_profile_it_was_made_from(
        profile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = profile.read_bytes()
    for target in (profile, profile.parent / "." / profile.name):
        assert cli.main(["plan", str(profile), *ARGS, "--csv", str(target)]) == 2
        err = capsys.readouterr().err
        assert "is the profile this plan reads" in err and len(err.strip().splitlines()) == 1
    assert profile.read_bytes() == before


def test_a_toml_name_is_refused_and_the_file_left_alone(
        profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.toml"
    other.write_text("name = 'kept'\n", encoding="utf-8")
    assert cli.main(["plan", str(profile), *ARGS, "--csv", str(other)]) == 2
    assert "give the table a .csv name" in capsys.readouterr().err
    assert other.read_text(encoding="utf-8") == "name = 'kept'\n"


@pytest.mark.skipif(os.name != "posix", reason="POSIX links and modes")
def test_the_csv_goes_through_a_link_and_keeps_the_files_permissions(
        profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    real = tmp_path / "shared" / "plan.csv"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    real.chmod(0o644)
    link = tmp_path / "plan.csv"
    link.symlink_to(real)
    assert cli.main(["plan", str(profile), *ARGS, "--csv", str(link)]) == 0
    capsys.readouterr()
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8-sig").startswith("rank,")
    assert real.stat().st_mode & 0o777 == 0o644


def test_an_unreadable_price_cache_is_said_and_the_json_stays_clean(
        profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import json

    monkeypatch.setenv("RIGSIZER_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "cache" / "prices").mkdir(parents=True)
    (tmp_path / "cache" / "prices" / "runpod.json").write_text("{garbage", encoding="utf-8")
    assert cli.main(["plan", str(profile), *ARGS, "--json"]) == 0
    out, err = capsys.readouterr()
    json.loads(out)  # the plan itself, untouched
    assert "rigsizer: note:" in err and "runpod" in err.lower()


@pytest.mark.parametrize(("args", "says"), [
    (["--seed", "-1"], "--seed must be a whole number from 0 up, got -1"),
    (["--ram-gib", "inf"], "--ram-gib must be a number of GiB above 0 and at most 8192, got inf"),
])
def test_plan_names_the_option_a_bad_value_was_given_to(
        profile: Path, args: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["plan", str(profile), *ARGS, *args]) == 2
    assert says in capsys.readouterr().err


CUSTOM = """name = "T"
creator_type = "custom"
[[model]]
id = "mine"
like = "flux1-dev"
[[workload]]
id = "w"
kind = "image"
label = "x"
model = "mine"
jobs_per_week = 40
deadline_min = 5
[[measurement]]
gpu = "RTX 3060 12GB"
task = "image"
value = 0.1
source = "my runs"
model = "mine"
"""


def test_a_measurement_of_the_profiles_own_model_moves_its_job(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "custom.toml"
    path.write_text(CUSTOM, encoding="utf-8")
    said = "Your measurement on the GeForce RTX 3060 12GB: 0.1 it/s"
    assert cli.main(["estimate", "--gpu", "RTX 3060 12GB", "--profile", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Measured: {said}" in out and "nothing here moved" not in out
    assert cli.main(["plan", str(path), *ARGS]) == 0
    assert said in capsys.readouterr().out


@pytest.mark.skipif(os.name != "posix", reason="POSIX links")
def test_a_link_to_another_profile_is_refused(
        profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other_project.toml"
    other.write_text("name = 'kept'\n", encoding="utf-8")
    link = tmp_path / "table.csv"
    link.symlink_to(other)
    assert cli.main(["plan", str(profile), *ARGS, "--csv", str(link)]) == 2
    assert "give the table a .csv name" in capsys.readouterr().err
    assert other.read_text(encoding="utf-8") == "name = 'kept'\n"


@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_csv_name_is_an_error_naming_the_option(
        profile: Path, empty: str, capsys: pytest.CaptureFixture[str]) -> None:
    """It was ignored: the plan printed and no table was written, without a word."""
    assert cli.main(["plan", str(profile), *ARGS, "--csv", empty]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("rigsizer: error: --csv") and "empty" in err
    assert len(err.strip().splitlines()) == 1


def test_a_written_csv_is_said_on_stderr_with_its_path(
        profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    target = tmp_path / "plans.csv"
    assert cli.main(["plan", str(profile), *ARGS, "--json", "--csv", str(target)]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)  # stdout is still the one JSON document
    rows = target.read_text(encoding="utf-8-sig").splitlines()[1:]
    said = [ln for ln in err.splitlines() if str(target) in ln]
    assert len(said) == 1, err
    assert f"{len(data['plans'])} plans" in said[0]
    assert len(rows) == len(data["plans"]) + len(data["rejected"])
