"""`rigsizer estimate --gpu NAME --workload KIND ...` (or `--profile FILE`): how long one job
takes on a GPU, whether it fits in memory, and the energy it uses, in plain words."""

from __future__ import annotations

import argparse
import math
import sys
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from core.kinds import KIND_NAMES

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs

KINDS = KIND_NAMES


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "estimate", help="time, memory fit and energy of a job on a GPU",
        description="Estimate one job on a GPU: time (likely range), memory fit and energy. "
        "Describe the job with --workload and its options, or give a profile file.")
    p.add_argument("--gpu", required=True, help="GPU id or name, e.g. nvidia-rtx-4090")
    p.add_argument("--n-gpus", type=int, default=1, help="number of such cards (default 1)")
    p.add_argument("--ram-gib", type=float, help="system RAM in GiB: a job that offloads must "
                   "fit what the card cannot hold in it (the rule `plan` uses)")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--workload", choices=KINDS, help="kind of job")
    src.add_argument("--profile", help="a creator profile TOML: estimate all its workloads")
    p.add_argument("--model", help="model id (rigsizer catalog models)")
    p.add_argument("--quant", help="LLM weight format: F16, Q8_0, Q4_K_M, ...")
    p.add_argument("--prompt-tokens", type=int, default=0)
    p.add_argument("--output-tokens", type=int, default=0)
    p.add_argument("--context", type=int, default=0, help="LLM context length in tokens")
    p.add_argument("--width", type=int, default=0)
    p.add_argument("--height", type=int, default=0)
    p.add_argument("--frames", type=int, default=0,
                   help="video/render/upscale frames; for tts, seconds of speech")
    p.add_argument("--steps", type=int, default=0, help="diffusion steps (default: the model's)")
    p.add_argument("--batch", type=int, default=1)
    p.add_argument("--no-cfg", action="store_true", help="diffusion without CFG")
    p.add_argument("--distilled", action="store_true",
                   help="the model's distilled variant: its distilled step count, no CFG")
    p.add_argument("--fps", type=float, default=0.0, help="realtime/live target fps")
    p.add_argument("--codec", help="encode: h264, hevc or av1")
    p.add_argument("--scene", help="render or realtime scene preset")
    p.add_argument("--ref-seconds", type=float, help="render: seconds per frame on --ref-gpu")
    p.add_argument("--ref-gpu", help="render: the GPU of that reference time")
    p.add_argument("--cpu-seconds", type=float, default=0.0, help="cpu: seconds per job")
    p.add_argument("--measurements", metavar="FILE.toml",
                   help="your own measurements ([[measurement]] tables, as `rigsizer measure "
                   "parse` prints them; a --profile's own tables count too): they move the "
                   "estimate as they move a plan's")
    p.set_defaults(func=run)


def _gpu(name: str, cats: Catalogs) -> Any:
    from core.perf.resolve import resolve_gpu_name, unresolved_reason

    gpu = resolve_gpu_name(name, cats)
    if gpu is None:
        raise UserError(unresolved_reason(name, cats))
    return gpu


# prompt and output tokens of one LLM request when neither is given (the shipped AI video
# blogger profile's script drafts)
LLM_DEFAULT_TOKENS = (1500, 600)


def _model(name: str, kind: str, cats: Catalogs) -> str:
    """The catalog id for `name` (an id, a display name or an alias, as predict reads them);
    UserError with the nearest names otherwise."""
    from core.catalogs.model_names import unknown_model_hint
    from core.kinds import KINDS as WORKLOAD_KINDS

    kinds = WORKLOAD_KINDS[kind].model_kinds
    found = cats.find_model(name)
    if found is not None and (not kinds or found.kind in kinds):
        return found.id
    hint = unknown_model_hint(name, cats.models.values(), kinds)
    asked = "/".join(kinds) + " " if kinds else ""
    raise UserError(f"--model: no {asked}model '{name}' in the catalog.{hint} `rigsizer "
                    "catalog models` lists them all.")


