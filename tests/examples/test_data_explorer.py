"""examples/data_explorer.py: a grid with row selections, an editor whose state
lives in session state, a table and a JSON tree (plain Python data)."""

from wasmlit.testing import AppTest

APP = "../../examples/data_explorer.py"


def test_first_run_draws_the_grid_the_editor_the_table_and_the_tree():
    at = AppTest.from_file(APP).run()
    assert not at.exception
    browse, editor = at.dataframe
    assert browse.value.shape == (200, 6) and list(browse.value.columns)[:2] == ["city", "visits"]
    assert editor.editing_mode == "dynamic" and at.data_editor[0].key == "editor"
    assert at.table[0].value["value"].tolist() == [200, 8]
    assert '"rows": 200' in at.json[-1].value
    assert [m.value for m in at.markdown if m.value.startswith("Total")] == ["Total items: `6`"]


def test_a_selection_set_in_session_state_names_the_cities():
    at = AppTest.from_file(APP).run()
    at.session_state["browse"] = {"selection": {"rows": [0, 2], "columns": [], "cells": []}}
    at.run()
    assert any(m.value == "cities: Berlin, Lima" for m in at.markdown)


def test_edits_change_the_total_and_show_in_the_edit_state():
    at = AppTest.from_file(APP).run()
    at.session_state["editor"] = {"edited_rows": {1: {"count": 5}}, "added_rows": [{"item": "kiwis", "count": 3}],
                                  "deleted_rows": []}
    at.run()
    assert [m.value for m in at.markdown if m.value.startswith("Total")] == ["Total items: `12`"]
    assert '"edited_rows": {"1": {"count": 5}}' in at.json[1].value
