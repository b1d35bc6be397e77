"""The `Catalogs` value: every catalog RigSizer reads, as one immutable value that is passed in,
with its lookups (a GPU by id or name, a model or weight format by name).

It is built by core.catalogs.bundle.load_catalogs (or by hand in tests) and imports no loader,
so the modules that check names against it (profiles, measurement tables, GPU names) sit below
the loading.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeVar

from core.schema import CloudOffer, CloudProvider, CurrencyRates, GpuSpec, Profile, Tariff
from core.schema.model import QUANT_TAG, ModelSpec, QuantFormat, canonical_quant

if TYPE_CHECKING:
    from core.catalogs.clouds import CloudCatalog
    from core.prices.store import PriceSnapshotInfo

T = TypeVar("T")


def _frozen(m: Mapping[str, T]) -> Mapping[str, T]:
    return MappingProxyType(dict(m))


@dataclass(frozen=True, slots=True)
class Catalogs:
    """The data every computation reads, as one value (build with `load_catalogs`, or by hand
    in tests: every field has an empty default).

    `offers` are the offers to plan with (refreshed prices over the snapshot); `snapshot` is
    the shipped cloud catalog they were merged from, kept so that a price refresh can merge
    again (core.catalogs.bundle.with_current_prices). `errors` lists the catalogs that failed
    to load when loaded with `strict=False` (the GUI then still offers the others).
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
        shared: set[str] = set()
        for g in self.gpus:
            for name in (g.id, g.name, *g.aliases):
                key = gpu_name_key(name)
                if gpu_names.setdefault(key, g).id != g.id:
                    shared.add(key)
        # a name several cards print ("Intel Arc Graphics": Meteor Lake's 7 and 8 Xe-core
        # GPUs) names none of them exactly; the matcher says which it could be
        for key in shared:
            del gpu_names[key]
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
        """The GPU whose id, name or alias is exactly `name` (case and spacing ignored); None
        for a name two cards share."""
        return self._gpu_names.get(gpu_name_key(name))

    def find_model(self, name: str) -> ModelSpec | None:
        """A model by id, display name or alias (case, spaces and dashes ignored), else as a
        hub or benchmark writes the same weights: an organisation before '/', a 'Meta-' in
        front, and a tuning or packaging word after ('-Instruct', '-it', '-GGUF', 'v0.3',
        '(MoE)') do not change what runs."""
        for candidate in model_name_candidates(name):
            ident = self._model_index.get(normalise_name(candidate))
            if ident is not None:
                return self.models[ident]
        return None

    def with_models(self, extra: Iterable[ModelSpec]) -> Catalogs:
        """These catalogs with `extra` models too (a profile's own, `[[model]]`), so that
        names in its measurements resolve as its workloads' do."""
        added = {m.id: m for m in extra}
        return replace(self, models={**self.models, **added}) if added else self

    def find_quant(self, name: str) -> QuantFormat | None:
        """A weight format by id, case ignored, or as llama.cpp's tools and benchmarks also
        write it (core.schema.model.canonical_quant: "Q4_K", "Q4_K - Medium", "FP16")."""
        return self.quants.get(canonical_quant(name))

    @property
    def provider_names(self) -> Mapping[str, str]:
        """Each provider's own name by id, as its catalog file gives it ("vast" -> "Vast.ai")."""
        return MappingProxyType({k: p.name for k, p in self.providers.items()})

    @property
    def provider_ids(self) -> list[str]:
        """The providers that have offers, sorted."""
        return sorted({o.provider for o in self.offers})

    def price_info_age_s(self) -> float:
        """Seconds since the prices were read: add to price_info's ages to show them as of now."""
        return max(0.0, time.monotonic() - self.prices_read_at) if self.prices_read_at else 0.0


def gpu_name_key(name: str) -> str:
    """A GPU name as `Catalogs.gpu_named` compares it: lower case, single spaces."""
    return " ".join(name.lower().split())


# What a model's name may carry besides the weights' architecture and size (bare_model_name).
_ORGANISATION = re.compile(r"^\s*[\w.-]+/")
_META = re.compile(r"^\s*meta[-_ ]+(?=llama)", re.IGNORECASE)
_DECORATION = re.compile(r"(?:[-_. ]+(?:instruct|chat|it|hf|base|gguf)"
                         r"|\s*\((?:moe|dense)\))\s*$", re.IGNORECASE)
# a release number names other weights ('HunyuanVideo v1.5', 'LTX-Video v2') unless the name
# also says the size, which stays ('Mistral-7B-Instruct-v0.3' is Mistral 7B)
_VERSION = re.compile(r"[-_. ]+v\d+(?:\.\d+)*\s*$", re.IGNORECASE)
_SIZE = re.compile(r"\d(?:\.\d+)?\s*b\b", re.IGNORECASE)
# a GGUF file's weight format ('Llama-3-8B-Instruct-Q4_K_M.gguf'): the same weights, quantized
_QUANT_SUFFIX = re.compile(rf"[-_. ]+(?:{QUANT_TAG.pattern})\s*$", re.IGNORECASE)


def bare_model_name(name: str) -> str:
    """'meta-llama/Meta-Llama-3-8B-Instruct' -> 'Llama-3-8B'; 'Mistral-7B-Instruct-v0.3' ->
    'Mistral-7B'; 'Qwen3.6-35B-A3B (MoE)' -> 'Qwen3.6-35B-A3B'; 'Meta-Llama-3-8B-Instruct-
    Q4_K_M.gguf' -> 'Llama-3-8B' (the weight format is the query's: core.schema.model.quant_in)."""
    bare = _META.sub("", _ORGANISATION.sub("", " ".join(name.split())[:200]))
    while True:
        shorter = _QUANT_SUFFIX.sub("", _DECORATION.sub("", bare))
        if _SIZE.search(bare):
            shorter = _VERSION.sub("", shorter)
        if shorter == bare or not shorter.strip():
            return bare.strip()
        bare = shorter


def model_name_candidates(name: str, bare: bool = True) -> tuple[str, ...]:
    """The spellings a model lookup tries, in order: `name`, then (`bare`) its bare name."""
    return tuple(dict.fromkeys((name, bare_model_name(name)))) if bare else (name,)


def normalise_name(name: str) -> str:
    """A model name as lookups compare it: lower case, letters, digits and dots only."""
    return "".join(ch for ch in name.lower() if ch.isalnum() or ch == ".")


__all__ = ["Catalogs", "gpu_name_key", "normalise_name"]
