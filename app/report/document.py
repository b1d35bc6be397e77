"""A PlanResult as one JSON document: `rigsizer plan --json` prints it, the window exports it.

Layout (schema_version 2): the header (schema, RigSizer version, when it was written), then the
decision (recommendation, best_plan_id, top_reasons, alternatives, price_warnings), every plan
and every rejected plan with why, sensitivity, the break-even grid, provenance, the profile and
the machine, and the Monte Carlo samples and seed. Non-finite numbers are null.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from core.atomic_file import save_file
from core.schema.plan import PlanResult
from core.version import version

# 1 was the window's {"result": every PlanResult field}; 2 is one layout for both surfaces.
SCHEMA_VERSION = 2


def plain(value: Any) -> Any:
    """JSON-safe: dataclasses and mappings to dicts, tuples and sets to lists, numpy values to
    Python ones, NaN/inf to None, anything else unknown to its text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, str | int | bool) or value is None:
        return value  # a core Message is a str: its English text
    if hasattr(value, "tolist"):  # numpy scalars and arrays
        return plain(value.tolist())
    return str(value)


def report_document(result: PlanResult, *, generated_at: str | None = None) -> dict[str, Any]:
    """Everything in the result, with provenance, as JSON-ready data."""
    from core.hardware.machine import machine_to_dict

    when = generated_at or _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")
    return {
        "schema_version": SCHEMA_VERSION,
        "rigsizer_version": version(),
        "generated_at": when,
        "recommendation": plain(result.recommendation),
        "best_plan_id": result.best.id if result.best is not None else None,
        "top_reasons": plain(result.top_reasons),
        "alternatives": plain(result.alternatives),
        "price_warnings": plain(result.price_warnings),
        "plans": plain(result.plans),
        "rejected": [{"why": plain(r.why), "plan": plain(r.plan)} for r in result.rejected],
        "sensitivity": plain(result.sensitivity),
        "breakeven": plain(result.breakeven),
        "provenance": plain(result.provenance),
        "profile": plain(result.profile),
        "machine": None if result.machine is None else plain(machine_to_dict(result.machine)),
        "samples": result.samples,
        "seed": result.seed,
    }


def report_json(result: PlanResult, *, generated_at: str | None = None) -> str:
    """The document as indented UTF-8 JSON text, ending in a newline."""
    return json.dumps(report_document(result, generated_at=generated_at), indent=2,
                      ensure_ascii=False, allow_nan=False) + "\n"


def write_json(result: PlanResult, path: Path) -> None:
    """Written atomically: on a full disk the error is raised and a previous file stays whole."""
    save_file(path, report_json(result), f"could not write the JSON file {path}")


__all__ = ["SCHEMA_VERSION", "plain", "report_document", "report_json", "write_json"]
