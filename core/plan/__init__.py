"""Options × workloads → feasibility → costed, ranked plans with reasons (see recommend)."""

from core.plan.recommend import PlanCancelled, recommend

__all__ = ["PlanCancelled", "recommend"]
