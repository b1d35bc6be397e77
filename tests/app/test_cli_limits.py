"""The command line holds typed values to the limits a profile file is held to, and says what
is wrong in one line naming the option (exit code 2), as argparse's own errors do."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from app import cli
from core.catalogs.models import load_models
from core.catalogs.profiles import ProfileError, load_profiles, parse_profile
from core.kinds import maximum
from core.prices import keys

GPU = ["--gpu", "nvidia-rtx-4090"]


def _error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    """The one error line of `rigsizer argv`, which must exit with code 2."""
    code = cli.main(argv)
    err = capsys.readouterr().err
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rigsizer: error: "), err
    assert "internal error" not in err and "Traceback" not in err
    return lines[0]


# --- estimate: the profile's limits on each job option ------------------------------------

@pytest.mark.parametrize(("args", "option"), [
    (["--workload", "image", "--model", "sdxl", "--steps", "1000000000"], "--steps"),
    (["--workload", "image", "--model", "sdxl", "--steps", "0"], "--steps"),
    (["--workload", "image", "--model", "sdxl", "--width", "16385"], "--width"),
    (["--workload", "image", "--model", "sdxl", "--batch", "0"], "--batch"),
    (["--workload", "llm", "--model", "llama-3-8b", "--output-tokens", "1000000000000"],
     "--output-tokens"),
    (["--workload", "llm", "--model", "llama-3-8b", "--prompt-tokens", "-1",
      "--output-tokens", "10"], "--prompt-tokens"),
    (["--n-gpus", "100000", "--workload", "image", "--model", "sdxl"], "--n-gpus"),
    (["--n-gpus", "0", "--workload", "image", "--model", "sdxl"], "--n-gpus"),
    (["--workload", "realtime", "--fps", "100000"], "--fps"),
    (["--workload", "realtime", "--fps", "nan"], "--fps"),
    (["--workload", "render", "--frames", "10", "--ref-seconds", "1e308", "--ref-gpu",
      "nvidia-rtx-3090"], "--ref-seconds"),
    (["--workload", "cpu", "--cpu-seconds", "1e308"], "--cpu-seconds"),
    (["--workload", "cpu", "--cpu-seconds", "inf"], "--cpu-seconds"),
], ids=lambda a: " ".join(a) if isinstance(a, list) else a)
def test_estimate_rejects_a_value_beyond_its_limit(
        args: list[str], option: str, capsys: pytest.CaptureFixture[str]) -> None:
    line = _error(capsys, ["estimate", *GPU, *args])
    assert line.startswith(f"rigsizer: error: {option} must be ") or (
        # a request longer than the model's context is told so, naming both token options
        option == "--output-tokens" and "do not fit Llama 3 8B's context" in line)


@pytest.mark.parametrize(("option", "key", "kind", "extra"), [
    ("--steps", "steps", "image", ["--model", "sdxl"]),
    ("--fps", "fps", "realtime", []),
    ("--batch", "batch", "image", ["--model", "sdxl"]),
])
def test_estimate_takes_a_profiles_maximum_and_no_more(
        option: str, key: str, kind: str, extra: list[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    top = maximum(key)
    assert top is not None
    assert cli.main(["estimate", *GPU, "--workload", kind, *extra, option, f"{top:g}"]) == 0
    capsys.readouterr()
    line = _error(capsys, ["estimate", *GPU, "--workload", kind, *extra, option,
                           f"{top + 1:g}"])
    assert f"at most {top:,.0f}" in line or f"to {top:,.0f}" in line
    assert f"field '{key}'" in line
    # the profile loader refuses the same value, and takes the maximum
    model = 'model = "sdxl"\n' if kind == "image" else ""  # an image job names its model
    profile = ('name = "mine"\ncreator_type = "custom"\n[[workload]]\nid = "job"\n'
               f'kind = "{kind}"\nlabel = "job"\n{model}jobs_per_week = 1\n{key} = {{}}\n')
    parse_profile(profile.format(f"{top:g}"), "mine.toml")
    with pytest.raises(ProfileError, match=f"must be at most {top:g}"):
        parse_profile(profile.format(f"{top + 1:g}"), "mine.toml")


def test_estimate_rejects_a_context_beyond_the_models(
        capsys: pytest.CaptureFixture[str]) -> None:
    limit = load_models()["llama-3-8b"].context_max
    llm = ["estimate", *GPU, "--workload", "llm", "--model", "llama-3-8b"]
    for context in ("100000000", str(limit + 1)):
        line = _error(capsys, [*llm, "--context", context])
        assert line.startswith("rigsizer: error: --context: Llama 3 8B holds at most "
                               f"{limit:,} tokens of context")
    line = _error(capsys, [*llm, "--prompt-tokens", str(limit), "--output-tokens", "1"])
    assert "--prompt-tokens and --output-tokens" in line and f"{limit:,} tokens" in line
    assert cli.main([*llm, "--context", str(limit)]) == 0
    assert "does not fit" not in capsys.readouterr().out


# 1e308 is finite, and was refused as "must be a positive number": the message now says the
# range (the window's Machine page limit, core.hardware.machine.MAX_RAM_GIB)
@pytest.mark.parametrize("ram", ["-4", "0", "nan", "inf", "1e308", "8192.5"])
def test_estimate_rejects_a_ram_size_as_plan_does(
        ram: str, capsys: pytest.CaptureFixture[str]) -> None:
    line = _error(capsys, ["estimate", *GPU, "--ram-gib", ram, "--workload", "image",
                           "--model", "sdxl"])
    assert line == ("rigsizer: error: --ram-gib must be a number of GiB above 0 and at most "
                    f"8192, got {float(ram):g}")
    if ram != "inf":  # the words plan has for the same value
        assert _error(capsys, ["plan", "vtuber", *GPU, "--ram-gib", ram]) == line


def test_the_largest_ram_size_allowed_is_accepted(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["estimate", *GPU, "--ram-gib", "8192", "--workload", "image",
                     "--model", "sdxl"]) == 0


# --- estimate --profile ---------------------------------------------------------------------

def test_estimate_refuses_job_options_beside_a_profile(
        capsys: pytest.CaptureFixture[str]) -> None:
    line = _error(capsys, ["estimate", *GPU, "--profile", "vtuber", "--model", "sdxl",
                           "--steps", "5", "--width", "64"])
    assert line.startswith("rigsizer: error: --profile describes the jobs, so --model, "
                           "--width, --steps cannot go with it")


def test_estimate_reads_a_shipped_profile_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["estimate", *GPU, "--profile", "vtuber", "--n-gpus", "1"]) == 0
    out = capsys.readouterr().out
    for w in load_profiles()["vtuber"].workloads:
        assert f"{w.label} on GeForce RTX 4090:" in out
    line = _error(capsys, ["estimate", *GPU, "--profile", "no_such_creator"])
    assert "neither a file nor a shipped profile" in line and "vtuber" in line


# --- prices -----------------------------------------------------------------------------------

@pytest.fixture
def no_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No system keyring, a throw-away price cache, and Runpod's addresses on a closed port
    of this machine: nothing reaches the user's keys, prices or the network."""
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    keys._memory.clear()
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    monkeypatch.setenv("RIGSIZER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("RIGSIZER_RUNPOD_REST_URL", "http://127.0.0.1:9/v2/catalog/gpus")
    monkeypatch.setenv("RIGSIZER_RUNPOD_GRAPHQL_URL", "http://127.0.0.1:9/graphql")
    monkeypatch.setenv("MY_RUNPOD_KEY", "rpa_TESTKEY0123456789abcdef")
    yield
    keys._memory.clear()
    keyring.set_keyring(previous)


@pytest.mark.usefixtures("no_keyring")
@pytest.mark.parametrize("timeout", ["inf", "1e308", "nan", "3601", "0"])
def test_refresh_timeout_is_held_to_detects_limit(
        timeout: str, capsys: pytest.CaptureFixture[str]) -> None:
    line = _error(capsys, ["prices", "refresh", "--api-key-env", "MY_RUNPOD_KEY",
                           "--timeout", timeout])
    assert line == ("rigsizer: error: --timeout must be a positive number of seconds, at most "
                    f"3600, got {float(timeout):g}")


@pytest.mark.usefixtures("no_keyring")
def test_refresh_says_an_empty_variable_name_is_empty(
        capsys: pytest.CaptureFixture[str]) -> None:
    line = _error(capsys, ["prices", "refresh", "--api-key-env", ""])
    assert line.startswith("rigsizer: error: --api-key-env: the variable name is empty")
    assert "pass --api-key-env" not in line


@pytest.mark.usefixtures("no_keyring")
def test_forget_key_names_the_providers_it_keeps_keys_for(
        capsys: pytest.CaptureFixture[str]) -> None:
    line = _error(capsys, ["prices", "forget-key", "--provider", "../x"])
    assert line == ("rigsizer: error: --provider: RigSizer keeps no API key for '../x'; it "
                    "keeps keys for: runpod")
    assert cli.main(["prices", "forget-key"]) == 0
    assert capsys.readouterr().out == "No runpod API key was stored.\n"


@pytest.mark.usefixtures("no_keyring")
def test_prices_show_names_an_unknown_gpu_and_reads_gpu_names(
        capsys: pytest.CaptureFixture[str]) -> None:
    line = _error(capsys, ["prices", "show", "--gpu", "nope"])
    assert line.startswith("rigsizer: error: --gpu: GPU 'nope' is not in the catalog")
    near = _error(capsys, ["prices", "show", "--gpu", "RTX 306"])
    assert "did you mean" in near and "GeForce RTX 3060" in near
    assert cli.main(["prices", "show", "--gpu", "nvidia-rtx-4090"]) == 0
    by_id = capsys.readouterr().out
    assert cli.main(["prices", "show", "--gpu", "RTX 4090"]) == 0
    assert capsys.readouterr().out == by_id
    rows = [r for r in by_id.splitlines() if r.endswith("-rtx-4090") or " rtx-4090 " in r]
    assert rows and "No offers match." not in by_id


@pytest.mark.usefixtures("no_keyring")
def test_prices_show_of_a_family_lists_every_variant(
        capsys: pytest.CaptureFixture[str]) -> None:
    # what does an H100 rent for: SXM, PCIe and NVL offers alike (the family's default variant
    # alone had left out Azure's and Runpod's H100 NVL)
    assert cli.main(["prices", "show", "--gpu", "H100", "--json"]) == 0
    captured = capsys.readouterr()
    cards = {o["gpu_id"] for o in json.loads(captured.out)["offers"]}
    assert {"nvidia-h100-sxm", "nvidia-h100-pcie", "nvidia-h100-nvl"} <= cards
    assert "has 3 variants" in captured.err
    # one variant named: its offers (and the pools it is in), no other variant's own
    assert cli.main(["prices", "show", "--gpu", "H100 NVL", "--json"]) == 0
    offers = json.loads(capsys.readouterr().out)["offers"]
    assert offers and all(o["gpu_id"] == "nvidia-h100-nvl" or "nvidia-h100-nvl" in o["gpu_pool"]
                          for o in offers)


# --- predict --help ---------------------------------------------------------------------------

def test_predict_help_describes_the_query_fields_itself(
        capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["predict", "--help"])
    assert exit_info.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "DESIGN.md" not in text
    for field in ('"gpu"', '"task"', '"test"', '"pp512"', '"width"', '"steps"', '"frames"',
                  '"n_gpus"', '"timing"', '"precision"', '"blender_version"'):
        assert field in text, field


def test_estimate_refuses_a_context_smaller_than_the_request(
        capsys: pytest.CaptureFixture[str]) -> None:
    from app import cli as rigsizer

    code = rigsizer.main(["estimate", "--gpu", "RTX 4090", "--workload", "llm", "--model",
                          "llama-3-8b", "--context", "1000"])
    err = capsys.readouterr().err
    assert code == 2 and "1,000 tokens cannot hold the request's 1,500 + 600 tokens" in err


LLM_PROFILE = """name = "ctx"
creator_type = "custom"

[[workload]]
id = "chat"
kind = "llm"
label = "chat"
model = "llama-3-8b"
jobs_per_week = 10
"""


@pytest.mark.parametrize(("tokens", "message"), [
    ("prompt_tokens = 100000\noutput_tokens = 200\ncontext_tokens = 10\n",
     "workload 'chat': field 'context_tokens' (10 tokens) cannot hold the request's 100,000 + "
     "200 tokens; give at least 100,200"),
    ("prompt_tokens = 1000\noutput_tokens = 200\ncontext_tokens = 10000000\n",
     "workload 'chat': field 'context_tokens' must be at most 8,192, the context window of "
     "Llama 3 8B; got 10,000,000"),
    ("prompt_tokens = 100000\noutput_tokens = 200\n",
     "workload 'chat': field 'prompt_tokens' and output_tokens: 100,000 + 200 tokens do not fit "
     "Llama 3 8B's context window of 8,192 tokens"),
], ids=["context-below-request", "context-beyond-model", "request-beyond-model"])
def test_plan_and_estimate_refuse_an_llm_request_its_context_cannot_hold(
        tokens: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only `estimate --workload llm` checked the window: a profile's was planned silently
    ("3.66 min per job"; a 10-million-token window rented for ~$4.9 billion a month)."""
    path = tmp_path / "ctx.toml"
    path.write_text(LLM_PROFILE + tokens, encoding="utf-8")
    for argv in (["plan", str(path), *GPU, "--ram-gib", "32"],
                 ["estimate", "--profile", str(path), *GPU]):
        line = _error(capsys, argv)
        assert line.startswith(f"rigsizer: error: {message}"), (argv, line)


def test_plan_runs_on_a_typed_card_the_catalog_lacks(capsys: pytest.CaptureFixture[str]) -> None:
    # detection plans with a card only TechPowerUp's data knows; a typed one is planned alike
    code = cli.main(["plan", "vtuber", "--gpu", "P40", "--samples", "200", "--json"])
    out = capsys.readouterr().out
    assert code == 0
    plan = json.loads(out)
    assert "Tesla P40" in json.dumps(plan["machine"])
