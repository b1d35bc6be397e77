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
items with a translated separator. A `Label` (a workload or profile name) is looked up as a
whole in the same translation: a name from the shipped creator profiles has a translation, a
name the user typed has none and stays exactly as typed. Plain `str` parameters (GPU, model and
provider names) and numbers are filled in as they are, with the template's format spec
("{hours:.1f}").
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import Any, NamedTuple, Union

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
COST_ITEM = "{item} {amount}"  # one entry of a `Costs` list: "electricity $3.20"
UNIT_TEMPLATES = (MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS, NEVER, GIBIBYTES, LIST_SEPARATOR,
                  COST_ITEM)

SYMBOLS = {"USD": "$", "CNY": "¥", "EUR": "€"}


def format_money(amount: float | None, currency: str) -> str:
    """"$1,234", "¥8,900", "€12.50", "-$12.50" (cents only below 100); "—" when unknown.

    The one money formatter: the command line, the window, the reports and core's sentences all
    write money through it, so the same figure reads the same everywhere. The minus is ASCII:
    the text goes to terminals and CSV files whose encoding may have no U+2212."""
    if amount is None or not math.isfinite(amount):
        return "—"
    sym = SYMBOLS.get(currency, currency + " ")
    sign = "-" if amount < 0 else ""
    a = abs(amount)
    body = f"{a:,.2f}" if a < 100 else f"{a:,.0f}"
    return f"{sign}{sym}{body}"


def format_number(value: float, digits: int = 3) -> str:
    """A measured figure in `digits` significant digits, never in e-notation: "5,000" (where
    `:.3g` wrote 5e+03), "120", "1.5", "0.000001"; whole numbers of more digits in full
    ("12,345")."""
    if not math.isfinite(value) or value == 0:
        return f"{value:g}"
    decimals = max(digits - 1 - math.floor(math.log10(abs(value))), 0)
    text = f"{round(value, decimals):,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if decimals else text


def _tr(translate: Translate | None, template: str) -> str:
    return template if translate is None else translate(template) or template


def _unit(translate: Translate | None, unit: str, n: str) -> str:
    if translate is None:  # the hot path: core renders thousands of English sentences a plan
        return unit.replace("{n}", n)
    return _fill(_tr(translate, unit), unit, {"n": n})


@lru_cache(maxsize=4096)
def _english_duration(seconds: float) -> str:
    return format_duration(seconds, _ENGLISH)


def _english(text: str) -> str:
    return text


_ENGLISH: Translate = _english  # the identity: format_duration's uncached English path


def format_duration(seconds: float, translate: Translate | None = None) -> str:
    """"16.7 ms", "12 s", "41 min", "2.5 h", "3.1 days" (English without `translate`)."""
    if translate is None:  # plans repeat the same job times: cache the English words
        return _english_duration(seconds)
    if translate is _ENGLISH:
        translate = None
    if not math.isfinite(seconds):
        return _tr(translate, NEVER)
    if seconds < 1:
        return _unit(translate, MILLISECONDS, f"{seconds * 1000:.1f}")
    if seconds < 90:
        return _unit(translate, SECONDS, f"{seconds:.0f}")
    if seconds < 90 * 60:
        return _unit(translate, MINUTES, f"{seconds / 60:.0f}")
    if seconds < 48 * 3600:
        return _unit(translate, HOURS, f"{seconds / 3600:.1f}")
    return _unit(translate, DAYS, f"{seconds / 86400:.1f}")


def format_duration_beside(seconds: float, other: float,
                           translate: Translate | None = None) -> str:
    """`seconds` written so that it reads apart from `other` (its limit): "1.63 min" next to
    "2 min", where the usual rounding would write both as "2 min"."""
    text = format_duration(seconds, translate)
    if not (math.isfinite(seconds) and math.isfinite(other)) or seconds == other:
        return text
    if text != format_duration(other, translate) or seconds < 1:
        return text
    for top, unit, size in ((90, SECONDS, 1.0), (90 * 60, MINUTES, 60.0),
                            (48 * 3600, HOURS, 3600.0), (math.inf, DAYS, 86400.0)):
        if seconds < top:
            for digits in (3, 4, 5):
                n = f"{seconds / size:.{digits}g}"
                if n != f"{other / size:.{digits}g}":
                    break
            return _unit(translate, unit, n)
    return text  # pragma: no cover - the last band is unbounded


def format_gib(nbytes: float, translate: Translate | None = None,
               digits: int | None = None) -> str:
    """Memory in GiB: whole numbers from 10 GiB up, one decimal below (or `digits`)."""
    if digits is not None:
        n = f"{nbytes / GIB:.{digits}f}"
    else:
        n = f"{nbytes / GIB:.0f}" if nbytes >= 10 * GIB else f"{nbytes / GIB:.1f}"
    return _unit(translate, GIBIBYTES, n)


