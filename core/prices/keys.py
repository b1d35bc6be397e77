"""API keys for price refresh: the system keyring, or this process's memory where none exists.

Never written to a file or a log. On a machine without a keyring backend (headless Linux:
keyring's `fail` backend raises NoKeyringError), a key lives in memory until the app exits.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Literal

from core.prices import wording as say
from core.schema.message import Message

SERVICE = "RigSizer"


def _keyring() -> ModuleType:
    """keyring, imported on first use: it loads its backends (~0.2 s), which the window's
    start-up should not pay for a key that is needed only when prices are refreshed."""
    importlib.import_module("keyring.errors")
    return importlib.import_module("keyring")


_MAX_KEY_CHARS = 512

# provider -> key, for this process only (used when the keyring cannot store it).
_memory: dict[str, str] = {}


def check_api_key(key: str) -> str:
    """The key without surrounding spaces; ValueError (never quoting the key) when malformed."""
    key = key.strip()
    if not key:
        raise ValueError(Message(say.KEY_EMPTY))
    if len(key) > _MAX_KEY_CHARS:
        raise ValueError(Message(say.KEY_TOO_LONG, chars=_MAX_KEY_CHARS))
    if any(not ch.isprintable() or ch.isspace() for ch in key):
        raise ValueError(Message(say.KEY_SPACES))
    return key


def store_api_key(provider: str, key: str) -> Literal["keyring", "memory"]:
    """Keep `key` for `provider`; returns where it went."""
    key = check_api_key(key)
    try:
        _keyring().set_password(SERVICE, provider, key)
    except (_keyring().errors.KeyringError, RuntimeError):
        _memory[provider] = key
        return "memory"
    _memory.pop(provider, None)
    return "keyring"


def get_api_key(provider: str) -> str | None:
    """The stored key for `provider`: this session's memory first, then the keyring."""
    if provider in _memory:
        return _memory[provider]
    try:
        key = _keyring().get_password(SERVICE, provider)
    except (_keyring().errors.KeyringError, RuntimeError):
        return None
    return key or None


def forget_api_key(provider: str) -> bool:
    """Remove the key from memory and the keyring; True when there was one to remove."""
    removed = _memory.pop(provider, None) is not None
    try:
        _keyring().delete_password(SERVICE, provider)
    except (_keyring().errors.KeyringError, RuntimeError):
        return removed  # none stored there (PasswordDeleteError), or no keyring at all
    return True
