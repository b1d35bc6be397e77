"""What to say when a typed model name matches no catalog model: the nearest ids, names and
aliases ("did you mean …"), and the model's kind where the name is right but the task is not
(SDXL asked for as a video). One wording for every place that reads a model name: predict, plan
and estimate queries, profile workloads, measurement tables, a custom model's `like`."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable

from core.catalogs import wording as say
from core.catalogs.value import model_name_candidates, normalise_name
from core.schema.message import Message
from core.schema.model import ModelSpec

# difflib's similarity a catalog name needs to be offered (its own default): "Wan 2.1 14B"
# without an alias would find both Wan2.1 14B models (0.86); "zzz" finds nothing.
CUTOFF = 0.6


def model_named(name: str, models: Iterable[ModelSpec], bare: bool = True) -> ModelSpec | None:
    """The first of `models` with `name` as id, display name or alias, as lookups compare
    names (core.catalogs.value.Catalogs.find_model): case, spaces and dashes ignored, then
    (`bare`) the name without an organisation or a tuning word (bare_model_name)."""
    models = list(models)
    for candidate in model_name_candidates(name, bare):
        key = normalise_name(candidate)
        found = next((m for m in models
                      if key in {normalise_name(x) for x in (m.id, m.name, *m.aliases)}), None)
        if found is not None:
            return found
    return None


def closest_models(name: str, models: Iterable[ModelSpec], kinds: Collection[str] = (),
                   n: int = 3) -> list[ModelSpec]:
    """Up to `n` models of `kinds` (any kind when empty) whose id, name or alias is nearest to
    `name` as lookups compare names (case, spaces and dashes ignored), nearest first."""
    by_key: dict[str, ModelSpec] = {}
    for m in models:
        if kinds and m.kind not in kinds:
            continue
        for label in (m.id, m.name, *m.aliases):
            by_key.setdefault(normalise_name(label), m)
    out: list[ModelSpec] = []
    for key in difflib.get_close_matches(normalise_name(name), list(by_key), n=4 * n,
                                         cutoff=CUTOFF):
        if by_key[key] not in out:
            out.append(by_key[key])
    return out[:n]


def unknown_model_hint(name: str, models: Iterable[ModelSpec],
                       kinds: Collection[str] = (), own: Collection[str] = ()) -> str:
    """' Did you mean Wan2.1 T2V 14B (wan2.1-t2v-14b) or …?', or ' SDXL (sdxl) is an image
    model.' where the name is a model of another kind; '' where nothing is near. `own`: ids of
    the models among `models` that the user described in the profile, which the hint names as
    such (" 'mine' is an llm model (defined in this profile).")."""
    models = list(models)
    other = model_named(name, models)
    if other is not None and kinds and other.kind not in kinds:
        an = article(other.kind) == "an"
        if other.id in own:
            return Message(say.OWN_MODEL_OF_KIND_AN if an else say.OWN_MODEL_OF_KIND_A,
                           model=repr(other.id), kind=other.kind)
        return Message(say.MODEL_OF_KIND_AN if an else say.MODEL_OF_KIND_A,
                       model=f"{other.name} ({other.id})", kind=other.kind)
    near = [f"{m.name} ({m.id})" for m in closest_models(name, models, kinds)]
    if not near:
        return ""
    template = (say.DID_YOU_MEAN_1, say.DID_YOU_MEAN_2, say.DID_YOU_MEAN_3)[len(near) - 1]
    return Message(template, **dict(zip("abc", near, strict=False)))


def article(word: str) -> str:
    """'a' or 'an' before `word` ("an image workload", "a video model", "an llm model": the
    kind is read letter by letter, "el-el-em")."""
    return "an" if word[:1].lower() in "aeiou" or word.lower() == "llm" else "a"