# The typed parameters are NamedTuples rather than frozen dataclasses: immutable all the same,
# and a plan builds thousands of them, where tuple construction is several times cheaper.
class Money(NamedTuple):
    """An amount in a currency (the profile's), written "$1,234" / "¥8,900"."""

    amount: float
    currency: str

    def render(self, translate: Translate | None = None) -> str:
        return format_money(self.amount, self.currency)

    def __format__(self, spec: str) -> str:  # English, for Message's str.format
        return format_money(self.amount, self.currency)


class Seconds(NamedTuple):
    """A duration, written in the unit that keeps the number short; `beside` (a limit it is
    compared with) keeps enough digits to read apart from it ("60.4 min" past a 60 min limit)."""

    value: float
    beside: float = -1.0  # none (a sentinel, not NaN: a Seconds must equal its copies)

    def render(self, translate: Translate | None = None) -> str:
        if self.beside >= 0:
            return format_duration_beside(self.value, self.beside, translate)
        return format_duration(self.value, translate)

    def __format__(self, spec: str) -> str:
        if self.beside >= 0:
            return format_duration_beside(self.value, self.beside)
        return _english_duration(self.value)


class Bytes(NamedTuple):
    """An amount of memory, written in GiB (with `digits` decimals where given)."""

    value: float
    digits: int | None = None

    def render(self, translate: Translate | None = None) -> str:
        return format_gib(self.value, translate, self.digits)

    def __format__(self, spec: str) -> str:
        return format_gib(self.value, digits=self.digits)


def bytes_apart(need: float, has: float) -> tuple[Bytes, Bytes]:
    """Two amounts said side by side, with as many decimals as tell them apart (a job that
    needs 18.4 GiB where 18.0 can be used: "needs 18 GiB" beside "18 GiB" read as a fit)."""
    for digits in (None, 1, 2):
        if format_gib(need, digits=digits) != format_gib(has, digits=digits):
            return Bytes(need, digits), Bytes(has, digits)
    return Bytes(need, 2), Bytes(has, 2)


class Label(str):
    """A workload or profile name: the `str` value is the name as the profile file holds it
    (English for the shipped profiles, whatever the user typed for their own).

    Rendering looks the whole name up in the translation: the shipped profiles' names are
    listed there (assets/translations/core_*.ts, extracted from assets/profiles/), a user's
    own name is not and comes back unchanged. The translation never reaches a file: files are
    written from the workload's own field, never from a rendering.
    """

    __slots__ = ()

    def render(self, translate: Translate | None = None) -> str:
        text = str.__str__(self)
        return text if translate is None or not text else translate(text) or text


class Join(NamedTuple):
    """Items (names or Messages) listed with the language's separator (", " / "、")."""

    items: tuple[str, ...]

    def render(self, translate: Translate | None = None) -> str:
        sep = _tr(translate, LIST_SEPARATOR)
        return sep.join(render(i, translate) for i in self.items)

    def __format__(self, spec: str) -> str:
        return LIST_SEPARATOR.join(self.items)


class Clause(NamedTuple):
    """A sentence (a Message, or plain text) said inside another one, its closing full stop
    dropped in whichever language it renders ("could not be fetched: X; the fallback failed
    too: Y." rather than "X.; ...")."""

    text: str

    def render(self, translate: Translate | None = None) -> str:
        return render(self.text, translate).rstrip().rstrip(".。")

    def __format__(self, spec: str) -> str:
        return self.text.rstrip().rstrip(".")


class Costs(NamedTuple):
    """Money items ("electricity $3.20, cloud compute $41"): item names (Messages) and amounts
    in one currency. One value rather than a Join of Messages, as every plan has such a list."""

    items: tuple[tuple[str, float], ...]
    currency: str

    def render(self, translate: Translate | None = None) -> str:
        if translate is None:
            return format(self)
        sep, item = _tr(translate, LIST_SEPARATOR), _tr(translate, COST_ITEM)
        return sep.join(_fill(item, COST_ITEM, {"item": render(k, translate),
                                                "amount": format_money(v, self.currency)})
                        for k, v in self.items)

    def __format__(self, spec: str) -> str:
        return LIST_SEPARATOR.join(f"{k} {format_money(v, self.currency)}"
                                   for k, v in self.items)


Param = Union[str, int, float, Label, Money, Seconds, Bytes, Join, Costs, Clause]  # noqa: UP007
_TYPED = (Label, Money, Seconds, Bytes, Join, Costs, Clause)


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


_CONSTANT: dict[str, Message] = {}  # messages without parameters, built once


