"""Which matrix rate each card's software runs at (core.perf.cardclass)."""

from __future__ import annotations

import pytest

from core.catalogs.gpus import get_gpu
from core.perf.cardclass import card_class, diffusion_flops, llm_prompt_flops


def _gpu(gpu_id: str):  # type: ignore[no-untyped-def]
    gpu = get_gpu(gpu_id)
    assert gpu is not None, gpu_id
    return gpu


def test_cards_of_one_die_count_alike_for_llama_cpp_prompts_however_they_are_listed() -> None:
    # AD102: the RTX 4090 and the L40 are listed at their half-rate FP32-accumulate figure, the
    # RTX 6000 Ada at the full rate; llama.cpp accumulates in FP16, where all three run at
    # full rate (the L40 was predicted 40 % slow on its listed figure)
    rtx4090, l40, rtx6000 = (_gpu(i) for i in ("nvidia-rtx-4090", "nvidia-l40",
                                                 "nvidia-rtx-6000-ada"))
    assert l40.fp16_tensor_flops == pytest.approx(2.0 * l40.fp32_flops, rel=0.01)
    for g in (rtx4090, l40):
        assert llm_prompt_flops(g) == pytest.approx(2.0 * g.fp16_tensor_flops)
    assert llm_prompt_flops(rtx6000) == pytest.approx(rtx6000.fp16_tensor_flops)
    per_sm_clock = [llm_prompt_flops(g) / g.fp32_flops for g in (rtx4090, l40, rtx6000)]
    assert max(per_sm_clock) == pytest.approx(min(per_sm_clock), rel=0.01)


def test_a_full_rate_listing_is_not_doubled() -> None:
    a40 = _gpu("nvidia-a40")  # GA102 at 149.7 TFLOPS FP32-accumulate: the full rate
    assert card_class(a40) == "workstation"
    assert llm_prompt_flops(a40) == pytest.approx(a40.fp16_tensor_flops)
    # diffusion keeps every GDDR pro card at its GeForce twin's FP32-accumulate rate
    assert diffusion_flops(a40) == pytest.approx(2.0 * a40.fp32_flops)
