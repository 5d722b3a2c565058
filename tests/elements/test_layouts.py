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


_GAP_SIZES = "'xxsmall', 'xsmall', 'small', 'medium', 'large', 'xlarge', 'xxlarge', None, a non-negative integer (pixels)"


@pytest.mark.parametrize(("call", "gaps", "message"), [
    # Each case as Streamlit 1.67's AppTest reports it.
    ('st.columns(2, gap="XSmall")', ["xsmall", "xsmall"], None),
    ("st.columns(2, gap=None)", [None, None], None),
    ("st.columns(2, gap=12)", [None, None], None),
    ("st.columns(np.int64(2))", ["small", "small"], None),
    ("st.columns(True)", ["small"], None),
    ('st.columns(2, gap="tiny")', [], f"Invalid `gap` value. Supported values: {_GAP_SIZES}. Got 'tiny'."),
    ("st.columns(2, gap=-1)", [], f"Invalid `gap` value. Supported values: {_GAP_SIZES}. Got -1."),
    ("st.columns(2, gap=2**33)", [], "The `gap` parameter, set to 8589934592, is outside the required range [0, 4294967295]."),
    ('st.columns(2, vertical_alignment="middle")', [],
     "Invalid `vertical_alignment` value. Supported values: 'top', 'center', 'bottom'. Got 'middle'."),
    ("st.columns(2.0)", [], "Invalid `spec` type. Expected one of: int, sequence of numbers. Provided type: float."),
    ('st.grid(2, gap=("small",))', [],
     "Invalid `gap` value. Supported values: a gap size, a 2-tuple or 2-list of (row_gap, column_gap). "
     "Got a sequence with 1 elements."),
    ('st.grid(2, gap=("small", "huge"))', [],
     f"Invalid `gap` value. Supported values: {_GAP_SIZES}. Got 'huge' for the column gap in `gap`."),
    ('st.container(gap="Huge")', [], f"Invalid `gap` value. Supported values: {_GAP_SIZES}. Got 'Huge'."),
])
def test_gaps_and_column_specs_follow_1_67(call: str, gaps: list, message: str | None):
    at = AppTest.from_string(f'''
        import numpy as np
        import streamlit as st
        {call}
    ''').run()
    assert [c.gap for c in at.columns] == gaps
    assert (at.exception[0].message if at.exception else None) == message
