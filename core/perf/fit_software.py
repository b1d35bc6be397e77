"""Per-software fitted costs in an efficiency block: the per-step or per-token floor (seconds
per unit) and LLM decode's instructions per weight, each stored as {"": root value,
"backend=CUDA" or "host=desktop": a backend's or host's own}, looked up for one row's features;
and the per-token overhead t0 of a host other than a desktop (`t0_by`)."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

from core.perf.fit_row import Row
from core.schema.assumption import Assumption

FLOOR_FALLBACK_SIGMA = Assumption(
    "spread of a per-step floor borrowed for unmeasured software", math.log(2.0) / 1.2816,
    "log sigma", "the fitted floors of the hosts measured differ 2x (a server, the H200's "
    "Xeon VM, 0.8 ms per block; desktops 0.4 ms): p10-p90 spans that factor")


# What a floor is fitted per: the backend for llama.cpp; for diffusion the host the software
# runs on (core.hosts.HOSTS: a desktop, or a server as the H200 runs measured it), whose
# kernel launch costs differ about 2x. A group has a floor of its own from this many rows.
FLOOR_KEY = {"llm_tg": "backend", "image": "host", "video": "host"}
FLOOR_BACKEND_MIN_ROWS = 6


def floor_groups(feats: Sequence[dict[str, str]], metric: str) -> list[str]:
    """The groups ('backend=CUDA', 'host=server': FLOOR_KEY) whose rows are enough for a floor
    of their own (FLOOR_BACKEND_MIN_ROWS), sorted: the fit's rule, which leave-one-GPU-out
    applies to what its training rows still have."""
    name = FLOOR_KEY.get(metric, "backend")
    counts = Counter(f.get(name, "") for f in feats)
    return [f"{name}={group}" for group, n in sorted(counts.items())
            if group and n >= FLOOR_BACKEND_MIN_ROWS]


def _software_keys(features: dict[str, str]) -> list[str]:
    """The keys a row's own values are stored under: its backend's, then its host's
    (diffusion's floor: core.hosts.HOSTS)."""
    return [f"{name}={features.get(name, '')}" for name in ("backend", "host")]


def own_floor(block: dict[str, Any], features: dict[str, str]) -> bool:
    """Whether the row's backend or software family had a floor fitted of its own."""
    floors = block.get("floor")
    return isinstance(floors, dict) and any(k in floors for k in _software_keys(features))


def floor_of(block: dict[str, Any], features: dict[str, str]) -> float:
    """Seconds per floor unit for a row's backend or software family (the root's where that
    has none)."""
    return _per_software(block.get("floor"), features)


def ops_of(block: dict[str, Any], features: dict[str, str]) -> float:
    """Instructions per weight of LLM decode for a row's backend (the root's where that has
    none; 0 for a block fitted without them)."""
    return _per_software(block.get("ops"), features)


def _per_software(values: Any, features: dict[str, str]) -> float:
    values = values or {"": 0.0}
    if not isinstance(values, dict):
        return float(values)
    key = next((k for k in _software_keys(features) if k in values), "")
    return float(values.get(key, 0.0))


# LLM decode's per-token overhead t0 is host work (sampling, building and launching the token's
# graph), so a server's CPU may take longer than a desktop's, as it does to launch a diffusion
# step (the H200's Xeon VM, 2x). Fitted as a multiple of the desktop value where rows of cards
# run on servers (data-centre boards, core.hosts.default_host; a table whose author rented
# its cards, core.perf.calibration) come from T0_HOST_MIN_GPUS cards or more: 1.5x, and
# leave-one-GPU-out decode on data-centre cards 8.1 -> 4.5 %, on GDDR workstation and
# data-centre boards 5.2 -> 4.2 %, 6.1 % overall either way.
T0_BY_HOST: dict[str, tuple[float, ...]] = {"llm_tg": (1.0, 1.5, 2.0, 3.0)}
T0_HOST_MIN_GPUS = 2


def hosts_fitted_apart(rows: Sequence[Row]) -> list[str]:
    """The hosts other than a desktop ('host=server') whose rows come from T0_HOST_MIN_GPUS
    cards or more: those a per-token overhead may be fitted for (the fit's rule, which
    leave-one-GPU-out applies to what its training rows still have)."""
    cards: dict[str, set[str]] = {}
    for r in rows:
        host = r.parts.features.get("host", "")
        if host and host != "desktop":
            cards.setdefault(f"host={host}", set()).add(r.gpu_id)
    return [key for key, gpus in sorted(cards.items()) if len(gpus) >= T0_HOST_MIN_GPUS]


def host_t0_candidates(rows: Sequence[Row], metric: str, t0: float) -> list[dict[str, float]]:
    """The `t0_by` values the fit tries beside the desktop's `t0`: for each of
    hosts_fitted_apart, t0 times each of T0_BY_HOST's factors."""
    if metric not in T0_BY_HOST:
        return []
    return [{key: t0 * factor} for key in hosts_fitted_apart(rows)
            for factor in T0_BY_HOST[metric]]


def t0_of(block: dict[str, Any], features: dict[str, str]) -> float:
    """The per-job (LLM: per-token) overhead t0 of a row: its host's where one was fitted
    (`t0_by`), else the block's."""
    by = block.get("t0_by") or {}
    key = next((k for k in _software_keys(features) if k in by), None)
    return float(by[key]) if key is not None else float(block.get("t0", 0.0))
