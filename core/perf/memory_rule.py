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

from core.perf import notes as say
from core.perf.job import JobParts
from core.perf.memory_limits import (
    HOST_RAM_SHARE,
    MAX_OFFLOAD_RATIO,
    VRAM_HEADROOM,
    card_memory,
    host_bytes,
    usable_bytes,
)
from core.schema import GpuSpec
from core.schema.message import Bytes, Message

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


__all__ = ["HOST_RAM_SHARE", "MAX_OFFLOAD_RATIO", "RATIO_KINDS", "VRAM_HEADROOM", "apply",
           "card_memory", "host_bytes", "usable_bytes"]
