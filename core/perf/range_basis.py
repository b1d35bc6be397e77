"""Why an estimate's range is wide: the group of the fit it could not use.

An estimate takes the efficiency of the deepest calibration group its card, software and
setting belong to (core.perf.fit.LEVELS: backend, card class, weight format or denoiser,
architecture, form factor). Where no row measured that group, it falls back to the group
above, and its range widens by what such fallbacks have been off by (gap growth). The sentence
here names the first group that was missing, so that a user can tell "no Mac was measured
making images" from ordinary noise, and knows what a measurement of their own would settle.
"""

from __future__ import annotations

from core.perf import fit
from core.perf import wording as say
from core.perf.efficiency import Efficiency
from core.perf.parts import Parts
from core.schema.message import Message, Param

# what a metric's rows measured, as the sentences say it
_DOING = {"llm_tg": say.DOING_DECODE, "llm_pp": say.DOING_PROMPTS, "image": say.DOING_IMAGES,
          "video": say.DOING_VIDEO, "cycles": say.DOING_CYCLES}
_CLASS = {"consumer": say.CLASS_CONSUMER, "workstation": say.CLASS_WORKSTATION,
          "datacenter": say.CLASS_DATACENTER, "apple": say.CLASS_APPLE, "amd": say.CLASS_AMD,
          "intel": say.CLASS_INTEL}
_DENOISER = {"unet": say.DENOISER_UNET, "dit": say.DENOISER_DIT}
_FORM = {"laptop": say.FORM_LAPTOP, "soc": say.FORM_SOC, "datacenter": say.FORM_DATACENTER,
         "workstation": say.FORM_WORKSTATION, "desktop": say.FORM_DESKTOP}


def missing_level(parts: Parts, efficiency: Efficiency) -> tuple[str, ...] | None:
    """The shallowest level of `parts`' metric whose group no calibration row measured (the
    one its estimate fell back from), or None where its own deepest group was fitted."""
    metric = parts.metric
    if metric not in fit.LEVELS or metric not in efficiency.metrics:
        return None
    levels = fit.LEVELS[metric]
    _, gap = fit.lookup_depth(efficiency.block(metric)["centres"], parts.features, metric)
    return levels[len(levels) - gap] if gap else None


def range_note(parts: Parts, efficiency: Efficiency, model_name: str = "") -> str:
    """A sentence on the group `parts`' estimate fell back from, or '' where it had its own
    (`model_name`: the model's name to say, where the group was one model's; else its id)."""
    level = missing_level(parts, efficiency)
    if level is None:
        return ""
    f = parts.features
    backend, quant = f.get("backend", "?"), f.get("quant", "?")
    denoiser = Message(_DENOISER.get(f.get("denoiser", ""), say.DENOISER_DIT))
    added, above = level[-1], level[:-1]
    # below the denoiser level, what the rows were measured on is that kind of model
    doing = (Message(say.DOING_DENOISER, denoiser=denoiser)
             if "denoiser" in above else Message(_DOING[parts.metric]))
    cls = Message(_CLASS.get(f.get("cls", ""), say.CLASS_OTHER))
    if added == "backend":
        return Message(say.RANGE_NO_BACKEND, doing=doing, backend=backend)
    if added == "cls":
        if "backend" in above:
            return Message(say.RANGE_NO_CLASS, cls=cls, doing=doing, backend=backend)
        return Message(say.RANGE_NO_CLASS_ANY, cls=cls, doing=doing)
    if added == "quant":
        return Message(say.RANGE_NO_QUANT, quant=quant, cls=cls, doing=doing, backend=backend)
    if added == "denoiser":
        return Message(say.RANGE_NO_DENOISER, cls=cls, denoiser=denoiser, backend=backend)
    # an architecture (or its form factor) measured only in other weight formats, or only
    # with other software, is not "never measured": the sentence names what its group holds
    where: dict[str, Param] = {"cls": cls, "doing": doing, "arch": f.get("arch", "?"),
                               "backend": backend}
    if added == "arch":
        if "quant" in above:
            return Message(say.RANGE_NO_ARCH_QUANT, quant=quant, **where)
        return Message(say.RANGE_NO_ARCH, **where)
    if added == "form":
        form = Message(_FORM.get(f.get("form", ""), say.FORM_DESKTOP))
        if "quant" in above:
            return Message(say.RANGE_NO_FORM_QUANT, form=form, quant=quant, **where)
        return Message(say.RANGE_NO_FORM, form=form, **where)
    if added == "model":
        return Message(say.RANGE_NO_MODEL, cls=cls, model=model_name or f.get("model", "?"))
    return ""  # pragma: no cover - every level ends in one of the features above


def joined(first: str, second: str) -> str:
    """Two parts' notes as one (an LLM job's prompt and answer): either where the other is
    empty or the same, else both, each still a Message the window translates."""
    if not first or first == second:
        return second
    if not second:
        return first
    return Message(say.RANGE_BOTH, first=first, second=second)


__all__ = ["joined", "missing_level", "range_note"]
