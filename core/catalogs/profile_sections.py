"""The parts of a profile file around its workloads: the text of every value, the user's own
models (`[[model]]`) and measurements (`[[measurement]]`), card prices (`[gpu_prices]`), the
`[extra]` figures and the cloud `providers`. Each error names the file, the line of the key and
the key, as core.catalogs.profiles does for workloads.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from core.catalogs import wording as say
from core.catalogs._validate import CatalogError, shown, shown_value
from core.catalogs.profile_lines import ProfileError, fail_at, find_line, find_table_key, line_of
from core.catalogs.text_fields import text_problem
from core.catalogs.value import normalise_name
from core.schema.measurement import Measurement
from core.schema.message import Message
from core.schema.model import ModelSpec

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs

MAX_GPU_PRICE_USD = 1_000_000.0  # a whole 8-GPU server is under this; more is a typo

# [extra] keys: (lowest, highest, whether the lowest is allowed, unit). The planner refuses
# values outside these (core.plan.costing); checking them here names the line instead.
EXTRA_RANGES: Mapping[str, tuple[float, float, bool, str]] = {
    "measured_gpu_w": (0.0, 5000.0, False, "W"),  # a card's draw under load
    "household_kwh_per_month": (0.0, 1e6, True, "kWh"),  # the home's use before the PC
}


def _strings(doc: Mapping[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
    """Every text value of a parsed document with its path, in file order. Iterative: tomllib
    nests arrays as deep as the recursion limit allows, and a walk must not fail on them."""
    out: list[tuple[tuple[str | int, ...], str]] = []
    stack: list[tuple[tuple[str | int, ...], Any]] = [((k,), v) for k, v in doc.items()]
    stack.reverse()
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            out.append((path, value))
        elif isinstance(value, dict | list):
            pairs = value.items() if isinstance(value, dict) else enumerate(value)
            stack.extend(reversed([((*path, k), v) for k, v in pairs]))
    return out


def check_profile_texts(doc: Mapping[str, Any], text: str, file: str) -> None:
    """Refuse the first text value of the profile that core.catalogs.text_fields refuses
    (control characters, text-direction overrides, an over-long name), at its line."""
    for path, value in _strings(doc):
        key = next(str(p) for p in reversed(path) if isinstance(p, str))
        problem = text_problem(value, key)
        if problem is None:
            continue
        entry: str | None = None
        if len(path) > 1:  # a table's value: name the table (its row by id or number)
            section = doc[str(path[0])]
            entry = str(path[0])
            if isinstance(path[1], int) and isinstance(section, list):
                row = section[path[1]]
                ident = row.get("id") if isinstance(row, dict) else None
                entry = ident if isinstance(ident, str) and text_problem(ident, "id") is None \
                    else f"{path[0]} #{path[1] + 1}"
        raise ProfileError(file, problem, entry, key, line_of(text, path))


def custom_models_of(raw: Any, text: str, file: str,
                     catalogs: Catalogs | None) -> dict[str, ModelSpec]:
    """The profile's own `[[model]]` tables, by id."""
    from core.catalogs.custom_models import custom_model
    from core.catalogs.models import load_models

    if not isinstance(raw, list):
        raise ProfileError(file, Message(say.MODEL_TABLES), None, "model",
                           find_line(text, "model", None))
    catalog = catalogs.models if catalogs is not None else load_models()
    out: dict[str, ModelSpec] = {}
    seen: dict[str, str] = {}  # as lookups compare names: "Mine" and "mine" are one model
    for i, entry in enumerate(raw):
        try:
            spec = custom_model(entry, file, i, catalog)
            other = seen.get(normalise_name(spec.id))
            if other is not None:
                said = (Message(say.DUPLICATE_MODEL) if other == spec.id
                        else Message(say.DUPLICATE_MODEL_AS, other=repr(other)))
                raise CatalogError(file, said, spec.id, "id")
        except CatalogError as exc:
            raise fail_at(exc, text, i, "model") from exc
        seen[normalise_name(spec.id)] = spec.id
        out[spec.id] = spec
    return out


def with_custom_models(catalogs: Catalogs | None, custom: Mapping[str, ModelSpec]) -> Catalogs:
    """`catalogs` (default: the shipped GPUs, models and formats) with the profile's own models
    beside the catalog's: what the profile's measurements are read against, as its workloads."""
    if catalogs is None:  # read once per process
        from core.catalogs.gpus import load_gpus
        from core.catalogs.models import load_models, load_quants
        from core.catalogs.value import Catalogs

        catalogs = Catalogs(gpus=load_gpus(), models=load_models(), quants=load_quants())
    return catalogs.with_models(custom.values())


