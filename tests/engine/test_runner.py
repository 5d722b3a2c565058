"""The rerun model (BEHAVIOURS.md rules 1-8) and exceptions / st.stop (rules 111-118)."""

from __future__ import annotations

from wasmlit.testing import AppTest

# -- Rerun model ---------------------------------------------------------------


def test_rule_01_every_run_executes_the_whole_script_with_fresh_variables():
    at = AppTest.from_string('''
        import streamlit as st
        items = []
        items.append("x")
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        st.text(f"items={len(items)}")
        st.text("bottom")
    ''').run()
    assert [t.value for t in at.text] == ["items=1", "bottom"]
    at.run().run()
    assert at.session_state.runs == 3
    assert [t.value for t in at.text] == ["items=1", "bottom"]


def test_rule_02_plain_variable_counter_is_at_most_one():
    at = AppTest.from_string('''
        import streamlit as st
        count = 0
        if st.button("Click me"):
            count += 1
        st.write(f"You clicked {count} times")
    ''').run()
    assert at.markdown[0].value == "You clicked 0 times"
    at.button[0].click().run()
    assert at.markdown[0].value == "You clicked 1 times"
    at.button[0].click().run()
    assert at.markdown[0].value == "You clicked 1 times"
    at.run()
    assert at.markdown[0].value == "You clicked 0 times"


def test_rule_03_session_state_counter_counts_clicks_and_survives_reruns():
    at = AppTest.from_string('''
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        if st.button("Add"):
            st.session_state.count += 1
        st.write(f"Count {st.session_state.count}")
    ''').run()
    assert at.markdown[0].value == "Count 0"
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Count 2"
    at.run()
    assert at.markdown[0].value == "Count 2"
    assert at.session_state.count == 2


def test_rule_04_conditional_element_disappears_when_condition_is_false():
    at = AppTest.from_string('''
        import streamlit as st
        if st.button("Show"):
            st.success("shown")
        st.text("always")
    ''').run()
    assert len(at.success) == 0
    at.button[0].click().run()
    assert [s.value for s in at.success] == ["shown"]
    at.run()
    assert len(at.success) == 0
    assert [t.value for t in at.text] == ["always"]


def test_rule_05_rerun_in_button_branch_costs_two_runs_and_keeps_state():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        clicked = st.button("Go")
        st.text(f"clicked={clicked}")
        if clicked:
            st.session_state.saved = "kept"
            st.warning("from the stopped run")
            st.rerun()
    ''').run()
    assert at.session_state.runs == 1
    at.button[0].click().run()
    assert at.session_state.runs == 3  # one click, two script runs
    assert [t.value for t in at.text] == ["clicked=False"]
    assert len(at.warning) == 0
    assert at.session_state.saved == "kept"
    assert at.button[0].value is False


def test_rule_06_rerun_on_the_first_run_starts_another_run():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.runs = st.session_state.get("runs", 0) + 1
        if "ready" not in st.session_state:
            st.session_state.ready = True
            st.rerun()
        st.text(f"runs={st.session_state.runs}")
    ''').run()
    assert at.session_state.runs == 2
    assert [t.value for t in at.text] == ["runs=2"]


def test_rule_07_each_apptest_is_its_own_session():
    script = '''
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        if st.button("Add"):
            st.session_state.count += 1
        st.text(str(st.session_state.count))
    '''
    first = AppTest.from_string(script).run()
    second = AppTest.from_string(script).run()
    first.button[0].click().run()
    first.button[0].click().run()
    second.run()
    assert first.text[0].value == "2"
    assert second.text[0].value == "0"
    assert second.session_state.count == 0


def test_rule_08_title_above_the_branch_is_one_click_behind():
    at = AppTest.from_string('''
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        st.title(f"Count {st.session_state.count}")
        if st.button("Add"):
            st.session_state.count += 1
    ''').run()
    at.button[0].click().run()
    assert at.title[0].value == "Count 0"
    assert at.session_state.count == 1
    at.button[0].click().run()
    assert at.title[0].value == "Count 1"


