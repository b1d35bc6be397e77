"""A profile file typed (or pasted) by a user is read strictly: its own models are seen by its
measurements and checked for kind, size and shape; names never pose as catalog models; unknown
providers and [extra] keys, future dates, control characters and over-long names are refused;
every error names the file, the line and the key on one line."""

from __future__ import annotations

import datetime
import re

import pytest

from core.catalogs._validate import CatalogError
from core.catalogs.custom_model_limits import check_model_limits
from core.catalogs.custom_models import custom_model
from core.catalogs.models import load_models, model_to_entry
from core.catalogs.profiles import ProfileError, parse_profile
from core.measure.tables import measurement_from_table, parse_measurements
from core.schema import Profile
from tests.shipped import catalogs

HEAD = 'name = "T"\ncreator_type = "custom"\n'  # lines 1-2
MODEL = '[[model]]\nid = "mine"\nlike = "flux1-dev"\n'  # lines 3-5 after HEAD
IMAGE_WORK = ('[[workload]]\nid = "w"\nkind = "image"\nlabel = "x"\nmodel = "mine"\n'
              'jobs_per_week = 40\ndeadline_min = 5\n')
MEASUREMENT = ('[[measurement]]\ngpu = "RTX 3060 12GB"\ntask = "image"\nvalue = 1.5\n'
               'source = "x"\nmodel = "mine"\n')
SDXL_MEASUREMENT = MEASUREMENT.replace('"mine"', '"sdxl"')  # for checks other than item 1


def parse(text: str) -> Profile:
    return parse_profile(text, "p.toml", catalogs())


def refused(text: str, pattern: str) -> str:
    """The one-line message parsing `text` fails with; it must match `pattern`."""
    with pytest.raises(ProfileError) as info:
        parse(text)
    message = str(info.value)
    assert "\n" not in message and message.startswith("p.toml")
    assert re.search(pattern, message), message
    return message


def line_of(text: str, needle: str, nth: int = 1) -> int:
    """1-based line of the `nth` line of `text` starting with `needle`."""
    hits = [i for i, line in enumerate(text.splitlines(), 1) if line.startswith(needle)]
    return hits[nth - 1]


# --- 1. a profile's measurements see its own models ------------------------------------------

def test_a_measurement_in_the_profile_may_name_the_profiles_own_model() -> None:
    profile = parse(HEAD + MODEL + IMAGE_WORK + MEASUREMENT)
    (m,) = profile.measurements
    assert (m.model, m.task, m.value) == ("mine", "image", 1.5)


def test_a_measurement_naming_an_own_model_of_another_kind_is_refused_at_its_line() -> None:
    text = HEAD + MODEL + IMAGE_WORK + MEASUREMENT.replace('task = "image"', 'task = "llm"')
    line = line_of(text, 'model = "mine"', 2)
    refused(text, rf"^p.toml:{line}: entry 'measurement #1': key 'model': names no llm model "
            r"in the catalog: 'mine'\. .*is an image model")


# --- 2. a workload's model of the wrong kind, or none ----------------------------------------

def test_a_workload_naming_an_own_model_of_another_kind_says_what_it_is() -> None:
    text = HEAD + MODEL.replace("flux1-dev", "llama-3-8b") + IMAGE_WORK
    refused(text, rf"^p.toml:{line_of(text, 'model = ')}: entry 'w': key 'model': must name "
            r"an image model\. 'mine' is an llm model \(defined in this profile\)\.$")


def test_a_workload_naming_a_catalog_model_of_another_kind_is_refused_at_load() -> None:
    text = HEAD + IMAGE_WORK.replace('"mine"', '"llama-3-8b"')
    refused(text, rf"^p.toml:{line_of(text, 'model = ')}: entry 'w': key 'model': must name "
            r"an image model\. Llama 3 8B \(llama-3-8b\) is an llm model\.$")


def test_a_workload_without_its_model_names_the_line_and_says_an_image() -> None:
    text = HEAD + IMAGE_WORK.replace('model = "mine"\n', "")
    refused(text, rf"^p.toml:{line_of(text, '[[workload]]')}: entry 'w': key 'model': is "
            r"required for an image workload")


# --- 3. the ranges and rules of a custom model's architecture --------------------------------

