"""llama.cpp-family output: llama-bench (markdown table, CSV, JSON/JSONL), Ollama's `--verbose`
statistics, and llama.cpp's timing lines (`llama_print_timings`, `llama_perf_context_print`,
llama-server's `print_timings`).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING, Any

from core.measure import wording as say
from core.measure.reading import Found, Line, Unreadable, at, clip, number, whole
from core.schema.message import Message, said
from core.schema.model import QUANT_TAG, quant_in

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs

# Prompts shorter than this are timed mostly by fixed overhead: not a prompt-processing speed.
MIN_PROMPT_TOKENS = 64
DEFAULT_GENERATED = 128  # llama-bench's tg128

# llama-bench names models by architecture and size ("llama 7B Q4_0"); the catalog model that
# name most likely means (llama-bench's own README benchmarks Llama 2 7B as "llama 7B").
_ARCH_SIZE = {
    ("llama", "7b"): "llama-2-7b", ("llama", "8b"): "llama-3-8b",
    ("llama", "70b"): "llama-3-70b", ("qwen2", "7b"): "qwen2.5-7b",
    ("qwen2", "14b"): "qwen2.5-14b", ("qwen2", "32b"): "qwen2.5-32b",
    ("gemma2", "9b"): "gemma-2-9b", ("gpt-oss", "20b"): "gpt-oss-20b",
    ("gpt-oss", "120b"): "gpt-oss-120b",
}


def guess_llm_model(catalogs: Catalogs, *names: str) -> str | None:
    """The LLM of `catalogs` a tool's model name, file name or type most likely is, or None."""
    for name in names:
        if not name:
            continue
        stem = PureWindowsPath(PurePosixPath(name.strip()).name).name
        stem = re.sub(r"\.gguf$", "", stem, flags=re.IGNORECASE)
        stem = QUANT_TAG.sub("", stem).strip(" -_.")
        stem = stem.replace(":", "-")  # Ollama tags: llama3.1:8b
        # (a hub's decorations, '-Instruct', '-GGUF', 'v0.3', are the catalog's to strip)
        model = catalogs.find_model(stem)
        if model is not None and model.kind == "llm":
            return model.id
        m = re.match(r"\s*([a-z0-9\-]+?)\s+(\d+(?:\.\d+)?[bm])\b", name, re.IGNORECASE)
        if m:
            guess = _ARCH_SIZE.get((m.group(1).lower(), m.group(2).lower()))
            if guess:
                return guess
    return None


def _backend(text: str) -> str | None:
    first = re.split(r"[,+ ]", text.strip())[0]
    return first or None


def _test(n_prompt: int, n_gen: int) -> str | None:
    if n_gen == 0 and n_prompt > 0:
        return f"pp{n_prompt}"
    if n_prompt == 0 and n_gen > 0:
        return f"tg{n_gen}"
    return None  # a combined prompt+generation test has no single rate


def _bench_found(model_text: str, filename: str, test: str, rate: float, backend: str | None,
                 source: str, gpu: str | None, catalogs: Catalogs) -> Found:
    fields: dict[str, Any] = {"task": "llm", "test": test, "value": rate, "source": source}
    model = guess_llm_model(catalogs, filename, model_text)
    notes: list[str] = []
    if model:
        fields["model"] = model
        if not filename:
            notes.append(Message(say.LLAMA_BENCH_MODEL, hint=clip(model_text.strip()), model=model,
                                 ask=Message(say.ASK_MODEL_IF_OTHER)))
    quant = quant_in(model_text) or quant_in(filename)
    if quant:
        fields["quant"] = quant
    if backend:
        fields["backend"] = backend
    return Found(fields, Message(say.FOUND_LLAMA_BENCH, test=test, rate=f"{rate:g}"), gpu,
                 notes)


