"""What an atomic write leaves behind besides the content: a symbolic link stays a link to the
file it names, an existing file keeps its permissions, a new one gets the usual ones, and a
folder or pipe is refused instead of replaced."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from core.atomic_file import NotARegularFileError, write_text_atomic

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX links, modes and pipes")


@posix
def test_a_link_stays_a_link_and_its_file_gets_the_content(tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    write_text_atomic(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "new"


@posix
def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "shared.csv"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o664)
    write_text_atomic(path, "new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


@posix
def test_a_new_file_gets_the_umask_permissions_not_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "new.csv", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o644


@posix
def test_a_pipe_or_a_folder_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target in (pipe, folder):
        with pytest.raises(NotARegularFileError, match="not a regular file"):
            write_text_atomic(target, "x")
    assert stat.S_ISFIFO(pipe.stat().st_mode) and folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "pipe"]  # no temp file
