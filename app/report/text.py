"""A PlanResult as text: `rigsizer plan` and the GUI's no-display fallback print it (the JSON and
CSV are app.report.document's and app.report.table's).

The text can be in another language (`format_plan(result, lang="zh_CN")`): core's sentences are
`Message`s rendered with the translations in assets/translations/core_<lang>.ts, read here as
plain XML so the command line needs no Qt; the headings below are templates in that file too.
"""

from __future__ import annotations

import math
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from app.report import TOP_PLANS, TOP_REJECTED
from core.paths import assets_dir
from core.plan import wording
from core.plan.reasons import money
from core.prices.store import stale_age
from core.schema.message import (
    Label,
    Message,
    Translate,
    format_duration,
    format_duration_beside,
    render,
)
from core.schema.plan import Plan, PlanResult

LABEL_WIDTH = 64
LANGUAGES = ("en", "zh_CN")

# The text's own words, as templates translated next to core's (context "core").
TITLE = "RigSizer plan for {name} ({creator}) on {machine}"
NO_MACHINE = "no machine (cloud only)"
UNKNOWN_CARD = "{gpu} (unknown card)"
NO_GPU = "no GPU recognised"
WITH_RAM = "{gpus}, {ram:.0f} GiB RAM"
BY_HAND = "{machine} (entered by hand)"
DETECTED = "{machine} (detected)"
PRICES_LINE = ("Prices: cloud as of {date}; electricity '{tariff}' ({tariff_date}); {currency} at "
               "rates of {rate_date}; {months}-month horizon; {samples:,} Monte Carlo samples.")
TARIFF_AGE = "{date}, {days} days old"  # an electricity price older than 90 days, with its age
MACHINE_NOTE = "Note on your machine: {reason}"
RECOMMENDATION = "Recommendation"
WHY = "Why"
WHY_NOT = "Why not the obvious alternatives"
PLANS_HEAD = "Plans that meet every limit, cheapest first ({currency} a month over {months} months)"
COL_PLAN = "Plan"
COL_P50 = "p50/month"
COL_RANGE = "p10–p90"
COL_UPFRONT = "Up front"
COL_BREAKEVEN = "Break-even"
COL_SLOWEST = "Tightest job / limit"
MONTHS_SHORT = "{n:.0f} mo"
MORE_PLANS = "… and {n} more (--json or --csv lists all)"
MISSES_HEAD = "Options that miss a limit"
MORE = "… and {n} more"
MOVES_HEAD = "What moves the decision most"
BREAKEVEN_HEAD = ("Break-even month of '{buy}' against '{rent}' (rows: hours of work a week; "
                  "columns: electricity price per kWh)")
HOURS_COL = "h/week"
NEVER = "never"
NOW_AT = "now: {hours:.1f} h a week at {price}/kWh"
TEXTS: dict[str, str] = {k: v for k, v in globals().items() if k.isupper() and isinstance(v, str)}


def translations_file(lang: str) -> Any:
    return assets_dir() / "translations" / f"core_{lang}.ts"


@lru_cache(maxsize=4)
def load_translations(lang: str) -> Mapping[str, str]:
    """English template -> finished translation for `lang` ({} for English), from the .ts XML."""
    if lang == "en":
        return {}
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language '{lang}' (known: {', '.join(LANGUAGES)})")
    path = translations_file(lang)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise ValueError(f"translation file {path} cannot be read: {exc}") from exc
    out: dict[str, str] = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") != "core":
            continue
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete",
                                                                   "vanished"):
                continue
            if tr.text:
                out[source] = tr.text
    return out


def text_language(choice: str, environ: Mapping[str, str] | None = None) -> str:
    """A language setting ("en", "zh_CN" or "system") as a language of the text output:
    "system" follows the locale variables (LC_ALL, LC_MESSAGES, LANG), as Qt would."""
    if choice in LANGUAGES:
        return choice
    import os

    env = os.environ if environ is None else environ
    locale = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    return "zh_CN" if locale.startswith("zh") else "en"


def translator(lang: str) -> Translate | None:
    """A template -> translated template function for `lang` (None: English as written)."""
    table = load_translations(lang)
    if not table:
        return None
    return lambda text: table.get(text, text)


