"""A group the fit never saw under one value of a feature, borrowed from the same group under
another value: an architecture's image efficiency on DiTs from its UNet rows (core.perf.fit's
lookup_depth uses it where a row falls back)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from core.perf.fit_spread import group_key

# A card whose architecture was measured under one value of a feature but not another borrows
# across it: an architecture measured on UNets only (the RTX 5090, Blackwell 2.0) is its UNet
# level plus how much higher the DiT level lies than the UNet level for the architectures of
# its class measured on both (two-way additive, architecture + denoiser). Its class's DiT level
# alone, shrunk towards the class's UNet-heavy mean, made the 5090 10 % slower on FLUX than
# its Ada sibling (5090/4090 on FLUX 1.14; published runs about 1.3). The range stays that of
# a group short of its own level.
ACROSS: dict[str, str] = {"image": "denoiser"}


# Answers by (fitted centres, the row's group): a plan asks for every card and workload, and
# each answer scans the centres (a 10 ms share of evaluating a profile on every card). The
# centres are held beside each answer, so that their id stays theirs while it is kept.
_MEMO: dict[tuple[Any, ...], tuple[Mapping[str, Any], float | None]] = {}
MEMO_SIZE = 4096


def across_centre(centres: Mapping[str, Any], features: Mapping[str, str],
                  levels: Sequence[tuple[str, ...]], name: str,
                  found: tuple[str, ...]) -> float | None:
    """A row's centre one level below `found` (the deepest of `levels` fitted for it) by the
    two-way rule above, borrowing across feature `name`; None where its architecture, or no
    architecture of its class, was measured under another value of it."""
    if name not in found or found == levels[-1]:
        return None
    key = (id(centres), tuple(levels), name, found,
           tuple(features.get(k, "") for k in levels[-1]))
    hit = _MEMO.get(key)
    if hit is not None and hit[0] is centres:
        return hit[1]
    value = _across(centres, features, levels, name, found)
    if len(_MEMO) >= MEMO_SIZE:
        _MEMO.clear()
    _MEMO[key] = (centres, value)
    return value


def _across(centres: Mapping[str, Any], features: Mapping[str, str],
            levels: Sequence[tuple[str, ...]], name: str,
            found: tuple[str, ...]) -> float | None:
    below = levels[levels.index(found) + 1]
    here = features.get(name, "")
    prefix = [k for k in found if k != name]
    own: list[float] = []
    diffs: list[float] = []
    for key, centre in centres.items():
        parts = dict(p.split("=", 1) for p in key.split("|")) if key else {}
        if set(parts) != set(below) or any(parts[k] != features.get(k, "") for k in prefix):
            continue
        other = parts[name]
        if other == here:
            continue
        if all(parts[k] == features.get(k, "") for k in below if k not in found):
            own.append(float(centre))  # this card's architecture under another value
            continue
        mine = group_key({**parts, name: here}, below)
        if mine in centres:
            diffs.append(float(centres[mine]) - float(centre))
    if not own or not diffs:
        return None
    return float(np.mean(own)) + float(np.mean(diffs))
