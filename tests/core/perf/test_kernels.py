"""The Monte Carlo quantile kernel against its plain-Python twin."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from core.kernels.mc_quantiles import mc_time_quantiles
from core.perf.montecarlo import normal_draws, quantile_ranks
from tests.core import reference_perf

N_SAMPLES = 2000
Z1, Z2, Z1S, Z2S = normal_draws(N_SAMPLES, 7)
RANKS = quantile_ranks(np.array([0.1, 0.5, 0.9]), N_SAMPLES)


def _run(a: list[float], sa: list[float], b: list[float], sb: list[float],
         c: list[float]) -> tuple[np.ndarray, np.ndarray]:
    args = [np.array(x, dtype=np.float64) for x in (a, sa, b, sb, c)]
    got = mc_time_quantiles(*args, Z1, Z2, Z1S, Z2S, RANKS)
    want = np.array(reference_perf.mc_time_quantiles(a, sa, b, sb, c, list(Z1), list(Z2),
                                                     list(RANKS)))
    return got, want


@pytest.mark.parametrize(("a", "sa", "c"), [
    (1.0, 0.2, 0.0),
    (250.0, 0.45, 3.0),
    (0.003, 0.08, 0.002),
    (5.0, -0.3, 1.0),  # a falling time (rates drawn as values): ranks flip
    (2.0, 0.0, 0.5),  # no uncertainty at all
])
def test_one_part_pairs_match_the_twin_exactly(a: float, sa: float, c: float) -> None:
    got, want = _run([a], [sa], [0.0], [0.3], [c])
    assert_allclose(got, want, rtol=1e-12)


@pytest.mark.parametrize(("a", "sa", "b", "sb", "c"), [
    (1.0, 0.1, 1.0, 0.1, 0.0),
    (3.0, 0.08, 0.5, 0.25, 0.2),
    (0.2, 0.3, 9.0, 0.1, 0.0),
    (1.0, 0.5, 0.01, 0.05, 1.0),
    (4.0, 0.2, 4.0, 0.6, 0.0),
])
def test_two_part_pairs_match_the_twin_within_interpolation_error(
        a: float, sa: float, b: float, sb: float, c: float) -> None:
    got, want = _run([a], [sa], [b], [sb], [c])
    assert_allclose(got, want, rtol=2e-3)


def test_many_pairs_sharing_sigmas_and_mixed_kinds() -> None:
    rng = np.random.default_rng(11)
    n = 40
    a = list(rng.uniform(0.1, 10, n))
    b = [x if i % 3 == 0 else 0.0 for i, x in enumerate(rng.uniform(0.1, 10, n))]
    sa = [0.1 if i % 2 else 0.2 for i in range(n)]
    sb = [0.3] * n
    c = list(rng.uniform(0, 1, n))
    got, want = _run(a, sa, b, sb, c)
    assert_allclose(got, want, rtol=2e-3)
    assert np.all(np.diff(got, axis=1) >= 0)  # p10 <= p50 <= p90


def test_ranks_are_nearest_ranks() -> None:
    assert list(quantile_ranks(np.array([0.0, 0.1, 0.5, 0.9, 1.0]), 11)) == [0, 1, 5, 9, 10]
