"""`[[measurement]]` tables (in a project file or a measurements file) <-> `Measurement`s.

Errors name the file, the table by its position and the key: "mine.toml: entry 'measurement
#2': key 'value': must be a positive number, got -1.5". Names that point into catalogs (the GPU,
the model, the quant) must resolve, so a typo is caught when the file is read, not silently
ignored when estimates are made.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tomli_w

from core.catalogs import wording as say
from core.catalogs._validate import CatalogError, Key, check_entry, parse_toml, shown
from core.catalogs.model_names import article, unknown_model_hint
from core.catalogs.text_fields import check_texts, toml_date_as_text
from core.file_read import read_capped
from core.hosts import HOSTS
from core.schema.measurement import MEASUREMENT_FIELDS, QUERY_FIELDS, Measurement
from core.schema.message import Message

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs

TASKS = ("llm", "image", "video", "cycles", "render")
TIMINGS = ("job", "denoiser")
PRECISIONS = ("bf16", "fp16", "fp8")
_TEST = re.compile(r"(pp|tg)[0-9]{1,8}")

# the smallest reading in any metric (it/s, tokens/s, seconds, a Cycles score): a millionth
# of a step a second is 11 days a step; 1e-300 had made an estimate of 1e296 days
MIN_VALUE = 1e-6
MEASUREMENT_KEYS = (
    Key("gpu"),
    Key("task", choices=TASKS),
    Key("value", "number", maximum=1e9),
    Key("source"),
    Key("date", "date", required=False),
    Key("model", required=False),
    Key("quant", required=False),
    Key("test", required=False),
    Key("backend", required=False),
    Key("width", "int", required=False, maximum=16384),
    Key("height", "int", required=False, maximum=16384),
    Key("steps", "int", required=False, maximum=10_000),
    Key("batch", "int", required=False, maximum=4096),
    Key("frames", "int", required=False, maximum=10_000_000),
    Key("n_gpus", "int", required=False, maximum=1024),
    Key("cfg", "bool", required=False),
    Key("timing", required=False, choices=TIMINGS),
    Key("precision", required=False, choices=PRECISIONS),
    Key("blender_version", required=False),
    Key("scene", required=False),
    Key("host", required=False, choices=HOSTS),
)
MODEL_TASKS = {"llm": ("llm",), "image": ("image",), "video": ("video",)}


def label(index: int) -> str:
    """How messages name the n-th (0-based) table."""
    return f"measurement #{index + 1}"


def measurement_from_table(raw: Any, file: str, index: int, catalogs: Catalogs,
                           today: datetime.date | None = None) -> Measurement:
    """One `[[measurement]]` table, its GPU and model looked up in `catalogs`; raises
    CatalogError naming the table and the key. Its date may not be after `today` (default:
    the system's)."""
    entry = label(index)
    if isinstance(raw, dict):
        if "id" in raw:
            raise CatalogError(file, Message(say.UNKNOWN_KEY), entry, "id")
        check_texts(raw, file, entry)
        if "date" in raw:  # `date = 2025-07-13` unquoted is a TOML date
            raw = {**raw, "date": toml_date_as_text(raw["date"])}
    v = check_entry(raw, MEASUREMENT_KEYS, file, entry)
    if "date" in v:
        _check_not_future(v["date"], today or datetime.date.today(), file, entry)
    task = v["task"]
    v["value"] = float(v["value"])
    if v["value"] < MIN_VALUE:
        raise CatalogError(file, Message(say.READING_TOO_SMALL, least=f"{MIN_VALUE:g}",
                                         value=f"{v['value']:g}"), entry, "value")

    def fail(key: str, problem: str) -> CatalogError:
        return CatalogError(file, problem, entry, key)

    from core.perf.resolve import resolve_gpu_name, unresolved_reason

    find_model, find_quant = catalogs.find_model, catalogs.find_quant
    if resolve_gpu_name(v["gpu"], catalogs, typed=False) is None:
        raise fail("gpu", unresolved_reason(v["gpu"], catalogs))
    kinds = MODEL_TASKS.get(task)
    if kinds is not None:
        if "model" not in v:
            raise fail("model", Message(say.MEASUREMENT_MODEL_REQUIRED_AN
                                        if article(task) == "an"
                                        else say.MEASUREMENT_MODEL_REQUIRED_A, task=task))
        model = find_model(v["model"])
        if model is None or model.kind not in kinds:
            hint = unknown_model_hint(str(v["model"]), catalogs.models.values(), kinds)
            raise fail("model", Message(say.NO_TASK_MODEL, task=task,
                                        name=repr(shown(v["model"])), hint=hint))
    if task == "llm":
        if "test" not in v or not _TEST.fullmatch(v["test"]):
            raise fail("test", Message(say.LLM_TEST))
        if "quant" in v and find_quant(v["quant"]) is None:
            raise fail("quant", Message(say.UNKNOWN_QUANT, name=repr(shown(v["quant"]))))
    for name in ("timing", "precision"):
        if name in v and task != "image":
            raise fail(name, Message(say.IMAGE_ONLY))
    return Measurement(**v)


def _check_not_future(date: str, today: datetime.date, file: str, entry: str) -> None:
    """A measurement is of a run that happened: a date after `today` is a typo (2062 for 2026),
    and would make the reading look newer than any other. A month (YYYY-MM) counts from its
    first day."""
    day = datetime.date.fromisoformat(date if len(date) == 10 else date + "-01")
    # a day's grace: a reading dated today where it was made (Beijing) is tomorrow's date to
    # a machine still on yesterday (New York), and the file must open on both
    if day > today + datetime.timedelta(days=1):
        raise CatalogError(file, Message(say.IN_THE_FUTURE, date=date, today=today.isoformat()),
                           entry, "date")


def measurements_from_tables(raw: Any, file: str, catalogs: Catalogs
                             ) -> tuple[Measurement, ...]:
    """The value of a document's `measurement` key (an array of tables) as Measurements, their
    names looked up in `catalogs`."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise CatalogError(file, Message(say.MEASUREMENT_TABLES), None, "measurement")
    return tuple(measurement_from_table(t, file, i, catalogs) for i, t in enumerate(raw))


def parse_measurements(text: str, file: str, catalogs: Catalogs) -> tuple[Measurement, ...]:
    """A TOML text of `[[measurement]]` tables (other top-level keys are an error)."""
    doc = parse_toml(text, file)
    for key in doc:
        if key != "measurement":
            raise CatalogError(file, Message(say.ONLY_MEASUREMENTS), None, key)
    return measurements_from_tables(doc.get("measurement"), file, catalogs)


# A measurements file is a few kB; more than this is not one (and is not read whole).
MAX_MEASUREMENTS_BYTES = 2**20


def load_measurements(path: Path | str, catalogs: Catalogs) -> tuple[Measurement, ...]:
    path = Path(path)
    try:
        text = read_capped(path, MAX_MEASUREMENTS_BYTES).decode("utf-8-sig")
    except OSError as exc:  # a FIFO or a device is refused, not waited on (issue 17, item 8)
        raise CatalogError(path.name, Message(say.CANNOT_READ,
                                              error=str(exc.strerror or exc))) from exc
    except UnicodeDecodeError as exc:
        raise CatalogError(path.name, Message(say.NOT_UTF8, byte=exc.start)) from exc
    return parse_measurements(text, path.name, catalogs)


def measurement_to_table(m: Measurement) -> dict[str, Any]:
    """The TOML table for `m` (fields left None are left out)."""
    row: dict[str, Any] = {"gpu": m.gpu, "task": m.task, "value": m.value, "source": m.source}
    if m.date:
        row["date"] = m.date
    for name in QUERY_FIELDS:
        value = getattr(m, name)
        if value is not None:
            row[name] = value
    return row


def dumps(measurements: Sequence[Measurement]) -> str:
    """`[[measurement]]` tables as TOML text ("" for none)."""
    if not measurements:
        return ""
    return tomli_w.dumps({"measurement": [measurement_to_table(m) for m in measurements]})


assert set(MEASUREMENT_FIELDS) == {k.name for k in MEASUREMENT_KEYS}