def read_bench_markdown(lines: Sequence[Line], gpu: str | None, catalogs: Catalogs
                        ) -> tuple[list[Found], list[str]]:
    """llama-bench's default table: | model | size | params | backend | ngl | test | t/s |."""
    found: list[Found] = []
    unread: list[str] = []
    header: list[str] | None = None
    for line in lines:
        s = line.strip()
        if not s.startswith("|"):
            header = None if not s else header
            continue
        cells = [c.strip() for c in s.strip("|").split("|")]
        if "model" in cells and "test" in cells and "t/s" in cells:
            header = cells
            continue
        if header is None or set(s) <= set("|-: "):
            continue
        row = dict(zip(header, cells, strict=False))
        test_text = row.get("test", "")
        if not re.fullmatch(r"(pp|tg)(\d+)", test_text):
            unread.append(Message(say.LLAMA_BENCH_TEST, test=clip(test_text)))
            continue
        try:
            rate = _table_rate(row.get("t/s", ""))
        except Unreadable as exc:
            unread.append(at(line, Message(say.LLAMA_BENCH_ROW, test=clip(test_text),
                                           error=said(exc))))
            continue
        found.append(_bench_found(row.get("model", ""), "", test_text, rate,
                                  _backend(row.get("backend", "")), "llama-bench", gpu, catalogs))
    return found, unread


def _table_rate(cell: str) -> float:
    """The mean of a llama-bench t/s cell ("2218.43 ± 10.05")."""
    mean = cell.split("±")[0].strip()
    if not re.fullmatch(r"[0-9.]+", mean):  # "nan", "-5", ""
        raise Unreadable(f"t/s '{cell}' is not a speed")
    return number(mean, "t/s")


def read_bench_records(records: list[dict[str, Any]], catalogs: Catalogs
                       ) -> tuple[list[Found], list[str]]:
    """llama-bench `-o json`/`-o jsonl`/`-o csv` records (keys n_prompt, n_gen, avg_ts, ...)."""
    found: list[Found] = []
    unread: list[str] = []
    for r in records:
        try:
            n_prompt, n_gen = int(r.get("n_prompt", 0)), int(r.get("n_gen", 0))
            rate = float(r["avg_ts"])
            depth = int(r.get("n_depth", 0) or 0)
        except (KeyError, TypeError, ValueError, OverflowError):  # int(inf) overflows
            unread.append(Message(say.LLAMA_BENCH_INCOMPLETE))
            continue
        test = _test(n_prompt, n_gen)
        if test is None or depth:
            unread.append(Message(say.LLAMA_BENCH_RECORD_DEPTH, n_prompt=n_prompt, n_gen=n_gen,
                                  depth=depth) if depth
                          else Message(say.LLAMA_BENCH_RECORD, n_prompt=n_prompt, n_gen=n_gen))
            continue
        backend = _backend(str(r.get("backends") or r.get("backend") or ""))
        gpu = str(r.get("gpu_info") or "").split(",")[0].strip() or None
        found.append(_bench_found(str(r.get("model_type", "")), str(r.get("model_filename", "")),
                                  test, rate, backend, "llama-bench", gpu, catalogs))
    return found, unread


def csv_records(text: str) -> list[dict[str, Any]] | None:
    """llama-bench CSV (a header with n_prompt, n_gen and avg_ts), or None."""
    start = text.find("build_commit")
    if start < 0 or "avg_ts" not in text:
        return None
    try:
        rows = list(csv.DictReader(io.StringIO(text[start:])))
    except csv.Error:  # e.g. a field over csv's size limit: not llama-bench's CSV
        return None
    return [r for r in rows if r.get("avg_ts")] or None


_OLLAMA = re.compile(r"^\s*(prompt eval count|prompt eval rate|eval count|eval rate|"
                     r"total duration):\s*([0-9.]+)")
_OLLAMA_RUN = re.compile(r"ollama run (\S+)")


def read_ollama(lines: Sequence[Line], gpu: str | None, catalogs: Catalogs
                ) -> tuple[list[Found], list[str]]:
    """`ollama run MODEL --verbose` statistics blocks (one per answer)."""
    found: list[Found] = []
    unread: list[str] = []
    model_name = ""
    block: dict[str, float] = {}

    def close() -> None:
        if "eval rate" in block or "prompt eval rate" in block:
            _ollama_block(block, model_name, gpu, found, unread, catalogs)
        block.clear()

    for line in lines:
        run = _OLLAMA_RUN.search(line)
        if run:
            model_name = run.group(1)
        m = _OLLAMA.match(line)
        if not m:
            continue
        if m.group(1) == "total duration":
            close()  # it starts a block; its value is not used
            continue
        try:
            block[m.group(1)] = number(m.group(2), m.group(1))
        except Unreadable as exc:
            unread.append(at(line, Message(say.OLLAMA_LINE, error=said(exc))))
    close()
    return found, unread


