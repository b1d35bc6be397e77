"""One rule for what runs when a job does not fit in graphics memory, used by `estimate`,
`predict`-free planning and `plan` alike (core.perf.evaluate applies it to every job).

A job that does not fit offloads: weights wait in system RAM and stream over PCIe. It runs only
when (1) a diffusion job (image, video) needs at most MAX_OFFLOAD_RATIO × the card's memory
(block swapping beyond that moves the weights over PCIe so often that it is impractically slow;
an LLM instead runs its offloaded layers from system RAM at RAM speed, which its time already
says) and (2) what it keeps outside the card fits in the share of system RAM the OS and the
apps leave free (HOST_RAM_SHARE), where the RAM is known (detected or entered).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from core.perf import notes as say
from core.schema import GpuSpec
from core.schema.message import Bytes, Message

if TYPE_CHECKING:  # a type only: core.perf.parts reads HOST_RAM_SHARE, and job imports parts
    from core.perf.job import JobParts

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


RATIO_KINDS = ("image", "video")  # the jobs that offload by block swapping


def apply(job: JobParts, kind: str, gpu: GpuSpec, n_gpus: int,
          host_ram_bytes: float | None) -> JobParts:
    """`job` (a workload of `kind`) as it runs on this machine: not runnable when it offloads
    past either limit."""
    if not job.runnable or not job.offload or gpu.vendor == "apple":
        return job
    memory = card_memory(gpu, n_gpus)
    if kind in RATIO_KINDS and job.vram_required > MAX_OFFLOAD_RATIO * memory:
        return replace(job, runnable=False, fits=False, offload=True, note=Message(
            say.NOTE_OFFLOAD_TOO_FAR, needs=Bytes(job.vram_required), ratio=MAX_OFFLOAD_RATIO,
            has=Bytes(memory)))
    if host_ram_bytes is not None and host_ram_bytes > 0:
        outside = host_bytes(job.vram_required, gpu, n_gpus)
        if outside > HOST_RAM_SHARE * host_ram_bytes:
            return replace(job, runnable=False, fits=False, offload=True, note=Message(
                say.NOTE_RAM_TOO_SMALL, outside=Bytes(outside), ram=Bytes(host_ram_bytes),
                share=round(100 * HOST_RAM_SHARE)))
    return job


__all__ = ["HOST_RAM_SHARE", "MAX_OFFLOAD_RATIO", "RATIO_KINDS", "apply", "card_memory",
           "host_bytes"]
