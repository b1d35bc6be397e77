"""`rigsizer measure parse FILE|-`: read what a tool printed (llama-bench, Ollama, llama.cpp,
ComfyUI/A1111/Forge, Blender) and print the `[[measurement]]` tables found in it, ready to add to
a project file or to give to `rigsizer predict --measurements`. What it could not read goes to
stderr, one sentence each; the exit code is 1 when nothing was found."""

from __future__ import annotations

import argparse
import datetime
import sys
from typing import TYPE_CHECKING

from app.errors import UserError
from core.hosts import HOSTS

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "measure", help="turn what benchmark and creative tools print into measurements",
        description="Your own measured speeds make RigSizer's estimates better. 'measure parse' "
        "reads a log or a benchmark's output and prints [[measurement]] tables.")
    sub = p.add_subparsers(dest="measure_command", metavar="ACTION", required=True)
    parse = sub.add_parser(
        "parse", help="print the [[measurement]] tables a tool's output holds",
        description="Recognises llama-bench output (markdown table, CSV, JSON), Ollama "
        "--verbose and llama.cpp timing lines, ComfyUI/A1111/Forge progress bars and 'Prompt "
        "executed in N seconds', Blender render-time lines and Blender Benchmark JSON. Give "
        "what the text does not say (the card, the model, the image size) as options.",
        epilog="Example: rigsizer measure parse comfyui.log --gpu 'RTX 3060 12GB' --width 1024 "
        "--height 1024 >> my_project.toml")
    parse.add_argument("file", help="the text to read ('-' reads stdin)")
    parse.add_argument("--gpu", help="the card it ran on, named as estimate and plan take it "
                       "(e.g. 4090, 'RTX 3060 12GB'; replaces what the text says)")
    parse.add_argument("--model", help="the model (replaces what the text says), e.g. sdxl, "
                       "llama-3-8b")
    parse.add_argument("--quant", help="LLM weight format, e.g. Q4_K_M")
    parse.add_argument("--backend", help="e.g. CUDA, Vulkan, OPTIX")
    for name in ("width", "height", "steps", "batch", "frames"):
        parse.add_argument(f"--{name}", type=int)
    parse.add_argument("--scene", help="render: a scene preset id")
    parse.add_argument("--host", choices=HOSTS,
                       help="where it ran: 'server' for a rented pod or a data-centre node, "
                       "'desktop' for a PC (default: the card's own; a data-centre card's is "
                       "a server). LLM, image and video times depend on it")
    parse.add_argument("--source", help="say where it came from (default: the tool's name)")
    parse.add_argument("--date", help="when it was measured, YYYY-MM-DD (default: today)")
    parse.set_defaults(func=run_parse)


# A tool's log is a few kB; more than this is not one (and is not read whole).
MAX_LOG_BYTES = 32 * 2**20


def _read(path: str) -> str:
    from core.file_read import megabytes, read_capped

    try:
        if path == "-":
            data = sys.stdin.buffer.read(MAX_LOG_BYTES + 1)
            if len(data) > MAX_LOG_BYTES:
                raise UserError(f"standard input holds more than {megabytes(MAX_LOG_BYTES)}")
        else:  # a FIFO or a device is refused, not waited on (issue 17, item 8)
            data = read_capped(path, MAX_LOG_BYTES)
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from exc
    # logs from Windows consoles are often UTF-16 or carry a BOM
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _typed_gpu(name: str, cats: Catalogs) -> str:
    """--gpu as the measurement table is to name it. A name a measurement file accepts is kept
    as typed; one only a person types ("4090", "H100") is read as estimate and plan read it,
    and the catalog card's name is written instead, so that the printed tables load back. (A
    GPU named inside the text is not read this way: a log names the card it ran on.)"""
    from app.commands.plan import gpu_arg
    from core.perf.resolve import resolve_gpu_name

    if resolve_gpu_name(name, cats, typed=False) is not None:
        return name
    return str(gpu_arg(name, cats).name)


def run_parse(args: argparse.Namespace) -> int:
    from core.catalogs.bundle import load_catalogs
    from core.measure.parse import Context, read_text
    from core.measure.tables import dumps

    for name in ("width", "height", "steps", "batch", "frames"):
        value = getattr(args, name)
        if value is not None and value < 1:
            raise UserError(f"--{name} must be at least 1, got {value}")
    date = args.date or datetime.date.today().isoformat()
    cats = load_catalogs(prices=False)
    gpu = _typed_gpu(args.gpu, cats) if args.gpu else None
    ctx = Context(gpu=gpu, model=args.model, quant=args.quant, backend=args.backend,
                  width=args.width, height=args.height, steps=args.steps, batch=args.batch,
                  frames=args.frames, scene=args.scene, date=date, source=args.source,
                  host=args.host)
    reading = read_text(_read(args.file), ctx, cats)
    out = [f"# read by rigsizer measure parse: {', '.join(reading.recognised) or 'nothing'}"]
    out += [f"# note: {n}" for n in reading.notes]
    text = dumps(reading.measurements)
    sys.stdout.write("\n".join(out) + "\n" + (text if text else ""))
    for problem in reading.unread:
        sys.stderr.write(f"rigsizer: not read: {problem}\n")
    return 0 if reading.measurements else 1
