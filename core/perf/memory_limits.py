"""How much memory a job has: the share of a card it can fill, how far it may offload past
that, and what it then keeps in system RAM. Plain numbers of a card (core.perf.parts sizes jobs
with them; core.perf.memory_rule judges jobs by them)."""

from __future__ import annotations

from core.schema import GpuSpec

# The share of a card a job can fill: drivers, the desktop and the browser a UI runs in keep
# the rest (estimate: Windows' compositor holds 0.3-0.6 GB at 1080p-4K, a browser 0.2-0.5 GB).
# 0.90 rather than 0.95: with 0.95 SDXL fitted whole on 8 GB cards, where the UIs' rows run in
# their memory-saving mode (leave-one-GPU-out, images 23.7 -> 20.9 %, video 19.0 -> 16.2 %).
VRAM_HEADROOM = 0.9


def usable_bytes(gpu: GpuSpec) -> float:
    """The graphics memory a job can use on `gpu` (all of an Apple chip's GPU share)."""
    return gpu.usable_memory_bytes * (1.0 if gpu.vendor == "apple" else VRAM_HEADROOM)


# estimate: block-swap offloading (ComfyUI, diffusers) carries models up to about twice the VRAM
# at a usable speed; beyond that PCIe traffic and system RAM make it impractical
MAX_OFFLOAD_RATIO = 2.0
# estimate: the OS, the browser and the generation UI keep about a fifth of system RAM
HOST_RAM_SHARE = 0.8


def card_memory(gpu: GpuSpec, n_gpus: int) -> float:
    """Graphics memory of `n_gpus` × `gpu`, as the planner counts it."""
    return gpu.usable_memory_bytes * max(1, n_gpus)


def host_bytes(vram_required: float, gpu: GpuSpec, n_gpus: int) -> float:
    """What an offloading job keeps in system RAM: the part that does not fit on the card."""
    return max(0.0, vram_required - card_memory(gpu, n_gpus))


__all__ = ["HOST_RAM_SHARE", "MAX_OFFLOAD_RATIO", "VRAM_HEADROOM", "card_memory", "host_bytes",
           "usable_bytes"]