def _workloads(args: argparse.Namespace, cats: Catalogs) -> tuple[list[Any], tuple[Any, ...]]:
    """The jobs to estimate and the measurements to move them by (the --measurements file's,
    then a --profile's own)."""
    from core.schema import Workload

    measurements: tuple[Any, ...] = ()
    if args.measurements:
        from core.measure.tables import load_measurements

        measurements = load_measurements(args.measurements, cats)
    if args.profile:
        from pathlib import Path

        from core.catalogs.profiles import load_profile

        profile = load_profile(Path(args.profile), cats)
        return list(profile.workloads), measurements + tuple(profile.measurements)
    ref_gpu = _gpu(args.ref_gpu, cats).id if args.ref_gpu else None
    if args.model:
        args.model = _model(args.model, args.workload, cats)
    label = f"{args.workload} job" + (f" ({args.model})" if args.model else "")
    if args.workload == "llm" and not (args.prompt_tokens or args.output_tokens):
        # one request as the AI video blogger's script drafts make it, said in the label
        # (was an error asking for output_tokens)
        args.prompt_tokens, args.output_tokens = LLM_DEFAULT_TOKENS
        label += (f", {args.prompt_tokens:,}-token prompt and {args.output_tokens:,} tokens out "
                  "(the defaults: --prompt-tokens, --output-tokens)")
    if getattr(args, "distilled", False):
        spec = cats.models.get(args.model or "")
        if spec is None or not spec.distilled_steps:
            raise UserError(f"--distilled: the model {args.model!r} has no distilled variant in "
                            "the catalog (give --steps and --no-cfg instead)")
        args.steps, args.no_cfg = args.steps or spec.distilled_steps, True
        label += f", distilled {args.steps} steps"
    return [Workload(
        id="job", kind=args.workload, label=label, model=args.model, quant=args.quant,
        prompt_tokens=args.prompt_tokens, output_tokens=args.output_tokens,
        context_tokens=args.context, width=args.width, height=args.height, frames=args.frames,
        steps=args.steps, batch=args.batch, cfg=not args.no_cfg, fps=args.fps,
        codec=args.codec, scene=args.scene, ref_seconds_per_frame=args.ref_seconds,
        ref_gpu=ref_gpu, cpu_seconds=args.cpu_seconds, live=args.workload == "realtime")
    ], measurements


def duration(seconds: float) -> str:
    """'45 ms', '12 s', '3.5 min', '2.1 h', '1.5 days' — the unit a person would use."""
    if not math.isfinite(seconds):
        return "—"
    if seconds < 1:
        return f"{seconds * 1000:.3g} ms"
    if seconds < 90:
        return f"{seconds:.3g} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.3g} min"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.3g} h"
    return f"{seconds / 86400:.3g} days"


def describe(w: Any, e: Any, gpu: Any) -> list[str]:
    cards = f"{e.n_gpus} × {gpu.name}" if e.n_gpus > 1 else gpu.name
    lines = [f"{w.label} on {cards}:"]
    if not e.runnable:
        note = str(e.note)
        lines.append(f"  Cannot run: {note[:1].upper()}{note[1:]}.")
        return lines
    if w.kind in ("realtime",) or (w.kind == "encode" and w.frames == 0):
        fps = w.fps or 60
        lines.append(f"  Each frame takes about {duration(e.seconds_p50)} (likely "
                     f"{duration(e.seconds_p10)} to {duration(e.seconds_p90)}); at {fps:g} fps "
                     f"that is {100 * e.seconds_p50 * fps:.0f} % of the frame budget.")
    else:
        lines.append(f"  One job takes about {duration(e.seconds_p50)} (likely "
                     f"{duration(e.seconds_p10)} to {duration(e.seconds_p90)}; "
                     "8 jobs in 10 fall in this range).")
    if e.vram_required_bytes > 0 and w.kind not in ("cpu", "encode", "render"):
        # GiB, as every other surface says memory (cards sold as "24 GB" hold 24 GiB)
        have = gpu.usable_memory_bytes * e.n_gpus / 1024**3
        need = e.vram_required_bytes / 1024**3
        verdict = ("fits" if e.fits else "does not fit: it offloads to system RAM, "
                   "which is included in the time above")
        lines.append(f"  Memory: needs about {need:.1f} GiB of {have:.0f} GiB — {verdict}.")
    if e.note and (e.fits or not e.offload) and w.kind != "realtime":
        lines.append(f"  Note: {e.note}.")
    assumed = assumed_setup(w, e)
    if assumed:
        lines.append(f"  Assumes: {assumed}.")
    if e.power_w > 0 and w.kind not in ("realtime",) and not (w.kind == "encode"
                                                                and w.frames == 0):
        wh = e.energy_j_p50 / 3600
        lines.append(f"  Energy: about {wh:.3g} Wh per job at ~{e.power_w:.0f} W "
                     "board power.")
    return lines


