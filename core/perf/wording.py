"""What is wrong with a workload the performance model is asked to time (core.perf.validate),
and why an estimate's range is wide (core.perf.range_basis), in one place.

Each constant is an English `str.format` template. validate raises a ValueError whose argument
is a `Message` (core.schema.message): its `str()` is the same one-line English as before
(command line, logs, tests), and the window renders it in the user's language (a plan that
fails says why in the out-of-date banner and the status bar). The translation tools read
`TEMPLATES` (every upper-case str constant here) to keep assets/translations/core_zh_CN.ts
complete. Placeholders hold what is never translated: {workload} a workload id and {field} a
key as a project file writes them, {value} a value quoted from it, {kind} and {kinds} workload
and model kinds as the file names them.
"""

from __future__ import annotations

from core.schema.message import templates_in

# -- where: the workload and the field ({problem} is one of the sentences below) -------------
AT_FIELD = "workload '{workload}': field '{field}' {problem}"

# -- what is wrong with the field's value ------------------------------------------------------
NUMBER_NOT_NEGATIVE = "must be a number >= 0, got {value}"
NOT_NEGATIVE = "must not be negative, got {value}"
AT_LEAST_1_GOT = "must be at least 1, got {value}"
AT_LEAST_1 = "must be at least 1"
POSITIVE_NUMBER = "must be a positive number, got {value}"
POSITIVE_SECONDS = "must be a positive number of seconds (or none), got {value}"
ONE_OF = "must be one of {choices}, got {value}"
CODEC = "must be h264, hevc or av1, got {value}"
MODEL_REQUIRED_A = "is required for a {kind} workload"
MODEL_REQUIRED_AN = "is required for an {kind} workload"
NO_SUCH_MODEL = "names no {kinds} model in the catalog: {model}.{hint}"
UNKNOWN_QUANT = "is not a known weight format: {value}"
TOKENS_NEEDED = "must be > 0 (or prompt_tokens must be)"
REF_GPU_NEEDED = "is required with ref_seconds_per_frame"
FRAMES_OR_FPS = "must be > 0 (a file) or fps must be set (live)"
WIDTH_AND_HEIGHT = "and height must be at least 1 pixel"
SPEECH_SECONDS = "(seconds of speech per job) must be at least 1"
CPU_SECONDS = "must be > 0 for a cpu workload"
# an LLM request and its context window ({model} a model's name; counts in tokens)
CONTEXT_TOO_SMALL = ("({context:,} tokens) cannot hold the request's {prompt:,} + {output:,} "
                     "tokens; give at least {request:,}, or 0 for the request's own size")
CONTEXT_OVER_MODEL = "must be at most {limit:,}, the context window of {model}; got {context:,}"
REQUEST_OVER_MODEL = ("and output_tokens: {prompt:,} + {output:,} tokens do not fit {model}'s "
                      "context window of {limit:,} tokens")

# -- why an estimate's range is wide (core.perf.range_basis): the calibration group it fell
# back from. {doing} is one of the DOING_ phrases, {cls} a CLASS_ phrase, {backend}, {quant},
# {arch} and {model} what the software, file and spec sheets call them
RANGE_NO_BACKEND = ("estimated from other software: no card was measured {doing} with "
                    "{backend}")
RANGE_NO_CLASS = "estimated from other cards: no {cls} was measured {doing} with {backend}"
RANGE_NO_CLASS_ANY = "estimated from other cards: no {cls} was measured {doing}"
RANGE_NO_QUANT = ("estimated from other weight formats: no {cls} was measured {doing} with "
                  "{quant} weights and {backend}")
RANGE_NO_DENOISER = ("estimated from other models: no {cls} was measured running {denoiser} "
                     "with {backend}")
RANGE_NO_ARCH = ("estimated from related cards: no {arch} {cls} was measured {doing} with "
                 "{backend}")
RANGE_NO_ARCH_QUANT = ("estimated from related cards: no {arch} {cls} was measured {doing} with "
                       "{quant} weights and {backend}")
RANGE_NO_FORM = ("estimated from related cards: no {form} {arch} {cls} was measured {doing} "
                 "with {backend}")
RANGE_NO_FORM_QUANT = ("estimated from related cards: no {form} {arch} {cls} was measured "
                       "{doing} with {quant} weights and {backend}")
RANGE_NO_MODEL = "estimated from other models: no {cls} was measured making videos with {model}"
RANGE_BOTH = "{first}; {second}"  # an LLM job's prompt and answer both fell back
DOING_DECODE = "generating LLM tokens"
DOING_PROMPTS = "reading LLM prompts"
DOING_IMAGES = "making images"
DOING_VIDEO = "making videos"
DOING_CYCLES = "rendering in Blender Cycles"
DOING_DENOISER = "running {denoiser}"
CLASS_CONSUMER = "GeForce card"
CLASS_WORKSTATION = "workstation card"
CLASS_DATACENTER = "data-centre card"
CLASS_APPLE = "Mac"
CLASS_AMD = "Radeon card"
CLASS_INTEL = "Arc card"
CLASS_OTHER = "card of its kind"
DENOISER_UNET = "UNet models (SD 1.5, SDXL)"
DENOISER_DIT = "diffusion transformers (FLUX, SD 3.5)"
FORM_LAPTOP = "laptop"
FORM_SOC = "integrated"
FORM_DATACENTER = "data-centre"
FORM_WORKSTATION = "workstation"
FORM_DESKTOP = "desktop"

TEMPLATES: dict[str, str] = templates_in(dict(globals()))
