"""Fuzz every data loader with truncated, garbled, hostile and random files (issue 8).

Each bad file must give a one-line CatalogError (a ValueError) that starts with the file it is
about; nothing else may escape (no OverflowError, RecursionError, TypeError...), and nothing
may hang (pytest-timeout bounds every test). A variant that happens to still be valid may load.
"""

from __future__ import annotations

import math
import shutil
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.catalogs._validate import CatalogError
from core.catalogs.clouds import load_clouds_from
from core.catalogs.gpus import load_gpus_from
from core.catalogs.models import load_catalog_from
from core.catalogs.profiles import ProfileError, load_profile
from core.catalogs.tariffs import load_rates_from, load_tariffs_from

pytestmark = pytest.mark.timeout(120)

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "assets" / "catalogs"
PROFILES = ROOT / "assets" / "profiles"
FUZZ = settings(max_examples=15, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])


class Target:
    """One shipped file and how to load a replacement for it from a scratch folder."""

    def __init__(self, source: Path, load: Callable[[Path], object], folder: str,
                 companion: Path | None = None) -> None:
        self.source = source
        self.load = load
        self.folder = folder  # sub-folder under <tmp>/catalogs the file must sit in
        # an intact file the loader needs beside this one (offers for a storage-only provider
        # file, the quant formats a models file names)
        self.companion = companion if companion != source else None

    def place(self, tmp: Path, data: bytes) -> Path:
        # a fresh folder per variant: the loaders read every *.toml in their folder
        base = tmp / "catalogs" / self.folder if self.folder else tmp
        if base.exists():
            shutil.rmtree(base)
        base.mkdir(parents=True)
        path = base / self.source.name
        path.write_bytes(data)
        if self.companion is not None:
            shutil.copy(self.companion, base / self.companion.name)
        return path

    def run(self, tmp: Path, data: bytes) -> str | None:
        """Load `data` as this file: None when it loads, else the error message (checked)."""
        path = self.place(tmp, data)
        return check(self.load, path)

    def __repr__(self) -> str:
        return self.source.name


def check(load: Callable[[Path], object], path: Path) -> str | None:
    try:
        load(path)
    except CatalogError as exc:  # ProfileError is one too
        message = str(exc)
        assert message.strip(), path
        assert "\n" not in message and "\r" not in message, message
        assert message.startswith(exc.file), message
        assert len(message) < 1000, message[:200]
        return message
    return None


def _folder(loader: Callable[[Path], object]) -> Callable[[Path], object]:
    return lambda path: loader(path.parent)


TARGETS = (
    [Target(p, _folder(load_gpus_from), "gpus") for p in sorted((CATALOGS / "gpus").glob("*"))]
    + [Target(p, _folder(load_clouds_from), "clouds", CATALOGS / "clouds" / "runpod.toml")
       for p in sorted((CATALOGS / "clouds").glob("*"))]
    + [Target(p, _folder(load_catalog_from), "models", CATALOGS / "models" / "llm.toml")
       for p in sorted((CATALOGS / "models").glob("*"))]
    + [Target(CATALOGS / "tariffs.toml", load_tariffs_from, ""),
       Target(CATALOGS / "currencies.toml", load_rates_from, "")]
    + [Target(p, load_profile, "") for p in sorted(PROFILES.glob("*.toml"))]
)
IDS = [f"{t.folder or 'top'}/{t.source.name}" for t in TARGETS]


def test_every_shipped_file_is_covered_and_loads_as_is(tmp_path: Path) -> None:
    assert len(TARGETS) >= 20
    for t in TARGETS:
        assert t.run(tmp_path, t.source.read_bytes()) is None, t


