"""`rigsizer estimate --gpu NAME --workload KIND ...` (or `--profile FILE`): how long one job
takes on a GPU, whether it fits in memory, and the energy it uses, in plain words."""

from __future__ import annotations

import argparse
import math
import sys
from typing import TYPE_CHECKING, Any

from app.commands.job_setup import assumed_setup, memory_line
from app.errors import UserError
from core.catalogs._validate import shown_number
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
    p.add_argument("--host", choices=("desktop", "server"),
                   help="where the job runs: a PC (desktop) or a rented pod or data-centre "
                   "node (server, whose CPU launches a diffusion step's kernels and does an "
                   "LLM token's host work more slowly); default: server for a data-centre "
                   "card, else desktop")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--workload", choices=KINDS, help="kind of job")
    src.add_argument("--profile", help="a creator profile TOML, or a shipped profile name "
                     "(as `plan` takes): estimate all its workloads, which it describes (the "
                     "job options below go with --workload)")
    # The job options default to None, not to a number: a value typed here must meet the
    # profile's limits for its key, and the default stands for "not given" (the model's steps,
    # one image), which a profile also expresses by leaving the key out.
    p.add_argument("--model", help="model id (rigsizer catalog models)")
    p.add_argument("--quant", help="LLM weight format: F16, Q8_0, Q4_K_M, ...")
    p.add_argument("--prompt-tokens", type=int)
    p.add_argument("--output-tokens", type=int)
    p.add_argument("--context", type=int,
                   help="LLM context length in tokens (at most the model's)")
    p.add_argument("--width", type=int)
    p.add_argument("--height", type=int)
    p.add_argument("--frames", type=int,
                   help="video/render/upscale frames; for tts, seconds of speech")
    p.add_argument("--steps", type=int, help="diffusion steps (default: the model's)")
    p.add_argument("--batch", type=int, help="images per job (default 1)")
    p.add_argument("--no-cfg", action="store_true", help="diffusion without CFG")
    p.add_argument("--distilled", action="store_true",
                   help="the model's distilled variant: its distilled step count, no CFG")
    p.add_argument("--fps", type=float, help="realtime/live target fps")
    p.add_argument("--codec", help="encode: h264, hevc or av1")
    p.add_argument("--scene", help="render or realtime scene preset")
    p.add_argument("--ref-seconds", type=float, help="render: seconds per frame on --ref-gpu")
    p.add_argument("--ref-gpu", help="render: the GPU of that reference time")
    p.add_argument("--cpu-seconds", type=float, help="cpu: seconds per job")
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


# Each number option of a job and the [[workload]] key it fills (core.kinds): a value typed
# here meets the limits the profile loader puts on that key, so `estimate` answers no job a
# profile could not describe.
OPTION_KEYS = {"prompt_tokens": "prompt_tokens", "output_tokens": "output_tokens",
               "context": "context_tokens", "width": "width", "height": "height",
               "frames": "frames", "steps": "steps", "batch": "batch", "fps": "fps",
               "ref_seconds": "ref_seconds_per_frame", "cpu_seconds": "cpu_seconds"}
# Checked once the model is known: its context window says more than the general ceiling.
TOKEN_OPTIONS = ("prompt_tokens", "output_tokens", "context")
# Every option that describes the one job; a --profile's workloads describe theirs.
JOB_OPTIONS = ("model", "quant", *OPTION_KEYS, "no_cfg", "distilled", "codec", "scene",
               "ref_gpu")


def _flag(option: str) -> str:
    """How the command line spells the option `option` of argparse's namespace."""
    return "--" + option.replace("_", "-")


def _finite(value: float) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # a whole number too large for a float: finite, but not a size
        return False


def _check_option(option: str, value: float) -> None:
    """UserError naming the option when `value` is outside its key's profile limits: finite,
    above 0 (at least 0 where the key may be 0), at most the key's maximum (core.kinds gives
    every key of OPTION_KEYS one)."""
    from core.kinds import FIELDS

    field = FIELDS[OPTION_KEYS[option]]
    top = field.maximum if field.maximum is not None else math.inf
    low_ok = value >= 0 if field.nonnegative else value > 0
    if _finite(value) and low_ok and value <= top:
        return
    if field.type == "int":
        span = f"a whole number from {0 if field.nonnegative else 1} to {shown_number(top)}"
    elif field.nonnegative:
        span = f"a number from 0 to {shown_number(top)}"
    else:
        span = f"a number above 0 and at most {shown_number(top)}"
    # the profile's key is named, as a profile error names it
    raise UserError(f"{_flag(option)} must be {span} (the limit of a profile's field "
                    f"'{field.name}'), got {shown_number(value)}")


