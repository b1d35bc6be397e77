"""What the creator plans to do: workloads (one kind of job, repeated) and their profile."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from core.schema.measurement import Measurement
from core.schema.model import ModelSpec

WorkloadKind = Literal[
    "llm",       # local LLM chat / generation (llama.cpp-like)
    "image",     # diffusion image generation
    "video",     # diffusion video generation
    "render",    # offline 3D render (Cycles-like), frames × time per frame
    "realtime",  # live work with a frame budget (VTuber avatar, engine preview)
    "encode",    # video encode on the GPU's media engine
    "upscale",   # AI upscaling of frames (Real-ESRGAN-like)
    "tts",       # text to speech
    "cpu",       # CPU-only work (simulation bakes) that no GPU speeds up
]


@dataclass(frozen=True, slots=True)
class Workload:
    """One repeated job. Only the fields its `kind` uses matter; `core.perf` validates them.

    Quantities are per week (`jobs_per_week`) so every profile shares one time base; live work
    uses `hours_per_week` instead. `deadline_s` is how long the user is willing to wait for one
    job (None = no limit).
    """

    id: str
    kind: WorkloadKind
    label: str
    jobs_per_week: float = 0.0
    hours_per_week: float = 0.0  # realtime/live sessions
    model: str | None = None  # id in the models catalog
    width: int = 0
    height: int = 0
    frames: int = 0  # video frames, render frames, upscale/encode frames
    steps: int = 0
    batch: int = 1
    cfg: bool = True
    quant: str | None = None  # LLM weight format: F16, Q8_0, Q4_K_M, ...
    prompt_tokens: int = 0
    output_tokens: int = 0
    context_tokens: int = 0
    fps: float = 0.0  # realtime target fps, or encode source fps
    codec: str | None = None  # encode: h264, hevc, av1
    scene: str | None = None  # render: scene preset id
    ref_seconds_per_frame: float | None = None  # render: "one frame took 40 s on my card"
    ref_gpu: str | None = None  # GPU id of that reference
    deadline_s: float | None = None
    private: bool = False  # must stay on the user's own hardware
    live: bool = False  # happens in real time (cloud not possible)
    cpu_seconds: float = 0.0  # cpu kind: seconds per job on the reference CPU
    # The model itself when it is not in the catalog (a profile's custom [[model]]); the
    # estimator then uses it instead of looking `model` up.
    model_spec: ModelSpec | None = None


# The ranges a profile's top-level numbers must lie in for the planner (core.plan.inputs; the
# window's fields check them too): a PSU under 1 W is no power supply.
PROFILE_RANGES: dict[str, tuple[float, float]] = {
    "budget_usd": (0.0, float("inf")), "psu_w": (1.0, 5000.0),
    "hours_per_day_online": (0.0, 24.0)}


@dataclass(frozen=True, slots=True)
class Profile:
    """A creator's planned work and the limits their decision must respect."""

    name: str
    creator_type: str  # ai_video_blogger | vtuber | game_modder | educator | small_studio
    workloads: tuple[Workload, ...]
    region: str = "us"  # tariff id
    currency: str = "USD"
    horizon_months: int = 24
    budget_usd: float | None = None  # most the user will spend on a card
    psu_w: float | None = None  # power supply rating; None = no limit
    form_factor: Literal["desktop", "laptop", "any"] = "desktop"
    allow_apple: bool = False
    providers: tuple[str, ...] = ()  # cloud providers to consider; empty = all
    hours_per_day_online: float = 8.0  # PC powered on (idle draw)
    # a deadline is met when the job finishes within it with this probability (0.9: at p90)
    deadline_confidence: float = 0.9
    notes: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    # speeds the user measured on their own runs ([[measurement]] tables; core.measure)
    measurements: tuple[Measurement, ...] = ()
    # The user's own purchase price per GPU catalog id (USD), over the catalog's price.
    gpu_prices: dict[str, float] = field(default_factory=dict)
    # The user's own electricity price per kWh in `electricity_currency` (None: the region's).
    electricity_price_per_kwh: float | None = None
    electricity_currency: str | None = None
    # Models the user described in the profile (`[[model]]`), estimated like catalog models.
    custom_models: tuple[ModelSpec, ...] = ()
