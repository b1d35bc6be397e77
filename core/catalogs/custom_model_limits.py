"""The ranges of a user-described model's architecture keys, and the rules between them.

The catalog's `[[model]]` keys (core.catalogs.models.MODEL_KEYS) only check types, signs and a
few maxima: its entries are reviewed by hand. A profile's `[[model]]` is typed by a user, and a
slip (a width of 100000000, kv_heads above heads, a 1e-9 B model) made every estimate absurd
without a word. Each bound below is far outside every real model (so no real one is refused)
yet tight enough to catch a typo; `tests/core/test_profile_hardening.py` checks that every
catalog model passes, so a `like` with nothing changed is always accepted.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from core.catalogs import wording as say
from core.catalogs._validate import CatalogError, shown_number
from core.kinds import maximum
from core.schema.message import Message

# A default a workload could not ask for is a typo: the workload limits (core.kinds) bound them.
_WORKLOAD_FIELD = {"default_width": "width", "default_height": "height",
                   "default_frames": "frames", "default_steps": "steps",
                   "ref_width": "width", "ref_height": "height", "fps_out": "fps"}

# key: (lowest, highest). The highest published model has about 2,000 B parameters, the widest
# transformer a hidden size of about 25,000, the deepest about 130 layers.
RANGES: Mapping[str, tuple[float, float]] = {
    "params_b": (0.0001, 10_000),  # kinds with a higher floor: _MIN_PARAMS_B
    "active_params_b": (0.0001, 10_000),
    "layers": (1, 1000),
    # attention heads are 64 or 128 wide: a narrower model has none. The top is ten times the
    # widest model's, so that the width scaled for any size `like` a catalog model stays in
    "hidden": (64, 262_144),
    "heads": (1, 1024),
    "kv_heads": (1, 1024),
    "head_dim": (8, 1024),
    "kv_layers": (1, 1000),  # as layers (0, the default, is every layer: not written)
    "kv_window": (0, 10_000_000),  # as context_max; 0: linear attention, no cache
    "vocab": (256, 2_000_000),  # 256: a byte-level vocabulary; the largest are ~260,000
    "context_max": (512, 10_000_000),
    "text_tokens": (1, 10_000),  # text encoders read 77 to ~800 tokens
    "step_gflops_ref": (0, 1_000_000),  # 1 PFLOP a step: 170 × SDXL's
    "vae_decode_mflops_per_pixel": (0, 10_000),  # 170 × the heaviest video VAE's
    "weight_bits": (1.5, 32),  # ternary (1.58-bit) weights to fp32
    "unquantized_bits": (1.5, 32),
    "flops_per_pixel": (0, 1e9),  # 30 × Real-ESRGAN x4plus
    "scale": (1, 16),  # upscalers enlarge 2×, 4× or 8×
    "audio_tokens_per_s": (0, 10_000),
    **{key: (1, maximum(field) or 0) for key, field in _WORKLOAD_FIELD.items()},
}
# A VAE downscales and a patch groups pixels by halvings: 1, 2, 4 ... 64.
POWERS_OF_TWO = ("vae_spatial", "vae_temporal", "patch", "patch_t")
MAX_POWER_OF_TWO = 64
# A language or diffusion model under 10 M parameters is not one; upscalers and face trackers
# are smaller (the catalog's smallest upscaler has 0.62 M).
_MIN_PARAMS_B = {"llm": 0.01, "image": 0.01, "video": 0.01}
# A transformer's blocks hold about 12 × layers × hidden² weights (attention 4·h², MLP 8·h²).
# Catalog models lie within 0.2-3.1 × that; a mixture of experts counted whole (no
# active_params_b) up to ~30 ×. Beyond these factors, layers and hidden cannot be that model's.
_BLOCK_WEIGHTS = 12
_FEWEST_PARAMS_PER_BLOCK_WEIGHT = 0.05
_MOST_ACTIVE_PARAMS_PER_BLOCK_WEIGHT = 50


def check_model_limits(entry: Mapping[str, Any], kind: str, file: str, ident: str,
                       given: Collection[str]) -> None:
    """Raise CatalogError (naming the key) for the first value of `entry`, a model table whose
    types are already checked, outside its range or at odds with another. `given`: the keys
    the user wrote, so that a rule between two keys names the one they typed."""
    _check_ranges(entry, kind, file, ident)
    _check_attention(entry, file, ident, given)
    _check_size(entry, file, ident, given)


def _check_ranges(entry: Mapping[str, Any], kind: str, file: str, ident: str) -> None:
    for key, (low, high) in RANGES.items():
        if key in ("params_b", "active_params_b"):
            low = _MIN_PARAMS_B.get(kind, low)
        value = entry.get(key)
        if value is not None and not low <= value <= high:
            raise CatalogError(file, Message(say.FROM_TO, low=shown_number(low),
                                             high=shown_number(high),
                                             value=shown_number(value)), ident, key)
    for key in POWERS_OF_TWO:
        value = entry.get(key)
        if value is not None and (value > MAX_POWER_OF_TWO or value & (value - 1)):
            raise CatalogError(file, Message(say.POWER_OF_TWO, most=MAX_POWER_OF_TWO,
                                             value=shown_number(value)), ident, key)


def _pick(keys: tuple[str, ...], given: Collection[str]) -> str:
    """The key of a rule to name: the first the user wrote (the others may come from `like`)."""
    return next((k for k in keys if k in given), keys[0])


def _check_attention(entry: Mapping[str, Any], file: str, ident: str,
                     given: Collection[str]) -> None:
    heads, kv_heads, hidden = entry.get("heads"), entry.get("kv_heads"), entry.get("hidden")
    if heads and kv_heads and (kv_heads > heads or heads % kv_heads):
        # grouped-query attention shares each key/value head among an equal group of heads
        raise CatalogError(file, Message(say.HEADS_AND_KV, heads=heads, kv_heads=kv_heads),
                           ident, _pick(("kv_heads", "heads"), given))
    if heads and hidden and hidden % heads:
        # the width is split evenly among the heads
        raise CatalogError(file, Message(say.HIDDEN_BY_HEADS, hidden=hidden, heads=heads),
                           ident, _pick(("heads", "hidden"), given))


def _check_size(entry: Mapping[str, Any], file: str, ident: str,
                given: Collection[str]) -> None:
    layers, hidden = entry.get("layers"), entry.get("hidden")
    if not (layers and hidden):
        return
    blocks_b = _BLOCK_WEIGHTS * layers * hidden**2 / 1e9
    params = entry["params_b"]
    active = entry.get("active_params_b") or params
    shape = {"layers": layers, "hidden": hidden, "blocks": f"{blocks_b:.3g}"}
    if params < _FEWEST_PARAMS_PER_BLOCK_WEIGHT * blocks_b:
        raise CatalogError(file, Message(say.TOO_FEW_PARAMS, params=f"{params:g}", **shape),
                           ident, _pick(("params_b", "layers", "hidden"), given))
    if active > _MOST_ACTIVE_PARAMS_PER_BLOCK_WEIGHT * blocks_b:
        key = "active_params_b" if "active_params_b" in given else "params_b"
        raise CatalogError(file, Message(say.TOO_MANY_ACTIVE, active=f"{active:g}", **shape),
                           ident, _pick((key, "layers", "hidden"), given))


__all__ = ["POWERS_OF_TWO", "RANGES", "check_model_limits"]