LLM_MODEL = ('[[model]]\nid = "mine"\nkind = "llm"\nparams_b = 8\nlayers = 32\nhidden = 4096\n'
             'heads = 32\nkv_heads = 8\nhead_dim = 128\nvocab = 128256\n')
LLM_WORK = ('[[workload]]\nid = "w"\nkind = "llm"\nlabel = "x"\nmodel = "mine"\n'
            'jobs_per_week = 10\noutput_tokens = 500\n')
VIDEO_MODEL = '[[model]]\nid = "mine"\nlike = "wan2.1-t2v-14b"\n'
VIDEO_WORK = IMAGE_WORK.replace('"image"', '"video"')


@pytest.mark.parametrize(("model", "work", "edit", "key", "problem"), [
    (MODEL, IMAGE_WORK, "default_width = 100000000", "default_width", "must be from 1 to 16,384"),
    (MODEL, IMAGE_WORK, "default_steps = 1000000", "default_steps", "must be from 1 to 10,000"),
    (VIDEO_MODEL, VIDEO_WORK, "default_frames = 100000000", "default_frames",
     "must be from 1 to 10,000,000"),
    (VIDEO_MODEL, VIDEO_WORK, "patch = 100000", "patch", "must be a power of 2 from 1 to 64"),
    (VIDEO_MODEL, VIDEO_WORK, "vae_spatial = 12", "vae_spatial", "must be a power of 2"),
    (MODEL, IMAGE_WORK, "params_b = 1e-9", "params_b", "must be from 0.01 to 10,000"),
    (MODEL, IMAGE_WORK, "weight_bits = 0.001", "weight_bits", "must be from 1.5 to 32"),
    (MODEL, IMAGE_WORK, "layers = 1\nhidden = 1", "hidden", "must be from 64 to 262,144"),
    (MODEL, IMAGE_WORK, "layers = 1\nhidden = 64", "layers", "layers = 1 and hidden = 64 "
     "hold about 4.92e-05 B weights: 6.45 B active parameters cannot fit them"),
    (LLM_MODEL, LLM_WORK, "kv_heads = 64", "kv_heads", r"heads \(32\) must be a multiple of "
     r"kv_heads \(64\)"),
    (LLM_MODEL, LLM_WORK, "kv_heads = 3", "kv_heads", r"heads \(32\) must be a multiple of "
     r"kv_heads \(3\)"),
    (LLM_MODEL, LLM_WORK, "heads = 48", "heads", r"hidden \(4096\) must divide evenly by heads"),
    (LLM_MODEL, LLM_WORK, "vocab = 1", "vocab", "must be from 256 to 2,000,000"),
    (LLM_MODEL, LLM_WORK, "params_b = 900", "params_b", "layers = 32 and hidden = 4096 hold "
     "about 6.44 B weights: 900 B active parameters cannot fit them"),
])
def test_absurd_architecture_values_are_refused_naming_key_and_line(
        model: str, work: str, edit: str, key: str, problem: str) -> None:
    first = edit.split(" =", 1)[0]
    lines = [x for x in model.splitlines() if not x.startswith(f"{first} =")]
    text = HEAD + "\n".join([*lines, edit]) + "\n" + work
    message = refused(text, rf"entry 'mine': key '{key}': {problem}")
    line = next((n for n, x in enumerate(text.splitlines(), 1) if x.startswith(f"{key} =")),
                line_of(text, "[[model]]"))
    assert message.startswith(f"p.toml:{line}:")


def test_rules_between_keys_hold_for_values_taken_from_like() -> None:
    text = HEAD + MODEL + "params_b = 10000\n" + IMAGE_WORK  # ok: hidden scaled to 89,024
    (model,) = parse(text).custom_models
    assert model.hidden == 89_024
    # a rule broken between a key the user gave and one from `like` names the one they gave
    text = HEAD + MODEL + "layers = 1\n" + IMAGE_WORK
    refused(text, rf"^p.toml:{line_of(text, 'layers')}: entry 'mine': key 'layers': layers = 1 "
            r"and hidden = 3072 hold about 0\.113 B weights: 6\.45 B active parameters")
    refused(HEAD + MODEL.replace("flux1-dev", "llama-3-8b") + "heads = 24\n"
            + IMAGE_WORK.replace('"image"', '"llm"') + "output_tokens = 500\n",
            r"key 'heads': hidden \(4096\) must divide "
            r"evenly by heads \(24\)")


