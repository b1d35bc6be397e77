"""Reading measurements from what tools print, on samples in each tool's own output format
(tests/fixtures/measure/). Expected values are the numbers printed in those samples."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.measure.parse import Context, read_text
from tests.shipped import catalogs

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "measure"
CARD = "RTX 3060 12GB"


def read(name: str, **ctx: object) -> object:
    text = (FIXTURES / name).read_bytes().decode("utf-8")
    return read_text(text, Context(date="2026-12-04", **ctx), catalogs())  # type: ignore[arg-type]


def by_test(reading: object) -> dict[str, object]:
    return {m.test: m for m in reading.measurements}  # type: ignore[attr-defined]


def test_llama_bench_markdown_table_gives_pp_and_tg_and_says_the_depth_row_is_not_used() -> None:
    r = read("llama_bench.md", gpu=CARD)
    got = by_test(r)
    assert set(got) == {"pp512", "tg128"}
    assert got["pp512"].value == pytest.approx(2218.43)  # "2218.43 ± 10.05"
    assert got["tg128"].value == pytest.approx(78.31)
    tg = got["tg128"]
    assert (tg.task, tg.model, tg.quant, tg.backend, tg.gpu) == (
        "llm", "llama-2-7b", "Q4_0", "CUDA", CARD)
    assert any("pp512 @ d4096" in u for u in r.unread)
    assert any("llama 7B Q4_0" in n for n in r.notes)  # the model was a guess, and it says so


def test_llama_bench_table_without_gpu_option_reads_the_device_line_and_says_it_is_ambiguous(
        ) -> None:
    # "Device 0: NVIDIA GeForce RTX 3060" names a family with a 8 GB and a 12 GB card
    r = read("llama_bench.md")
    assert r.measurements == ()
    assert any("ambiguous" in u and "--gpu" in u for u in r.unread)


def test_llama_bench_csv_reads_quant_model_and_gpu_from_its_columns() -> None:
    r = read("llama_bench.csv")
    got = by_test(r)
    assert got["pp512"].value == pytest.approx(3154.42, rel=1e-5)
    assert got["tg128"].value == pytest.approx(74.870140, rel=1e-5)
    assert got["tg128"].gpu == "NVIDIA GeForce RTX 4070"
    assert (got["tg128"].model, got["tg128"].quant) == ("llama-3-8b", "Q4_K_M")


def test_llama_bench_json_records() -> None:
    r = read("llama_bench.json", gpu="Apple M2 Max (38-core GPU)")
    got = by_test(r)
    assert got["pp512"].value == pytest.approx(725.921355, rel=1e-5)
    assert got["tg128"].value == pytest.approx(54.991231, rel=1e-5)
    assert got["tg128"].model == "llama-2-7b" and got["tg128"].quant == "Q8_0"
    assert got["tg128"].backend == "Metal"


def test_llama_bench_jsonl_is_read_like_json() -> None:
    import json

    records = json.loads((FIXTURES / "llama_bench.json").read_text())
    text = "\n".join(json.dumps(r) for r in records)
    r = read_text(text, Context(gpu="Apple M2 Max (38-core GPU)"), catalogs())
    assert {m.test for m in r.measurements} == {"pp512", "tg128"}


def test_ollama_verbose_eval_rates_and_a_too_short_prompt() -> None:
    r = read("ollama_verbose.txt", gpu=CARD)
    got = by_test(r)
    assert got["tg312"].value == pytest.approx(77.25)
    assert got["pp83"].value == pytest.approx(1355.74)
    assert got["tg19"].value == pytest.approx(75.43)
    assert got["tg312"].model == "llama-3.1-8b"  # from "ollama run llama3.1:8b"
    assert got["tg312"].quant == "Q4_K_M"
    assert any("14 tokens" in u for u in r.unread)


def test_llama_cpp_perf_context_lines_with_model_file_and_device() -> None:
    r = read("llama_cli_timings.txt", gpu=CARD)
    got = by_test(r)
    assert got["pp356"].value == pytest.approx(1176.98)
    assert got["tg255"].value == pytest.approx(56.8)
    assert (got["tg255"].model, got["tg255"].quant) == ("llama-3-8b", "Q4_K_M")


def test_old_llama_print_timings_need_the_model_and_say_so() -> None:
    r = read("llama_print_timings_old.txt", gpu=CARD)
    assert r.measurements == ()
    assert any("--model" in u for u in r.unread)
    r = read("llama_print_timings_old.txt", gpu=CARD, model="llama-2-7b")
    (m,) = r.measurements
    assert (m.test, m.value, m.quant) == ("tg127", pytest.approx(85.1), "Q4_0")


def test_comfyui_log_progress_bars_and_prompt_executed() -> None:
    r = read("comfyui_sdxl.log", gpu=CARD)
    loop = next(m for m in r.measurements if m.timing == "denoiser")
    job = next(m for m in r.measurements if m.timing == "job")
    # three finished bars at 1.48, 1.50 and 1.51 it/s; their median
    assert loop.value == pytest.approx(1.50)
    assert (loop.model, loop.steps, loop.task) == ("sdxl", 20, "image")
    # three prompts in 24.71, 14.62 and 14.55 s: the median, 20 steps each
    assert job.value == pytest.approx(20 / 14.62, rel=1e-3)
    assert "ComfyUI" in loop.source


def test_a_single_pasted_progress_line() -> None:
    line = "100%|██████████████████████████| 20/20 [00:13<00:00,  1.50it/s]"
    r = read_text(line, Context(gpu=CARD, model="sdxl"), catalogs())
    (m,) = r.measurements
    assert (m.value, m.steps, m.timing, m.model) == (1.5, 20, "denoiser", "sdxl")


def test_a1111_seconds_per_iteration_bar_and_batch() -> None:
    r = read("a1111_sdxl_slow.log", gpu=CARD)
    (m,) = r.measurements
    assert m.value == pytest.approx(1 / 1.98, rel=1e-3)  # "1.98s/it"
    assert (m.model, m.steps) == ("sdxl", 30)  # from sd_xl_base_1.0.safetensors
    # A1111 counts a step of the whole batch as one iteration: image-steps are rate x batch
    r = read("a1111_sdxl_slow.log", gpu=CARD, batch=4)
    (m,) = r.measurements
    assert m.value == pytest.approx(4 / 1.98, rel=1e-3)
    assert m.batch == 4


def test_forge_log_reads_gpu_and_model_and_skips_the_loading_bar() -> None:
    r = read("forge_flux.log")
    (m,) = r.measurements
    assert m.gpu == "NVIDIA GeForce RTX 4090"
    assert (m.model, m.value, m.steps) == ("flux1-dev", pytest.approx(2.01), 20)
    assert any("Loading checkpoint shards" in u for u in r.unread)


def test_blender_render_log_frames_minus_saving() -> None:
    r = read("blender_render.log", gpu=CARD)
    (m,) = r.measurements
    assert m.task == "render" and m.metric == "seconds"
    assert m.value == pytest.approx(41.23)  # median of 41.23, 40.87 and 42.05 s of rendering
    assert m.blender_version == "4.2.3"


def test_blender_benchmark_json_sums_the_three_scenes() -> None:
    r = read("blender_benchmark.json", gpu=CARD)
    (m,) = r.measurements
    assert m.task == "cycles"
    assert m.value == pytest.approx(1620.41 + 853.67 + 812.26, rel=1e-3)
    assert (m.backend, m.blender_version) == ("OPTIX", "4.2.0")


def test_blender_benchmark_with_a_missing_scene_says_which() -> None:
    import json

    records = json.loads((FIXTURES / "blender_benchmark.json").read_text())[:2]
    r = read_text(json.dumps(records), Context(gpu=CARD), catalogs())
    assert r.measurements == ()
    assert any("classroom missing" in u for u in r.unread)


def test_text_without_measurements_says_what_is_read() -> None:
    r = read_text("hello world\n", Context(gpu=CARD), catalogs())
    assert r.measurements == ()
    assert "llama-bench" in r.unread[0] and "ComfyUI" in r.unread[0]


def test_unknown_model_option_is_reported_not_raised() -> None:
    line = "100%|████| 20/20 [00:13<00:00,  1.50it/s]"
    r = read_text(line, Context(gpu=CARD, model="no-such-model"), catalogs())
    assert r.measurements == ()
    assert any("no-such-model" in u for u in r.unread)


def test_a_single_pasted_ollama_eval_rate_line_is_a_tg128() -> None:
    r = read_text("eval rate:            45.3 tokens/s\n",
                  Context(gpu=CARD, model="llama-3-8b"), catalogs())
    (m,) = r.measurements
    assert (m.test, m.value, m.quant) == ("tg128", 45.3, "Q4_K_M")
    assert any("tg128" in n for n in r.notes)
    r = read_text("prompt eval rate:     242.50 tokens/s\n",
                  Context(gpu=CARD, model="llama-3-8b"), catalogs())
    assert r.measurements == ()
    assert any("prompt eval count" in u for u in r.unread)
