"""Build RigSizer's one-folder app for this OS: `python3 packaging/build.py`.

Standard library only, so a clean clone needs nothing but Python 3.11+:

1. creates/updates the project's .venv exactly as `scripts/run.py` does (installs RigSizer),
2. installs PyInstaller into that .venv when it is missing,
3. runs PyInstaller on packaging/rigsizer.spec → dist/RigSizer/ (on macOS also dist/RigSizer.app).

Options:
  --installer   also make this OS's installer or archive from the bundle:
                Linux:   dist/RigSizer-<version>-linux-<arch>.tar.gz (see packaging/linux/)
                Windows: dist/RigSizer-<version>-setup.exe via Inno Setup's ISCC.exe (must be
                         installed; packaging/windows/rigsizer.iss)
                macOS:   dist/RigSizer-<version>-macos-<arch>.dmg via hdiutil
  --smoke       run packaging/smoke_test.py on the result (the bundle's --self-test)
  --keep-build  reuse PyInstaller's work folder (build/pyinstaller) instead of a clean build
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
# The range the spec is written for: `module_collection_mode` needs 5.x+, and PyInstaller 6
# changed the one-folder layout (an _internal/ folder) that smoke_test.py and the installers use.
PYINSTALLER_REQ = "pyinstaller>=6.10,<7"

sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(HERE))

import bundle_config as cfg  # noqa: E402
from _venv import ensure_venv  # noqa: E402

# Exit code (EX_TEMPFAIL) for "this machine cannot build a bundle", which .ci/run reports as a
# skip; every other failure is a real one.
CANNOT_BUILD = 75


def cannot_build(why: str) -> SystemExit:
    print(f"build.py: cannot build here: {why}", flush=True)
    return SystemExit(CANNOT_BUILD)


def preflight() -> None:
    """Refuse early, with the reason, where PyInstaller cannot work at all."""
    if sys.platform.startswith("linux"):
        # PyInstaller finds shared-library dependencies with ldd and reads them with objdump.
        missing = [tool for tool in ("ldd", "objdump") if shutil.which(tool) is None]
        if missing:
            raise cannot_build(f"{' and '.join(missing)} not found (install binutils and libc-bin)")
    elif sys.platform not in ("win32", "darwin"):
        raise cannot_build(f"no bundle recipe for {sys.platform}")


def _has_pyinstaller(py: Path) -> bool:
    probe = subprocess.run([str(py), "-c", "import PyInstaller"], capture_output=True,
                           check=False)
    return probe.returncode == 0


def ensure_pyinstaller(py: Path) -> None:
    if _has_pyinstaller(py):
        return
    print(f"Installing {PYINSTALLER_REQ} into .venv ...", flush=True)
    pip = subprocess.run([str(py), "-m", "pip", "--disable-pip-version-check", "-q", "install",
                          PYINSTALLER_REQ], check=False)
    if pip.returncode != 0 or not _has_pyinstaller(py):
        raise cannot_build(f"could not install {PYINSTALLER_REQ} (is the package index "
                           "reachable?)")


def bundle_path() -> Path:
    return DIST / cfg.bundle_dir_name()


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def render_icons(py: Path) -> None:
    """Render the exe/.app icons from assets/icons/app.svg; a failure costs only the icon."""
    proc = subprocess.run([str(py), str(HERE / "make_icons.py"), str(cfg.ICON_DIR)],
                          capture_output=True, text=True, check=False,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if proc.returncode != 0:
        why = (proc.stderr.strip().splitlines() or ["no message"])[-1]
        print(f"build.py: WARNING: could not render the app icon ({why}); the programs get "
              "PyInstaller's default icon", flush=True)


def run_pyinstaller(py: Path, clean: bool) -> Path:
    cmd = [str(py), "-m", "PyInstaller", str(HERE / "rigsizer.spec"), "--noconfirm",
           "--distpath", str(DIST), "--workpath", str(WORK), "--log-level", "WARN"]
    if clean:
        cmd.append("--clean")
    env = dict(os.environ)
    # The build imports the app's modules to trace them; it must not touch the user's settings
    # or compile kernels into their cache.
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["NUMBA_CACHE_DIR"] = str(WORK / "numba-cache")
    print("Running PyInstaller (a few minutes) ...", flush=True)
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)
    out = bundle_path()
    if not out.is_dir():
        raise SystemExit(f"build.py: PyInstaller finished but {out} is missing")
    return out


def make_installer(bundle: Path, version: str) -> Path:
    if sys.platform.startswith("linux"):
        sys.path.insert(0, str(HERE / "linux"))
        from make_tarball import make_tarball

        return make_tarball(bundle, version, DIST)
    if sys.platform == "win32":
        iscc = shutil.which("iscc") or shutil.which("ISCC")
        default = Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)"))
        candidate = default / "Inno Setup 6" / "ISCC.exe"
        if iscc is None and candidate.is_file():
            iscc = str(candidate)
        if iscc is None:
            raise SystemExit("build.py: Inno Setup 6 is not installed (ISCC.exe not found); get "
                             "it from jrsoftware.org, then run this again")
        subprocess.run([iscc, f"/DAppVersion={version}", f"/DBundleDir={bundle}",
                        f"/O{DIST}", str(HERE / "windows" / "rigsizer.iss")], check=True)
        return DIST / f"RigSizer-{version}-setup.exe"
    if sys.platform == "darwin":
        app = DIST / f"{cfg.APP_NAME}.app"
        dmg = DIST / f"RigSizer-{version}-{cfg.platform_tag()}.dmg"
        dmg.unlink(missing_ok=True)
        subprocess.run(["hdiutil", "create", "-volname", cfg.APP_NAME, "-srcfolder", str(app),
                        "-ov", "-format", "UDZO", str(dmg)], check=True)
        return dmg
    raise SystemExit(f"build.py: no installer recipe for {sys.platform}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--installer", action="store_true",
                        help="also make this OS's installer/archive")
    parser.add_argument("--smoke", action="store_true", help="run the bundle's --self-test")
    parser.add_argument("--keep-build", action="store_true",
                        help="reuse build/pyinstaller instead of a clean build")
    args = parser.parse_args(argv)

    started = time.monotonic()
    version = cfg.read_version(ROOT / "pyproject.toml")
    preflight()
    py = ensure_venv()
    ensure_pyinstaller(py)
    render_icons(py)
    bundle = run_pyinstaller(py, clean=not args.keep_build)
    size_mb = folder_size(bundle) / 1e6
    print(f"Built {bundle} (RigSizer {version}, {size_mb:.0f} MB) in "
          f"{time.monotonic() - started:.0f} s", flush=True)
    if args.installer:
        artifact = make_installer(bundle, version)
        print(f"Installer: {artifact} ({artifact.stat().st_size / 1e6:.0f} MB)", flush=True)
    if args.smoke:
        return subprocess.call([sys.executable, str(HERE / "smoke_test.py"), str(bundle)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
