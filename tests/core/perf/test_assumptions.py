"""The performance model's stated estimates carry their source, and the model uses them."""

from __future__ import annotations

import pytest

from core.catalogs.gpus import get_gpu
from core.perf.assumptions import (
    ASSUMPTIONS,
    POWER_DIFFUSION,
    POWER_RENDER,
    SAME_CARD_SIGMA,
)
from core.perf.jobs import POWER_SHARE
from core.schema import Workload
from core.schema.assumption import Assumption
from tests.shipped import estimate


def test_every_perf_assumption_says_where_it_comes_from() -> None:
    assert len({a.name for a in ASSUMPTIONS}) == len(ASSUMPTIONS)
    for a in ASSUMPTIONS:
        assert isinstance(a, Assumption) and a.value > 0 and a.unit and a.source
    assert POWER_SHARE["image"] == POWER_SHARE["video"] == POWER_DIFFUSION.value


def test_the_render_model_reads_its_assumptions() -> None:
    gpu = get_gpu("nvidia-rtx-4090")
    w = Workload("r", "render", "r", jobs_per_week=1, frames=10, ref_seconds_per_frame=40.0,
                 ref_gpu=gpu.id)
    e = estimate(w, gpu)
    assert e.power_w == pytest.approx(POWER_RENDER.value * gpu.tdp_w)
    # the user's own time on this very card: only the stated frame-to-frame spread is left
    assert e.seconds_p50 == pytest.approx(400.0, rel=0.01)
    spread = (e.seconds_p90 / e.seconds_p10) ** 0.5
    assert spread == pytest.approx(2.718281828 ** (1.2815515655 * SAME_CARD_SIGMA.value),
                                   rel=0.02)
