"""Errors the command line and GUI show as one plain sentence instead of a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix (a bad file, an unknown GPU name); str() is the message."""
