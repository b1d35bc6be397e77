"""zh_CN for core's own sentences: every template translated with the same placeholders, the
.qm current, the results page and `rigsizer plan --lang zh_CN` in Chinese, switching live."""

from __future__ import annotations

import html
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.gui.i18n_core_build import QM_FILE, TS_FILE, templates, translations
from tests.shipped import with_data

HAN = re.compile(r"[\u4e00-\u9fff]")


def _fields(text: str) -> list[tuple[str, str]]:
    return sorted((name, spec) for _, name, spec, _ in string.Formatter().parse(text)
                  if name is not None)


def test_every_core_template_has_a_zh_cn_translation_with_the_same_placeholders() -> None:
    done = translations()
    missing = [f"{m.file}:{m.line} {m.source!r}" for m in templates() if m.source not in done]
    assert not missing, ("core templates without a zh_CN translation (run python -m "
                         "app.gui.i18n_core_build, then translate):\n" + "\n".join(missing))
    for m in templates():
        assert _fields(done[m.source]) == _fields(m.source), (
            f"{m.file}:{m.line}: placeholders differ: {m.source!r} -> {done[m.source]!r}")


def test_shipped_core_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(exe), str(TS_FILE), "-qm", str(tmp_path / "x.qm")], check=True,
                   capture_output=True)
    assert (tmp_path / "x.qm").read_bytes() == QM_FILE.read_bytes()
    tr = QTranslator()
    assert tr.load(str(QM_FILE))
    # leading spaces and list separators survive the XML round trip
    assert tr.translate("core", " (your limit {limit})") == "（你的上限为 {limit}）"
    assert tr.translate("core", ", ") == "、"


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    from core.hardware.machine import machine_from_gpu_ids
    from core.plan import recommend
    from tests.core.plan.fakes import GPUS, OFFERS, RATES, FakeEvaluate, tariff
    from tests.core.plan.test_wording import Profile, Workload

    profile = Profile(name="t", creator_type="ai_video_blogger", budget_usd=2500, psu_w=750,
                      workloads=(
                          Workload(id="clip", kind="video", label="clip", jobs_per_week=14,
                                   deadline_s=1800),
                          Workload(id="img", kind="image", label="image", jobs_per_week=40,
                                   deadline_s=120)))
    machine = machine_from_gpu_ids(["small-8"], ram_gib=32, catalog=GPUS)
    return recommend(profile, machine,
                     with_data(gpus=GPUS, offers=OFFERS, tariffs={"us": tariff()}, rates=RATES),
                     FakeEvaluate(), samples=200, seed=1)


def test_plan_text_in_zh_cn_has_no_english_sentence_left(result) -> None:  # type: ignore[no-untyped-def]
    from app.report.text import format_plan

    english = format_plan(result)
    chinese = format_plan(result, lang="zh_CN")
    assert "Recommendation" in english and "推荐" in chinese
    # every line but the table rows of names and numbers carries Chinese; no English template
    # skeleton survives (names such as "clip" or "mid-16" may)
    for phrase in ("a month", "per job", "Monthly cost", "Why not", "Keep your", "Rent ",
                   "Buy ", "limit", "costs", "What moves"):
        assert phrase not in chinese, f"{phrase!r} left in English:\n{chinese}"
    body = [ln for ln in chinese.splitlines() if ln.strip().startswith("-")]
    assert body and all(HAN.search(ln) for ln in body), chinese
    assert format_plan(result, lang="en") == english


