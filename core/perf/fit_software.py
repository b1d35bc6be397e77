"""Per-software fitted costs in an efficiency block: the per-step or per-token floor (seconds
per unit) and LLM decode's instructions per weight, each stored as {"": root value,
"backend=CUDA" or "host=desktop": a backend's or host's own}, looked up for one row's features."""

from __future__ import annotations

import math
from typing import Any

from core.schema.assumption import Assumption

FLOOR_FALLBACK_SIGMA = Assumption(
    "spread of a per-step floor borrowed for unmeasured software", math.log(2.0) / 1.2816,
    "log sigma", "the fitted floors of the hosts measured differ 2x (a server, the H200's "
    "Xeon VM, 0.8 ms per block; desktops 0.4 ms): p10-p90 spans that factor")


def _software_keys(features: dict[str, str]) -> list[str]:
    """The keys a row's own values are stored under: its backend's, then its host's
    (diffusion's floor: core.perf.parts.HOSTS)."""
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