def assumed_setup(w: Any, e: Any) -> str:
    """The precision and memory mode an estimate assumes (issue #12: said, not implied)."""
    if w.kind == "llm":
        quant = f"{w.quant} weights" if w.quant else "the model's usual GGUF quantization"
        where = ("part of the weights in system RAM" if e.offload
                 else "all weights in graphics memory")
        return f"llama.cpp with {quant}, {where}"
    if w.kind in ("image", "video"):
        from core.perf.notes import memory_mode

        held = memory_mode(e.note)
        weights = ("8-bit (fp8) weights" if held.weight_bits == 8
                   else "16-bit (fp16/bf16) weights")
        if e.offload:
            mode = "weights streamed from system RAM"
        elif held.holds == "experts":
            mode = ("the text encoder unloaded after encoding, one denoiser expert in graphics "
                    "memory at a time")
        elif held.holds == "swap":
            mode = "the text encoder unloaded after encoding"
        else:
            mode = "everything kept in graphics memory"
        tiles = "in tiles" if held.vae_tiles else "in one piece"
        return f"{weights}, {mode}, VAE decoded {tiles}"
    return ""


def _measured_lines(w: Any, mark: Any, render_ref: Any, gpu: Any, cats: Catalogs) -> list[str]:
    """The sentence a plan says about a job its user measured (the same words)."""
    from core.measure.estimates import reason, render_reason
    from core.plan import reasons as say

    out = []
    if mark is not None:
        out.append(f"  Measured: {reason(mark, say.what(w), say.on_local(gpu.name))}")
    if render_ref is not None:
        out.append(f"  Measured: {render_reason(render_ref, say.what(w), cats)}")
    return out


def run(args: argparse.Namespace) -> int:
    from core.catalogs.bundle import load_catalogs
    from core.perf import PerfModel

    if args.n_gpus < 1:
        raise UserError("--n-gpus must be at least 1")
    from core.perf.resolve import resolution_note

    cats = load_catalogs(prices=False)
    gpu = _gpu(args.gpu, cats)
    ram = args.ram_gib * 1024**3 if args.ram_gib else None
    out: list[str] = []
    note = resolution_note(args.gpu, cats)
    if note:
        out.append(f"GPU: {note}.")
    model = PerfModel.from_catalogs(cats)
    workloads, measurements = _workloads(args, cats)
    known: tuple[Any, ...] = ()
    render_refs: dict[str, Any] = {}
    if measurements:
        from core.measure.compare import compare
        from core.measure.estimates import with_render_references

        known = compare(measurements, model)
        moved, render_refs = with_render_references(workloads, measurements, cats)
        workloads = list(moved)
    from core.measure.estimates import measured_estimate

    said = 0
    for w in workloads:
        # with no measurements it is the model's estimate, unmoved
        e, mark = measured_estimate(model, w, gpu, args.n_gpus, known, ram)
        out.extend(describe(w, e, gpu))
        lines = _measured_lines(w, mark, render_refs.get(w.id), gpu, cats)
        out.extend(lines)
        said += len(lines)
    if measurements and not said:
        n = len(measurements)
        out.append(f"Your {n} measurement{'s' if n > 1 else ''} {'are' if n > 1 else 'is'} "
                   "of other kinds of job: nothing here moved.")
    out.append("Times are model estimates (p10–p90) calibrated on published benchmarks"
               + (", moved by your measurements where a line says so." if measurements
                  else "."))
    sys.stdout.write("\n".join(out) + "\n")
    return 0
