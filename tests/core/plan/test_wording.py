"""Sentences as templates + parameters: English as before, any language through a translation
function, and every sentence the planner says goes through a template (so none stays English
in the Chinese UI)."""

from __future__ import annotations

import copy
import pickle
import string

import pytest

from core.hardware.machine import machine_from_gpu_ids
from core.plan import recommend, wording
from core.schema import Profile, Workload
from core.schema.message import (
    MINUTES,
    Bytes,
    Costs,
    Join,
    Message,
    Money,
    Seconds,
    render,
)
from core.schema.plan import PlanResult
from core.units import GIB
from tests.core.plan.fakes import GPUS, OFFERS, RATES, FakeEvaluate, tariff
from tests.shipped import with_data


def test_english_text_with_durations_memory_and_money() -> None:
    late = Message(wording.LATE, work="5 s clip", time=Seconds(2400), gpu="RTX 4090",
                   limit=Seconds(1800), typical=Seconds(1260))
    assert late == ("5 s clip: up to 40 min per job on the RTX 4090 (typically 21 min), "
                    "past your 30 min limit.")
    hold = Message(wording.CANNOT_HOLD, gpu="RTX 3060", work="Wan 14B", needs=Bytes(40 * GIB),
                   has=Bytes(11.5 * GIB))
    assert hold.text == "The RTX 3060 cannot hold Wan 14B (needs 40 GiB; a job can use 12 GiB)."
    over = Message(wording.OVER_BUDGET, price=Money(2199.0, "USD"), budget=Money(1500.0, "CNY"))
    assert over == "It costs $2,199, over your ¥1,500 budget."
    assert Message(wording.ON_CPU, work="encode", time=Seconds(0.0167)) == (
        "encode runs on your CPU (16.7 ms); no GPU changes it.")
    assert Message(wording.PAYS_OFF, months=13.6) == (
        "Buying pays off after 14 months against the cheapest plan that buys nothing.")


def test_perf_notes_read_as_before_and_translate_inside_the_reason() -> None:
    from core.perf import notes

    note = Message(notes.NOTE_FRAME_SHARE_OVER, percent=142.4, budget_ms=16.666, limit=70.0)
    assert note == ("uses about 142 % of each 16.7 ms frame; more than the 70 % a live stream "
                    "can spare next to a game and the encoder")
    why = Message(wording.OVER_FRAME_BUDGET_NOTE, work="avatar", time=Seconds(0.0237),
                  gpu="GTX 1050", budget=Seconds(1 / 60), fps=60.0, note=note)
    assert why.startswith("avatar needs 23.7 ms a frame on the GTX 1050, over the 16.7 ms "
                          "budget of 60 fps (uses about 142 %")
    table = {notes.NOTE_FRAME_SHARE_OVER: "{percent:.0f}% > {limit:.0f}%"}
    assert why.render(lambda t: table.get(t, t)).endswith("(142% > 70%).")
    assert set(notes.NOTES.values()) <= set(wording.TEMPLATES.values())


def test_translation_reaches_nested_messages_units_and_lists() -> None:
    table = {
        wording.JOB_TAKES: "[{work}|{where}|{time}{how}{limit}]",
        wording.ON_LOCAL: "on:{gpu}",
        wording.YOUR_LIMIT: " max {limit}",
        MINUTES: "{n} minutes",
        wording.MONTHLY_SPLIT: "M {cost} = {parts}",
        wording.COST_ITEM: "{item}:{amount}",
        wording.ELECTRICITY: "power",
        ", ": " + ",
    }

    def tr(text: str) -> str:
        return table.get(text, text)

    job = Message(wording.JOB_TAKES, work="clip", time=Seconds(600),
                  where=Message(wording.ON_LOCAL, gpu="RTX 4090"), how="",
                  limit=Message(wording.YOUR_LIMIT, limit=Seconds(1800)))
    assert job.render(tr) == "[clip|on:RTX 4090|10 minutes max 30 minutes]"
    assert job == "clip: 10 min per job on the RTX 4090 (your limit 30 min)."
    parts = Costs(((Message(wording.ELECTRICITY), 3.5), (Message(wording.CLOUD_COMPUTE), 120.0)),
                  "EUR")
    monthly = Message(wording.MONTHLY_SPLIT, cost=Money(123.5, "EUR"), parts=parts)
    assert monthly == "Monthly cost about €124: electricity €3.50, cloud compute €120."
    assert render(monthly, tr) == "M €124 = power:€3.50 + cloud compute:€120"
    hybrid = Message(wording.KEEP_AND_RENT, gpu="RTX 3060", rented="A5000",
                     provider=wording.provider_name("runpod", {"runpod": "Runpod"}),
                     tier=wording.tier("community"), work=Join(("clip", "image")))
    assert hybrid == "Keep your RTX 3060 + rent A5000 (Runpod Community) for clip, image"
    assert hybrid.render(tr) == ("Keep your RTX 3060 + rent A5000 (Runpod Community) for "
                                 "clip + image")
    assert render("RTX 4090", tr) == "RTX 4090"  # a name is never translated


