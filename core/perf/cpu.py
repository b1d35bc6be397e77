"""CPU-only work (simulation bakes) and the LLM-on-CPU fallback.

A `cpu` workload states its time on the user's own CPU (`cpu_seconds`); no GPU changes it.
LLM decode on a CPU is memory-bound like on a GPU, at system RAM bandwidth.
"""

from __future__ import annotations

from core.perf import llm
from core.perf.parts import HOST_RAM_BPS
from core.schema import Workload
from core.schema.model import ModelSpec

CPU_SIGMA = 0.1  # the user's own timing, repeated: run-to-run noise only (estimate)
CPU_EFFICIENCY = 0.6  # share of RAM bandwidth llama.cpp reaches on CPUs (estimate)
CPU_PP_FLOPS = 1.0e12  # estimate: a desktop 8-16 core CPU's usable FP32 GEMM rate with AVX2


def cpu_job_seconds(w: Workload) -> float:
    return w.cpu_seconds


def llm_on_cpu_seconds(model: ModelSpec, bits: float, prompt_tokens: int, output_tokens: int,
                       host_bps: float = HOST_RAM_BPS) -> float:
    """One LLM job entirely on the CPU: prefill at CPU FLOPs, decode at RAM bandwidth."""
    ctx = float(prompt_tokens + output_tokens)
    read = llm.read_bytes_per_token(model, bits, ctx / 2.0)
    pp = prompt_tokens * llm.flops_per_prompt_token(model, float(prompt_tokens)) / CPU_PP_FLOPS
    return pp + output_tokens * read / (host_bps * CPU_EFFICIENCY)
