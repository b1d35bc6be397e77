"""The sentences that say what is wrong with a file RigSizer reads (a project, a catalog, a
measurement table), in one place.

Each constant is an English `str.format` template. `CatalogError` keeps its one-line English
`str()` (command line, logs, tests) and also carries the same sentence as a `Message`
(core.schema.message), which the window renders in the user's language: the file, entry and
key stay as written, what is wrong with them is translated. The translation tools read
`TEMPLATES` (every upper-case str constant here) to keep assets/translations/core_zh_CN.ts
complete. Placeholders: {file} a file name (with :line), {entry} and {key} names from the file,
{value} a value quoted from it, {problem} one of the sentences below.
"""

from __future__ import annotations

from core.schema.message import templates_in

# -- where (CatalogError: file, then entry, then key) ----------------------------------------------
AT_FILE = "{file}: {problem}"
AT_ENTRY = "{file}: entry '{entry}': {problem}"
AT_KEY = "{file}: key '{key}': {problem}"
AT_ENTRY_KEY = "{file}: entry '{entry}': key '{key}': {problem}"
KEY_ONLY = "key '{key}': {problem}"

# -- the file itself -------------------------------------------------------------------------------
CANNOT_READ = "cannot be read ({error})"
NOT_UTF8 = "is not UTF-8 text (byte {byte})"
NOT_TOML = "is not valid TOML: {error}"
TOO_DEEP = "is not valid TOML: arrays or tables nest too deeply"

# -- one key's value (the generic checks every file's keys get) --------------------------------
GOT = "{problem}, got {value}"
NON_EMPTY_TEXT = "must be a non-empty string"
A_DATE = "must be a date like 2025-07-13"
ONE_OF = "must be one of {choices}"
A_NUMBER = "must be a number"
A_WHOLE_NUMBER = "must be a whole number"
A_FINITE_NUMBER = "must be a finite number"
NOT_NEGATIVE = "must not be negative"
POSITIVE = "must be a positive number"
AT_MOST = "must be at most {maximum}"
TRUE_OR_FALSE = "must be true or false"
TEXT_LIST = "must be a list of non-empty strings"
TEXT_TABLE = "must be a table of text values"
A_TABLE = "must be a table, got {type}"
UNKNOWN_KEY = "unknown key (typo?)"
REQUIRED = "is required but missing"
NEEDS_SOURCE = "every entry needs a source"
AT_LEAST_ONE = "must contain at least one [[{table}]] entry"

# -- a project file (core.catalogs.profiles) -------------------------------------------------------
DEADLINE_TWICE = "give deadline_min or deadline_s, not both"
NO_WORK = "a workload needs jobs_per_week or hours_per_week above 0"
LIVE_NEEDS_FPS = "live work needs its target fps"
LLM_NEEDS_TOKENS = "an llm workload needs prompt_tokens or output_tokens above 0"
NO_WORKLOADS = "must contain at least one [[workload]] table"
TOO_MANY_WORKLOADS = "has {n} [[workload]] tables; at most {most} are allowed"
DUPLICATE_WORKLOAD = "duplicate workload id"
CURRENCY_WITHOUT_PRICE = "needs electricity_price_per_kwh beside it"
CONFIDENCE_RANGE = ("deadline_confidence must be from 0.5 to 0.99 (the share of jobs that must "
                    "finish within their deadline; 0.9 = p90), got {value}")
NO_TARIFF = "no electricity tariff for region {region} (known: {known})"
NO_GPU = "no GPU {gpu} in the catalog (use its id from `rigsizer catalog gpus`)"
# (one template per English article, so that a language without articles need not say one)
MODEL_REQUIRED_A = ("is required for a {kind} workload: name a model of the catalog or of this "
                    "profile")
MODEL_REQUIRED_AN = ("is required for an {kind} workload: name a model of the catalog or of "
                     "this profile")
NO_MODEL = "no model {name} in the models catalog.{hint} (see `rigsizer catalog models`)"
QUANT_NAMED_TWICE = ("names {named} weights (a GGUF file's name), but the workload's quant is "
                     "{given}: say one")
WRONG_MODEL_KIND_A = "must name a {kinds} model.{hint}"
WRONG_MODEL_KIND_AN = "must name an {kinds} model.{hint}"

