"""One table per workload kind (core.kinds): every reader reads the same table."""

from __future__ import annotations

import dataclasses
from typing import get_args

import pytest

from core.catalogs._validate import CatalogError
from core.catalogs.profiles import KINDS as PROFILE_KINDS
from core.catalogs.profiles import WORKLOAD_KEYS, parse_profile, profile_to_dict
from core.kinds import FIELDS, KIND_ORDER, KINDS, SAVED_FIELDS, WORKLOAD_FIELDS
from core.perf.parts import QUERY_MAXIMUM
from core.perf.validate import validate
from core.schema import Workload
from core.schema.workload import WorkloadKind
from tests.shipped import catalogs

WORKLOAD_ATTRS = {f.name for f in dataclasses.fields(Workload)}


def test_the_table_covers_every_kind_and_only_real_fields() -> None:
    assert tuple(KINDS) == KIND_ORDER == get_args(WorkloadKind) == PROFILE_KINDS
    for spec in KINDS.values():
        for name in spec.fields:
            assert name in FIELDS and name in WORKLOAD_ATTRS, (spec.name, name)
        assert spec.model_required <= bool(spec.model_kinds)  # a required model has kinds
        assert ("model" in spec.fields) == spec.model_required, spec.name
    # the saver writes every Workload field a file can hold (nothing typed in the GUI is lost)
    file_only = {"id", "kind", "label", "deadline_s", "model_spec"}
    assert set(SAVED_FIELDS) == WORKLOAD_ATTRS - file_only


def test_the_loader_and_predict_read_the_table_limits() -> None:
    assert [k.name for k in WORKLOAD_KEYS] == [f.name for f in WORKLOAD_FIELDS]
    for key in WORKLOAD_KEYS:
        f = FIELDS[key.name]
        assert (key.kind, key.required, key.maximum, key.nonnegative, key.choices) == (
            f.type, f.required, f.maximum, f.nonnegative, f.choices)
    for name in ("width", "height", "steps", "batch", "frames"):
        assert QUERY_MAXIMUM[name] == FIELDS[name].maximum
    text = ('name = "x"\ncreator_type = "custom"\n[[workload]]\nid = "a"\nkind = "image"\n'
            'label = "a"\njobs_per_week = 1\nmodel = "sdxl"\nwidth = 20000\n')
    with pytest.raises(CatalogError, match="width"):
        parse_profile(text, "x.toml")
    ok = parse_profile(text.replace("20000", "16384"), "x.toml")
    assert profile_to_dict(ok)["workload"][0]["width"] == 16384


def test_the_validator_asks_for_the_model_the_table_names() -> None:
    cats = catalogs()
    for kind, spec in KINDS.items():
        w = Workload("w", kind, "w", jobs_per_week=1, width=512, height=512, frames=10,
                     fps=30, cpu_seconds=5, output_tokens=10)  # type: ignore[arg-type]
        if spec.model_required:
            with pytest.raises(ValueError, match="'model' is required"):
                validate(w, cats.models, cats.quants)
        else:
            assert validate(w, cats.models, cats.quants) is None
    # a kind whose model is optional (a face model for live avatars) still checks one it names
    with pytest.raises(ValueError, match="names no face model"):
        validate(Workload("v", "realtime", "v", hours_per_week=1, fps=30, model="sdxl"),
                 cats.models, cats.quants)
