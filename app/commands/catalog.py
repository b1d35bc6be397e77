"""`rigsizer catalog gpus|clouds|models|profiles [--json]`: list what RigSizer knows.

`gpus` prints a table of the GPU catalog, or with --json every field of every entry in the
catalog's own units (vram_gib, mem_bandwidth_gb_s, fp16_tensor_tflops ...) with its sources.
The other catalogs are printed generically from their dataclasses: `dataclasses.asdict` for
--json, a compact table of their plain fields otherwise.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from app.errors import UserError
from core.shorten import shorten

KINDS = ("gpus", "clouds", "models", "profiles")

# kind -> (module, loader). The loaders return a tuple of dataclasses or a dict of them.
LOADERS = {
    "gpus": ("core.catalogs.gpus", "load_gpus"),
    "clouds": ("core.catalogs.bundle", "load_offers"),
    "models": ("core.catalogs.models", "load_models"),
    "profiles": ("core.catalogs.profiles", "load_profiles"),
}

# Columns shown first in the text table when the dataclass has them; prices keep their date.
PREFERRED = {
    "clouds": ("id", "provider", "gpu_id", "gpu_count", "tier", "usd_per_hour", "snapshot_date"),
    "profiles": ("name", "creator_type", "region", "currency", "horizon_months", "workloads"),
}
MAX_COLUMNS = 8
MAX_CELL = 40


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "catalog", help="list the GPU, cloud offer, model or creator profile catalog",
        description="List the entries of one of RigSizer's catalogs.")
    parser.add_argument("kind", choices=KINDS, help="which catalog to list")
    parser.add_argument("--json", action="store_true",
                        help="print every field of every entry as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    entries = _load(args.kind)
    if args.kind == "gpus":
        rows = [gpu_record(g) for g in entries]
        text = json.dumps(rows, indent=2, ensure_ascii=False) if args.json else gpu_table(rows)
    elif args.kind == "models" and not args.json:
        text = model_table(entries)
    elif args.json:
        text = json.dumps([_as_dict(e) for e in entries], indent=2, ensure_ascii=False,
                          default=str)
    else:
        text = generic_table(entries, PREFERRED.get(args.kind, ()))
    sys.stdout.write(text + "\n")
    return 0


def _load(kind: str) -> list[Any]:
    module_name, func_name = LOADERS[kind]
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        # Only the loader module itself being absent means "not built yet"; a broken import
        # inside it is a bug and must surface as one.
        if isinstance(exc, ModuleNotFoundError) and exc.name not in (None, module_name):
            raise
        raise UserError(f"the {kind} catalog is not available in this build "
                        f"(no module {module_name})") from exc
    loader: Callable[[], Any] | None = getattr(module, func_name, None)
    if loader is None:
        raise UserError(f"the {kind} catalog is not available in this build "
                        f"({module_name} has no {func_name}())")
    loaded = loader()
    values = loaded.values() if isinstance(loaded, Mapping) else loaded
    return list(values)


# --- GPUs ------------------------------------------------------------------------------------

def gpu_record(gpu: Any) -> dict[str, Any]:
    """One GpuSpec in the catalog's units (the keys of assets/catalogs/gpus/*.toml)."""
    from core.units import GB, GIB, TFLOPS

    def scaled(value: float | None, unit: float) -> float | None:
        return None if value is None else round(value / unit, 4)

    return {
        "id": gpu.id,
        "name": gpu.name,
        "aliases": list(gpu.aliases),
        "vendor": gpu.vendor,
        "architecture": gpu.architecture,
        "form_factor": gpu.form_factor,
        "vram_gib": scaled(gpu.vram_bytes, GIB),
        "usable_vram_gib": scaled(gpu.usable_vram_bytes, GIB),
        "mem_bandwidth_gb_s": scaled(gpu.mem_bandwidth_bps, GB),
        "fp32_tflops": scaled(gpu.fp32_flops, TFLOPS),
        "fp16_tensor_tflops": scaled(gpu.fp16_tensor_flops, TFLOPS),
        "int8_tensor_tops": scaled(gpu.int8_tensor_ops, TFLOPS),
        "fp8_tensor_tflops": scaled(gpu.fp8_tensor_flops, TFLOPS),
        "tdp_w": gpu.tdp_w,
        "launch_price_usd": gpu.launch_price_usd,
        "street_price_usd": gpu.street_price_usd,
        "street_price_date": gpu.street_price_date,
        "street_price_condition": gpu.street_price_condition,
        "machine_price_usd": gpu.machine_price_usd,
        "machine_price_date": gpu.machine_price_date,
        "machine": gpu.machine or None,
        "discontinued": gpu.discontinued,
        "sold_in": list(gpu.sold_in),
        "not_sold_in": list(gpu.not_sold_in),
        "purchase_price": _purchase(gpu),
        "price_note": gpu.price_note or None,
        "release_date": gpu.release_date,
        "encoder": gpu.encoder,
        "rt_gen": gpu.rt_gen,
        "pci_ids": list(gpu.pci_ids),
        "gpu_cores": gpu.gpu_cores,
        "source": gpu.source,
        "retrieved": gpu.retrieved,
        "sources": dict(gpu.sources),
        "origin": gpu.origin,
    }


