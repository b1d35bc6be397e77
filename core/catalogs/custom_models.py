"""Models a user describes in a profile file (`[[model]]`), estimated like catalog models.

A custom model uses the catalog's `[[model]]` keys (params_b, active_params_b, denoiser, layers,
hidden, default_width, default_steps, ...). With `like = "<catalog model id>"` it starts from
that model's architecture (its family) and the user's keys override it, so a fine-tune or a
model the catalog lacks needs only what differs: its size, its active parameters, its defaults.
When the size changes but the user gives no hidden width, the width is scaled from the family
by the square root of the size ratio (weights grow with layers × hidden²); the model's notes say
so. `source` and `retrieved` default to the profile file and today.

Its id, name and aliases may not be a catalog model's (a custom model adds a model, it never
replaces one), and its architecture keys must lie in the ranges of core.catalogs.
custom_model_limits.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from core.catalogs import wording as say
from core.catalogs._validate import CatalogError, shown_value
from core.catalogs.custom_model_limits import check_model_limits
from core.catalogs.model_names import model_named, unknown_model_hint
from core.catalogs.models import model_from_entry, model_to_entry
from core.catalogs.text_fields import check_texts, toml_date_as_text
from core.schema.message import Message
from core.schema.model import ModelSpec

# Keys of the family that describe that model only, never the custom one.
_OWN_KEYS = ("id", "name", "aliases", "source", "retrieved", "notes")


def _check_size_keys(raw: Mapping[str, Any], kind: str, file: str, ident: str) -> None:
    """The sizes the user gave, checked before the size ratio divides and scales by them:
    `params_b = inf` (or 1e309, which TOML and float() read as inf) made the scaled width
    infinite, and rounding it raised OverflowError instead of an error naming the key."""
    for key in ("params_b", "active_params_b"):
        value = raw.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue  # not a number: model_from_entry names the key and the type
        try:
            finite = math.isfinite(value)
        except OverflowError:  # an integer too large for a float
            finite = False
        if not finite:
            raise CatalogError(file, Message(say.GOT, problem=Message(say.A_FINITE_NUMBER),
                                             value=shown_value(value)), ident, key)
        if value > 0:  # zero and below: model_from_entry's "must be a positive number"
            # the kind's range, with the message the full check gives a key outside it
            check_model_limits({key: value}, kind, file, ident, given={key})


def _scaled_hidden(hidden: int, ratio: float) -> int:
    """`hidden` × √ratio, rounded to a multiple of 64 (attention heads are 64 or 128 wide)."""
    return max(64, round(hidden * math.sqrt(ratio) / 64.0) * 64)


def custom_model(raw: Any, file: str, index: int, catalog: Mapping[str, ModelSpec],
                 today: date | None = None) -> ModelSpec:
    """Validate one profile `[[model]]` table into a ModelSpec; CatalogError names the key."""
    label = f"model #{index + 1}"
    if not isinstance(raw, dict):
        raise CatalogError(file, Message(say.A_TABLE, type=type(raw).__name__), label)
    entry = dict(raw)
    ident = entry.get("id")
    if not isinstance(ident, str) or not ident.strip():
        raise CatalogError(file, Message(say.MODEL_ID_REQUIRED), label, "id")
    check_texts(entry, file, ident)
    _check_not_a_catalog_name(entry, file, ident, catalog)
    entry.setdefault("name", ident)
    if "retrieved" in entry:  # `retrieved = 2025-01-01` unquoted is a TOML date
        entry["retrieved"] = toml_date_as_text(entry["retrieved"])
    notes: list[str] = []
    like = entry.pop("like", None)
    if like is not None:
        base = model_named(like, catalog.values()) if isinstance(like, str) else None
        if base is None or base.id not in catalog:
            hint = unknown_model_hint(like, catalog.values()) if isinstance(like, str) else ""
            raise CatalogError(file, Message(say.LIKE_UNKNOWN, like=shown_value(like), hint=hint),
                               ident, "like")
        family = {k: v for k, v in model_to_entry(base).items() if k not in _OWN_KEYS}
        if "kind" in entry and entry["kind"] != base.kind:
            raise CatalogError(file, Message(say.KIND_OF_LIKE, kind=repr(base.kind),
                                             model=base.id), ident, "kind")
        _check_size_keys(entry, base.kind, file, ident)
        params = entry.get("params_b")
        if isinstance(params, int | float) and not isinstance(params, bool) and params > 0 \
                and params != family["params_b"]:
            ratio = params / family["params_b"]
            if "hidden" not in entry and family.get("hidden"):
                entry["hidden"] = _scaled_hidden(family["hidden"], ratio)
                notes.append(f"estimate: hidden width {entry['hidden']} scaled from "
                             f"{base.id} ({family['hidden']}) by the square root of the size "
                             "ratio")
            if "active_params_b" not in entry and "active_params_b" in family:
                del family["active_params_b"]
                notes.append(f"all {params:g} B parameters counted as active (no "
                             "active_params_b given)")
        entry = {**family, **entry}
        active = entry.get("active_params_b")
        if "stage_experts" not in raw and family.get("stage_experts", 1) > 1 and (
                active is None or active == entry.get("params_b")):
            # experts that take turns are what makes params exceed the active ones: a model
            # whose parameters all run is one expert
            del entry["stage_experts"]
        notes.insert(0, f"architecture like {base.name} ({base.id})")
    entry.setdefault("source", f"described by the user in {file}")
    entry.setdefault("retrieved", (today or date.today()).isoformat())
    if notes:
        entry["notes"] = "; ".join([str(entry["notes"]), *notes] if "notes" in raw else notes)
    spec = model_from_entry(entry, file, index, None)
    check_model_limits(entry, spec.kind, file, ident, given=set(raw))
    return spec


def _check_not_a_catalog_name(entry: dict[str, Any], file: str, ident: str,
                              catalog: Mapping[str, ModelSpec]) -> None:
    """A custom id, name or alias must not be a catalog model's id, name or alias, as lookups
    compare names (case, spaces and dashes ignored): "SDXL" would otherwise quietly stand for
    the user's model in the profile and for the catalog's in a measurement or a query."""
    names = [("id", ident), ("name", entry.get("name"))]
    aliases = entry.get("aliases")
    names += [("aliases", a) for a in aliases] if isinstance(aliases, list) else []
    for key, name in names:
        # only the very name: a profile may call its own fine-tune 'Qwen2.5-7B-Instruct'
        taken = model_named(name, catalog.values(), bare=False) if isinstance(name, str) else None
        if taken is not None:
            raise CatalogError(file, Message(say.NAME_TAKEN, name=taken.name, id=taken.id,
                                             key=key), ident, key)


__all__ = ["custom_model"]
