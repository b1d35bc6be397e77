"""Every sentence template the planner says, in one place.

Each constant is an English `str.format` template; core fills it with `Message(TEMPLATE, ...)`
(core.schema.message), and the translation tools read `TEMPLATES` (every upper-case str
constant here, the unit words from core.schema.message included) to keep
assets/translations/core_zh_CN.ts complete. Placeholders name what they hold: {gpu}/{plan}/
{work}/{provider} are names (never translated), {time}/{limit} durations, {cost}/{price}
money, {has}/{needs} memory, and {where}/{how}/{upfront}... clauses that are templates too.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.perf.notes import NOTES
from core.schema.message import (
    COST_ITEM,
    DAYS,
    GIBIBYTES,
    HOURS,
    LIST_SEPARATOR,
    MILLISECONDS,
    MINUTES,
    NEVER,
    SECONDS,
    Label,
    Message,
    templates_in,
)

# -- why a workload does not fit where a plan puts it (core.plan.reasons) -------------------------
CANNOT_HOLD = "The {gpu} cannot hold {work} (needs {needs}; a job can use {has})."
CANNOT_HOLD_NOTE = "The {gpu} cannot hold {work} (needs {needs}; a job can use {has}): {note}."
CANNOT_RUN = "The {gpu} cannot run {work}."
CANNOT_RUN_NOTE = "The {gpu} cannot run {work}: {note}."
# {time}: the job time at the user's deadline confidence (p90 by default); {typical}: the p50
LATE_CANNOT_HOLD = ("The {gpu} cannot hold {work} in the {has} a job can use (needs {needs}); "
                    "offloading makes jobs take up to {time} (typically {typical}), past your "
                    "{limit} limit.")
LATE_OFFLOADING = ("{work} runs on the {gpu} only by offloading part of it to system RAM; jobs "
                   "take up to {time} (typically {typical}), past your {limit} limit.")
LATE = "{work}: up to {time} per job on the {gpu} (typically {typical}), past your {limit} limit."
LONGER_THAN_DAY = ("{work}: up to {time} per job on the {gpu}, longer than the {day} your PC is "
                   "on a day; leave it on until the job is done.")
OFFLOAD_TOO_FAR = ("The {gpu} cannot hold {work}: it needs {needs}, more than {ratio:g}× the "
                   "card's {has}, too much to offload to system RAM at a usable speed.")
OVER_FRAME_BUDGET = ("{work} needs {time} a frame on the {gpu}, over the {budget} budget of "
                     "{fps:g} fps.")
OVER_FRAME_BUDGET_NOTE = ("{work} needs {time} a frame on the {gpu}, over the {budget} budget "
                          "of {fps:g} fps ({note}).")
LIVE_NOT_IN_CLOUD = "{work} is live work: it has to run on your own PC, not in the cloud."
PRIVATE_NOT_IN_CLOUD = "{work} is marked private: it stays on your own hardware."
NO_LOCAL_GPU = "{work} needs a GPU on your PC, and none was recognised."
OVER_CAPACITY = ("The planned work keeps the {gpu} busy {hours:.0f} h a week, more than the "
                 "{capacity:.0f} h it can take on while your PC is on (80% of that time, so jobs "
                 "do not queue past their deadlines).")
# a ruled-out plan's reason, shown beside the plan's name
OVER_BUDGET = "It costs {price}, over your {budget} budget."
OVER_NO_BUDGET = "It costs {price}, and your budget allows no purchase."

# -- feasibility and the three gates (core.plan.feasibility) ---------------------------------------
CPU_LATE = "{work} takes {time} on your CPU, past your {limit} limit."
OFFLOADS = ("{work} does not fit in the {has} a job can use on the {gpu} and runs by offloading "
            "({time} per job).")
NO_DEADLINES = "No job has a deadline."
SLOWEST = ("Slowest against its limit: {work}, typically {time}; {share}% of jobs finish within "
           "{sure} of your {limit}.")
BUSY = ("The {gpu} is busy {hours:.1f} h a week of the {capacity:.0f} h it can take on, so it "
        "sustains {times:.1f}× the planned work.")
BUSY_DAILY = ("The {gpu} is busy {hours:.1f} h a week of the {capacity:.0f} h it can take on, so "
              "it sustains {times:.1f}× the planned work: {work}, about {can} a day against the "
              "{per:.1f} planned.")
BUSY_WEEKLY = ("The {gpu} is busy {hours:.1f} h a week of the {capacity:.0f} h it can take on, "
               "so it sustains {times:.1f}× the planned work: {work}, about {can} a week against "
               "the {per:.1f} planned.")
CLOUD_SCALES = "Cloud capacity grows with the work; no local card is loaded."
ALWAYS_ON_FULL = ("One always-on {provider} machine works {week:.0f} h a week; the work sent to "
                  "it needs {hours:,.0f} h.")
TOTAL = "{total} over {months} months."
TOTAL_UPFRONT = "{total} over {months} months, {upfront} up front."
TOTAL_BUDGET = "{total} over {months} months (budget {budget})."
TOTAL_UPFRONT_BUDGET = "{total} over {months} months, {upfront} up front (budget {budget})."
# a ruled-out plan's reason, always shown beside the plan's own name
DOMINATED = "It costs more than {other} and does nothing faster: a purchase not worth making."
MISSES_A_LIMIT = "does not meet every limit"

# -- plan labels (core.plan.options, core.plan.recommend) ------------------------------------------
KEEP = "Keep your {gpu}"
BUY = "Buy {item}"  # {item}: a card name, or one of the two below
ADD_CARD = "Add {gpu} beside your {own}"  # a second card in the same PC
IN_NEW_PC = "{gpu} in a new desktop PC"
WORKSTATION = "a {n}× {gpu} workstation"
RENT = "Rent {gpu} ({provider} {tier})"
RENT_WHICH = "Rent {gpu} ({provider} {tier}, {which})"
PER_HOUR = "{price}/h"  # {which} of two offers that differ only in price
KEEP_AND_RENT = "Keep your {gpu} + rent {rented} ({provider} {tier}) for {work}"
# a rent plan that still needs the user's own card for the live or private work
RENT_KEEPING_OWN = "{rent}, keeping your {own} for live and private work"
# overflow: the card keeps busy with what it has time for, the rest of {work} is rented
KEEP_AND_OVERFLOW = ("Keep your {gpu} busy + rent {rented} ({provider} {tier}) for the "
                     "{share}% of {work} it has no time for")
# the same with several owned cards named in {gpu}
KEEP_ALL_AND_OVERFLOW = ("Keep your {gpu} busy + rent {rented} ({provider} {tier}) for the "
                         "{share}% of {work} they have no time for")
BUY_AND_OVERFLOW = ("Buy {gpu} + rent {rented} ({provider} {tier}) for the {share}% of {work} it "
                    "has no time for")
BUY_AND_RENT = "Buy {gpu} + rent {rented} ({provider} {tier}) for {work}"
# a card added beside the user's own ({own}), and work rented as above
ADD_AND_RENT = "Add {gpu} beside your {own} + rent {rented} ({provider} {tier}) for {work}"
ADD_AND_OVERFLOW = ("Add {gpu} beside your {own} + rent {rented} ({provider} {tier}) for the "
                    "{share}% of {work} they have no time for")
# the {tier} of a cloud offer (core.schema.cloud.Tier)
# one of the planner's assumptions in the report (see assumption())
ASSUMPTION = "{name}: {value} {unit} ({source})"
# capitalised: it follows the provider's name, "Runpod Community", "AWS On-demand"
TIER_SECURE = "Secure"
TIER_COMMUNITY = "Community"
TIER_SPOT = "Spot"
TIER_SERVERLESS = "Serverless"
TIER_ON_DEMAND = "On-demand"
TIER_RESERVED = "Reserved"

# -- a plan's reasons (core.plan.recommend) -------------------------------------------------------
ON_CPU = "{work} runs on your CPU ({time}); no GPU changes it."
ON_RENTED = "on a rented {gpu}"
ON_LOCAL = "on the {gpu}"
OFFLOADING = ", offloading to system RAM because it does not fit in the {has} a job can use"
IN_FP8 = ", with 8-bit (fp8) weights (slightly lower quality than 16-bit){how}"  # how: OFFLOADING
YOUR_LIMIT = " (your limit {limit})"
# the time the deadline is judged at (the profile's deadline confidence, p90 by default) beside
# the limit, so the sentence and the table's "13 min / 30 min" say the same thing
SURE_LIMIT = " ({pct:g}% of jobs within {sure}; your limit {limit})"
LIVE_RUNS = "{work} runs {where} within its frame budget ({time} a frame), {hours:g} h a week."
LIVE_RUNS_OF = ("{work} runs {where} within its frame budget ({time} of its {budget} a frame), "
                "{hours:g} h a week.")
JOB_TAKES = "{work}: {time} per job {where}{how}{limit}."
# ... where the range rests on related cards, software or models ({note}: core.perf.wording's
# RANGE_ sentences)
JOB_TAKES_NOTED = "{work}: {time} per job {where}{how}{limit}; {note}."
# what the user's own measurements did to a job's estimate (core.measure.estimates)
MEASURED_HERE = ("Your measurement on the {gpu}: {value} {unit}, {ratio:.2f}× the typical figure; "
                 "{work} is estimated at your speed.")
MEASURED_SAME_CARD = ("Your measurement on the {gpu} ({value} {unit}, {ratio:.2f}× the typical "
                      "figure) rescales {work} on that card.")
MEASURED_OTHER_CARD = ("Your measurement on the {gpu} ({value} {unit}, {ratio:.2f}× the typical "
                       "figure) moves {work} {where} part of the way, {factor:.2f}×, with a wider "
                       "range: your setup says something, not everything, about another card.")
MEASURED_RENDER = ("Your render on the {gpu} took {value} s a frame: {work} is timed from it, "
                   "other cards by their Cycles scores.")
MONTHLY = "Monthly cost about {cost}."
MONTHLY_SPLIT = "Monthly cost about {cost}: {parts}."
PAYS_OFF = ("Buying pays off after {months:.0f} months against the cheapest plan that buys "
            "nothing.")
# the recommendation's reasons end their job lines with this past TOP_JOB_LINES (a profile may hold
# up to core.config.MAX_WORKLOADS); a plan that is recommended meets every limit
MORE_WORKLOADS = "And {n} more workloads, each within your limits."
# cost items (Plan.cost_breakdown keys)
CARD_NET = "card, net of resale"
CHASSIS = "workstation chassis"
DESKTOP_PC = "desktop PC"
PSU_UPGRADE = "PSU upgrade"
ELECTRICITY = "electricity"
CLOUD_COMPUTE = "cloud compute"
CLOUD_FIXED = "cloud storage / always-on"

# -- the recommendation and why not the others (core.plan.recommend) -------------------------------
NOTHING_FITS = ("No option meets every limit in this profile. The closest is {plan}: {why} "
                "Loosen a deadline, raise the budget or allow cloud for private work.")
NO_OPTIONS = "There are no options to compare for this profile."
RECOMMEND = "{plan}: about {cost} a month (p10–p90 {low}–{high}){upfront}{payoff}{as_of}."
UPFRONT_CLAUSE = ", {upfront} up front over {months} months including resale"
PAYOFF_CLAUSE = "; it pays off after {months:.0f} months against buying nothing"
AS_OF_CLAUSE = " (cloud price as of {date})"
CARD_PRICE_CLAUSE = " (card price {price}: {kind}, as of {date})"
CARD_PRICE_OWN = " (card price {price}: your own)"
KIND_STREET = "new in shops"
KIND_USED = "used"
KIND_MACHINE = "the whole computer"
KIND_LAUNCH = "launch price"
# the offer by the names the plan's label gives it (RENT): never its id
STALE_PRICE = ("This plan rents {gpu} on {provider} {tier} at a price dated {date}, {days} days "
               "ago (more than {limit}): it may have changed; refresh the prices (Refresh prices "
               "in Settings, or rigsizer prices refresh) to check it.")
STALE_TARIFF = ("The electricity price for {region} is dated {date}, {days} days ago, and is "
                "{share}% of this plan's cost: if yours differs, enter it (Settings › Your own "
                "figures; or electricity_price_per_kwh in the profile).")
# -- where the numbers came from (PlanResult.provenance) ---------------------------------------
GPU_CATALOG = "{count} GPUs, retrieved {first} to {last}"
DATE_RANGE = "{first} to {last}"  # the dates of the cloud offers, each offer having its own
NO_GPUS = "no GPUs"
OFFERS_FROM = "{count} offers from {providers}"
OFFERS_LEFT_OUT = "{offers}; {left} offers left out (provider not chosen or card unknown)"
NO_OFFERS = "none"
NO_CLOUD_OFFERS = "no cloud offers"
HARDWARE_MATCH = "{gpu}: {how}"  # a card of the machine, and how it was matched to the catalog
ENTERED_BY_HAND = "entered by hand"  # the machine was typed in or corrected by hand
COSTS_MORE = "{plan} costs {diff} a month more ({cost})."
COSTS_THE_SAME = ("{plan} costs about the same ({cost} a month) and takes {hours:.1f} h of "
                  "a card's time a week against {best_hours:.1f} h.")
RULED_OUT = "{plan}: {why}"
FASTEST = "{plan} is the fastest card within your limits, for {diff} a month more."
UNPRICED = ("Not offered to buy, for want of a dated price: {cards}. Enter what you would pay "
            "for one (for a laptop GPU or an Apple chip, the whole computer) in Settings › Your "
            "own figures, or in the profile's [gpu_prices], to have it weighed.")
UNPRICED_MORE = ("Not offered to buy, for want of a dated price: {cards} and {more} others. Enter "
                 "what you would pay for one (for a laptop GPU or an Apple chip, the whole "
                 "computer) in Settings › Your own figures, or in the profile's [gpu_prices], to "
                 "have it weighed.")
FASTEST_GAIN = ("{plan} is the fastest card within your limits, for {diff} a month more: {work} "
                "in {fast} instead of {slow}.")

# -- sensitivity (core.plan.sensitivity) -----------------------------------------------------------
USAGE = "the amount of work (jobs and hours a week)"
TARIFF = "electricity prices"
CARD_PRICES = "card prices"
RENTAL_PRICES = "cloud rental prices"
FLIPS_IF_HALVED = "With {input} at half today's, {plan} would win instead."
FLIPS_IF_HIGHER = "With {input} at 1.5 times today's, {plan} would win instead."
HOLDS = ("Even with {input} at half or 1.5 times today's, the lead over {plan} changes by at "
         "most {swing} a month; the choice holds.")
NO_EFFECT = "Changes in {input} move this plan and {plan} alike; the choice holds."

UNITS = (MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS, NEVER, GIBIBYTES, LIST_SEPARATOR, COST_ITEM)


_TIERS = {t.lower(): t for t in (TIER_SECURE, TIER_COMMUNITY, TIER_SPOT, TIER_SERVERLESS,
                                 TIER_ON_DEMAND, TIER_RESERVED)}


def assumption(name: str, value: float, unit: str, source: str) -> Message:
    """One of the planner's assumptions, for the report ("idle draw: 0.06 × TDP (estimate:
    …)"); its name, unit and source are looked up in the translation like a profile name
    (app.gui.i18n_core_build lists every Assumption's texts in the catalogue)."""
    return Message(ASSUMPTION, name=Label(name), value=_number(value), unit=Label(unit),
                   source=Label(source))


def _number(value: float) -> str:
    """"0.06", "0.541", "150", "100,000,000": a large whole number in full, with thousands
    separators (`:g` wrote 1e+08, which reads as a formula)."""
    if abs(value) >= 1e4 and float(value).is_integer():
        return f"{value:,.0f}"
    # three significant digits below 100: a value computed from others (a sigma of log(2) /
    # 1.2816) printed as 0.540845 claims a precision no estimate has
    return f"{value:.3g}" if abs(value) < 100 else f"{value:g}"


def provider_name(provider: str, names: Mapping[str, str]) -> str:
    """A provider's own name for an id ("vast" -> "Vast.ai") from `names` (the loaded catalogs'
    Catalogs.provider_names); an unknown id stays as it is. Plan labels say "Runpod", not the
    id "runpod"."""
    return names.get(provider, provider)


def tier(name: str) -> str:
    """A cloud tier as a word the app can translate (an unknown tier stays as it is)."""
    return Message(_TIERS[name]) if name in _TIERS else name


def _templates() -> dict[str, str]:
    """Constant name -> template, for the translation tools; with the performance model's
    notes (core.perf.notes), which the sentences here carry as {note}."""
    own = templates_in(dict(globals()))
    return {**own, **NOTES}


TEMPLATES: dict[str, str] = _templates()

__all__ = ["TEMPLATES", "UNITS", "assumption", "provider_name", "tier"]
