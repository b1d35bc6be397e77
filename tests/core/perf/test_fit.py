"""The efficiency fit on synthetic rows made from known efficiencies, and the physics that
turns architectures into work (tokens, FLOPs) checked against hand-computed figures."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from core.catalogs.gpus import get_gpu
from core.catalogs.models import load_models
from core.perf import diffusion
from core.perf.fit import PRIOR_ROWS, fit_metric, predict_log
from core.perf.fit_row import Row
from core.perf.measured import load_measured
from core.perf.parts import Parts
from tests.shipped import catalogs


def _row(c: float, eff: float, t0: float, backend: str, arch: str, gpu: str) -> Row:
    feats = {"backend": backend, "vendor": "nvidia", "arch": arch}
    p = Parts("llm_tg", c, 0.0, 1.0, 1.0, feats)
    return Row(p, 1.0 / (c / eff + t0), gpu)


def test_fit_recovers_a_known_efficiency_and_overhead_exactly() -> None:
    rows = [_row(0.004 + 0.001 * i, 0.7, 0.001, "CUDA", "Ada", f"g{i}") for i in range(12)]
    block = fit_metric("llm_tg", rows)
    assert block["t0"] == pytest.approx(0.001)
    for r in rows:
        assert predict_log(r.parts, block)[0] == pytest.approx(r.value, rel=1e-9)


def test_groups_pull_towards_their_own_efficiency() -> None:
    truth = {("CUDA", "Ada"): 0.8, ("CUDA", "Ampere"): 0.6, ("Vulkan", "Ada"): 0.4}
    rows = [_row(0.004 + 0.001 * i, eff, 0.0, b, a, f"{b}-{a}-{i}")
            for (b, a), eff in truth.items() for i in range(12)]
    block = fit_metric("llm_tg", rows)
    for r in rows:
        # shrinkage keeps a group n/(n+prior) of the way from its parent: within ~15 % here
        value, _ = predict_log(r.parts, block)
        assert value == pytest.approx(r.value, rel=0.15)
    fast = predict_log(rows[0].parts, block)[0] / rows[0].value
    slow = predict_log(rows[-1].parts, block)[0] / rows[-1].value
    assert fast < 1.0 < slow  # the best group is under-, the worst over-predicted, not swapped


def test_a_group_with_one_row_moves_only_part_way_from_its_parent() -> None:
    rows = [_row(0.01, 0.5, 0.0, "CUDA", "Ada", f"g{i}") for i in range(20)]
    odd = _row(0.01, 0.25, 0.0, "CUDA", "Turing", "odd")
    block = fit_metric("llm_tg", [*rows, odd])
    value, _ = predict_log(odd.parts, block)
    # log efficiency moves 1/(1+prior) of the way from the CUDA parent towards the row
    eff = 0.01 / (1.0 / value - block["t0"]) if block["t0"] else 0.01 * value
    assert math.log(eff / 0.5) == pytest.approx(math.log(0.5) / (1 + PRIOR_ROWS), abs=0.02)


def test_wan_480p_token_count_and_step_flops_by_hand() -> None:
    m = load_models()["wan2.1-i2v-14b"]
    # 81 frames -> 21 latent frames (4x causal); 480x832 -> 60x104 latent -> 30x52 patches
    assert diffusion.tokens(m, 832, 480, 81) == 21 * 30 * 52
    n = 21 * 30 * 52 + m.text_tokens
    expected = 2 * 14.0e9 * n + 4 * 40 * n * n * 5120
    assert diffusion.step_flops(m, 832, 480, 81) == pytest.approx(expected)


def test_unet_flops_scale_past_linear_with_resolution() -> None:
    m = load_models()["sd15"]
    base = diffusion.step_flops(m, 512, 512)
    assert base == pytest.approx(678e9)  # BK-SDM: 339 GMACs at 512x512
    double = diffusion.step_flops(m, 1024, 1024)
    assert 4 * base < double < 16 * base  # 4x pixels, attention share grows with tokens^2


def test_measured_lookup_needs_the_exact_test() -> None:
    gpu = get_gpu("nvidia-rtx-4090")
    lookup = load_measured(catalogs()).lookup
    q = {"task": "llm", "gpu": "NVIDIA GeForce RTX 4090", "model": "llama-2-7b",
         "quant": "Q4_0", "test": "tg128", "backend": "CUDA"}
    assert lookup(q, gpu) is not None
    assert lookup(dict(q, test="tg4096"), gpu) is None
    assert lookup(dict(q, quant="Q6_K"), gpu) is None
    assert lookup(dict(q, model="qwen2.5-7b"), gpu) is None


def test_fit_finds_the_instructions_per_weight_that_slow_low_fp32_cards() -> None:
    # cards with the same bandwidth-bound time but FP32 rates 4x apart: 6 instructions per
    # weight make the slow-FP32 ones measurably slower, and the fit has to say so
    rows = []
    for i in range(14):
        ops = (1e-4 if i % 2 else 2.5e-5) * (1 + 0.1 * i)  # seconds per instruction/weight
        p = Parts("llm_tg", 0.004 + 0.0005 * i, 0.0, 1.0, 1.0,
                  {"backend": "CUDA", "vendor": "nvidia", "arch": "Ada"}, ops=ops)
        rows.append(Row(p, 1.0 / (p.c / 0.7 + 0.001 + 6.0 * ops), f"g{i}"))
    block = fit_metric("llm_tg", rows)
    assert block["ops"] == {"": 6.0}
    for r in rows:
        assert predict_log(r.parts, block)[0] == pytest.approx(r.value, rel=1e-6)


def test_decode_on_an_hbm_card_pays_for_its_low_fp32_rate() -> None:
    from core.perf.parts import llm_parts

    shipped = catalogs()
    model = shipped.find_model("llama-3-8b")
    a100, rtx4090 = get_gpu("nvidia-a100-pcie-80gb"), get_gpu("nvidia-rtx-4090")
    assert model is not None and a100 is not None and rtx4090 is not None
    slow, fast = (llm_parts(model, 4.89, "Q4_K_M", "tg128", g) for g in (a100, rtx4090))
    # the same weights: instruction time in proportion to 1 / FP32 rate
    assert slow.ops / fast.ops == pytest.approx(rtx4090.fp32_flops / a100.fp32_flops)
    assert slow.ops == pytest.approx(model.active / a100.fp32_flops)
    prompt = llm_parts(model, 4.89, "Q4_K_M", "pp512", a100)
    assert prompt.ops == 0.0  # prompt processing is matrix-bound: no such term


def test_cycles_does_not_follow_bandwidth_past_the_cards_it_was_fitted_on() -> None:
    from core.perf.fit import OUT_OF_RANGE_SIGMA_PER_EFOLD, predict_full

    def card(fp32: float, bw: float, i: int) -> Row:
        x = (math.log(fp32), math.log(bw), 0.0, 0.0)
        p = Parts("cycles", 0.0, 0.0, 0.0, 0.0, {"backend": "CUDA", "vendor": "nvidia",
                                                   "arch": "Ada"}, x=x, peak=fp32 * 1e12)
        return Row(p, math.exp(1.0 + 0.6 * x[0] + 0.4 * x[1]), f"g{i}")

    rows = [card(10.0 + 5 * i, 300.0 + 100 * i, i) for i in range(12)]  # up to 1400 GB/s
    block = fit_metric("cycles", rows)
    edge = predict_full(card(40.0, 1400.0, 99).parts, block)
    hbm = predict_full(card(40.0, 8000.0, 99).parts, block)
    assert hbm[3] == pytest.approx(edge[3])  # no more score for bandwidth nobody measured
    assert hbm[2] == pytest.approx(edge[2])  # nor a wider range: more speed never takes longer
    slow = predict_full(card(4.0, 100.0, 99).parts, block)  # below every card fitted
    # widened once for each e-fold of FP32 and of bandwidth below the slowest card fitted
    # (10 TFLOPS, 300 GB/s), not a second time for the same FP32 as a peak below the range
    beyond = math.log(10.0 / 4.0) + math.log(300.0 / 100.0)
    assert slow[2] == pytest.approx(math.hypot(edge[2], OUT_OF_RANGE_SIGMA_PER_EFOLD.value
                                               * beyond))
    inside = predict_full(card(35.0, 900.0, 99).parts, block)
    assert inside[3] == pytest.approx(math.exp(1.0 + 0.6 * math.log(35) + 0.4 * math.log(900)),
                                      rel=1e-6)


def test_blender_5_changes_each_backend_by_what_its_cards_measured_on_both_releases() -> None:
    from core.perf.fit import predict_full
    from core.perf.fit_cycles import VERSION_PRIOR_CARDS, version_effects

    # OptiX cards score the same on 4.x and 5.x, oneAPI cards 20 % more on 5.x; a HIP card
    # measured on both releases once, 10 % more
    change = {"OPTIX": 1.0, "ONEAPI": 1.2, "HIP": 1.1}

    def card(backend: str, i: int, v5: float) -> Row:
        fp32, bw = 10.0 + 3 * i, 300.0 + 50 * i
        x = (math.log(fp32), math.log(bw), 0.0, v5)
        p = Parts("cycles", 0.0, 0.0, 0.0, 0.0, {"backend": backend, "vendor": "x"}, x=x,
                  peak=fp32 * 1e12)
        score = math.exp(1.0 + 0.6 * x[0] + 0.4 * x[1]) * (change[backend] if v5 else 1.0)
        return Row(p, score, f"{backend}{i}")

    rows = [card(b, i, v) for b in ("OPTIX", "ONEAPI") for i in range(4) for v in (0.0, 1.0)]
    rows += [card("HIP", 0, 0.0), card("HIP", 0, 1.0)]
    effects = version_effects(rows)
    # the middle of the nine cards' changes (four at 1.0, four at 1.2, one at 1.1) is 1.1; a
    # backend's own cards count against it as VERSION_PRIOR_CARDS more cards there
    middle = math.log(1.1)
    assert effects[""] == pytest.approx(middle, abs=1e-4)

    def shrunk(own: float, cards: int) -> float:
        return (cards * own + VERSION_PRIOR_CARDS * middle) / (cards + VERSION_PRIOR_CARDS)

    assert effects["OPTIX"] == pytest.approx(shrunk(0.0, 4), abs=1e-4)
    assert effects["ONEAPI"] == pytest.approx(shrunk(math.log(1.2), 4), abs=1e-4)
    assert effects["HIP"] == pytest.approx(shrunk(math.log(1.1), 1), abs=1e-4)
    block = fit_metric("cycles", rows)
    old, new = (predict_full(card("ONEAPI", 9, v).parts, block)[3] for v in (0.0, 1.0))
    assert new / old == pytest.approx(math.exp(effects["ONEAPI"]), rel=1e-6)
    old, new = (predict_full(card("OPTIX", 9, v).parts, block)[3] for v in (0.0, 1.0))
    assert new / old == pytest.approx(math.exp(effects["OPTIX"]), rel=1e-6)
    # the specs' coefficients are fitted on scores with the release taken out: a 4.x score
    # comes out as the cards were made (within the 2 % the prior moves OptiX's change)
    old = predict_full(card("OPTIX", 2, 0.0).parts, block)[3]
    assert old == pytest.approx(math.exp(1.0 + 0.6 * math.log(16) + 0.4 * math.log(400)),
                                rel=0.02)


def test_a_group_fitted_on_few_cards_gets_a_wider_range() -> None:
    # nine Ada cards and one Turing card, equally noisy: a card predicted from the one-card
    # group is as uncertain as that card's own offset from the group, and more
    rows = [_row(0.004 + 0.001 * i, 0.7 * (1.1 if i % 2 else 0.9), 0.0, "CUDA", "Ada", f"a{i}")
            for i in range(9)]
    rows += [_row(0.005, 0.5, 0.0, "CUDA", "Turing", "t0")]
    block = fit_metric("llm_tg", rows)
    ada, turing = rows[0].parts, rows[-1].parts
    wide, narrow = predict_log(turing, block)[1], predict_log(ada, block)[1]
    assert wide / narrow == pytest.approx(math.sqrt(2.0) / math.sqrt(1.0 + 1.0 / 9.0))


def test_a_mode_that_holds_less_in_memory_is_never_fitted_faster() -> None:
    from core.perf.fit import _ordered

    # streaming measured (on few rows) as faster than swapping: it takes swapping's value
    got = _ordered({"mem=resident": 0.02, "mem=swap": -0.37, "mem=stream": -0.30,
                    "model=sdxl": 0.5})
    assert got == {"mem=resident": 0.02, "mem=swap": -0.37, "mem=stream": -0.37,
                   "model=sdxl": 0.5}
    assert _ordered({"mem=swap": -0.1}) == {"mem=swap": -0.1}


def test_a_backend_the_fit_never_saw_is_as_uncertain_as_backends_lie_apart() -> None:
    # two backends 0.5 apart in log efficiency, each measured on ten cards; a third backend the
    # fit never saw falls back to the root, and its range spans how far backends differ
    rows = [_row(0.004 + 0.0004 * i, eff * (1.05 if i % 2 else 0.95), 0.0, backend, "Ada",
                 f"{backend}{i}")
            for backend, eff in (("CUDA", 0.8), ("Vulkan", 0.8 * math.exp(-0.5)))
            for i in range(10)]
    block = fit_metric("llm_tg", rows)
    assert block["between"][0] > 0.15
    seen = predict_log(rows[0].parts, block)[1]
    unseen = Parts("llm_tg", 0.005, 0.0, 1.0, 1.0,
                   {"backend": "SYCL", "vendor": "nvidia", "arch": "Ada"})
    assert predict_log(unseen, block)[1] >= math.hypot(seen, block["between"][0]) * 0.99


def test_a_card_class_that_scatters_more_than_its_backend_gets_its_own_wider_range() -> None:
    # one backend, two classes on one architecture: thirty consumer cards within ±5 % and six
    # Intel cards within ±40 % of the same efficiency. The Intel rows' range follows their
    # own scatter; the consumer rows keep the backend's, never narrower than it
    def row(i: int, cls: str, wobble: float) -> Row:
        feats = {"backend": "Vulkan", "vendor": "x", "arch": "A", "cls": cls}
        eff = 0.6 * (1.0 + wobble if i % 2 else 1.0 - wobble)
        c = 0.004 + 0.0003 * i
        return Row(Parts("llm_tg", c, 0.0, 1.0, 1.0, feats), eff / c, f"{cls}{i}")

    consumer = [row(i, "consumer", 0.05) for i in range(30)]
    intel = [row(i, "intel", 0.4) for i in range(6)]
    block = fit_metric("llm_tg", consumer + intel, inflation=1.0)
    assert block["sigma"]["cls=intel"] > 3 * block["sigma"]["cls=consumer"]
    wide = predict_log(intel[0].parts, block)[1]
    narrow = predict_log(consumer[0].parts, block)[1]
    assert wide > 2 * narrow
    assert narrow >= block["sigma"]["backend=Vulkan"] * 0.999
    # five rows are too few to measure a class's own spread: such a class keeps its backend's
    block = fit_metric("llm_tg", consumer + intel[:4], inflation=1.0)
    assert "cls=intel" not in block["sigma"]


def _moe_row(i: int, moe: bool, wobble: float) -> Row:
    feats = {"backend": "CUDA", "vendor": "nvidia", "arch": "Ada", "cls": "consumer"}
    if moe:
        feats["moe"] = "yes"
    eff = 0.6 * (1.0 + wobble if i % 2 else 1.0 - wobble)
    c = 0.004 + 0.0003 * i
    return Row(Parts("llm_tg", c, 0.0, 1.0, 1.0, feats), eff / c, f"{'m' if moe else 'd'}{i}")


def test_mixture_of_experts_decode_scatter_is_its_own_not_the_cards() -> None:
    # thirty dense rows within ±5 %, ten mixture-of-experts rows within ±50 % on the same
    # backend and cards: the MoE rows get a wide range of their own, the dense rows keep a
    # narrow one (the MoE rows are left out of the backend's and class's spread)
    dense = [_moe_row(i, False, 0.05) for i in range(30)]
    moe = [_moe_row(i, True, 0.5) for i in range(10)]
    block = fit_metric("llm_tg", dense + moe, inflation=1.0)
    assert block["sigma"]["moe=yes"] > 4 * block["sigma"]["backend=CUDA"]
    assert predict_log(moe[0].parts, block)[1] > 4 * predict_log(dense[0].parts, block)[1]
    mixed = fit_metric("llm_tg", dense + [replace(r, parts=replace(
        r.parts, features={k: v for k, v in r.parts.features.items() if k != "moe"}))
        for r in moe], inflation=1.0)
    # counted as dense rows, the same ten would have widened every row of the backend
    assert mixed["sigma"]["backend=CUDA"] > 2 * block["sigma"]["backend=CUDA"]


def test_a_model_kinds_spread_adds_to_a_fallen_back_cards_not_multiplies() -> None:
    dense = [_moe_row(i, False, 0.05) for i in range(30)]
    moe = [_moe_row(i, True, 0.5) for i in range(10)]
    block = {**fit_metric("llm_tg", dense + moe, inflation=1.0), "gap_growth": [1.0, 2.5]}

    def sigma(row: Row, arch: str) -> float:
        feats = {**row.parts.features, "arch": arch}
        return predict_log(replace(row.parts, features=feats), block)[1]

    # an architecture the fit never saw: the card's spread widens 2.5x, the kind's does not
    card, kind = sigma(dense[0], "Ada"), sigma(moe[0], "Ada")
    short_card, short_kind = sigma(dense[0], "Unseen"), sigma(moe[0], "Unseen")
    assert short_card > 2 * card
    assert short_kind == pytest.approx(math.hypot(short_card, math.sqrt(kind**2 - card**2)),
                                       rel=0.05)
    assert kind < short_kind < 1.3 * kind  # 2.5 x kind before, a band 10 times as wide


def test_held_out_widening_for_a_fallen_back_group_is_not_counted_twice() -> None:
    from core.perf.fit_logo import logo_inflation

    # five cards of a class, each the only one of its architecture: held out, every card's
    # group falls back a level, and its error is already widened by gap_growth at prediction
    rows = []
    for g, eff in enumerate((0.4, 0.55, 0.7, 0.85, 1.0)):
        for i in range(3):
            feats = {"backend": "SYCL", "vendor": "intel", "arch": f"X{g}", "cls": "intel"}
            c = 0.004 + 0.0005 * i
            rows.append(Row(Parts("llm_tg", c, 0.0, 1.0, 1.0, feats), eff / c, f"g{g}"))
    plain = logo_inflation("llm_tg", rows)
    widened = logo_inflation("llm_tg", rows, gap_growth=[1.0, 2.0, 2.0, 2.0])
    assert plain["cls=intel"] > 1.5
    assert widened["cls=intel"] == pytest.approx(max(plain["cls=intel"] / 2.0, 1.0), rel=1e-6)


def test_an_architecture_measured_on_unets_only_keeps_its_place_on_dits() -> None:
    from core.perf.fit import lookup_depth

    c = "backend=CUDA|cls=consumer"
    centres = {"": -1.0, "backend=CUDA": -0.8, c: -0.76,
               f"{c}|denoiser=unet": -0.80, f"{c}|denoiser=dit": -0.29,
               f"{c}|denoiser=unet|arch=Ada": -0.75, f"{c}|denoiser=dit|arch=Ada": -0.19,
               f"{c}|denoiser=unet|arch=Blackwell": -0.79}
    card = {"backend": "CUDA", "cls": "consumer", "arch": "Blackwell"}
    # Blackwell's UNet level plus how far Ada's DiT level lies above its UNet level, one level
    # short of its own group
    centre, gap = lookup_depth(centres, {**card, "denoiser": "dit"}, "image")
    assert (centre, gap) == (pytest.approx(-0.79 + (-0.19 + 0.75)), 1)
    assert lookup_depth(centres, {**card, "denoiser": "unet"}, "image") == (-0.79, 0)
    # an architecture measured on neither takes its class's DiT level
    assert lookup_depth(centres, {**card, "arch": "Turing", "denoiser": "dit"},
                        "image") == (-0.29, 1)


def test_the_borrowed_level_follows_the_centres_it_is_asked_of() -> None:
    # answers are kept per fitted centres: another fit (a leave-one-GPU-out refit) with the
    # same groups and other values must not get the first fit's answer
    from core.perf.fit import lookup_depth

    c = "backend=CUDA|cls=consumer"
    first = {"": -1.0, "backend=CUDA": -0.8, c: -0.76, f"{c}|denoiser=unet": -0.80,
             f"{c}|denoiser=dit": -0.29, f"{c}|denoiser=unet|arch=Ada": -0.75,
             f"{c}|denoiser=dit|arch=Ada": -0.19, f"{c}|denoiser=unet|arch=Blackwell": -0.79}
    second = {**first, f"{c}|denoiser=unet|arch=Blackwell": -0.50}
    card = {"backend": "CUDA", "cls": "consumer", "arch": "Blackwell", "denoiser": "dit"}
    a = lookup_depth(first, card, "image")[0]
    b = lookup_depth(second, card, "image")[0]
    assert b - a == pytest.approx(0.29)


def test_a_models_decode_offset_is_fitted_only_where_several_cards_measured_it() -> None:
    from core.perf.efficiency import calibration_rows, metric_block

    rows, _ = calibration_rows(catalogs())
    cards: dict[str, set[str]] = {}
    for r in rows:
        if r.parts.metric == "llm_tg":
            cards.setdefault(r.parts.features["model"], set()).add(r.gpu_id)
    crossed = metric_block("llm_tg")["crossed"]
    # one card's rows cannot tell the model from that card's way with it: no offset (Qwen3.6
    # 35B A3B on the Arc Pro B70's SYCL build alone had made every card 47 % slower on it)
    alone = [m for m, gpus in cards.items() if len(gpus) == 1]
    assert "qwen3.6-35b-a3b" in alone
    assert all(crossed.get(f"model={m}", 0.0) == 0.0 for m in alone)
    # Llama 3 8B, measured on a dozen cards, decodes about 10 % below its bytes on every card
    assert len(cards["llama-3-8b"]) >= 10 and crossed["model=llama-3-8b"] < -0.05


def _hosted(c: float, host: str, gpu: str, t0: float) -> Row:
    p = Parts("llm_tg", c, 0.0, 1.0, 1.0,
              {"backend": "CUDA", "vendor": "nvidia", "arch": "Ada", "host": host})
    return Row(p, 1.0 / (c / 0.7 + t0), gpu)


def test_a_servers_per_token_overhead_is_fitted_beside_a_desktops() -> None:
    # desktops take 1 ms a token beyond their bandwidth, servers 2 ms: the fit finds both
    rows = [_hosted(0.004 + 0.001 * i, "desktop", f"d{i}", 0.001) for i in range(10)]
    rows += [_hosted(0.004 + 0.0015 * i, "server", f"s{i}", 0.002) for i in range(4)]
    block = fit_metric("llm_tg", rows)
    assert block["t0"] == pytest.approx(0.001)
    assert block["t0_by"] == {"host=server": pytest.approx(0.002)}
    for r in rows:
        assert predict_log(r.parts, block)[0] == pytest.approx(r.value, rel=1e-6)


def test_one_server_card_does_not_set_every_servers_overhead() -> None:
    # one card's rows cannot tell its host from the card itself
    rows = [_hosted(0.004 + 0.001 * i, "desktop", f"d{i}", 0.001) for i in range(10)]
    rows += [_hosted(0.004 + 0.0015 * i, "server", "s", 0.002) for i in range(4)]
    assert not fit_metric("llm_tg", rows).get("t0_by")
