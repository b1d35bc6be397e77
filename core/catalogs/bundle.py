"""Every catalog RigSizer reads, loaded once into one immutable value that is passed in.

`load_catalogs()` reads assets/catalogs (GPUs, cloud offers and providers, models and weight
formats, tariffs and currency rates) and the creator profiles, and lays the user's refreshed
prices over the shipped cloud snapshot (the one place the two meet: core.prices.store merges,
this module decides when). The result, a `Catalogs` (core.catalogs.value), is what the
performance model (core.perf.PerfModel.from_catalogs) and the planner (core.plan.recommend) are
given; nothing below it loads a catalog of its own.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from core.catalogs._validate import CatalogError
from core.catalogs.clouds import CloudCatalog, load_catalog, unknown_gpu_errors
from core.catalogs.gpus import load_gpus
from core.catalogs.models import load_models, load_quants
from core.catalogs.profiles import load_profiles
from core.catalogs.tariffs import load_rates, load_tariffs
from core.catalogs.value import Catalogs
from core.prices.store import PriceSnapshotInfo, current_offers
from core.schema import CloudOffer, GpuSpec, Profile, Tariff
from core.schema.model import ModelSpec, QuantFormat

T = TypeVar("T")


def with_current_prices(cats: Catalogs, now: datetime | None = None) -> Catalogs:
    """`cats` with the offers re-merged from the snapshot and the user's price cache (after a
    refresh: the one thing that changes while RigSizer runs). Never raises for a bad cache:
    `price_info.notes` says why it was skipped."""
    if cats.snapshot is None:
        return cats
    offers, info = current_offers(cats.snapshot, {g.id for g in cats.gpus} or None, now)
    return replace(cats, offers=offers, price_info=info, prices_read_at=time.monotonic())


def load_catalogs(*, strict: bool = True, prices: bool = True) -> Catalogs:
    """Load every shipped catalog once.

    `strict` (the command line, tests): the first catalog that fails raises its CatalogError.
    Otherwise (the GUI) a failing catalog is left empty and its one-line reason is kept in
    `errors`, so the others can still be offered. `prices=False` plans with the shipped
    snapshot only, ignoring the user's refreshed prices.
    """
    errors: list[str] = []

    def attempt(what: str, fn: Callable[[], T], empty: T) -> T:
        if strict:
            return fn()
        try:
            return fn()
        except Exception as exc:
            errors.append(f"{what}: {exc}")
            return empty

    gpus: tuple[GpuSpec, ...] = attempt("GPU catalog", load_gpus, ())
    snapshot = attempt("cloud prices", load_catalog, None)
    if snapshot is not None and gpus:
        snapshot = _known_gpus_only(snapshot, gpus, strict, errors)
    tariffs: Mapping[str, Tariff] = attempt("electricity tariffs", load_tariffs, {})
    rates = attempt("currency rates", load_rates, None)
    models: Mapping[str, ModelSpec] = attempt("model catalog", load_models, {})
    quants: Mapping[str, QuantFormat] = attempt("model catalog", load_quants, {}) if models \
        else {}
    # the profiles name models, GPUs and tariff regions: checked against those just loaded
    # (after a failure, against the loaders, which then say what failed)
    refs = None if errors else Catalogs(gpus=gpus, models=models, quants=quants,
                                        tariffs=tariffs)
    profiles: Mapping[str, Profile] = attempt("creator profiles",
                                              lambda: load_profiles(refs), {})
    cats = Catalogs(gpus=gpus, models=models, quants=quants, tariffs=tariffs, rates=rates,
                    profiles=profiles, snapshot=snapshot,
                    offers=snapshot.offers if snapshot is not None else (),
                    providers=snapshot.providers if snapshot is not None else {})
    if prices and snapshot is not None:
        cats = with_current_prices(cats)
        if cats.price_info is not None:
            errors.extend(cats.price_info.notes)
    return replace(cats, errors=tuple(errors)) if errors else cats


def _known_gpus_only(snapshot: CloudCatalog, gpus: tuple[GpuSpec, ...], strict: bool,
                     errors: list[str]) -> CloudCatalog:
    """The snapshot without offers of GPUs the GPU catalog lacks: a time cannot be estimated
    for them. Strict loading raises for the first (a broken catalog entry, named); otherwise
    each is noted in `errors` and left out."""
    known = {g.id for g in gpus}
    problems = unknown_gpu_errors(snapshot, known)
    if not problems:
        return snapshot
    if strict:
        raise problems[0]
    errors.extend(f"cloud prices: {p} (left out)" for p in problems)
    bad = {p.entry for p in problems}
    return replace(snapshot, offers=tuple(o for o in snapshot.offers if o.id not in bad))


def offers_in_use(now: datetime | None = None
                  ) -> tuple[tuple[CloudOffer, ...], PriceSnapshotInfo]:
    """The offers to plan with (the shipped snapshot with the user's refreshed prices laid
    over it) and which snapshot each provider's prices come from, without the other catalogs
    (`rigsizer prices show`, `rigsizer catalog clouds`)."""
    snapshot = load_catalog()
    try:
        gpus = load_gpus()
    except CatalogError:
        return current_offers(snapshot, None, now)  # nothing is dropped for want of a GPU catalog
    return current_offers(_known_gpus_only(snapshot, gpus, True, []), {g.id for g in gpus}, now)


def load_offers() -> tuple[CloudOffer, ...]:
    """The offers of `offers_in_use()`."""
    return offers_in_use()[0]


__all__ = ["load_catalogs", "load_offers", "offers_in_use", "with_current_prices"]
