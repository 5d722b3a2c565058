"""st.metric's delta colour and arrow, value text and errors, as Streamlit 1.67
gives them in AppTest (the expected enums were read from 1.67's AppTest on the
same calls: MetricColor RED 0, GREEN 1, GRAY 2, BLUE 5, PRIMARY 7; MetricDirection
DOWN 0, UP 1, NONE 2)."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest


def _metric(call: str) -> tuple[str, str, int, int, str]:
    at = AppTest.from_string(f"import streamlit as st\n{call}").run()
    assert not at.exception, at.exception
    m = at.metric[0]
    return m.value, m.delta, m.proto.color, m.proto.direction, m.proto.format


@pytest.mark.parametrize(("call", "expected"), [
    # A zero delta (the number 0, or the string "0") is neutral: gray, no arrow.
    ("st.metric('A', 1234.5, 0)", ("1234.5", "0", 2, 2, "")),
    ("st.metric('B', 10, '0', delta_color='inverse')", ("10", "0", 2, 2, "")),
    # "0.0" is not zero for 1.67: a positive delta.
    ("st.metric('B', 10, '0.0')", ("10", "0.0", 1, 1, "")),
    ("st.metric('C', 10, -3)", ("10", "-3", 0, 0, "")),
    ("st.metric('C', 10, -3, delta_color='inverse')", ("10", "-3", 1, 0, "")),
    # A named colour keeps the delta's direction.
    ("st.metric('C', 10, -3, delta_color='blue')", ("10", "-3", 5, 0, "")),
    ("st.metric('C', 10, 3, delta_color='grey')", ("10", "3", 2, 1, "")),
    # delta_arrow overrides the direction, and "off" shows none.
    ("st.metric('D', 'x', 5, delta_arrow='down')", ("x", "5", 1, 0, "")),
    ("st.metric('E', 0.25, 0.1, format='percent', delta_arrow='off')", ("0.25", "0.1", 1, 2, "percent")),
    # A string delta is dedented, not stripped; a missing value is an em dash.
    ("st.metric('F', None, '  -2%  ')", ("—", "-2%  ", 0, 0, "")),
    ("st.metric('G', 3, delta=None, delta_color='primary')", ("3", "", 2, 2, "")),
])
def test_delta_colour_and_direction_as_1_67(call: str, expected: tuple[str, str, int, int, str]) -> None:
    assert _metric(call) == expected


@pytest.mark.parametrize(("call", "message"), [
    ("st.metric('A', 1, 2, delta_color='pink')",
     "Invalid `delta_color` value. Supported values: 'normal', 'inverse', 'off', 'red', 'orange', 'yellow', "
     "'green', 'blue', 'violet', 'gray', 'grey', 'primary'."),
    ("st.metric('A', [1], 2)",
     "Invalid `value` type. Expected one of: int, float, Decimal, NumPy number. Provided type: list. "
     "Convert the value to a number type."),
    ("st.metric('A', 1, 2, delta_arrow='left')",
     "Invalid `delta_arrow` value. Supported values: 'auto', 'up', 'down', 'off'."),
    ("st.metric('A', 1, width=0)",
     "Invalid width value: 0. Width must be either a positive integer (pixels), 'stretch', or 'content'."),
    ("st.metric('A', 1, height='big')",
     "Invalid height value: 'big'. Height must be either a positive integer (pixels), 'stretch', or 'content'."),
])
def test_bad_arguments_raise_1_67s_errors(call: str, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\n{call}\nst.write('after')").run()
    assert at.exception[0].value == message
    assert not at.metric and not at.markdown  # the error stops the script there
