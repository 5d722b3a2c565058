"""st.write and magic (BEHAVIOURS.md rules 106-107)."""

from __future__ import annotations

import json

from wasmlit.testing import AppTest


def test_rule_106_write_str_is_markdown():
    at = AppTest.from_string('''
        import streamlit as st
        st.write("Hello **world**")
    ''').run()
    assert [m.value for m in at.markdown] == ["Hello **world**"]


def test_rule_106_write_scalars_are_inline_code():
    at = AppTest.from_string('''
        import streamlit as st
        st.write(42)
        st.write(3.5)
        st.write(True)
        st.write(None)
    ''').run()
    assert [m.value for m in at.markdown] == ["`42`", "`3.5`", "`True`", "`None`"]


def test_rule_106_write_dict_and_list_are_json():
    at = AppTest.from_string('''
        import streamlit as st
        st.write({"a": 1, "b": [1, 2]})
        st.write([1, "two"])
    ''').run()
    assert len(at.markdown) == 0
    assert [json.loads(j.value) for j in at.json] == [{"a": 1, "b": [1, 2]}, [1, "two"]]


def test_rule_106_write_several_args_is_one_markdown_joined_by_spaces():
    at = AppTest.from_string('''
        import streamlit as st
        st.write("Count:", 3)
    ''').run()
    assert [m.value for m in at.markdown] == ["Count: `3`"]


def test_rule_107_magic_string_number_variable_and_dict():
    at = AppTest.from_string('''
        import streamlit as st
        "Some *markdown*"
        123
        x = 7
        x
        {"k": "v"}
    ''').run()
    assert [m.value for m in at.markdown] == ["Some *markdown*", "`123`", "`7`"]
    assert [json.loads(j.value) for j in at.json] == [{"k": "v"}]


def test_rule_107_magic_does_not_display_calls_or_docstrings():
    at = AppTest.from_string('''
        """Module docstring."""
        import streamlit as st
        def f():
            """Function docstring."""
            return 5
        f()
        len("abc")
    ''').run()
    assert len(at.markdown) == 0
    assert len(list(at.main)) == 1
