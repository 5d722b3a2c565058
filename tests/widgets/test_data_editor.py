"""st.data_editor through AppTest and the engine: the edit state under the
key, edits applied to each input format, on_change with args and kwargs,
Streamlit's read-only key, and AppTest's refusal of set_value."""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

import pandas as pd
import pytest

from wasmlit.api import new_session
from wasmlit.engine.script import ScriptSource
from wasmlit.testing import AppTest
from wasmlit.testing.element_tree import AppTestError

EDIT = {"edited_rows": {0: {"n": 10}}, "added_rows": [{"name": "z", "n": 7}], "deleted_rows": [1]}


def edited(data_expr: str, state: dict[str, Any], num_rows: str = "dynamic") -> Any:
    at = AppTest.from_string(f'''
        import streamlit as st, pandas as pd, datetime as dt
        out = st.data_editor({data_expr}, key="ed", num_rows="{num_rows}")
        st.session_state.out = out
    ''')
    at.session_state["ed"] = state
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at.session_state.out


def test_the_edit_state_lives_under_the_key_with_int_rows() -> None:
    at = AppTest.from_string('''
        import streamlit as st
        st.data_editor([{"name": "a", "n": 1}], key="ed")
        st.write(st.session_state["ed"])
    ''').run()
    assert at.json[0].value == '{"edited_rows": {}, "added_rows": [], "deleted_rows": []}'
    at.session_state["ed"] = {"edited_rows": {"0": {"n": 5}}}
    at.run()
    assert at.session_state["ed"]["edited_rows"] == {0: {"n": 5}}
    assert at.session_state["ed"].edited_rows == {0: {"n": 5}}  # attribute access, as in Streamlit
    assert len(at.data_editor) == 1 and at.data_editor[0].editing_mode == "fixed"
    assert at.dataframe[0].value["n"].tolist() == [1]  # the element shows the data as given


def test_edits_come_back_in_the_type_of_the_input() -> None:
    records = edited('[{"name": "a", "n": 1}, {"name": "b", "n": 2}, {"name": "c", "n": 3}]', EDIT)
    assert records == [{"name": "a", "n": 10}, {"name": "c", "n": 3}, {"name": "z", "n": 7}]
    columns = edited('{"name": ["a", "b", "c"], "n": [1, 2, 3]}', EDIT)
    assert columns == {"name": ["a", "c", "z"], "n": [10, 3, 7]}
    values = edited("[1, 2, 3]", {"edited_rows": {0: {"value": 10}}, "added_rows": [{"value": 7}],
                                  "deleted_rows": [1]})
    assert values == [10, 3, 7]
    assert edited("(1, 2)", {"edited_rows": {1: {"value": 5}}}) == (1, 5)
    assert edited('{"a": 1, "b": 2}', {"edited_rows": {0: {"value": 10}}, "added_rows": [{"_index": "q", "value": 7}],
                                       "deleted_rows": [1]}) == {"a": 10, "q": 7}
    assert edited('[["a", 1], ["b", 2]]', {"edited_rows": {0: {"1": 10}}}) == [["a", 10], ["b", 2]]


def test_pandas_edits_follow_streamlit() -> None:
    df = edited('pd.DataFrame({"name": ["a", "b", "c"], "n": [1, 2, 3]})', EDIT)
    assert isinstance(df, pd.DataFrame)
    assert df.index.tolist() == [0, 2, 3] and df["n"].tolist() == [10, 3, 7] and df["name"].tolist() == ["a", "c", "z"]
    indexed = edited('pd.DataFrame({"n": [1, 2]}, index=["x", "y"])',
                     {"edited_rows": {0: {"_index": "X"}}, "added_rows": [{"_index": "y", "n": 5}, {"_index": "w", "n": 6}]})
    assert indexed.index.tolist() == ["X", "y", "w"] and indexed["n"].tolist() == [1, 2, 6]  # "y" exists: skipped
    series = edited('pd.Series([1, 2], name="s")', {"edited_rows": {1: {"s": 9}}}, num_rows="fixed")
    assert isinstance(series, pd.Series) and series.tolist() == [1, 9]


def test_values_are_parsed_by_the_columns_kind() -> None:
    out = edited('[{"d": dt.date(2024, 1, 1), "t": dt.time(9, 0), "w": dt.datetime(2024, 1, 1, 8), "ok": True, '
                 '"tags": ["a"], "x": 1.5}]',
                 {"edited_rows": {0: {"d": "2024-05-06", "t": "10:30:00", "w": "2024-05-06T07:08:09", "ok": False,
                                      "tags": ["b", "c"], "x": "2.5"}}})
    assert out == [{"d": dt.date(2024, 5, 6), "t": dt.time(10, 30), "w": dt.datetime(2024, 5, 6, 7, 8, 9),
                    "ok": False, "tags": ["b", "c"], "x": 2.5}]
    assert edited('[{"n": 1}]', {"edited_rows": {0: {"n": "not a number"}}}) == [{"n": None}]


