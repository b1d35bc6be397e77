"""`rigsizer plan PROFILE.toml [--gpu NAME ...] [--ram-gib N] [--json] [--csv OUT.csv]`.

Prints the recommendation and the plan table (app.report.text.format_plan); --json and --csv
write app.report's document and table, the same the window exports. PROFILE may also be
the name of a shipped profile (ai_video_blogger, vtuber, game_modder, educator, small_studio).
Without --gpu the machine is detected; with it, the named cards make a hand-entered machine.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import UserError

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "plan", help="recommend keeping, buying or renting GPUs for a creator profile",
        description="Evaluate every option (keep, buy, rent, hybrid) for the work in a profile "
        "and recommend one, with reasons, costs and break-even.")
    parser.add_argument("profile", help="a profile TOML file, or a shipped profile name "
                        "(ai_video_blogger, vtuber, game_modder, educator, small_studio)")
    parser.add_argument("--gpu", action="append", default=[], metavar="NAME",
                        help="a GPU in your machine, by name or catalog id (repeat for more); "
                        "'none' for a PC without one; without it RigSizer detects your "
                        "hardware")
    parser.add_argument("--ram-gib", type=float, default=None, metavar="N",
                        help="system RAM in GiB (for offloading estimates)")
    parser.add_argument("--deadline-confidence", type=float, default=None, metavar="P",
                        help="share of jobs that must finish within their deadline, 0.5 to "
                        "0.99 (default: the profile's, else 0.9: deadlines met at p90)")
    parser.add_argument("--json", action="store_true",
                        help="print everything, with provenance, as JSON")
    parser.add_argument("--csv", metavar="OUT.csv",
                        help="also write the plan table as CSV (UTF-8 with BOM)")
    parser.add_argument("--samples", type=int, default=None,
                        help="Monte Carlo samples (default 10,000)")
    parser.add_argument("--seed", type=int, default=None, help="Monte Carlo seed")
    parser.add_argument("--top", type=int, default=12, help="plans to list in the text table")
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en",
                        help="language of the text output (JSON and CSV stay in English)")
    parser.set_defaults(func=run)


def load_profile_arg(text: str, cats: Catalogs) -> Any:
    from core.catalogs.profiles import load_profile

    if not text.strip():  # Path("") is the current folder, which it would say it cannot read
        raise UserError("give a profile: a shipped one's name "
                        f"({', '.join(sorted(cats.profiles))}) or a .toml file")
    path = Path(text)
    if path.suffix.lower() == ".toml" or path.is_file():
        return load_profile(path, cats)
    shipped = cats.profiles
    if text in shipped:  # even when a folder of that name is in the current directory
        return shipped[text]
    if path.exists():  # a folder, a pipe, a device: load_profile says which
        return load_profile(path, cats)
    raise UserError(f"profile '{text}' is neither a file nor a shipped profile "
                    f"({', '.join(sorted(shipped))})")


def csv_target(text: str, profile: str) -> Path:
    """--csv's path, refused where writing it would destroy what the user has: the profile the
    plan is read from (under any name), or any other profile (a .toml name)."""
    if not text.strip():  # Path("") is the current folder: it would fail only after the plan
        raise UserError("--csv needs a file name to write the plan table to, got an empty one")
    path, source = Path(text), Path(profile)
    if source.is_file() and path.exists() and os.path.samefile(path, source):
        raise UserError(f"--csv {text} is the profile this plan reads; writing the table there "
                        "would replace it: give the table another name")
    # the file written is the one a link leads to (core.atomic_file): judge that one
    if path.suffix.lower() == ".toml" or Path(os.path.realpath(path)).suffix.lower() == ".toml":
        raise UserError(f"--csv {text}: a .toml name is a profile's; give the table a .csv name")
    return path


def check_ram_gib(ram_gib: float | None) -> None:
    """--ram-gib as plan and estimate read it: above 0 and within the window's limit (inf GiB
    of RAM would make every offload free; 1e308 is finite but no machine's)."""
    from core.hardware.machine import MAX_RAM_GIB

    if ram_gib is not None and not 0 < ram_gib <= MAX_RAM_GIB:
        raise UserError(f"--ram-gib must be a number of GiB above 0 and at most "
                        f"{MAX_RAM_GIB:g}, got {ram_gib:g}")


