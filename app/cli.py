"""`rigsizer` command line. Imports no Qt: every subcommand works on a machine without a display.

Subcommands live in app/commands/<name>.py, each with `register(subparsers)` that adds its parser
and sets `func(args) -> int`. Errors become one line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import importlib
import math
import os
import sys
from collections.abc import Sequence

from app.errors import UserError
from core.version import version

try:  # loaded now: under a tiny memory limit even this small library may fail to load later
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

# Subcommand modules, in the order `rigsizer --help` lists them.
COMMANDS = ("detect", "catalog", "estimate", "predict", "plan", "prices", "measure")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rigsizer",
        description="Keep your GPU, buy one, or rent: RigSizer sizes GPUs for creators' work. "
        "With no command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"rigsizer {version()}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    parser.add_argument("--self-test", action="store_true",
                        help="load every catalog, run one estimate and detection, then exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"app.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"app.commands.{name}":
                raise
            continue  # a subcommand not built yet is simply not offered
        module.register(sub)
    return parser


def _no_command(args: argparse.Namespace) -> int:
    if args.self_test:
        from app.self_test import run_self_test

        return run_self_test()
    from app.launch import launch_gui_or_text

    return launch_gui_or_text()


def main(argv: Sequence[str] | None = None) -> int:
    from app.runtime_env import prepare

    prepare()  # NUMBA_CACHE_DIR is read once, when numba is imported: before any subcommand
    arguments = list(sys.argv[1:] if argv is None else argv)
    if _address_space() < MIN_ADDRESS_SPACE:  # fail here, not with a library's odd error
        print(f"rigsizer: error: out of memory{_memory_limit_note()}", file=sys.stderr)
        return 2
    from app.terminal import clean_output

    with clean_output():  # no escape sequence from a file or a tool reaches the terminal
        return _main(arguments)


def _dispatch(arguments: list[str]) -> int:
    if arguments:
        args = build_parser().parse_args(arguments)
    else:
        # No arguments opens the window: skip build_parser(), which imports every subcommand's
        # module (and what those import) before the window can show (DESIGN.md: <= 1.5 s).
        args = argparse.Namespace(command=None, debug=False, self_test=False)
    func = getattr(args, "func", _no_command)
    return int(func(args))


def _main(arguments: list[str]) -> int:
    if arguments == ["--version"]:  # the floor of every start: nothing else loaded
        print(f"rigsizer {version()}")
        raise SystemExit(0)  # as argparse's version action does
    if arguments == ["--warm-kernels"]:  # internal: the window compiles the kernels this way
        from app.kernel_warmup import main as warm

        return warm()
    # --debug as argparse will read it; known before parsing, which imports every subcommand
    # (and can fail as a command can, e.g. under a tiny memory limit)
    debug = "--debug" in arguments or bool(os.environ.get("RIGSIZER_DEBUG"))
    try:
        return _dispatch(arguments)
    except KeyboardInterrupt:
        print("rigsizer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except MemoryError:
        if debug:
            raise
        print(f"rigsizer: error: out of memory{_memory_limit_note() or ''}", file=sys.stderr)
        return 2
    except (UserError, ValueError, KeyError, OSError) as exc:
        if debug:
            raise
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"rigsizer: error: {_in_language(message, arguments)}{_memory_limit_note()}",
              file=sys.stderr)
        return 2
    except Exception as exc:  # the last line of defence: never a raw traceback
        if debug:
            raise
        note = _memory_limit_note()
        if note:  # not a bug to report: the limit set for the process is too small
            print(f"rigsizer: error: {type(exc).__name__}: {exc}{note}", file=sys.stderr)
            return 2
        print(f"rigsizer: internal error: {type(exc).__name__}: {exc} "
              "(run with --debug for details and please report it)", file=sys.stderr)
        return 3


def _in_language(error: object, arguments: Sequence[str]) -> str:
    """An error in the language the command was asked to speak (`plan --lang zh_CN`): core's
    errors are Messages, translated as the plan's own sentences are; the rest stay English."""
    lang = next((a.split("=", 1)[1] for a in arguments if a.startswith("--lang=")), None)
    if lang is None and "--lang" in arguments:
        at = list(arguments).index("--lang")
        lang = arguments[at + 1] if at + 1 < len(arguments) else None
    if lang in (None, "en"):
        return str(error)
    from app.report.text import translator
    from core.schema.message import Message

    said = error.args[0] if isinstance(error, Exception) and len(error.args) == 1 else error
    if not isinstance(said, Message):
        return str(error)

    try:
        return said.render(translator(str(lang)))
    except ValueError:  # an unknown language: argparse says so itself
        return str(error)


# Address space RigSizer should have (numba's compiler maps a lot): with `ulimit -v`, 350 MB
# fails while loading libraries (llvmlite, numpy: each with its own odd error), 400 MB runs a
# small plan; the window and larger plans take more. Below the minimum nothing is tried.
NEEDS_ADDRESS_SPACE = 1 << 30
MIN_ADDRESS_SPACE = 400 << 20


def _address_space() -> float:
    """The process's address-space limit in bytes (`ulimit -v`); inf when there is none."""
    if resource is None:  # Windows
        return math.inf
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    return math.inf if soft == resource.RLIM_INFINITY else float(soft)


def _memory_limit_note() -> str:
    """Why a failure may be the process's memory limit: a low `ulimit -v` makes numba's
    library fail to load (an OSError about libllvmlite.so) or Python run out of memory, and
    neither says so. Empty when no such limit is set."""
    soft = _address_space()
    if soft >= NEEDS_ADDRESS_SPACE:
        return ""
    return (f" (this process may use only {soft / 2**20:.0f} MB of memory, the limit set by "
            f"`ulimit -v`; RigSizer needs about {NEEDS_ADDRESS_SPACE / 2**30:g} GB)")


if __name__ == "__main__":
    sys.exit(main())
