"""Read what benchmark and creative tools print into `Measurement`s: `read_text(text, context)`.

Every reader looks at the whole text, so one paste may mix tools (a ComfyUI log with its
start-up lines, a llama-bench table after its device list). What a reader recognised but could
not use is said in `Reading.unread`, in a plain sentence.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from core.measure import read_blender, read_image, read_llm
from core.measure import wording as say
from core.measure.reading import Context, Found, Reading, finish, gpu_in_text, lines_of
from core.schema.message import Message

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs


def _json_documents(text: str) -> list[Any]:
    """The text as one JSON document, or as JSON lines; [] when it is neither."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{":
        return []
    try:
        return [json.loads(stripped)]
    except (ValueError, RecursionError):
        pass
    docs = []
    for line in stripped.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                docs.append(json.loads(line))
            except (ValueError, RecursionError):
                return []
    return docs


def read_text(text: str, context: Context | None, catalogs: Catalogs) -> Reading:
    """Every measurement the text holds, with the user's `context` filled in; models and GPUs
    are looked up in `catalogs`."""
    ctx = context or Context()
    lines = lines_of(text)
    gpu = gpu_in_text(lines)
    found: list[Found] = []
    recognised: list[str] = []
    unread: list[str] = []

    def take(name: str, result: tuple[list[Found], list[str]]) -> None:
        items, problems = result
        if items or problems:
            recognised.append(name)
        found.extend(items)
        unread.extend(problems)

    docs = _json_documents(text)
    if docs:
        records: list[dict[str, Any]] = []
        for doc in docs:
            if read_blender.is_benchmark(doc):
                take("Blender Benchmark JSON", read_blender.read_benchmark_json(doc))
            elif isinstance(doc, list):
                records.extend(r for r in doc if isinstance(r, dict) and "avg_ts" in r)
            elif isinstance(doc, dict) and "avg_ts" in doc:
                records.append(doc)
        if records:
            take("llama-bench JSON", read_llm.read_bench_records(records, catalogs))
    else:
        rows = read_llm.csv_records(text)
        if rows:
            take("llama-bench CSV", read_llm.read_bench_records(rows, catalogs))
        take("llama-bench table", read_llm.read_bench_markdown(lines, gpu, catalogs))
        take("Ollama --verbose", read_llm.read_ollama(lines, gpu, catalogs))
        take("llama.cpp timings", read_llm.read_llama_timings(lines, gpu, catalogs))
        ui = _image_ui(lines)
        take(f"{ui} progress bar", read_image.read_progress(lines, gpu, ui, ctx.batch))
        bar_steps = next((f.fields["steps"] for f in found if f.fields.get("task") == "image"),
                         None)
        take("ComfyUI 'Prompt executed'", read_image.read_executed(
            lines, gpu, ctx.steps or bar_steps, ctx.batch))
        take("Blender render times", read_blender.read_render_times(lines, gpu))
    if not found and not unread:
        unread.append(Message(say.NOTHING_RECOGNISED))
    return finish(found, ctx, recognised, unread, catalogs)


def _image_ui(lines: Sequence[str]) -> str:
    """Which diffusion UI printed the log, from the lines only it prints (else 'sampler')."""
    joined = "\n".join(lines[:400])
    if "Prompt executed in" in joined or "got prompt" in joined or "ComfyUI" in joined:
        return "ComfyUI"
    if "Forge" in joined or "forge" in joined:
        return "Forge"
    if "Total progress" in joined or "stable-diffusion-webui" in joined:
        return "A1111"
    return "sampler"


__all__ = ["Context", "Reading", "read_text"]
