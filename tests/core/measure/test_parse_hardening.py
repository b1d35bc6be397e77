"""Reading logs that hold what no run prints: zero times and rates, cached ComfyUI prompts, and
numbers that are not numbers. Each must leave out only its own line, say which line and why,
and never stop the rest of the log from being read."""

from __future__ import annotations

import json

import pytest

from core.measure.parse import Context, Reading, read_text
from tests.shipped import catalogs

CARD = "RTX 3060 12GB"
BAR = "100%|██████████| 20/20 [00:13<00:00,  1.48it/s]"


def read(text: str, **ctx: object) -> Reading:
    return read_text(text, Context(gpu=CARD, **ctx), catalogs())  # type: ignore[arg-type]


def job(reading: Reading) -> list[float]:
    return [m.value for m in reading.measurements if m.timing == "job"]


def loop(reading: Reading) -> list[float]:
    return [m.value for m in reading.measurements if m.timing == "denoiser"]


# --- 1. a zero time or rate never divides ---------------------------------------------------

def test_a_zero_job_time_after_a_bar_is_left_out_not_divided_by() -> None:
    r = read(f"got prompt\n{BAR}\ngot prompt\nPrompt executed in 0.00 seconds\n", model="sdxl")
    assert loop(r) == [1.48]
    assert job(r) == []
    (note,) = [u for u in r.unread if "Prompt executed" in u]
    assert note.startswith("line 4 ") and "cached" in note


def test_a_zero_job_time_with_steps_given_is_left_out() -> None:
    r = read("Prompt executed in 0.00 seconds\n", model="sdxl", steps=20)
    assert r.measurements == ()
    assert any(u.startswith("line 1 ") and "0 s is no run" in u for u in r.unread)


@pytest.mark.parametrize("rate", ["0.00s/it", "0.00it/s"])
def test_a_bar_at_a_zero_rate_is_left_out_with_its_line(rate: str) -> None:
    r = read(f"got prompt\n100%|██████████| 20/20 [00:00<00:00, {rate}]\n", model="sdxl")
    assert r.measurements == ()
    assert any(u.startswith("line 2 ") and f"a rate of {rate} is not a speed" in u
               for u in r.unread)


# --- 2. cached ComfyUI prompts give no job time ---------------------------------------------

CACHED = (f"got prompt\n{BAR}\nPrompt executed in 14.62 seconds\n"
          "got prompt\nPrompt executed in 0.00 seconds\n"
          "got prompt\nPrompt executed in 0.01 seconds\n")


def test_cached_prompts_are_left_out_of_the_job_time_and_named() -> None:
    r = read(CACHED, model="sdxl")
    assert job(r) == [pytest.approx(20 / 14.62, rel=1e-4)]  # not 20 / 0.01 = 2000 it/s
    assert loop(r) == [1.48]
    cached = [u for u in r.unread if "cached: no steps ran" in u]
    assert [u.split(" ")[1] for u in cached] == ["5", "7"]


def test_more_cached_prompts_than_runs_do_not_outvote_the_run() -> None:
    # a median would pick a cached 0.02 s here
    r = read(f"{BAR}\nPrompt executed in 14.62 seconds\nPrompt executed in 0.03 seconds\n"
             "Prompt executed in 0.02 seconds\nPrompt executed in 0.02 seconds\n", model="sdxl")
    assert job(r) == [pytest.approx(20 / 14.62, rel=1e-4)]


def test_only_cached_prompts_give_no_job_measurement() -> None:
    r = read(f"got prompt\nPrompt executed in 0.02 seconds\n{BAR}\n", model="sdxl")
    assert job(r) == []
    assert loop(r) == [1.48]
    assert any(u.startswith("line 2 ") and "cached: no steps ran" in u for u in r.unread)


def test_a_time_shorter_than_its_own_bar_is_left_out() -> None:
    # 20 steps at 1.48 it/s take 13.5 s: a job of 2 s cannot have run them
    r = read(f"{BAR}\nPrompt executed in 2.00 seconds\n", model="sdxl")
    assert job(r) == []
    assert any(u.startswith("line 2 ") and "13.5 s" in u for u in r.unread)