def measurements_of(raw: Any, text: str, file: str,
                    catalogs: Catalogs) -> tuple[Measurement, ...]:
    """The [[measurement]] tables (core.measure.tables); errors name the table's line."""
    from core.measure.tables import measurement_from_table

    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ProfileError(file, Message(say.MEASUREMENT_TABLES), None, "measurement",
                           find_line(text, "measurement", None))
    out = []
    for i, table in enumerate(raw):
        try:
            out.append(measurement_from_table(table, file, i, catalogs))
        except CatalogError as exc:
            raise fail_at(exc, text, i, "measurement") from exc
    return tuple(out)


def gpu_prices_of(raw: Any, text: str, file: str,
                  catalogs: Catalogs | None) -> dict[str, float]:
    """`[gpu_prices]`: the user's own purchase price (USD) per GPU catalog id."""
    from core.catalogs.gpus import gpus_by_id

    if not isinstance(raw, dict):
        raise ProfileError(file, Message(say.PRICES_TABLE), None, "gpu_prices",
                           find_line(text, "gpu_prices", None))
    known = catalogs.gpus_by_id if catalogs is not None else gpus_by_id()
    out: dict[str, float] = {}
    for gpu_id, price in raw.items():
        line = find_table_key(text, "gpu_prices", gpu_id)
        gpu = known.get(gpu_id)
        if gpu is None:
            raise ProfileError(file, Message(say.NO_GPU, gpu=repr(shown(gpu_id))), "gpu_prices",
                               gpu_id, line)
        if isinstance(price, bool) or not isinstance(price, int | float) or not (
                math.isfinite(price) and 0 < price <= MAX_GPU_PRICE_USD):
            raise ProfileError(file, Message(say.PRICE_ABOVE_ZERO, value=shown_value(price)),
                               "gpu_prices", gpu_id, line)
        out[gpu_id] = float(price)
    return out


def extra_of(raw: Any, text: str, file: str) -> Any:
    """`[extra]` as the text values Profile.extra holds, its keys and ranges checked. `170`
    and `"170"` are both what people write (and a saved profile writes text). A value that is
    not a table is returned as is, for the profile's key check to name."""
    if not isinstance(raw, dict):
        return raw
    out: dict[str, str] = {}
    for key, value in raw.items():
        problem = _extra_problem(key, value)
        if problem is not None:
            raise ProfileError(file, problem, "extra", key, find_table_key(text, "extra", key))
        out[key] = value if isinstance(value, str) else (
            repr(value) if isinstance(value, float) else str(value))
    return out


def _extra_problem(key: str, value: Any) -> str | None:
    """What is wrong with `key = value` in [extra] (None: nothing)."""
    if key not in EXTRA_RANGES:
        return Message(say.EXTRA_UNKNOWN, keys=", ".join(EXTRA_RANGES))
    low, high, low_ok, unit = EXTRA_RANGES[key]
    number = _number(value)
    if number is None:
        return Message(say.EXTRA_NUMBER, unit=unit, value=shown_value(value))
    if not ((low <= number if low_ok else low < number) and number < high):
        return Message(say.EXTRA_AT_LEAST if low_ok else say.EXTRA_MORE_THAN, low=f"{low:g}",
                       high=f"{high:,g}", unit=unit, value=f"{number:g}")
    return None


def _number(value: Any) -> float | None:
    """A finite number written as a number or as text ("170"); None for anything else."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except (ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def check_providers(providers: tuple[str, ...], text: str, file: str,
                    catalogs: Catalogs | None) -> None:
    """Each of `providers` must be a cloud provider of the catalog: an unknown one left the
    plan with no cloud offers at all ("cloud as of no cloud offers"), without a word."""
    from core.catalogs.clouds import load_providers

    known: Mapping[str, Any] | None = catalogs.providers if catalogs is not None else None
    if not known:  # the profile checks of the catalog bundle come before the clouds are read
        try:
            known = load_providers()
        except CatalogError:
            return  # the cloud catalog's own error says what is wrong with it
    for name in providers:
        if name not in known:
            raise ProfileError(file, Message(say.NO_PROVIDER, name=repr(shown(name)),
                                             known=", ".join(sorted(known))), None, "providers",
                               find_line(text, "providers", None))


__all__ = ["EXTRA_RANGES", "MAX_GPU_PRICE_USD", "check_profile_texts", "check_providers",
           "custom_models_of", "extra_of", "gpu_prices_of", "measurements_of",
           "with_custom_models"]
