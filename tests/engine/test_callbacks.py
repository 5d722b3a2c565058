"""Rules 51-56 and 59-61: on_change / on_click callbacks."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest


def test_rule_51_callbacks_get_args_positionally_and_kwargs_by_keyword():
    at = AppTest.from_string('''
        import streamlit as st
        def cb(a, b, *, c):
            st.session_state.log = f"{a}-{b}-{c}"
        st.text_input("t", key="t", on_change=cb, args=(1, 2), kwargs={"c": 3})
        st.button("b", on_click=cb, args=("x", "y"), kwargs={"c": "z"})
    ''').run()
    at.text_input[0].input("hi").run()
    assert at.session_state.log == "1-2-3"
    at.button[0].click().run()
    assert at.session_state.log == "x-y-z"


def test_rule_52_callback_runs_before_the_script_and_sees_the_new_value():
    at = AppTest.from_string('''
        import streamlit as st
        if "log" not in st.session_state:
            st.session_state.log = []
        def cb():
            st.session_state.log.append(("cb", st.session_state.t))
        st.session_state.log.append(("script", st.session_state.get("t")))
        st.text_input("t", key="t", on_change=cb)
    ''').run()
    at.session_state.log = []
    at.text_input[0].input("new").run()
    assert at.session_state.log == [("cb", "new"), ("script", "new")]


def test_rule_53_no_callback_on_first_run_or_unchanged_value():
    at = AppTest.from_string('''
        import streamlit as st
        if "total" not in st.session_state:
            st.session_state.total = 0.0
            st.session_state.calls = 0
        def update():
            st.session_state.calls += 1
            st.session_state.total = st.session_state.qty * 2.5
        st.number_input("qty", value=4, key="qty", on_change=update)
        st.write(f"${st.session_state.total:.2f}")
    ''').run()
    assert at.markdown[0].value == "$0.00"
    assert at.session_state.calls == 0
    at.number_input[0].set_value(4).run()  # same value: no callback
    assert at.session_state.calls == 0
    at.number_input[0].set_value(6).run()
    assert at.session_state.calls == 1
    assert at.markdown[0].value == "$15.00"


def test_rule_54_callbacks_run_in_page_order():
    at = AppTest.from_string('''
        import streamlit as st
        if "order" not in st.session_state:
            st.session_state.order = []
        def cb(name):
            st.session_state.order.append(name)
        st.text_input("first", key="a", on_change=cb, args=("a",))
        st.checkbox("second", key="b", on_change=cb, args=("b",))
        st.slider("third", 0, 10, key="c", on_change=cb, args=("c",))
    ''').run()
    at.slider[0].set_value(5)
    at.checkbox[0].check()
    at.text_input[0].input("x")
    at.run()
    assert at.session_state.order == ["a", "b", "c"]


def test_rule_55_callback_may_assign_its_own_key_and_other_keys():
    at = AppTest.from_string('''
        import streamlit as st
        def upper():
            st.session_state.name = st.session_state.name.upper()
            st.session_state.other = "set by callback"
        st.text_input("Name", key="name", on_change=upper)
        st.text_input("Other", key="other")
    ''').run()
    at.text_input(key="name").input("ada").run()
    assert not at.exception
    assert at.text_input(key="name").value == "ADA"
    assert at.session_state.name == "ADA"
    assert at.text_input(key="other").value == "set by callback"


def test_rule_56_two_widgets_kept_in_sync_by_callbacks():
    at = AppTest.from_string('''
        import streamlit as st
        def to_b():
            st.session_state.b = st.session_state.a
        def to_a():
            st.session_state.a = st.session_state.b
        st.slider("A", 0, 100, key="a", on_change=to_b)
        st.number_input("B", 0, 100, key="b", on_change=to_a)
    ''').run()
    at.slider[0].set_value(30).run()
    assert at.number_input[0].value == 30
    at.number_input[0].set_value(75).run()
    assert at.slider[0].value == 75
    assert (at.session_state.a, at.session_state.b) == (75, 75)


def test_rule_59_del_key_in_callback_resets_widget_to_default():
    at = AppTest.from_string('''
        import streamlit as st
        def reset():
            del st.session_state["t"]
        st.text_input("t", value="start", key="t")
        st.button("Reset", on_click=reset)
    ''').run()
    at.text_input[0].input("changed").run()
    assert at.session_state.t == "changed"
    at.button[0].click().run()
    assert at.text_input[0].value == "start"
    assert at.session_state.t == "start"


def test_rule_60_clear_in_callback_resets_widgets_and_removes_user_keys():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.setdefault("visits", 0)
        def wipe():
            st.session_state.clear()
        st.text_input("t", value="start", key="t")
        st.checkbox("c", key="c")
        st.button("Clear", on_click=wipe)
    ''').run()
    at.text_input[0].input("changed")
    at.checkbox[0].check()
    at.run()
    at.session_state.extra = 1
    at.button[0].click().run()
    assert at.text_input[0].value == "start"
    assert at.checkbox[0].value is False
    assert "extra" not in at.session_state
    # the script's own setdefault ran after the callback cleared everything
    assert at.session_state.visits == 0


def test_rule_61_on_click_counter_shows_new_count_in_same_run():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.setdefault("count", 0)
        def inc():
            st.session_state.count += 1
        st.button("+1", on_click=inc)
        st.write(f"Count: {st.session_state.count}")
    ''').run()
    assert at.markdown[0].value == "Count: 0"
    at.button[0].click().run()
    assert at.markdown[0].value == "Count: 1"
    at.button[0].click().run()
    assert at.markdown[0].value == "Count: 2"
    at.run()
    assert at.markdown[0].value == "Count: 2"


# -- st.rerun() in a callback (Streamlit 1.67): it ends the callback and votes ----------

KEYED = '''
import streamlit as st
st.session_state.setdefault("app", 0)
st.session_state.app += 1
@st.fragment(key="charts")
def charts():
    st.session_state.setdefault("charts", 0)
    st.session_state.charts += 1
    st.write(f"charts {st.session_state.charts}")
charts()
@st.fragment(key=7)
def table():
    st.session_state.setdefault("table", 0)
    st.session_state.table += 1
    st.write(f"table {st.session_state.table}")
table()
st.button("Refresh charts", on_click=lambda: st.rerun("charts"))
st.button("Refresh both", on_click=lambda: st.rerun(["charts", 7]))
st.button("Unknown", on_click=lambda: st.rerun("nope"))
st.write(f"app {st.session_state.app}")
'''


def test_rerun_in_a_callback_ends_the_callback_without_a_warning():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1
        def cb():
            st.session_state.cb = st.session_state.get("cb", 0) + 1
            st.rerun()
            st.session_state.after = True
        st.button("go", on_click=cb)
        st.write(f"runs={st.session_state.runs} cb={st.session_state.get('cb')} after={st.session_state.get('after')}")
    ''').run()
    at.button[0].click().run()
    assert [m.value for m in at.markdown] == ["runs=2 cb=1 after=None"]
    assert not at.warning and not at.exception


@pytest.mark.parametrize(("button", "shown"), [
    (0, ["charts 2"]),  # only the named fragment reruns (AppTest shows that run's elements)
    (1, ["charts 2", "table 2"]),  # an int key is its string
])
def test_a_callbacks_rerun_with_fragment_keys_reruns_only_those_fragments(button, shown):
    at = AppTest.from_string(KEYED).run()
    at.button[button].click().run()
    assert [m.value for m in at.markdown] == shown
    assert at.session_state.app == 1


def test_unknown_keys_and_keys_outside_callbacks_are_streamlits_errors():
    at = AppTest.from_string(KEYED).run()
    at.button[2].click().run()
    assert at.exception[0].value.startswith("No fragment found for target 'nope'.")
    at = AppTest.from_string("import streamlit as st\nst.rerun('charts')\n").run()
    assert at.exception[0].value.startswith("Passing a fragment key to `st.rerun()` is only allowed from a widget callback")
    at = AppTest.from_string("import streamlit as st\n@st.fragment(key='app')\ndef f(): pass\nf()\n").run()
    assert at.exception[0].value.startswith("`app` is a reserved name and cannot be used as a fragment key")


# -- 1.67's callback modes: on_change="rerun" | "ignore" | a callable -----------------------

MODES_APP = '''
import streamlit as st
quiet = st.checkbox("Quiet", on_change="ignore")
plain = st.text_input("Plain", on_change="rerun")
with st.form("f"):
    in_form = st.slider("In form", on_change="ignore")  # no callback, so no form error
    st.form_submit_button("OK")
st.write(f"{quiet} {plain!r} {in_form}")
'''


def test_on_change_modes_are_no_callback_and_ignore_is_marked_for_the_page() -> None:
    at = AppTest.from_string(MODES_APP).run()
    assert not at.exception
    assert [at.checkbox[0].proto.ignore_rerun, at.text_input[0].proto.ignore_rerun, at.slider[0].proto.ignore_rerun] == \
        [True, False, True]
    # AppTest sends the value with its run, as Streamlit's does.
    at.checkbox[0].check().run()
    assert at.markdown[0].value == "True '' 0"


@pytest.mark.parametrize(("call", "error"), [
    ("st.button('b', on_click='ignore')",
     'StreamlitAPIException: `on_click="ignore"` is not supported on this widget. Pass a callback, or omit `on_click`.'),
    ("st.chat_input(on_submit='rerun')",
     'StreamlitAPIException: `on_submit="rerun"` is not supported on this widget. Pass a callback, or omit `on_submit`.'),
    ("st.checkbox('x', on_change='foo')",
     "StreamlitValueError: Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
    ("st.selectbox('q', [1], on_change=3)",
     "StreamlitValueError: Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
])
def test_bad_callback_modes_raise_1_67s_errors(call: str, error: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\ntry:\n    {call}\nexcept Exception as e:\n"
                             "    st.write(f'{type(e).__name__}: {e}')").run()
    assert at.markdown[0].value == error


def test_capture_and_datetime_widgets_take_the_modes_too() -> None:
    at = AppTest.from_string('''
        import streamlit as st
        st.camera_input("Photo", on_change="ignore")
        st.audio_input("Voice", on_change="ignore")
        st.datetime_input("When", on_change="rerun")
    ''').run()
    assert not at.exception
    assert [n.proto.ignore_rerun for n in at.main.children.values()] == [True, True, False]
