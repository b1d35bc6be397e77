"""One calibration row as the score fit (core.perf.fit) sees it: the parts of the prediction,
the measured value and the GPU it was measured on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.perf.parts import Parts


@dataclass(frozen=True, slots=True)
class Row:
    parts: Parts
    value: float
    gpu_id: str
    # the predict query it was made from (core.perf.calibration), where it came from one
    query: dict[str, Any] = field(default_factory=dict, compare=False)
    # its calibration file and line (bench/accuracy.py reads a row's other columns there)
    origin: tuple[str, int] = field(default=("", 0), compare=False)
