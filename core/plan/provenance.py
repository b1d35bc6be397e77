"""Step 6 of a plan: where every figure came from. The GPU catalog's dates, the price snapshot and
its providers, the tariff and currency rates, the models' sources, how the hardware was found,
the stated assumptions, and the RigSizer version (core.version)."""

from __future__ import annotations

from core.cost import local as cost_local
from core.cost import rental as cost_rental
from core.measure import adjust as measure_adjust
from core.perf import stated
from core.perf.efficiency import shipped_efficiency
from core.plan import costing, wording
from core.plan.feasibility import HOST_RAM_SHARE, MAX_OFFLOAD_RATIO, MAX_UTILISATION
from core.plan.inputs import Inputs
from core.schema.message import Join, Message
from core.schema.plan import Provenance
from core.version import version


def provenance(inp: Inputs, perf_basis: str) -> Provenance:
    """The sources of a plan run on `inp`, whose times have basis `perf_basis`."""
    retrieved = sorted({g.retrieved for g in inp.gpus})
    dates = sorted({o.snapshot_date for o in inp.offers})
    sources = sorted({wording.provider_name(o.provider, inp.provider_names)
                      for o in inp.offers}, key=str.casefold)
    hw: list[str] = []
    if inp.machine is not None:
        hw += list(inp.machine.sources)
        for g in inp.machine.gpus:
            hw.append(Message(wording.HARDWARE_MATCH, gpu=g.name, how=g.match_how))
        if inp.machine.hand_edited:
            hw.append(Message(wording.ENTERED_BY_HAND))
    model_versions: dict[str, str] = {}
    for w in inp.workloads:
        spec = w.model_spec or (inp.models.get(w.model) if w.model else None)
        if w.model and spec is not None:
            model_versions[w.model] = f"{spec.name} ({spec.source}, {spec.retrieved})"
    # the performance model's too: its share of TDP a job draws sets the electricity cost, and
    # the fitted host costs what a rented pod's CPU adds to each step and token (the planner
    # times jobs with the shipped fit, core.perf.evaluate)
    assumptions = tuple(wording.assumption(a.name, a.value, a.unit, a.source) for a in (
        *cost_local.ASSUMPTIONS, *cost_rental.ASSUMPTIONS, *costing.ASSUMPTIONS,
        MAX_OFFLOAD_RATIO, MAX_UTILISATION, HOST_RAM_SHARE, *stated.STATED,
        *stated.fitted_host_costs(shipped_efficiency()),
        *(measure_adjust.ASSUMPTIONS if inp.profile.measurements else ())))
    offers: str = (Message(wording.OFFERS_FROM, count=len(inp.offers),
                           providers=Join(tuple(sources))) if sources
                   else Message(wording.NO_OFFERS))
    if inp.skipped_offers:
        offers = Message(wording.OFFERS_LEFT_OUT, offers=offers, left=inp.skipped_offers)
    rates, tariff = inp.rates, inp.tariff
    return Provenance(
        gpu_catalog=(Message(wording.GPU_CATALOG, count=len(inp.gpus), first=retrieved[0],
                             last=retrieved[-1]) if retrieved else Message(wording.NO_GPUS)),
        price_snapshot_date=(dates[0] if len(dates) == 1 else
                             Message(wording.DATE_RANGE, first=dates[0], last=dates[-1])
                             if dates else Message(wording.NO_CLOUD_OFFERS)),
        price_source=offers, tariff_id=tariff.id, tariff_region=tariff.region,
        tariff_source=tariff.source,
        tariff_date=tariff.date, currency=inp.ccy, rate_date=rates.date,
        rate_source=rates.source, perf_basis=perf_basis, model_versions=model_versions,
        hardware_sources=tuple(hw), rigsizer_version=version(), assumptions=assumptions)


__all__ = ["provenance"]