def test_rule_08_rerun_in_the_branch_makes_the_title_current():
    at = AppTest.from_string('''
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        st.title(f"Count {st.session_state.count}")
        if st.button("Add"):
            st.session_state.count += 1
            st.rerun()
    ''').run()
    at.button[0].click().run()
    assert at.title[0].value == "Count 1"


def test_rule_08_on_click_callback_shows_the_new_value_in_the_same_run():
    at = AppTest.from_string('''
        import streamlit as st
        if "count" not in st.session_state:
            st.session_state.count = 0
        def add():
            st.session_state.count += 1
        st.title(f"Count {st.session_state.count}")
        st.button("Add", on_click=add)
    ''').run()
    at.button[0].click().run()
    assert at.title[0].value == "Count 1"


# -- Exceptions and st.stop --------------------------------------------------------


def test_rule_111_uncaught_exception_stops_the_script_and_keeps_earlier_elements():
    at = AppTest.from_string('''
        import streamlit as st
        st.text("before")
        raise ValueError("bad value")
        st.text("after")
    ''').run()
    assert len(at.exception) == 1
    exc = at.exception[0]
    assert exc.type == "exception"
    assert exc.proto.type == "ValueError"
    assert exc.message == "bad value"
    assert exc.value == "bad value"
    assert [t.value for t in at.text] == ["before"]


def test_rule_111_custom_exception_type_is_dotted_with_its_module():
    at = AppTest.from_string('''
        import streamlit as st
        class MyError(Exception):
            pass
        raise MyError("mine")
    ''').run()
    assert at.exception[0].proto.type == "__main__.MyError"
    assert at.exception[0].message == "mine"


def test_rule_112_stack_trace_names_the_failing_function_and_line():
    at = AppTest.from_string('''
        import streamlit as st
        def helper():
            return 1 / 0
        helper()
    ''').run()
    exc = at.exception[0]
    assert exc.proto.type == "ZeroDivisionError"
    trace = "\n".join(exc.stack_trace)
    assert "in helper" in trace
    assert "return 1 / 0" in trace
    assert "wasmlit" not in trace.replace("wasmlit-apptest", "")