def test_an_interrupted_prompt_is_left_out() -> None:
    partial = "  50%|█████     | 10/20 [00:06<00:06,  1.48it/s]"
    r = read(f"{BAR}\nPrompt executed in 14.62 seconds\n{partial}\n"
             "Prompt executed in 7.10 seconds\n", model="sdxl")
    assert job(r) == [pytest.approx(20 / 14.62, rel=1e-4)]
    assert any(u.startswith("line 4 ") and "interrupted" in u for u in r.unread)


def test_prompts_queued_while_another_runs_keep_their_times() -> None:
    # 'got prompt' is printed on queueing: three prompts queued at once, then run in turn
    text = "got prompt\ngot prompt\ngot prompt\n" + "".join(
        f"{BAR}\nPrompt executed in {t} seconds\n" for t in ("24.71", "14.62", "14.55"))
    r = read(text, model="sdxl")
    assert job(r) == [pytest.approx(20 / 14.62, rel=1e-4)]
    assert r.unread == ()


def test_job_times_without_any_bar_are_read_with_the_steps_given() -> None:
    r = read("Prompt executed in 14.62 seconds\n", model="sdxl", steps=20)
    assert job(r) == [pytest.approx(20 / 14.62, rel=1e-4)]


# --- 3. a number that is not one leaves out its line only -----------------------------------

BENCH_HEAD = ("| model | size | params | backend | ngl | test | t/s |\n"
              "| --- | --: | --: | --- | --: | --: | --: |\n")
BENCH_ROW = "| llama 8B Q4_K - Medium | 4.58 GiB | 8.03 B | CUDA | 99 | {test} | {rate} ± 0.1 |\n"
TIMING = ("llama_perf_context_print:        eval time =    4489.27 ms /   255 runs   "
          "(   17.60 ms per token,    {rate} tokens per second)\n")


@pytest.mark.parametrize(("text", "ctx", "line", "wrong", "kept"), [
    (f"100%|██████████| 20/20 [00:00<00:00, 1.2.3it/s]\n{BAR}\n", {"model": "sdxl"}, 1,
     "rate '1.2.3' is not a number", 1.48),
    (f"100%|██████████| 20/20 [00:00<00:00, .it/s]\n{BAR}\n", {"model": "sdxl"}, 1,
     "rate '.' is not a number", 1.48),
    (f"{BAR}\nPrompt executed in . seconds\n{BAR}\nPrompt executed in 14.62 seconds\n",
     {"model": "sdxl"}, 2, "time '.' is not a number", 20 / 14.62),
    ("eval count: 5\neval rate: 1.2.3 tokens/s\ntotal duration: 3s\neval count: 300\n"
     "eval rate: 45.3 tokens/s\n", {"model": "llama-3-8b"}, 2,
     "eval rate '1.2.3' is not a number", 45.3),
    (TIMING.format(rate="1.2.3") + TIMING.format(rate="56.80"), {"model": "llama-3-8b"}, 1,
     "tokens per second '1.2.3' is not a number", 56.8),
    (BENCH_HEAD + BENCH_ROW.format(test="tg128", rate="1.2.3")
     + BENCH_ROW.format(test="pp512", rate="900.5"), {}, 3, "t/s '1.2.3' is not a number", 900.5),
    (BENCH_HEAD + BENCH_ROW.format(test="tg128", rate="nan")
     + BENCH_ROW.format(test="pp512", rate="900.5"), {}, 3, "is not a speed", 900.5),
    ("Fra:1 Mem:1M | Time:00:1.2.3 | Finished\nFra:2 Mem:1M | Time:00:02.00 | Finished\n", {},
     1, "time '00:1.2.3' is not a clock time", 2.0),
    ("Fra:1 Mem:1M | Time:: | Finished\nFra:2 Mem:1M | Time:00:02.00 | Finished\n", {},
     1, "is not a clock time", 2.0),
    (f"100%|█| {'2' * 5000}/{'2' * 5000} [00:13<00:00, 1.5it/s]\n{BAR}\n", {"model": "sdxl"},
     1, "is not a usable whole number", 1.48),
], ids=["bar-rate-1.2.3", "bar-rate-dot", "executed-dot", "ollama-eval-rate", "llama-cpp-timing",
        "llama-bench-1.2.3", "llama-bench-nan", "blender-time-1.2.3", "blender-time-colons",
        "bar-of-5000-digits"])
