"""The command line's output is safe for any terminal and console encoding (issue 17, item 12
and the encoding part of item 15)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.terminal import clean_terminal_text
from core.paths import assets_dir

pytestmark = pytest.mark.timeout(120)

ROOT = Path(__file__).resolve().parents[2]
VTUBER = assets_dir() / "profiles" / "vtuber.toml"
GPU = ["--gpu", "RTX 3060 12GB", "--samples", "200"]
# retitle the terminal, clear it, return to the line start and print a fake line; a C1 CSI too
HOSTILE_NAME = r"VT\u001b]0;pwned\u0007\u001b[2J\rFAKE\u009b2J"
CONTROLS = [chr(c) for c in (*range(0x20), 0x7F, *range(0x80, 0xA0)) if chr(c) not in "\n\t"]


def test_escape_sequences_in_a_profile_do_not_reach_the_terminal(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = VTUBER.read_text(encoding="utf-8").replace('name = "VTuber"',
                                                      f'name = "{HOSTILE_NAME}"', 1)
    assert HOSTILE_NAME in text
    profile = tmp_path / "hostile.toml"
    profile.write_text(text, encoding="utf-8")
    # refused where it is read, by name and line; the message carries none of them either
    assert main(["plan", str(profile), *GPU]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "hostile.toml:7: key 'name': must not contain control characters" in captured.err
    assert not [c for c in CONTROLS if c in captured.err]


def test_an_error_message_is_cleaned_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", "vtuber", "--gpu", "RTX\x1b[2J 9999\r"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("rigsizer: error: --gpu 'RTX[2J 9999'")
    assert not [c for c in CONTROLS if c in err]


def test_clean_terminal_text_keeps_lines_tabs_and_every_other_character() -> None:
    text = "a\tb\nc 中文 ✓ é"
    assert clean_terminal_text(text) == text
    assert clean_terminal_text("".join(CONTROLS)) == ""


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_a_console_without_chinese_still_gets_the_whole_output(encoding: str) -> None:
    """A Windows console with redirected output (cp1252), or an ASCII one: one character it
    cannot hold lost the whole output to a 'charmap' error; now it becomes '?'."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding}
    done = subprocess.run([sys.executable, "-m", "app.cli", "plan", "vtuber", *GPU,
                           "--lang", "zh_CN"], env=env, capture_output=True, timeout=100)
    assert done.returncode == 0, done.stderr.decode(encoding, "replace")
    out = done.stdout.decode(encoding)
    assert "GeForce RTX 3060 12GB" in out and "?" in out
    assert len(out.splitlines()) > 10