def test_rule_113_app_runs_normally_after_an_exception_and_keeps_state():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.n = st.session_state.get("n", 0) + 1
        if st.session_state.n == 1:
            raise RuntimeError("first run fails")
        st.text(f"n={st.session_state.n}")
    ''').run()
    assert at.exception[0].message == "first run fails"
    assert at.session_state.n == 1
    at.run()
    assert len(at.exception) == 0
    assert at.session_state.n == 2
    assert [t.value for t in at.text] == ["n=2"]


def test_rule_114_exception_in_callback_leaves_only_the_exception():
    at = AppTest.from_string('''
        import streamlit as st
        def on_go():
            raise KeyError("from callback")
        st.text("body")
        st.button("Go", on_click=on_go)
    ''').run()
    at.button[0].click().run()
    assert len(at.exception) == 1
    assert len(at.button) == 0
    assert len(at.text) == 0
    assert len(list(at.main)) == 2  # the main block and the exception
    exc = at.exception[0]
    assert exc.proto.type == "KeyError"
    assert exc.message == "'from callback'"
    assert any("in on_go" in frame for frame in exc.stack_trace)


def test_rule_115_button_stays_true_after_a_callback_exception_until_next_run():
    at = AppTest.from_string('''
        import streamlit as st
        def boom():
            raise ValueError("boom")
        st.button("Go", key="go", on_click=boom)
    ''').run()
    assert at.session_state.go is False
    at.button[0].click().run()
    assert at.exception[0].message == "boom"
    assert at.session_state.go is True
    at.run()
    assert len(at.exception) == 0
    assert at.session_state.go is False


def test_rule_116_st_exception_draws_an_element_and_does_not_stop():
    at = AppTest.from_string('''
        import streamlit as st
        try:
            raise ValueError("handled")
        except ValueError as e:
            st.exception(e)
        st.text("still running")
    ''').run()
    assert len(at.exception) == 1
    assert at.exception[0].message == "handled"
    assert at.exception[0].proto.type == "ValueError"
    assert [t.value for t in at.text] == ["still running"]


def test_rule_117_st_stop_ends_the_run_silently():
    at = AppTest.from_string('''
        import streamlit as st
        st.text("drawn")
        st.stop()
        st.text("never")
    ''').run()
    assert len(at.exception) == 0
    assert [t.value for t in at.text] == ["drawn"]


def test_rule_117_st_stop_is_not_swallowed_by_except_exception():
    at = AppTest.from_string('''
        import streamlit as st
        try:
            st.stop()
        except Exception:
            st.text("swallowed")
        st.text("never")
    ''').run()
    assert len(at.exception) == 0
    assert len(at.text) == 0


def test_rule_118_keyerror_from_plain_dict_is_bare_with_quoted_message():
    at = AppTest.from_string('''
        import streamlit as st
        d = {}
        d["missing"]
    ''').run()
    assert at.exception[0].proto.type == "KeyError"
    assert at.exception[0].message == "'missing'"


def test_rule_118_streamlit_api_errors_have_dotted_types():
    at = AppTest.from_string('''
        import streamlit as st
        st.text_input("Name")
        st.text_input("Name")
    ''').run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitDuplicateElementId"


def test_login_raises_one_static_site_error_naming_it():
    """st.login (authentication) has no place in a browser-only engine: it says why and what to do."""
    at = AppTest.from_string('''
        import streamlit as st
        st.text("before")
        st.login()
        st.text("after")
    ''').run()
    assert len(at.exception) == 1
    exc = at.exception[0]
    assert exc.proto.type == "streamlit.errors.StreamlitStaticSiteError"
    assert exc.proto.type != "AttributeError"
    assert "st.login" in exc.message and "Fix:" in exc.message
    assert [t.value for t in at.text] == ["before"]


def test_connection_error_is_not_caught_as_attribute_error():
    """st.connection (databases) raises StreamlitStaticSiteError, which except AttributeError does not catch."""
    at = AppTest.from_string('''
        import streamlit as st
        try:
            st.connection("sql")
        except AttributeError:
            st.text("attribute error")
    ''').run()
    assert len(at.text) == 0
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitStaticSiteError"


def test_a_script_that_does_not_compile_runs_nothing_and_reports_a_compile_error():
    """As 1.67: no exception element (the page shows Streamlit's compile error dialog instead)."""
    at = AppTest.from_string('''
        import streamlit as st
        st.text("hello"
    ''').run()
    assert len(at.exception) == 0 and len(at.text) == 0


def test_the_compile_error_reaches_the_page_before_the_runs_end():
    from wasmlit.api import new_session
    from wasmlit.engine.script import ScriptSource

    posted: list[dict] = []
    session = new_session(ScriptSource("<app>", source="import streamlit as st\nst.write('a')\n123 foo\n"), emit=posted.append)
    session.run()
    compile_error, finished = posted[-2], posted[-1]
    assert compile_error["type"] == "script_compile_error"
    assert "line 3" in compile_error["message"] and "SyntaxError: invalid syntax" in compile_error["message"]
    assert finished["type"] == "run_finished" and finished["status"] == "compile_error"


def test_a_chained_exceptions_trace_shows_its_causes_as_1_67() -> None:
    """The cause's frames and ``Type: message`` come first, then 1.67's linking sentence; a
    cause raised inside the runtime keeps its line, not its (runtime) frames."""
    at = AppTest.from_string('''
        import streamlit as st
        def inner():
            raise ValueError("inner")
        try:
            inner()
        except ValueError as error:
            raise RuntimeError("outer") from error
    ''').run()
    trace = at.exception[0].stack_trace
    assert [row.split(",")[1].strip() if row.startswith("File") else row for row in trace] == [
        "line 6", "line 4", "ValueError: inner",
        "The above exception was the direct cause of the following exception:", "line 8"]
    at = AppTest.from_string('''
        import streamlit as st
        st.audio("missing.mp3")
    ''').run()
    trace = at.exception[0].stack_trace
    assert trace[:2] == ["FileNotFoundError: [Errno 2] No such file or directory: 'missing.mp3'",
                         "The above exception was the direct cause of the following exception:"]
    assert len(trace) == 3 and 'st.audio("missing.mp3")' in trace[2]
