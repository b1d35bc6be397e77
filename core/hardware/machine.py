"""Build or edit a LocalMachine by hand: the CLI `--gpu` flags, the GUI's machine editor and tests.

A hand-chosen GPU is a catalog entry (or any name the matcher resolves), recorded with
`field_sources` "user" and `match_how` "chosen by hand"; the machine is marked `hand_edited`.
Also here: the plain-dict form of a machine, for `--json`, diagnostics and saved settings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields, replace
from typing import Any

from core.hardware import wording as say
from core.schema.gpu import GpuSpec
from core.schema.hardware import DetectedGpu, LocalMachine, ProbeRecord
from core.schema.message import Message
from core.units import GIB

USER = "user"


def _spec(gpu_id: str, catalog: Sequence[GpuSpec] | None) -> GpuSpec:
    """A catalog id, or a name the matcher resolves; ValueError naming the id otherwise."""
    if catalog is None:
        from core.catalogs.gpus import gpus_by_id

        by_id = gpus_by_id()
    else:
        by_id = {g.id: g for g in catalog}
    key = gpu_id.strip()
    if key in by_id:
        return by_id[key]
    from core.hardware.match import match_gpu

    found = match_gpu(key, catalog=catalog).gpu
    if found is None:
        raise ValueError(f"unknown GPU '{gpu_id}': not a GPU id or name in the catalog "
                         "(`rigsizer catalog gpus` lists them)")
    return found


def with_unified_memory(spec: GpuSpec, ram_bytes: float,
                        usable: tuple[float, str] | None = None) -> GpuSpec:
    """An Apple-style GPU's spec sized to this machine's unified memory.

    The catalog lists each Apple chip with one common memory size, but the same chip ships with
    several; what the GPU can use is the macOS working-set limit of the RAM actually installed,
    or `usable` (bytes, where that figure came from) where detection measured it. Discrete GPUs
    are returned unchanged.
    """
    if spec.vendor != "apple" or not ram_bytes > 0:
        return spec
    if usable is None:
        from core.hardware.probe_macos import apple_working_set

        usable = apple_working_set(ram_bytes)
    limit, how = usable
    sources = {**spec.sources, "vram_gib": "this machine's RAM", "usable_vram_gib": how}
    return replace(spec, vram_bytes=max(ram_bytes, limit), usable_vram_bytes=limit,
                   sources=sources)


def _sized(gpus: Sequence[DetectedGpu], ram_bytes: float | None) -> tuple[DetectedGpu, ...]:
    """Re-size unified-memory GPUs to the machine's RAM (hand-entered machines)."""
    if ram_bytes is None:
        return tuple(gpus)
    out = []
    for g in gpus:
        if g.spec is not None and g.spec.vendor == "apple":
            spec = with_unified_memory(g.spec, ram_bytes)
            g = replace(g, spec=spec, vram_total_bytes=spec.usable_memory_bytes)
        out.append(g)
    return tuple(out)


def gpu_from_spec(spec: GpuSpec) -> DetectedGpu:
    """A DetectedGpu standing for a hand-chosen catalog card."""
    vendor_id = device_id = None
    if spec.pci_ids:
        vendor_id, _, device_id = spec.pci_ids[0].partition(":")
    apple = spec.vendor == "apple"
    gpu = DetectedGpu(
        name=spec.name,
        vendor=spec.vendor,
        pci_vendor_id=vendor_id or None,
        pci_device_id=device_id or None,
        vram_total_bytes=spec.usable_memory_bytes,
        power_limit_w=spec.tdp_w,
        integrated=spec.form_factor == "soc",
        gpu_cores=spec.gpu_cores,
        unified_memory=apple,
        gpu_id=spec.id,
        match_how=Message(say.CHOSEN_BY_HAND),
        match_exact=True,
        spec=spec,
    )
    filled = {f.name: USER for f in fields(DetectedGpu)
              if f.name not in ("gpu_id", "match_how", "match_exact", "spec", "field_sources",
                                "unified_memory")
              and getattr(gpu, f.name) is not None}
    return replace(gpu, field_sources=filled)


def machine_from_gpu_ids(gpu_ids: Sequence[str], *, ram_gib: float | None = None,
                         cpu: str = "", cpu_cores: int | None = None,
                         cpu_threads: int | None = None, os_name: str = "",
                         catalog: Sequence[GpuSpec] | None = None) -> LocalMachine:
    """A machine typed in by hand: one GPU per id (repeat an id for several identical cards)."""
    if ram_gib is not None and not ram_gib > 0:
        raise ValueError(f"RAM must be a positive number of GiB, got {ram_gib}")
    ram_bytes = None if ram_gib is None else ram_gib * GIB
    gpus = _sized([gpu_from_spec(_spec(i, catalog)) for i in gpu_ids], ram_bytes)
    return LocalMachine(
        gpus=gpus,
        cpu_name=cpu,
        cpu_cores=cpu_cores,
        cpu_threads=cpu_threads,
        ram_bytes=ram_bytes,
        os_name=os_name,
        reason="" if gpus else Message(say.NO_GPU_ENTERED),
        hand_edited=True,
    )


def with_gpu_override(machine: LocalMachine, gpu_id: str, index: int = 0, *,
                      catalog: Sequence[GpuSpec] | None = None) -> LocalMachine:
    """Replace GPU `index` (the first, discrete-first, by default) with a hand-chosen card; on
    a machine with no GPU, add it. For when detection found an unknown or wrong card."""
    chosen = _sized([gpu_from_spec(_spec(gpu_id, catalog))], machine.ram_bytes)[0]
    gpus = list(machine.gpus)
    if not gpus:
        gpus = [chosen]
    else:
        _check_index(gpus, index)
        gpus[index] = chosen
    return replace(machine, gpus=tuple(gpus), hand_edited=True, reason="")


