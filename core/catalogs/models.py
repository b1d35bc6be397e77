"""Load assets/catalogs/models/*.toml into `ModelSpec`s and `QuantFormat`s.

A file holds `[[model]]` tables (and, for LLMs, `[[quant]]` tables). A top-level `kind = "..."`
sets the kind of every model in the file; an entry may instead carry its own `kind`. Sizes are
written in billions (`params_b`) and GFLOPs/MFLOPs where the unit is in the key name; they are
converted to plain counts here and nowhere else.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from core.catalogs import wording as say
from core.catalogs._validate import (
    CatalogError,
    Key,
    check_entry,
    check_unique,
    display_name,
    read_toml,
    toml_files,
)
from core.catalogs.model_names import article
from core.catalogs.value import normalise_name
from core.paths import catalogs_dir
from core.schema.message import Message
from core.schema.model import ModelSpec, QuantFormat

KINDS = ("llm", "image", "video", "upscale", "tts", "face")

QUANT_KEYS = (
    Key("id"),
    Key("bits_per_weight", "number", maximum=64),
    Key("source"),
    Key("retrieved", "date"),
    Key("notes", required=False),
)


def _opt(name: str, kind: str = "number", **kw: Any) -> Key:
    return Key(name, kind, required=False, **kw)


MODEL_KEYS = (
    Key("id"),
    Key("name"),
    Key("kind", choices=KINDS, required=False),
    Key("aliases", "str_list", required=False),
    Key("params_b", "number", maximum=10_000),
    _opt("active_params_b", maximum=10_000),
    _opt("unquantized_params_b", maximum=10_000),
    _opt("unquantized_bits", maximum=32),
    _opt("layers", "int"),
    _opt("hidden", "int"),
    _opt("heads", "int"),
    _opt("kv_heads", "int"),
    _opt("head_dim", "int"),
    _opt("kv_layers", "int"),
    _opt("kv_window", "int"),
    _opt("vocab", "int"),
    _opt("context_max", "int"),
    _opt("native_quant", "str"),
    _opt("denoiser", "str", choices=("unet", "dit")),
    _opt("text_encoder_params_b", maximum=1000),
    _opt("vae_params_b", maximum=100),
    _opt("vae_spatial", "int"),
    _opt("vae_temporal", "int"),
    _opt("patch", "int"),
    _opt("patch_t", "int"),
    _opt("text_tokens", "int"),
    _opt("step_gflops_ref"),
    _opt("ref_width", "int"),
    _opt("ref_height", "int"),
    _opt("attention_share_ref", maximum=1),
    _opt("vae_decode_mflops_per_pixel"),
    _opt("weight_bits", maximum=64),
    _opt("stage_experts", "int", maximum=8),
    _opt("default_width", "int"),
    _opt("default_height", "int"),
    _opt("default_frames", "int"),
    _opt("default_steps", "int"),
    _opt("default_cfg", "bool"),
    _opt("distilled_steps", "int", maximum=1000),
    _opt("fps_out"),
    _opt("flops_per_pixel"),
    _opt("scale", "int"),
    _opt("audio_tokens_per_s"),
    Key("source"),
    Key("retrieved", "date"),
    _opt("notes", "str"),
)

# Fields a kind cannot do without (the performance model divides by them).
REQUIRED_BY_KIND: dict[str, tuple[str, ...]] = {
    "llm": ("layers", "hidden", "heads", "kv_heads", "head_dim", "vocab"),
    "image": ("denoiser", "vae_decode_mflops_per_pixel", "default_width", "default_height",
              "default_steps"),
    "video": ("denoiser", "layers", "hidden", "vae_decode_mflops_per_pixel", "default_width",
              "default_height", "default_frames", "default_steps", "fps_out"),
    "upscale": ("flops_per_pixel", "scale"),
    "tts": (),
    "face": ("flops_per_pixel",),
}

B = 1e9


def model_from_entry(raw: Any, file: str, index: int, file_kind: str | None) -> ModelSpec:
    """Validate one `[[model]]` table and convert it to a ModelSpec."""
    v = check_entry(raw, MODEL_KEYS, file, f"#{index + 1}")
    ident = v["id"]
    kind = v.get("kind", file_kind)
    if kind is None:
        raise CatalogError(file, "is required (or a top-level kind for the file)", ident, "kind")
    for name in REQUIRED_BY_KIND[kind]:
        if name not in v:
            raise CatalogError(file, f"is required for {article(kind)} {kind} model", ident, name)
    if v.get("denoiser") == "unet":
        for name in ("step_gflops_ref", "ref_width", "ref_height"):
            if name not in v:
                raise CatalogError(file, "is required for a UNet (its FLOPs are not derived)",
                                   ident, name)
    if v.get("denoiser") == "dit" and ("layers" not in v or "hidden" not in v):
        raise CatalogError(file, "layers and hidden are required for a DiT", ident, "layers")
    if v.get("kv_layers", 0) > v.get("layers", 0):
        raise CatalogError(file, "cannot exceed layers", ident, "kv_layers")
    active = v.get("active_params_b")
    if active is not None and active > v["params_b"]:
        raise CatalogError(file, Message(say.ACTIVE_OVER_TOTAL), ident, "active_params_b")
    ref_pixels = float(v.get("ref_width", 0) * v.get("ref_height", 0))
    return ModelSpec(
        id=ident,
        kind=kind,
        name=v["name"],
        aliases=v.get("aliases", ()),
        params=v["params_b"] * B,
        active_params=None if active is None else active * B,
        unquantized_params=v.get("unquantized_params_b", 0.0) * B,
        unquantized_bits=float(v.get("unquantized_bits", 16.0)),
        layers=v.get("layers", 0),
        hidden=v.get("hidden", 0),
        heads=v.get("heads", 0),
        kv_heads=v.get("kv_heads", 0),
        head_dim=v.get("head_dim", 0),
        kv_layers=v.get("kv_layers", 0),
        kv_window=v.get("kv_window", 0),
        vocab=v.get("vocab", 0),
        context_max=v.get("context_max", 0),
        native_quant=v.get("native_quant"),
        denoiser=v.get("denoiser"),
        text_encoder_params=v.get("text_encoder_params_b", 0.0) * B,
        vae_params=v.get("vae_params_b", 0.0) * B,
        vae_spatial=v.get("vae_spatial", 8),
        vae_temporal=v.get("vae_temporal", 1),
        patch=v.get("patch", 1),
        patch_t=v.get("patch_t", 1),
        text_tokens=v.get("text_tokens", 0),
        step_flops_ref=v.get("step_gflops_ref", 0.0) * B,
        ref_pixels=ref_pixels,
        attention_share_ref=v.get("attention_share_ref", 0.0),
        vae_decode_flops_per_pixel=v.get("vae_decode_mflops_per_pixel", 0.0) * 1e6,
        weight_bits=v.get("weight_bits", 16.0),
        stage_experts=v.get("stage_experts", 1),
        default_width=v.get("default_width", 0),
        default_height=v.get("default_height", 0),
        default_frames=v.get("default_frames", 0),
        default_steps=v.get("default_steps", 0),
        default_cfg=v.get("default_cfg", True),
        distilled_steps=v.get("distilled_steps", 0),
        fps_out=v.get("fps_out", 0.0),
        flops_per_pixel=v.get("flops_per_pixel", 0.0),
        scale=v.get("scale", 1),
        audio_tokens_per_s=v.get("audio_tokens_per_s", 0.0),
        source=v["source"],
        retrieved=v["retrieved"],
        notes=v.get("notes", ""),
    )


def model_to_entry(spec: ModelSpec) -> dict[str, Any]:
    """The `[[model]]` table for `spec` (the inverse of model_from_entry; defaults left out)."""
    base = ModelSpec(id="", kind=spec.kind, name="", params=0.0, source="", retrieved="")
    entry: dict[str, Any] = {"id": spec.id, "name": spec.name, "kind": spec.kind,
                             "params_b": round(spec.params / B, 6)}
    if spec.aliases:
        entry["aliases"] = list(spec.aliases)
    if spec.active_params is not None:
        entry["active_params_b"] = round(spec.active_params / B, 6)
    scaled = {"unquantized_params": ("unquantized_params_b", B),
              "text_encoder_params": ("text_encoder_params_b", B),
              "vae_params": ("vae_params_b", B), "step_flops_ref": ("step_gflops_ref", B),
              "vae_decode_flops_per_pixel": ("vae_decode_mflops_per_pixel", 1e6)}
    for name, (key, unit) in scaled.items():
        value = getattr(spec, name)
        if value != getattr(base, name):
            entry[key] = round(value / unit, 6)
    plain = ("layers", "hidden", "heads", "kv_heads", "head_dim", "kv_layers", "kv_window",
             "vocab", "context_max", "unquantized_bits", "native_quant", "denoiser",
             "vae_spatial", "vae_temporal", "patch", "patch_t", "text_tokens",
             "attention_share_ref", "weight_bits", "stage_experts",
             "default_width", "default_height", "default_frames", "default_steps",
             "default_cfg", "distilled_steps", "fps_out", "flops_per_pixel", "scale",
             "audio_tokens_per_s")
    for name in plain:
        value = getattr(spec, name)
        if value != getattr(base, name) and value is not None:
            entry[name] = value
    if spec.ref_pixels:
        side = round(spec.ref_pixels ** 0.5)
        entry["ref_width"], entry["ref_height"] = side, round(spec.ref_pixels / side)
    entry["source"], entry["retrieved"] = spec.source, spec.retrieved
    if spec.notes:
        entry["notes"] = spec.notes
    return entry


def load_catalog_from(folder: Path) -> tuple[dict[str, ModelSpec], dict[str, QuantFormat]]:
    """Load every models file in `folder`; raises CatalogError on the first problem."""
    models: dict[str, ModelSpec] = {}
    quants: dict[str, QuantFormat] = {}
    model_ids: list[tuple[str, str]] = []
    quant_ids: list[tuple[str, str]] = []
    for path in toml_files(folder):
        file = display_name(path)
        doc = read_toml(path)
        unknown = set(doc) - {"kind", "model", "quant"}
        if unknown:
            raise CatalogError(file, f"unknown top-level key '{sorted(unknown)[0]}' (typo?)")
        file_kind = doc.get("kind")
        if file_kind is not None and file_kind not in KINDS:
            raise CatalogError(file, f"top-level kind must be one of {', '.join(KINDS)}, "
                               f"got {file_kind!r}")
        raw_models = doc.get("model", [])
        raw_quants = doc.get("quant", [])
        if not isinstance(raw_models, list) or not isinstance(raw_quants, list):
            raise CatalogError(file, "model and quant must be arrays of tables ([[model]])")
        if not raw_models and not raw_quants:
            raise CatalogError(file, "must contain at least one [[model]] or [[quant]] entry")
        for i, raw in enumerate(raw_quants):
            q = check_entry(raw, QUANT_KEYS, file, f"quant #{i + 1}")
            quants[q["id"]] = QuantFormat(q["id"], float(q["bits_per_weight"]), q["source"],
                                          q["retrieved"], q.get("notes", ""))
            quant_ids.append((q["id"], file))
        for i, raw in enumerate(raw_models):
            m = model_from_entry(raw, file, i, file_kind)
            models[m.id] = m
            model_ids.append((m.id, file))
    check_unique(model_ids, "model")
    check_unique(quant_ids, "quant")
    for m in models.values():
        if m.native_quant is not None and m.native_quant not in quants:
            raise CatalogError("models", f"names unknown quant '{m.native_quant}'", m.id,
                               "native_quant")
    return models, quants


@cache
def _shipped() -> tuple[dict[str, ModelSpec], dict[str, QuantFormat]]:
    return load_catalog_from(catalogs_dir() / "models")


def load_models() -> dict[str, ModelSpec]:
    """The shipped models, by id (read once per process)."""
    return dict(_shipped()[0])


def load_quants() -> dict[str, QuantFormat]:
    """The weight formats (F16, Q8_0, Q4_K_M, MXFP4...), by id."""
    return dict(_shipped()[1])


__all__ = ["MODEL_KEYS", "load_catalog_from", "load_models",
           "load_quants", "model_from_entry", "model_to_entry", "normalise_name"]
