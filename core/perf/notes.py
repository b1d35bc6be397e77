"""Why the performance model cannot run a job (or how it runs it), as sentence templates.

The notes reach the planner's sentences ("The RTX 3060 cannot run clip: {note}"), so they are
`Message`s (core.schema.message) like the planner's own words, and core.plan.wording lists these
templates with its own for the translation tools.
"""

from __future__ import annotations

from dataclasses import dataclass

NOTE_MAC_MEMORY = "needs {need} but this Mac lets the GPU use {usable}"
NOTE_NO_ROOM_WITH_RAM = "the model does not fit in graphics memory plus system RAM"
NOTE_OFFLOADS_WEIGHTS = ("offloads {percent:.0f} % of the weights to system RAM, which is much "
                         "slower")
# the time includes how much slower desktop UIs ran in this mode (core.perf.fit.CROSSED, "mem")
NOTE_SWAPS_TEXT_ENCODER = ("swaps the text encoder out of graphics memory, and desktop UIs run "
                           "slower with memory this tight (included in the time)")
# the same mode with room to spare: the loop runs at full speed (core.perf.parts.SWAP_SPARE_BYTES)
NOTE_SWAPS_TEXT_ENCODER_ROOMY = ("swaps the text encoder out of graphics memory after encoding "
                                 "(the moves are included in the time)")
# Clauses the memory-mode notes share, joined by plain concatenation ({n} and {size} are the
# templates' own placeholders); each note stays one whole sentence to translate.
_IN_FP8 = ("runs with 8-bit (fp8) weights, as ComfyUI and Forge do when 16-bit ones do not fit "
           "(slightly lower image quality than 16-bit)")
_SWAPS_ENCODER = ", and swaps the text encoder out of graphics memory"
_EXPERTS = ("holds one of its {n} experts at a time, loading the next from system RAM when the "
            "steps reach it")
NOTE_FP8_AND_SWAP = _IN_FP8 + _SWAPS_ENCODER
NOTE_EXPERTS_IN_TURN = _EXPERTS + _SWAPS_ENCODER
NOTE_FP8_EXPERTS_IN_TURN = _IN_FP8 + ", " + _EXPERTS + _SWAPS_ENCODER
NOTE_VAE_TILES = ("the VAE decodes in tiles, as the UIs do when one piece does not fit (a little "
                  "slower, included in the time)")
NOTE_WITH_VAE_TILES = "{note}; the VAE decodes in tiles (a little slower, included)"
NOTE_STREAMS_WEIGHTS = ("streams {size} of weights from system RAM every step, which slows "
                        "it down")
NOTE_FP8_STREAMS_WEIGHTS = (_IN_FP8 + ", and streams {size} of them from system RAM every step, "
                            "which slows it down")
NOTE_OFFLOAD_TOO_FAR = ("it needs {needs}, more than {ratio:g}× the card's {has}, too much to "
                        "offload to system RAM at a usable speed")
NOTE_RAM_TOO_SMALL = ("it would keep {outside} in system RAM, more than the {share}% of your "
                      "{ram} that the system leaves free")
NOTE_ACTIVATIONS_TOO_BIG = "the working memory alone exceeds this GPU's memory"
NOTE_NO_ENCODER = "this GPU has no hardware {codec} encoder"
NOTE_ENCODER_TOO_SLOW = "the encoder manages about {fps:.0f} fps, below the {needed:g} needed"
NOTE_NO_TILE_ROOM = "not enough graphics memory even for small tiles"
NOTE_TTS_ON_CPU = "runs on the CPU; the GPU does not matter"
NOTE_VOICE_TOO_BIG = "the voice model does not fit in graphics memory"
NOTE_CPU_ONLY = "runs on the CPU; the GPU does not change it"
NOTE_FRAME_SHARE = "uses about {percent:.0f} % of each {budget_ms:.1f} ms frame"
NOTE_FRAME_SHARE_OVER = ("uses about {percent:.0f} % of each {budget_ms:.1f} ms frame; more than "
                         "the {limit:.0f} % a live stream can spare next to a game and the encoder")

@dataclass(frozen=True, slots=True)
class MemoryMode:
    """How a diffusion job holds its model in graphics memory: `weight_bits` 16 or 8 (fp8
    where 16-bit ones do not fit); `holds` "all" (everything resident), "swap" (the text
    encoder unloaded after encoding), "experts" (one denoiser expert at a time) or "stream"
    (weights streamed from system RAM every step); `vae_tiles` where the VAE decodes in tiles."""

    weight_bits: int = 16
    holds: str = "all"
    vae_tiles: bool = False


# core.perf.parts.diffusion_parts picks a job's memory mode and its note together, one note
# template per mode: the template is what says the mode, so no reader searches the English
_MODES: dict[str, tuple[int, str]] = {
    NOTE_SWAPS_TEXT_ENCODER: (16, "swap"),
    NOTE_SWAPS_TEXT_ENCODER_ROOMY: (16, "swap"),
    NOTE_FP8_AND_SWAP: (8, "swap"),
    NOTE_EXPERTS_IN_TURN: (16, "experts"),
    NOTE_FP8_EXPERTS_IN_TURN: (8, "experts"),
    NOTE_STREAMS_WEIGHTS: (16, "stream"),
    NOTE_FP8_STREAMS_WEIGHTS: (8, "stream"),
}


def memory_mode(note: str) -> MemoryMode:
    """The memory mode a job's note (a core.schema.message.Message) says; everything resident
    in 16 bits where it says none (a plain string, an LLM's or a measured job's note)."""
    template = getattr(note, "template", None)
    if template == NOTE_WITH_VAE_TILES:
        inner = memory_mode(getattr(note, "params", {}).get("note", ""))
        return MemoryMode(inner.weight_bits, inner.holds, vae_tiles=True)
    if template == NOTE_VAE_TILES:
        return MemoryMode(vae_tiles=True)
    bits, holds = _MODES.get(str(template), (16, "all"))
    return MemoryMode(bits, holds)


def says_8_bit(note: str) -> bool:
    """Whether a job's note says it runs with 8-bit weights, on its own or before the
    VAE-tiles clause."""
    return memory_mode(note).weight_bits == 8


NOTES: dict[str, str] = {k: v for k, v in globals().items()
                         if k.startswith("NOTE_") and isinstance(v, str)}
