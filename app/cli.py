"""`rigsizer` command line. Imports no Qt: every subcommand works on a machine without a display.

Subcommands live in app/commands/<name>.py, each with `register(subparsers)` that adds its parser
and sets `func(args) -> int`. Errors become one line on stderr and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from app.errors import UserError

# Subcommand modules, in the order `rigsizer --help` lists them.
COMMANDS = ("detect", "catalog", "estimate", "predict", "plan", "prices", "measure")


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("rigsizer")
    except PackageNotFoundError:
        return "0+unknown"


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
    from app.terminal import clean_output

    with clean_output():  # no escape sequence from a file or a tool reaches the terminal
        return _main(arguments)


def _main(arguments: list[str]) -> int:
    if arguments == ["--version"]:  # the floor of every start: nothing else loaded
        print(f"rigsizer {version()}")
        raise SystemExit(0)  # as argparse's version action does
    if arguments == ["--warm-kernels"]:  # internal: the window compiles the kernels this way
        from app.kernel_warmup import main as warm

        return warm()
    if arguments:
        args = build_parser().parse_args(arguments)
    else:
        # No arguments opens the window: skip build_parser(), which imports every subcommand's
        # module (and what those import) before the window can show (DESIGN.md: <= 1.5 s).
        args = argparse.Namespace(command=None, debug=False, self_test=False)
    debug = args.debug or bool(os.environ.get("RIGSIZER_DEBUG"))
    func = getattr(args, "func", _no_command)
    try:
        return int(func(args))
    except KeyboardInterrupt:
        print("rigsizer: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except (UserError, ValueError, KeyError, OSError) as exc:
        if debug:
            raise
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else exc
        print(f"rigsizer: error: {message}", file=sys.stderr)
        return 2
    except Exception as exc:  # the last line of defence: never a raw traceback
        if debug:
            raise
        print(f"rigsizer: internal error: {type(exc).__name__}: {exc} "
              "(run with --debug for details and please report it)", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
