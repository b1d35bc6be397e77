"""Why a range is wide: an estimate that fell back from a calibration group no row measured
says which group, in `estimate`, in the perf matrix and in a plan's reasons; one whose own
group was measured says nothing."""

from __future__ import annotations

import dataclasses

import pytest

from core.catalogs.profiles import load_profiles
from core.hardware.machine import machine_from_gpu_ids
from core.perf.efficiency import shipped_efficiency
from core.perf.parts import query_parts
from core.perf.range_basis import joined, missing_level, range_note
from core.plan import recommend
from core.schema import Workload
from tests.shipped import catalogs, estimate, evaluate

DECODE = {"id": "q", "task": "llm", "model": "llama-3.1-8b", "quant": "Q4_K_M",
          "test": "tg128"}


def _note(gpu_id: str, query: dict) -> str:
    cats = catalogs()
    return range_note(query_parts(query, cats.gpus_by_id[gpu_id], cats), shipped_efficiency())


def test_a_card_whose_group_was_measured_says_nothing() -> None:
    # the RTX 4090 decoding Llama: CUDA, GeForce, Ada all have rows
    assert _note("nvidia-rtx-4090", DECODE) == ""


@pytest.mark.parametrize(("gpu", "query", "words"), [
    # no ROCm decode row of an RDNA 3.5 chip: the architecture is what is missing
    ("amd-radeon-8060s", DECODE, ("RDNA 3.5", "ROCm", "generating LLM tokens")),
    # no image row on a Mac at all: the software is what is missing
    ("apple-m4-max-40c", {"id": "q", "task": "image", "model": "sdxl"}, ("MPS",)),
    # the RTX 5090 has UNet rows but no diffusion-transformer ones
    ("nvidia-rtx-5090", {"id": "q", "task": "image", "model": "flux1-dev"},
     ("Blackwell 2.0", "diffusion transformers")),
    # a Radeon prompt in Q4_K_M: only Q4_0 prompts were measured on Radeon cards
    ("amd-rx-7900-xtx", {**DECODE, "test": "pp512"}, ("Radeon card", "Q4_K_M")),
])
def test_a_fallen_back_estimate_names_the_group_it_lacked(gpu: str, query: dict,
                                                           words: tuple[str, ...]) -> None:
    cats = catalogs()
    parts = query_parts(query, cats.gpus_by_id[gpu], cats)
    assert missing_level(parts, shipped_efficiency()) is not None
    note = range_note(parts, shipped_efficiency())
    assert note.startswith("estimated from")
    for w in words:
        assert w in note, note


def test_an_llm_jobs_two_notes_are_both_said_once() -> None:
    assert joined("", "b") == "b" and joined("a", "") == "a" and joined("a", "a") == "a"
    assert joined("a", "b") == "a; b"


def test_estimate_carries_the_note_and_a_wider_range_with_it() -> None:
    w = Workload(id="chat", kind="llm", label="chat", jobs_per_week=10.0,
                 model="gpt-oss-20b", prompt_tokens=0, output_tokens=500)
    cats = catalogs()
    measured = estimate(w, cats.gpus_by_id["amd-rx-7900-xtx"])
    fallen = estimate(w, cats.gpus_by_id["amd-radeon-8060s"])
    assert measured.range_note == ""
    assert "RDNA 3.5" in fallen.range_note
    # the note explains a range that is wider than the measured card's
    assert (fallen.seconds_p90 / fallen.seconds_p10
            > measured.seconds_p90 / measured.seconds_p10)


def test_a_plans_reason_says_where_a_jobs_range_rests_on_related_cards() -> None:
    w = Workload(id="chat", kind="llm", label="Script drafts", jobs_per_week=20.0,
                 model="llama-3.1-8b", quant="Q4_K_M", prompt_tokens=0, output_tokens=400)
    profile = dataclasses.replace(load_profiles()["vtuber"], workloads=(w,))
    result = recommend(profile, machine_from_gpu_ids(["amd-radeon-8060s"], ram_gib=64),
                       catalogs(), evaluate, samples=1000)
    keep = next(p for p in [*result.plans, *(r.plan for r in result.rejected)]
                if p.kind == "keep")
    assert keep.feasible and "RDNA 3.5" in keep.workloads[0].range_note
    assert "RDNA 3.5" in keep.reasons[0] and "RDNA 3.5" in keep.estimates[0].range_note
    # on a card measured with ROCm, no such clause
    result = recommend(profile, machine_from_gpu_ids(["amd-rx-7900-xtx"], ram_gib=64),
                       catalogs(), evaluate, samples=1000)
    keep = next(p for p in [*result.plans, *(r.plan for r in result.rejected)]
                if p.kind == "keep")
    assert keep.workloads[0].range_note == ""
    assert not any("estimated from" in r for r in keep.reasons)


def test_a_video_models_group_is_named_by_the_models_name() -> None:
    w = Workload(id="clip", kind="video", label="clip", jobs_per_week=1.0,
                 model="wan2.1-t2v-14b", width=832, height=480, frames=81, steps=50)
    e = estimate(w, catalogs().gpus_by_id["nvidia-rtx-4090"])
    assert e.range_note.endswith("making videos with Wan2.1 T2V 14B"), e.range_note


def test_a_render_on_a_card_open_data_measured_says_nothing() -> None:
    w = Workload(id="r", kind="render", label="r", jobs_per_week=1.0, frames=100)
    cats = catalogs()
    assert estimate(w, cats.gpus_by_id["nvidia-rtx-4090"]).range_note == ""
    laptop = estimate(w, cats.gpus_by_id["intel-arc-a770m"]).range_note
    assert "laptop Xe-HPG" in laptop and "Blender Cycles" in laptop


def test_an_architecture_measured_in_other_weight_formats_is_not_said_unmeasured() -> None:
    # the RTX 5090 and 5080 read Q4_0 prompts in the calibration rows; no Blackwell GeForce
    # read Q4_K_M ones: the sentence says which weights, not that Blackwell was never measured
    note = _note("nvidia-rtx-5070", {**DECODE, "test": "pp512"})
    assert "Blackwell 2.0" in note and "Q4_K_M weights and CUDA" in note, note


def test_an_llm_job_names_only_the_part_that_holds_its_time() -> None:
    # Radeon Q4_K_M prompts fell back (only Q4_0 prompts were measured on Radeon cards);
    # its decode did not
    xtx = catalogs().gpus_by_id["amd-rx-7900-xtx"]
    long_prompt = Workload(id="rag", kind="llm", label="rag", jobs_per_week=1.0,
                           model="llama-3.1-8b", quant="Q4_K_M", prompt_tokens=20000,
                           output_tokens=20)
    chat = dataclasses.replace(long_prompt, prompt_tokens=200, output_tokens=800)
    assert "Q4_K_M weights" in estimate(long_prompt, xtx).range_note
    assert estimate(chat, xtx).range_note == ""  # a 0.1 s prompt of a 7 s answer
