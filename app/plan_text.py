"""A PlanResult as text, JSON-ready data and CSV rows: shared by `rigsizer plan`, the GUI's
no-display fallback and the report export, so every surface says the same thing."""

from __future__ import annotations

import csv
import dataclasses
import io
import math
from collections.abc import Mapping
from typing import Any

import numpy as np

from core.plan.reasons import duration, money
from core.schema.plan import Plan, PlanResult

TOP_PLANS = 12
TOP_REJECTED = 8
LABEL_WIDTH = 64


def _slowest(plan: Plan) -> str:
    """The job closest to (or furthest past) its limit, as "8 min / 30 min"."""
    for g in plan.gates:
        if g.name == "latency" and math.isfinite(g.limit) and g.limit > 0:
            return f"{duration(g.value)} / {duration(g.limit)}"
    return "—"


def _machine_line(result: PlanResult) -> str:
    m = result.machine
    if m is None:
        return "no machine (cloud only)"
    names = [g.name + ("" if g.spec is not None else " (unknown card)") for g in m.gpus]
    text = ", ".join(names) if names else "no GPU recognised"
    if m.ram_bytes:
        text += f", {m.ram_bytes / 1024**3:.0f} GiB RAM"
    text += " (entered by hand)" if m.hand_edited else " (detected)"
    return text


def format_plan(result: PlanResult, *, top: int = TOP_PLANS) -> str:
    """The recommendation, its reasons, the alternatives and the plan table as plain text."""
    p = result.profile
    prov = result.provenance
    ccy = p.currency
    out: list[str] = []
    out.append(f"RigSizer plan for {p.name} ({p.creator_type}) on {_machine_line(result)}")
    out.append(f"Prices: cloud as of {prov.price_snapshot_date}; electricity '{prov.tariff_id}' "
               f"({prov.tariff_date}); {ccy} at rates of {prov.rate_date}; "
               f"{p.horizon_months}-month horizon; {result.samples:,} Monte Carlo samples.")
    if result.machine is not None and result.machine.reason:
        out.append(f"Note on your machine: {result.machine.reason}")
    out.append("")
    out.append("Recommendation")
    out.append(f"  {result.recommendation}")
    if result.top_reasons:
        out.append("")
        out.append("Why")
        out += [f"  - {r}" for r in result.top_reasons]
    if result.alternatives:
        out.append("")
        out.append("Why not the obvious alternatives")
        out += [f"  - {r}" for r in result.alternatives]
    if result.plans:
        out.append("")
        out.append(f"Plans that meet every limit, cheapest first ({ccy} a month over "
                   f"{p.horizon_months} months)")
        rows = [("#", "Plan", "p50/month", "p10–p90", "Up front", "Break-even",
                 "Slowest / limit")]
        for i, pl in enumerate(result.plans[:top], start=1):
            be = "—" if pl.breakeven_month is None else f"{pl.breakeven_month:.0f} mo"
            label = pl.label if len(pl.label) <= LABEL_WIDTH else pl.label[:LABEL_WIDTH - 1] + "…"
            rows.append((str(i), label, money(pl.monthly_cost_p50, ccy),
                         f"{money(pl.monthly_cost_p10, ccy)}–{money(pl.monthly_cost_p90, ccy)}",
                         money(pl.upfront_cost, ccy) if pl.upfront_cost else "—", be,
                         _slowest(pl)))
        out += _table(rows)
        if len(result.plans) > top:
            out.append(f"  … and {len(result.plans) - top} more (--json or --csv lists all)")
    if result.rejected:
        out.append("")
        out.append("Options that miss a limit")
        for r in result.rejected[:TOP_REJECTED]:
            out.append(f"  - {r.plan.label}: {r.why}")
        if len(result.rejected) > TOP_REJECTED:
            out.append(f"  … and {len(result.rejected) - TOP_REJECTED} more")
    if result.sensitivity:
        out.append("")
        out.append("What moves the decision most")
        out += [f"  - {s.detail}" for s in result.sensitivity]
    grid = result.breakeven
    if grid is not None:
        out.append("")
        buy = result.plan(grid.buy_plan_id).label
        rent = result.plan(grid.rent_plan_id).label
        out.append(f"Break-even month of '{buy}' against '{rent}' "
                   f"(rows: hours of work a week; columns: electricity price per kWh)")
        head = ["h/week"] + [money(t, ccy) for t in grid.tariff_per_kwh]
        rows2 = [tuple(head)]
        for h, months in zip(grid.hours_per_week, grid.months, strict=True):
            cells = ["never" if not math.isfinite(m) else f"{m:.0f}" for m in months]
            rows2.append((f"{h:g}", *cells))
        out += _table(rows2)
        out.append(f"  now: {grid.current_hours_per_week:.1f} h a week at "
                   f"{money(grid.current_tariff_per_kwh, ccy)}/kWh")
    return "\n".join(out) + "\n"


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [c.ljust(widths[i]) if i == 1 else c.rjust(widths[i]) for i, c in enumerate(r)]
        lines.append("  " + "  ".join(cells).rstrip())
    return lines


