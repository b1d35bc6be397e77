"""Unsaved-work recovery: the project is autosaved a moment after each edit, removed on save/exit.

The recovery copy is a normal profile TOML (written atomically by core's save_profile) plus a
small JSON note naming the project file it belongs to. Both live in the user data folder
(`RIGSIZER_CONFIG_DIR` when set, for tests and portable installs). A clean exit or a save
deletes them, so finding them at start means the last run ended without saving.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.gui.settings import user_folder
from core.atomic_file import write_text_atomic

if TYPE_CHECKING:
    from core.catalogs.value import Catalogs
    from core.schema import Profile

RECOVERY_NAME = "recovery.toml"
NOTE_NAME = "recovery.json"


def recovery_dir() -> Path:
    return user_folder("data")


def recovery_path() -> Path:
    return recovery_dir() / RECOVERY_NAME


@dataclass(frozen=True, slots=True)
class Recovered:
    profile: Profile
    project_path: Path | None  # the file the unsaved work belongs to, None for a new project
    saved_at: str  # ISO time of the autosave, for the question shown to the user


def write_recovery(profile: Profile, project_path: Path | None, saved_at: str) -> Path:
    """Autosave `profile`; raises ValueError/OSError like save_profile (the caller reports)."""
    from core.catalogs.profiles import save_profile

    path = recovery_path()
    save_profile(profile, path)
    note = {"project_path": None if project_path is None else str(project_path),
            "saved_at": saved_at}
    write_text_atomic(path.with_name(NOTE_NAME), json.dumps(note) + "\n")
    return path


def read_recovery(catalogs: Catalogs | None = None) -> Recovered | None:
    """The autosaved project, or None when there is none or it cannot be read (then removed,
    so a broken leftover does not ask again at every start); checked against `catalogs`, the
    session's once loaded."""
    path = recovery_path()
    if not path.is_file():
        return None
    from core.catalogs.profiles import load_profile

    try:
        profile = load_profile(path, catalogs)
    except (ValueError, OSError):
        clear_recovery()
        return None
    project: Path | None = None
    saved_at = ""
    try:
        note = json.loads(path.with_name(NOTE_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        note = {}
    if isinstance(note, dict):
        if isinstance(note.get("project_path"), str) and note["project_path"]:
            project = Path(note["project_path"])
        if isinstance(note.get("saved_at"), str):
            saved_at = note["saved_at"]
    return Recovered(profile, project, saved_at)


def clear_recovery() -> None:
    folder = recovery_dir()
    for name in (RECOVERY_NAME, NOTE_NAME):
        (folder / name).unlink(missing_ok=True)
