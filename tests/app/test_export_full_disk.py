"""An export onto a full disk fails loudly and keeps the previous file (issue 17, item 2).

The disk "fills up" for real: the process's file-size limit (RLIMIT_FSIZE) is lowered below the
report's size, so every write past it fails with EFBIG inside the kernel, for Qt's C++ file
writes and Python's alike. QPdfWriter used to write its own file, so the failed writes went
unnoticed: the export reported success and a truncated PDF replaced the old report.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

if sys.platform == "win32":
    pytest.skip("RLIMIT_FSIZE is POSIX only", allow_module_level=True)

from tests.disk_full import disk_full_after

LIMIT = 12_000  # bytes: below every report (the PDF alone is over 20 kB)
OLD = b"%PDF-1.4 the report from last week, which must survive\n%%EOF\n"


@pytest.fixture
def results_window(make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("results")
    return window


@pytest.mark.parametrize("kind", ["pdf", "html", "csv", "json"])
def test_export_to_a_full_disk_fails_and_keeps_the_old_file(
        results_window, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    page = results_window.results_page
    images = page.plot_images()  # rendered before the disk fills, as the dialog would
    page.plot_images = lambda *a, **k: images
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / f"report.{kind}"
    target.write_bytes(OLD)
    with disk_full_after(LIMIT), pytest.raises(OSError) as raised:
        page.export_to(kind, target)
    assert target.read_bytes() == OLD
    assert sorted(p.name for p in folder.iterdir()) == [target.name]  # no temp file left
    if kind == "pdf":
        assert str(target) in str(raised.value)  # the message says which file

    page.export_to(kind, target)  # with room again, the same export works
    assert target.read_bytes() != OLD and target.stat().st_size > LIMIT