def test_a_malformed_number_leaves_out_its_line_and_names_it(
        text: str, ctx: dict[str, str], line: int, wrong: str, kept: float) -> None:
    r = read(text, **ctx)
    assert any(u.startswith(f"line {line} ") and wrong in u for u in r.unread), r.unread
    assert kept in [pytest.approx(m.value, rel=1e-4) for m in r.measurements]


def test_the_line_number_is_the_files_even_after_a_bar_rewritten_in_place() -> None:
    # a terminal's progress bar rewrites one line with carriage returns: still line 2
    text = ("got prompt\n  0%|          | 0/20 [00:00<?, ?it/s]\r"
            "100%|██████████| 20/20 [00:00<00:00, 1.2.3it/s]\nPrompt executed in . seconds\n")
    r = read(text, model="sdxl")
    assert any(u.startswith("line 2 ") and "1.2.3" in u for u in r.unread)
    assert any(u.startswith("line 3 ") and "'.'" in u for u in r.unread)


@pytest.mark.parametrize("doc", [
    [{"avg_ts": 5, "n_prompt": 0, "n_gen": 1e400}],  # n_gen is an infinity: int() overflows
    [{"avg_ts": 10**400, "n_prompt": 0, "n_gen": 128}],  # float() overflows
    [{"scene": {"label": "monster"}, "stats": {"samples_per_minute": 10**400},
      "device_info": {"device_type": "OPTIX", "compute_devices": [{"name": "x"}]},
      "blender_version": {"version": "4.2"}}],
])
def test_json_records_with_numbers_beyond_a_float_are_not_read(doc: object) -> None:
    r = read(json.dumps(doc), model="llama-3-8b")
    assert r.measurements == ()
    assert any("record without" in u for u in r.unread)


def test_a_csv_field_over_the_csv_limit_is_not_taken_for_llama_bench() -> None:
    r = read('build_commit,avg_ts\n"' + "x" * 200_000 + '",5\n')
    assert r.measurements == ()
    assert any("no measurement recognised" in u for u in r.unread)


def test_what_is_quoted_from_a_huge_paste_is_cut_short() -> None:
    """A sampler label, a llama-bench test name or a model name of 100,000 characters is quoted
    cut short in the sentence about it."""
    from core.measure.parse import Context, read_text
    from tests.shipped import catalogs

    huge = "x" * 100_000
    texts = [huge + " 100%|#####| 20/20 [00:13<00:00,  1.50it/s]",
             "| model | size | params | backend | ngl | test | t/s |\n"
             "| --- | --- | --- | --- | --- | --- | --- |\n"
             f"| llama 8B Q4_K_M | 4.58 GiB | 8.03 B | CUDA | 99 | {huge} | 100.0 ± 1.0 |"]
    for text in texts:
        reading = read_text(text, Context(gpu="RTX 4090"), catalogs())
        assert reading.unread and all(len(u) < 400 for u in reading.unread), [
            u[:120] for u in reading.unread]


def test_a_model_chosen_beside_the_text_does_not_become_a_render_s_model() -> None:
    # The window's model box (the command line's --model) names the model of an LLM, image or
    # video reading; a Blender render time pasted with Llama 3 8B chosen had been stored as a
    # render of Llama 3 8B (and listed so under My measurements).
    blender = ("Fra:1 Mem:1024.00M (Peak 2048.00M) | Time:00:12.50 | Mem:512.00M, "
               "Peak:1024.00M | Scene, ViewLayer | Finished\n")
    reading = read(blender, model="llama-3-8b")
    assert [m.task for m in reading.measurements] == ["render"]
    assert reading.measurements[0].model is None
