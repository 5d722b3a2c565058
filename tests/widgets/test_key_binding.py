"""Rules 34-42: keyed widgets and session state, default values and types."""

from __future__ import annotations

import datetime as dt

from wasmlit.testing import AppTest


def test_rule_34_keyed_widget_value_lives_in_session_state():
    at = AppTest.from_string('''
        import streamlit as st
        v = st.text_input("Name", key="w")
        st.write(f"{v == st.session_state.w} {v!r}")
    ''').run()
    assert at.session_state["w"] == ""
    at.text_input(key="w").input("Ada").run()
    assert at.session_state.w == "Ada"
    assert at.markdown[0].value == "True 'Ada'"


def test_rule_35_default_values_and_types():
    at = AppTest.from_string('''
        import datetime as dt
        import streamlit as st
        st.text_input("ti", key="ti")
        st.text_area("ta", key="ta")
        st.number_input("n0", key="n0")
        st.number_input("n5", value=5, key="n5")
        st.slider("s0", key="s0")
        st.slider("sf", 0.0, 1.0, key="sf")
        st.slider("sr", 0, 100, (20, 80), key="sr")
        st.select_slider("ss", ["a", "b", "c"], key="ss")
        st.selectbox("sb", ["x", "y"], key="sb")
        st.multiselect("ms", ["x", "y"], key="ms")
        st.radio("ra", ["p", "q"], key="ra")
        st.checkbox("cb", key="cb")
        st.toggle("tg", key="tg")
        st.color_picker("cp", key="cp")
        st.date_input("di", value=dt.date(2024, 1, 2), key="di")
        st.time_input("tm", value=dt.time(9, 30), key="tm")
    ''').run()
    ss = at.session_state
    expected = {
        "ti": ("", str), "ta": ("", str), "n0": (0.0, float), "n5": (5, int), "s0": (0, int),
        "sf": (0.0, float), "sr": ((20, 80), tuple), "ss": ("a", str), "sb": ("x", str),
        "ms": ([], list), "ra": ("p", str), "cb": (False, bool), "tg": (False, bool),
        "cp": ("#000000", str), "di": (dt.date(2024, 1, 2), dt.date), "tm": (dt.time(9, 30), dt.time),
    }
    for key, (value, typ) in expected.items():
        assert ss[key] == value, key
        assert type(ss[key]) is typ, key
    assert not at.exception


def test_rule_36_interactions_show_up_in_session_state():
    at = AppTest.from_string('''
        import streamlit as st
        st.text_input("t", key="t")
        st.slider("s", 0, 10, key="s")
        st.slider("r", 0, 10, (2, 4), key="r")
        st.number_input("n", value=1, step=2, key="n")
        st.selectbox("sb", ["a", "b"], key="sb")
        st.multiselect("ms", ["a", "b", "c"], key="ms")
        st.checkbox("cb", key="cb")
        st.color_picker("cp", key="cp")
    ''').run()
    at.text_input(key="t").input("hi")
    at.slider(key="s").set_value(7)
    at.slider(key="r").set_range(3, 9)
    at.number_input(key="n").increment()
    at.selectbox(key="sb").select("b")
    at.multiselect(key="ms").select("c").select("a")
    at.checkbox(key="cb").check()
    at.color_picker(key="cp").pick("ff0000")
    at.run()
    ss = at.session_state
    assert ss.t == "hi"
    assert ss.s == 7
    assert ss.r == (3, 9)
    assert ss.n == 3
    assert ss.sb == "b"
    assert ss.ms == ["c", "a"]  # selection order, not option order
    assert ss.cb is True
    assert ss.cp == "#ff0000"
    at.multiselect(key="ms").unselect("c")
    at.checkbox(key="cb").uncheck()
    at.run()
    assert ss.ms == ["a"]
    assert ss.cb is False


