"""`rigsizer plan --csv` onto a full disk fails with one sentence and keeps the old file (issue
17, item 2). It used plain open('w'): the old file was emptied before the first byte failed.

The disk "fills up" for real: RLIMIT_FSIZE is lowered below the file's size, so the write fails
with EFBIG in the kernel. (tests/app/test_export_full_disk.py does the same for the reports.)
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.cli import main

if sys.platform == "win32":
    pytest.skip("RLIMIT_FSIZE is POSIX only", allow_module_level=True)

from tests.disk_full import disk_full_after

pytestmark = pytest.mark.timeout(120)

OLD = b"rank,plan_id\r\n1,last-weeks-plan\r\n"


def test_plan_csv_on_a_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "plans.csv"
    target.write_bytes(OLD)
    argv = ["plan", "vtuber", "--gpu", "RTX 3060 12GB", "--samples", "200", "--csv", str(target)]
    with disk_full_after(4096):  # the table is tens of kB
        code = main(argv)
    err = capsys.readouterr().err
    assert code == 2
    assert target.read_bytes() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["plans.csv"]  # no temp file left
    assert err.startswith("rigsizer: error: could not write the CSV file")
    assert str(target) in err and err.count("\n") == 1

    assert main(argv) == 0  # room again: the same command writes the whole table
    written = target.read_bytes()
    assert written.startswith(b"\xef\xbb\xbfrank,") and written.count(b"\r\n") > 10