def test_every_catalog_model_is_within_the_custom_model_limits() -> None:
    # so `like` any catalog model with nothing changed, or one copied whole, is accepted
    for m in load_models().values():
        entry = model_to_entry(m)
        check_model_limits(entry, m.kind, "catalog", m.id, given=set(entry))
        custom_model({"id": "mine-" + m.id, "like": m.id}, "p.toml", 0, load_models())


# --- 4. a custom model never takes a catalog model's name ------------------------------------

@pytest.mark.parametrize(("edit", "key"), [
    ('id = "SDXL"', "id"),
    ('id = "sd-xl"', "id"),  # as lookups compare names
    ('id = "mine"\nname = "FLUX.1 [dev]"', "name"),
    ('id = "mine"\naliases = ["flux dev"]', "aliases"),
])
def test_a_custom_model_may_not_take_a_catalog_models_name(edit: str, key: str) -> None:
    text = HEAD + MODEL.replace('id = "mine"', edit) + IMAGE_WORK
    refused(text, rf"key '{key}': is already a catalog model's id, name or alias: .* give "
            rf"your model another {key}$")


def test_two_custom_models_may_not_differ_only_in_case() -> None:
    text = HEAD + MODEL + MODEL.replace('"mine"', '"Mine"') + IMAGE_WORK
    refused(text, rf"^p.toml:{line_of(text, 'id = ', 2)}: entry 'Mine': key 'id': duplicate "
            r"model id \(as 'mine'")


# --- 5. cloud providers ----------------------------------------------------------------------

def test_an_unknown_provider_is_refused_naming_the_known_ones() -> None:
    text = HEAD + 'providers = ["runpod", "nope"]\n' + MODEL + IMAGE_WORK
    refused(text, r"^p.toml:3: key 'providers': no cloud provider 'nope' \(known: .*runpod.*vast")
    assert parse(text.replace(', "nope"', "")).providers == ("runpod",)


# --- 6. [extra] ------------------------------------------------------------------------------

@pytest.mark.parametrize(("extra", "problem"), [
    ("measured_gpu_w = 0", "key 'measured_gpu_w': must be more than 0 and less than 5,000 W, "
     "got 0"),
    ("measured_gpu_w = 6000", "key 'measured_gpu_w': must be more than 0 and less than"),
    ('measured_gpu_w = "lots"', "key 'measured_gpu_w': must be a number of W, got 'lots'"),
    ("household_kwh_per_month = -1", "key 'household_kwh_per_month': must be at least 0"),
    ("typo_key = 5", r"key 'typo_key': unknown key \(typo\?\); \[extra\] takes measured_gpu_w"),
])
def test_extra_values_are_checked_at_their_line(extra: str, problem: str) -> None:
    text = HEAD + "[extra]\n" + extra + "\n" + MODEL + IMAGE_WORK
    refused(text, rf"^p.toml:4: entry 'extra': {problem}")


def test_extra_numbers_and_their_saved_text_are_both_read() -> None:
    for value in ("170", '"170"'):
        text = HEAD + f"[extra]\nmeasured_gpu_w = {value}\n" + MODEL + IMAGE_WORK
        assert parse(text).extra == {"measured_gpu_w": "170"}


# --- 7. dates written as TOML dates; no measurement from the future --------------------------

def test_a_toml_date_is_read_as_its_iso_text() -> None:
    text = HEAD + MODEL + "retrieved = 2025-01-01\n" + IMAGE_WORK + SDXL_MEASUREMENT \
        + "date = 2025-06-30\n"
    profile = parse(text)
    assert profile.custom_models[0].retrieved == "2025-01-01"
    assert profile.measurements[0].date == "2025-06-30"


@pytest.mark.parametrize("date", ["2099-01-01", '"2099-01-01"', '"2099-01"'])
def test_a_measurement_dated_in_the_future_is_refused(date: str) -> None:
    text = HEAD + MODEL + IMAGE_WORK + SDXL_MEASUREMENT + f"date = {date}\n"
    refused(text, rf"^p.toml:{line_of(text, 'date = ')}: entry 'measurement #1': key 'date': "
            r"is in the future \(2099-01(-01)?; today is ")