def test_rule_37_none_initial_values():
    at = AppTest.from_string('''
        import streamlit as st
        st.selectbox("sb", ["a", "b"], index=None, key="sb")
        st.radio("ra", ["a", "b"], index=None, key="ra")
        st.number_input("n", value=None, key="n")
        st.text_input("t", value=None, key="t")
    ''').run()
    for key in ("sb", "ra", "n", "t"):
        assert key in at.session_state
        assert at.session_state[key] is None, key


def test_rule_38_date_and_time_default_to_now():
    before = dt.datetime.now()
    at = AppTest.from_string('''
        import streamlit as st
        st.date_input("d", key="d")
        st.time_input("t", key="t")
    ''').run()
    after = dt.datetime.now()
    d, t = at.session_state.d, at.session_state.t
    assert type(d) is dt.date and d in (before.date(), after.date())
    assert type(t) is dt.time
    assert t.second == 0 and t.microsecond == 0
    assert t in (before.time().replace(second=0, microsecond=0), after.time().replace(second=0, microsecond=0))


def test_rule_39_number_input_defaults_to_min_value_with_its_type():
    at = AppTest.from_string('''
        import streamlit as st
        st.number_input("i", min_value=3, max_value=9, key="i")
        st.number_input("f", min_value=1.5, max_value=9.5, key="f")
    ''').run()
    assert at.session_state.i == 3 and type(at.session_state.i) is int
    assert at.session_state.f == 1.5 and type(at.session_state.f) is float


def test_rule_40_select_slider_with_tuple_value_is_a_range():
    at = AppTest.from_string('''
        import streamlit as st
        v = st.select_slider("r", ["xs", "s", "m", "l", "xl"], value=("s", "l"), key="r")
        st.write(repr(v))
    ''').run()
    assert at.session_state.r == ("s", "l")
    assert at.markdown[0].value == "('s', 'l')"
    at.select_slider(key="r").set_range("xs", "m").run()
    assert at.session_state.r == ("xs", "m")


def test_rule_41_keyed_value_missing_before_widget_on_first_run_only():
    at = AppTest.from_string('''
        import streamlit as st
        st.write("before:", st.session_state.get("w", "missing"))
        st.text_input("w", value="dflt", key="w")
    ''').run()
    assert at.markdown[0].value == "before: missing"
    at.run()
    assert at.markdown[0].value == "before: dflt"
    at.text_input(key="w").input("new").run()
    assert at.markdown[0].value == "before: new"


def test_rule_42_setting_a_key_from_the_test_seeds_or_overrides():
    at = AppTest.from_string('''
        import streamlit as st
        v = st.text_input("w", key="w")
        st.write("got", v)
    ''')
    at.session_state.w = "seeded"
    at.run()
    assert at.text_input[0].value == "seeded"
    assert at.markdown[0].value == "got seeded"
    at.session_state["w"] = "override"
    at.run()
    assert at.markdown[0].value == "got override"
    assert at.session_state.w == "override"


def test_rule_42_seeding_works_for_every_widget_family():
    at = AppTest.from_string('''
        import streamlit as st
        st.slider("s", 0, 100, 10, key="s")
        st.checkbox("c", key="c")
        st.selectbox("sb", ["x", "y"], key="sb")
        st.multiselect("ms", ["x", "y", "z"], key="ms")
        st.number_input("n", key="n")
        st.radio("r", ["p", "q"], key="r")
    ''')
    seeds = {"s": 42, "c": True, "sb": "y", "ms": ["z", "x"], "n": 7.5, "r": "q"}
    for key, value in seeds.items():
        at.session_state[key] = value
    at.run()
    assert not at.exception
    assert [at.slider[0].value, at.checkbox[0].value, at.selectbox[0].value, at.multiselect[0].value,
            at.number_input[0].value, at.radio[0].value] == list(seeds.values())
    assert at.selectbox[0].index == 1
    assert at.multiselect[0].indices == [2, 0]
