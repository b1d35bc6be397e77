"""Step 1 of a plan: check what it is given and gather it into one value, `Inputs`.

The profile's own limits (horizon, budget, PSU, hours online, deadlines) are checked here for
profiles built in code (the GUI, tests) as the profile loader checks them in a file; its region
must have a tariff and its currency a rate. The offers are narrowed to the cards the catalog
knows and the providers the profile allows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.perf import wording as perf_say
from core.perf.validate import validate
from core.plan.options import is_gpu_work
from core.schema import CloudOffer, CurrencyRates, GpuSpec, Profile, Tariff, Workload
from core.schema.hardware import LocalMachine
from core.schema.message import Message
from core.schema.model import ModelSpec
from core.schema.workload import PROFILE_RANGES

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs


@dataclass(frozen=True, slots=True)
class Inputs:
    """Everything a plan run reads, checked (money is USD until `fx` turns it into `ccy`)."""

    profile: Profile
    machine: LocalMachine | None
    gpus: tuple[GpuSpec, ...]
    by_id: Mapping[str, GpuSpec]
    offers: tuple[CloudOffer, ...]  # the offers it may rent: known cards, allowed providers
    skipped_offers: int  # offers left out for an unknown card or a provider not allowed
    tariff: Tariff
    rates: CurrencyRates
    models: Mapping[str, ModelSpec]
    samples: int
    seed: int
    ccy: str
    fx: float  # profile currency per USD
    provider_names: Mapping[str, str]  # provider id -> its own name ("vast" -> "Vast.ai")

    @property
    def workloads(self) -> tuple[Workload, ...]:
        return self.profile.workloads


def check_profile(profile: Profile, samples: int, tariffs: Mapping[str, Tariff],
                  rates: CurrencyRates) -> Tariff:
    """The profile's tariff; ValueError naming the profile (or workload) and field otherwise."""
    if samples < 1:
        raise ValueError(f"samples must be at least 1, got {samples}")
    if profile.horizon_months < 1:
        raise ValueError(f"profile '{profile.name}': horizon_months must be at least 1")
    if profile.currency not in rates.per_usd:
        raise ValueError(f"profile '{profile.name}': no exchange rate for currency "
                         f"'{profile.currency}' (known: {', '.join(sorted(rates.per_usd))})")
    if profile.region not in tariffs and profile.electricity_price_per_kwh is None:
        raise ValueError(f"profile '{profile.name}': no electricity tariff for region "
                         f"'{profile.region}' (known: {', '.join(sorted(tariffs))})")
    own_ccy = profile.electricity_currency
    if own_ccy is not None and own_ccy not in rates.per_usd:
        raise ValueError(f"profile '{profile.name}': no exchange rate for electricity_currency "
                         f"'{own_ccy}' (known: {', '.join(sorted(rates.per_usd))})")
    if not profile.workloads:
        raise ValueError(f"profile '{profile.name}' has no workloads")
    # What the profile loader refuses in a file, refused here for profiles built in code (the
    # GUI, tests): a NaN/zero/negative deadline crashed the feasibility check, and a NaN budget
    # silently rejected every plan.
    for name, (low, high) in PROFILE_RANGES.items():
        value = getattr(profile, name)
        if value is not None and not low <= value <= high:
            raise ValueError(f"profile '{profile.name}': {name} must be a number from {low:g} "
                             f"to {high:g}, got {value!r}")
    from core.plan.feasibility import z_of

    z_of(profile.deadline_confidence)  # says what is wrong with an out-of-range confidence
    for w in profile.workloads:
        if w.deadline_s is not None and not w.deadline_s > 0:
            raise ValueError(Message(perf_say.AT_FIELD, workload=w.id, field="deadline_s",
                                     problem=Message(perf_say.POSITIVE_SECONDS,
                                                     value=repr(w.deadline_s))))
        if not is_gpu_work(w):
            # the performance model validates the GPU work it times; CPU work never reaches
            # it, so a cpu job of 0 s was planned as "runs on your CPU (0.0 ms)". It names no
            # model, so no catalog is needed.
            validate(w, {}, {})
    from core.catalogs.tariffs import tariff_for

    return tariff_for(profile.region, tariffs, profile.electricity_price_per_kwh, own_ccy)


def gather(profile: Profile, machine: LocalMachine | None, catalogs: Catalogs, samples: int,
           seed: int) -> Inputs:
    """Check the profile against the catalogs and gather the run's inputs."""
    rates = catalogs.rates
    if rates is None:
        raise ValueError("the currency rates could not be loaded, so no plan can be costed")
    tariff = check_profile(profile, samples, catalogs.tariffs, rates)
    by_id = {g.id: g for g in catalogs.gpus}
    wanted = set(profile.providers)
    offers = tuple(o for o in catalogs.offers
                   if o.gpu_id in by_id and (not wanted or o.provider in wanted))
    return Inputs(profile=profile, machine=machine, gpus=tuple(catalogs.gpus), by_id=by_id,
                  offers=offers, skipped_offers=len(catalogs.offers) - len(offers),
                  tariff=tariff, rates=rates, models=catalogs.models, samples=samples, seed=seed,
                  ccy=profile.currency, fx=rates.convert(1.0, "USD", profile.currency),
                  provider_names=catalogs.provider_names)


def other_cards(machine: LocalMachine | None, current: GpuSpec | None) -> list[GpuSpec]:
    """The user's discrete cards other than `current`'s kind (one per kind): a second, different
    GPU takes work too (`--gpu "RTX 4090" --gpu "RTX 3060 12GB"`)."""
    if machine is None or current is None:
        return []
    out: list[GpuSpec] = []
    for g in machine.gpus:
        spec = g.spec
        if (spec is not None and g.integrated is not True and spec.id != current.id
                and all(o.id != spec.id for o in out)):
            out.append(spec)
    return out


def current_card(machine: LocalMachine | None) -> tuple[GpuSpec | None, int]:
    """The card the user has: the first discrete GPU with a known spec (else any), and how many
    identical ones there are."""
    if machine is None:
        return None, 0
    known = [g for g in machine.gpus if g.spec is not None]
    discrete = [g for g in known if g.integrated is not True] or known
    if not discrete:
        return None, 0
    spec = discrete[0].spec
    assert spec is not None
    return spec, sum(1 for g in discrete if g.spec is not None and g.spec.id == spec.id)


__all__ = ["Inputs", "check_profile", "current_card", "gather", "other_cards"]
