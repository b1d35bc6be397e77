"""Compile the numeric kernels into numba's per-user cache, in a process of their own.

The window runs `rigsizer --warm-kernels` (a hidden option; `python -m app.kernel_warmup` in a
source checkout) as soon as it starts. Meanwhile it plans with the exact numpy twins
(core.kernels.engine); when this process exits 0, every kernel the planner calls is in the
cache and the window switches to the compiled kernels, which then load in milliseconds.

A separate process and not a thread: compiling is mostly Python work that would hold the GIL
for seconds and stall both the window and the twins' planning.

What is compiled is what the planner really calls: a small plan of every shipped profile, with
no machine and with a machine that has a catalog card (numba compiles one version per argument
type, so synthetic inputs could miss one).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time

WARM_FLAG = "--warm-kernels"
WARM_SAMPLES = 64


def warm_kernels(samples: int = WARM_SAMPLES) -> int:
    """Plan every shipped profile with the compiled kernels; the number of plans made."""
    from core.catalogs.bundle import load_catalogs
    from core.hardware.machine import machine_from_gpu_ids
    from core.kernels import engine
    from core.perf import PerfModel
    from core.plan import recommend

    engine.use_compiled(True)
    cats = load_catalogs()
    evaluate = PerfModel.from_catalogs(cats).evaluate
    gpus = cats.gpus
    card = next((g for g in gpus if g.vendor == "nvidia" and g.vram_bytes >= 8e9), gpus[0])
    machines = [None, machine_from_gpu_ids([card.id], ram_gib=32, catalog=gpus)]
    made = 0
    for profile in cats.profiles.values():
        for machine in machines:
            recommend(profile, machine, cats, evaluate, samples=samples, seed=1)
            made += 1
    return made


def main() -> int:
    from app.runtime_env import prepare

    prepare()
    if hasattr(os, "nice"):
        # Yield the CPU to the window and its first plans on a machine with few cores.
        with contextlib.suppress(OSError):
            os.nice(10)
    started = time.perf_counter()
    try:
        made = warm_kernels()
    except Exception as exc:  # reported to the window as a non-zero exit and one line
        sys.stderr.write(f"rigsizer: could not compile the kernels ({type(exc).__name__}: "
                         f"{exc}); the window keeps planning without them\n")
        return 1
    sys.stdout.write(f"kernels ready ({made} plans, {time.perf_counter() - started:.1f} s)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
