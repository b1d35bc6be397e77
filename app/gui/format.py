"""Numbers as people read them: money in the chosen currency, durations, memory, dates of prices.

Core computes in SI units and USD; this is the one place in the GUI that converts money: for
display, and what a person types in the project's currency back to the dollars a profile keeps.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from core.schema.message import format_money, said
from core.units import GIB

if TYPE_CHECKING:
    from core.catalogs._validate import Key
    from core.prices.store import PriceSnapshotInfo
    from core.schema import CloudOffer, CurrencyRates
    from core.schema.plan import Plan

# Money is written by core's one formatter (the CLI and the reports use it too): "-$12.50".
money = format_money


def tr(text: str) -> str:
    return QCoreApplication.translate("Format", text)


def convert(usd: float, currency: str, rates: CurrencyRates | None) -> float | None:
    """USD -> `currency` with a CurrencyRates (`per_usd`); None when the rate is unknown."""
    if currency == "USD":
        return usd
    per_usd = getattr(rates, "per_usd", {}) if rates is not None else {}
    if currency not in per_usd:
        return None
    return usd * float(per_usd[currency])


def to_usd(amount: float, currency: str, rates: CurrencyRates | None) -> float:
    """An amount typed in `currency` (a budget, a card price) in US dollars, as the profile
    file keeps it; as typed where no rate is known (the field then says USD: entry_currency)."""
    per_usd = getattr(rates, "per_usd", {}) if rates is not None else {}
    if currency == "USD" or currency not in per_usd:
        return amount
    return amount / float(per_usd[currency])


def entry_currency(currency: str, rates: CurrencyRates | None) -> str:
    """The currency an amount is typed in: the project's, where the rates know it."""
    return currency if convert(1.0, currency, rates) is not None else "USD"


def usd_money(usd: float, currency: str = "USD", rates: CurrencyRates | None = None) -> str:
    """A USD figure (catalog prices) in `currency`; stays in USD when no rate is known."""
    converted = convert(usd, currency, rates)
    return money(usd, "USD") if converted is None else money(converted, currency)


def money_range(p10: float, p90: float, currency: str = "USD") -> str:
    return f"{money(p10, currency)} – {money(p90, currency)}"


def gate_name(name: str) -> str:
    """A plan's limit by the name the plans table and the report give it."""
    return {"latency": QCoreApplication.translate("ResultsPage", "deadline"),
            "throughput": QCoreApplication.translate("ResultsPage", "weekly hours"),
            "tco": QCoreApplication.translate("ResultsPage", "budget")}.get(name, name)


def limits_met(plan: Plan) -> str:
    """"✓ all met", or "✗ deadline, budget": the limits a plan misses (the Results page's plans
    table and the report say the same)."""
    failed = [gate_name(g.name) for g in plan.gates if not g.passed]
    if failed:
        return "✗ " + ", ".join(failed)
    return "✓ " + QCoreApplication.translate("ResultsPage", "all met")


# A comma that can only be a thousands separator: groups of exactly three digits after one to
# three leading digits ("1,500", "12,000.5"). Anything else with a comma ("1,5", "1.000,5") is
# read one way in English and another in much of Europe, so it is refused, not guessed.
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")


def parse_number(text: str) -> tuple[float | None, str]:
    """What a person typed in a number field: (value, "") when it reads as one finite number,
    (None, "") when empty, (None, message) otherwise (the message is translated).

    The one reader for the number fields, so that "1,500" is 1500 in every field: commas are
    dropped only where they clearly separate thousands, and underscores (Python's 1_000) are
    refused. Full-width digits and punctuation ("１，５００", typed with a Chinese input method)
    read as their ASCII forms first.
    """
    text = unicodedata.normalize("NFKC", text).strip()
    if not text:
        return None, ""
    if "_" in text:
        return None, tr("Enter the number without underscores")
    if "," in text:
        if not _THOUSANDS.fullmatch(text):
            return None, tr("Use a point for decimals (1.5); a comma may only group thousands "
                            "(1,500)")
        text = text.replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return None, tr("Enter a number")
    if not math.isfinite(value):  # "nan", "inf", and "1e309", which float() reads as inf
        return None, tr("Enter a number")
    return value, ""


def limit_error(value: float, key: Key, *, low: float | None = None) -> str:
    """Why `value` breaks the limits a profile file holds for `key` (core.catalogs Key: above 0,
    or not negative, and its maximum), or "" when it is within them. `low`: a higher floor some
    field needs beyond the file's (the planner's), inclusive."""
    if low is not None and value < low:
        return tr("Must be at least %1").replace("%1", f"{low:g}")
    if key.nonnegative and value < 0:
        return tr("Must not be negative")
    if key.positive and not key.nonnegative and value <= 0:
        return tr("Must be above 0")
    if key.maximum is not None and value > key.maximum:
        # 10,000,000 tokens, not 1e+07; 0.5 as it is
        top = f"{key.maximum:,.0f}" if key.maximum >= 1000 else f"{key.maximum:g}"
        return tr("Must be at most %1").replace("%1", top)
    return ""


