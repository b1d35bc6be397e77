"""Settings: every number field reads numbers one way and holds the limits a profile file holds.

A value a file (or the planner) would refuse is refused at entry, with its message beside the
field, and changes nothing: "nan" in the budget once went into the profile and then neither
Save nor autosave could write it. Commas: "1,500" is fifteen hundred in every field, "1,5"
is refused (a decimal comma in one field and a thousands separator in the next had read it as
1.5 and as 15). Your own kWh price shows its currency and keeps its meaning when the results
currency changes.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.gui.own_data import ModelDialog
from core.catalogs.profiles import load_profile, save_profile
from tests.app.conftest import wait_for_plan

COMMA = "Use a point for decimals (1.5); a comma may only group thousands (1,500)"


def _enter(edit: QLineEdit, text: str) -> None:
    """Type `text` and leave the field, as a user finishing an entry does."""
    edit.setText(text)
    edit.editingFinished.emit()


@pytest.mark.parametrize(("text", "value", "message"), [
    ("1,500", 1500.0, ""), ("12,000.5", 12000.5, ""), ("1,000,000", 1e6, ""),
    ("１，５００", 1500.0, ""), ("１．５", 1.5, ""),  # typed with a Chinese input method
    ("1.5", 1.5, ""), (" 2e3 ", 2000.0, ""), ("", None, ""),
    ("1,5", None, COMMA), ("0,15", None, COMMA), ("1.000,5", None, COMMA),
    ("1,50", None, COMMA), ("1234,567", None, COMMA),
    ("1_0", None, "Enter the number without underscores"),
    ("nan", None, "Enter a number"), ("inf", None, "Enter a number"),
    ("1e309", None, "Enter a number"), ("abc", None, "Enter a number"),
])
def test_one_rule_for_commas_underscores_and_non_finite_numbers(
        text: str, value: float | None, message: str) -> None:
    from app.gui.format import parse_number  # the one reader of every number field

    assert parse_number(text) == (value, message)


@pytest.mark.parametrize(("row", "key", "text", "message"), [
    ("budget", "budget_usd", "nan", "Enter a number"),
    ("budget", "budget_usd", "1e309", "Enter a number"),
    ("budget", "budget_usd", "0", "Must be above 0"),
    ("psu", "psu_w", "inf", "Enter a number"),
    ("psu", "psu_w", "1e20", "Must be at most 5,000"),
    ("psu", "psu_w", "0.0001", "Must be at least 1"),  # the planner's floor
    ("hours_online", "hours_per_day_online", "nan", "Enter a number"),
    ("hours_online", "hours_per_day_online", "25", "Must be at most 24"),
    ("hours_online", "hours_per_day_online", "-1", "Must not be negative"),
    ("budget", "budget_usd", "1,5", COMMA),
    ("psu", "psu_w", "1_0", "Enter the number without underscores"),
])
def test_a_limit_a_profile_file_would_refuse_is_refused_at_entry(
        make_window, row: str, key: str, text: str, message: str) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("settings")
    field = getattr(window.settings_page.view, row)
    before = window.session.profile
    _enter(field.edit, text)
    assert field.error.isVisible() and field.error.text() == message
    assert window.session.profile is before  # nothing applied, nothing to fail saving


def test_accepted_limits_save_and_plan(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("settings")
    v = window.settings_page.view
    for field, text in ((v.budget, "1,500"), (v.psu, "1"), (v.hours_online, "0")):
        _enter(field.edit, text)
        assert not field.error.isVisible(), text
    p = window.session.profile
    assert (p.budget_usd, p.psu_w, p.hours_per_day_online) == (1500.0, 1.0, 0.0)
    wait_for_plan(qtbot, window)
    assert window.session.plan_error is None  # the planner takes the smallest PSU allowed
    save_profile(p, tmp_path / "limits.toml")
    assert load_profile(tmp_path / "limits.toml").psu_w == 1.0


def test_every_number_field_reads_commas_alike(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("settings")
    own = window.settings_page.own
    # a thousands comma: 1,500 everywhere (a kWh price that high is over the file's limit)
    own.gpu.setCurrentIndex(own.gpu.findData("nvidia-rtx-4090"))
    own.gpu_price.setText("1,500")
    assert own.commit_price()
    assert window.session.profile.gpu_prices["nvidia-rtx-4090"] == 1500.0
    _enter(own.kwh, "1,500")
    assert own.kwh_error.text() == "Must be at most 100"
    # an ambiguous comma is refused in every field, with the same words
    before = window.session.profile
    own.gpu_price.setText("1.000,5")
    assert not own.commit_price()
    assert own.price_error.isVisible() and own.price_error.text() == COMMA
    _enter(own.kwh, "0,15")
    assert own.kwh_error.isVisible() and own.kwh_error.text() == COMMA
    assert window.session.profile is before
    dialog = ModelDialog(window, window.session.catalogs, set())
    dialog.ident.setText("mine")
    dialog.edits["params_b"].setText("1,5")
    dialog._accept()
    assert dialog.model is None
    assert dialog.error.text() == f"Parameters (billions): {COMMA}"
    dialog.edits["params_b"].setText("1_0")
    dialog._accept()
    assert dialog.model is None and "underscores" in dialog.error.text()


def _shown_texts(widget: QWidget) -> list[str]:
    return [lab.text() for lab in widget.findChildren(QLabel) if lab.isVisible()]


def test_a_price_error_goes_once_a_good_price_is_set(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("settings")
    own = window.settings_page.own
    own.gpu_price.setText("0")
    assert not own.commit_price()
    assert any("above 0" in text for text in _shown_texts(own))
    own.gpu_price.setText("900")
    assert own.commit_price()
    assert not any("above 0" in text for text in _shown_texts(own))
    # the card's price note is back, saying the price just entered is the one weighed
    assert any(text.startswith("Your price, $900") for text in _shown_texts(own))


def test_own_kwh_price_shows_its_currency_and_keeps_its_meaning(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("settings")
    page, v = window.settings_page, window.settings_page.view
    own = page.own
    _enter(own.kwh, "0.6")  # region US: read in USD
    assert window.session.profile.electricity_currency == "USD"
    v.region.setCurrentIndex(v.region.findData("cn-beijing"))
    v.region.activated.emit(v.region.currentIndex())
    assert window.session.profile.electricity_price_per_kwh == 0.6
    v.currency.setCurrentIndex(v.currency.findData("CNY"))
    v.currency.activated.emit(v.currency.currentIndex())
    p = window.session.profile
    rates = window.session.catalogs.rates
    expected = float(f"{rates.convert(0.6, 'USD', 'CNY'):.4g}")
    assert p.currency == "CNY" and p.electricity_currency == "CNY"
    assert p.electricity_price_per_kwh == expected  # the same price, not 0.6 CNY nor 0.6 USD
    assert own.kwh.text() == f"{expected:g}"
    assert own.kwh_unit.isVisible() and own.kwh_unit.text() == "CNY/kWh"  # beside the field
    assert f"{expected:g} CNY per kWh" in v.tariff_note.text()
    wait_for_plan(qtbot, window)
    # one step undoes the currency and the conversion together
    window.undo_stack.undo()
    p = window.session.profile
    assert (p.currency, p.electricity_price_per_kwh, p.electricity_currency) == (
        "USD", 0.6, "USD")
    assert own.kwh_unit.text() == "USD/kWh"
    # a new price is read in the region's currency, the one on the bill, as the unit says
    _enter(own.kwh, "")
    assert own.kwh_unit.text() == "CNY/kWh"
    _enter(own.kwh, "0.5")
    assert window.session.profile.electricity_currency == "CNY"
    wait_for_plan(qtbot, window)


def test_an_over_long_key_message_reads_as_one_sentence(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    refresh = window.prices
    refresh.ask_key = True  # ask, never read a stored key
    refresh.ask_api_key = lambda: "k" * 600  # type: ignore[method-assign]
    assert not refresh.refresh()
    shown = window.settings_page.view.refresh_result.text()
    assert "is it a key? The previous prices are kept." in shown
    assert "?." not in shown


def test_a_key_that_cannot_be_one_is_refused_in_chinese(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language="zh_CN")
    refresh = window.prices
    refresh.ask_key = True
    refresh.ask_api_key = lambda: "rpa key with spaces"  # type: ignore[method-assign]
    assert not refresh.refresh()
    shown = window.settings_page.view.refresh_result.text()
    assert shown == "API 密钥中含有空格或控制字符；请重新粘贴。仍使用之前的价格。", shown


def test_the_card_budget_is_typed_in_the_project_s_currency(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    # Results say ¥ for a CNY project; the budget had been asked for in US dollars beside
    # them. It is shown and typed in the project's currency and kept in dollars (the file's
    # budget_usd), and a currency change shows the same budget in the new one.
    window = make_window()
    window.go_to("settings")
    page, v = window.settings_page, window.settings_page.view
    rates = window.session.catalogs.rates
    p = window.session.profile
    for usd in (2000.0, 200_000.0, 1000.0):  # "{:g}" had cut 13305.82 to 13305.8
        window.edit_profile(dataclasses.replace(p, currency="CNY", budget_usd=usd), "budget")
        wait_for_plan(qtbot, window)
        assert "CNY" in v.captions["budget"].text()
        shown = v.budget.edit.text()
        assert "e" not in shown
        assert float(shown) == pytest.approx(rates.convert(usd, "USD", "CNY"), abs=0.006)
        steps = window.undo_stack.count()
        _enter(v.budget.edit, shown)  # read back unchanged: no edit, no drift
        assert window.session.profile.budget_usd == usd
        assert window.undo_stack.count() == steps
    _enter(v.budget.edit, "10000")
    assert window.session.profile.budget_usd == pytest.approx(
        rates.convert(10000.0, "CNY", "USD"))
    page.commit("currency", "USD")
    wait_for_plan(qtbot, window)
    assert "USD" in v.captions["budget"].text()
    assert float(v.budget.edit.text()) == pytest.approx(
        round(rates.convert(10000.0, "CNY", "USD"), 2))
