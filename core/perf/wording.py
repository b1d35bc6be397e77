"""What is wrong with a workload the performance model is asked to time (core.perf.validate),
in one place.

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

TEMPLATES: dict[str, str] = templates_in(dict(globals()))
