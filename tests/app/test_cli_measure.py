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


@pytest.mark.parametrize(("typed", "card"), [
    ("4090", "nvidia-rtx-4090"), ("rtx4090", "nvidia-rtx-4090"),
    ("7900 xtx", "amd-rx-7900-xtx")])
def test_gpu_option_takes_a_typed_name(typed: str, card: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    """--gpu is read as estimate and plan read it, and the table names the catalog card, so
    that the printed file loads back (a measurement file itself must name the card)."""
    code = cli.main(["measure", "parse", str(FIXTURES / "ollama_eval_only.txt"), "--gpu", typed,
                     "--date", "2026-12-01"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    cats = catalogs()
    (m,) = parse_measurements(captured.out, "out.toml", cats)
    assert cats.gpu_named(m.gpu) is cats.gpus_by_id[card]
    assert (m.value, m.test) == (142.22, "tg600")


def test_gpu_option_family_says_which_variant(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["measure", "parse", str(FIXTURES / "ollama_eval_only.txt"), "--gpu", "H100"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    cats = catalogs()
    (m,) = parse_measurements(captured.out, "out.toml", cats)
    gpu = cats.gpu_named(m.gpu)
    assert gpu is not None and "H100" in gpu.name
    # the card chosen is said on stderr, with the others it could have been
    note = next(line for line in captured.err.splitlines() if line.startswith("GPU: "))
    assert gpu.name in note and "variants" in note


def test_gpu_option_unknown_is_an_error_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["measure", "parse", str(FIXTURES / "ollama_eval_only.txt"), "--gpu",
                     "RTX 9999"])
    assert code == 2
    assert "--gpu 'RTX 9999'" in capsys.readouterr().err


def test_gpu_named_in_the_text_is_not_read_as_typed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A log's own device line names the card it ran on: a family there is not guessed."""
    log = tmp_path / "run.txt"
    log.write_text("  Device 0: H100, compute capability 9.0, VMM: yes\n"
                   + (FIXTURES / "ollama_eval_only.txt").read_text())
    assert cli.main(["measure", "parse", str(log), "--model", "llama-3-8b"]) == 1
    assert "give it with --gpu" in capsys.readouterr().err


def test_host_option_marks_a_rented_run_where_the_host_matters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--host server: the tables say the run was on a rented pod (estimates then compare it
    with the card on a server); a Blender render, whose time the host does not set, is not
    marked."""
    code = cli.main(["measure", "parse", str(FIXTURES / "llama_bench.md"), "--gpu", "RTX 4090",
                     "--host", "server"])
    ms = parse_measurements(capsys.readouterr().out, "out.toml", catalogs())
    assert code == 0 and ms and {m.host for m in ms} == {"server"}
    code = cli.main(["measure", "parse", str(FIXTURES / "blender_render.log"), "--gpu",
                     "RTX 4090", "--host", "server"])
    ms = parse_measurements(capsys.readouterr().out, "out.toml", catalogs())
    assert code == 0 and ms and {m.host for m in ms} == {None}
    with pytest.raises(SystemExit) as exited:
        cli.main(["measure", "parse", str(FIXTURES / "llama_bench.md"), "--gpu", "RTX 4090",
                  "--host", "cloud"])
    assert exited.value.code == 2 and "invalid choice: 'cloud'" in capsys.readouterr().err
