"""Check a built bundle the way a user's machine would run it: `python3 packaging/smoke_test.py`.

Runs the frozen `rigsizer-cli` (default: dist/RigSizer) outside the checkout, in a scrubbed
environment, and checks:

1. `--version` names the version in pyproject.toml;
2. `--self-test` exits 0 (catalogs, estimate through the kernels, plan, detection, GUI imports);
3. numba wrote its compiled kernels to the per-user cache folder (the frozen-cache pitfall:
   kernels imported from the bundle's archive compile but never cache);
4. a second `--self-test`, started from another folder, compiles nothing new: it loads the cache;
5. the window opens (Qt's offscreen platform) and shows its first plan, timed by the start-up
   probe of app/runtime_env.py. It runs the console program: the same code as the windowed one,
   but on Windows only a console program's output can be read.

The per-user cache folder is redirected into a temporary folder (XDG_CACHE_HOME on Linux,
NUMBA_CACHE_DIR elsewhere), so the user's own cache is left alone and the first run is cold.
Ends with "smoke: N passed, N failed" and exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bundle_config as cfg  # noqa: E402

# Variables that would let the frozen program see the checkout or the build venv instead of
# what it carries itself.
SCRUB = ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "RIGSIZER_ASSETS",
         "NUMBA_CACHE_DIR", "XDG_CACHE_HOME", "RIGSIZER_DEBUG")
SELF_TEST_TIMEOUT_S = 600


def cli_program(bundle: Path) -> Path:
    name = cfg.CLI_EXE + (".exe" if sys.platform == "win32" else "")
    for candidate in (bundle / name, bundle / "Contents" / "MacOS" / name):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"smoke_test.py: no {name} in {bundle}; build it first with "
                     "python3 packaging/build.py")


def cache_files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.suffix in (".nbi", ".nbc")}


class Smoke:
    def __init__(self, program: Path, scratch: Path) -> None:
        self.program = program
        self.scratch = scratch
        self.passed = 0
        self.failed = 0
        self.env = {k: v for k, v in os.environ.items() if k not in SCRUB}
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        if sys.platform.startswith("linux"):
            # Exercise the real default: platformdirs' user cache dir, moved under scratch.
            self.env["XDG_CACHE_HOME"] = str(scratch / "xdg-cache")
            self.cache = scratch / "xdg-cache" / "RigSizer" / "numba"
        else:
            self.cache = scratch / "numba-cache"
            self.env["NUMBA_CACHE_DIR"] = str(self.cache)

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        mark = "ok  " if ok else "FAIL"
        print(f"{mark} {what}" + (f": {detail}" if detail else ""), flush=True)
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        return ok

    def run(self, args: list[str], cwd: Path) -> tuple[int, str, float]:
        cwd.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        try:
            proc = subprocess.run([str(self.program), *args], cwd=cwd, env=self.env,
                                  capture_output=True, text=True, encoding="utf-8",
                                  errors="replace", timeout=SELF_TEST_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            out = (exc.stdout or "") if isinstance(exc.stdout, str) else ""
            return 124, out + f"\n(timed out after {SELF_TEST_TIMEOUT_S} s)", SELF_TEST_TIMEOUT_S
        return proc.returncode, proc.stdout + proc.stderr, time.perf_counter() - started

    def version(self) -> None:
        want = cfg.read_version(ROOT / "pyproject.toml")
        rc, out, _ = self.run(["--version"], self.scratch / "cwd-version")
        self.check(rc == 0 and out.strip() == f"rigsizer {want}", "--version",
                   f"printed {out.strip()!r}, expected 'rigsizer {want}' (exit {rc})")

    def self_test(self) -> None:
        rc, out, took1 = self.run(["--self-test"], self.scratch / "cwd-a")
        print(_indent(out), flush=True)
        self.check(rc == 0, "--self-test, cold cache", f"exit {rc} in {took1:.1f} s")
        first = cache_files(self.cache) if self.cache.is_dir() else set()
        if not self.check(bool(first), "numba cache written",
                          f"{len(first)} files in {self.cache}" if first else
                          f"nothing in {self.cache}: every launch would recompile the kernels"):
            return
        rc, out, took2 = self.run(["--self-test"], self.scratch / "cwd-b" / "elsewhere")
        if rc != 0:
            print(_indent(out), flush=True)
        self.check(rc == 0, "--self-test, warm cache, other folder",
                   f"exit {rc} in {took2:.1f} s (cold {took1:.1f} s)")
        new = cache_files(self.cache) - first
        self.check(not new, "second run reused the cache",
                   "no new compiled kernels" if not new else
                   f"{len(new)} new cache files, e.g. {sorted(new)[0]}: the cache is not reused")


    def window(self) -> None:
        config = self.scratch / "config"
        config.mkdir(parents=True, exist_ok=True)
        # A returning user's settings: the window plans the default profile straight away.
        (config / "settings.json").write_text('{"creator_type": "ai_video_blogger"}',
                                              encoding="utf-8")
        saved = dict(self.env)
        self.env.update(RIGSIZER_CONFIG_DIR=str(config), RIGSIZER_STARTUP_PROBE="results")
        try:
            rc, out, took = self.run([], self.scratch / "cwd-window")
        finally:
            self.env = saved
        marks = [line.split(None, 1)[1] for line in out.splitlines()
                 if line.startswith("RIGSIZER_PROBE ")]
        ok = rc == 0 and marks == ["window", "results"]
        if not ok:
            print(_indent(out), flush=True)
        self.check(ok, "window opens and shows a plan",
                   f"in {took:.1f} s" if ok else f"exit {rc}, milestones {marks}")


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip().splitlines())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / cfg.bundle_dir_name()),
                        help="the one-folder bundle (default dist/RigSizer)")
    args = parser.parse_args(argv)
    program = cli_program(Path(args.bundle).resolve())
    print(f"Smoke-testing {program}", flush=True)
    with tempfile.TemporaryDirectory(prefix="rigsizer-smoke-") as tmp:
        smoke = Smoke(program, Path(tmp))
        smoke.version()
        smoke.self_test()
        smoke.window()
    print(f"smoke: {smoke.passed} passed, {smoke.failed} failed", flush=True)
    return 1 if smoke.failed else 0


if __name__ == "__main__":
    sys.exit(main())
