"""The Linux archive: one top folder, programs executable, menu entry and installer inside."""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture()
def make_tarball(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.syspath_prepend(str(ROOT / "packaging" / "linux"))
    sys.modules.pop("make_tarball", None)
    from make_tarball import make_tarball

    return make_tarball


def _fake_bundle(tmp_path: Path) -> Path:
    """A folder shaped like PyInstaller's output; the archive step only moves files around."""
    bundle = tmp_path / "RigSizer"
    (bundle / "_internal" / "assets").mkdir(parents=True)
    for name in ("rigsizer", "rigsizer-cli"):
        # Logs its arguments, so a test can see what install.sh ran.
        (bundle / name).write_text(
            '#!/bin/sh\necho "$@" >> "$(dirname "$0")/calls.log"\necho rigsizer 9.9\n')
        (bundle / name).chmod(0o755)
    (bundle / "_internal" / "assets" / "data.toml").write_text("x = 1\n")
    (bundle / "_internal" / "liblink.so").symlink_to("data-does-not-matter.so")
    return bundle


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and symlinks")
def test_tarball_layout_and_modes(make_tarball, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = make_tarball(_fake_bundle(tmp_path), "9.9", tmp_path / "out", machine="x86_64")
    assert out.name == "RigSizer-9.9-linux-x86_64.tar.gz"
    with tarfile.open(out) as tar:
        members = {m.name: m for m in tar.getmembers()}
    top = "RigSizer-9.9-linux-x86_64"
    assert {n.split("/", 1)[0] for n in members} == {top}
    assert members[f"{top}/rigsizer"].mode & 0o111
    assert members[f"{top}/install.sh"].mode & 0o111
    assert members[f"{top}/rigsizer.desktop"].isfile()
    assert members[f"{top}/_internal/assets/data.toml"].isfile()
    assert members[f"{top}/_internal/liblink.so"].issym()
    assert all(m.uid == 0 and m.uname == "" for m in members.values())


@pytest.mark.skipif(sys.platform == "win32", reason="install.sh is for Linux (POSIX sh)")
def test_install_script_writes_a_menu_entry_for_the_unpacked_folder(
        make_tarball, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = make_tarball(_fake_bundle(tmp_path), "9.9", tmp_path / "out", machine="x86_64")
    unpack = tmp_path / "unpacked"
    with tarfile.open(out) as tar:
        tar.extractall(unpack, filter="tar")
    app = unpack / "RigSizer-9.9-linux-x86_64"
    home = tmp_path / "home"
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run(["sh", str(app / "install.sh")], env=env, check=True, capture_output=True)
    # The kernels were compiled (the self-test run) at install time.
    assert (app / "calls.log").read_text().splitlines() == ["--self-test"]
    entry = (home / ".local/share/applications/rigsizer.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app}/rigsizer"' in entry
    assert "@APPDIR@" not in entry and "@ICON@" not in entry
    cli = home / ".local/bin/rigsizer-cli"
    assert subprocess.run([str(cli)], capture_output=True, text=True,
                          check=True).stdout.strip() == "rigsizer 9.9"
    subprocess.run(["sh", str(app / "install.sh"), "--uninstall"], env=env, check=True,
                   capture_output=True)
    assert not (home / ".local/share/applications/rigsizer.desktop").exists()
    assert not cli.exists()


def test_refuses_a_folder_that_is_not_a_bundle(make_tarball, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="rigsizer, rigsizer-cli missing"):
        make_tarball(tmp_path, "1.0", tmp_path / "out")
