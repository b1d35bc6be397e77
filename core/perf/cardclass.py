"""Card classes the fit keeps apart, and the matrix rate diffusion software reaches on a card.

Software reaches different shares of a spec sheet on a GeForce card, its workstation twin, an
HBM data-centre card, a Mac, a Radeon or an Arc. The fit gives each class its own level
(core.perf.fit.LEVELS), so that a data-centre card is not predicted from GeForce cards of its
architecture alone, and a family left out entirely falls back to what its class shares.
"""

from __future__ import annotations

import re

from core.schema import GpuSpec
from core.schema.assumption import Assumption

INTEL_LLAMA_CPP_FP16_PER_FP32 = Assumption(
    "llama.cpp prompt matmul rate on Intel Arc per FP32 rate", 2.0, "x FP32",
    "Intel Xe/Xe2: FP16 vector rate = 2x FP32; llama.cpp's SYCL/Vulkan prompt processing on "
    "Arc reaches about that, far below XMX (Arc Pro B70 and B580 llama-bench rows)")
CLASSES = ("consumer", "workstation", "datacenter", "apple", "amd", "intel")

# Dies on GDDR memory: NVIDIA's workstation cards and its GDDR data-centre cards (T4, A10, A40,
# L4, L40S, RTX PRO 6000 Server) are these dies, run like their GeForce twins.
_GDDR_DIE = re.compile(r"\((?:TU|GA10[2-7]|AD|GB20)", re.IGNORECASE)

GEFORCE_TENSOR_PER_FP32 = Assumption(
    "FP16 matrix rate with FP32 accumulate per FP32 rate, GeForce Ampere/Ada/Blackwell", 2.0,
    "x FP32",
    "NVIDIA Ampere GA102, Ada and Blackwell RTX whitepapers: GeForce cards run FP16 tensor "
    "math with FP32 accumulate at half the FP16-accumulate rate (RTX 4090: 165 of 330 TFLOPS, "
    "82.6 TFLOPS FP32); the pro twins of the same die are listed at the full rate")
TURING_TENSOR_PER_FP32 = Assumption(
    "FP16 matrix rate with FP32 accumulate per FP32 rate, GeForce Turing", 4.0, "x FP32",
    "NVIDIA Turing whitepaper: RTX 2080 Ti 53.8 TFLOPS FP16 tensor with FP32 accumulate, "
    "13.4 TFLOPS FP32")


def card_class(gpu: GpuSpec) -> str:
    """consumer | workstation | datacenter | apple | amd | intel."""
    if gpu.vendor == "apple":
        return "apple"
    if gpu.form_factor == "datacenter" and not _GDDR_DIE.search(gpu.architecture):
        return "datacenter"  # HBM: A100, H100/H200, B200, V100, MI100-MI300
    if gpu.vendor == "amd":
        return "amd"
    if gpu.vendor == "intel":
        return "intel"
    if gpu.form_factor in ("workstation", "datacenter"):
        return "workstation"
    return "consumer"


def dies(gpu: GpuSpec) -> int:
    """GPU dies that share one memory pool: 2 for Apple's Ultra chips (two Max dies joined by
    UltraFusion), else 1."""
    return 2 if gpu.vendor == "apple" and "Ultra" in gpu.name else 1


def family(gpu: GpuSpec) -> str:
    """'Ada Lovelace (AD104)' -> 'Ada Lovelace': dies of one family share an efficiency."""
    return gpu.architecture.split(" (")[0].strip()


def diffusion_flops(gpu: GpuSpec) -> float:
    """The 16-bit matrix rate diffusion runs at: the FP16 tensor figure, except that an NVIDIA
    workstation or GDDR data-centre card counts at its GeForce twin's FP32-accumulate rate.

    Published Stable Diffusion and FLUX runs put RTX 6000 Ada vs RTX 4090, A6000 vs 3090 and
    L40S vs 4090 within about 10 % of each other (issue #12), not the 2x their full-rate
    FP32-accumulate figures say: eager PyTorch diffusion is bound by the same SMs, clocks and
    memory as the GeForce card, not by the accumulate rate.
    """
    peak = max(gpu.fp16_tensor_flops, gpu.fp32_flops)
    if gpu.vendor != "nvidia" or card_class(gpu) != "workstation":
        return peak
    ratio = (TURING_TENSOR_PER_FP32 if family(gpu) == "Turing"
             else GEFORCE_TENSOR_PER_FP32).value
    return min(peak, max(gpu.fp32_flops * ratio, gpu.fp32_flops))


def llm_prompt_flops(gpu: GpuSpec) -> float:
    """The matrix rate llama.cpp's prompt processing runs at: a card listed at its half-rate
    FP32-accumulate figure (every GeForce card; the L40 and L20 among the GDDR data-centre
    cards) counts at its FP16-accumulate rate, twice that (llama.cpp's cuBLAS and MMQ paths do
    not need FP32 accumulation), so it and a pro twin listed at the full rate count alike."""
    peak = max(gpu.fp16_tensor_flops, gpu.fp32_flops)
    if gpu.vendor == "intel":
        # llama.cpp's SYCL and Vulkan backends run prompt matmuls at about the FP16 vector
        # rate (2x FP32), not the XMX figure: Arc Pro B70 Llama 3.1 8B Q4_K_M pp512 = 2452 t/s
        # (benchmarks_2026.csv) is ~39 TFLOPS of its 183 XMX / 46 FP16-vector TFLOPS
        return INTEL_LLAMA_CPP_FP16_PER_FP32.value * gpu.fp32_flops
    if (gpu.vendor == "nvidia" and card_class(gpu) in ("consumer", "workstation")
            and family(gpu) in ("Turing", "Ampere", "Ada Lovelace", "Blackwell 2.0")
            and gpu.fp16_tensor_flops > 0):
        ratio = (TURING_TENSOR_PER_FP32 if family(gpu) == "Turing"
                 else GEFORCE_TENSOR_PER_FP32).value
        if gpu.fp16_tensor_flops <= gpu.fp32_flops * ratio * 1.05:
            return max(2.0 * gpu.fp16_tensor_flops, gpu.fp32_flops)
    return peak