def check_options(args: argparse.Namespace) -> None:
    """The command line's own limits, before any catalog is loaded: the cards, the RAM, a
    profile's jobs not described twice, and each job option but the token counts within its
    profile limits (those wait for the model: _job)."""
    from app.commands.plan import check_ram_gib
    from core.perf.parts import QUERY_MAXIMUM

    top = QUERY_MAXIMUM["n_gpus"]  # the most cards a `predict` query or a measurement names
    if not 1 <= args.n_gpus <= top:
        raise UserError(f"--n-gpus must be a whole number from 1 to {top:,}, "
                        f"got {shown_number(args.n_gpus)}")
    check_ram_gib(args.ram_gib)  # as plan reads it
    # given: a value (even 0) or a flag that is set
    given = [option for option in JOB_OPTIONS
             if getattr(args, option) is not None and getattr(args, option) is not False]
    if args.profile and given:
        raise UserError(f"--profile describes the jobs, so {', '.join(map(_flag, given))} "
                        f"cannot go with it: drop {'them' if len(given) > 1 else 'it'}, or "
                        "describe one job with --workload instead of --profile")
    _check_options(args, [o for o in OPTION_KEYS if o not in TOKEN_OPTIONS])
    if args.workload:
        _check_applies(args.workload, given)


# The Workload field each job option sets (the others: OPTION_KEYS), to tell which options a
# kind of job takes: its form's fields (core.kinds.KINDS), a model where it may name one (a
# live avatar's face tracker), and what the model reads beyond the form (a scene preset of a
# render or a live scene; clips a video job makes at once).
OPTION_FIELDS = {**OPTION_KEYS, "model": "model", "quant": "quant", "codec": "codec",
                 "scene": "scene", "ref_gpu": "ref_gpu", "no_cfg": "cfg", "distilled": "cfg"}
MORE_FIELDS = {"render": ("scene",), "realtime": ("scene",), "video": ("batch",)}


def _check_applies(kind: str, given: list[str]) -> None:
    """UserError naming the options given that a `kind` job does not take (--quant on an
    image job had been dropped without a word), and the ones it does."""
    from core.catalogs.model_names import article
    from core.kinds import KINDS

    spec = KINDS[kind]
    fields = {*spec.fields, *MORE_FIELDS.get(kind, ()), *(("model",) if spec.model_kinds else ())}
    wrong = [o for o in given if OPTION_FIELDS[o] not in fields]
    if not wrong:
        return
    takes = [_flag(o) for o in JOB_OPTIONS if OPTION_FIELDS[o] in fields]
    named = [_flag(o) for o in wrong]
    listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
    verb = "do" if len(wrong) > 1 else "does"
    raise UserError(f"{listed} {verb} not apply to {article(kind)} {kind} job (it takes "
                    f"{', '.join(takes) or 'none of the job options'})")


def _check_options(args: argparse.Namespace, options: list[str]) -> None:
    """Each of `options` that was given within its key's profile limits."""
    for option in options:
        value = getattr(args, option)
        if value is not None:
            _check_option(option, value)


def _check_context(model_id: str | None, prompt: int, output: int, context: int,
                   cats: Catalogs) -> None:
    """An LLM request within the model's context window (llama.cpp stops there), where the
    catalog knows it: beyond it the model was timed as offloading a KV cache it cannot hold."""
    if 0 < context < prompt + output:
        # llama.cpp's window must hold the prompt and the answer; a smaller one given was
        # silently read as the request's size
        raise UserError(f"--context: {context:,} tokens cannot hold the request's {prompt:,} + "
                        f"{output:,} tokens; give at least {prompt + output:,}")
    spec = cats.models.get(model_id or "")
    if spec is None or not spec.context_max:
        return
    limit = spec.context_max
    if context > limit:
        raise UserError(f"--context: {spec.name} holds at most {limit:,} tokens of context, "
                        f"got {context:,}")
    if prompt + output > limit:
        raise UserError(f"--prompt-tokens and --output-tokens: {prompt:,} + {output:,} tokens "
                        f"do not fit {spec.name}'s context of {limit:,} tokens")


def _workloads(args: argparse.Namespace, cats: Catalogs
               ) -> tuple[list[Any], tuple[Any, ...], tuple[Any, ...]]:
    """The jobs to estimate, the measurements to move them by (the --measurements file's, then
    a --profile's own) and the profile's own models ([[model]], which both may name)."""
    measurements: tuple[Any, ...] = ()
    if args.measurements:
        from core.measure.tables import load_measurements

        measurements = load_measurements(args.measurements, cats)
    if args.profile:
        from app.commands.plan import load_profile_arg

        # a file, or a shipped profile's name, read as `plan` reads its PROFILE argument
        profile = load_profile_arg(args.profile, cats)
        return (list(profile.workloads), measurements + tuple(profile.measurements),
                profile.custom_models)
    return [_job(args, cats)], measurements, ()


