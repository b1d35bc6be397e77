"""`rigsizer measure parse` as the user runs it."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from app import cli
from core.measure.tables import parse_measurements
from tests.shipped import catalogs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "measure"


def test_parse_prints_tables_that_load_back(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["measure", "parse", str(FIXTURES / "comfyui_sdxl.log"), "--gpu",
                     "RTX 3060 12GB", "--width", "1024", "--height", "1024",
                     "--date", "2026-12-01"])
    out = capsys.readouterr().out
    assert code == 0
    ms = parse_measurements(out, "out.toml", catalogs())
    loop = next(m for m in ms if m.timing == "denoiser")
    assert (loop.value, loop.width, loop.height, loop.date) == (1.5, 1024, 1024, "2026-12-01")
    assert "# note: model read from" in out


def test_parse_from_stdin_and_unread_lines_go_to_stderr(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = (FIXTURES / "ollama_verbose.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text)))
    code = cli.main(["measure", "parse", "-", "--gpu", "RTX 3060 12GB"])
    captured = capsys.readouterr()
    assert code == 0
    assert len(parse_measurements(captured.out, "out.toml", catalogs())) == 3
    assert "not read: Ollama prompt eval rate over 14 tokens" in captured.err


def test_parse_finds_nothing_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("nothing here\n")
    assert cli.main(["measure", "parse", str(path), "--gpu", "RTX 4090"]) == 1
    assert "no measurement recognised" in capsys.readouterr().err


def test_bad_option_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["measure", "parse", str(FIXTURES / "comfyui_sdxl.log"), "--steps", "0"])
    assert code == 2
    assert "--steps must be at least 1" in capsys.readouterr().err