def test_a_broken_translation_falls_back_to_english() -> None:
    msg = Message(wording.LIVE_NOT_IN_CLOUD, work="VTuber")
    assert msg.render(lambda _t: "{wrong} placeholder") == msg.text
    assert msg.render(lambda _t: "") == msg.text


def test_a_missing_parameter_is_refused_naming_it() -> None:
    with pytest.raises(ValueError, match="no value for limit"):
        Message(wording.LATE, work="x", time=Seconds(1), gpu="g")


def test_messages_are_immutable_and_survive_pickle_and_copy() -> None:
    msg = Message(wording.RECOMMEND, plan=Message(wording.KEEP, gpu="RTX 3060"),
                  cost=Money(12.0, "USD"), low=Money(10.0, "USD"), high=Money(15.0, "USD"),
                  upfront="", payoff="", as_of=Message(wording.AS_OF_CLAUSE, date="2025-07-13"))
    with pytest.raises(AttributeError):
        msg.template = "x"  # type: ignore[misc]
    for twin in (pickle.loads(pickle.dumps(msg)), copy.deepcopy(msg)):
        assert twin == msg and twin.template == msg.template
        assert twin.render(str.upper) == msg.render(str.upper)
    assert msg == ("Keep your RTX 3060: about $12.00 a month (p10–p90 $10.00–$15.00) "
                   "(cloud price as of 2025-07-13).")


def test_every_template_is_a_valid_format_string() -> None:
    for name, text in wording.TEMPLATES.items():
        parsed = list(string.Formatter().parse(text))
        for _lit, field, _spec, _conv in parsed:
            assert field != "", f"{name}: positional placeholder in {text!r}"


def _sentences(r: PlanResult) -> list[tuple[str, str]]:
    out = [("recommendation", r.recommendation)]
    out += [("top reason", x) for x in r.top_reasons]
    out += [("alternative", x) for x in r.alternatives]
    for s in r.sensitivity:
        out += [("sensitivity", s.detail), ("sensitivity label", s.label)]
    for pl in (*r.plans, *(x.plan for x in r.rejected)):
        out += [("label", pl.label)] + [("reason", x) for x in pl.reasons]
        out += [("gate", g.detail) for g in pl.gates]
        out += [("workload", f.reason) for f in pl.workloads if f.reason]
        out += [("cost item", k) for k in pl.cost_breakdown]
    out += [("why", x.why) for x in r.rejected]
    return out


@pytest.mark.parametrize("budget", [2500.0, 100.0])
def test_every_sentence_of_a_result_is_a_template(budget: float) -> None:
    """A pseudo-translation marks each template; every sentence field must come out marked, or
    the Chinese UI would show it in English."""
    profile = Profile(
        name="t", creator_type="vtuber", budget_usd=budget, psu_w=750, workloads=(
            Workload(id="clip", kind="video", label="clip", jobs_per_week=14, deadline_s=1800),
            Workload(id="img", kind="image", label="image", jobs_per_week=40, deadline_s=120),
            Workload(id="live", kind="realtime", label="live", hours_per_week=10, fps=60,
                     live=True),
            Workload(id="cut", kind="cpu", label="cut", jobs_per_week=5, cpu_seconds=60,
                     deadline_s=30),
        ))
    machine = machine_from_gpu_ids(["small-8"], ram_gib=32, catalog=GPUS)
    r = recommend(profile, machine,
                  with_data(gpus=GPUS, offers=OFFERS, tariffs={"us": tariff()}, rates=RATES),
                  FakeEvaluate(), samples=200, seed=1)
    sentences = _sentences(r)
    assert len(sentences) > 20
    for what, text in sentences:
        assert isinstance(text, Message), f"{what} is plain text: {text!r}"
        assert text.template in wording.TEMPLATES.values(), f"{what}: {text.template!r}"
        assert render(text, lambda t: "«" + t + "»").startswith("«"), f"{what}: {text!r}"


def test_provider_names_are_the_catalogs_own() -> None:
    """Labels name providers as their catalog files do ("Vast.ai", not "vast")."""
    import tomllib

    from core.paths import catalogs_dir
    from core.plan import wording
    from tests.shipped import catalogs

    names = catalogs().provider_names
    files = sorted((catalogs_dir() / "clouds").glob("*.toml"))
    assert files and len(names) == len(files)
    for path in files:
        name = tomllib.loads(path.read_text(encoding="utf-8"))["provider"]["name"]
        assert wording.provider_name(path.stem, names) == name
    assert wording.provider_name("some-new-cloud", names) == "some-new-cloud"


def test_a_job_line_names_the_time_its_deadline_is_judged_at() -> None:
    """Issue #14: the limit is met at the profile's confidence (p90 by default), so a plan's
    reason says that time beside the limit, as the plans table does, not the median alone."""
    from core.plan.sentences import _job_line

    w = Workload(id="clip", kind="video", label="clip", jobs_per_week=5, model="wan2.1-t2v-14b",
                 deadline_s=1800.0)
    at_p90 = _job_line(w, 600.0, False, "RTX 4090", 0.0, 840.0, 0.9)
    assert at_p90 == ("clip: 10 min per job on the RTX 4090 "
                      "(90% of jobs within 14 min; your limit 30 min).")
    # judged at the median, the median is the time that counts: no second figure
    assert _job_line(w, 600.0, False, "RTX 4090", 0.0, 600.0, 0.5) == (
        "clip: 10 min per job on the RTX 4090 (your limit 30 min).")


