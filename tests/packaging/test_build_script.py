"""build.py tells "cannot build here" (exit 75, which .ci/run reports as a skip) from a failure."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def build(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    monkeypatch.syspath_prepend(str(ROOT / "packaging"))
    sys.modules.pop("build_script_under_test", None)
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_script_under_test",
                                                  ROOT / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_missing_linux_tools_mean_cannot_build(build: types.ModuleType,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(build.sys, "platform", "linux")
    monkeypatch.setattr(build.shutil, "which", lambda tool: None if tool == "objdump" else tool)
    with pytest.raises(SystemExit) as info:
        build.preflight()
    assert info.value.code == 75
    assert "objdump not found" in capsys.readouterr().out


def test_an_unknown_os_cannot_build(build: types.ModuleType,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build.sys, "platform", "sunos5")
    with pytest.raises(SystemExit) as info:
        build.preflight()
    assert info.value.code == 75


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in python is a POSIX shell script")
def test_pyinstaller_that_cannot_be_installed_means_cannot_build(
        build: types.ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A "python" whose every command fails: `import PyInstaller` and `pip install` alike.
    fake = tmp_path / "python"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    with pytest.raises(SystemExit) as info:
        build.ensure_pyinstaller(fake)
    assert info.value.code == 75
    assert "could not install pyinstaller" in capsys.readouterr().out


def test_help_describes_the_one_command() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--help"],
                          capture_output=True, text=True, timeout=60, check=True)
    assert "--installer" in proc.stdout and "--smoke" in proc.stdout
