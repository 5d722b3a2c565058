"""st.set_page_config, st.rerun and st.stop."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest


@pytest.mark.parametrize("icon", ["javascript:alert(1)", "JavaScript:void(0)", "vbscript:x", "file:///etc/passwd"])
def test_a_page_icon_that_is_no_image_is_refused(icon: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.set_page_config(page_icon={icon!r})\n").run()
    assert "is not a valid page_icon" in at.exception[0].message


@pytest.mark.parametrize("icon", ["🎈", ":material/home:", "https://example.com/icon.png", "data:image/png;base64,AAAA"])
def test_emoji_material_icons_and_image_urls_are_page_icons(icon: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.set_page_config(page_icon={icon!r})\nst.text('ok')\n").run()
    assert not at.exception and at.text[0].value == "ok"


@pytest.mark.parametrize(("value", "detail"), [("hidden", "Got 'hidden'."), (0, "Got 0.")])
def test_initial_sidebar_state_is_checked_as_streamlit_checks_it(value: object, detail: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.set_page_config(initial_sidebar_state={value!r})\n").run()
    assert at.exception[0].value == (
        "Invalid `initial_sidebar_state` value. Supported values: 'auto', 'expanded', 'collapsed', 'locked', "
        f"a positive integer (width in pixels). {detail}")


def test_initial_sidebar_state_as_a_width_starts_auto_at_that_width() -> None:
    from wasmlit.api.control import _sidebar_state

    assert [_sidebar_state(v) for v in ("locked", 400, None)] == [("locked", None), ("auto", 400), (None, None)]
