"""Columns and the layout tree (BEHAVIOURS.md rules 108-110)."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest


def test_rule_108_columns_int_spec_gives_equal_weights():
    at = AppTest.from_string('''
        import streamlit as st
        st.columns(3)
    ''').run()
    assert len(at.columns) == 3
    assert [c.weight for c in at.columns] == pytest.approx([1 / 3] * 3)


def test_rule_108_columns_list_spec_gives_normalized_weights():
    at = AppTest.from_string('''
        import streamlit as st
        a, b = st.columns([2, 1])
    ''').run()
    assert [c.weight for c in at.columns] == pytest.approx([2 / 3, 1 / 3])


def test_rule_108_each_column_has_its_own_element_lists():
    at = AppTest.from_string('''
        import streamlit as st
        c1, c2 = st.columns(2)
        c1.button("Left")
        c1.text("left text")
        with c2:
            st.metric("Right", 1)
            st.text("right text")
        c3, = st.columns(1)
        c3.text("third")
    ''').run()
    assert len(at.columns) == 3
    left, right, third = at.columns
    assert [b.label for b in left.button] == ["Left"]
    assert [t.value for t in left.text] == ["left text"]
    assert len(left.metric) == 0
    assert [m.value for m in right.metric] == ["1"]
    assert [t.value for t in right.text] == ["right text"]
    assert len(right.button) == 0
    assert [t.value for t in third.text] == ["third"]


def test_rule_109_element_lists_follow_the_layout_tree_not_call_order():
    at = AppTest.from_string('''
        import streamlit as st
        c1, c2 = st.columns(2)
        c2.text("written first, in column 2")
        c1.text("written second, in column 1")
    ''').run()
    assert [t.value for t in at.text] == ["written second, in column 1", "written first, in column 2"]


def test_rule_110_seed_columns_counter_title_is_current_after_every_click(examples_dir):
    at = AppTest.from_file(str(examples_dir / "columns_counter.py")).run()
    assert at.title[0].value == "You clicked 0 times"
    at.button[0].click().run()
    assert at.title[0].value == "You clicked 1 times"
    at.button[1].click().run()
    assert at.title[0].value == "You clicked 11 times"
    at.columns[0].button[0].click().run()
    assert at.title[0].value == "You clicked 12 times"
    at.button[2].click().run()
    assert at.title[0].value == "You clicked 0 times"
    assert at.session_state.count == 0
