"""A speed the user measured on a card: the workload in the fields of a `predict` query, the value
in that query's metric, and where and when it came from (DESIGN.md, "The user's own
measurements").

`task` is a `predict` task (llm, image, video, cycles) or `render`: the time one frame of the
user's own Blender scene took (seconds), which has no `predict` query of its own but scales a
render workload as `ref_seconds_per_frame` does.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Literal

MeasureTask = Literal["llm", "image", "video", "cycles", "render"]

# The metric each task's value is in (the `predict` contract's metrics, plus render).
TASK_METRIC: dict[str, str] = {"llm": "tokens_per_s", "image": "it_per_s", "video": "seconds",
                               "cycles": "opendata_score", "render": "seconds"}
# Metrics where a bigger value means a faster card.
RATE_METRICS = frozenset({"tokens_per_s", "it_per_s", "opendata_score"})
# The workload fields a measurement may carry: exactly the names of `predict` query fields.
QUERY_FIELDS = ("model", "quant", "test", "backend", "width", "height", "steps", "batch",
                "frames", "n_gpus", "cfg", "timing", "precision", "blender_version", "scene",
                "host")


@dataclass(frozen=True, slots=True)
class Measurement:
    """One measured speed. `gpu` is the card as the user or the tool named it ("RTX 3060",
    "NVIDIA GeForce RTX 3060"); the workload fields left None take the query's defaults."""

    gpu: str
    task: MeasureTask
    value: float  # in TASK_METRIC[task]
    source: str  # what printed it ("ComfyUI progress bar", "llama-bench", a file name)
    date: str = ""  # YYYY-MM-DD, "" when unknown
    model: str | None = None
    quant: str | None = None
    test: str | None = None  # llm: pp512, tg128, ...
    backend: str | None = None
    width: int | None = None
    height: int | None = None
    steps: int | None = None
    batch: int | None = None
    frames: int | None = None
    n_gpus: int | None = None
    cfg: bool | None = None
    timing: str | None = None  # image: job (end to end) or denoiser (the sampling loop)
    precision: str | None = None
    blender_version: str | None = None
    scene: str | None = None  # render: a scene preset id, or None for the user's own scene
    # where it ran: "server" for a rented pod (core.hosts.HOSTS); None: the card's own
    # host (a PC's card on a desktop)
    host: str | None = None

    @property
    def metric(self) -> str:
        return TASK_METRIC[self.task]

    @property
    def is_rate(self) -> bool:
        return self.metric in RATE_METRICS

    def query(self) -> dict[str, Any]:
        """The `predict` query that asks for this measurement (fields left None omitted)."""
        q: dict[str, Any] = {"gpu": self.gpu, "task": self.task}
        for name in QUERY_FIELDS:
            value = getattr(self, name)
            if value is not None:
                q[name] = value
        return q


MEASUREMENT_FIELDS = tuple(f.name for f in fields(Measurement))