def _say(tr: Translate | None, template: str, **params: Any) -> str:
    """One of this module's templates, translated and filled (English if it does not fit)."""
    text = template if tr is None else tr(template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def slowest_against_limit(plan: Plan, tr: Translate | None = None) -> str:
    """The job closest to (or furthest past) its limit, as "8 min / 30 min" ("—" with no
    deadline): the plan table's Tightest job / limit column, here and in the GUI's plans table."""
    for g in plan.gates:
        if g.name == "latency" and math.isfinite(g.limit) and g.limit > 0:
            return (f"{format_duration_beside(g.value, g.limit, tr)} / "
                    f"{format_duration(g.limit, tr)}")
    return "—"


def _machine_line(result: PlanResult, tr: Translate | None = None) -> str:
    m = result.machine
    if m is None:
        return _say(tr, NO_MACHINE)
    names = [g.name if g.spec is not None else _say(tr, UNKNOWN_CARD, gpu=g.name)
             for g in m.gpus]
    text = ", ".join(names) if names else _say(tr, NO_GPU)
    if m.ram_bytes:
        text = _say(tr, WITH_RAM, gpus=text, ram=m.ram_bytes / 1024**3)
    return _say(tr, BY_HAND if m.hand_edited else DETECTED, machine=text)


def tariff_date_text(date: str, tr: Any) -> str:
    """The electricity price's date, with its age where it is older than STALE_DAYS (data
    ages: a price that old is shown with how old it is)."""
    try:
        age = stale_age(date) if date else None
    except ValueError:  # a date that is no date is shown as it is
        return date
    return date if age is None else _say(tr, TARIFF_AGE, date=date, days=int(age))


def format_plan(result: PlanResult, *, top: int = TOP_PLANS, lang: str = "en") -> str:
    """The recommendation, its reasons, the alternatives and the plan table as plain text, in
    `lang` ("en" or "zh_CN"; names of cards, models and providers stay as they are)."""
    tr = translator(lang)

    def say(text: str) -> str:
        return render(text, tr)

    p = result.profile
    prov = result.provenance
    ccy = p.currency
    out: list[str] = []
    out.append(_say(tr, TITLE, name=render(Label(p.name), tr), creator=p.creator_type,
                    machine=_machine_line(result, tr)))
    out.append(_say(tr, PRICES_LINE, date=render(prov.price_snapshot_date, tr),
                    tariff=render(Label(prov.tariff_region), tr) if prov.tariff_region
                    else prov.tariff_id,
                    tariff_date=tariff_date_text(prov.tariff_date, tr), currency=ccy,
                    rate_date=prov.rate_date,
                    months=p.horizon_months, samples=result.samples))
    if result.machine is not None and result.machine.reason:
        out.append(_say(tr, MACHINE_NOTE, reason=say(result.machine.reason)))
    out.append("")
    out.append(_say(tr, RECOMMENDATION))
    out.append(f"  {say(result.recommendation)}")
    out += [f"  ! {say(w)}" for w in result.price_warnings]
    if result.top_reasons:
        out.append("")
        out.append(_say(tr, WHY))
        out += [f"  - {say(r)}" for r in result.top_reasons]
    if result.alternatives:
        out.append("")
        out.append(_say(tr, WHY_NOT))
        out += [f"  - {say(r)}" for r in result.alternatives]
    if result.plans:
        out.append("")
        out.append(_say(tr, PLANS_HEAD, currency=ccy, months=p.horizon_months))
        rows = [("#", _say(tr, COL_PLAN), _say(tr, COL_P50), _say(tr, COL_RANGE),
                 _say(tr, COL_UPFRONT), _say(tr, COL_BREAKEVEN), _say(tr, COL_SLOWEST))]
        for i, pl in enumerate(result.plans[:top], start=1):
            be = ("—" if pl.breakeven_month is None
                  else _say(tr, MONTHS_SHORT, n=pl.breakeven_month))
            label = say(pl.label)
            # ◆: the user's own measurements moved this plan's estimates, as in the window
            mark = " ◆" if pl.moved_by_user else ""
            if _width(label) + len(mark) > LABEL_WIDTH:
                label = _clip(label, LABEL_WIDTH - 1 - len(mark)) + "…"
            rows.append((str(i), label + mark, money(pl.monthly_cost_p50, ccy),
                         f"{money(pl.monthly_cost_p10, ccy)}–{money(pl.monthly_cost_p90, ccy)}",
                         money(pl.upfront_cost, ccy) if pl.upfront_cost else "—", be,
                         slowest_against_limit(pl, tr)))
        out += _table(rows, text_column=1)  # the plan's name
        if len(result.plans) > top:
            out.append("  " + _say(tr, MORE_PLANS, n=len(result.plans) - top))
    if result.rejected:
        out.append("")
        out.append(_say(tr, MISSES_HEAD))
        for r in result.rejected[:TOP_REJECTED]:
            out.append("  - " + render(Message(wording.RULED_OUT, plan=r.plan.label, why=r.why),
                                       tr))
        if len(result.rejected) > TOP_REJECTED:
            out.append("  " + _say(tr, MORE, n=len(result.rejected) - TOP_REJECTED))
    if result.sensitivity:
        out.append("")
        out.append(_say(tr, MOVES_HEAD))
        out += [f"  - {say(s.detail)}" for s in result.sensitivity]
    grid = result.breakeven
    if grid is not None:
        out.append("")
        buy = say(result.plan(grid.buy_plan_id).label)
        rent = say(result.plan(grid.rent_plan_id).label)
        out.append(_say(tr, BREAKEVEN_HEAD, buy=buy, rent=rent))
        head = [_say(tr, HOURS_COL)] + [money(t, ccy) for t in grid.tariff_per_kwh]
        rows2 = [tuple(head)]
        never = _say(tr, NEVER)
        for h, months in zip(grid.hours_per_week, grid.months, strict=True):
            cells = [never if not math.isfinite(m) else f"{m:.0f}" for m in months]
            rows2.append((f"{h:g}", *cells))
        out += _table(rows2)
        out.append("  " + _say(tr, NOW_AT, hours=grid.current_hours_per_week,
                               price=money(grid.current_tariff_per_kwh, ccy)))
    return "\n".join(out) + "\n"


def _width(text: str) -> int:
    """Columns `text` takes in a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _clip(text: str, width: int) -> str:
    out, used = [], 0
    for ch in text:
        w = _width(ch)
        if used + w > width:
            break
        out.append(ch)
        used += w
    return "".join(out)


def _table(rows: Sequence[tuple[str, ...]], text_column: int | None = None) -> list[str]:
    """`rows` (the first is the heading) in columns as wide as their widest cell: numbers are
    right-aligned so that their digits line up; `text_column`, if any, is left-aligned."""
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        pad = [" " * (widths[i] - _width(c)) for i, c in enumerate(r)]
        cells = [c + pad[i] if i == text_column else pad[i] + c for i, c in enumerate(r)]
        lines.append("  " + "  ".join(cells).rstrip())
    return lines


__all__ = ["LANGUAGES", "TEXTS", "format_plan", "load_translations", "tariff_date_text",
           "text_language", "translator"]
