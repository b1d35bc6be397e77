"""Fuzz the `rigsizer predict` reader (the validation contract in DESIGN.md) in-process and as
a subprocess.

Contract: one bad query gets an error answer and the others are still answered (exit 0); only
a file that cannot be read as JSON fails the run (exit != 0, one line on stderr, no traceback).
Every answer has the eight keys; a null p50 always comes with an error sentence; numbers are
finite and positive; stdout is always valid JSON. Nothing may hang.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import cli

pytestmark = pytest.mark.timeout(180)

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"id", "gpu_id", "metric", "p10", "p50", "p90", "basis", "error"}
FUZZ = settings(max_examples=25, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
GOOD = [
    {"id": "llm", "gpu": "NVIDIA GeForce RTX 4090", "task": "llm", "model": "llama-2-7b",
     "quant": "Q4_0", "test": "tg128"},
    {"id": "img", "gpu": "NVIDIA GeForce RTX 3060 12GB", "task": "image", "model": "sdxl",
     "width": 1024, "height": 1024, "steps": 20, "batch": 1},
    {"id": "vid", "gpu": "NVIDIA H100 80GB HBM3", "task": "video", "model": "wan2.1-t2v-1.3b",
     "width": 832, "height": 480, "frames": 81, "steps": 50, "n_gpus": 1},
    {"id": "cyc", "gpu": "AMD Radeon RX 7900 XTX", "task": "cycles", "backend": "HIP",
     "blender_version": "4.2.0"},
]


def run(path: Path, capsys: pytest.CaptureFixture[str],
        *flags: str) -> tuple[int, str, str]:
    code = cli.main(["predict", str(path), *flags])
    out, err = capsys.readouterr()
    return code, out, err


def check_answers(out: str, queries: list[Any]) -> list[dict[str, Any]]:
    answers = json.loads(out)  # strict JSON: NaN or Infinity would not parse back as numbers
    assert isinstance(answers, list) and len(answers) == len(queries)
    for q, a in zip(queries, answers, strict=True):
        assert set(a) == KEYS, a
        if isinstance(q, dict):
            assert a["id"] == q.get("id")
        if a["error"] is None:
            values = (a["p10"], a["p50"], a["p90"])
            assert all(isinstance(v, float | int) and math.isfinite(v) and v > 0
                       for v in values), (q, a)
            assert a["p10"] <= a["p50"] <= a["p90"], (q, a)
        else:
            assert isinstance(a["error"], str) and a["error"].strip()
            assert "\n" not in a["error"] and "Traceback" not in a["error"]
            assert a["p50"] is None
    return answers


def check_failure(code: int, out: str, err: str) -> None:
    assert code != 0 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rigsizer: error:"), err
    assert "Traceback" not in err and "internal error" not in err


# Odd values for any field: wrong types, huge and non-finite numbers, hostile text.
ODD: list[Any] = [None, True, -1, 0, 1.5, 1e200, 1e308, -1e308, 10**30, "", "x" * 10_000,
                  "832", "../../etc/passwd", [], {}, [1, [2, [3]]], {"a": None}, "NaN", "tg0",
                  "pp-5", "tg99999999999999999999999", "pp1e9", "Q4_0", "OPTIX", "llama-2-7b"]
FIELDS = ["id", "gpu", "task", "model", "quant", "test", "backend", "width", "height", "steps",
          "batch", "frames", "n_gpus", "cfg", "blender_version"]


@FUZZ
@given(base=st.sampled_from(GOOD), field=st.sampled_from(FIELDS), value=st.sampled_from(ODD))
def test_one_odd_field_gets_an_error_answer_or_a_sane_one(
        base: dict[str, Any], field: str, value: Any, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    bad = {**base, field: value}
    queries = [GOOD[0], bad, GOOD[1]]
    path = tmp_path / "q.json"
    path.write_text(json.dumps(queries), encoding="utf-8")
    errors = []
    # with measured rows too: their lookup once met the raw fields before validation did
    for flags in (("--no-measured",), ()):
        code, out, err = run(path, capsys, *flags)
        assert code == 0, err
        first, middle, last = check_answers(out, queries)
        assert first["error"] is None and last["error"] is None  # the others are answered
        errors.append(middle["error"])
    assert errors[0] == errors[1]  # a bad field is refused the same way either way


# The measured lookup built a dict key from raw fields (and took max(width, height)):
# "internal error: TypeError: unhashable type: 'list'" for the whole run.
@pytest.mark.parametrize("measured", [True, False], ids=["measured", "no-measured"])
@pytest.mark.parametrize(("base", "field", "value"), [
    (1, "width", [1024]), (1, "height", {"a": 1}), (1, "steps", [20]), (1, "batch", [1]),
    (1, "timing", ["job"]), (1, "width", "1024"), (2, "width", "832"), (2, "height", [480]),
    (2, "frames", [81]), (2, "n_gpus", {"n": 1}), (2, "steps", "50"), (2, "cfg", [True]),
    (0, "quant", ["Q4_0"]), (0, "test", ["tg128"]), (3, "backend", ["HIP"]),
    (3, "blender_version", ["4.2.0"]),
])
def test_odd_field_types_with_measured_rows(base: int, field: str, value: Any, measured: bool,
                                            tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    bad = {**GOOD[base], "id": "bad", field: value}
    queries = [GOOD[0], bad, GOOD[1]]
    path = tmp_path / "q.json"
    path.write_text(json.dumps(queries), encoding="utf-8")
    code, out, err = run(path, capsys, *(() if measured else ("--no-measured",)))
    assert code == 0, err
    first, answer, last = check_answers(out, queries)
    assert first["error"] is None and last["error"] is None
    assert answer["error"] is not None and field in answer["error"], answer


@pytest.mark.parametrize(("field", "text"), [
    ("width", "NaN"), ("width", "Infinity"), ("width", "-Infinity"), ("steps", "1e400"),
    ("height", "1e200"), ("frames", "1e300"), ("n_gpus", "1e300"), ("batch", "1e19"),
])
def test_non_finite_and_huge_json_numbers(field: str, text: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    # Python's json reads NaN/Infinity and 1e400 (as inf): what a careless tool may write
    base = json.dumps({k: v for k, v in GOOD[2].items() if k != field})
    body = f'[{{"{field}": {text}, {base[1:]}, {json.dumps(GOOD[0])}]'
    path = tmp_path / "q.json"
    path.write_text(body, encoding="utf-8")
    code, out, err = run(path, capsys)
    assert code == 0, err
    bad, good = check_answers(out, json.loads(body))
    assert bad["error"] is not None and field in bad["error"], bad
    assert good["error"] is None


@pytest.mark.parametrize("test", ["tg99999999999999999999999", "pp99999999999999999999999",
                                  "tg100000000000", "pp0", "tg", "tg-1", "tg 128", "tg١٢٨"])
def test_llm_test_names_out_of_range(test: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    # "tg" + 23 digits used to give a negative tokens/s
    queries = [{**GOOD[0], "test": test}]
    path = tmp_path / "q.json"
    path.write_text(json.dumps(queries), encoding="utf-8")
    code, out, err = run(path, capsys, "--no-measured")
    assert code == 0, err
    (answer,) = check_answers(out, queries)
    assert answer["error"] is not None and "test" in answer["error"], answer


@FUZZ
@given(doc=st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
              st.text(max_size=12)),
    lambda inner: st.one_of(st.lists(inner, max_size=5),
                            st.dictionaries(st.sampled_from([*FIELDS, "zzz"]), inner,
                                            max_size=6)),
    max_leaves=25))
def test_any_json_document(doc: Any, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "q.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run(path, capsys)
    if isinstance(doc, list | dict):
        assert code == 0, err
        check_answers(out, doc if isinstance(doc, list) else [doc])
    else:
        check_failure(code, out, err)


GOOD_BYTES = json.dumps(GOOD, indent=1).encode()


@pytest.mark.parametrize("cut", range(1, len(GOOD_BYTES), max(1, len(GOOD_BYTES) // 30)))
def test_truncated_file(cut: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "q.json"
    path.write_bytes(GOOD_BYTES[:cut])
    code, out, err = run(path, capsys)
    check_failure(code, out, err)
    assert "not valid JSON" in err and path.name in err


@pytest.mark.parametrize(("data", "words"), [
    (b"", "not valid JSON"),
    (b"   \n", "not valid JSON"),
    (b"\xff\xfe[\x00]\x00", "not UTF-8"),
    (b'[{"id": "\xe9"}]', "not UTF-8"),
    (b"[" * 100_000 + b"]" * 100_000, "nest"),
    (b'{"a":' * 50_000 + b"1" + b"}" * 50_000, "nest"),
    (b"[" + b"9" * 5000 + b"]", "JSON"),
    (b"null", "array"),
    (b"42", "array"),
    (b'"[]"', "array"),
    (b"[1, 2,]", "not valid JSON"),
    (b"\x00\x00\x00", "not valid JSON"),
], ids=["empty", "blank", "utf16", "latin1", "deep-array", "deep-object", "huge-int", "null",
        "number", "string", "trailing-comma", "nul"])
def test_unreadable_files(data: bytes, words: str, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "q.json"
    path.write_bytes(data)
    code, out, err = run(path, capsys)
    check_failure(code, out, err)
    assert words in err, err


def test_a_directory_or_a_missing_file(tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    for path in (tmp_path, tmp_path / "missing.json"):
        code, out, err = run(path, capsys)
        check_failure(code, out, err)
        assert "cannot read" in err


def test_many_queries_and_a_bom(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    queries = GOOD * 250  # 1000 queries: answered in one batch, none dropped
    path = tmp_path / "q.json"
    path.write_text(json.dumps(queries), encoding="utf-8")
    code, out, _ = run(path, capsys)
    assert code == 0 and len(check_answers(out, queries)) == 1000
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode())  # Notepad's UTF-8 BOM
    code, out, err = run(path, capsys)
    assert code == 0 or "BOM" in err


def _subprocess(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], input=stdin,
                          capture_output=True, cwd=ROOT, env=env, timeout=120, check=False)


@pytest.mark.timeout(300)
def test_as_a_subprocess(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_bytes(b"[" * 200_000 + b"]" * 200_000)
    broken = tmp_path / "broken.json"
    broken.write_bytes(GOOD_BYTES[: len(GOOD_BYTES) // 2])
    mixed = tmp_path / "mixed.json"
    mixed.write_text(json.dumps([GOOD[0], {"id": "x", "task": "llm", "gpu": 5}, 7]),
                     encoding="utf-8")
    for path, ok in ((deep, False), (broken, False), (tmp_path, False), (mixed, True)):
        proc = _subprocess(["predict", str(path)])
        err = proc.stderr.decode("utf-8", "replace")
        assert "Traceback" not in err, err
        if ok:
            assert proc.returncode == 0, err
            answers = json.loads(proc.stdout)
            assert [a["error"] is None for a in answers] == [True, False, False]
        else:
            assert proc.returncode == 2, err
            assert len(err.strip().splitlines()) == 1 and proc.stdout == b""
    # stdin ('-') with garbage bytes
    proc = _subprocess(["predict", "-"], stdin=b"\xff\xfe\x00garbage")
    assert proc.returncode == 2 and b"Traceback" not in proc.stderr
