"""The bundle's configuration: version from pyproject, jitted modules as source, Qt pruning,
platform metadata. The spec itself is run with PyInstaller's classes replaced by recorders, so
the wiring is checked without a multi-minute build (CI builds the real bundle afterwards)."""

from __future__ import annotations

import configparser
import importlib.metadata
import plistlib
import re
import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


@pytest.fixture()
def cfg(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    monkeypatch.syspath_prepend(str(PACKAGING))
    sys.modules.pop("bundle_config", None)
    import bundle_config

    return bundle_config


def _pyproject(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_read_version_takes_project_version(cfg: Any, tmp_path: Path) -> None:
    body = '[project]\nname = "x"\nversion = "2.5.1"\n[tool.x]\nversion = "9"\n'
    path = _pyproject(tmp_path, body)
    assert cfg.read_version(path) == "2.5.1"


def test_read_version_of_this_project_matches_the_installed_distribution(cfg: Any) -> None:
    assert cfg.read_version(ROOT / "pyproject.toml") == importlib.metadata.version("rigsizer")


@pytest.mark.parametrize("body, fragment", [
    ('[project]\nname = "x"\ndynamic = ["version"]\n', "no 'version'"),
    ('[project]\nversion = "banana"\n', "does not start with numbers"),
    ('[project\nversion = "1"\n', "cannot read it as TOML"),
])
def test_read_version_rejects_what_it_cannot_use(cfg: Any, tmp_path: Path, body: str,
                                                 fragment: str) -> None:
    path = _pyproject(tmp_path, body)
    with pytest.raises(ValueError, match=fragment) as info:
        cfg.read_version(path)
    assert str(path) in str(info.value)


def test_numeric_version_pads_and_drops_suffixes(cfg: Any) -> None:
    assert cfg.numeric_version("1.2") == (1, 2, 0, 0)
    assert cfg.numeric_version("0.10.3rc2") == (0, 10, 3, 0)
    assert cfg.numeric_version("4.3.2.1") == (4, 3, 2, 1)


def test_stale_install_stops_the_build(cfg: Any) -> None:
    cfg.check_installed_version("1.0.0", "1.0.0")
    stale = re.escape("0.9.0 installed but pyproject.toml says 1.0.0")
    with pytest.raises(ValueError, match=stale):
        cfg.check_installed_version("1.0.0", "0.9.0")
    with pytest.raises(ValueError, match="not installed"):
        cfg.check_installed_version("1.0.0", None)


def test_jitted_modules_are_collected_as_source(cfg: Any, tmp_path: Path) -> None:
    (tmp_path / "core" / "kernels").mkdir(parents=True)
    (tmp_path / "core" / "perf").mkdir()
    (tmp_path / "core" / "kernels" / "mc.py").write_text(
        "from core.kernels._jit import jit\n", encoding="utf-8")
    (tmp_path / "core" / "perf" / "fast.py").write_text(
        '"""x"""\nfrom core.kernels._jit import jit\n', encoding="utf-8")
    (tmp_path / "core" / "perf" / "plain.py").write_text(
        "from core.kernels.mc import run  # calls a kernel, defines none\n", encoding="utf-8")
    modes = cfg.source_collected_modules(tmp_path)
    assert modes == {"core.kernels": "py", "core.perf.fast": "py"}


def test_every_app_and_core_module_is_a_hidden_import(cfg: Any) -> None:
    names = cfg.python_modules(ROOT)
    # Imported by name at run time (importlib), invisible to PyInstaller's scan.
    assert "app.self_test" in names
    assert "app.runtime_env" in names
    assert "core.kernels._jit" in names
    assert "core" in names and "app" in names
    assert not any("__pycache__" in n or n.startswith("tests") for n in names)


def test_qt_modules_our_code_imports_are_never_excluded(cfg: Any, tmp_path: Path) -> None:
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "net.py").write_text(
        "from PySide6.QtNetwork import QNetworkAccessManager\n"
        "from PySide6 import (QtCore,\n    QtSql)\n", encoding="utf-8")
    excluded = cfg.excludes(tmp_path)
    assert "PySide6.QtNetwork" not in excluded
    assert "PySide6.QtSql" not in excluded
    assert "PySide6.QtQml" in excluded
    assert "tkinter" in excluded
    assert "pkg_resources" in excluded  # its runtime hook costs ~0.5 s at every start


def test_qt_translations_are_pruned_to_shipped_languages(cfg: Any) -> None:
    assert cfg.keep_data_file("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert cfg.keep_data_file("PySide6/Qt/translations/qtbase_en.qm")
    assert not cfg.keep_data_file("PySide6/Qt/translations/qtbase_de.qm")
    assert not cfg.keep_data_file("PySide6\\translations\\qt_help_ja.qm")
    assert cfg.keep_data_file("assets/translations/rigsizer_de.qm")  # ours are not Qt's


def test_windows_version_resource_carries_the_version(cfg: Any) -> None:
    text = cfg.windows_version_info("3.4.5")
    assert "filevers=(3, 4, 5, 0)" in text
    assert "StringStruct('ProductVersion', '3.4.5')" in text
    compile(text, "version_info", "eval")  # PyInstaller evaluates it as a Python expression


def test_info_plist_gets_the_version_and_entitlements_allow_the_jit(cfg: Any) -> None:
    plist = cfg.info_plist("7.8.9")
    assert plist["CFBundleShortVersionString"] == "7.8.9"
    assert plist["NSHighResolutionCapable"] is True
    # The COLLECT ends with the console CLI, which would make PyInstaller hide the app's Dock icon.
    assert plist["LSBackgroundOnly"] is False
    with cfg.entitlements_file().open("rb") as fh:
        ent = plistlib.load(fh)
    for key in ("com.apple.security.cs.allow-jit",
                "com.apple.security.cs.allow-unsigned-executable-memory",
                "com.apple.security.cs.disable-library-validation"):
        assert ent.get(key) is True, key


class _Recorder:
    """Stands in for one PyInstaller build class, keeping what the spec passed to it."""

    made: list[_Recorder]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.scripts: list[Any] = []
        self.pure: list[Any] = []
        self.binaries: list[Any] = []
        self.datas: list[tuple[str, str, str]] = [
            (d[1], d[0], "DATA") for d in kwargs.get("datas", [])]
        type(self).made.append(self)


def _recorders() -> dict[str, type[_Recorder]]:
    return {name: type(name, (_Recorder,), {"made": []})
            for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}


def _run_spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str,
              version: str | None = None) -> dict[str, type[_Recorder]]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = lambda dist: [(f"/site/{dist}.dist-info", f"{dist}.dist-info")]
    hooks.collect_data_files = lambda pkg: [(f"/site/{pkg}/data.pkl", pkg)]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.syspath_prepend(str(PACKAGING))
    sys.modules.pop("bundle_config", None)
    if version is not None:
        monkeypatch.setattr(importlib.metadata, "version", lambda dist: version)
    classes = _recorders()
    namespace: dict[str, Any] = {"SPECPATH": str(PACKAGING), "workpath": str(tmp_path),
                                 "DISTPATH": str(tmp_path / "dist"), "__name__": "__main__",
                                 **classes}
    spec = PACKAGING / "rigsizer.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return classes


def test_spec_builds_a_windowed_app_and_a_console_cli(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    classes = _run_spec(monkeypatch, tmp_path, "linux")
    (analysis,) = classes["Analysis"].made
    kw = analysis.kwargs
    assert kw["module_collection_mode"]["core.kernels"] == "py"
    assert (str(ROOT / "assets"), "assets") in kw["datas"]
    assert ("/site/rigsizer.dist-info", "rigsizer.dist-info") in kw["datas"]
    assert "app.self_test" in kw["hiddenimports"]
    assert analysis.args[0] == [str(PACKAGING / "rigsizer_entry.py")]
    exes = {e.kwargs["name"]: e.kwargs for e in classes["EXE"].made}
    assert exes["rigsizer"]["console"] is False
    assert exes["rigsizer-cli"]["console"] is True
    (coll,) = classes["COLLECT"].made
    assert coll.kwargs["name"] == "RigSizer"
    assert not classes["BUNDLE"].made  # a .app only on macOS


def test_spec_puts_the_pyproject_version_into_windows_and_macos_metadata(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    version = importlib.metadata.version("rigsizer")
    classes = _run_spec(monkeypatch, tmp_path, "win32")
    version_file = Path(classes["EXE"].made[0].kwargs["version"])
    assert f"StringStruct('ProductVersion', '{version}')" in version_file.read_text("utf-8")

    classes = _run_spec(monkeypatch, tmp_path, "darwin")
    (bundle,) = classes["BUNDLE"].made
    assert bundle.kwargs["version"] == version
    assert bundle.kwargs["info_plist"]["CFBundleShortVersionString"] == version
    assert classes["EXE"].made[0].kwargs["entitlements_file"].endswith("entitlements.plist")


def test_spec_refuses_a_build_environment_with_another_version(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=re.escape("0.0.1 installed but pyproject.toml says")):
        _run_spec(monkeypatch, tmp_path, "linux", version="0.0.1")


def test_linux_desktop_entry_is_a_launchable_application() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / "rigsizer.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == '"@APPDIR@/rigsizer"'  # install.sh fills in the folder
    assert entry["Terminal"] == "false"
    assert "Name[zh_CN]" in entry or "GenericName[zh_CN]" in entry


def test_windows_installer_is_per_user_with_menu_entry_and_uninstaller() -> None:
    iss = (PACKAGING / "windows" / "rigsizer.iss").read_text(encoding="utf-8")
    lines = {line.split("=", 1)[0].strip(): line.split("=", 1)[1].strip()
             for line in iss.splitlines() if "=" in line and not line.lstrip().startswith(";")}
    assert lines["PrivilegesRequired"] == "lowest"  # no admin prompt
    assert lines["DefaultDirName"].startswith("{autopf}")  # per-user Programs folder then
    assert "[Icons]" in iss and "{group}" in iss
    assert lines["Uninstallable"] == "yes"
    assert "rigsizer-cli.exe" in iss
    # The kernels compile at install time, not at the first launch.
    assert 'Filename: "{app}\\rigsizer-cli.exe"; Parameters: "--self-test"' in iss


def test_linux_bundle_carries_the_x11_helper_libraries_qt_needs(cfg: Any,
                                                                 tmp_path: Path) -> None:
    from app.qt_platform import XCB_LIBRARIES

    checked = {name for name, _deb, _rpm in XCB_LIBRARIES}
    # every library the start-up check asks for (apart from libxcb-util, a dependency of two of
    # them) is one the bundle carries or one that comes with libxcb/libX11 itself
    assert set(cfg.XCB_BUNDLED) - {"libxcb-util.so.1"} <= checked
    assert "libxcb-cursor.so.0" in cfg.XCB_BUNDLED  # the one Qt 6.5+ added
    libs = tmp_path / "lib"
    libs.mkdir()
    (libs / "libxcb-cursor.so.0.0.0").write_bytes(b"\x7fELF")
    (libs / "libxcb-cursor.so.0").symlink_to("libxcb-cursor.so.0.0.0")
    found, missing = cfg.xcb_binaries([tmp_path / "nowhere", libs],
                                      ["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    # copied under its soname (the name Qt asks for) to where Qt's plugin looks (its RUNPATH)
    assert found == [(str(libs / "libxcb-cursor.so.0"), "PySide6/Qt/lib")]
    assert missing == ["libxcb-icccm.so.4"]
