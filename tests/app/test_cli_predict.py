"""`rigsizer predict` and `rigsizer estimate` as the user runs them."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest

from app import cli

DECODE = {"id": "q1", "gpu": "NVIDIA GeForce RTX 4090", "task": "llm", "model": "llama-2-7b",
          "quant": "Q4_0", "test": "tg128"}


def _predict(tmp_path: Path, capsys: pytest.CaptureFixture[str], queries: object,
             *flags: str) -> tuple[int, list[dict]]:
    path = tmp_path / "q.json"
    path.write_text(json.dumps(queries), encoding="utf-8")
    code = cli.main(["predict", str(path), *flags])
    return code, json.loads(capsys.readouterr().out)


def test_answers_in_order_and_a_bad_query_does_not_stop_the_others(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    queries = [
        DECODE,
        {"id": "bad-gpu", "gpu": "Voodoo 5 6000", "task": "llm", "model": "llama-2-7b",
         "quant": "Q4_0", "test": "tg128"},
        {"id": "bad-model", "gpu": "NVIDIA GeForce RTX 4090", "task": "image",
         "model": "no-such-model", "width": 512, "height": 512, "steps": 20, "batch": 1},
        {"id": "blender", "gpu": "NVIDIA GeForce RTX 4090", "task": "cycles",
         "backend": "OPTIX", "blender_version": "4.5.0"},
        {"id": "video", "gpu": "NVIDIA H100 80GB HBM3", "task": "video",
         "model": "wan2.1-t2v-1.3b", "width": 832, "height": 480, "frames": 81, "steps": 50,
         "n_gpus": 1},
    ]
    code, answers = _predict(tmp_path, capsys, queries)
    assert code == 0
    assert [a["id"] for a in answers] == ["q1", "bad-gpu", "bad-model", "blender", "video"]
    keys = {"id", "gpu_id", "metric", "p10", "p50", "p90", "basis", "error"}
    assert all(set(a) == keys for a in answers)
    q1, bad_gpu, bad_model, blender, video = answers
    assert q1["gpu_id"] == "nvidia-rtx-4090" and q1["metric"] == "tokens_per_s"
    assert q1["basis"] == "measured" and q1["error"] is None
    assert bad_gpu["error"] and "Voodoo" in bad_gpu["error"] and bad_gpu["p50"] is None
    assert "no-such-model" in bad_model["error"] and bad_model["gpu_id"] == "nvidia-rtx-4090"
    assert blender["metric"] == "opendata_score" and blender["p10"] < blender["p90"]
    assert video["metric"] == "seconds" and video["basis"] == "model" and video["p50"] > 10


def test_no_measured_answers_from_the_model(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    _, (measured,) = _predict(tmp_path, capsys, [DECODE])
    _, (model,) = _predict(tmp_path, capsys, [DECODE], "--no-measured")
    assert model["basis"] == "model" and measured["basis"] == "measured"
    assert model["p50"] != measured["p50"]
    # the model lands near the measurement (llama.cpp 4090, 7B Q4_0 decode ~150-190 tok/s)
    assert 0.7 < model["p50"] / measured["p50"] < 1.3


def test_a_gguf_file_name_gives_the_model_and_its_weight_format(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = {"gpu": "NVIDIA GeForce RTX 4090", "task": "llm", "test": "tg128"}
    _, answers = _predict(tmp_path, capsys, [
        {**base, "id": "named", "model": "Meta-Llama-3-8B-Instruct-Q8_0.gguf"},
        {**base, "id": "fields", "model": "llama-3-8b", "quant": "Q8_0"},
        {**base, "id": "q4", "model": "llama-3-8b", "quant": "Q4_K_M"},
        {**base, "id": "both", "model": "Meta-Llama-3-8B-Instruct-Q8_0.gguf", "quant": "q8_0"},
        {**base, "id": "clash", "model": "Meta-Llama-3-8B-Instruct-Q8_0.gguf",
         "quant": "Q4_K_M"},
    ], "--no-measured")
    named, fields, q4, both, clash = answers
    assert named["error"] is None and named["p50"] == fields["p50"] == both["p50"]
    assert named["p50"] < q4["p50"]  # Q8_0 reads twice the bytes of Q4_K_M's ~4.8 bits
    # a name and a field that disagree: neither is guessed
    assert clash["p50"] is None and "Q8_0" in clash["error"] and "Q4_K_M" in clash["error"]


def test_unreadable_json_is_the_only_failure(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "q.json"
    path.write_text("[{not json", encoding="utf-8")
    assert cli.main(["predict", str(path)]) == 2
    err = capsys.readouterr().err
    assert "not valid JSON" in err and "Traceback" not in err and len(err.splitlines()) == 1
    code, answers = _predict(tmp_path, capsys, [])
    assert code == 0 and answers == []


def test_estimate_prints_time_fit_and_energy(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["estimate", "--gpu", "nvidia-rtx-4090", "--workload", "llm", "--model",
                     "llama-3-8b", "--quant", "Q4_K_M", "--prompt-tokens", "1000",
                     "--output-tokens", "500"])
    out = capsys.readouterr().out
    assert code == 0
    assert "One job takes about" in out and "fits" in out and "Wh per job" in out


def test_estimate_says_a_large_energy_in_kwh_not_in_e_notation(
        capsys: pytest.CaptureFixture[str]) -> None:
    """A Wan 14B clip on two 3060s takes over a kWh: it was 'about 1.45e+03 Wh per job'."""
    code = cli.main(["estimate", "--gpu", "RTX 3060 12GB", "--n-gpus", "2", "--workload",
                     "video", "--model", "wan2.1-t2v-14b"])
    out = capsys.readouterr().out
    assert code == 0, out
    line = next(ln for ln in out.splitlines() if "Energy:" in ln)
    assert re.search(r"about \d+(\.\d+)? kWh per job", line), line
    assert "e+" not in line


@pytest.mark.parametrize(("wh", "text"), [
    (0.000042, "0.000042 Wh"), (0.335, "0.335 Wh"), (96.44, "96.4 Wh"), (999.4, "999 Wh"),
    (999.6, "1 kWh"), (1450.3, "1.45 kWh"), (23_456.0, "23.5 kWh"), (2_345_678.0, "2,346 kWh")])
def test_energy_is_said_in_the_unit_a_power_bill_uses(wh: float, text: str) -> None:
    from app.commands.estimate import energy

    assert energy(wh) == text


def test_a_duration_of_years_is_not_in_e_notation() -> None:
    from app.commands.estimate import duration

    assert duration(1200 * 86400) == "1,200 days"  # was '1.2e+03 days'
    assert duration(3.5 * 86400) == "3.5 days"


def test_estimate_reads_model_names_as_predict_does_and_defaults_an_llm_request(
        capsys: pytest.CaptureFixture[str]) -> None:
    # a display name or alias works like the id; with no token counts the request is the
    # documented default (was an error asking for output_tokens)
    code = cli.main(["estimate", "--gpu", "RTX 4090", "--workload", "llm", "--model",
                     "Qwen3.6-35B-A3B", "--quant", "Q4_K_M"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "llm job (qwen3.6-35b-a3b), 1,500-token prompt and 600 tokens out" in out
    assert "One job takes about" in out
    code = cli.main(["estimate", "--gpu", "RTX 4090", "--workload", "llm", "--model",
                     "qwen3.6-35b"])
    err = capsys.readouterr().err
    assert code == 2 and "no llm model 'qwen3.6-35b'" in err
    assert "Did you mean Qwen3.6 35B A3B (qwen3.6-35b-a3b)" in err
    assert len(err.strip().splitlines()) == 1


def test_estimate_reads_a_gguf_file_name_as_predict_does(
        capsys: pytest.CaptureFixture[str]) -> None:
    gguf = ["estimate", "--gpu", "RTX 4090", "--workload", "llm", "--model",
            "Meta-Llama-3-8B-Instruct-Q8_0.gguf"]
    assert cli.main(gguf) == 0
    out = capsys.readouterr().out
    assert "llm job (llama-3-8b)" in out and "llama.cpp with Q8_0 weights" in out
    assert cli.main([*gguf, "--quant", "Q4_K_M"]) == 2
    err = capsys.readouterr().err
    assert "--model and --quant" in err and "Q8_0" in err and "Q4_K_M" in err
    assert len(err.strip().splitlines()) == 1


def test_estimate_says_why_a_range_rests_on_related_cards(
        capsys: pytest.CaptureFixture[str]) -> None:
    mac = ["estimate", "--gpu", "M4 Max", "--workload", "image", "--model", "sdxl"]
    assert cli.main(mac) == 0
    out = capsys.readouterr().out
    assert ("  Range: estimated from other software: no card was measured making images "
            "with MPS.") in out
    assert cli.main(["estimate", "--gpu", "RTX 4090", "--workload", "llm", "--model",
                     "llama-3.1-8b"]) == 0
    assert "Range:" not in capsys.readouterr().out  # every group of it was measured


def test_estimate_rejects_a_bad_workload_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["estimate", "--gpu", "nvidia-rtx-4090", "--workload", "render",
                     "--frames", "-3", "--ref-seconds", "4", "--ref-gpu", "nvidia-rtx-4090"])
    err = capsys.readouterr().err
    assert code == 2 and "field 'frames'" in err and len(err.strip().splitlines()) == 1


# --- the user's own measurements (issue 15) ---------------------------------------------

SDXL_LOOP = {"task": "image", "model": "sdxl", "width": 1024, "height": 1024, "steps": 20,
             "batch": 1, "timing": "denoiser"}
MINE = """
[[measurement]]
gpu = "RTX 3060 12GB"
task = "image"
model = "sdxl"
steps = 20
timing = "denoiser"
value = 1.5
source = "ComfyUI progress bar: 20/20 [00:13<00:00,  1.50it/s]"
date = "2026-12-01"
"""


def test_a_setting_timed_both_ways_answers_each_timing_at_its_own_reading(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # ComfyUI prints a progress bar (the sampling loop) and "Prompt executed in" (the whole
    # job) for one setting; `measure parse` writes both. Each timing asked is answered at its
    # own reading: the average of both ratios had put both answers between the two.
    both = MINE + MINE.replace('timing = "denoiser"', 'timing = "job"').replace(
        "value = 1.5", "value = 1.1").replace("ComfyUI progress bar: 20/20 [00:13<00:00,  "
                                              "1.50it/s]", "ComfyUI 'Prompt executed in'")
    mine = tmp_path / "mine.toml"
    mine.write_text(both, encoding="utf-8")
    job = {k: v for k, v in SDXL_LOOP.items() if k != "timing"}
    queries = [dict(SDXL_LOOP, id="loop", gpu="RTX 3060 12GB"),
               dict(job, id="job", gpu="RTX 3060 12GB")]
    _, after = _predict(tmp_path, capsys, queries, "--measurements", str(mine))
    a = {x["id"]: x for x in after}
    assert a["loop"]["p50"] == pytest.approx(1.5, rel=1e-3)
    assert a["job"]["p50"] == pytest.approx(1.1, rel=1e-3)
    assert a["loop"]["basis"] == a["job"]["basis"] == "user-measured"


def test_measurements_move_the_measured_card_to_the_measurement_and_others_by_less(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from core.measure.adjust import TRANSFER

    queries = [dict(SDXL_LOOP, id="mine", gpu="RTX 3060 12GB"),
               dict(SDXL_LOOP, id="other", gpu="RTX 4090"),
               {"id": "sd15", "gpu": "RTX 3060 12GB", "task": "image", "model": "sd15",
                "width": 512, "height": 512, "steps": 20, "batch": 1},
               dict(DECODE, gpu="RTX 3060 12GB")]
    mine = tmp_path / "mine.toml"
    mine.write_text(MINE, encoding="utf-8")
    _, before = _predict(tmp_path, capsys, queries)
    _, after = _predict(tmp_path, capsys, queries, "--measurements", str(mine))
    b, a = {x["id"]: x for x in before}, {x["id"]: x for x in after}

    def spread(x: dict) -> float:
        return x["p90"] / x["p10"]

    ratio = 1.5 / b["mine"]["p50"]
    # the measured card and setting: the measured speed, a narrower range
    assert a["mine"]["p50"] == pytest.approx(1.5, rel=1e-3)
    assert a["mine"]["p10"] < 1.5 < a["mine"]["p90"]
    assert spread(a["mine"]) < spread(b["mine"])
    assert a["mine"]["basis"] == "user-measured"
    # another setting on that card: rescaled by the whole measured/typical ratio
    assert a["sd15"]["p50"] / b["sd15"]["p50"] == pytest.approx(ratio, rel=1e-3)
    assert a["sd15"]["basis"] == "user-adjusted"
    # another card: the same way, by less, with a wider range
    moved = a["other"]["p50"] / b["other"]["p50"]
    assert (moved - 1.0) * (ratio - 1.0) > 0  # the same direction
    assert abs(math.log(moved)) < abs(math.log(ratio))
    assert moved == pytest.approx(ratio ** TRANSFER, rel=1e-3)
    assert spread(a["other"]) > spread(b["other"])
    # LLM generation says nothing about image speed
    assert a["q1"] == b["q1"]


def test_a_bad_measurements_file_is_one_line_naming_table_and_key(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text(MINE + MINE.replace("value = 1.5", "value = -1"), encoding="utf-8")
    path = tmp_path / "q.json"
    path.write_text(json.dumps([DECODE]), encoding="utf-8")
    assert cli.main(["predict", str(path), "--measurements", str(mine)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert "mine.toml: entry 'measurement #2': key 'value': must be a positive number" in err


def _estimate_lines(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[float, float, str]:
    """(p50 s, p90/p10, printed text) of `rigsizer estimate` for one SDXL job."""
    import re

    code = cli.main(["estimate", "--workload", "image", "--model", "sdxl", *args])
    out = capsys.readouterr().out
    assert code == 0, out
    took = re.search(r"about ([\d.]+) s \(likely ([\d.]+) s to ([\d.]+) s", out)
    assert took, out
    p50, p10, p90 = (float(took.group(i)) for i in (1, 2, 3))
    return p50, p90 / p10, out


def test_estimate_applies_measurements_as_a_plan_does(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text(MINE, encoding="utf-8")
    here = ("--gpu", "RTX 3060 12GB")
    p50, width, plain = _estimate_lines(capsys, *here)
    m50, m_width, moved = _estimate_lines(capsys, *here, "--measurements", str(mine))
    assert "Measured:" not in plain
    # the measured card and model: at the measured speed (the ratio the line states), narrower
    import re

    stated = re.search(r"([\d.]+)× the typical figure", moved)
    assert stated, moved
    ratio = float(stated.group(1))
    assert p50 / m50 == pytest.approx(ratio, rel=0.02)
    assert m_width < width
    assert "Measured: Your measurement on the GeForce RTX 3060 12GB: 1.5 it/s" in moved
    # another card moves part of the way
    o50, _, _ = _estimate_lines(capsys, "--gpu", "RTX 4060")
    q50, _, other_moved = _estimate_lines(capsys, "--gpu", "RTX 4060", "--measurements",
                                          str(mine))
    assert 1.0 < o50 / q50 < ratio
    assert "part of the way" in other_moved


def test_estimate_takes_a_profiles_own_measurements(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shipped = Path(__file__).resolve().parents[2] / "assets" / "profiles" / "game_modder.toml"
    profile = tmp_path / "me.toml"  # a shipped profile with an SDXL workload, and MINE
    profile.write_text(shipped.read_text(encoding="utf-8") + MINE, encoding="utf-8")
    code = cli.main(["estimate", "--gpu", "RTX 3060 12GB", "--profile", str(profile)])
    out = capsys.readouterr().out
    assert code == 0 and "Measured: Your measurement on the GeForce RTX 3060 12GB" in out


def test_estimate_says_when_no_measurement_is_of_this_job(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text(MINE, encoding="utf-8")  # an SDXL measurement, and an LLM job estimated
    code = cli.main(["estimate", "--gpu", "RTX 3060 12GB", "--workload", "llm", "--model",
                     "llama-3-8b", "--prompt-tokens", "100", "--output-tokens", "100",
                     "--measurements", str(mine)])
    out = capsys.readouterr().out
    assert code == 0 and "Your 1 measurement is of other kinds of job" in out
    assert "Measured:" not in out


def test_estimate_names_an_unknown_measured_card(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text(MINE.replace("RTX 3060 12GB", "Voodoo 5 6000"), encoding="utf-8")
    code = cli.main(["estimate", "--gpu", "RTX 3060 12GB", "--workload", "image", "--model",
                     "sdxl", "--measurements", str(mine)])
    err = capsys.readouterr().err
    assert code == 2 and "mine.toml" in err and "'Voodoo 5 6000' is not in the catalog" in err


def test_estimate_names_the_kind_of_a_model_asked_for_the_wrong_job(
        capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["estimate", "--gpu", "RTX 4090", "--workload", "video", "--model", "SDXL"])
    err = capsys.readouterr().err
    assert code == 2
    assert ("no video model 'SDXL' in the catalog. Stable Diffusion XL 1.0 (sdxl) is an image "
            "model.") in err


@pytest.mark.parametrize(("args", "assumes"), [
    (("--model", "flux1-dev"), "8-bit (fp8) weights, the text encoder unloaded after encoding, "
                               "VAE decoded in one piece"),
    (("--model", "sdxl"), "16-bit (fp16/bf16) weights, everything kept in graphics memory, "
                          "VAE decoded in one piece"),
    (("--model", "sdxl", "--width", "4096", "--height", "4096"),
     "16-bit (fp16/bf16) weights, everything kept in graphics memory, VAE decoded in tiles"),
])
def test_estimate_says_the_precision_and_memory_mode_it_assumes(
        capsys: pytest.CaptureFixture[str], args: tuple[str, ...], assumes: str) -> None:
    # a 24 GB card: FLUX's 16-bit weights do not fit it, SDXL's do; a 4096² image does not
    # decode in one piece
    code = cli.main(["estimate", "--gpu", "RTX 4090", "--workload", "image", *args])
    assert code == 0
    assert f"  Assumes: {assumes}." in capsys.readouterr().out.splitlines()


@pytest.mark.parametrize(("model", "assumes"), [
    ("llama-3-8b", "llama.cpp with Q4_K_M weights (the model's usual GGUF quantization), all "
                   "weights in graphics memory"),
    ("gpt-oss-20b", "llama.cpp with MXFP4 weights (the model's usual GGUF quantization), all "
                    "weights in graphics memory"),
])
def test_estimate_names_the_weight_format_an_llm_is_assumed_in(
        capsys: pytest.CaptureFixture[str], model: str, assumes: str) -> None:
    """No --quant: the format the estimate used is said by name (the model's own where it
    ships in one), not 'the usual quantization'."""
    assert cli.main(["estimate", "--gpu", "RTX 4090", "--workload", "llm", "--model", model]) == 0
    assert f"  Assumes: {assumes}." in capsys.readouterr().out.splitlines()


def test_a_query_without_a_weight_format_is_answered_as_estimate_assumes_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # estimate and a plan run an LLM that names no weight format as Q4_K_M (the usual GGUF
    # download; ModelSpec.weight_format): predict had read it as F16, 54 t/s against 149
    base = {"gpu": "RTX 4090", "task": "llm", "model": "llama-3-8b", "test": "tg128"}
    _, answers = _predict(tmp_path, capsys, [dict(base, id="none"),
                                             dict(base, id="q4", quant="Q4_K_M"),
                                             dict(base, id="f16", quant="F16")])
    a = {x["id"]: x["p50"] for x in answers}
    assert a["none"] == a["q4"]
    assert a["none"] > 1.5 * a["f16"]
    # and a measured row of that format answers it as measured, as it answers the query that
    # names the format
    on_b70 = {"gpu": "Intel Arc Pro B70", "task": "llm", "model": "llama-3.1-8b",
              "test": "tg128"}
    _, answers = _predict(tmp_path, capsys, [dict(on_b70, id="none"),
                                             dict(on_b70, id="q4", quant="Q4_K_M")])
    assert answers[0]["basis"] == answers[1]["basis"] == "measured"
    assert answers[0]["p50"] == answers[1]["p50"]


def test_estimate_on_several_cards_says_memory_per_card_and_an_image_alone(
        capsys: pytest.CaptureFixture[str]) -> None:
    # Two cards do not pool memory for an image model (each holds its own copy) and do not
    # split one image: the memory line had said "7.8 GiB of 48 GiB" and only the job's share
    # of the two cards' time was given.
    code = cli.main(["estimate", "--gpu", "RTX 4090", "--n-gpus", "2", "--workload", "image",
                     "--model", "sdxl"])
    out = capsys.readouterr().out
    assert code == 0
    assert "each card's 24 GiB" in out and "48 GiB" not in out
    # one job waits one card's time (the 8-card figure had led the answer as "One job takes")
    assert cli.main(["estimate", "--gpu", "RTX 4090", "--workload", "image",
                     "--model", "sdxl"]) == 0
    alone = capsys.readouterr().out
    took = re.search(r"One job takes about .*?\)", alone)
    assert took is not None and took.group(0) in out
    assert "2 cards side by side finish a job every" in out
    # an LLM's layers are split, so its cards' memory adds up
    code = cli.main(["estimate", "--gpu", "RTX 4090", "--n-gpus", "2", "--workload", "llm",
                     "--model", "llama-3-8b"])
    assert code == 0 and "the 2 cards' 48 GiB" in capsys.readouterr().out


def test_estimate_says_the_memory_a_job_can_use_beside_the_cards(
        capsys: pytest.CaptureFixture[str]) -> None:
    # "needs about 21.6 GiB of 24 GiB — does not fit" read as a contradiction: a job may fill
    # 90 % of a desktop card, and the line says so
    assert cli.main(["estimate", "--gpu", "RTX 4090", "--workload", "llm", "--model",
                     "llama-3-70b"]) == 0
    out = capsys.readouterr().out
    assert "more than the 21.6 GiB a job can use of the card's 24 GiB" in out
    assert cli.main(["estimate", "--gpu", "RTX 4090", "--workload", "llm", "--model",
                     "llama-3-8b"]) == 0
    assert "of the 21.6 GiB a job can use of the card's 24 GiB — fits" in (
        capsys.readouterr().out)


def test_estimate_says_it_assumed_the_ram_an_offload_needs_unless_given(
        capsys: pytest.CaptureFixture[str]) -> None:
    job = ["estimate", "--gpu", "RTX 4090", "--workload", "llm", "--model", "llama-3-70b",
           "--quant", "F16"]
    assert cli.main(job) == 0
    assert "give --ram-gib" in capsys.readouterr().out
    cli.main([*job, "--ram-gib", "64"])  # 64 GiB cannot hold the rest: said so
    out = capsys.readouterr().out
    assert "give --ram-gib" not in out and "Cannot run" in out


@pytest.mark.parametrize("argv", [
    # a live avatar may name its face tracker (KINDS' model_kinds, not its form's fields)
    ["--workload", "realtime", "--model", "openseeface", "--fps", "30"],
    # a video job makes batch clips at once (the model reads it; the form has no field)
    ["--workload", "video", "--model", "wan2.1-t2v-1.3b", "--batch", "2"],
    ["--workload", "render", "--scene", "heavy", "--frames", "10"],
])
def test_estimate_takes_every_option_its_job_uses(capsys: pytest.CaptureFixture[str],
                                                  argv: list[str]) -> None:
    assert cli.main(["estimate", "--gpu", "RTX 4090", *argv]) == 0, capsys.readouterr().err


@pytest.mark.parametrize(("argv", "said"), [
    # a workload check's field is the option that sets it
    (["--workload", "render"], "--frames must be at least 1"),
    (["--workload", "cpu"], "--cpu-seconds must be > 0"),
    # and a field named inside the sentence
    (["--workload", "llm", "--model", "llama-3-8b", "--prompt-tokens", "0", "--output-tokens",
      "0"], "(or --prompt-tokens must be)"),
    (["--workload", "render", "--ref-seconds", "4", "--frames", "10"],
     "--ref-gpu is required with --ref-seconds"),
    (["--workload", "encode"], "or --fps must be set"),
    # an unknown weight format lists the known ones
    (["--workload", "llm", "--model", "llama-3-8b", "--quant", "Q9_K"], "(known: "),
    # an option the kind of job does not take is refused, not dropped without a word
    (["--workload", "image", "--model", "sdxl", "--quant", "Q4_K_M", "--fps", "30"],
     "--quant and --fps do not apply to an image job (it takes --model"),
])
def test_estimate_errors_name_the_options_given(capsys: pytest.CaptureFixture[str],
                                                argv: list[str], said: str) -> None:
    code = cli.main(["estimate", "--gpu", "RTX 4090", *argv])
    err = capsys.readouterr().err
    assert code == 2 and said in err, err
    assert "workload 'job'" not in err and len(err.strip().splitlines()) == 1


def test_estimate_says_the_image_setting_it_estimated(capsys: pytest.CaptureFixture[str]) -> None:
    # the header had said only "image job (sdxl)": the size, steps and batch it assumed were
    # the reader's guess (an LLM job says its tokens)
    assert cli.main(["estimate", "--gpu", "RTX 4090", "--workload", "image", "--model", "sdxl",
                     "--batch", "4", "--steps", "20"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == "image job (sdxl), 1024×1024, 20 steps, batch 4 on GeForce RTX 4090:"


def test_estimate_says_one_upscale_waits_one_cards_time_on_several(
        capsys: pytest.CaptureFixture[str]) -> None:
    job = ["estimate", "--gpu", "RTX 4090", "--workload", "upscale", "--model",
           "realesrgan-x4plus", "--width", "4096", "--height", "4096", "--frames", "1"]
    assert cli.main(job) == 0
    alone = re.search(r"One job takes about .*?\)", capsys.readouterr().out)
    assert cli.main([*job, "--n-gpus", "8"]) == 0
    out = capsys.readouterr().out
    assert alone is not None and alone.group(0) in out
    assert "8 cards side by side finish a job every" in out
    # a batch as large as the cards: each card takes one image, no second line to say
    assert cli.main(["estimate", "--gpu", "RTX 4090", "--n-gpus", "2", "--workload", "image",
                     "--model", "sdxl", "--batch", "4"]) == 0
    assert "side by side" not in capsys.readouterr().out


def test_estimate_on_a_server_host_takes_a_servers_per_step_floor(
        capsys: pytest.CaptureFixture[str]) -> None:
    def seconds(*more: str) -> float:
        assert cli.main(["estimate", "--gpu", "RTX 4090", "--workload", "image", "--model",
                         "sd15", "--width", "512", "--height", "512", *more]) == 0
        found = re.search(r"One job takes about ([0-9.]+) (ms|s)\b", capsys.readouterr().out)
        assert found is not None
        return float(found.group(1)) / (1000.0 if found.group(2) == "ms" else 1.0)

    desktop = seconds()
    # a rented pod's CPU launches SD 1.5's kernels at half a desktop's pace (the job's
    # model loading and VAE decode are not moved)
    assert seconds("--host", "server") > 1.2 * desktop
    assert seconds("--host", "desktop") == desktop


def test_estimate_says_when_it_times_a_job_on_a_server(
        capsys: pytest.CaptureFixture[str]) -> None:
    said = "run from a server's CPU"
    for gpu, more, expected in (("H100 SXM", [], True), ("RTX 4090", ["--host", "server"], True),
                                ("RTX 4090", [], False)):
        for job in (["image", "--model", "sdxl"], ["llm", "--model", "llama-3-8b"]):
            assert cli.main(["estimate", "--gpu", gpu, "--workload", *job, *more]) == 0
            assert (said in capsys.readouterr().out) is expected, (gpu, more, job)


def test_estimate_reads_a_weight_format_as_llama_cpps_tools_write_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    for written in ("Q4_K", "Q4_K - Medium", "q4_k_m"):
        assert cli.main(["estimate", "--gpu", "RTX 4090", "--workload", "llm", "--model",
                         "llama-3-8b", "--quant", written]) == 0
        assert "llama.cpp with Q4_K_M weights" in capsys.readouterr().out, written


def test_a_range_the_users_measurement_moved_no_longer_says_it_rests_on_other_cards(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = tmp_path / "mac.toml"
    mine.write_text(MINE.replace("RTX 3060 12GB", "Apple M4 Max (40-core GPU)"),
                    encoding="utf-8")
    job = ["estimate", "--workload", "image", "--model", "sdxl", "--gpu",
           "Apple M4 Max (40-core GPU)"]
    assert cli.main(job) == 0
    plain = capsys.readouterr().out
    assert cli.main([*job, "--measurements", str(mine)]) == 0
    moved = capsys.readouterr().out
    assert "Range: estimated from other software" in plain  # no Mac made images in the rows
    assert "Measured:" in moved and "Range:" not in moved
