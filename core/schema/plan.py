"""What the recommender returns: plans (keep / buy / rent / hybrid / studio), ranked, with reasons.

Every money figure is in the profile's currency (`Plan.currency`), per month over the planning
horizon unless the name says otherwise (`upfront_cost`, `cumulative_cost`). Prices carry the
snapshot date they came from (`Provenance`), which every view shows next to them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import KW_ONLY, dataclass, field
from typing import TYPE_CHECKING, Literal

from core.schema.estimate import Estimate
from core.schema.workload import Profile

if TYPE_CHECKING:
    from core.schema.hardware import LocalMachine

PlanKind = Literal["keep", "buy", "rent", "hybrid", "studio"]
GateName = Literal["latency", "throughput", "tco"]
Where = Literal["local", "cloud", "none"]


@dataclass(frozen=True, slots=True)
class Gate:
    """One of the three checks every plan is shown through.

    latency: the slowest job's p90 time against the user's deadline (`value`/`limit` in seconds;
    for live work, frame time against the frame budget).
    throughput: device hours the planned work needs per week against the hours available
    (`value`/`limit` in hours per week).
    tco: total cost over the horizon (`value`, in the profile currency; `limit` is the budget
    where one is set, else +inf).
    """

    name: GateName
    passed: bool
    value: float
    limit: float
    unit: str
    detail: str  # one plain sentence with the numbers


@dataclass(frozen=True, slots=True)
class WorkloadFit:
    """Where one workload runs in a plan, and whether it meets its limits there."""

    workload_id: str
    label: str
    where: Where
    device_id: str  # GPU id (local) or cloud offer id; "" when nowhere
    feasible: bool
    seconds_p50: float  # per job (per frame for live work)
    seconds_p90: float
    hours_per_week: float  # device time this workload uses per week, at p50
    offload: bool = False
    reason: str = ""  # plain words when not feasible, offloading or sent to the cloud
    # what the deadline is checked against: the job time at the profile's deadline confidence
    # (p90 by default), plus the serverless cold start in the cloud (0 where not judged)
    seconds_sure: float = 0.0
    # the job runs with 8-bit (fp8) weights where 16-bit ones do not fit (the reasons say so:
    # it trades a little quality)
    fp8: bool = False
    # why the job's range is wide: the calibration group its estimate fell back from
    # (core.perf.range_basis; the reasons say it), '' where its own was measured
    range_note: str = ""


@dataclass(frozen=True, slots=True)
class Plan:
    """One option, costed over the horizon.

    `monthly_cost_*` are percentiles of the Monte Carlo over job times, prices and usage (for a
    rejected plan all three are the central value: it is not simulated); they
    include the purchase spread over the horizon net of resale (`upfront_cost` is what is paid
    at month 0). `cumulative_cost[m]` is the money spent by the end of month m at central
    values, net of what the card would fetch if sold then (so at the horizon it is the total
    cost of ownership), for plots. `breakeven_month` is when this plan's cumulative cost drops
    below the best rental plan's (None: never within the horizon, or the plan rents itself).
    `cost_breakdown` splits the p50 monthly cost by item (names are plain words).
    A plain value: every field is worked out when the plan is made (core.plan.recommend).
    """

    id: str
    kind: PlanKind
    label: str
    gpu_id: str | None  # the local card (keep/buy/hybrid/studio) or rented card (rent)
    n_gpus: int
    offer_ids: tuple[str, ...]
    currency: str
    monthly_cost_p10: float
    monthly_cost_p50: float
    monthly_cost_p90: float
    upfront_cost: float
    breakeven_month: float | None
    workloads: tuple[WorkloadFit, ...]
    gates: tuple[Gate, ...]
    feasible: bool
    hours_per_week: float = 0.0  # total device time the planned work takes, p50
    hours_saved_per_week: float = 0.0  # against the current machine; the ranking tie-breaker
    cost_breakdown: Mapping[str, float] = field(default_factory=dict)
    _: KW_ONLY  # required, by name
    cumulative_cost: tuple[float, ...]
    estimates: tuple[Estimate, ...]
    reasons: tuple[str, ...]

    def gate(self, name: GateName) -> Gate:
        for g in self.gates:
            if g.name == name:
                return g
        raise KeyError(f"plan '{self.id}' has no '{name}' gate")

    @property
    def moved_by_user(self) -> bool:
        """Whether the user's own measurements moved any of its estimates (the plans tables
        mark such a plan with ◆)."""
        return any(e.basis.startswith("user") for e in self.estimates)


@dataclass(frozen=True, slots=True)
class Rejected:
    """A plan that fails a constraint, with the first reason in plain words."""

    plan: Plan
    why: str


@dataclass(frozen=True, slots=True)
class Sensitivity:
    """How much one input moves the decision.

    The input is scaled by `low_factor` and `high_factor`; `swing` is the change in the
    recommended plan's monthly cost advantage over the runner-up (profile currency per month,
    larger = more influential); `flips` is True when either end changes the recommendation,
    `flips_to` names the plan that would win then.
    """

    input: str  # usage | tariff | card_price | rental_price | horizon
    label: str
    low_factor: float
    high_factor: float
    swing: float
    flips: bool
    flips_to: str | None
    detail: str


@dataclass(frozen=True, slots=True)
class BreakevenGrid:
    """Break-even month of `buy_plan_id` against `rent_plan_id` over usage × electricity price.

    `months[i][j]` is for `hours_per_week[i]` and `tariff_per_kwh[j]` (profile currency);
    +inf means buying never pays off at that point.
    """

    buy_plan_id: str
    rent_plan_id: str
    currency: str
    hours_per_week: tuple[float, ...]
    tariff_per_kwh: tuple[float, ...]
    months: tuple[tuple[float, ...], ...]
    current_hours_per_week: float
    current_tariff_per_kwh: float


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where every input came from, for the JSON output and the report."""

    gpu_catalog: str  # e.g. "assets/catalogs/gpus (184 entries, retrieved up to 2025-11-20)"
    price_snapshot_date: str
    price_source: str
    tariff_id: str
    tariff_source: str
    tariff_date: str
    currency: str
    rate_date: str
    rate_source: str
    perf_basis: str  # perf model version / basis
    model_versions: Mapping[str, str] = field(default_factory=dict)
    hardware_sources: tuple[str, ...] = ()
    rigsizer_version: str = ""
    assumptions: tuple[str, ...] = ()  # stated estimates (depreciation, download bandwidth, ...)
    tariff_region: str = ""  # the tariff's region by name ("United States"); tariff_id is "us"


