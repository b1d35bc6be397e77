"""What goes into the frozen bundle, as plain functions the spec calls and the tests check.

Kept apart from rigsizer.spec so it imports without PyInstaller (the tests run before CI installs
it) and so every decision below can be tested on its own. Standard library only.

This folder has no __init__.py on purpose: a package named `packaging` would shadow the PyPI
`packaging` library that pip, pytest and PyInstaller import.
"""

from __future__ import annotations

import platform
import plistlib
import re
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent

APP_NAME = "RigSizer"
GUI_EXE = "rigsizer"  # windowed: no console window on Windows, the .app's main program on macOS
CLI_EXE = "rigsizer-cli"  # console: `rigsizer-cli plan`, `rigsizer-cli --self-test`
BUNDLE_ID = "org.rigsizer.RigSizer"

# The decorator every kernel uses; a module that applies it must ship as a .py file.
_JIT_IMPORT = re.compile(r"^\s*from\s+core\.kernels\._jit\s+import\s+", re.MULTILINE)

# Modules the bundle must not carry: other Qt bindings (pyqtgraph probes for them), GUI toolkits
# and test/lint tools that happen to be in the build venv.
EXCLUDES = (
    "tkinter", "_tkinter", "PyQt5", "PyQt6", "PySide2", "matplotlib", "IPython", "jupyter_client",
    "pytest", "pytestqt", "_pytest", "hypothesis", "mypy", "ruff", "importlinter",
    # Build tools. numba's AOT compiler (numba.pycc) and test suite import setuptools, and a
    # bundled setuptools makes PyInstaller run its pkg_resources hook at every start: ~0.5 s of
    # the 1.5 s window budget, measured with bench/startup.py.
    "setuptools", "pkg_resources", "numba.pycc", "numba.tests", "numpy.distutils", "pip",
    "wheel",
)
# Qt modules that a widgets + pyqtgraph app does not need and that PySide6's hooks would otherwise
# drag in with their libraries (QtQml alone brings tens of MB on Linux, pyinstaller#6447). One
# that our own code does import is kept (see qt_excludes).
QT_UNUSED = (
    "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtWebEngineCore",
    "QtWebEngineWidgets", "QtMultimedia", "QtMultimediaWidgets", "Qt3DCore", "QtNetwork",
    "QtSql", "QtDesigner", "QtHelp", "QtPdf", "QtPdfWidgets", "QtTest", "QtBluetooth",
    "QtPositioning", "QtSerialPort", "QtRemoteObjects", "QtScxml", "QtSensors",
    "QtStateMachine", "QtTextToSpeech", "QtUiTools",
)
_QT_IMPORT = re.compile(r"PySide6\.(Qt\w+)|from\s+PySide6\s+import\s+\(?([\w\s,]+)")

# X11 helper libraries Qt's xcb platform plugin loads and that fresh Linux installs often lack
# (Qt 6.5+ needs libxcb-cursor0; Ubuntu and Debian minimal installs lack several): the Linux
# bundle carries them next to Qt's own libraries, where the plugin's RUNPATH finds them.
# libxcb itself, libX11 and the extensions built with libxcb stay the system's (they match its X
# server and are present wherever X runs). app/qt_platform.py checks the same names at start.
XCB_BUNDLED = (
    "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-image.so.0", "libxcb-keysyms.so.1",
    "libxcb-render-util.so.0", "libxcb-util.so.1", "libxkbcommon-x11.so.0",
)
XCB_DEST = "PySide6/Qt/lib"
LINUX_LIB_DIRS = ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
                  "/lib/x86_64-linux-gnu", "/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib",
                  "/lib64", "/lib")


def xcb_binaries(lib_dirs: Iterable[str | Path] = LINUX_LIB_DIRS,
                 names: Iterable[str] = XCB_BUNDLED) -> tuple[list[tuple[str, str]], list[str]]:
    """(source, destination folder) pairs for the X11 helper libraries found on the build
    machine, and the names not found (the build says how to install them)."""
    found: list[tuple[str, str]] = []
    missing: list[str] = []
    for name in names:
        path = next((Path(d) / name for d in lib_dirs if (Path(d) / name).is_file()), None)
        if path is None:
            missing.append(name)
        else:
            found.append((str(path), XCB_DEST))  # by its soname, the name Qt asks for
    return found, missing


# Qt's own translations: the UI ships English and Simplified Chinese only.
KEEP_QT_LANGUAGES = ("en", "zh_CN")


