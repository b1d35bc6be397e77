"""What a benchmark's GPU name carries besides the card: a backend tag ('(ZLUDA)', '(Vulkan)'),
a ROCm or Mesa target ('gfx1100', '(RADV NAVI31)'), or the processor an integrated GPU comes
with ('AMD Ryzen AI Max+ 395 w/ Radeon 8060S'). `clean_gpu_name` leaves the card's name;
`backend_from_name` reads the backend a tag names, in the spelling each task's fit uses."""

from __future__ import annotations

import re

# tag -> backend, per task (the spellings of the calibration rows' backends)
_BACKENDS: dict[str, dict[str, str]] = {
    "llm": {"cuda": "CUDA", "rocm": "ROCm", "hip": "ROCm", "vulkan": "Vulkan",
            "metal": "Metal", "sycl": "SYCL"},
    "image": {"zluda": "ZLUDA", "cuda": "CUDA", "rocm": "ROCm", "hip": "ROCm", "ipex": "IPEX",
              "mps": "MPS", "metal": "MPS", "directml": "DirectML", "openvino": "OpenVINO"},
    "cycles": {"optix": "OPTIX", "cuda": "CUDA", "hip": "HIP", "rocm": "HIP", "metal": "METAL",
               "oneapi": "ONEAPI", "sycl": "ONEAPI"},
}
_BACKENDS["video"] = _BACKENDS["image"]
_WORDS = sorted({w for table in _BACKENDS.values() for w in table} | {"opencl"})
_BACKEND_TAG = re.compile(r"\s*[\(\[]\s*(" + "|".join(_WORDS) + r")\s*[\)\]]\s*$",
                          re.IGNORECASE)
# 'gfx1100', ', gfx1151 (0x1151)', '(gfx1030)', '(RADV NAVI31)', '(RADV GFX1151)'
_TARGET_TAG = re.compile(r"[\s,]*(?:[\(\[]\s*radv\s+[a-z0-9 ]{1,20}[\)\]]"
                         r"|[\(\[]?\s*gfx[0-9a-f]{3,4}[a-z]?(?:\s*\(0x[0-9a-f]{1,6}\))?"
                         r"\s*[\)\]]?)\s*$", re.IGNORECASE)
# AMD names an APU's graphics after the processor: the card is what follows 'w/'
_WITH_GRAPHICS = re.compile(r"^.*?\bw/\s*(radeon\b.*)$", re.IGNORECASE)
_VENDOR = re.compile(r"^(?:nvidia|amd|ati|intel)\s+", re.IGNORECASE)
# A Mac is named by its product before its chip ('MacBook Pro M3 Max', 'Mac Studio M2 Ultra'):
# the chip is the GPU
_MAC = re.compile(r"^(?:apple\s+)?(?:macbook\s+(?:pro|air)|mac\s+(?:studio|mini|pro)|imac)"
                  r"(?:\s+\d{2}(?:-inch|\"|'')?)?\s+(?=m\d)", re.IGNORECASE)


def clean_gpu_name(gpu_name: str) -> str:
    """The card's name without backend and target tags ('... (ZLUDA)', '... (gfx1100)') and
    without the processor an integrated GPU is sold with ('Ryzen AI Max+ 395 w/ Radeon 8060S'
    -> 'Radeon 8060S') or the Mac a chip is in ('MacBook Pro M3 Max' -> 'Apple M3 Max')."""
    name = " ".join(gpu_name.split())[:200]  # the matcher's limit (core.hardware.match)
    while True:
        shorter = _TARGET_TAG.sub("", _BACKEND_TAG.sub("", name)).strip()
        if shorter == name or not shorter:
            break
        name = shorter
    graphics = _WITH_GRAPHICS.match(name)
    if graphics:
        return graphics.group(1).strip()
    return _MAC.sub("Apple ", name)


def without_vendor(gpu_name: str) -> str:
    """The name without a leading vendor word ('NVIDIA P40' -> 'P40'), as TechPowerUp's
    database names cards."""
    return _VENDOR.sub("", gpu_name)


def backend_from_name(gpu_name: str, task: str = "image") -> str | None:
    """The backend a name's tag says, as `task`'s fit spells it ('RX 7900 XTX (ZLUDA)' ->
    'ZLUDA'; 'RTX 4090 (Vulkan)' for an LLM -> 'Vulkan'); None without a tag it knows."""
    table = _BACKENDS.get(task, {})
    name = " ".join(gpu_name.split())[:200]
    while True:
        name = _TARGET_TAG.sub("", name)  # a target after the tag: '(ROCm) (gfx1100)'
        tag = _BACKEND_TAG.search(name)
        if tag is None:
            return None
        backend = table.get(tag.group(1).lower())
        if backend is not None:
            return backend
        name = name[:tag.start()]
