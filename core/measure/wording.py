"""Every sentence the measurement readers say about a pasted text, in one place.

Each constant is an English `str.format` template; the readers (core.measure.read_*, reading,
parse) fill it with `Message(TEMPLATE, ...)` (core.schema.message), so `Reading.unread`,
`Reading.notes` and a finding's description stay the same English `str` for the command line
and the tests, while the window's "Add measurements" dialog renders them in the user's
language. The translation tools read `TEMPLATES` (every upper-case str constant here) to keep
assets/translations/core_zh_CN.ts complete.

What a user should do next is a nested Message of its own (the ASK_* templates, said as the
command line's options): the window swaps each for its WINDOW_ASKS twin, which names the
dialog's own fields instead, before translating. Placeholders hold what is never translated:
{text}, {label} and {hint} are quoted from the pasted text, {what} (in the number templates) a
word from it, {name}, {model}, {ui} and {backend} names, the rest numbers.
"""

from __future__ import annotations

from core.schema.message import templates_in

# -- what the user can give that the text did not say (nested in the sentences below) ----------
ASK_GPU = "give it with --gpu"
ASK_MODEL = "give it with --model"
ASK_MODEL_IF_OTHER = "give --model if it was another"
ASK_QUANT_IF_NOT = "give --quant if not"
ASK_STEPS = "give --steps, or paste the progress bar too"
# the same, in the window's words (app.gui.measurements says these instead)
ASK_GPU_WINDOW = "choose the GPU beside"
ASK_MODEL_WINDOW = "choose the model beside"
ASK_MODEL_IF_OTHER_WINDOW = "choose the model beside if it was another"
ASK_QUANT_IF_NOT_WINDOW = "describe the model with its quantization if not"
ASK_STEPS_WINDOW = "paste the progress bar too"
WINDOW_ASKS = {ASK_GPU: ASK_GPU_WINDOW, ASK_MODEL: ASK_MODEL_WINDOW,
               ASK_MODEL_IF_OTHER: ASK_MODEL_IF_OTHER_WINDOW,
               ASK_QUANT_IF_NOT: ASK_QUANT_IF_NOT_WINDOW, ASK_STEPS: ASK_STEPS_WINDOW}

# -- a number in a line that is not one (core.measure.reading.Unreadable) ------------------------
NOT_A_NUMBER = "{what} '{text}' is not a number"
TOO_LARGE_A_NUMBER = "{what} '{text}' is too large a number"
NOT_A_WHOLE_NUMBER = "{what} '{text}' is not a usable whole number"
NOT_A_SPEED = "a rate of {rate} is not a speed"
# what such a number was ({what} above, where RigSizer names it rather than the text)
WORD_TIME = "time"
WORD_FRAME = "frame number"
WORD_STEPS = "step count"
WORD_RATE = "rate"
WORD_TOKENS = "token count"
WORD_TOKENS_PER_S = "tokens per second"

# -- what was seen and not used (Reading.unread) -------------------------------------------------
AT_LINE = "line {n} '{text}': {problem}"
NOTHING_RECOGNISED = ("no measurement recognised: RigSizer reads llama-bench tables (markdown, "
                      "CSV, JSON), Ollama --verbose and llama.cpp timing lines, ComfyUI/A1111/"
                      "Forge progress bars, 'Prompt executed in N seconds', Blender render "
                      "times and Blender Benchmark JSON")
NO_GPU_NAMED = "{what}: the text does not name the GPU; {ask}"
NO_MODEL_NAMED = "{what}: the text does not name the model; {ask}"
AND_MORE = "{what} and {n} more"
NOT_USABLE = "{what}: {problem}"
NOT_USABLE_ASK = "{what}: {problem} ({ask})"
BLENDER_TIME = "Blender render time: {error}"
BENCHMARK_INCOMPLETE = ("a Blender Benchmark record without scene, device and "
                        "samples_per_minute")
BENCHMARK_SCENES_MISSING = ("Blender Benchmark on {name}: the Open Data score needs all three "
                            "scenes; {missing} missing")
NOT_A_SAMPLER = "progress bar '{label}': not a sampler's"
PROGRESS_BAR = "progress bar: {error}"
OTHER_BARS = ("progress bars of {others} steps besides the {steps}-step ones (a hires-fix or "
              "refiner pass?): left out")
