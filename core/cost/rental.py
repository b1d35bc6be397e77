"""Renting: billed time with the provider's granularity and minimums, per-session overheads (pod
start, model download), storage between sessions, spot re-runs and serverless cold starts.

A week's cloud work on one offer is split into sessions (at most one a day: a creator starts a
pod, runs the day's jobs and stops it). Each session bills start + download + its share of the
compute, rounded up. A serverless burst bills its cold start, which grows with the weights the
worker loads (cold_start_s), and the idle timeout; its weights are kept between sessions on a
network volume, which bills storage every month. Providers that are paid in advance sell credit
in a minimum amount: a plan spends at least that over the horizon (MIN_CREDIT_USD).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from core.cost.local import WEEKS_PER_MONTH, Assumption
from core.schema import CloudOffer
from core.units import DAY, GB, HOUR, MONTH

DOWNLOAD_BPS = Assumption(
    "model download speed on a fresh pod", 100e6, "bytes/s",
    "estimate: ~100 MB/s pulling weights from Hugging Face to a cloud pod (varies 30-300 MB/s)")
SPOT_RERUN_SHARE = Assumption(
    "spot work re-run after interruptions", 0.15, "× compute",
    "estimate: interruptible instances lose part of the work in progress now and then")
SESSIONS_PER_WEEK = Assumption(
    "rental sessions per week at most", 7.0, "sessions",
    "assumption: one session a working day; jobs of a day share one pod start")

SERVERLESS_BOOT_S = Assumption(
    "serverless worker start before the weights load", 10.0, "s",
    "estimate: a cached container image starts in ~5-15 s on Runpod serverless (its FlashBoot "
    "figures are for warm-ish workers; a cold one pulls nothing but must load the model)")
SERVERLESS_LOAD_BPS = Assumption(
    "weights loaded by a cold serverless worker", 1e9, "bytes/s",
    "estimate: weights read from a network volume or the image into GPU memory at ~0.5-2 GB/s")
RUNPOD_MIN_CREDIT = Assumption(
    "smallest Runpod credit purchase", 10.0, "USD",
    "runpod.io billing: credit is bought in advance, from $10 (as the console states); unspent "
    "credit is lost to the plan")
VAST_MIN_CREDIT = Assumption(
    "smallest Vast.ai credit purchase", 5.0, "USD",
    "vast.ai billing: prepaid credit, from $5 (as the console states)")
MIN_CREDIT_USD: dict[str, Assumption] = {"runpod": RUNPOD_MIN_CREDIT, "vast": VAST_MIN_CREDIT}

ASSUMPTIONS = (DOWNLOAD_BPS, SPOT_RERUN_SHARE, SESSIONS_PER_WEEK, SERVERLESS_BOOT_S,
               SERVERLESS_LOAD_BPS, RUNPOD_MIN_CREDIT, VAST_MIN_CREDIT)


def cold_start_s(offer: CloudOffer, model_bytes: float) -> float:
    """Seconds from request to the first job on a serverless worker that was not running:
    the worker's start plus loading the weights (a 139 GiB model takes minutes, an SDXL one
    seconds). An offer whose start is 0 (an active, always-running worker) has no cold start;
    the offer's own start figure caps the boot part (some providers start faster)."""
    if offer.start_overhead_s <= 0:
        return 0.0
    boot = min(offer.start_overhead_s, SERVERLESS_BOOT_S.value)
    return boot + max(0.0, model_bytes) / SERVERLESS_LOAD_BPS.value


def min_credit_month(provider: str, horizon_months: int) -> float:
    """The provider's smallest credit purchase spread over the horizon (USD a month): what a
    plan renting there spends at the least (0 for providers billed afterwards)."""
    credit = MIN_CREDIT_USD.get(provider)
    if credit is None or horizon_months < 1:
        return 0.0
    return credit.value / horizon_months


