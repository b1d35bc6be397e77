"""A model the user describes, the user's own card prices and kWh price, and what cards cost in
2026 (street, used, machine and launch prices; discontinued cards; regional availability)."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from app.cli import main
from core.catalogs.gpus import gpus_by_id
from core.catalogs.models import load_models
from core.catalogs.profiles import ProfileError, load_profile, parse_profile, save_profile
from core.cost.local import card_price_usd
from core.hardware.machine import machine_from_gpu_ids
from core.plan import recommend
from core.plan.options import buy_candidates
from core.schema import Profile, Workload
from core.schema.plan import PlanResult
from tests.shipped import catalogs, estimate, evaluate

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "custom_model.toml"


@cache
def planned() -> PlanResult:
    return recommend(load_profile(EXAMPLE), machine_from_gpu_ids(["nvidia-rtx-3060-12gb"],
                                                                 ram_gib=32),
                     catalogs(), evaluate, samples=500)


# --- a custom model --------------------------------------------------------------------------

def test_the_example_profile_describes_its_model_like_a_catalog_one() -> None:
    profile = load_profile(EXAMPLE)
    (model,) = profile.custom_models
    family = load_models()["wan2.2-t2v-a14b"]
    assert model.id == "my-wan22-lightning" and model.id not in load_models()
    # what the user gave
    assert (model.params, model.active_params) == (27e9, 14e9)
    assert (model.default_steps, model.default_cfg, model.default_width) == (4, False, 832)
    # the rest from its family
    assert (model.layers, model.hidden, model.vae_spatial, model.fps_out,
            model.stage_experts) == (family.layers, family.hidden, family.vae_spatial,
                                     family.fps_out, 2)
    assert "like Wan2.2 T2V A14B" in model.notes and "described by the user" in model.source
    (clip,) = profile.workloads
    assert clip.model == model.id and clip.model_spec == model


def test_a_custom_model_is_estimated_like_a_catalog_model() -> None:
    (clip,) = load_profile(EXAMPLE).workloads
    gpu = gpus_by_id()["nvidia-h100-sxm"]
    mine = estimate(clip, gpu)
    assert mine.runnable and 0 < mine.seconds_p10 < mine.seconds_p50 < mine.seconds_p90
    # the same settings with the catalog model it was described like take the same time
    # (same architecture and sizes), and 40 steps take longer than 4
    same = replace(clip, model="wan2.2-t2v-a14b", model_spec=None)
    assert estimate(same, gpu).seconds_p50 == pytest.approx(mine.seconds_p50, rel=1e-9)
    slow = replace(same, steps=40, cfg=True)
    assert estimate(slow, gpu).seconds_p50 > 5 * mine.seconds_p50


def test_a_smaller_custom_model_scales_its_width_and_runs_faster() -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "params_b = 27\nactive_params_b = 14", "params_b = 7")
    profile = parse_profile(text, "small.toml")
    (model,) = profile.custom_models
    assert model.active_params is None  # no active_params_b given with a new size: all active
    assert model.stage_experts == 1  # ... so one expert, not Wan2.2's two taking turns
    assert model.hidden < load_models()["wan2.2-t2v-a14b"].hidden
    assert "scaled from wan2.2-t2v-a14b" in model.notes
    gpu = gpus_by_id()["nvidia-h100-sxm"]
    (small,) = profile.workloads
    (big,) = load_profile(EXAMPLE).workloads
    assert estimate(small, gpu).seconds_p50 < estimate(big, gpu).seconds_p50


def test_a_profile_with_a_custom_model_plans() -> None:
    result = planned()
    assert result.best is not None
    fits = [f for p in result.plans for f in p.workloads if f.workload_id == "clip"]
    assert fits and all(f.seconds_p50 > 0 for f in fits)
    assert "my-wan22-lightning" in result.provenance.model_versions
    assert "described by the user" in result.provenance.model_versions["my-wan22-lightning"]


def test_rigsizer_plan_reads_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["plan", str(EXAMPLE), "--gpu", "RTX 3060 12GB", "--json", "--samples",
                 "300"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert "my-wan22-lightning" in json.dumps(doc)


@pytest.mark.parametrize(("edit", "message"), [
    (('like = "wan2.2-t2v-a14b"', 'like = "wan9"'), r":\d+: entry 'my-wan22-lightning': key "
     r"'like': names no model in the catalog: 'wan9'"),
    (('id = "my-wan22-lightning"', 'id = "wan2.2-t2v-a14b"'),
     r"key 'id': is already a catalog model"),
    (('default_steps = 4', 'default_steps = "four"'),
     r"key 'default_steps': must be a number, got 'four'"),
    (('like = "wan2.2-t2v-a14b"', 'kind = "video"'), r"key 'denoiser': is required"),
    (('nvidia-rtx-4090 = 1800', 'nvidia-rtx-9999 = 1800'), r"no GPU 'nvidia-rtx-9999'"),
    (('nvidia-rtx-4090 = 1800', 'nvidia-rtx-4090 = -5'), r"must be a price in USD above 0"),
    (('electricity_price_per_kwh = 0.32\n', ''), r"needs electricity_price_per_kwh beside it"),
])
def test_bad_custom_entries_say_what_and_where(edit: tuple[str, str], message: str) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert edit[0] in text
    with pytest.raises(ProfileError, match=message) as info:
        parse_profile(text.replace(edit[0], edit[1], 1), "mine.toml")
    assert "\n" not in str(info.value) and str(info.value).startswith("mine.toml")


def test_custom_models_and_prices_survive_save_and_load(tmp_path: Path) -> None:
    profile = load_profile(EXAMPLE)
    save_profile(profile, tmp_path / "again.toml")
    again = load_profile(tmp_path / "again.toml")
    assert again.custom_models == profile.custom_models
    assert again.workloads == profile.workloads
    assert again.gpu_prices == {"nvidia-rtx-4090": 1800.0}
    assert (again.electricity_price_per_kwh, again.electricity_currency) == (0.32, "EUR")


# --- the user's own prices -------------------------------------------------------------------

def test_an_own_card_price_makes_a_discontinued_card_buyable_at_that_price() -> None:
    g = gpus_by_id()["nvidia-rtx-4090"]
    assert card_price_usd(g) is None  # out of production, no dated used price
    profile = load_profile(EXAMPLE)
    assert card_price_usd(g, profile.gpu_prices) == 1800.0
    assert g in buy_candidates(list(gpus_by_id().values()), profile)
    plan = planned().plan("buy:nvidia-rtx-4090")
    assert plan.upfront_cost > 0


def test_a_plan_names_the_fast_cards_it_leaves_out_for_want_of_a_price() -> None:
    # the RTX 4090 has no dated price in late 2026: a plan says so instead of leaving the
    # card everyone asks about silently off the list, and stops once the user prices it
    base = replace(load_profile(EXAMPLE), gpu_prices={})
    machine = machine_from_gpu_ids(["nvidia-rtx-3060-12gb"], ram_gib=32)
    without = recommend(base, machine, catalogs(), evaluate, samples=200)
    line = next(str(a) for a in without.alternatives if "want of a dated" in str(a))
    assert line.split(": ", 1)[1].startswith("GeForce RTX 4090, ")
    assert "RTX PRO" not in line  # desktop cards are named before workstation ones
    assert "buy:nvidia-rtx-4090" not in {p.id for p in without.plans}
    priced = recommend(replace(base, gpu_prices={"nvidia-rtx-4090": 1800.0}), machine,
                       catalogs(), evaluate, samples=200)
    line = next(str(a) for a in priced.alternatives if "want of a dated" in str(a))
    assert "RTX 4090" not in line.split(". ")[0]
    assert any(p.id == "buy:nvidia-rtx-4090"
               for p in (*priced.plans, *(r.plan for r in priced.rejected)))


def test_an_own_kwh_price_replaces_the_regions_tariff() -> None:
    result = planned()
    assert result.provenance.tariff_id == "own"
    assert "your profile" in result.provenance.tariff_source


# --- what cards cost in 2026 -----------------------------------------------------------------

def test_each_card_is_bought_at_a_dated_price_of_the_right_kind() -> None:
    g = gpus_by_id()
    p5090 = g["nvidia-rtx-5090"].purchase_price()
    assert p5090 is not None and (p5090.usd, p5090.kind, p5090.date) == (
        2699, "street", "2026-06-22")
    used = g["nvidia-rtx-3090"].purchase_price()
    assert used is not None and (used.usd, used.kind, used.date) == (1300, "used", "2026-04")
    mac = g["apple-m5-10c"].purchase_price()
    assert mac is not None and (mac.usd, mac.kind) == (1599, "machine")
    assert "MacBook Pro" in g["apple-m5-10c"].machine
    launch = g["nvidia-rtx-5060"].purchase_price()
    assert launch is not None and launch.kind == "launch"
    assert launch.date == g["nvidia-rtx-5060"].release_date  # dated by its launch
    # discontinued cards are never bought new at their launch price
    for gpu in g.values():
        price = gpu.purchase_price()
        if gpu.discontinued:
            assert price is None or price.kind == "used", gpu.id
        if price is not None:
            assert price.date and price.source, gpu.id
    assert g["nvidia-gtx-1050-ti"].purchase_price() is None
    # chips and laptops with no sourced machine price say why
    assert "no dated price" in g["apple-m5-max-40c"].price_note
    assert "no dated price" in g["nvidia-rtx-5090-laptop"].price_note


def test_allow_apple_buys_a_mac_with_a_machine_price() -> None:
    base = load_profile(EXAMPLE)
    profile = replace(base, allow_apple=True, gpu_prices={})
    buys = {x.id for x in buy_candidates(list(gpus_by_id().values()), profile)}
    assert "apple-m5-10c" in buys
    assert "apple-m5-max-40c" not in buys  # no sourced price for it
    mine = replace(profile, gpu_prices={"apple-m5-max-40c": 3999.0})
    assert "apple-m5-max-40c" in {x.id for x in buy_candidates(list(gpus_by_id().values()),
                                                                mine)}


def test_the_rtx_4090_d_is_sold_in_china_only() -> None:
    g = gpus_by_id()["nvidia-rtx-4090-d"]
    assert g.sold_in == ("cn",)
    assert g.sold_in_region("cn-beijing") and not g.sold_in_region("de")
    profile = Profile(name="x", creator_type="custom",
                      workloads=(Workload(id="w", kind="cpu", label="w", jobs_per_week=1,
                                          cpu_seconds=1),),
                      gpu_prices={"nvidia-rtx-4090-d": 1500.0})
    cn = replace(profile, region="cn-beijing")
    gpus = list(gpus_by_id().values())
    assert g in buy_candidates(gpus, cn) and g not in buy_candidates(gpus, profile)


def test_new_gpus_carry_their_sources() -> None:
    g = gpus_by_id()
    b300 = g["nvidia-b300"]
    assert b300.vram_bytes == 288 * 1024**3
    assert "exemplar-performance" in b300.source_of("fp16_tensor_tflops")
    b70 = g["intel-arc-pro-b70"]
    assert b70.mem_bandwidth_bps == 608e9 and "datasheet-b70" in b70.source
    m5max = g["apple-m5-max-40c"]
    assert m5max.mem_bandwidth_bps == 614e9 and "macrumors" in m5max.source_of(
        "mem_bandwidth_gb_s")
    assert "estimate" in m5max.source_of("vram_gib")


def test_cards_bought_where_vat_applies_cost_the_tax_more() -> None:
    from core.plan.options import buy_option

    g = gpus_by_id()["nvidia-rtx-5090"]
    profile = load_profile(EXAMPLE)  # region "de"
    assert catalogs().tariffs["de"].vat_rate == 0.19
    assert buy_option(g, 1, 0, profile, [], vat_rate=0.19).purchase_usd == pytest.approx(
        2699 * 1.19)
    # a price the user typed is what they pay: no tax on top
    own = buy_option(gpus_by_id()["nvidia-rtx-4090"], 1, 0, profile, [], vat_rate=0.19)
    assert own.purchase_usd == 1800.0
    # the planner takes the region's rate (also with the user's own kWh price)
    de = planned().plan("buy:nvidia-rtx-5090")
    us = recommend(replace(load_profile(EXAMPLE), region="us"),
                   machine_from_gpu_ids(["nvidia-rtx-3060-12gb"], ram_gib=32), catalogs(),
                   evaluate, samples=500).plan("buy:nvidia-rtx-5090")
    fx = catalogs().rates.per_usd["EUR"]
    assert de.upfront_cost - us.upfront_cost == pytest.approx(2699 * 0.19 * fx, rel=1e-6)


def test_estimate_distilled_uses_the_models_distilled_steps_without_cfg(
        capsys: pytest.CaptureFixture[str]) -> None:
    base = ["estimate", "--gpu", "RTX 5090", "--workload", "video", "--model",
            "wan2.2-t2v-a14b", "--width", "832", "--height", "480"]
    assert main([*base, "--distilled"]) == 0
    fast = capsys.readouterr().out
    assert "distilled 4 steps" in fast
    full = json.dumps(load_models()["wan2.2-t2v-a14b"].distilled_steps)
    assert full == "4"
    # the same clip at 4 steps without CFG, typed by hand, is the same estimate
    assert main([*base, "--steps", "4", "--no-cfg"]) == 0
    by_hand = capsys.readouterr().out
    assert fast.split("Energy:")[1] == by_hand.split("Energy:")[1]
    assert main([*base[:-4], "--model", "wan2.1-t2v-14b", "--distilled"]) != 0
    assert "has no distilled variant" in capsys.readouterr().err


def test_a_recommended_purchase_names_its_price_kind_and_date() -> None:
    from core.catalogs.profiles import load_profiles

    educator = replace(load_profiles()["educator"], horizon_months=120)
    machine = machine_from_gpu_ids(["nvidia-rtx-3060-12gb"], ram_gib=32)
    result = recommend(educator, machine, catalogs(), evaluate, samples=500)
    best = result.best
    assert best is not None and best.kind == "buy" and best.gpu_id is not None
    price = gpus_by_id()[best.gpu_id].purchase_price()
    assert price is not None
    kind = {"street": "new in shops", "used": "used", "machine": "the whole computer",
            "launch": "launch price"}[price.kind]
    assert f"(card price ${price.usd:,.0f}: {kind}, as of {price.date})" in result.recommendation
    mine = recommend(replace(educator, gpu_prices={best.gpu_id: 111.0}), machine, catalogs(),
                     evaluate, samples=500)
    assert mine.best is not None and mine.best.gpu_id == best.gpu_id
    assert "(card price $111: your own)" in mine.recommendation


def test_a_custom_model_may_carry_a_hub_name_the_catalog_reads_as_its_own_model() -> None:
    # only the very name is taken: 'Wan2.2-T2V-A14B-Instruct' is the profile's own to give
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        '"my-wan22-lightning"', '"Wan2.2-T2V-A14B-Instruct"')
    profile = parse_profile(text, "mine.toml")
    assert [m.id for m in profile.custom_models] == ["Wan2.2-T2V-A14B-Instruct"]