NO_STEPS_RAN = "cached: no steps ran (no progress bar since the last prompt): left out"
INTERRUPTED = "interrupted: its progress bar did not finish: left out"
CACHED_SHORT = ("cached: {seconds} s is less than the {took} s its progress bar's steps take: "
                "left out")
CACHED_NO_RUN = "cached: {seconds} s is no run: left out"
NEEDS_STEPS = ("'Prompt executed in {seconds} seconds': the step count is needed to turn a job "
               "time into it/s ({ask})")
LLAMA_BENCH_TEST = ("llama-bench row '{test}': only ppN and tgN tests (without a depth) have a "
                    "speed RigSizer can use")
LLAMA_BENCH_ROW = "llama-bench {test}: {error}"
LLAMA_BENCH_INCOMPLETE = "a llama-bench record without n_prompt, n_gen and avg_ts"
LLAMA_BENCH_RECORD = ("llama-bench record pp{n_prompt}+tg{n_gen}: only plain ppN and tgN tests "
                      "have a speed RigSizer can use")
LLAMA_BENCH_RECORD_DEPTH = ("llama-bench record pp{n_prompt}+tg{n_gen} at depth {depth}: only "
                            "plain ppN and tgN tests have a speed RigSizer can use")
OLLAMA_LINE = "Ollama {error}"
OLLAMA_NO_PROMPT_COUNT = ("Ollama prompt eval rate without its 'prompt eval count' line: the "
                          "prompt length is needed to use it")
OLLAMA_SHORT_PROMPT = ("Ollama prompt eval rate over {n} tokens: too short a prompt to time "
                       "prompt processing (needs {least} or more)")
LLAMA_CPP_TIMING = "llama.cpp timing: {error}"
LLAMA_CPP_SHORT_PROMPT = ("llama.cpp prompt eval over {n} tokens: too short a prompt to time "
                          "prompt processing (needs {least} or more)")

# -- guesses a reading made (Reading.notes) ------------------------------------------------------
MODEL_READ_FROM = "model read from '{hint}': {model}; {ask}"
BATCH_BAR = "the bar counts steps of the whole batch: it/s × {n} images"
ONE_PROMPT_EXECUTED = ("one 'Prompt executed' time: if it was the first prompt after start it "
                       "includes loading the model (paste a later run for the speed alone)")
LLAMA_BENCH_MODEL = "llama-bench names the model '{hint}': read as {model}; {ask}"
OLLAMA_QUANT = "Ollama's default tags are Q4_K_M: read as Q4_K_M ({ask})"
NO_EVAL_COUNT = ("no 'eval count' line: read as tg{n}, llama-bench's standard generation test")

# -- what a finding came from ({what} above) -----------------------------------------------------
FOUND_FRAME = "Blender frame rendered in {seconds} s"
FOUND_BENCHMARK = "Blender Benchmark score {score} ({backend}, Blender {version})"
FOUND_BAR = "{ui} progress bar {steps}/{steps} at {rate} it/s"
# where the text does not show which UI printed the bar (one sentence, not {ui}="sampler": Chinese
# joins 采样器进度条 without the space a UI name takes)
FOUND_SAMPLER_BAR = "sampler progress bar {steps}/{steps} at {rate} it/s"
FOUND_JOB = "ComfyUI job of {steps} steps in {seconds} s"
FOUND_LLAMA_BENCH = "llama-bench {test} at {rate} t/s"
FOUND_OLLAMA_EVAL = "Ollama eval rate {rate} tokens/s"
FOUND_OLLAMA_PROMPT = "Ollama prompt eval rate {rate} tokens/s"
FOUND_LLAMA_CPP = "llama.cpp {kind} at {rate} tokens/s"
FOUND_MEDIAN = "{n} × {what}"

# -- the unit of a measured speed (core.schema.measurement's metrics), said in the plan's reasons
UNIT_IT_PER_S = "it/s"
UNIT_TOKENS_PER_S = "tokens/s"
UNIT_SECONDS = "s"
UNIT_SAMPLES_PER_MIN = "samples/min"

TEMPLATES: dict[str, str] = templates_in(dict(globals()))
