"""A sentence as a named template plus its parameters, so every surface can say it in its language.

Core builds each plain-words sentence (reasons, gates, labels, the recommendation) as a
`Message`: an English template such as "{work} takes {time} per job {where}." and the values to
fill in. `Message` is a `str` whose value is the English text, so every field that held an
English f-string still holds that same text (CLI, JSON, CSV and existing callers unchanged);
a caller that knows another language calls `render(msg, translate)` with a function from English
template to translated template (the GUI: QCoreApplication.translate("core", ...); the CLI: the
.ts file read as a dictionary).

Parameters stay raw where the way to write them depends on the language: `Money`, `Seconds`
and `Bytes` are rendered here with unit words that are themselves templates (so "41 min"
becomes "41 分钟"); nested `Message`s are rendered with the same translation; `Join` lists
items with a translated separator. Plain `str` parameters (GPU, model, provider and workload
names) and numbers are filled in as they are, with the template's format spec ("{hours:.1f}").
"""

from __future__ import annotations

import math
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Union

from core.units import GIB

Translate = Callable[[str], str]

# Unit words and the list separator: templates like the sentences, translated the same way.
MILLISECONDS = "{n} ms"
SECONDS = "{n} s"
MINUTES = "{n} min"
HOURS = "{n} h"
DAYS = "{n} days"
NEVER = "never"
GIBIBYTES = "{n} GiB"
LIST_SEPARATOR = ", "
UNIT_TEMPLATES = (MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS, NEVER, GIBIBYTES, LIST_SEPARATOR)

SYMBOLS = {"USD": "$", "CNY": "¥", "EUR": "€"}


def format_money(amount: float, currency: str) -> str:
    """"$1,234", "¥8,900", "€12.50" (cents only below 100); the same in every language."""
    if not math.isfinite(amount):
        return "—"
    sym = SYMBOLS.get(currency, currency + " ")
    sign = "-" if amount < 0 else ""
    a = abs(amount)
    body = f"{a:,.2f}" if a < 100 else f"{a:,.0f}"
    return f"{sign}{sym}{body}"


def _tr(translate: Translate | None, template: str) -> str:
    return template if translate is None else translate(template) or template


def format_duration(seconds: float, translate: Translate | None = None) -> str:
    """"16.7 ms", "12 s", "41 min", "2.5 h", "3.1 days" (English without `translate`)."""
    if not math.isfinite(seconds):
        return _tr(translate, NEVER)
    if seconds < 1:
        unit, n = MILLISECONDS, f"{seconds * 1000:.1f}"
    elif seconds < 90:
        unit, n = SECONDS, f"{seconds:.0f}"
    elif seconds < 90 * 60:
        unit, n = MINUTES, f"{seconds / 60:.0f}"
    elif seconds < 48 * 3600:
        unit, n = HOURS, f"{seconds / 3600:.1f}"
    else:
        unit, n = DAYS, f"{seconds / 86400:.1f}"
    return _fill(_tr(translate, unit), unit, {"n": n})


def format_gib(nbytes: float, translate: Translate | None = None) -> str:
    """Memory in GiB: whole numbers from 10 GiB up, one decimal below."""
    n = f"{nbytes / GIB:.0f}" if nbytes >= 10 * GIB else f"{nbytes / GIB:.1f}"
    return _fill(_tr(translate, GIBIBYTES), GIBIBYTES, {"n": n})


@dataclass(frozen=True, slots=True)
class Money:
    """An amount in a currency (the profile's), written "$1,234" / "¥8,900"."""

    amount: float
    currency: str

    def render(self, translate: Translate | None = None) -> str:
        return format_money(self.amount, self.currency)


@dataclass(frozen=True, slots=True)
class Seconds:
    """A duration, written in the unit that keeps the number short."""

    value: float

    def render(self, translate: Translate | None = None) -> str:
        return format_duration(self.value, translate)


@dataclass(frozen=True, slots=True)
class Bytes:
    """An amount of memory, written in GiB."""

    value: float

    def render(self, translate: Translate | None = None) -> str:
        return format_gib(self.value, translate)


@dataclass(frozen=True, slots=True)
class Join:
    """Items (names or Messages) listed with the language's separator (", " / "、")."""

    items: tuple[str, ...]

    def render(self, translate: Translate | None = None) -> str:
        sep = _tr(translate, LIST_SEPARATOR)
        return sep.join(render(i, translate) for i in self.items)


Param = Union[str, int, float, Money, Seconds, Bytes, Join]  # noqa: UP007 (a runtime alias)
_TYPED = (Money, Seconds, Bytes, Join)


@lru_cache(maxsize=1024)
def fields(template: str) -> frozenset[str]:
    """The placeholder names in a template ("{hours:.1f} h" -> {"hours"})."""
    return frozenset(name.split(".")[0].split("[")[0]
                     for _, name, _, _ in string.Formatter().parse(template)
                     if name is not None and name != "")


def _value(v: Any, translate: Translate | None) -> Any:
    if isinstance(v, Message):
        return v if translate is None else v.render(translate)
    if isinstance(v, _TYPED):
        return v.render(translate)
    return v


def _fill(template: str, english: str, values: Mapping[str, Any]) -> str:
    """`template` filled in; a translated template that does not fit its parameters (a broken
    translation file) falls back to the English one rather than failing the whole page."""
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):
        return english.format_map(values)


class Message(str):
    """An English sentence (the `str` value) that remembers its template and parameters.

    Immutable like a frozen dataclass. Equality and hashing are those of the English text.
    """

    template: str
    params: Mapping[str, Param]

    def __new__(cls, template: str, /, **params: Param) -> Message:
        missing = fields(template) - params.keys()
        if missing:
            raise ValueError(f"message template {template!r}: no value for "
                             f"{', '.join(sorted(missing))}")
        english = template.format_map({k: _value(v, None) for k, v in params.items()})
        self = super().__new__(cls, english)
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "params", MappingProxyType(params))
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Message is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Message is immutable (cannot delete {name!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own pickling would rebuild from the English text alone, as a template
        return (_rebuild, (self.template, dict(self.params)))

    @property
    def text(self) -> str:
        """The English sentence as a plain str."""
        return str.__str__(self)

    def render(self, translate: Translate | None = None) -> str:
        """The sentence in the language `translate` maps English templates into."""
        if translate is None:
            return self.text
        values = {k: _value(v, translate) for k, v in self.params.items()}
        return _fill(_tr(translate, self.template), self.template, values)


def _rebuild(template: str, params: dict[str, Param]) -> Message:
    return Message(template, **params)


def render(text: str, translate: Translate | None = None) -> str:
    """Any sentence field in `translate`'s language: a Message is rendered, other text (names,
    notes that are not Messages) is returned unchanged."""
    if isinstance(text, Message):
        return text.render(translate)
    return str(text)


__all__ = [
    "DAYS",
    "GIBIBYTES",
    "HOURS",
    "LIST_SEPARATOR",
    "MILLISECONDS",
    "MINUTES",
    "NEVER",
    "SECONDS",
    "SYMBOLS",
    "UNIT_TEMPLATES",
    "Bytes",
    "Join",
    "Message",
    "Money",
    "Param",
    "Seconds",
    "Translate",
    "fields",
    "format_duration",
    "format_gib",
    "format_money",
    "render",
]