class Message(str):
    """An English sentence (the `str` value) that remembers its template and parameters.

    Immutable like a frozen dataclass. Equality and hashing are those of the English text.
    """

    template: str
    _params: dict[str, Param]

    def __new__(cls, template: str, /, **params: Param) -> Message:
        if not params and template in _CONSTANT:
            return _CONSTANT[template]
        try:  # typed values write their English through __format__; Messages are str already
            english = template.format_map(params)
        except KeyError:
            missing = fields(template) - params.keys()
            raise ValueError(f"message template {template!r}: no value for "
                             f"{', '.join(sorted(missing))}") from None
        self = super().__new__(cls, english)
        attrs = self.__dict__  # (what object.__setattr__ would do, without its lookups)
        attrs["template"] = template
        attrs["_params"] = params  # a fresh dict (**params), never shared
        if not params:
            _CONSTANT[template] = self
        return self

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Message is immutable (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"Message is immutable (cannot delete {name!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own pickling would rebuild from the English text alone, as a template
        return (_rebuild, (self.template, dict(self._params)))

    @property
    def params(self) -> Mapping[str, Param]:
        """The values filled into the template (read-only)."""
        return MappingProxyType(self._params)

    @property
    def text(self) -> str:
        """The English sentence as a plain str."""
        return str.__str__(self)

    def render(self, translate: Translate | None = None) -> str:
        """The sentence in the language `translate` maps English templates into."""
        if translate is None:
            return self.text
        values = {k: _value(v, translate) for k, v in self._params.items()}
        # each inserted text between marks, so that the spaces around it can be judged
        marked = {k: f"{_OPEN}{v}{_CLOSE}" if isinstance(v, str) else v
                  for k, v in values.items()}
        return _tidy(_fill(_tr(translate, self.template), self.template, marked))


# Inserted text is set off by spaces in the templates ("超过你的 {limit} 上限", "它比 {plan} 花费
# 更多"), as Chinese sets Latin words and numbers apart; an inserted Chinese word needs none, so a
# space between a Chinese character (or full-width punctuation) and the Chinese edge of an
# inserted text is dropped: "超过你的 30 分钟上限", "它比购买 Arc B570 花费更多".
_OPEN, _CLOSE = "\x02", "\x03"
_WIDE = "\u3000-\u303f\u4e00-\u9fff\uff01-\uff0f\uff1a-\uff20\u201c\u201d"
_SPACE_AT_INSERT = re.compile(
    f"(?<=[{_WIDE}]) (?={_OPEN}[{_WIDE}])"  # before an inserted text
    f"|(?<=[{_WIDE}]{_CLOSE}) (?=[{_WIDE}])"  # after one
    f"|(?<=[{_WIDE}]{_CLOSE}) (?={_OPEN}[{_WIDE}])")  # between two


def _tidy(text: str) -> str:
    if _OPEN not in text:
        return text
    return _SPACE_AT_INSERT.sub("", text).replace(_OPEN, "").replace(_CLOSE, "")


def templates_in(namespace: Mapping[str, object]) -> dict[str, str]:
    """A wording module's templates, for the translation tools: its upper-case str constants
    (call with the module's globals())."""
    return {name: value for name, value in namespace.items()
            if name.isupper() and isinstance(value, str)}


def insert_spaced(template: str, values: Sequence[str]) -> str:
    """A window's "%1 … %2" template with `values` put in (in one pass: a value holding "%2"
    stays as it is), spaced as Message.render spaces a sentence: "%1 比 %2 更划算" with a
    Chinese %2 reads "购买 Arc B570 比租用 …"."""
    def put(m: re.Match[str]) -> str:
        i = int(m.group(1)) - 1
        return f"{_OPEN}{values[i]}{_CLOSE}" if 0 <= i < len(values) else m.group(0)

    return _tidy(re.sub(r"%(\d)", put, template))


def _rebuild(template: str, params: dict[str, Param]) -> Message:
    return Message(template, **params)


def render(text: str, translate: Translate | None = None) -> str:
    """Any sentence field in `translate`'s language: a Message or a Label is rendered, other
    text (names, notes that are not Messages) is returned unchanged."""
    if isinstance(text, Message | Label):
        return text.render(translate)
    return str(text)


def said(exc: BaseException) -> str:
    """The sentence an exception carries, as the Message it was given where it was given one
    (a `message` attribute, as CatalogError and RefreshError keep, else its first argument),
    so that a window can render it in its language; else its text."""
    carried = getattr(exc, "message", None)
    if isinstance(carried, str) and carried:
        return carried
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, str) else str(exc)


__all__ = [
    "COST_ITEM",
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
    "Costs",
    "Join",
    "Label",
    "Message",
    "Money",
    "Param",
    "Seconds",
    "Translate",
    "bytes_apart",
    "fields",
    "format_duration",
    "format_duration_beside",
    "format_gib",
    "format_money",
    "format_number",
    "insert_spaced",
    "render",
    "said",
    "templates_in",
]
