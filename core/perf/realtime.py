"""Live work with a frame budget (VTuber avatar, engine preview): the share of the GPU it needs.

A frame costs the avatar/scene render plus the face tracker's network on the camera frame; the
GPU's FP32 throughput at an assumed efficiency gives the frame time. Live work must leave room
for the game and the stream encode on the same card, so it may use only part of the budget.
No calibration row measures these, so the efficiency and the per-frame work are estimates with a
wide sigma.
"""

from __future__ import annotations

from core.perf import notes as say
from core.perf.job import JobParts
from core.schema import GpuSpec, Workload
from core.schema.message import Message
from core.schema.model import ModelSpec

# Estimated GPU work per 1920x1080 frame, in FP32 FLOPs: a Live2D rig is a few textured meshes;
# a VRM avatar in VSeeFace/Warudo adds toon shading, outlines and spring bones; an engine
# preview is a game-like scene (UE5 Lumen viewport).
# NOTE: anchored on what creators report, not measured here: VSeeFace holds 60 fps with a VRM
# avatar on a GTX 1050-class card (1.9 TFLOPS) with room to spare, so a 3D avatar frame is a
# few GFLOPs (3e9 puts a GTX 1050 at ~30 % of a 60 fps frame, an M2 Pro at ~15 %); a UE5 Lumen
# viewport runs ~45-60 fps at 1080p on an RTX 3060 (12.7 TFLOPS), i.e. ~8e10 per frame.
SCENE_FLOPS_1080P = {"avatar-2d": 5e8, "avatar-3d": 3e9, "engine-preview": 8e10}
DEFAULT_SCENE = "avatar-3d"
RENDER_EFFICIENCY = 0.3  # estimate: share of FP32 peak a raster frame reaches
NN_EFFICIENCY = 0.1  # estimate: tiny tracking networks use little of the tensor units
SIGMA = 0.45  # estimate: covers the spread of rigs, shaders and drivers
BUDGET_SHARE = 0.5  # the avatar may take half the frame budget; the rest is the game and OBS
IDLE_SHARE = 0.15  # of board power drawn even at low load while streaming


def frame_seconds(w: Workload, gpu: GpuSpec, face: ModelSpec | None) -> float:
    pixels = (w.width or 1920) * (w.height or 1080)
    scene = SCENE_FLOPS_1080P[w.scene or DEFAULT_SCENE] * pixels / (1920 * 1080)
    t = scene / (gpu.fp32_flops * RENDER_EFFICIENCY)
    if face is not None:
        t += face.flops_per_pixel * pixels / (max(gpu.fp16_tensor_flops, gpu.fp32_flops)
                                              * NN_EFFICIENCY)
    return t


def job(w: Workload, gpu: GpuSpec, face: ModelSpec | None) -> JobParts:
    """t50 is the frame time (seconds per frame); not runnable when it misses its share of
    the frame budget."""
    t = frame_seconds(w, gpu, face)
    budget = 1.0 / w.fps
    share = t / budget
    ok = share <= BUDGET_SHARE
    note = Message(say.NOTE_FRAME_SHARE if ok else say.NOTE_FRAME_SHARE_OVER,
                   percent=100 * share, budget_ms=1000 * budget, limit=100 * BUDGET_SHARE)
    power = gpu.tdp_w * min(1.0, IDLE_SHARE + share)
    return JobParts(t, SIGMA, runnable=ok, power_w=power, note=note,
                    vram_required=0.5e9 + (face.params * 2.0 if face else 0.0))