@dataclass(frozen=True, slots=True)
class PlanResult:
    """Everything `recommend` decided, ready for the CLI, GUI and reports.

    `plans` holds the feasible plans, best first (cheapest p50 monthly cost; time saved breaks
    ties). `alternatives` are sentences on why the obvious other choices lose.
    """

    profile: Profile
    machine: LocalMachine | None
    plans: tuple[Plan, ...]
    rejected: tuple[Rejected, ...]
    recommendation: str
    top_reasons: tuple[str, ...]
    alternatives: tuple[str, ...]
    sensitivity: tuple[Sensitivity, ...]
    breakeven: BreakevenGrid | None
    provenance: Provenance
    samples: int
    seed: int | None = None
    # one sentence per price the recommended plan uses that is older than 90 days
    price_warnings: tuple[str, ...] = ()

    @property
    def best(self) -> Plan | None:
        return self.plans[0] if self.plans else None

    def plan(self, plan_id: str) -> Plan:
        for p in (*self.plans, *(r.plan for r in self.rejected)):
            if p.id == plan_id:
                return p
        raise KeyError(f"no plan with id '{plan_id}'")


__all__ = [
    "BreakevenGrid",
    "Gate",
    "GateName",
    "Plan",
    "PlanKind",
    "PlanResult",
    "Provenance",
    "Rejected",
    "Sensitivity",
    "Where",
    "WorkloadFit",
]
