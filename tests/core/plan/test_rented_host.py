"""A rented card runs on a server: eager diffusion's per-step floor is its host CPU's, and a
pod's CPU launches kernels more slowly than a desktop's (the H200 rows, on a Xeon VM)."""

from __future__ import annotations

import dataclasses

from core.catalogs.profiles import load_profiles
from core.hardware.machine import machine_from_gpu_ids
from core.plan import recommend
from core.schema import Workload
from tests.shipped import catalogs, evaluate


def test_a_rented_4090_takes_a_servers_floor_and_the_owned_one_a_desktops() -> None:
    # SD 1.5 at 512²: a step on an RTX 4090 is bound by the kernel launches, not its FLOPs
    w = Workload(id="sd15", kind="image", label="SD 1.5 thumbnails", jobs_per_week=200.0,
                 model="sd15", width=512, height=512, steps=30, batch=1)
    profile = dataclasses.replace(load_profiles()["vtuber"], workloads=(w,))
    result = recommend(profile, machine_from_gpu_ids(["nvidia-rtx-4090"], ram_gib=64),
                       catalogs(), evaluate, samples=1000)
    plans = [*result.plans, *(r.plan for r in result.rejected)]
    keep = next(p for p in plans if p.kind == "keep")
    rented = [p for p in plans if p.kind == "rent" and p.gpu_id == "nvidia-rtx-4090"
              and p.n_gpus == 1]
    assert rented, "no plan rents a single RTX 4090"
    own = keep.workloads[0].seconds_p50
    for p in rented:
        assert p.workloads[0].seconds_p50 > 1.3 * own, p.label


def test_a_rented_cards_tokens_wait_on_a_servers_cpu() -> None:
    w = Workload(id="chat", kind="llm", label="chat", jobs_per_week=200.0, model="llama-3-8b",
                 quant="Q4_K_M", prompt_tokens=200, output_tokens=400)
    profile = dataclasses.replace(load_profiles()["vtuber"], workloads=(w,))
    result = recommend(profile, machine_from_gpu_ids(["nvidia-rtx-4090"], ram_gib=64),
                       catalogs(), evaluate, samples=1000)
    plans = [*result.plans, *(r.plan for r in result.rejected)]
    own = next(p for p in plans if p.kind == "keep").workloads[0].seconds_p50
    rented = [p.workloads[0].seconds_p50 for p in plans
              if p.kind == "rent" and p.gpu_id == "nvidia-rtx-4090" and p.n_gpus == 1]
    assert rented and all(s > 1.03 * own for s in rented)