def add_gpu(machine: LocalMachine, gpu_id: str, *,
            catalog: Sequence[GpuSpec] | None = None) -> LocalMachine:
    chosen = _sized([gpu_from_spec(_spec(gpu_id, catalog))], machine.ram_bytes)[0]
    return replace(machine, gpus=(*machine.gpus, chosen), hand_edited=True, reason="")


def remove_gpu(machine: LocalMachine, index: int) -> LocalMachine:
    gpus = list(machine.gpus)
    _check_index(gpus, index)
    del gpus[index]
    return replace(machine, gpus=tuple(gpus), hand_edited=True,
                   reason="" if gpus else Message(say.ALL_REMOVED))


# Far above any desktop or workstation (a 2-socket server tops out near 8 TiB): a typo guard
# for RAM typed by hand, on the window's Machine page and in `--ram-gib` alike.
MAX_RAM_GIB = 8192.0


def with_ram(machine: LocalMachine, ram_gib: float) -> LocalMachine:
    if not ram_gib > 0:
        raise ValueError(f"RAM must be a positive number of GiB, got {ram_gib}")
    ram_bytes = ram_gib * GIB
    return replace(machine, ram_bytes=ram_bytes, gpus=_sized(machine.gpus, ram_bytes),
                   hand_edited=True)


def _check_index(gpus: Sequence[DetectedGpu], index: int) -> None:
    if not 0 <= index < len(gpus):
        raise ValueError(f"no GPU number {index + 1}: the machine has {len(gpus)} GPU(s)")


def gpu_to_dict(gpu: DetectedGpu) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(DetectedGpu):
        value = getattr(gpu, f.name)
        if f.name == "spec":
            value = None if value is None else {"id": value.id, "name": value.name,
                                                "origin": value.origin}
        elif f.name == "field_sources":
            value = dict(value)
        out[f.name] = value
    out["pci_id"] = gpu.pci_id
    return out


def machine_to_dict(machine: LocalMachine, *, diagnostics: bool = False) -> dict[str, Any]:
    """A JSON-ready dict. Probe outputs are included only with `diagnostics` (they are long)."""
    out: dict[str, Any] = {}
    for f in fields(LocalMachine):
        value = getattr(machine, f.name)
        if f.name == "gpus":
            value = [gpu_to_dict(g) for g in value]
        elif f.name == "probe_log":
            value = [{"probe": r.probe, "ok": r.ok, "message": r.message,
                      "command": r.command, "seconds": round(r.seconds, 3),
                      **({"output": r.output} if diagnostics else {})} for r in value]
        out[f.name] = value
    return out


def diagnostics_text(machine: LocalMachine) -> str:
    """Every probe's result and raw output as plain text, for a bug report ("copy
    diagnostics" in the GUI, `rigsizer detect --diagnostics`)."""
    lines = ["--- RigSizer hardware diagnostics (paste this into a bug report) ---",
             f"OS: {machine.os_name} {machine.os_version}{' (WSL)' if machine.is_wsl else ''}",
             f"CPU: {machine.cpu_name}; cores {machine.cpu_cores}; threads {machine.cpu_threads}"
             f"; RAM bytes {machine.ram_bytes}"]
    for i, gpu in enumerate(machine.gpus, 1):
        lines.append(f"GPU {i}: {gpu.name} pci={gpu.pci_id} bus={gpu.pci_bus_id} "
                     f"vram={gpu.vram_total_bytes} -> {gpu.gpu_id} ({gpu.match_how})")
    if machine.reason:
        lines.append(f"Reason: {machine.reason}")
    for record in machine.probe_log:
        status = "ok" if record.ok else "failed"
        lines.append("")
        lines.append(f"[{record.probe}] {status} in {record.seconds:.2f} s: {record.message}")
        if record.command:
            lines.append(f"$ {record.command}")
        if record.output:
            lines.append(record.output.rstrip())
    return "\n".join(lines) + "\n"


def machine_from_dict(data: Mapping[str, Any], *,
                      catalog: Sequence[GpuSpec] | None = None) -> LocalMachine:
    """Rebuild a machine saved with machine_to_dict. GPU specs are looked up again by id (a
    GPU whose id left the catalog keeps its detected facts, unmatched)."""
    gpu_fields = {f.name for f in fields(DetectedGpu)} - {"spec"}
    gpus = []
    for raw in data.get("gpus") or ():
        if not isinstance(raw, Mapping) or not raw.get("name"):
            raise ValueError("saved machine: each GPU needs a 'name'")
        values = {k: v for k, v in raw.items() if k in gpu_fields}
        gpu = DetectedGpu(**values)
        if gpu.gpu_id:
            try:
                gpu = replace(gpu, spec=_spec(gpu.gpu_id, catalog))
            except ValueError:
                gpu = replace(gpu, gpu_id=None, match_how=Message(say.ID_NO_LONGER_KNOWN))
        gpus.append(gpu)
    machine_fields = {f.name for f in fields(LocalMachine)} - {"gpus", "probe_log"}
    values = {k: v for k, v in data.items() if k in machine_fields}
    log = tuple(ProbeRecord(**{k: v for k, v in r.items() if k in (
        "probe", "ok", "message", "command", "output", "seconds")})
        for r in data.get("probe_log") or () if isinstance(r, Mapping))
    return LocalMachine(gpus=tuple(gpus), probe_log=log, **values)


__all__ = ["add_gpu", "diagnostics_text", "gpu_from_spec", "gpu_to_dict", "machine_from_dict",
           "machine_from_gpu_ids", "machine_to_dict", "remove_gpu", "with_gpu_override",
           "with_ram"]
