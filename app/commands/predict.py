"""`rigsizer predict QUERIES.json`: answers published-measurement queries, one per query, in
order (the validation contract in DESIGN.md). Exit 0 unless the file is not readable JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.errors import UserError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "predict", help="answer benchmark queries from a JSON file (the validation contract)",
        description="Read a JSON array of queries ({id, gpu, task, ...}) and print a JSON array "
        "of answers {id, gpu_id, metric, p10, p50, p90, basis, error}, in order.",
        # the query fields said here: the contract's design notes are not shipped with the
        # repository, so the help is where a user reads them
        epilog="Every query: \"id\" (given back), \"gpu\" (a name as a tool prints it, "
        "e.g. \"NVIDIA GeForce RTX 4090\", or a catalog id) and \"task\": llm, image, video "
        "or cycles. llm: \"model\" (a GGUF file name such as \"Llama-3-8B-Q8_0.gguf\" "
        "also gives the weight format), \"quant\" (default: the format the model's name "
        "says, else the model's own, else Q4_K_M), "
        "\"test\" (\"pp512\": a 512-token prompt read, \"tg128\": 128 tokens generated), "
        "answered in tokens_per_s. image and video: \"model\", \"width\", \"height\", "
        "\"steps\", \"batch\" (default 1), \"cfg\" (true or false; size, steps and cfg "
        "default to the model's); video also \"frames\" and \"n_gpus\", answered in seconds "
        "per clip; image is answered in it_per_s and may say what was timed and how it "
        "computed: \"timing\": \"job\" (end to end, the default) or \"denoiser\" (the "
        "sampling loop alone, as a progress bar reports it); \"precision\": \"bf16\" (the "
        "default), \"fp16\" or \"fp8\" (fp8 matrix multiplies). llm, image and video may "
        "say where they ran: \"host\": \"desktop\" or \"server\" (a rented pod or "
        "data-centre node; the default for data-centre cards), whose CPU sets the least time "
        "a diffusion step takes and does each token's host work. cycles: \"backend\" "
        "(OPTIX, CUDA, HIP, ...) and \"blender_version\", answered as a Blender Open Data "
        "score. An answer's basis is measured (a published measurement of that setting), "
        "model, user-measured or user-adjusted; where p10 to p90 are null, error says why.")
    p.add_argument("queries", help="JSON file with an array of queries ('-' reads stdin)")
    p.add_argument("--no-measured", action="store_true",
                   help="answer every query from the model, never from a calibration row")
    p.add_argument("--measurements", metavar="FILE.toml",
                   help="your own measurements ([[measurement]] tables, as `rigsizer measure "
                   "parse` prints them): the measured card and setting is answered at the "
                   "measured value (basis user-measured), other settings and cards move part "
                   "of the way (basis user-adjusted)")
    p.set_defaults(func=run)


# A query file is a few kB per hundred queries; more than this is not a query file.
MAX_QUERY_BYTES = 32 * 2**20


def _read(path: str) -> object:
    from core.file_read import megabytes, read_capped

    try:
        if path == "-":
            text = sys.stdin.read(MAX_QUERY_BYTES + 1)
            if len(text) > MAX_QUERY_BYTES:
                raise UserError(f"the queries on standard input are larger than "
                                f"{megabytes(MAX_QUERY_BYTES)}")
        else:
            text = read_capped(path, MAX_QUERY_BYTES).decode("utf-8")
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise UserError(f"{path} is not UTF-8 text (byte {exc.start})") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}, "
                        f"column {exc.colno}") from exc
    except RecursionError as exc:  # json recurses once per nested array or object
        raise UserError(f"{path} is not valid JSON: arrays or objects nest too deeply") from exc
    except ValueError as exc:  # e.g. an integer longer than Python converts
        raise UserError(f"{path} is not valid JSON: {str(exc)[:80]}") from exc


def run(args: argparse.Namespace) -> int:
    from core.catalogs.bundle import load_catalogs
    from core.perf import PerfModel
    from core.perf.predict import predict

    data = _read(args.queries)
    if isinstance(data, dict):
        data = [data]  # a single query object: answer it as a one-element array
    if not isinstance(data, list):
        raise UserError(f"{args.queries} must hold a JSON array of queries, "
                        f"not a {type(data).__name__}")
    cats = load_catalogs(prices=False)
    user: tuple[Any, ...] = ()
    if args.measurements:
        from core.measure.tables import load_measurements

        user = load_measurements(args.measurements, cats)
    model = PerfModel.from_catalogs(cats)
    answers = predict(data, model, measured=not args.no_measured)
    if user:
        from core.measure.compare import apply_user

        apply_user(data, answers, user, model, not args.no_measured)
    sys.stdout.write("[\n" + ",\n".join(json.dumps(a, ensure_ascii=False) for a in answers)
                     + ("\n" if answers else "") + "]\n")
    return 0
