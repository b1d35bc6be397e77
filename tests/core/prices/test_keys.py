"""API keys: the system keyring when there is one, this process's memory when there is none."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest

from core.prices import keys
from core.prices.keys import check_api_key, forget_api_key, get_api_key, store_api_key


class DictKeyring(keyring.backend.KeyringBackend):
    """A keyring that keeps passwords in a dict, standing in for the OS credential store."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


@pytest.fixture(autouse=True)
def clean_state() -> Iterator[None]:
    previous = keyring.get_keyring()
    keys._memory.clear()
    yield
    keys._memory.clear()
    keyring.set_keyring(previous)


def test_with_a_keyring_the_key_goes_there() -> None:
    ring = DictKeyring()
    keyring.set_keyring(ring)
    assert store_api_key("runpod", "  rpa_abc123  ") == "keyring"
    assert ring.items == {("RigSizer", "runpod"): "rpa_abc123"}
    assert keys._memory == {}
    assert get_api_key("runpod") == "rpa_abc123"
    assert forget_api_key("runpod") is True
    assert ring.items == {} and get_api_key("runpod") is None
    assert forget_api_key("runpod") is False


def test_without_a_keyring_the_key_lives_in_memory_only() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(keyring.errors.NoKeyringError):  # the situation on headless Linux
        keyring.set_password("RigSizer", "runpod", "x")
    assert store_api_key("runpod", "rpa_abc123") == "memory"
    assert get_api_key("runpod") == "rpa_abc123"
    assert forget_api_key("runpod") is True
    assert get_api_key("runpod") is None


def test_nothing_stored_means_no_key() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert get_api_key("runpod") is None
    keyring.set_keyring(DictKeyring())
    assert get_api_key("runpod") is None


@pytest.mark.parametrize(("key", "message"), [
    ("", "The API key is empty."),
    ("   ", "The API key is empty."),
    ("rpa_abc 123", "contains spaces or control characters"),
    ("rpa_abc\x00123", "contains spaces or control characters"),
    ("k" * 600, "longer than 512 characters"),
])
def test_malformed_keys_are_refused_without_quoting_them(key: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        check_api_key(key)
    assert key.strip() == "" or key not in str(info.value)
