"""A model described `like` a catalog model with an infinite or absurd size is refused with an
error naming the key, before the size ratio scales the family's width by it (that raised
OverflowError: "cannot convert float infinity to integer", out of the settings dialog and out
of File > Open alike)."""

from __future__ import annotations

import math

import pytest

from core.catalogs._validate import CatalogError
from core.catalogs.custom_models import custom_model
from core.catalogs.profiles import ProfileError, parse_profile
from tests.shipped import catalogs

HEAD = 'name = "x"\ncreator_type = "custom"\n'  # lines 1-2
WORK = ('[[workload]]\nid = "a"\nkind = "image"\nlabel = "L"\nmodel = "my"\n'
        'jobs_per_week = 1\n')  # lines 3-8
MODEL = '[[model]]\nid = "my"\nlike = "flux1-dev"\nparams_b = {}\n'  # lines 9-12


def describe(like: str, **keys: object) -> object:
    return custom_model({"id": "my", "like": like, **keys}, "p.toml", 0, catalogs().models)


@pytest.mark.parametrize("key", ["params_b", "active_params_b"])
@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, 10**400],
                         ids=["inf", "-inf", "nan", "1e400-int"])
def test_a_size_that_is_no_number_is_refused_by_key(key: str, value: float) -> None:
    with pytest.raises(CatalogError) as info:
        describe("flux1-dev", **{key: value})
    assert info.value.key == key and info.value.entry == "my"
    assert "must be a finite number" in info.value.problem


def test_a_finite_size_too_large_to_scale_by_is_refused_by_key() -> None:
    # 1e308 B like the smallest catalog model: the ratio itself is infinite
    smallest = min(catalogs().models.values(), key=lambda m: m.params)
    with pytest.raises(CatalogError) as info:
        describe(smallest.id, params_b=1e308)
    assert info.value.key == "params_b"
    assert "must be from" in info.value.problem and "10,000" in info.value.problem


def test_a_real_size_is_still_scaled() -> None:
    model = describe("flux1-dev", params_b=20)
    assert model.params == 20e9  # type: ignore[attr-defined]


@pytest.mark.parametrize("written", ["inf", "+inf", "1e309", "nan"])
def test_opening_such_a_profile_names_the_line_and_key(written: str) -> None:
    with pytest.raises(ProfileError) as info:
        parse_profile(HEAD + WORK + MODEL.format(written), "p.toml", catalogs())
    message = str(info.value)
    assert message.startswith("p.toml:12:") and "params_b" in message
