"""What `estimate` says of a job's setup: the memory it needs against what a job can use on
the card(s), and the precision and memory mode the estimate assumed (issue #12: said, not
implied)."""

from __future__ import annotations

from typing import Any

from core.schema.model import canonical_quant


def memory_line(w: Any, e: Any, gpu: Any) -> str:
    """The "Memory:" line of an estimate `e` of `w` on `gpu` ('' for jobs without one)."""
    if not (e.vram_required_bytes > 0 and w.kind not in ("cpu", "encode", "render")):
        return ""
    # GiB, as every other surface says memory (cards sold as "24 GB" hold 24 GiB); an LLM's
    # layers are split across the cards, whose memory adds up; every other job holds its
    # whole model on each card (core.perf.jobs)
    from core.perf.memory_limits import usable_bytes  # numpy: not at import (--help)

    pooled = w.kind == "llm" or e.n_gpus == 1
    cards = e.n_gpus if pooled else 1
    have = gpu.usable_memory_bytes * cards / 1024**3
    # what a job can fill (the desktop and drivers hold the rest): "needs 21.6 GiB of
    # 24 GiB — does not fit" had read as a contradiction
    room = usable_bytes(gpu) * cards / 1024**3
    need = e.vram_required_bytes / 1024**3
    card = (f"each card's {have / cards:.0f} GiB" if not pooled
            else f"the {cards} cards' {have:.0f} GiB" if cards > 1
            else f"the card's {have:.0f} GiB")
    can = f"the {room:.1f} GiB a job can use of {card}" if room < have - 0.05 else card
    if e.fits:
        return f"  Memory: needs about {need:.1f} GiB of {can} — fits."
    needs = (f"about {need:.1f} GiB" if f"{need:.1f}" != f"{room:.1f}"
             else f"a little over {room:.1f} GiB")
    return (f"  Memory: needs {needs}, more than {can}: it offloads to system RAM, which is "
            "included in the time above.")


def assumed_setup(w: Any, e: Any, default_quant: str | None = None) -> str:
    """The precision and memory mode an estimate assumes (issue #12: said, not implied);
    `default_quant`: the weight format an LLM workload naming none is estimated in."""
    if w.kind == "llm":
        quant = (f"{canonical_quant(w.quant)} weights" if w.quant
                 else f"{default_quant} weights (the model's usual GGUF quantization)"
                 if default_quant else "the model's usual GGUF quantization")
        where = ("part of the weights in system RAM" if e.offload
                 else "all weights in graphics memory")
        return f"llama.cpp with {quant}, {where}"
    if w.kind in ("image", "video"):
        from core.perf.notes import memory_mode

        held = memory_mode(e.note)
        weights = ("8-bit (fp8) weights" if held.weight_bits == 8
                   else "16-bit (fp16/bf16) weights")
        if e.offload:
            mode = "weights streamed from system RAM"
        elif held.holds == "experts":
            mode = ("the text encoder unloaded after encoding, one denoiser expert in graphics "
                    "memory at a time")
        elif held.holds == "swap":
            mode = "the text encoder unloaded after encoding"
        else:
            mode = "everything kept in graphics memory"
        tiles = "in tiles" if held.vae_tiles else "in one piece"
        return f"{weights}, {mode}, VAE decoded {tiles}"
    return ""