@pytest.mark.parametrize("target", TARGETS, ids=IDS)
def test_truncated_at_many_offsets(target: Target, tmp_path: Path) -> None:
    data = target.source.read_bytes()
    cuts = set(range(0, len(data), max(1, len(data) // 16)))
    # cut inside a line's key, just after '=', and mid-string: the spots a crash could hide
    for marker in (b"=", b'"', b"[[", b"\n"):
        at = data.find(marker, len(data) // 3)
        if at >= 0:
            cuts.update((at, at + 1))
    failures = [target.run(tmp_path, data[:cut]) for cut in sorted(cuts)]
    assert any(f is not None for f in failures)  # an empty file is never a valid catalog


@pytest.mark.parametrize("target", TARGETS[::3], ids=IDS[::3])
def test_random_byte_flips(target: Target, tmp_path: Path) -> None:
    data = target.source.read_bytes()

    @FUZZ
    @given(flips=st.lists(st.tuples(st.integers(0, len(data) - 1), st.integers(0, 255)),
                          min_size=1, max_size=8))
    def run(flips: list[tuple[int, int]]) -> None:
        buf = bytearray(data)
        for at, value in flips:
            buf[at] = value
        target.run(tmp_path, bytes(buf))

    run()


# Values a hostile or careless edit puts where a figure belongs.
HOSTILE: list[Any] = [
    10**400, -(10**400), 2**63, -1, 0, 1e308, -0.0, math.inf, -math.inf, math.nan, "",
    " ", "x\ny", "../../etc/passwd", "/etc/passwd", "C:\\Windows\\win.ini", "\x00", "é" * 5000,
    True, [], [1, "a"], {}, {"a": {"b": {"c": 1}}}, [[[[[]]]]], "2025-13-45", "9" * 4000,
]


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a leaf or table in a parsed TOML document."""
    out: list[tuple[Any, ...]] = [prefix] if prefix else []
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc[:3]):
            out += _paths(v, (*prefix, i))
    return out


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        doc = doc[step]
    doc[path[-1]] = value


@pytest.mark.parametrize("target", TARGETS[1::3], ids=IDS[1::3])
def test_hostile_values_in_valid_files(target: Target, tmp_path: Path) -> None:
    text = target.source.read_text(encoding="utf-8")
    doc = tomllib.loads(text)
    paths = _paths(doc)

    @FUZZ
    @given(where=st.sampled_from(paths), value=st.sampled_from(HOSTILE),
           rename=st.booleans())
    def run(where: tuple[Any, ...], value: Any, rename: bool) -> None:
        new = tomllib.loads(text)
        if rename and isinstance(where[-1], str):
            # the same value under a hostile key name (a newline, a path) must be named safely
            parent: Any = new
            for step in where[:-1]:
                parent = parent[step]
            parent[str(value) if isinstance(value, str) and value else "a\nb"] = \
                parent.pop(where[-1])
        else:
            _set(new, where, value)
        data = tomli_w.dumps(new).encode("utf-8")
        target.run(tmp_path, data)

    run()


_scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70),
                     st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20),
                     st.datetimes())
_toml_values = st.recursive(
    _scalars.filter(lambda v: v is not None),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=20)
_docs = st.dictionaries(st.sampled_from(["gpu", "offer", "provider", "model", "quant", "kind",
                                         "tariff", "currency", "workload", "name",
                                         "creator_type", "id", "storage", "x"]),
                        _toml_values, max_size=5)


@FUZZ
@given(doc=_docs)
def test_random_toml_documents(doc: dict[str, Any], tmp_path: Path) -> None:
    data = tomli_w.dumps(doc).encode("utf-8")
    for t in TARGETS[::4]:
        t.run(tmp_path, data)


@pytest.mark.parametrize("name", ["gpus", "profile"])
def test_deep_nesting_is_an_error_not_a_recursion_crash(name: str, tmp_path: Path) -> None:
    deep = b"x = " + b"[" * 50_000 + b"]" * 50_000 + b"\n"
    inline = b"x = " + b"{a = " * 5000 + b"1" + b"}" * 5000 + b"\n"
    target = TARGETS[0] if name == "gpus" else next(t for t in TARGETS if t.folder == "")
    for data in (deep, inline):
        assert target.run(tmp_path, data) is not None


@pytest.mark.parametrize("target", [TARGETS[0], TARGETS[-1]], ids=["gpus", "profile"])
@pytest.mark.parametrize(("data", "words"), [
    (b"", None),
    (b"\xef\xbb\xbf", None),  # a UTF-8 BOM alone
    (b"\xff\xfe\x00x", "UTF-8"),  # UTF-16 or garbage
    (b"name = \"\xe9t\xe9\"\n", "UTF-8"),  # Latin-1 text
    (b"\x00" * 1000, None),
    (b"[[gpu]]\n" * 20_000, None),  # many empty entries
    (b"a = 1\na = 2\n", "TOML"),  # duplicate key
    (b'id = "' + b"x" * 1_000_000 + b'"\n', None),  # a megabyte string
], ids=["empty", "bom", "utf16", "latin1", "nul", "many-empty", "dup-key", "huge-string"])
def test_odd_files(target: Target, data: bytes, words: str | None, tmp_path: Path) -> None:
    message = target.run(tmp_path, data)
    assert message is not None
    if words:
        assert words in message


def test_a_directory_or_a_missing_file_instead_of_a_file(tmp_path: Path) -> None:
    (tmp_path / "dir.toml").mkdir()
    for path in (tmp_path / "dir.toml", tmp_path / "missing.toml"):
        for load in (load_profile, load_tariffs_from, load_rates_from):
            assert check(load, path) is not None
    with pytest.raises(ProfileError, match="cannot be read"):
        load_profile(tmp_path / "dir.toml")
    # a catalog folder holding a directory named like a file, or no folder at all
    folder = tmp_path / "catalogs" / "gpus"
    (folder / "sub.toml").mkdir(parents=True)
    for load in (load_gpus_from, load_clouds_from, load_catalog_from):
        check(load, folder)  # an empty folder may load as an empty catalog, but never crash
        assert check(load, tmp_path / "nowhere") is not None


def test_an_unreadable_file_is_one_line(tmp_path: Path) -> None:
    import os

    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs a POSIX user that file permissions apply to")
    path = tmp_path / "p.toml"
    shutil.copy(PROFILES / "vtuber.toml", path)
    path.chmod(0)
    try:
        message = check(load_profile, path)
        assert message is not None and "cannot be read" in message
    finally:
        path.chmod(0o600)


GPU_ENTRY = """\
[[gpu]]
id = "test-gpu"
name = "Test GPU"
vendor = "nvidia"
architecture = "Ada Lovelace"
form_factor = "desktop"
vram_gib = 24
mem_bandwidth_gb_s = 1008
fp32_tflops = 82.6
fp16_tensor_tflops = 165.2
tdp_w = 450
release_date = "2022-10"
source = "test"
retrieved = "2025-01-01"
"""


@pytest.mark.parametrize(("edit", "words"), [
    # a 400-digit integer used to escape as OverflowError from math.isfinite
    (("vram_gib = 24", "vram_gib = 1" + "0" * 400), "key 'vram_gib': must be a finite number"),
    (("vram_gib = 24", "vram_gib = inf"), "key 'vram_gib': must be a finite number"),
    (("vram_gib = 24", "vram_gib = nan"), "key 'vram_gib': must be a finite number"),
    # a quoted key or id with a newline used to split the message over two lines
    (("tdp_w = 450", 'tdp_w = 450\n"a\\nb" = 1'), "key 'a\\nb': unknown key"),
    (('id = "test-gpu"', 'id = "x\\ny"\nbogus = 1'), "entry 'x\\ny'"),
    # a megabyte id is cut in the message, not printed whole
    (('id = "test-gpu"', 'id = "' + "x" * 1_000_000 + '"\nbogus = 1'), "…"),
    (("tdp_w = 450", 'tdp_w = "' + "9" * 100_000 + '"'), "must be a number"),
])
def test_hostile_values_get_a_short_one_line_message(edit: tuple[str, str], words: str,
                                                      tmp_path: Path) -> None:
    assert TARGETS[0].run(tmp_path, GPU_ENTRY.encode()) is None  # the base entry is valid
    message = TARGETS[0].run(tmp_path, GPU_ENTRY.replace(*edit).encode())
    assert message is not None and words in message, message