def _recommended(labels: list[str]) -> PlanResult:
    """The plan for a profile of one image workload per label, on the fake catalog."""
    work = tuple(Workload(id=f"w{i}", kind="image", label=label, jobs_per_week=5,
                          deadline_s=600) for i, label in enumerate(labels))
    profile = Profile(name="t", creator_type="vtuber", budget_usd=2500, psu_w=750,
                      workloads=work)
    machine = machine_from_gpu_ids(["small-8"], ram_gib=32, catalog=GPUS)
    return recommend(profile, machine,
                     with_data(gpus=GPUS, offers=OFFERS, tariffs={"us": tariff()}, rates=RATES),
                     FakeEvaluate(), samples=100, seed=1)


def test_the_reasons_say_every_workload_of_a_profile() -> None:
    """Four workloads, four job lines: the fourth ('Showcase render' in game_modder) used to
    be dropped without a word."""
    labels = ["alpha art", "beta art", "gamma art", "delta art"]
    r = _recommended(labels)
    for label in labels:
        assert sum(label in x for x in r.top_reasons) == 1, (label, r.top_reasons)
    assert any(getattr(x, "template", None) in (wording.MONTHLY, wording.MONTHLY_SPLIT)
               for x in r.top_reasons)


def test_past_six_workloads_the_reasons_count_the_rest() -> None:
    labels = [f"art {name}" for name in ("one", "two", "three", "four", "five", "six", "seven",
                                         "eight", "nine")]
    r = _recommended(labels)
    said = [label for label in labels if any(label in x for x in r.top_reasons)]
    assert said == labels[:5]
    more = [x for x in r.top_reasons if getattr(x, "template", None) == wording.MORE_WORKLOADS]
    assert more == ["And 4 more workloads, each within your limits."]
    # the count stands where the job lines end; the cost line still follows
    assert r.top_reasons.index(more[0]) == 5
    assert any(getattr(x, "template", None) in (wording.MONTHLY, wording.MONTHLY_SPLIT)
               for x in r.top_reasons[6:])


def test_a_flagged_job_line_is_never_counted_away() -> None:
    # "longer than the day your PC is on" is a flag the user must see: past the first five job
    # lines it is kept, and only plain lines are counted (one plain line is said, not counted)
    from types import SimpleNamespace

    from core.plan.sentences import top_reasons
    from core.schema.message import Message

    def plain(i: int) -> str:
        return f"job {i}: 1 min per job"

    flag = Message(wording.LONGER_THAN_DAY, work="job 7", time=1.0, gpu="X", day=1.0)
    jobs = [plain(i) for i in range(7)] + [flag, plain(8)]
    plan = SimpleNamespace(workloads=[None] * len(jobs), reasons=(*jobs, "cost"))
    out = top_reasons(plan)  # type: ignore[arg-type]
    assert out[:5] == tuple(jobs[:5]) and flag in out and out[-1] == "cost"
    more = [x for x in out if getattr(x, "template", None) == wording.MORE_WORKLOADS]
    assert len(more) == 1 and more[0].params["n"] == 3  # jobs 5, 6 and 8
    # one plain line past the first five is said as it is
    jobs = [plain(i) for i in range(5)] + [flag, plain(6)]
    plan = SimpleNamespace(workloads=[None] * len(jobs), reasons=tuple(jobs))
    assert top_reasons(plan) == tuple(jobs)  # type: ignore[arg-type]


def test_a_live_job_says_its_frame_time_beside_its_budget() -> None:
    # "(1.0 ms a frame)" alone read as if 1 ms were the budget
    from core.plan.sentences import _job_line

    w = Workload(id="a", kind="realtime", label="avatar", hours_per_week=16.0, fps=60.0,
                 live=True)
    line = _job_line(w, 0.001, False, "", 0.0)
    assert "(1.0 ms of its 16.7 ms a frame)" in line


def test_a_need_just_over_the_room_is_said_with_the_decimals_that_show_it() -> None:
    # "cannot hold Wan 2.1 14B in the 18 GiB a job can use (needs 18 GiB)" read as a fit
    from core.plan.reasons import cannot_run
    from tests.core.plan.fakes import gpu

    card = gpu("c", 90, 20.0, 1000)  # 20 GiB: a job can use 18.0 of it
    w = Workload(id="v", kind="video", label="clip", jobs_per_week=1.0)
    said = cannot_run(w, "C", "", 18.4 * GIB, card).text
    assert "needs 18.4 GiB; a job can use 18.0 GiB" in said, said
    far = cannot_run(w, "C", "", 40 * GIB, card).text
    assert "needs 40 GiB; a job can use 18 GiB" in far, far