def duration(seconds: float) -> str:
    """Seconds in the unit that keeps the number short: ms, s, min, h or days."""
    if seconds is None or not math.isfinite(seconds):
        return "—"
    s = float(seconds)
    if s < 1:
        return tr("%1 ms").replace("%1", f"{s * 1000:.0f}" if s >= 0.01 else f"{s * 1000:.1f}")
    if s < 90:
        return tr("%1 s").replace("%1", f"{s:.1f}" if s < 10 else f"{s:.0f}")
    if s < 90 * 60:
        return tr("%1 min").replace("%1", f"{s / 60:.1f}" if s < 600 else f"{s / 60:.0f}")
    if s < 48 * 3600:
        return tr("%1 h").replace("%1", f"{s / 3600:.1f}")
    return tr("%1 days").replace("%1", f"{s / 86400:.1f}")


def gib(n_bytes: float | None) -> str:
    if n_bytes is None or not math.isfinite(n_bytes) or n_bytes <= 0:
        return "—"
    return tr("%1 GiB").replace("%1", f"{n_bytes / GIB:.1f}" if n_bytes < 100 * GIB
                                else f"{n_bytes / GIB:.0f}")


def months(n: float) -> str:
    if n is None or not math.isfinite(n):
        return tr("never")
    return tr("%1 months").replace("%1", f"{n:.0f}" if n >= 10 else f"{n:.1f}")


def snapshot_dates(offers: Iterable[CloudOffer]) -> dict[str, str]:
    """Provider -> the newest snapshot date among its offers."""
    out: dict[str, str] = {}
    for offer in offers:
        provider = str(getattr(offer, "provider", ""))
        date = str(getattr(offer, "snapshot_date", ""))
        if provider and date and date > out.get(provider, ""):
            out[provider] = date
    return out


def date_ranges(offers: Iterable[CloudOffer]) -> dict[str, tuple[str, str]]:
    """Provider -> (oldest, newest) date among its offers (each offer has one date)."""
    out: dict[str, tuple[str, str]] = {}
    for offer in offers:
        provider = str(getattr(offer, "provider", ""))
        date = str(getattr(offer, "snapshot_date", ""))
        if not provider or not date:
            continue
        low, high = out.get(provider, (date, date))
        out[provider] = (min(low, date), max(high, date))
    return out


def dates_text(oldest: str, newest: str) -> str:
    """"2026-11-09", or "2025-07-13 to 2026-11-09" (as `rigsizer prices show` writes it)."""
    return newest if oldest == newest else tr("%1 to %2").replace("%1", oldest).replace(
        "%2", newest)


def prices_as_of(offers: Iterable[CloudOffer], names: Mapping[str, str],
                 providers: Iterable[str] | None = None) -> str:
    """"Runpod prices dated 2025-07-13 to 2026-11-09; …" for the providers shown: the range
    of the offers' own dates, as `rigsizer prices show` and Settings give it; each provider
    by its own name (`names`: the catalogs' provider_names)."""
    from core.plan.wording import provider_name

    ranges = date_ranges(offers)
    wanted = list(providers) if providers is not None else sorted(ranges)
    parts = [tr("%1 prices dated %2").replace("%1", provider_name(p, names))
             .replace("%2", dates_text(*ranges[p])) for p in wanted if p in ranges]
    return tr("; ").join(parts)  # Chinese joins with a full-width ；


def price_with_date(amount: float, date: str, currency: str = "USD") -> str:
    """A price with its snapshot date right next to it, as the data rules require."""
    return tr("%1 (as of %2)").replace("%1", money(amount, currency)).replace("%2", date)


def found_by(sources: Iterable[str]) -> str:
    """Which probes found a GPU's facts (DetectedGpu.field_sources' values), listed in the UI's
    language: "user" is the user's own entry ("entered by hand"), program names stay as they
    are ("nvml、nvidia-smi")."""
    from app.gui.i18n import core_translate
    from core.schema.message import LIST_SEPARATOR

    words = {"user": tr("entered by hand"), "registry": tr("Windows registry"),
             "wmi": "WMI", "pci id": tr("PCI id")}
    names = [words.get(s, s) for s in sorted(set(sources))]
    return core_translate(LIST_SEPARATOR).join(names) or "—"