def test_text_language_follows_the_setting_then_the_locale() -> None:
    from app.report.text import text_language

    assert text_language("zh_CN", {"LANG": "en_US.UTF-8"}) == "zh_CN"
    assert text_language("en", {"LANG": "zh_CN.UTF-8"}) == "en"
    assert text_language("system", {"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert text_language("system", {"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert text_language("system", {}) == "en"


def test_cli_plan_lang_flag(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app import cli

    assert cli.main(["plan", "vtuber", "--gpu", "nvidia-rtx-3060-12gb", "--samples", "200",
                     "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "推荐" in out and "理由" in out and "每月" in out
    assert "Recommendation" not in out and "a month" not in out
    with pytest.raises(SystemExit):
        cli.main(["plan", "vtuber", "--lang", "fr"])


def test_results_page_speaks_chinese_and_switches_back_live(make_window, artifacts) -> None:  # type: ignore[no-untyped-def]
    from app.gui.i18n import core_text
    from app.report.text import translator
    from core.schema.message import render

    window = make_window(language="zh_CN")
    page = window.results_page
    result = window.session.result
    window.go_to("results")
    zh = translator("zh_CN")
    headline = page.view.headline.text()
    assert headline == render(result.recommendation, zh) != result.recommendation
    assert HAN.search(headline) and "a month" not in headline
    assert "a month" not in page.view.reasons.text() and HAN.search(page.view.reasons.text())
    model = page.plans_model
    first = model.data(model.index(0, 0))
    assert first == render(result.plans[0].label, zh) and HAN.search(first)
    rejected_row = len(result.plans)
    if model.rowCount() > rejected_row:
        why = model.data(model.index(rejected_row, 5))
        assert HAN.search(why), why
    from app.report.text import MOVES_HEAD

    moves = page.view.sensitivity.text()
    assert moves.startswith(zh(MOVES_HEAD)) and "最影响决策" in moves
    assert html.escape(render(result.sensitivity[0].detail, zh)) in moves
    window.grab().save(str(artifacts / "results_core_zh_CN.png"))
    from app.gui.export import report_html

    report = report_html(result, {})  # the PDF/HTML report speaks the same language
    assert html.escape(render(result.recommendation, zh)) in report
    assert html.escape(result.recommendation) not in report
    assert core_text(result.recommendation) == headline
    window.set_language("en")
    QCoreApplication.processEvents()  # Qt posts LanguageChange to every widget
    assert page.view.headline.text() == result.recommendation
    assert model.data(model.index(0, 0)) == result.plans[0].label


def test_tariff_regions_are_said_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """Issue #18: region names, not codes, and in the reader's language ('美国', not 'United
    States', in a Chinese plan); every shipped region has a translation."""
    import tomllib

    from app.cli import main
    from app.gui.i18n_core_build import tariff_regions
    from core.paths import assets_dir

    shipped = tomllib.loads((assets_dir() / "catalogs" / "tariffs.toml").read_text("utf-8"))
    regions = {t["region"] for t in shipped["tariff"]}
    assert {m.source for m in tariff_regions()} == regions
    done = translations()
    assert all(done.get(r) for r in regions), [r for r in regions if not done.get(r)]
    assert main(["plan", "vtuber", "--gpu", "RTX 4090", "--lang", "zh_CN"]) == 0
    out = capsys.readouterr().out
    assert "电价“美国”" in out and "United States" not in out


def test_a_file_error_names_its_place_as_written_and_says_the_rest_in_chinese() -> None:
    """A project that names a model no catalog has: the English line is as it was; the Chinese
    one keeps file, line, entry, key and the model names, and says the rest in Chinese."""
    from app.report.text import translator
    from core.catalogs.bundle import load_catalogs
    from core.catalogs.profiles import ProfileError, parse_profile
    from core.schema.message import render

    text = ('name = "x"\ncreator_type = "vtuber"\n[gpu_prices]\nnvidia-rtx-4090 = -5\n'
            '[[workload]]\nid = "a"\nkind = "llm"\nlabel = "a"\njobs_per_week = 10\n'
            'model = "llama-9"\noutput_tokens = 100\n')
    cats = load_catalogs(prices=False)
    with pytest.raises(ProfileError) as info:
        parse_profile(text.replace("-5", "900"), "p.toml", cats)
    english = str(info.value)
    assert english.startswith("p.toml:10: entry 'a': key 'model': no model 'llama-9' in the "
                              "models catalog. Did you mean Llama 3 8B (llama-3-8b) or ")
    chinese = render(info.value.message, translator("zh_CN"))
    assert chinese.startswith("p.toml:10：条目“a”：键“model”：模型目录中没有模型 'llama-9'。"
                              "你是想用 Llama 3 8B (llama-3-8b)、"), chinese
    assert chinese.endswith("？（见 `rigsizer catalog models`）"), chinese
    with pytest.raises(ProfileError) as info:
        parse_profile(text, "p.toml", cats)
    assert render(info.value.message, translator("zh_CN")) == (
        "p.toml:4：条目“gpu_prices”：键“nvidia-rtx-4090”：必须是大于 0 的美元价格，实际为 -5")


def test_a_typed_gpu_name_is_explained_in_chinese() -> None:
    from app.report.text import translator
    from core.catalogs.bundle import load_catalogs
    from core.hardware.typed import resolve_typed
    from core.schema.message import render

    gpus = load_catalogs(prices=False).gpus
    zh = translator("zh_CN")
    family = resolve_typed("RTX 3060", gpus)
    assert family.note.startswith("'RTX 3060' has ") and "(the fastest)" in family.note
    assert render(family.note, zh).startswith("“RTX 3060”有 "), render(family.note, zh)
    unknown = resolve_typed("RTX 4095", gpus)
    assert unknown.gpu is None and unknown.note.startswith(
        "GPU 'RTX 4095' is not in the catalog; did you mean ")
    said = render(unknown.note, zh)
    assert said.startswith("目录中没有 GPU“RTX 4095”；你是想用 ") and said.endswith(" 吗？"), said
    assert " or " not in said, said
