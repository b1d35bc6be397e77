"""Settings → Your own figures: a kWh price, a card price and a described model go into the
profile (undoable), the plan uses them, and a workload can pick the described model."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from app.gui.own_data import ModelDialog, catalog_price_text
from tests.app.conftest import wait_for_plan


def test_own_kwh_and_card_prices_replan(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.go_to("settings")
    own = window.settings_page.own
    # the region's tariff is years old: the note says how old and where to put your own
    note = window.settings_page.view.tariff_note.text()
    assert "days ago: enter your own price below" in note
    # the card first offered for a price is the one plans most miss, not the first name
    assert own.gpu.currentData() == "nvidia-rtx-4090"
    own.kwh.setText("0.5")
    assert own.commit_kwh()
    assert window.session.profile.electricity_price_per_kwh == 0.5
    result = wait_for_plan(qtbot, window)
    assert result.provenance.tariff_id == "own"
    # a card with no dated price in the catalog says so, and takes the user's
    own.gpu.setCurrentIndex(own.gpu.findData("nvidia-rtx-4090"))
    assert "No dated price" in own.gpu_note.text()
    own.gpu_price.setText("1,500")
    assert own.commit_price()
    assert window.session.profile.gpu_prices == {"nvidia-rtx-4090": 1500.0}
    result = wait_for_plan(qtbot, window)
    buy = result.plan("buy:nvidia-rtx-4090")
    assert buy is not None
    assert own.prices.count() == 1 and "$1,500 (yours)" in own.prices.item(0).text()
    # the note no longer asks for the price just entered: it says which one the plans weigh
    own.gpu.setCurrentIndex(own.gpu.findData("nvidia-rtx-4090"))
    assert "No dated price" not in own.gpu_note.text()
    assert "$1,500" in own.gpu_note.text()
    own.kwh.setText("free")
    assert not own.commit_kwh() and own.kwh_error.isVisible()
    # Undo takes the card price back
    window.undo_stack.undo()
    assert window.session.profile.gpu_prices == {}
    assert "No dated price" in own.gpu_note.text()


def test_catalog_price_text_names_kind_and_date() -> None:
    from tests.shipped import catalogs

    g = catalogs().gpu("nvidia-rtx-3090")
    assert catalog_price_text(g) == "Catalog: $1,300 used, as of 2026-04"
    # no dated price: a desktop card is priced as a card, a laptop GPU as the whole laptop
    assert "the whole computer" not in catalog_price_text(catalogs().gpu("nvidia-rtx-4090"))
    laptop = catalog_price_text(catalogs().gpu("nvidia-rtx-4090-laptop"))
    assert laptop.startswith("No dated price") and "the whole computer" in laptop


def test_a_described_model_is_planned_for_the_workload_that_picks_it(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    session = window.session
    dialog = ModelDialog(window, session.catalogs, set())
    dialog.like.setCurrentIndex(dialog.like.findData("wan2.2-t2v-a14b"))
    assert dialog.edits["params_b"].text() == "27"  # the family's figures to start from
    dialog.ident.setText("my-wan")
    dialog.edits["default_steps"].setText("4")
    dialog.cfg.setChecked(False)
    dialog._accept()
    assert dialog.model is not None and dialog.model.default_steps == 4
    bad = ModelDialog(window, session.catalogs, {"my-wan"})
    bad.ident.setText("my-wan")
    bad._accept()
    assert bad.model is None and "short name" in bad.error.text()
    window.settings_page.own._edit(custom_models=(dialog.model,))
    assert [m.id for m in session.profile.custom_models] == ["my-wan"]
    # My work: the video workload's model picker offers it; picking it carries the model
    work = window.work_page
    clip = next(w for w in session.profile.workloads if w.kind == "video")
    work.select(clip.id)
    combo = work.view.rows["model"].edit
    assert isinstance(combo, QComboBox)
    index = combo.findData("my-wan")
    assert index >= 0
    combo.setCurrentIndex(index)
    assert work.commit("model")
    picked = next(w for w in session.profile.workloads if w.id == clip.id)
    assert picked.model == "my-wan" and picked.model_spec == dialog.model
    result = wait_for_plan(qtbot, window)
    assert "my-wan" in result.provenance.model_versions


def test_the_work_page_turns_guidance_off_and_names_the_distilled_steps(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QCheckBox

    window = make_window()
    session, work = window.session, window.work_page
    clip = next(w for w in session.profile.workloads if w.kind == "video")
    work.select(clip.id)
    combo = work.view.rows["model"].edit
    combo.setCurrentIndex(combo.findData("wan2.2-t2v-a14b"))
    assert work.commit("model")
    work.select(clip.id)
    assert "distilled: 4, no CFG" in work.view.rows["steps"].edit.toolTip()
    cfg = work.view.rows["cfg"].edit
    assert isinstance(cfg, QCheckBox) and cfg.isChecked() == clip.cfg
    cfg.setChecked(False)
    assert work.commit("cfg")
    assert next(w for w in session.profile.workloads if w.id == clip.id).cfg is False


def test_an_old_electricity_price_links_to_settings_not_to_a_refresh(
        qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from core.catalogs.profiles import load_profiles
    from core.plan import wording
    from core.plan.pricedates import stale_tariff_warning

    window = make_window()
    # the VTuber runs its avatar at home: electricity is a fifth of the plan's cost
    window.session.set_profile(load_profiles()["vtuber"])
    result = wait_for_plan(qtbot, window)
    warning = next(w for w in result.price_warnings
                   if getattr(w, "template", "") == wording.STALE_TARIFF)
    assert warning == stale_tariff_warning(result.best, window.session.catalogs.tariffs["us"],
                                           "United States")
    only = dataclasses.replace(result, price_warnings=(warning,))
    window.results_page.show_result(only)
    footer = window.results_page.view.prices.text()
    assert "href='settings'" in footer and "href='refresh'" not in footer
    window.go_to("results")
    window.results_page.view.prices.linkActivated.emit("settings")
    assert window.stack.currentWidget() is window.settings_page.view


def test_a_described_model_that_cannot_be_is_refused_in_chinese(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(language="zh_CN")
    dialog = ModelDialog(window, window.session.catalogs, set())
    at = dialog.like.findData("llama-3-8b")
    # the family names its kind as the My work page does, in Chinese: not "(llm)"
    assert dialog.like.itemText(at).endswith("（大模型对话）"), dialog.like.itemText(at)
    shown = [dialog.like.itemText(i) for i in range(dialog.like.count())]
    assert not [x for x in shown if x.endswith(("(llm)", "(image)", "(video)"))], shown
    dialog.like.setCurrentIndex(at)
    dialog.ident.setText("my-llm")
    dialog.edits["params_b"].setText("8")
    dialog.edits["active_params_b"].setText("20")
    dialog._accept()
    assert dialog.model is None
    assert dialog.error.text() == "键“active_params_b”：不能大于 params_b", dialog.error.text()
    dialog.edits["active_params_b"].setText("")
    dialog.ident.setText("SDXL")  # a catalog model's name
    dialog._accept()
    assert dialog.model is None and dialog.error.text().startswith(
        "键“id”：已经是目录中某个模型的 id、名称或别名：Stable Diffusion XL 1.0（sdxl）"), (
        dialog.error.text())


def test_remove_buttons_work_only_on_a_chosen_row(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    """'Remove price' and 'Remove model' are enabled only while a row of their list is
    selected: with an empty list, or nothing chosen, a click would do nothing."""
    window = make_window()
    window.go_to("settings")
    own = window.settings_page.own
    assert own.prices.count() == 0 and own.models.count() == 0
    assert not own.remove_price.isEnabled() and not own.remove_model.isEnabled()
    # a price: listed, but not chosen yet
    own.gpu.setCurrentIndex(own.gpu.findData("nvidia-rtx-4090"))
    own.gpu_price.setText("1500")
    assert own.commit_price()
    assert own.prices.count() == 1 and not own.remove_price.isEnabled()
    own.prices.setCurrentRow(0)  # what a click on the row does
    assert own.remove_price.isEnabled() and not own.remove_model.isEnabled()
    own.prices.clearSelection()
    assert not own.remove_price.isEnabled()
    own.prices.setCurrentRow(0)
    own.remove_price.click()
    assert window.session.profile.gpu_prices == {}
    assert own.prices.count() == 0 and not own.remove_price.isEnabled()
    # a model, likewise
    dialog = ModelDialog(window, window.session.catalogs, set())
    dialog.like.setCurrentIndex(dialog.like.findData("sdxl"))
    dialog.ident.setText("my-sdxl")
    dialog._accept()
    assert dialog.model is not None
    own._edit(custom_models=(dialog.model,))
    assert own.models.count() == 1 and not own.remove_model.isEnabled()
    own.models.setCurrentRow(0)
    assert own.remove_model.isEnabled() and not own.remove_price.isEnabled()
    own.remove_model.click()
    assert window.session.profile.custom_models == ()
    assert own.models.count() == 0 and not own.remove_model.isEnabled()
    window.undo_stack.undo()  # the model is back, and nothing is chosen in its list
    assert own.models.count() == 1 and not own.remove_model.isEnabled()
    wait_for_plan(qtbot, window)


def test_a_card_price_is_typed_and_shown_in_the_project_s_currency(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    # a CNY project's results say ¥; "What you would pay for a card" had asked for US dollars
    import dataclasses

    window = make_window()
    p = window.session.profile
    window.edit_profile(dataclasses.replace(p, currency="CNY"), "currency")
    wait_for_plan(qtbot, window)
    window.go_to("settings")
    own = window.settings_page.own
    rates = window.session.catalogs.rates
    assert "CNY" in own.gpu_caption.text()
    own.gpu.setCurrentIndex(own.gpu.findData("nvidia-rtx-4090"))
    own.gpu_price.setText("12,000")
    assert own.commit_price()
    usd = window.session.profile.gpu_prices["nvidia-rtx-4090"]
    assert usd == pytest.approx(rates.convert(12000.0, "CNY", "USD"))
    assert "¥12,000 (yours)" in own.prices.item(0).text()
    assert "¥12,000" in own.gpu_note.text()
    # and the catalog's own price is said in yuan too, beside the (CNY) caption
    own.gpu.setCurrentIndex(own.gpu.findData("nvidia-rtx-5090"))
    assert own.gpu_note.text().startswith("Catalog: ¥")
