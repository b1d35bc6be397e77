"""Creator profiles: TOML files with the planned work (`[[workload]]`) and the limits around it.

The shipped profiles in assets/profiles/ double as the documented examples of the format. Errors
name the file, the LINE and the key ("vtuber.toml:23: entry 'avatar': key 'fps': must be a
positive number, got 0"): tomllib reports no positions for values, so the key is located in the
text (core.catalogs.profile_lines). The sections around the workloads (the user's own models,
measurements, card prices, [extra], providers) and the check of every text value are in
core.catalogs.profile_sections.

`save_profile` is atomic: it writes a temporary file next to the target, fsyncs it, then
`os.replace`s it over the old one, so a crash leaves either the old file or the new, never half.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tomli_w

from core.atomic_file import write_atomic
from core.catalogs import wording as say
from core.catalogs._validate import (
    CatalogError,
    Key,
    check_entry,
    display_name,
    parse_toml,
    read_toml,
)
from core.catalogs.model_names import article, model_named, unknown_model_hint
from core.catalogs.profile_lines import ProfileError, fail_at, find_line
from core.catalogs.profile_sections import (
    check_profile_texts,
    check_providers,
    custom_models_of,
    extra_of,
    gpu_prices_of,
    measurements_of,
    with_custom_models,
)
from core.config import MAX_WORKLOADS
from core.file_read import read_capped
from core.kinds import KIND_NAMES, SAVED_FIELDS, WORKLOAD_FIELDS
from core.kinds import KINDS as KIND_SPECS
from core.paths import assets_dir
from core.schema import Profile, Workload
from core.schema.message import Message
from core.schema.model import ModelSpec, named_quant, quant_in
from core.schema.workload import PROFILE_RANGES

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs

# A profile is a few kB; a file larger than this is not one (and is not read whole).
MAX_PROFILE_BYTES = 2**20
CREATOR_TYPES = ("ai_video_blogger", "vtuber", "game_modder", "educator", "small_studio", "custom")
CURRENCIES = ("USD", "CNY", "EUR")
FORM_FACTORS = ("desktop", "laptop", "any")
KINDS = KIND_NAMES

# The planner's ranges (core.schema.workload.PROFILE_RANGES) give the maxima, so a file and a
# profile built in code are held to the same numbers.
PROFILE_KEYS = (
    Key("name"),
    Key("creator_type", choices=CREATOR_TYPES),
    Key("region", required=False),
    Key("currency", required=False, choices=CURRENCIES),
    Key("horizon_months", "int", required=False, maximum=120),
    Key("budget_usd", "number", required=False, nonnegative=True),
    Key("psu_w", "number", required=False, maximum=PROFILE_RANGES["psu_w"][1]),
    Key("form_factor", required=False, choices=FORM_FACTORS),
    Key("allow_apple", "bool", required=False),
    Key("providers", "str_list", required=False),
    Key("hours_per_day_online", "number", required=False, nonnegative=True,
        maximum=PROFILE_RANGES["hours_per_day_online"][1]),
    Key("deadline_confidence", "number", required=False, maximum=0.99),
    Key("notes", required=False),
    Key("extra", "table", required=False),
    Key("electricity_price_per_kwh", "number", required=False, maximum=100),
    Key("electricity_currency", required=False, choices=CURRENCIES),
)
PROFILE_KEY = {k.name: k for k in PROFILE_KEYS}  # a key's limits, by name (the window's fields)
# The [[workload]] keys and their limits: the one table of each kind's fields (core.kinds).
WORKLOAD_KEYS = tuple(Key(f.name, f.type, required=f.required, maximum=f.maximum,
                          nonnegative=f.nonnegative, choices=f.choices)
                      for f in WORKLOAD_FIELDS)

def _workload(raw: Any, file: str, index: int) -> Workload:
    v = check_entry(raw, WORKLOAD_KEYS, file, f"workload #{index + 1}")
    ident = v["id"]
    if "deadline_min" in v and "deadline_s" in v:
        raise CatalogError(file, Message(say.DEADLINE_TWICE), ident, "deadline_s")
    deadline = v.pop("deadline_s", None)
    if "deadline_min" in v:
        deadline = v.pop("deadline_min") * 60.0
    if v.get("jobs_per_week", 0.0) == 0.0 and v.get("hours_per_week", 0.0) == 0.0:
        raise CatalogError(file, Message(say.NO_WORK), ident, "jobs_per_week")
    if v["kind"] == "realtime" and "fps" not in v:
        raise CatalogError(file, Message(say.LIVE_NEEDS_FPS), ident, "fps")
    if v["kind"] == "llm" and v.get("prompt_tokens", 0) + v.get("output_tokens", 0) == 0:
        # a request of no tokens takes no time (the planner refused it, with no file or line)
        raise CatalogError(file, Message(say.LLM_NEEDS_TOKENS), ident, "output_tokens")
    for int_key in ("jobs_per_week", "hours_per_week", "fps", "ref_seconds_per_frame",
                    "cpu_seconds"):
        if int_key in v:
            v[int_key] = float(v[int_key])
    return Workload(deadline_s=None if deadline is None else float(deadline), **v)


def parse_profile(text: str, file: str, catalogs: Catalogs | None = None) -> Profile:
    """Validate the text of a profile file (named `file` in messages) into a Profile; the
    models, GPUs and tariff regions it names must be in `catalogs` (default: the shipped
    catalogs)."""
    try:
        doc = parse_toml(text, file)
    except CatalogError as exc:
        raise ProfileError(file, exc.problem) from exc
    check_profile_texts(doc, text, file)
    raw_workloads = doc.pop("workload", None)
    raw_measurements = doc.pop("measurement", None)
    raw_models = doc.pop("model", [])
    raw_prices = doc.pop("gpu_prices", {})
    if "extra" in doc:
        doc["extra"] = extra_of(doc["extra"], text, file)
    try:
        top = check_entry(doc, PROFILE_KEYS, file, "profile")
    except CatalogError as exc:
        raise fail_at(exc, text, None) from exc
    if "providers" in top:
        check_providers(top["providers"], text, file, catalogs)
    if not isinstance(raw_workloads, list) or not raw_workloads:
        raise ProfileError(file, Message(say.NO_WORKLOADS), line=find_line(text, "workload", None))
    if len(raw_workloads) > MAX_WORKLOADS:
        raise ProfileError(file, Message(say.TOO_MANY_WORKLOADS, n=len(raw_workloads),
                                         most=MAX_WORKLOADS))
    workloads: list[Workload] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_workloads):
        try:
            w = _workload(raw, file, i)
            if w.id in seen:
                raise CatalogError(file, Message(say.DUPLICATE_WORKLOAD), w.id, "id")
        except CatalogError as exc:
            raise fail_at(exc, text, i) from exc
        seen.add(w.id)
        workloads.append(w)
    custom = custom_models_of(raw_models, text, file, catalogs)
    top["gpu_prices"] = gpu_prices_of(raw_prices, text, file, catalogs)
    if ("electricity_currency" in top) and "electricity_price_per_kwh" not in top:
        raise ProfileError(file, Message(say.CURRENCY_WITHOUT_PRICE), None,
                           "electricity_currency", find_line(text, "electricity_currency", None))
    if "electricity_price_per_kwh" in top:
        top["electricity_price_per_kwh"] = float(top["electricity_price_per_kwh"])
    workloads = _check_references(top, workloads, custom, text, file, catalogs)
    # the profile's measurements may name its own models, as its workloads do
    measurements = () if raw_measurements is None else measurements_of(
        raw_measurements, text, file, with_custom_models(catalogs, custom))
    top["custom_models"] = tuple(custom.values())
    if "hours_per_day_online" in top:
        top["hours_per_day_online"] = float(top["hours_per_day_online"])
    if "deadline_confidence" in top:
        top["deadline_confidence"] = float(top["deadline_confidence"])
        if top["deadline_confidence"] < 0.5:
            raise ProfileError(file, Message(say.CONFIDENCE_RANGE,
                                             value=f"{top['deadline_confidence']:g}"),
                               None, "deadline_confidence",
                               find_line(text, "deadline_confidence", None))
    for key in ("budget_usd", "psu_w"):
        if key in top:
            top[key] = float(top[key])
    return Profile(workloads=tuple(workloads), measurements=measurements, **top)


def _check_references(top: dict[str, Any], workloads: list[Workload],
                      custom: dict[str, ModelSpec], text: str, file: str,
                      catalogs: Catalogs | None) -> list[Workload]:
    """Names that point into other catalogs (tariff region, model, reference GPU) must exist;
    the error names the line, as for any other key. A workload naming one of the profile's own
    models carries that model (Workload.model_spec)."""
    from core.catalogs.gpus import gpus_by_id
    from core.catalogs.models import load_models
    from core.catalogs.tariffs import load_tariffs

    region = top.get("region")
    if region is not None:
        known = catalogs.tariffs if catalogs is not None else load_tariffs()
        if region not in known:
            raise ProfileError(file, Message(say.NO_TARIFF, region=repr(region),
                                             known=", ".join(sorted(known))), None, "region",
                               find_line(text, "region", None))
    models = catalogs.models if catalogs is not None else load_models()
    gpus = catalogs.gpus_by_id if catalogs is not None else gpus_by_id()
    out: list[Workload] = []
    for i, w in enumerate(workloads):
        w = _with_model(w, i, custom, models, text, file)
        if w.ref_gpu is not None and w.ref_gpu not in gpus:
            raise ProfileError(file, Message(say.NO_GPU, gpu=repr(w.ref_gpu)), w.id, "ref_gpu",
                               find_line(text, "ref_gpu", i))
        out.append(w)
    return out


def _with_model(w: Workload, index: int, custom: Mapping[str, ModelSpec],
                models: Mapping[str, ModelSpec], text: str, file: str) -> Workload:
    """The n-th workload `w` with its model resolved: one of the profile's own (carried as
    model_spec) or the catalog's (a name or alias read as its id). The model must be of a kind
    the workload's kind runs (core.kinds), checked here so that the error names the line."""
    spec = KIND_SPECS[w.kind]
    kinds = "/".join(spec.model_kinds)

    def fail(problem: str) -> ProfileError:
        return ProfileError(file, problem, w.id, "model", find_line(text, "model", index))

    name = w.model
    if name is None:
        if spec.model_required:
            raise fail(Message(say.MODEL_REQUIRED_AN if article(w.kind) == "an"
                               else say.MODEL_REQUIRED_A, kind=w.kind))
        return w
    if name in custom:
        model = custom[name]
        w = replace(w, model_spec=model)
    else:
        named = models.get(name) or model_named(name, models.values())
        if named is None:
            raise fail(Message(say.NO_MODEL, name=repr(name),
                               hint=unknown_model_hint(name, models.values())))
        # a name or alias ("SDXL") is read as its id, as predict and estimate read it; a GGUF
        # file's name ("Llama-3-8B-Q8_0.gguf") says the LLM's weight format as well
        model, w = named, replace(w, model=named.id)
        if model.kind == "llm":
            try:
                w = replace(w, quant=named_quant(name, w.quant))
            except ValueError:
                raise fail(Message(say.QUANT_NAMED_TWICE, named=str(quant_in(name)),
                                   given=repr(w.quant))) from None
    if spec.model_kinds and model.kind not in spec.model_kinds:
        hint = unknown_model_hint(model.id, [*custom.values(), *models.values()],
                                  spec.model_kinds, own=custom)
        raise fail(Message(say.WRONG_MODEL_KIND_AN if article(kinds) == "an"
                           else say.WRONG_MODEL_KIND_A, kinds=kinds, hint=hint))
    return w


