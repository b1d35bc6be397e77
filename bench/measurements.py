"""What the user's own measurements cost a plan (issue 15): recommend() for the default profile
(AI video blogger on an RTX 3060 12 GB desktop, the whole catalog and all cloud offers, 10,000
samples) without measurements and with two (a ComfyUI FLUX progress bar and an Ollama eval
rate), median CPU time of 15 warm runs each, and their ratio.

Run:  NUMBA_NUM_THREADS=1 .venv/bin/python bench/measurements.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("NUMBA_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.catalogs.bundle import load_catalogs
from core.hardware.machine import machine_from_gpu_ids
from core.measure.parse import Context, read_text
from core.perf import PerfModel
from core.plan import recommend
from core.schema import Profile

RUNS = 15


def main() -> int:
    cats = load_catalogs(prices=False)
    model = PerfModel.from_catalogs(cats)
    machine = machine_from_gpu_ids(["nvidia-rtx-3060-12gb"], ram_gib=32)
    plain = cats.profiles["ai_video_blogger"]
    found = (read_text("100%|#####| 20/20 [00:22<00:00,  1.10s/it]",
                       Context(gpu="RTX 3060 12GB", model="flux1-dev"), cats).measurements
             + read_text("eval rate: 45.3 tokens/s",
                         Context(gpu="RTX 3060 12GB", model="llama-3-8b"), cats).measurements)
    measured = replace(plain, measurements=found)

    def median_cpu(profile: Profile) -> float:
        recommend(profile, machine, cats, model.evaluate)  # warm: compiled, caches filled
        times = []
        for _ in range(RUNS):
            t0 = time.process_time()
            recommend(profile, machine, cats, model.evaluate)
            times.append(time.process_time() - t0)
        return statistics.median(times)

    without, with_ = median_cpu(plain), median_cpu(measured)
    print(f"recommend(), default profile, 10,000 samples, median CPU of {RUNS} warm runs:")
    print(f"  without measurements   {without * 1000:6.1f} ms")
    print(f"  with {len(found)} measurements   {with_ * 1000:6.1f} ms   "
          f"ratio {with_ / without:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
