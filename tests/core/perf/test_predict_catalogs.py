"""`predict` looks every name a query gives up in the catalogs its PerfModel was built from."""

from __future__ import annotations

from dataclasses import replace

from core.perf import PerfModel
from core.perf.predict import predict
from tests.shipped import catalogs, perf_model

QUERY = {"id": "q", "gpu": "NVIDIA GeForce RTX 4090", "task": "llm", "model": "llama-2-7b",
         "quant": "Q4_0", "test": "tg128"}


def test_a_gpu_or_model_missing_from_the_models_catalogs_is_not_answered() -> None:
    cats = catalogs()
    (shipped,) = predict([QUERY], perf_model(), measured=False, samples=200)
    assert shipped["gpu_id"] == "nvidia-rtx-4090" and shipped["error"] is None
    without_model = replace(cats, models={k: v for k, v in cats.models.items()
                                          if k != "llama-2-7b"})
    (a,) = predict([QUERY], PerfModel.from_catalogs(without_model), measured=False,
                   samples=200)
    assert a["p50"] is None and "unknown llm model 'llama-2-7b'" in a["error"]
    without_gpu = replace(cats, gpus=tuple(g for g in cats.gpus
                                           if g.id != "nvidia-rtx-4090"))
    (b,) = predict([QUERY], PerfModel.from_catalogs(without_gpu), measured=False,
                   samples=200)
    assert b["gpu_id"] != "nvidia-rtx-4090"
