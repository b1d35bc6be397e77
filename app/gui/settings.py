"""Where the app keeps its state between runs.

Window geometry and recent files live in a QSettings INI file (one format on every OS); the
user's app settings live in `settings.json` next to it, written atomically so a crash mid-write
never leaves a half file. `RIGSIZER_CONFIG_DIR` redirects both (tests, portable installs).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QSettings

from core.atomic_file import save_file

SCHEMA_VERSION = 1
MAX_RECENT = 8
THEMES = ("system", "light", "dark")
LANGUAGE_CHOICES = ("system", "en", "zh_CN")


def user_folder(kind: Literal["config", "data"]) -> Path:
    """RigSizer's folder of that kind ($RIGSIZER_CONFIG_DIR for both, as tests and portable
    installs use, else the OS's own place for it), created if missing.

    Never raises: a folder that cannot be created (a file in its place, a read-only parent)
    must not stop the window from opening. Reading from it then finds nothing (defaults), and
    writing to it raises OSError naming the file, which the caller reports."""
    override = os.environ.get("RIGSIZER_CONFIG_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs

        where = platformdirs.user_config_dir if kind == "config" else platformdirs.user_data_dir
        path = Path(where("RigSizer", appauthor=False))
    with contextlib.suppress(OSError):
        path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    return user_folder("config")


def window_settings() -> QSettings:
    return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)


@dataclass(slots=True)
class AppSettings:
    """Preferences that belong to the user, not to a project file."""

    theme: str = "system"
    language: str = "system"
    creator_type: str | None = None  # None until the first-run page was answered
    samples: int = 10_000
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, raw: Any) -> AppSettings:
        """Keep what is valid, default the rest: a hand-edited or old file never stops the app."""
        s = cls()
        if not isinstance(raw, dict):
            return s
        if raw.get("theme") in THEMES:
            s.theme = raw["theme"]
        if raw.get("language") in LANGUAGE_CHOICES:
            s.language = raw["language"]
        if isinstance(raw.get("creator_type"), str):
            s.creator_type = raw["creator_type"]
        samples = raw.get("samples")
        if isinstance(samples, int) and 100 <= samples <= 200_000:
            s.samples = samples
        known = {f.name for f in fields(cls)} | {"schema_version"}
        s.extra = {k: v for k, v in raw.items() if k not in known}
        return s


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load_app_settings() -> AppSettings:
    try:
        raw = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return AppSettings()
    return AppSettings.from_dict(raw)


def save_app_settings(s: AppSettings) -> OSError | None:
    """Write the settings; None when saved, else why not (its text a sentence naming the file;
    the window says it in its language: app.gui.format.failure_text). Never raises: with an
    unusable config folder the change still applies for this session."""
    data = {"schema_version": SCHEMA_VERSION, **s.extra, **asdict(s)}
    data.pop("extra")
    path = settings_path()
    try:
        save_file(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                  f"could not save the settings to {path}")
    except OSError as exc:
        return exc
    return None


def recent_files() -> list[str]:
    value = window_settings().value("recent_files", [], type=list)
    items = value if isinstance(value, list) else []
    return [str(v) for v in items if isinstance(v, str) and v][:MAX_RECENT]


def add_recent_file(path: str) -> list[str]:
    files = [path, *[f for f in recent_files() if f != path]][:MAX_RECENT]
    qs = window_settings()
    qs.setValue("recent_files", files)
    qs.sync()
    return files
