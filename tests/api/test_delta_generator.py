"""``DeltaGenerator``: the chart and grid families load on first use (``ON_FIRST_USE``)."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap

from wasmlit.api.delta_generator import ON_FIRST_USE, DeltaGenerator
from wasmlit.engine.cursor import Cursor
from wasmlit.testing import AppTest


def test_each_lazy_family_lists_exactly_the_commands_of_its_mixin() -> None:
    families: dict[tuple[str, str], set[str]] = {}
    for command, family in ON_FIRST_USE.items():
        families.setdefault(family, set()).add(command)
    for (module, mixin), commands in families.items():
        cls = getattr(importlib.import_module(module), mixin)
        public = {name for name in dir(cls) if not name.startswith("_")} - set(dir(Cursor))
        assert public == commands, f"{mixin}: a command missing from ON_FIRST_USE would be 'not supported'"


def test_a_fresh_runtime_imports_no_family_until_a_script_calls_one() -> None:
    # A fresh interpreter: this one has imported the families for other tests.
    probe = textwrap.dedent("""
        import inspect, sys
        from wasmlit.api import st
        from wasmlit.api.delta_generator import ON_FIRST_USE
        from wasmlit.testing import AppTest
        families = {module for module, _ in ON_FIRST_USE.values()}
        assert {"dataframe", "line_chart", "map"} <= set(dir(st))
        print(sorted(families & set(sys.modules)))
        at = AppTest.from_string('''
            import streamlit as st
            from streamlit import line_chart
            st.sidebar.bar_chart({"a": [1, 2]})
            left, right = st.columns(2)
            with left:
                line_chart({"a": [1, 2]})
            right.table({"b": [3]})
            st.write("done")
        ''').run()
        print(len(at.sidebar.get("vega_lite_chart")), len(at.main.get("vega_lite_chart")), len(at.table), at.markdown[-1].value)
        print("wasmlit.elements.vega_charts" in sys.modules, "wasmlit.elements.plotly_chart" in sys.modules)
        print("column_config" in inspect.signature(st.dataframe).parameters, bool(st.dataframe.__doc__))
    """)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    before, drawn, loaded, dataframe = out.stdout.strip().splitlines()[-4:]
    assert before == "[]"
    assert drawn == "1 1 1 done"
    # Only what the script called: the vega family came, plotly's did not.
    assert loaded == "True False"
    # A command bound on first use is the method itself: its signature and help text.
    assert dataframe == "True True"


def test_an_unknown_command_is_still_a_clear_error() -> None:
    dg = DeltaGenerator("0")
    try:
        dg.no_such_chart()
    except Exception as exc:  # noqa: BLE001 (the type is Streamlit's; its message is the point)
        assert "no_such_chart" in str(exc)
    else:
        raise AssertionError("expected an error")


def test_unknown_methods_of_a_container_fail_when_called_with_1_67s_messages() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        table = st.table([1])
        for call in (lambda: table.add_rows([2]), lambda: st.sidebar.rerun()):
            try:
                call()
            except Exception as e:
                st.text(str(e))
    """).run()
    assert [t.value for t in at.text] == [
        "`add_rows()` is not a valid Streamlit command.",
        "Method `rerun()` does not exist for `st.sidebar`. Did you mean `st.rerun()`?"]


def test_echo_below_leaves_no_empty_placeholder_behind() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        with st.echo(code_location="below"):
            st.write("x")
    """).run()
    assert [e.type for e in at.main.children.values()] == ["markdown", "code"]
