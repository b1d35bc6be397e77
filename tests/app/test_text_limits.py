"""The window takes in a name or label only what a profile file may hold (core.catalogs.
text_fields): one line of readable text of at most 200 characters, so a save never fails on
text the user typed or pasted."""

from __future__ import annotations

from PySide6.QtGui import QValidator

from app.gui.views.work_view import FieldRow
from core.catalogs.text_fields import MAX_NAME_CHARS, text_problem


def test_a_label_field_refuses_what_a_profile_refuses(qtbot) -> None:  # type: ignore[no-untyped-def]
    row = FieldRow("text")
    qtbot.addWidget(row)
    edit = row.edit
    validator = edit.validator()  # type: ignore[union-attr]
    assert edit.maxLength() == MAX_NAME_CHARS  # type: ignore[union-attr]
    for text in ("Weekly clip", "周更视频 — 1080p", "é ñ ü"):
        assert validator.validate(text, 0)[0] == QValidator.State.Acceptable
        assert text_problem(text, "label") is None
    for text in ("a\tb", "x\u202ey", "two\nlines", "bell\x07"):
        assert validator.validate(text, 0)[0] == QValidator.State.Invalid
        assert text_problem(text, "label") is not None
