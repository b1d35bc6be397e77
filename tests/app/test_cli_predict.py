"""`rigsizer predict` and `rigsizer estimate` as the user runs them."""

from __future__ import annotations

import json
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


def test_estimate_rejects_a_bad_workload_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["estimate", "--gpu", "nvidia-rtx-4090", "--workload", "render",
                     "--frames", "-3", "--ref-seconds", "4", "--ref-gpu", "nvidia-rtx-4090"])
    err = capsys.readouterr().err
    assert code == 2 and "field 'frames'" in err and len(err.strip().splitlines()) == 1