def _plain(value: Any) -> Any:
    """JSON-safe: dataclasses to dicts, numpy to Python, NaN/inf to None."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, np.ndarray):
        return [_plain(v) for v in value.tolist()]
    if isinstance(value, np.generic):
        return _plain(value.item())
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def plan_to_dict(result: PlanResult) -> dict[str, Any]:
    """Everything in the result, with provenance, as JSON-ready data."""
    data: dict[str, Any] = {
        "recommendation": result.recommendation,
        "best_plan_id": result.best.id if result.best is not None else None,
        "top_reasons": list(result.top_reasons),
        "alternatives": list(result.alternatives),
        "plans": _plain(result.plans),
        "rejected": [{"why": r.why, "plan": _plain(r.plan)} for r in result.rejected],
        "sensitivity": _plain(result.sensitivity),
        "breakeven": _plain(result.breakeven),
        "provenance": _plain(result.provenance),
        "profile": _plain(result.profile),
        "samples": result.samples,
        "seed": result.seed,
    }
    if result.machine is not None:
        from core.hardware.machine import machine_to_dict

        data["machine"] = _plain(machine_to_dict(result.machine))
    else:
        data["machine"] = None
    return data


CSV_COLUMNS = ("rank", "plan_id", "kind", "label", "meets_every_limit", "currency",
               "monthly_p10", "monthly_p50", "monthly_p90", "upfront", "breakeven_month",
               "device_hours_per_week", "latency_ok", "throughput_ok", "tco_ok",
               "total_over_horizon", "why_not", "price_snapshot")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell a spreadsheet will not run as a formula: text from a profile or catalog
    that starts with = + - @ or a tab/CR gets a leading apostrophe (OWASP's CSV-injection
    advice); numbers and other text pass unchanged."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


def plan_csv(result: PlanResult) -> str:
    """The plan table, feasible plans ranked first, then the rejected ones."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    rows = [(i, pl, "") for i, pl in enumerate(result.plans, start=1)]
    rows += [(0, r.plan, r.why) for r in result.rejected]
    for rank, pl, why in rows:
        gates = {g.name: g for g in pl.gates}

        def num(x: float | None) -> str:
            return "" if x is None or not math.isfinite(x) else f"{x:.2f}"

        w.writerow([spreadsheet_safe(c) for c in (
            rank or "", pl.id, pl.kind, pl.label, "yes" if pl.feasible else "no",
            pl.currency, num(pl.monthly_cost_p10), num(pl.monthly_cost_p50),
            num(pl.monthly_cost_p90), num(pl.upfront_cost), num(pl.breakeven_month),
            num(pl.hours_per_week),
            *("yes" if gates[n].passed else "no" for n in ("latency", "throughput", "tco")),
            num(gates["tco"].value), why, result.provenance.price_snapshot_date)])
    return buf.getvalue()


def write_csv(result: PlanResult, path: str) -> None:
    """UTF-8 with a BOM, so Excel on Chinese Windows opens it with the right characters."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(plan_csv(result))


__all__ = ["CSV_COLUMNS", "format_plan", "plan_csv", "plan_to_dict", "spreadsheet_safe",
           "write_csv"]
