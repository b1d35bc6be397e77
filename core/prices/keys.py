"""API keys for price refresh: the system keyring, or this process's memory where none exists.

Never written to a file or a log. On a machine without a keyring backend (headless Linux:
keyring's `fail` backend raises NoKeyringError), a key lives in memory until the app exits.
"""

from __future__ import annotations

from typing import Literal

import keyring
import keyring.errors

SERVICE = "RigSizer"
_MAX_KEY_CHARS = 512

# provider -> key, for this process only (used when the keyring cannot store it).
_memory: dict[str, str] = {}


def check_api_key(key: str) -> str:
    """The key without surrounding spaces; ValueError (never quoting the key) when malformed."""
    key = key.strip()
    if not key:
        raise ValueError("The API key is empty.")
    if len(key) > _MAX_KEY_CHARS:
        raise ValueError(f"The API key is longer than {_MAX_KEY_CHARS} characters; is it a key?")
    if any(not ch.isprintable() or ch.isspace() for ch in key):
        raise ValueError("The API key contains spaces or control characters; paste it again.")
    return key


def store_api_key(provider: str, key: str) -> Literal["keyring", "memory"]:
    """Keep `key` for `provider`; returns where it went."""
    key = check_api_key(key)
    try:
        keyring.set_password(SERVICE, provider, key)
    except (keyring.errors.KeyringError, RuntimeError):
        _memory[provider] = key
        return "memory"
    _memory.pop(provider, None)
    return "keyring"


def get_api_key(provider: str) -> str | None:
    """The stored key for `provider`: this session's memory first, then the keyring."""
    if provider in _memory:
        return _memory[provider]
    try:
        key = keyring.get_password(SERVICE, provider)
    except (keyring.errors.KeyringError, RuntimeError):
        return None
    return key or None


def forget_api_key(provider: str) -> bool:
    """Remove the key from memory and the keyring; True when there was one to remove."""
    removed = _memory.pop(provider, None) is not None
    try:
        keyring.delete_password(SERVICE, provider)
    except (keyring.errors.KeyringError, RuntimeError):
        return removed  # none stored there (PasswordDeleteError), or no keyring at all
    return True
