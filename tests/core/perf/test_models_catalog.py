"""The models catalog: every shipped file loads; the loader names file, entry and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.catalogs._validate import CatalogError
from core.catalogs.models import load_catalog_from, load_models, load_quants
from tests.shipped import catalogs

REQUIRED = ["llama-2-7b", "llama-3-8b", "llama-3-70b", "qwen2.5-7b", "qwen2.5-14b",
            "qwen2.5-32b", "gpt-oss-20b", "gpt-oss-120b", "sd15", "sdxl", "flux1-dev",
            "flux1-schnell", "sd3.5-large", "wan2.1-t2v-1.3b", "wan2.1-t2v-14b",
            "wan2.1-i2v-14b", "hunyuanvideo", "cogvideox-2b", "cogvideox-5b", "ltx-video",
            "realesrgan-x4plus", "xtts-v2", "mediapipe-face-landmarker"]


def test_shipped_catalog_has_the_required_models_with_sources() -> None:
    models = load_models()
    assert set(REQUIRED) <= set(models)
    for m in models.values():
        assert m.source.strip() and m.retrieved[:2] == "20"


def test_quant_bits_follow_llama_cpp_block_layouts() -> None:
    q = {k: v.bits_per_weight for k, v in load_quants().items()}
    # block_q8_0 = 32 int8 + fp16 scale = 34 bytes / 32 weights; q4_0 18 / 32; mxfp4 17 / 32
    assert q["Q8_0"] == 34 * 8 / 32 and q["Q4_0"] == 18 * 8 / 32 and q["MXFP4"] == 17 * 8 / 32
    assert q["F16"] == 16 and q["Q4_0"] < q["Q4_K_M"] < q["Q5_K_M"] < q["Q6_K"] < q["Q8_0"]


def test_moe_models_touch_fewer_weights_than_they_store() -> None:
    for ident in ("gpt-oss-20b", "gpt-oss-120b"):
        m = load_models()[ident]
        assert m.is_moe and m.active < 0.3 * m.params


def test_a_dual_stream_dits_token_passes_one_stream() -> None:
    """Qwen-Image (60 dual-stream blocks of width 3072) and FLUX.1 (57 blocks of that width)
    pass a token through 113 M weights per block: a pass at one size costs them about the same.
    Counted with every stored weight, Qwen-Image came out 2.7x FLUX.1's work per pass (and
    as many times slower); FLUX.2's 8 dual-stream blocks of 56 are a smaller share."""
    from core.perf.diffusion import step_flops_split

    models = load_models()

    def per_pass(ident: str) -> float:
        return sum(step_flops_split(models[ident], 1024, 1024))

    assert 0.9 < per_pass("qwen-image") / per_pass("flux1-dev") < 1.3
    for ident in ("qwen-image", "flux2-dev", "flux2-klein-4b", "flux1-dev", "sd3.5-large"):
        m = models[ident]
        assert m.active < m.params, ident
    assert models["flux2-dev"].active > 0.8 * models["flux2-dev"].params


def test_benchmark_spellings_resolve() -> None:
    find_model = catalogs().find_model
    assert find_model("Llama 2 7B").id == "llama-2-7b"  # type: ignore[union-attr]
    assert find_model("Wan2.1-I2V-14B").id == "wan2.1-i2v-14b"  # type: ignore[union-attr]
    assert find_model("FLUX.1-dev").id == "flux1-dev"  # type: ignore[union-attr]
    assert find_model("no such model") is None


@pytest.mark.parametrize(("written", "expected"), [
    # a hub's repository name: organisation, 'Meta-', the tuning and packaging words
    ("meta-llama/Meta-Llama-3-8B-Instruct", "llama-3-8b"),
    ("Llama-3-70B-Instruct", "llama-3-70b"),
    ("Mistral-7B-Instruct-v0.3", "mistral-7b"),
    ("Qwen/Qwen2.5-14B-Instruct-GGUF", "qwen2.5-14b"),
    ("Qwen3.6-35B-A3B (MoE)", "qwen3.6-35b-a3b"),
    # Llama 3.1 is not Llama 3: the same layout with a 128K context (it had been an alias of
    # Llama 3 70B, whose 8K refused a longer 3.1 job)
    ("meta-llama/Llama-3.1-70B-Instruct", "llama-3.1-70b"),
    # a GGUF file's name: its weight format and extension are not the model either
    ("Meta-Llama-3-8B-Instruct-Q4_K_M.gguf", "llama-3-8b"),
    ("llama-2-7b.Q4_0.gguf", "llama-2-7b"),
    ("gpt-oss-20b-MXFP4.gguf", "gpt-oss-20b"),
    # llama-bench's model column names the architecture and size ('llama 7B Q4_0': the
    # scoreboard's Llama 2 7B), A1111 a checkpoint by its file
    ("llama 7B Q4_0", "llama-2-7b"),
    ("sd_xl_base_1.0", "sdxl"),
    # the same layouts under other names: Llama 3.3 70B is Llama 3.1 70B's, Qwen2.5-Coder
    # the Qwen2.5 model's of its size; Ollama's tags
    ("meta-llama/Llama-3.3-70B-Instruct", "llama-3.1-70b"),
    ("Qwen2.5-Coder-7B-Instruct", "qwen2.5-7b"),
    ("qwen2.5-coder:32b", "qwen2.5-32b"),
])
def test_a_repositorys_decorations_are_not_the_model(written: str, expected: str) -> None:
    found = catalogs().find_model(written)
    assert found is not None and found.id == expected