def _job(args: argparse.Namespace, cats: Catalogs) -> Any:
    """The one job the --workload options describe; an option not given takes the value a
    profile's workload has when it leaves the key out."""
    from core.schema import Workload

    unset = Workload(id="job", kind=args.workload, label="")
    v = {key: getattr(unset, key) if getattr(args, option) is None else getattr(args, option)
         for option, key in OPTION_KEYS.items()}
    ref_gpu = _gpu(args.ref_gpu, cats).id if args.ref_gpu else None
    model = _model(args.model, args.workload, cats) if args.model else None
    label = f"{args.workload} job" + (f" ({model})" if model else "")
    spec = cats.models.get(model or "")
    if args.workload in ("image", "video") and spec is not None:
        # the setting estimated, said as the LLM job says its tokens (defaults filled in)
        width, height = v["width"] or spec.default_width, v["height"] or spec.default_height
        label += f", {width}×{height}"
        if args.workload == "video":
            label += f", {v['frames'] or spec.default_frames} frames"
        if not args.distilled:
            label += f", {v['steps'] or spec.default_steps} steps"
        label += f", batch {v['batch']}" if v["batch"] > 1 else ""
    if args.workload == "llm" and args.prompt_tokens is None and args.output_tokens is None:
        # one request as the AI video blogger's script drafts make it, said in the label
        # (was an error asking for output_tokens)
        v["prompt_tokens"], v["output_tokens"] = LLM_DEFAULT_TOKENS
        label += (f", {v['prompt_tokens']:,}-token prompt and {v['output_tokens']:,} tokens "
                  "out (the defaults: --prompt-tokens, --output-tokens)")
    if args.workload == "llm":
        _check_context(model, v["prompt_tokens"], v["output_tokens"], v["context_tokens"], cats)
    _check_options(args, list(TOKEN_OPTIONS))
    cfg = not args.no_cfg
    if args.distilled:
        spec = cats.models.get(model or "")
        if spec is None or not spec.distilled_steps:
            raise UserError(f"--distilled: the model {model!r} has no distilled variant in "
                            "the catalog (give --steps and --no-cfg instead)")
        v["steps"], cfg = v["steps"] or spec.distilled_steps, False
        label += f", distilled {v['steps']} steps"
    quant = args.quant
    if args.workload == "llm" and args.model:
        from core.schema.model import named_quant

        try:
            # a GGUF file's name says its weight format ("...-Q8_0.gguf")
            quant = named_quant(args.model, args.quant)
        except ValueError as e:
            raise UserError(f"--model and --quant: {e}") from None
    return Workload(
        id="job", kind=args.workload, label=label, model=model, quant=quant, cfg=cfg,
        codec=args.codec, scene=args.scene, ref_gpu=ref_gpu,
        live=args.workload == "realtime", **v)


def in_options(message: str, cats: Catalogs) -> str:
    """A workload check's message about the --workload job in the command line's words:
    "workload 'job': field 'frames' must be at least 1" is "--frames must be at least 1"; an
    unknown weight format lists the known ones."""
    import re

    flags = {field: _flag(option) for option, field in OPTION_FIELDS.items()
             if option not in ("no_cfg", "distilled")}

    def flag(m: re.Match[str]) -> str:
        return flags.get(m.group(1), f"'{m.group(1)}'")

    text = re.sub(r"workload 'job': field '(\w+)'", flag, message)
    text = text.replace("--width and height", "--width and --height")
    # a field named inside the sentence ("(or prompt_tokens must be)", "or fps must be set")
    text = re.sub(r"\b([a-z]+_[a-z_]+|fps(?= must))\b",
                  lambda m: flags.get(m.group(1), m.group(1)), text)
    if text.startswith("--quant is not a known weight format"):
        text += f" (known: {', '.join(sorted(cats.quants))})"
    return text


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
    return f"{figure(seconds / 86400)} days"


def figure(x: float) -> str:
    """`x` to three significant figures as a person writes it: '96.4', '0.0042', '1,450';
    never in e-notation ('1.45e+03'), which {:.3g} falls into from 1,000 up."""
    if x == 0 or not math.isfinite(x):
        return f"{x:g}"
    if abs(x) >= 999.5:
        return f"{x:,.0f}"
    decimals = max(0, 2 - math.floor(math.log10(abs(x))))
    text = f"{x:.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def energy(wh: float) -> str:
    """'96.4 Wh', '1.45 kWh', '2,350 kWh': kWh from 1,000 Wh, the unit a power bill uses."""
    if round(wh) >= 1000:
        return f"{figure(wh / 1000)} kWh"
    return f"{figure(wh)} Wh"


