"""Where GPU software runs, which sets the host-side costs the performance model fits: the
per-step floor of eager diffusion (the CPU launches every kernel) and an LLM token's host work.

A desktop PC (fast cores: the community rows of the UIs) or a server (a data-centre card's node,
a rented pod: the H200 rows, on a 16-core Xeon VM, take 0.8 ms per UNet block per step against
the desktops' 0.4 ms). The H200 rows ran diffusers and the desktops UIs, but both run the same
eager modules block by block; what differs 2x is the CPU that launches them. A leaf module:
measurement tables and estimates name hosts without loading the performance model.
"""

from __future__ import annotations

from core.schema import GpuSpec

HOSTS = ("desktop", "server")


def default_host(gpu: GpuSpec) -> str:
    """A data-centre card runs in a server; any other card in a desktop (unless rented: the
    planner times rented cards on a server)."""
    return "server" if gpu.form_factor == "datacenter" else "desktop"