def load_profile(path: Path | str, catalogs: Catalogs | None = None) -> Profile:
    """Read and validate one profile file against `catalogs` (default: the shipped catalogs);
    raises ProfileError naming file, line and key."""
    path = Path(path)
    name = display_name(path)
    try:
        text = read_capped(path, MAX_PROFILE_BYTES).decode("utf-8-sig")
    except OSError as exc:
        raise ProfileError(name, Message(say.CANNOT_READ, error=str(exc.strerror or exc))) from exc
    except UnicodeDecodeError as exc:
        raise ProfileError(name, Message(say.NOT_UTF8, byte=exc.start)) from exc
    return parse_profile(text, name, catalogs)


def profiles_dir() -> Path:
    return assets_dir() / "profiles"


def load_profiles(catalogs: Catalogs | None = None) -> dict[str, Profile]:
    """The shipped creator profiles, keyed by file stem (ai_video_blogger, vtuber, ...),
    checked against `catalogs` (default: the shipped catalogs)."""
    folder = profiles_dir()
    if not folder.is_dir():
        raise CatalogError(display_name(folder), "profiles folder is missing")
    # read_toml is only a cheap early UTF-8/TOML check with the shared message format
    out: dict[str, Profile] = {}
    for path in sorted(folder.glob("*.toml")):
        read_toml(path)
        out[path.stem] = load_profile(path, catalogs)
    return out