def _ollama_block(block: dict[str, float], model_name: str, gpu: str | None,
                  found: list[Found], unread: list[str], catalogs: Catalogs) -> None:
    fields: dict[str, Any] = {"task": "llm", "source": "Ollama --verbose"}
    notes: list[str] = []
    model = guess_llm_model(catalogs, model_name)
    if model:
        fields["model"] = model
    quant = quant_in(model_name)
    if quant is None:
        quant = "Q4_K_M"
        notes.append(Message(say.OLLAMA_QUANT, ask=Message(say.ASK_QUANT_IF_NOT)))
    fields["quant"] = quant
    if "eval rate" in block:
        n_gen = int(block.get("eval count", 0))
        tg_notes = list(notes)
        if n_gen <= 0:
            # a pasted "eval rate" line alone: read as llama-bench's standard generation test
            n_gen = DEFAULT_GENERATED
            tg_notes.append(Message(say.NO_EVAL_COUNT, n=n_gen))
        rate = block["eval rate"]
        found.append(Found(dict(fields, test=f"tg{n_gen}", value=rate),
                           Message(say.FOUND_OLLAMA_EVAL, rate=f"{rate:g}"), gpu, tg_notes))
    n_prompt = int(block.get("prompt eval count", 0))
    if "prompt eval rate" in block and "prompt eval count" not in block:
        unread.append(Message(say.OLLAMA_NO_PROMPT_COUNT))
    elif "prompt eval rate" in block:
        if n_prompt >= MIN_PROMPT_TOKENS:
            rate = block["prompt eval rate"]
            found.append(Found(dict(fields, test=f"pp{n_prompt}", value=rate),
                               Message(say.FOUND_OLLAMA_PROMPT, rate=f"{rate:g}"), gpu, notes))
        else:
            unread.append(Message(say.OLLAMA_SHORT_PROMPT, n=n_prompt, least=MIN_PROMPT_TOKENS))


_TIMING = re.compile(r"(prompt eval|(?<!prompt )eval) time\s*=\s*[0-9.]+ ms /\s*(\d+) "
                     r"(?:tokens|runs).*?([0-9.]+) tokens per second")
_GENERAL_NAME = re.compile(r"general\.name\s+(?:str\s+)?=\s*(.+?)\s*$")
_FILE = re.compile(r"from (\S+\.gguf)")
_FTYPE = re.compile(r"(?:model ftype|file type)\s*=\s*(.+?)\s*$")


def read_llama_timings(lines: Sequence[Line], gpu: str | None, catalogs: Catalogs
                       ) -> tuple[list[Found], list[str]]:
    """llama.cpp's timing lines (llama-cli, llama-server, older `main`)."""
    found: list[Found] = []
    unread: list[str] = []
    names: list[str] = []
    ftype = ""
    for line in lines:
        for pattern in (_FILE, _GENERAL_NAME):
            m = pattern.search(line)
            if m:
                names.append(m.group(1))
        m = _FTYPE.search(line)
        if m:
            ftype = m.group(1)
        t = _TIMING.search(line)
        if not t:
            continue
        try:
            kind, count = t.group(1), whole(t.group(2), Message(say.WORD_TOKENS))
            rate = number(t.group(3), Message(say.WORD_TOKENS_PER_S))
        except Unreadable as exc:
            unread.append(at(line, Message(say.LLAMA_CPP_TIMING, error=said(exc))))
            continue
        fields: dict[str, Any] = {"task": "llm", "source": "llama.cpp timings", "value": rate}
        model = guess_llm_model(catalogs, *reversed(names))
        if model:
            fields["model"] = model
        quant = quant_in(ftype) or next((q for q in map(quant_in, names) if q), None)
        if quant:
            fields["quant"] = quant
        if kind == "prompt eval":
            if count < MIN_PROMPT_TOKENS:
                unread.append(Message(say.LLAMA_CPP_SHORT_PROMPT, n=count,
                                      least=MIN_PROMPT_TOKENS))
                continue
            fields["test"] = f"pp{count}"
        else:
            fields["test"] = f"tg{count}"
        found.append(Found(fields, Message(say.FOUND_LLAMA_CPP, kind=kind, rate=f"{rate:g}"),
                           gpu))
    return found, unread
