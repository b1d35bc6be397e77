"""The command line's contract: a version, one-line errors, and a non-zero exit on failure."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app import cli


def test_version_names_the_distribution(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("rigsizer ")
    assert out.split()[1][0].isdigit()


def test_unknown_command_is_rejected_without_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["no-such-command"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice" in err
    assert "Traceback" not in err


def test_console_script_runs_as_a_process() -> None:
    """The installed `rigsizer` entry point works outside pytest's process too."""
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", "--version"],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("rigsizer ")
