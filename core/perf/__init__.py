"""Performance model: time, memory and energy of every workload kind on every GPU.

Public API (the contract other layers use):
    PerfModel.from_catalogs(catalogs) -> PerfModel   (built once; owns its caches)
    model.evaluate(workloads, gpus, n_gpus=None, *, host_ram_bytes=None, host=None) -> PerfMatrix
    model.estimate(workload, gpu, n_gpus=1, *, host_ram_bytes=None, host=None) -> Estimate
    validate(workload, models, quants) -> ModelSpec | None
    time_quantiles(t50, sigma, q) -> array
    predict(queries, model, measured=True) -> list of answers (the `rigsizer predict` contract)
"""

from __future__ import annotations

from core.perf.evaluate import PerfModel, time_quantiles
from core.perf.validate import validate
from core.schema.estimate import PerfMatrix

__all__ = ["PerfMatrix", "PerfModel", "predict", "time_quantiles", "validate"]


def __getattr__(name: str) -> object:
    # predict pulls in the calibration tables; load them only when asked
    if name == "predict":
        from core.perf.predict import predict

        return predict
    raise AttributeError(name)