@dataclass(frozen=True, slots=True)
class RentalTerms:
    """An offer's billing, reduced to the numbers the cost kernel needs (USD, seconds)."""

    usd_per_s: float
    granularity_s: float
    minimum_s: float
    overhead_s: float  # billed per session (pods) or per job (serverless)
    download_s: float  # billed per session when the model is not kept on a volume
    fixed_month: float  # storage kept between sessions, or an always-on worker
    rerun: float
    per_job: bool
    session_cap: float
    uses_volume: bool

    def billed_week(self, jobs: float, seconds_per_job: float) -> float:
        """Billed seconds a week for `jobs` jobs of `seconds_per_job` (one workload)."""
        if jobs <= 0 or seconds_per_job <= 0:
            return 0.0
        t = seconds_per_job * (1.0 + self.rerun)
        if self.per_job:
            return jobs * billed_seconds(self.overhead_s + t, self.granularity_s, self.minimum_s)
        n = min(jobs, self.session_cap)
        return n * billed_seconds(self.overhead_s + self.download_s + jobs * t / n,
                                  self.granularity_s, self.minimum_s)

    def monthly_usd(self, jobs: float, seconds_per_job: float) -> float:
        billed = self.billed_week(jobs, seconds_per_job)
        if billed <= 0:
            return 0.0
        return billed * self.usd_per_s * WEEKS_PER_MONTH + self.fixed_month


def billed_seconds(seconds: float, granularity: float, minimum: float) -> float:
    """Plain-Python twin of core.kernels.plan_mc.billed_seconds (kept identical)."""
    if seconds <= 0.0:
        return 0.0
    s = max(seconds, minimum)
    if granularity > 0.0:
        return math.ceil(s / granularity - 1e-9) * granularity
    return s


def bills_every_hour(offer: CloudOffer) -> bool:
    """True for an always-on worker or a reservation (or sessions of a day or more): one
    machine billed every hour of the month, used or not, so it works at most 168 h a week."""
    return offer.always_on or offer.tier == "reserved" or offer.minimum_billed_s >= DAY


def rental_terms(offer: CloudOffer, model_bytes: float, jobs_per_week: float) -> RentalTerms:
    """Billing terms for running `jobs_per_week` jobs whose model weighs `model_bytes`.

    The model is kept on a network volume when that costs less a month than downloading it
    at every session start (both are billed; RigSizer picks the cheaper), where the offer's
    storage price is known.
    """
    usd_per_s = offer.usd_per_hour / HOUR
    rerun = SPOT_RERUN_SHARE.value if offer.interruptible else 0.0
    cap = SESSIONS_PER_WEEK.value
    if bills_every_hour(offer):
        # an always-on worker or a reservation bills every hour of the month, used or not;
        # a minimum of a day or more per session means the same (sessions a day apart merge)
        return RentalTerms(0.0, offer.billing_granularity_s, 0.0, 0.0, 0.0,
                           offer.usd_per_hour * MONTH / HOUR, rerun, True, cap, False)
    if offer.tier == "serverless":
        # a burst of jobs is billed like a short session: cold start (loading the weights),
        # the jobs, then the idle timeout before the worker stops; the weights are kept on a
        # network volume between sessions, which bills storage every month
        volume_month = model_bytes / GB * offer.storage_usd_per_gb_month
        return RentalTerms(usd_per_s, offer.billing_granularity_s, offer.minimum_billed_s,
                           cold_start_s(offer, model_bytes) + offer.idle_billed_s, 0.0,
                           volume_month, rerun, False, cap, volume_month > 0)
    download_s = model_bytes / DOWNLOAD_BPS.value
    sessions = min(jobs_per_week, cap)
    download_month = sessions * download_s * usd_per_s * WEEKS_PER_MONTH
    volume_month = model_bytes / GB * offer.storage_usd_per_gb_month
    # a storage price of 0 is one the snapshot does not have (the offers' notes say "counted
    # as 0"), not free storage: such an offer downloads the model at every session, which is
    # billed, instead of keeping it on a volume that would cost nothing (every provider but
    # Runpod had its downloads dropped so, and Runpod alone paid for them)
    uses_volume = 0.0 < volume_month < download_month
    return RentalTerms(
        usd_per_s, offer.billing_granularity_s, offer.minimum_billed_s, offer.start_overhead_s,
        0.0 if uses_volume else download_s, volume_month if uses_volume else 0.0, rerun, False,
        cap, uses_volume)


__all__ = ["ASSUMPTIONS", "DOWNLOAD_BPS", "MIN_CREDIT_USD", "SERVERLESS_BOOT_S",
           "SERVERLESS_LOAD_BPS", "SESSIONS_PER_WEEK", "SPOT_RERUN_SHARE", "RentalTerms",
           "billed_seconds", "bills_every_hour", "cold_start_s", "min_credit_month",
           "rental_terms"]