def local_time(iso: str) -> str:
    """An ISO time ("2026-12-05T09:05:29+00:00", as autosave notes keep it) in this computer's
    time zone, written the way the UI's language writes a date and time ("2026/12/5 17:05",
    "12/5/26 5:05 PM"); the text as it is when it is not such a time."""
    from datetime import datetime

    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    try:
        when = datetime.fromisoformat(iso).astimezone()  # a time without a zone is local
    except ValueError:
        return iso
    qt = QDateTime(QDate(when.year, when.month, when.day),
                   QTime(when.hour, when.minute, when.second))
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def age(seconds: float) -> str:
    """"3 days", "5 hours", "12 minutes": how old a price snapshot is, in its largest unit."""
    seconds = max(0.0, seconds)
    for size, one, many in ((86400.0, tr("1 day"), tr("%1 days")),
                            (3600.0, tr("1 hour"), tr("%1 hours")),
                            (60.0, tr("1 minute"), tr("%1 minutes"))):
        if seconds >= size:
            n = int(seconds // size)
            return one if n == 1 else many.replace("%1", str(n))
    return tr("less than a minute")


def price_source_lines(info: PriceSnapshotInfo | None, since_s: float = 0.0) -> list[str]:
    """One line per provider: which snapshot its prices come from and how old it is.

    `since_s`: seconds since `info` was read (its ages are as of then).
    """
    if info is None:
        return []
    lines = []
    for p in info.providers:
        if p.origin == "refreshed":
            when = p.as_of.replace("T", " ").replace("+00:00", " UTC")
            lines.append(tr("%1: refreshed %2 (%3 ago)").replace("%1", p.name)
                         .replace("%2", when).replace("%3", age(p.age_s + since_s)))
        else:
            span = dates_text(p.oldest or p.as_of, p.newest or p.as_of)
            line = (tr("%1: shipped snapshot, prices dated %2 (newest %3 old)")
                    .replace("%1", p.name).replace("%2", span)
                    .replace("%3", age(p.age_s + since_s)))
            stale = getattr(p, "n_stale", 0)
            if stale:
                line += tr("; %1 of %2 older than 90 days: refresh to check them").replace(
                    "%1", str(stale)).replace("%2", str(p.n_offers))
            lines.append(line)
    return lines


def price_status(info: PriceSnapshotInfo | None, offers: Iterable[CloudOffer],
                 since_s: float = 0.0) -> str:
    """The status-bar summary: refreshed providers with their age, the snapshot date otherwise."""
    dates = snapshot_dates(offers)
    if not dates:
        return ""
    refreshed = [p for p in info.providers if p.origin == "refreshed"] if info else []
    if not refreshed:
        oldest, newest = min(dates.values()), max(dates.values())
        # a range is "dated", not "as of" (one date); the same words as Settings' list
        return tr("Cloud prices dated %1").replace("%1", dates_text(oldest, newest))
    parts = [tr("%1 prices refreshed %2 ago").replace("%1", p.name)
             .replace("%2", age(p.age_s + since_s)) for p in refreshed]
    others = [p.as_of for p in info.providers if p.origin != "refreshed"] if info else []
    if others:
        span = max(others) if min(others) == max(others) else f"{min(others)} – {max(others)}"
        parts.append(tr("others as of %1").replace("%1", span))
    return tr("; ").join(parts)  # Chinese joins with a full-width ；


def failure_text(exc: Exception, path: object, *, saving: bool = True) -> str:
    """Why a file could not be opened or saved, in the window's language: core's errors about
    a file carry their sentence as a Message (core.schema.message.said); an operating
    system's refusal is said as "Could not save PATH: its reason" (or open; the usual reasons
    translated, others in the system's words, which the atomic save keeps as the cause)."""
    from app.gui.i18n import core_text

    if isinstance(exc, OSError):  # (core's file errors are ValueErrors)
        cause = exc.__cause__ if isinstance(exc.__cause__, OSError) else exc
        why = _system_reason(cause)
        text = tr("Could not save %1: %2") if saving else tr("Could not open %1: %2")
        return text.replace("%1", str(path)).replace("%2", why)
    return core_text(said(exc))


def _system_reason(exc: OSError) -> str:
    """The usual reasons a file cannot be written, in the window's language; any other in the
    system's own words."""
    import errno

    denied = tr("permission denied")
    known = {errno.ENOENT: tr("the folder does not exist"), errno.EACCES: denied,
             errno.EPERM: denied, errno.ENOSPC: tr("no space left on the disk"),
             errno.EROFS: tr("the disk is read-only"), errno.EISDIR: tr("it is a folder")}
    return known.get(exc.errno or -1) or exc.strerror or str(exc)
