"""The plan table as CSV, one row per plan: `rigsizer plan --csv` and the window's CSV export.

Feasible plans first, ranked as the recommendation ranks them, then the rejected ones with why.
UTF-8 with a byte-order mark, so Excel on Chinese Windows opens it with the right characters;
text that a spreadsheet would run as a formula is defused. Per-workload times are in the JSON.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Any

from core.atomic_file import save_file
from core.schema.plan import PlanResult

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


def _number(x: float | None) -> str:
    return "" if x is None or not math.isfinite(x) else f"{x:.2f}"


def plan_csv(result: PlanResult) -> str:
    """The table as CSV text (without the byte-order mark), rows ending in CRLF."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(CSV_COLUMNS)
    rows = [(i, pl, "") for i, pl in enumerate(result.plans, start=1)]
    rows += [(0, r.plan, r.why) for r in result.rejected]
    for rank, pl, why in rows:
        gates = {g.name: g for g in pl.gates}
        w.writerow([spreadsheet_safe(c) for c in (
            rank or "", pl.id, pl.kind, pl.label, "yes" if pl.feasible else "no",
            pl.currency, _number(pl.monthly_cost_p10), _number(pl.monthly_cost_p50),
            _number(pl.monthly_cost_p90), _number(pl.upfront_cost),
            _number(pl.breakeven_month), _number(pl.hours_per_week),
            *("yes" if gates[n].passed else "no" for n in ("latency", "throughput", "tco")),
            _number(gates["tco"].value), why, result.provenance.price_snapshot_date)])
    return buf.getvalue()


def write_csv(result: PlanResult, path: Path) -> None:
    """UTF-8 with a BOM, written atomically: on a full disk the error is raised and a previous
    file stays whole."""
    # "\ufeff" is the byte-order mark Excel looks for (what encoding="utf-8-sig" writes).
    save_file(path, "\ufeff" + plan_csv(result), f"could not write the CSV file {path}")


__all__ = ["CSV_COLUMNS", "plan_csv", "spreadsheet_safe", "write_csv"]