# -- a project file's other sections (core.catalogs.profile_sections) ------------------------------
MODEL_TABLES = "must be an array of tables ([[model]])"
DUPLICATE_MODEL = "duplicate model id"
DUPLICATE_MODEL_AS = "duplicate model id (as {other}: case, spaces and dashes are ignored)"
MEASUREMENT_TABLES = "must be an array of tables: write each one as [[measurement]]"
PRICES_TABLE = "must be a table of GPU id = price in USD ([gpu_prices])"
PRICE_ABOVE_ZERO = "must be a price in USD above 0, got {value}"
EXTRA_UNKNOWN = "unknown key (typo?); [extra] takes {keys}"
EXTRA_NUMBER = "must be a number of {unit}, got {value}"
EXTRA_AT_LEAST = "must be at least {low} and less than {high} {unit}, got {value}"
EXTRA_MORE_THAN = "must be more than {low} and less than {high} {unit}, got {value}"
NO_PROVIDER = "no cloud provider {name} (known: {known})"

# -- a measurement table (core.measure.tables) ----------------------------------------------------
READING_TOO_SMALL = ("must be at least {least} (no tool prints a reading this small: a unit "
                     "mix-up?), got {value}")
MEASUREMENT_MODEL_REQUIRED_A = "is required for a {task} measurement"
MEASUREMENT_MODEL_REQUIRED_AN = "is required for an {task} measurement"
NO_TASK_MODEL = ("names no {task} model in the catalog: {name}.{hint} (see `rigsizer catalog "
                 "models`)")
LLM_TEST = ("an llm measurement needs test = 'pp512' or 'tg128' (prompt processing or "
            "generation, and the token count)")
UNKNOWN_QUANT = "is not a known weight format: {name}"
IMAGE_ONLY = "applies to image measurements only"
IN_THE_FUTURE = "is in the future ({date}; today is {today}): give the day you measured"
ONLY_MEASUREMENTS = ("unknown top-level key: a measurements file holds only [[measurement]] "
                     "tables")

# -- a model the user describes (core.catalogs.custom_models, custom_model_limits) -----------------
FROM_TO = "must be from {low} to {high}, got {value}"
POWER_OF_TWO = ("must be a power of 2 from 1 to {most} (an image is downscaled by halvings), "
                "got {value}")
HEADS_AND_KV = ("heads ({heads}) must be a multiple of kv_heads ({kv_heads}) and kv_heads at "
                "most heads")
HIDDEN_BY_HEADS = "hidden ({hidden}) must divide evenly by heads ({heads})"
TOO_FEW_PARAMS = ("layers = {layers} and hidden = {hidden} hold about {blocks} B weights: "
                  "{params} B is far too few for them (fewer layers or a narrower hidden?)")
TOO_MANY_ACTIVE = ("layers = {layers} and hidden = {hidden} hold about {blocks} B weights: "
                   "{active} B active parameters cannot fit them (more layers or a wider hidden?)")
MODEL_ID_REQUIRED = "is required (a short name for the model)"
ACTIVE_OVER_TOTAL = "cannot exceed params_b"
LIKE_UNKNOWN = "names no model in the catalog: {like}.{hint} (see `rigsizer catalog models`)"
KIND_OF_LIKE = "must be {kind}, the kind of {model}"
NAME_TAKEN = ("is already a catalog model's id, name or alias: {name} ({id}); give your model "
              "another {key}")

# -- a model name that names none (core.catalogs.model_names.unknown_model_hint: {hint} above,
# each with its leading space) -----------------------------------------------------------------
DID_YOU_MEAN_1 = " Did you mean {a}?"
DID_YOU_MEAN_2 = " Did you mean {a} or {b}?"
DID_YOU_MEAN_3 = " Did you mean {a} or {b} or {c}?"
OWN_MODEL_OF_KIND_A = " {model} is a {kind} model (defined in this profile)."
OWN_MODEL_OF_KIND_AN = " {model} is an {kind} model (defined in this profile)."
MODEL_OF_KIND_A = " {model} is a {kind} model."
MODEL_OF_KIND_AN = " {model} is an {kind} model."

# -- text in a file (core.catalogs.text_fields) ----------------------------------------------------
CONTROL_CHARACTERS = ("must not contain control characters or text-direction overrides (found "
                      "{char})")
TOO_LONG = "must be at most {most} characters long, got {n}"

TEMPLATES: dict[str, str] = templates_in(dict(globals()))