def test_today_and_this_month_are_not_the_future() -> None:
    today = datetime.date(2026, 12, 5)
    table = {"gpu": "RTX 3060 12GB", "task": "image", "value": 1.5, "source": "x",
             "model": "sdxl"}
    # tomorrow too: a reading dated today in Beijing is tomorrow to a machine in New York
    for date in ("2026-12-05", "2026-12", datetime.date(2026, 12, 5), "2026-12-06"):
        measurement_from_table({**table, "date": date}, "m.toml", 0, catalogs(), today)
    with pytest.raises(CatalogError, match="key 'date': is in the future"):
        measurement_from_table({**table, "date": "2026-12-07"}, "m.toml", 0, catalogs(), today)


# --- 8. control characters and over-long names -----------------------------------------------

@pytest.mark.parametrize(("old", "new", "key", "code"), [
    ('name = "T"', r'name = "Evil\u001b[31mRED\u001b[0m\nInjected line"', "name", "001B"),
    ('label = "x"', r'label = "=1+2\r\nnewline"', "label", "000D"),
    ('label = "x"', r'label = "a \u0000 nul"', "label", "0000"),
    ('label = "x"', 'label = "price \u202e 001$"', "label", "202E"),
    ('label = "x"', 'label = "a \u2067 b"', "label", "2067"),
    ('id = "w"', r'id = "w\u0085"', "id", "0085"),
    ('like = "flux1-dev"', 'like = "flux1-dev"\nname = "a\tb"', "name", "0009"),
    ('source = "x"', r'source = "x\u001b]0;pwned\u0007"', "source", "001B"),
    ('name = "T"', r'name = "T"' + '\nnotes = "a\\u001bb"', "notes", "001B"),
])
def test_control_characters_are_refused_in_every_text_field(old: str, new: str, key: str,
                                                            code: str) -> None:
    text = (HEAD + MODEL + IMAGE_WORK + SDXL_MEASUREMENT).replace(old, new, 1)
    line = line_of(text, new.splitlines()[-1])
    message = refused(text, rf"key '{key}': must not contain control characters or "
                      rf"text-direction overrides \(found U\+{code}\)$")
    assert message.startswith(f"p.toml:{line}:")
    assert not any(ch in message for ch in "\x1b\r\x00\u202e\u2067\x85\t")


def test_notes_may_break_lines_and_names_may_be_200_characters() -> None:
    text = HEAD.replace('"T"', '"' + "N" * 200 + '"') + 'notes = """two\n\tlines"""\n' \
        + MODEL + IMAGE_WORK
    assert parse(text).notes == "two\n\tlines"
    refused(text.replace("N" * 200, "N" * 201),
            r"^p.toml:1: key 'name': must be at most 200 characters long, got 201$")
    refused(HEAD + MODEL + IMAGE_WORK.replace('label = "x"', f'label = "{"L" * 100_000}"'),
            r"entry 'w': key 'label': must be at most 200 characters long, got 100,000$")


def test_a_measurements_file_refuses_control_characters_too() -> None:
    text = SDXL_MEASUREMENT.replace('source = "x"', r'source = "x\u001b[2J"')
    with pytest.raises(CatalogError, match=r"m.toml: entry 'measurement #1': key 'source': "
                       r"must not contain control characters"):
        parse_measurements(text, "m.toml", catalogs())


# --- 9. [gpu_prices] --------------------------------------------------------------------------

def test_a_gpu_price_error_names_the_line_of_its_key() -> None:
    text = HEAD + "[gpu_prices]\nnvidia-rtx-3090 = 700\nnvidia-rtx-4090 = -5\n" + MODEL \
        + IMAGE_WORK
    refused(text, r"^p.toml:5: entry 'gpu_prices': key 'nvidia-rtx-4090': must be a price in USD")
    refused(text.replace("nvidia-rtx-4090 = -5", '"nvidia-rtx-9999" = 5'),
            r"^p.toml:5: entry 'gpu_prices': key 'nvidia-rtx-9999': no GPU")


def test_an_apple_price_of_the_users_own_makes_that_mac_one_to_buy() -> None:
    from core.plan.options import can_buy

    text = HEAD + "[gpu_prices]\napple-m2-8c = 1200\n" + MODEL + IMAGE_WORK
    profile = parse(text)  # the window sets prices and has no allow_apple switch: it loads
    gpus = catalogs().gpus_by_id
    assert not profile.allow_apple and profile.gpu_prices == {"apple-m2-8c": 1200.0}
    # the priced Mac is one the plan may buy; another, unpriced, is not (allow_apple: all)
    assert can_buy(gpus["apple-m2-8c"], profile)
    assert not can_buy(gpus["apple-m2-10c"], profile)