def test_a_llama_3_1_model_holds_its_long_context() -> None:
    models = load_models()
    for ident in ("llama-3.1-8b", "llama-3.1-70b"):
        assert models[ident].context_max == 131072, ident
    assert models["llama-3-70b"].context_max == 8192


def test_a_size_is_never_dropped_to_find_a_model() -> None:
    # only the decorations go: another size of a known family stays unknown
    assert catalogs().find_model("Llama-3-405B-Instruct") is None
    assert catalogs().find_model("Qwen2.5-72B-Instruct") is None
    # and a release number is another model's unless the name says the size
    assert catalogs().find_model("HunyuanVideo v1.5") is None  # not HunyuanVideo 1.0
    assert catalogs().find_model("ltx-video-v2") is None


def test_every_llama_cpp_format_is_known_by_its_quantize_names() -> None:
    find_quant = catalogs().find_quant
    q = {name: find_quant(name) for name in ("Q4_K", "q4_k_s", "FP16", "IQ4_XS", "Q2_K",
                                             "Q4_K - Medium", "IQ4_XS - 4.25 bpw", "MXFP4 MoE")}
    assert all(v is not None for v in q.values()), q
    assert q["Q4_K"].id == "Q4_K_M" and q["FP16"].id == "F16"  # type: ignore[union-attr]
    bits = {k: v.bits_per_weight for k, v in load_quants().items()}
    # block_iq4_xs = fp16 scale + 6 bytes of sub-scales + 128 bytes = 136 / 256; q5_1 24 / 32
    assert bits["IQ4_XS"] == 136 * 8 / 256 and bits["Q5_1"] == 24 * 8 / 32
    # the file mixes keep a share of tensors above their block type
    assert bits["Q3_K_S"] < bits["Q3_K_M"] < bits["Q3_K_L"] < bits["Q4_K_S"] < bits["Q4_K_M"]
    assert bits["Q4_K_S"] > 144 * 8 / 256 and bits["Q5_K_S"] > 176 * 8 / 256


GOOD = """
kind = "llm"
[[model]]
id = "tiny"
name = "Tiny"
params_b = 1.0
layers = 2
hidden = 64
heads = 2
kv_heads = 2
head_dim = 32
vocab = 100
source = "test"
retrieved = "2025-01-01"
"""


def _write(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "catalogs" / "models"
    folder.mkdir(parents=True)
    (folder / "x.toml").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize(("edit", "message"), [
    (("layers = 2", "layers = 2\nlayrs = 3"), "models/x.toml: entry 'tiny': key 'layrs': unknown"),
    (("params_b = 1.0", "params_b = -1.0"), "key 'params_b': must be a positive number"),
    (("vocab = 100\n", ""), "key 'vocab': is required for an llm model"),
    (('source = "test"\n', ""), "key 'source': is required"),
    (("params_b = 1.0", "params_b = 1.0\nactive_params_b = 2.0"), "cannot exceed params_b"),
    (("layers = 2", "layers = 2\nkv_layers = 3"), "key 'kv_layers': cannot exceed layers"),
    (('kind = "llm"', 'kind = "llmm"'), "top-level kind must be one of"),
])
def test_bad_entries_are_rejected_naming_file_entry_and_key(
        tmp_path: Path, edit: tuple[str, str], message: str) -> None:
    assert load_catalog_from(_write(tmp_path, GOOD))[0]["tiny"].params == 1e9
    bad = tmp_path / "bad"
    bad.mkdir()
    with pytest.raises(CatalogError, match=message.replace("(", r"\(")):
        load_catalog_from(_write(bad, GOOD.replace(*edit)))


def test_duplicate_ids_are_rejected(tmp_path: Path) -> None:
    folder = _write(tmp_path, GOOD)
    (folder / "y.toml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(CatalogError, match="duplicate model id"):
        load_catalog_from(folder)
