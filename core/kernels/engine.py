"""Which implementation the planner's kernel calls run: compiled (numba) or the numpy twins.

The planner calls the kernels through the functions here. By default they run the compiled
kernels (the command line, the self-test, the tests). The window starts with the exact numpy
twins (core.kernels.vectorised) while a separate process compiles the kernels into numba's
cache, so a first launch answers within seconds instead of waiting for the compiler; once the
cache is ready it switches to compiled (`use_compiled(True)`). Both paths give the same floats
(tests/core/plan/test_vectorised.py), so a switch in the middle of a plan changes no figure.

Importing this module imports nothing heavy (not even numpy: the window flips the switch before
it shows), and the twins path never loads numba at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Array = npt.NDArray[np.float64]

_compiled = True


def use_compiled(flag: bool) -> None:
    """Run the compiled kernels (True, the default) or their numpy twins (False)."""
    global _compiled
    _compiled = bool(flag)


def compiled() -> bool:
    return _compiled


def monthly_cost_quantiles(*args: Any) -> Array:
    if _compiled:
        from core.kernels.plan_mc import monthly_cost_quantiles as kernel

        return kernel(*args)  # type: ignore[no-any-return]
    from core.kernels import vectorised

    return vectorised.monthly_cost_quantiles(*args)


def breakeven_month(upfront: float, resale_base: float, first_keep: float, annual_keep: float,
                    buy_monthly: float, rent_monthly: float, max_months: int) -> float:
    if _compiled:
        from core.kernels.plan_breakeven import breakeven_month as kernel

        return float(kernel(upfront, resale_base, first_keep, annual_keep, buy_monthly,
                            rent_monthly, max_months))
    from core.kernels import vectorised

    return vectorised.breakeven_month(upfront, resale_base, first_keep, annual_keep,
                                      buy_monthly, rent_monthly, max_months)


def breakeven_sweep(*args: Any) -> Array:
    if _compiled:
        from core.kernels.plan_breakeven import breakeven_sweep as kernel

        return kernel(*args)  # type: ignore[no-any-return]
    from core.kernels import vectorised

    return vectorised.breakeven_sweep(*args)


def marginal_energy_cost(extra_kwh: float, base_kwh: float, bounds: Array,
                         prices: Array) -> float:
    if _compiled:
        from core.kernels.cost_tariff import marginal_energy_cost as kernel

        return float(kernel(extra_kwh, base_kwh, bounds, prices))
    from core.kernels import vectorised

    return vectorised.marginal_energy_cost(extra_kwh, base_kwh, bounds, prices)


def mc_time_quantiles(*args: Any) -> Array:
    if _compiled:
        from core.kernels.mc_quantiles import mc_time_quantiles as kernel

        return kernel(*args)  # type: ignore[no-any-return]
    from core.kernels import vectorised

    return vectorised.mc_time_quantiles(*args)


__all__ = ["breakeven_month", "breakeven_sweep", "compiled", "marginal_energy_cost",
           "mc_time_quantiles", "monthly_cost_quantiles", "use_compiled"]