# --- sizes a profile's workloads may have (core.kinds), as the command line holds them -------

LLM_WORK = ('[[workload]]\nid = "chat"\nkind = "llm"\nlabel = "x"\nmodel = "llama-3-8b"\n'
            'jobs_per_week = 10\n')


@pytest.mark.parametrize(("extra", "key"), [
    ("prompt_tokens = 100000000\n", "prompt_tokens"),
    ("output_tokens = 20000000\n", "output_tokens"),
    ("context_tokens = 100000000\n", "context_tokens"),
])
def test_token_counts_beyond_what_a_query_may_time_are_refused(extra: str, key: str) -> None:
    tokens = "" if key == "output_tokens" else "output_tokens = 500\n"
    text = HEAD + LLM_WORK + tokens + extra
    refused(text, rf"key '{key}': must be at most 1e\+07")


def test_an_llm_workload_without_tokens_is_refused_at_its_line() -> None:
    refused(HEAD + LLM_WORK, r"^p.toml:\d+: entry 'chat': key 'output_tokens': an llm workload "
            r"needs prompt_tokens or output_tokens above 0")


def test_a_render_reference_of_1e308_seconds_is_refused() -> None:
    text = HEAD + ('[[workload]]\nid = "r"\nkind = "render"\nlabel = "x"\njobs_per_week = 1\n'
                   'frames = 10\nref_seconds_per_frame = 1e308\nref_gpu = "nvidia-rtx-4090"\n')
    refused(text, r"key 'ref_seconds_per_frame': must be at most 1e\+09")


def test_a_measured_value_too_small_for_any_tool_to_print_is_refused() -> None:
    text = HEAD + MODEL + IMAGE_WORK + SDXL_MEASUREMENT.replace("value = 1.5", "value = 1e-300")
    refused(text, r"key 'value': must be at least 1e-06 .*got 1e-300")


@pytest.mark.parametrize("section", [
    '[gpu_prices]\n"' + "x" * 100_000 + '" = 500\n',
    '[gpu_prices]\nnvidia-rtx-4090 = [' + "1, " * 50_000 + '1]\n',
    '[[model]]\nid = "mine"\nlike = [' + "1, " * 50_000 + '1]\n',
])
def test_an_error_quoting_a_huge_value_stays_one_short_line(section: str) -> None:
    """A sentence (a Message) quotes what the file holds cut short, as the one-line English
    did: a 100,000-character key or a list of 50,000 numbers must not become the message."""
    text = (section + '[[workload]]\nid = "a"\nkind = "llm"\nlabel = "a"\njobs_per_week = 1\n'
            'model = "llama-3-8b"\noutput_tokens = 100\n')
    with pytest.raises(CatalogError) as info:
        parse_profile('name = "x"\ncreator_type = "vtuber"\n' + text, "p.toml", catalogs())
    message = str(info.value)
    assert len(message) < 600 and "\n" not in message, message[:200]


# --- a workload naming a GGUF file --------------------------------------------------------------

GGUF_WORK = ('[[workload]]\nid = "w"\nkind = "llm"\nlabel = "x"\n'
             'model = "Meta-Llama-3-8B-Instruct-Q8_0.gguf"\njobs_per_week = 5\n'
             'prompt_tokens = 500\noutput_tokens = 200\n')


def test_a_workload_naming_a_gguf_file_takes_its_model_and_weight_format() -> None:
    (w,) = parse(HEAD + GGUF_WORK).workloads
    assert (w.model, w.quant) == ("llama-3-8b", "Q8_0")
    (same,) = parse(HEAD + GGUF_WORK + 'quant = "q8_0"\n').workloads
    assert same.quant == "q8_0"


def test_a_gguf_file_and_a_quant_that_disagree_are_refused_at_the_model() -> None:
    text = HEAD + GGUF_WORK + 'quant = "Q4_K_M"\n'
    refused(text, rf"^p.toml:{line_of(text, 'model = ')}: entry 'w': key 'model': names Q8_0 "
            r"weights \(a GGUF file's name\), but the workload's quant is 'Q4_K_M'")
