"""The shipped catalogs and the performance model over them, loaded once for the whole suite.

Tests that plan or time with the real data use these (the product loads them once too:
core.catalogs.bundle.load_catalogs, core.perf.PerfModel.from_catalogs). The cloud offers are
the shipped snapshot alone: a price cache on the machine running the tests changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from core.catalogs.bundle import load_catalogs
from core.catalogs.value import Catalogs
from core.perf import PerfModel
from core.schema import CloudOffer, CurrencyRates, GpuSpec, Tariff


@cache
def catalogs() -> Catalogs:
    return load_catalogs(prices=False)


@cache
def perf_model() -> PerfModel:
    return PerfModel.from_catalogs(catalogs())


def evaluate(*args: Any, **kwargs: Any) -> Any:
    """perf_model().evaluate."""
    return perf_model().evaluate(*args, **kwargs)


def estimate(*args: Any, **kwargs: Any) -> Any:
    """perf_model().estimate."""
    return perf_model().estimate(*args, **kwargs)


def with_data(*, gpus: tuple[GpuSpec, ...] | list[GpuSpec] | None = None,
              offers: tuple[CloudOffer, ...] | list[CloudOffer] | None = None,
              tariffs: dict[str, Tariff] | None = None,
              rates: CurrencyRates | None = None) -> Catalogs:
    """The shipped catalogs with some parts replaced (hand-made cards, offers or tariffs)."""
    from dataclasses import replace

    base = catalogs()
    return replace(base, gpus=tuple(base.gpus if gpus is None else gpus),
                   offers=tuple(base.offers if offers is None else offers),
                   tariffs=base.tariffs if tariffs is None else tariffs,
                   rates=base.rates if rates is None else rates)


Evaluate = Callable[..., Any]
