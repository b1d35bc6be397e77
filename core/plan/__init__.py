"""Options × workloads → feasibility → costed, ranked plans with reasons (see recommend)."""

from core.plan.recommend import recommend

__all__ = ["recommend"]