def read_version(pyproject: Path) -> str:
    """The `[project] version` of a pyproject.toml; the one place a release's version is set."""
    try:
        doc = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{pyproject}: cannot read it as TOML ({exc})") from exc
    version = doc.get("project", {}).get("version")
    if not isinstance(version, str) or not version.strip():
        raise ValueError(f"{pyproject}: [project] has no 'version' string "
                         "(the bundle's version is read from there)")
    version = version.strip()
    if not re.fullmatch(r"\d+(\.\d+){0,3}([.+-]?[0-9A-Za-z.+-]*)?", version):
        raise ValueError(f"{pyproject}: [project] version '{version}' does not start with "
                         "numbers like 1.2.3")
    return version


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The 4-number form Windows version resources need: '1.2.3rc1' -> (1, 2, 3, 0)."""
    match = re.match(r"\d+(\.\d+){0,3}", version)
    if match is None:
        raise ValueError(f"version '{version}' does not start with numbers like 1.2.3")
    parts = [int(p) for p in match.group(0).split(".")]
    parts += [0] * (4 - len(parts))
    return (parts[0], parts[1], parts[2], parts[3])


def check_installed_version(version: str, installed: str | None) -> None:
    """Stop a build whose venv metadata disagrees with pyproject.toml.

    The frozen `--version` reads the installed distribution's metadata; an editable install made
    before the version was bumped would otherwise ship a bundle that names the old version.
    """
    if installed is None:
        raise ValueError("rigsizer is not installed in the build environment; run "
                         "`python3 scripts/run.py --version` once (it installs the project)")
    if installed != version:
        raise ValueError(f"the build environment has rigsizer {installed} installed but "
                         f"pyproject.toml says {version}; reinstall (python3 scripts/run.py "
                         "--version does it) and build again")


def _module_name(root: Path, path: Path) -> str:
    rel = path.relative_to(root).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def python_modules(root: Path, packages: Iterable[str] = ("app", "core")) -> list[str]:
    """Every module of our packages, for `hiddenimports`.

    The CLI imports its subcommands by name (importlib) and the GUI loads views lazily, which
    PyInstaller's import scan cannot see; listing every module is simpler than chasing them.
    """
    names: set[str] = set()
    for package in packages:
        for path in (root / package).rglob("*.py"):
            if "__pycache__" not in path.parts:
                names.add(_module_name(root, path))
    return sorted(names)


def source_collected_modules(root: Path) -> dict[str, str]:
    """`module_collection_mode` for Analysis: jitted modules ship as .py files, not in the PYZ.

    numba caches a compiled function next to a key built from its module's source file; for a
    module imported from the PYZ that file does not exist, so numba silently drops
    NUMBA_CACHE_DIR and recompiles every kernel on every launch (shared/research/ecosystem.md
    §2). The whole core.kernels package goes as source, plus any other module that applies the
    project's jit decorator.
    """
    modes = {"core.kernels": "py"}
    for path in sorted((root / "core").rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        name = _module_name(root, path)
        if name.startswith("core.kernels"):
            continue
        if _JIT_IMPORT.search(path.read_text(encoding="utf-8")):
            modes[name] = "py"
    return modes


def qt_modules_used(root: Path, packages: Iterable[str] = ("app",)) -> set[str]:
    """Names of the PySide6 modules (QtCore, QtSvg, ...) our own code imports."""
    used: set[str] = set()
    for package in packages:
        for path in (root / package).rglob("*.py"):
            for dotted, listed in _QT_IMPORT.findall(path.read_text(encoding="utf-8")):
                if dotted:
                    used.add(dotted)
                used.update(n.strip() for n in listed.replace("\n", ",").split(",")
                            if n.strip().startswith("Qt"))
    return used


def excludes(root: Path) -> list[str]:
    """`excludes` for Analysis: EXCLUDES plus the unused Qt modules our code does not import."""
    used = qt_modules_used(root)
    return [*EXCLUDES, *(f"PySide6.{m}" for m in QT_UNUSED if m not in used)]


def keep_data_file(dest: str) -> bool:
    """Filter for Analysis.datas: drop Qt translations the UI does not offer."""
    normalized = dest.replace("\\", "/")
    if "/translations/" in normalized and normalized.endswith(".qm") and "PySide6" in normalized:
        stem = normalized.rsplit("/", 1)[-1][:-3]  # e.g. qtbase_zh_CN
        return any(stem.endswith("_" + lang) for lang in KEEP_QT_LANGUAGES)
    return True


def windows_version_info(version: str) -> str:
    """The text of a PyInstaller version-info file, for the Windows exe's Properties tab."""
    nums = numeric_version(version)
    return f"""# generated by packaging/bundle_config.py from pyproject.toml
VSVersionInfo(
  ffi=FixedFileInfo(filevers={nums}, prodvers={nums}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', '{APP_NAME}'),
      StringStruct('FileDescription', '{APP_NAME}: keep, buy or rent a GPU'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', '{GUI_EXE}'),
      StringStruct('OriginalFilename', '{GUI_EXE}.exe'),
      StringStruct('ProductName', '{APP_NAME}'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def info_plist(version: str) -> dict[str, Any]:
    """The .app's Info.plist entries: packaging/macos/Info.plist plus the version."""
    with (HERE / "macos" / "Info.plist").open("rb") as fh:
        entries: dict[str, Any] = plistlib.load(fh)
    entries["CFBundleShortVersionString"] = version
    entries["CFBundleVersion"] = version
    return entries


def entitlements_file() -> Path:
    return HERE / "macos" / "entitlements.plist"


# build.py renders assets/icons/app.svg into these (packaging/make_icons.py).
ICON_DIR = ROOT / "build" / "icons"


def icon_file(system: str | None = None, icon_dir: Path = ICON_DIR) -> str | None:
    """The exe/.app icon for this OS (.ico Windows, .icns macOS) once build.py has rendered it.

    None on Linux, where executables carry no icon (the menu entry points at the SVG), and when
    the icons were not rendered; PyInstaller then uses its default icon.
    """
    system = system or platform.system()
    suffix = {"Windows": ".ico", "Darwin": ".icns"}.get(system)
    if suffix is None:
        return None
    path = icon_dir / f"rigsizer{suffix}"
    return str(path) if path.is_file() else None


def bundle_dir_name() -> str:
    return APP_NAME


def platform_tag() -> str:
    """linux-x86_64, windows-amd64, macos-arm64: used in archive names."""
    system = {"Linux": "linux", "Windows": "windows", "Darwin": "macos"}.get(
        platform.system(), sys.platform)
    return f"{system}-{platform.machine().lower() or 'unknown'}"
