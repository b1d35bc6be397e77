"""Linux release archive: the one-folder bundle plus a menu entry, as a .tar.gz.

`python3 packaging/build.py --installer` calls `make_tarball`; it can also run on its own:
`python3 packaging/linux/make_tarball.py dist/RigSizer 0.1.0 dist/`.

The archive unpacks to one folder, RigSizer-<version>-linux-<arch>/, that runs where it lies
(`./rigsizer`); `./install.sh` inside adds a menu entry and puts `rigsizer-cli` on PATH for the
current user only. A tarball rather than an AppImage: an AppImage mounts itself read-only on every
start through FUSE, which many distributions no longer ship by default, and adds nothing for a
one-folder app that already carries its own libraries.
"""

from __future__ import annotations

import platform
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Files from this folder that go next to the programs in the archive, with their modes.
EXTRAS = {"rigsizer.desktop": 0o644, "install.sh": 0o755}
PROGRAMS = ("rigsizer", "rigsizer-cli")


def archive_stem(version: str, machine: str | None = None) -> str:
    return f"RigSizer-{version}-linux-{(machine or platform.machine()).lower()}"


def make_tarball(bundle: Path, version: str, out_dir: Path, machine: str | None = None) -> Path:
    """Write <out_dir>/RigSizer-<version>-linux-<arch>.tar.gz from a built one-folder bundle."""
    bundle = Path(bundle)
    missing = [p for p in PROGRAMS if not (bundle / p).is_file()]
    if missing:
        raise ValueError(f"{bundle} is not a RigSizer bundle: {', '.join(missing)} missing "
                         "(build it first with python3 packaging/build.py)")
    stem = archive_stem(version, machine)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{stem}.tar.gz"
    tmp = target.with_name(target.name + ".part")

    def normalize(info: tarfile.TarInfo) -> tarfile.TarInfo:
        # Owner and group of the build machine mean nothing on the user's machine.
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=stem, filter=normalize)
        for name, mode in EXTRAS.items():
            info = tar.gettarinfo(HERE / name, arcname=f"{stem}/{name}")
            info.mode = mode
            with (HERE / name).open("rb") as fh:
                tar.addfile(normalize(info), fh)
    tmp.replace(target)
    return target


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: make_tarball.py BUNDLE_DIR VERSION OUT_DIR")
    print(make_tarball(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])))
