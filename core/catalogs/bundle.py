"""Every catalog RigSizer reads, loaded once into one immutable value that is passed in.

`load_catalogs()` reads assets/catalogs (GPUs, cloud offers and providers, models and weight
formats, tariffs and currency rates) and the creator profiles, and lays the user's refreshed
prices over the shipped cloud snapshot (the one place the two meet: core.prices.store merges,
this module decides when). The result, a `Catalogs`, is what the performance model
(core.perf.PerfModel.from_catalogs) and the planner (core.plan.recommend) are given; nothing
below it loads a catalog of its own.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import MappingProxyType
from typing import TypeVar

from core.catalogs._validate import CatalogError
from core.catalogs.clouds import CloudCatalog, load_catalog
from core.catalogs.gpus import load_gpus
from core.catalogs.models import load_models, load_quants, normalise_name
from core.catalogs.profiles import load_profiles
from core.catalogs.tariffs import load_rates, load_tariffs
from core.prices.store import PriceSnapshotInfo, current_offers
from core.schema import CloudOffer, CloudProvider, CurrencyRates, GpuSpec, Profile, Tariff
from core.schema.model import ModelSpec, QuantFormat

T = TypeVar("T")


def _frozen(m: Mapping[str, T]) -> Mapping[str, T]:
    return MappingProxyType(dict(m))


@dataclass(frozen=True, slots=True)
class Catalogs:
    """The data every computation reads, as one value (build with `load_catalogs`, or by hand
    in tests: every field has an empty default).

    `offers` are the offers to plan with (refreshed prices over the snapshot); `snapshot` is
    the shipped cloud catalog they were merged from, kept so that a price refresh can merge
    again (`with_current_prices`). `errors` lists the catalogs that failed to load when loaded
    with `strict=False` (the GUI then still offers the others).
    """

    gpus: tuple[GpuSpec, ...] = ()
    offers: tuple[CloudOffer, ...] = ()
    providers: Mapping[str, CloudProvider] = field(default_factory=lambda: _frozen({}))
    models: Mapping[str, ModelSpec] = field(default_factory=lambda: _frozen({}))
    quants: Mapping[str, QuantFormat] = field(default_factory=lambda: _frozen({}))
    tariffs: Mapping[str, Tariff] = field(default_factory=lambda: _frozen({}))
    rates: CurrencyRates | None = None
    profiles: Mapping[str, Profile] = field(default_factory=lambda: _frozen({}))
    snapshot: CloudCatalog | None = None
    price_info: PriceSnapshotInfo | None = None  # which snapshot each provider's prices are
    # time.monotonic() when the prices were read (price_info's ages date from it)
    prices_read_at: float = field(default=0.0, compare=False)
    errors: tuple[str, ...] = ()
    _gpu_index: Mapping[str, GpuSpec] = field(init=False, repr=False, compare=False)
    _model_index: Mapping[str, str] = field(init=False, repr=False, compare=False)
    _gpu_names: Mapping[str, GpuSpec] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("providers", "models", "quants", "tariffs", "profiles"):
            value = getattr(self, name)
            if not isinstance(value, MappingProxyType):
                object.__setattr__(self, name, _frozen(value))
        object.__setattr__(self, "gpus", tuple(self.gpus))
        object.__setattr__(self, "offers", tuple(self.offers))
        object.__setattr__(self, "_gpu_index", MappingProxyType({g.id: g for g in self.gpus}))
        gpu_names: dict[str, GpuSpec] = {}
        for g in self.gpus:
            for name in (g.id, g.name, *g.aliases):
                gpu_names.setdefault(gpu_name_key(name), g)
        object.__setattr__(self, "_gpu_names", MappingProxyType(gpu_names))
        names: dict[str, str] = {}
        for m in self.models.values():
            for name in (m.id, m.name, *m.aliases):
                names.setdefault(normalise_name(name), m.id)
        object.__setattr__(self, "_model_index", MappingProxyType(names))

    # -- lookups --------------------------------------------------------------------------------
    @property
    def gpus_by_id(self) -> Mapping[str, GpuSpec]:
        return self._gpu_index

    def gpu(self, gpu_id: str) -> GpuSpec | None:
        return self._gpu_index.get(gpu_id)

    def gpu_named(self, name: str) -> GpuSpec | None:
        """The GPU whose id, name or alias is exactly `name` (case and spacing ignored)."""
        return self._gpu_names.get(gpu_name_key(name))

    def find_model(self, name: str) -> ModelSpec | None:
        """A model by id, display name or alias (case, spaces and dashes ignored)."""
        ident = self._model_index.get(normalise_name(name))
        return None if ident is None else self.models[ident]

    def find_quant(self, name: str) -> QuantFormat | None:
        return self.quants.get(name.strip().upper())

    @property
    def provider_ids(self) -> list[str]:
        """The providers that have offers, sorted."""
        return sorted({o.provider for o in self.offers})

    def price_info_age_s(self) -> float:
        """Seconds since the prices were read: add to price_info's ages to show them as of now."""
        return max(0.0, time.monotonic() - self.prices_read_at) if self.prices_read_at else 0.0

    # -- the one thing that changes while RigSizer runs: refreshed prices ----------------------
    def with_current_prices(self, now: datetime | None = None) -> Catalogs:
        """This value with the offers re-merged from the snapshot and the user's price cache
        (after a refresh). Never raises for a bad cache: `price_info.notes` says why it was
        skipped."""
        if self.snapshot is None:
            return self
        offers, info = current_offers(self.snapshot, {g.id for g in self.gpus} or None, now)
        return replace(self, offers=offers, price_info=info, prices_read_at=time.monotonic())


def gpu_name_key(name: str) -> str:
    """A GPU name as `Catalogs.gpu_named` compares it: lower case, single spaces."""
    return " ".join(name.lower().split())


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
        cats = cats.with_current_prices()
        if cats.price_info is not None:
            errors.extend(cats.price_info.notes)
    return replace(cats, errors=tuple(errors)) if errors else cats


def offers_in_use(now: datetime | None = None
                  ) -> tuple[tuple[CloudOffer, ...], PriceSnapshotInfo]:
    """The offers to plan with (the shipped snapshot with the user's refreshed prices laid
    over it) and which snapshot each provider's prices come from, without the other catalogs
    (`rigsizer prices show`, `rigsizer catalog clouds`)."""
    try:
        known: set[str] | None = {g.id for g in load_gpus()}
    except CatalogError:
        known = None  # nothing is dropped for want of a GPU catalog
    return current_offers(load_catalog(), known, now)


def load_offers() -> tuple[CloudOffer, ...]:
    """The offers of `offers_in_use()`."""
    return offers_in_use()[0]


__all__ = ["Catalogs", "load_catalogs", "load_offers", "offers_in_use"]