def _purchase(gpu: Any) -> dict[str, Any] | None:
    """The price a plan buys it at: amount, kind (street, used, machine, launch) and date."""
    price = gpu.purchase_price()
    if price is None:
        return None
    return {"usd": price.usd, "kind": price.kind, "date": price.date, "source": price.source}


def _price_cell(row: Mapping[str, Any]) -> str:
    p = row.get("purchase_price")
    if not p:
        return "-"
    kind = {"street": "new", "used": "used", "machine": "machine", "launch": "launch"}
    return f"{_num(p['usd'], 0)} {kind.get(p['kind'], p['kind'])} {p['date'] or ''}".rstrip()


def _num(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "-"
    return f"{value:,.{digits}f}" if value != int(value) else f"{int(value):,}"


def gpu_table(rows: Sequence[Mapping[str, Any]]) -> str:
    header = ("id", "name", "vendor", "form", "VRAM GiB", "GB/s", "FP16 TFLOPS", "TDP W",
              "price $ (kind, date)")
    body = [(r["id"], r["name"], r["vendor"], r["form_factor"],
             _num(r["vram_gib"]), _num(r["mem_bandwidth_gb_s"], 0),
             _num(r["fp16_tensor_tflops"]), _num(r["tdp_w"], 0),
             _price_cell(r)) for r in rows]
    numeric = {4, 5, 6, 7, 8}
    return _render(header, body, numeric) + (
        f"\n{len(rows)} GPUs. FP16 is dense tensor throughput with FP32 accumulate; "
        "every figure's source: rigsizer catalog gpus --json")


# --- models ------------------------------------------------------------------------------------

def _billions(params: float | None) -> str:
    """A weight count in billions, as the catalog files write it (params_b = 0.86), to the
    weight and never in e-notation (an upscaler of 50,000 weights is 0.00005, not 5e-05)."""
    if not params:
        return "-"
    return f"{params / 1e9:.9f}".rstrip("0").rstrip(".")


def model_table(models: Sequence[Any]) -> str:
    """The model catalog: weights in billions as its files give them (not '8.6e+08'); an
    architecture figure a model has none of (a UNet's or an upscaler's layers) is '-', not 0."""
    header = ("id", "kind", "name", "params B", "active B", "layers", "retrieved", "source")
    body = [(m.id, m.kind, _cell(m.name), _billions(m.params), _billions(m.active_params),
             str(m.layers) if m.layers else "-", m.retrieved, _cell(m.source))
            for m in models]
    return _render(header, body, numeric={3, 4, 5}) + f"\n{len(models)} entries"


# --- the other catalogs ----------------------------------------------------------------------

def _as_dict(entry: Any) -> Any:
    if dataclasses.is_dataclass(entry) and not isinstance(entry, type):
        return dataclasses.asdict(entry)
    return entry


def _cell(value: Any, column: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple | list) and value and dataclasses.is_dataclass(value[0]):
        return f"{len(value)} items"
    if isinstance(value, tuple | list):
        value = ", ".join(str(v) for v in value)
    text = str(value)
    if column == "id" or len(text) <= MAX_CELL:  # an id is what the user types next: never cut
        return text
    return shorten(text, MAX_CELL)


def generic_table(entries: Sequence[Any], preferred: Iterable[str] = ()) -> str:
    if not entries:
        return "(no entries)"
    first = entries[0]
    if not (dataclasses.is_dataclass(first) and not isinstance(first, type)):
        return "\n".join(str(e) for e in entries)
    names = [f.name for f in dataclasses.fields(first)]
    columns = [n for n in preferred if n in names]
    for name in names:
        if len(columns) >= MAX_COLUMNS:
            break
        value = getattr(first, name)
        plain = value is None or isinstance(value, str | int | float | bool)
        if name not in columns and plain and name not in ("source", "notes"):
            columns.append(name)
    columns = columns[:MAX_COLUMNS]
    body = [tuple(_cell(getattr(e, c), c) for c in columns) for e in entries]
    numeric = {i for i, c in enumerate(columns)
               if isinstance(getattr(first, c), int | float)
               and not isinstance(getattr(first, c), bool)}
    return _render(tuple(columns), body, numeric) + f"\n{len(entries)} entries"


def _render(header: Sequence[str], body: Sequence[Sequence[str]], numeric: set[int]) -> str:
    widths = [max(len(str(row[i])) for row in [header, *body]) for i in range(len(header))]

    def line(row: Sequence[str]) -> str:
        cells = [str(v).rjust(w) if i in numeric else str(v).ljust(w)
                 for i, (v, w) in enumerate(zip(row, widths, strict=True))]
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in body)])