_DEFAULTS = Workload(id="", kind="cpu", label="")


def profile_to_dict(profile: Profile) -> dict[str, Any]:
    """The TOML document for `profile`: defaults left out, so files stay short and readable."""
    base = Profile(name="", creator_type="custom", workloads=())
    doc: dict[str, Any] = {"name": profile.name, "creator_type": profile.creator_type}
    for key in ("region", "currency", "horizon_months", "budget_usd", "psu_w", "form_factor",
                "allow_apple", "providers", "hours_per_day_online", "deadline_confidence",
                "notes", "electricity_price_per_kwh", "electricity_currency"):
        value = getattr(profile, key)
        if value != getattr(base, key) and value is not None:
            doc[key] = list(value) if isinstance(value, tuple) else value
    if profile.extra:
        doc["extra"] = dict(profile.extra)
    if profile.gpu_prices:
        doc["gpu_prices"] = dict(profile.gpu_prices)
    if profile.custom_models:
        from core.catalogs.models import model_to_entry

        doc["model"] = [model_to_entry(m) for m in profile.custom_models]
    rows = []
    for w in profile.workloads:
        row: dict[str, Any] = {"id": w.id, "kind": w.kind, "label": w.label}
        for key in SAVED_FIELDS:
            value = getattr(w, key)
            if value != getattr(_DEFAULTS, key) and value is not None:
                row[key] = value
        if w.deadline_s is not None:
            minutes = w.deadline_s / 60.0
            # minutes read better, but only when they convert back to the very same seconds
            if minutes * 60.0 == w.deadline_s:
                row["deadline_min"] = minutes
            else:
                row["deadline_s"] = w.deadline_s
        rows.append(row)
    doc["workload"] = rows
    if profile.measurements:
        from core.measure.tables import measurement_to_table

        doc["measurement"] = [measurement_to_table(m) for m in profile.measurements]
    return doc


def save_profile(profile: Profile, path: Path | str) -> None:
    """Write `profile` as TOML, atomically (core.atomic_file)."""
    path = Path(path)
    for value in (profile.budget_usd, profile.psu_w, profile.hours_per_day_online):
        if value is not None and not math.isfinite(value):
            raise ValueError(f"profile '{profile.name}': cannot save a non-finite number")
    data = ("# RigSizer creator profile (see assets/profiles/ for commented examples)\n"
            + tomli_w.dumps(profile_to_dict(profile))).encode("utf-8")
    parse_profile(data.decode("utf-8"), path.name)  # never write a file we could not read back
    write_atomic(path, data)

__all__ = [
    "CREATOR_TYPES",
    "ProfileError",
    "find_line",
    "load_profile",
    "load_profiles",
    "parse_profile",
    "profile_to_dict",
    "profiles_dir",
    "save_profile",
]