def describe(w: Any, e: Any, gpu: Any, quant: str | None = None,
             wait: Any | None = None, host: str = "desktop") -> list[str]:
    """`e` in sentences; `wait`, where one job waits longer than its share of the cards (an
    image on several cards), is that job's own estimate, which "One job takes" then says;
    `host` where it runs (core.hosts.HOSTS), said where a server's CPU slows the job
    (a diffusion step's launches, an LLM token's host work)."""
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
        one = wait if wait is not None else e
        lines.append(f"  One job takes about {duration(one.seconds_p50)} (likely "
                     f"{duration(one.seconds_p10)} to {duration(one.seconds_p90)}; "
                     "8 jobs in 10 fall in this range).")
    if e.range_note:
        lines.append(f"  Range: {e.range_note}.")
    said = memory_line(w, e, gpu)
    if said:
        lines.append(said)
    if e.note and (e.fits or not e.offload) and w.kind != "realtime":
        lines.append(f"  Note: {e.note}.")
    assumed = assumed_setup(w, e, quant)
    if assumed and host == "server" and w.kind in ("image", "video", "llm"):
        assumed += (", run from a server's CPU (a rented pod or data-centre node; --host "
                    "desktop for a PC)")
    if assumed:
        lines.append(f"  Assumes: {assumed}.")
    if e.power_w > 0 and w.kind not in ("realtime",) and not (w.kind == "encode"
                                                                and w.frames == 0):
        lines.append(f"  Energy: about {energy(e.energy_j_p50 / 3600)} per job at "
                     f"~{e.power_w:,.0f} W board power.")
    return lines


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

    check_options(args)
    from core.perf.resolve import resolution_note

    cats = load_catalogs(prices=False)
    gpu = _gpu(args.gpu, cats)
    ram = args.ram_gib * 1024**3 if args.ram_gib else None
    out: list[str] = []
    note = resolution_note(args.gpu, cats)
    if note:
        out.append(f"GPU: {note}.")
    workloads, measurements, custom = _workloads(args, cats)
    model = PerfModel.from_catalogs(cats).with_models(custom)
    known: tuple[Any, ...] = ()
    render_refs: dict[str, Any] = {}
    if measurements:
        from core.measure.compare import compare
        from core.measure.estimates import with_render_references

        known = compare(measurements, model)
        moved, render_refs = with_render_references(workloads, measurements, cats)
        workloads = list(moved)
    from core.hosts import default_host
    from core.measure.estimates import measured_estimate

    host = args.host or default_host(gpu)  # said in each job's "Assumes:" line
    said = 0
    for w in workloads:
        # with no measurements it is the model's estimate, unmoved
        try:
            e, mark = measured_estimate(model, w, gpu, args.n_gpus, known, ram, args.host)
        except ValueError as exc:
            if args.profile:
                raise  # the profile's own workload and key, as a file error names them
            raise UserError(in_options(str(exc), cats)) from exc
        from core.perf.jobs import parts_of_one_job  # numpy: not at import (--help)

        wait = None
        pieces = parts_of_one_job(w)
        if pieces is not None and pieces < args.n_gpus and e.runnable:
            # one job spreads over at most as many cards as it has images (an upscale: frames);
            # the other cards make other jobs meanwhile
            wait, _ = measured_estimate(model, w, gpu, pieces, known, ram, args.host)
        out.extend(describe(w, e, gpu, _usual_quant(w, cats), wait, host))
        if e.offload and ram is None:
            # `plan` judges an offload by the PC's RAM; here none was given
            out.append("  System RAM: assumed large enough to hold what the card cannot; "
                       "give --ram-gib to have it checked.")
        if wait is not None:
            out.append(f"  Several cards: {args.n_gpus} cards side by side finish a job every "
                       f"{duration(e.seconds_p50)} on average; each job still waits the time "
                       "above, and the energy is one job's share of the cards'.")
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


def _usual_quant(w: Any, cats: Any) -> str | None:
    """The weight format an LLM workload that names none is estimated in
    (ModelSpec.weight_format), to say it by name."""
    if w.kind != "llm" or w.quant:
        return None
    from core.schema.model import DEFAULT_QUANT

    spec = w.model_spec or (cats.find_model(w.model) if w.model else None)
    return spec.weight_format() if spec is not None else DEFAULT_QUANT