def gpu_arg(name: str, cats: Catalogs) -> Any:
    """The card a --gpu value names, read as a person types it ("4090"; a family's stated
    default variant, said on stderr), as plan and measure parse read it; UserError naming
    --gpu where none is found."""
    from core.perf.resolve import resolution_note, resolve_gpu_name, unresolved_reason

    spec = resolve_gpu_name(name, cats)
    if spec is None:
        raise UserError(f"--gpu '{name}': {unresolved_reason(name, cats)}")
    note = resolution_note(name, cats)
    if note:
        sys.stderr.write(f"GPU: {note}.\n")
    return spec


def machine_arg(gpus: list[str], ram_gib: float | None, cats: Catalogs) -> Any:
    from core.hardware.machine import machine_from_gpu_ids, with_ram

    check_ram_gib(ram_gib)
    if any(name.strip().lower() == "none" for name in gpus):
        # a PC without a GPU, whatever this one has: what buying or renting would mean then
        if len(gpus) > 1:
            raise UserError("--gpu none: a PC without a GPU takes no other --gpu")
        return machine_from_gpu_ids([], ram_gib=ram_gib, catalog=cats.gpus)
    if gpus:
        ids = []
        known = cats.gpus_by_id
        # a card only TechPowerUp's data knows (a Tesla P40) is planned with as detection
        # would plan with it: its figures, no price to buy it at
        outside: dict[str, Any] = {}
        for name in gpus:
            if name in known:
                ids.append(name)
                continue
            spec = gpu_arg(name, cats)
            if spec.id not in known:
                outside[spec.id] = spec
            ids.append(spec.id)
        return machine_from_gpu_ids(ids, ram_gib=ram_gib,
                                    catalog=(*cats.gpus, *outside.values()))
    from core.hardware.detect import detect_machine

    machine = detect_machine()
    return with_ram(machine, ram_gib) if ram_gib is not None else machine


def run(args: argparse.Namespace) -> int:
    from app.report.document import report_json
    from app.report.table import write_csv
    from app.report.text import format_plan
    from core import config
    from core.catalogs.bundle import load_catalogs
    from core.perf import PerfModel
    from core.plan import recommend

    if args.samples is not None and not 1 <= args.samples <= config.MAX_MC_SAMPLES:
        raise UserError(f"--samples must be from 1 to {config.MAX_MC_SAMPLES:,}, "
                        f"got {args.samples:,}")
    if args.seed is not None and args.seed < 0:
        raise UserError(f"--seed must be a whole number from 0 up, got {args.seed}")
    if args.top < 1:
        raise UserError(f"--top must be at least 1, got {args.top}")
    conf = args.deadline_confidence
    if conf is not None and not 0.5 <= conf <= 0.99:
        raise UserError(f"--deadline-confidence must be from 0.5 to 0.99 (0.9: deadlines met "
                        f"at p90), got {conf:g}")
    csv_path = csv_target(args.csv, args.profile) if args.csv is not None else None
    cats = load_catalogs()
    for note in cats.errors:
        # a refreshed-price cache that could not be read (the plan uses the shipped prices
        # instead): said on stderr, so the plan, its JSON and its CSV stay as they are
        sys.stderr.write(f"rigsizer: note: {note}\n")
    profile = load_profile_arg(args.profile, cats)
    if conf is not None:
        from dataclasses import replace

        profile = replace(profile, deadline_confidence=conf)
    machine = machine_arg(args.gpu, args.ram_gib, cats)
    result = recommend(profile, machine, cats, PerfModel.from_catalogs(cats).evaluate,
                       samples=args.samples or config.MC_SAMPLES, seed=args.seed)
    if csv_path is not None:
        write_csv(result, csv_path)
        # stderr, so that --json on stdout stays one document
        sys.stderr.write(f"rigsizer: wrote the plan table to {csv_path} ({len(result.plans)} "
                         f"plans that meet every limit, {len(result.rejected)} that miss one)\n")
    if args.json:
        sys.stdout.write(report_json(result))
    else:
        sys.stdout.write(format_plan(result, top=args.top, lang=args.lang))
    return 0