def test_the_script_may_not_assign_the_key() -> None:
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.ed = {"edited_rows": {}}
        st.data_editor([1, 2], key="ed")
    ''').run()
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitValueAssignmentNotAllowedError"


def test_apptest_refuses_set_value_as_streamlit_does() -> None:
    at = AppTest.from_string('import streamlit as st\nst.data_editor([1, 2], key="ed")').run()
    with pytest.raises(AppTestError, match=r"set_value\(\) is not supported for data_editor \(key='ed'\).*"
                                           r"Assign the edit state"):
        at.data_editor[0].set_value({})


def test_edits_from_the_page_run_on_change_with_args_and_kwargs() -> None:
    session = new_session(ScriptSource("<app>", source=textwrap.dedent('''
        import streamlit as st
        st.session_state.setdefault("log", [])
        def changed(tag, *, by):
            st.session_state.log.append((tag, by, dict(st.session_state.ed["edited_rows"])))
        out = st.data_editor([{"n": 1}], key="ed", on_change=changed, args=("edit",), kwargs={"by": "page"})
        st.session_state.out = out
    ''')))
    session.run()
    widget = next(w for w, meta in session.state.widget_meta.items() if meta.type == "data_editor")
    session.run([{"type": "set_value", "id": widget, "value": {"edited_rows": {"0": {"n": 4}}, "added_rows": [],
                                                                "deleted_rows": []}}])
    assert session.state.get_item("log") == [("edit", "page", {0: {"n": 4}})]
    assert session.state.get_item("out") == [{"n": 4}]
    session.run()  # a rerun keeps the edits and calls nothing
    assert session.state.get_item("out") == [{"n": 4}] and len(session.state.get_item("log")) == 1


def test_a_malformed_edit_state_from_the_page_is_refused() -> None:
    session = new_session(ScriptSource("<app>", source="import streamlit as st\nst.data_editor([1], key='ed')\n"))
    session.run()
    widget = next(iter(session.state.widget_meta))
    from wasmlit.engine.events import BadEventError

    with pytest.raises(BadEventError, match="edited_rows"):
        session.run([{"type": "set_value", "id": widget, "value": {"edited_rows": [1]}}])


def test_unsupported_data_and_column_names_say_what_to_do() -> None:
    at = AppTest.from_string('import streamlit as st\nst.data_editor(object())').run()
    assert "not supported by the data editor" in at.exception[0].value
    at = AppTest.from_string('import streamlit as st\nst.data_editor({"_index": [1]})').run()
    assert "reserved for the index column" in at.exception[0].value
    at = AppTest.from_string('''
        import streamlit as st, datetime as dt
        st.data_editor({"a": [dt.date(2024, 1, 1)]}, column_config={"a": st.column_config.CheckboxColumn()})
    ''').run()
    assert "is not compatible for editing the underlying data type `date`" in at.exception[0].value


def test_deleted_and_added_rows_keep_a_range_index_as_streamlits_apptest_reads_it() -> None:
    """Arrow keeps a pandas RangeIndex as start/stop/step: rows deleted from a range
    index read back as RangeIndex(1, 4) or RangeIndex(0, 4, 2), not as a plain Index."""
    at = AppTest.from_string('''
        import pandas as pd
        import streamlit as st
        edited = st.data_editor(pd.DataFrame({"a": [1, 2, 3]}), key="ed", num_rows="dynamic")
        st.dataframe(edited)
    ''').run()
    at.session_state["ed"] = {"edited_rows": {}, "added_rows": [], "deleted_rows": [1]}
    at.run()
    assert at.dataframe[1].value.index.equals(pd.RangeIndex(0, 4, 2))
    assert type(at.dataframe[1].value.index) is pd.RangeIndex
    assert at.data_editor[0].proto.editing_mode == 2  # EditingMode.DYNAMIC


def test_a_button_column_click_from_the_page_runs_on_click_once() -> None:
    """ButtonColumn docs example: the click (JSON text from the page) is in st.session_state[key]
    during on_click and the run it starts, then None again (a trigger, as in Streamlit)."""
    session = new_session(ScriptSource("<app>", source=textwrap.dedent('''
        import streamlit as st
        st.session_state.setdefault("log", [])
        def clicked():
            click = st.session_state.view
            st.session_state.log.append((click.row, click["label"]))
        st.data_editor({"name": ["Al", "Bo"], "view": ["View", "View"]},
                       column_config={"view": st.column_config.ButtonColumn("", key="view", on_click=clicked)})
        st.session_state.seen = st.session_state.view
    ''')))
    session.run()
    assert session.state.get_item("seen") is None
    widget = next(w for w, meta in session.state.widget_meta.items() if meta.type == "dataframe_button")
    session.run([{"type": "click", "id": widget, "value": '{"row": 1, "label": "View"}'}])  # the click carries its cell
    assert session.state.get_item("log") == [(1, "View")]
    assert session.state.get_item("seen") == {"row": 1, "label": "View"}
    session.run()
    assert session.state.get_item("seen") is None and len(session.state.get_item("log")) == 1
