"""Rules 57-58: buttons are triggers. Also download_button and submit buttons."""

from __future__ import annotations

import pytest

from wasmlit.testing import AppTest


def test_rule_57_button_is_true_only_in_the_click_run():
    at = AppTest.from_string('''
        import streamlit as st
        clicked = st.button("Go", key="go")
        st.write(f"clicked={clicked} state={st.session_state.go}")
    ''').run()
    assert at.markdown[0].value == "clicked=False state=False"
    assert at.session_state.go is False
    at.button(key="go").click().run()
    assert at.markdown[0].value == "clicked=True state=True"
    assert at.button[0].value is True
    assert at.session_state.go is False  # reset once the run completed
    at.run()
    assert at.markdown[0].value == "clicked=False state=False"
    assert at.button[0].value is False
    assert at.session_state.go is False


def test_rule_58_on_click_sees_true_and_script_before_button_sees_click_run_only():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.setdefault("seen", [])
        def cb():
            st.session_state.seen.append(st.session_state.go)
        st.write("before:", repr(st.session_state.get("go", "missing")))
        st.button("Go", key="go", on_click=cb)
    ''').run()
    assert at.markdown[0].value == "before: 'missing'"
    at.run()
    assert at.markdown[0].value == "before: False"
    at.button[0].click().run()
    assert at.session_state.seen == [True]
    assert at.markdown[0].value == "before: True"
    at.run()
    assert at.markdown[0].value == "before: False"


def test_each_click_is_its_own_run():
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.setdefault("n", 0)
        if st.button("+"):
            st.session_state.n += 1
    ''').run()
    for expected in (1, 2, 3):
        at.button[0].click().run()
        assert at.session_state.n == expected


def test_download_button_click_returns_true_once():
    at = AppTest.from_string('''
        import streamlit as st
        if st.download_button("Get", data="a,b\\n1,2", file_name="d.csv", mime="text/csv"):
            st.write("downloaded")
    ''').run()
    dl = at.download_button[0]
    assert dl.type == "download_button"
    assert dl.label == "Get"
    assert dl.key is None
    assert dl.value is False
    assert not at.button  # not listed with plain buttons
    dl.click().run()
    assert at.markdown[0].value == "downloaded"
    assert at.download_button[0].value is True
    at.run()
    assert not at.markdown


def test_button_and_form_submit_button_types_and_keys():
    at = AppTest.from_string('''
        import streamlit as st
        st.button("Plain")
        st.button("Keyed", key="kb")
        with st.form("f"):
            st.text_input("t")
            st.form_submit_button("Save")
    ''').run()
    assert [b.type for b in at.button] == ["button", "button", "button"]
    assert [b.label for b in at.button] == ["Plain", "Keyed", "Save"]
    assert at.button[0].key is None
    assert at.button[1].key == "kb"
    assert len(at.form_submit_button) == 1
    submit = at.form_submit_button[0]
    assert submit.type == "button"
    assert submit.key == "FormSubmitter:f-Save"


def test_download_button_with_a_function_does_not_call_it_during_the_run():
    # Streamlit 1.67 calls it only when the button is pressed in a browser (its AppTest never does).
    at = AppTest.from_string('''
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        def make():
            st.session_state.calls += 1
            return b"x"
        if st.download_button("Get", make, file_name="x.bin"):
            st.write("pressed")
        st.write(f"calls {st.session_state.calls}")
    ''').run()
    assert [m.value for m in at.markdown] == ["calls 0"]
    at.download_button[0].click().run()
    assert [m.value for m in at.markdown] == ["pressed", "calls 0"]


def test_use_container_width_is_read_as_a_width_as_1_67_reads_it() -> None:
    at = AppTest.from_string('''
        import streamlit as st
        st.button("wide", use_container_width=True)
        st.download_button("narrow", data="x", use_container_width=False, width="stretch")
        with st.form("f"):
            st.form_submit_button("submit", use_container_width=True)
    ''').run()
    buttons = [*at.button, *at.get("download_button")]  # buttons, then the download button
    assert [b._node.props["width"] for b in buttons] == ["stretch", "stretch", "content"]
    # 1.67 never sets the buttons' use_container_width field.
    assert [b.proto.use_container_width for b in buttons] == [False, False, False]


def test_a_shortcut_is_written_as_1_67_writes_it_for_every_button() -> None:
    at = AppTest.from_string(
        """
        import streamlit as st
        st.button("A", shortcut="A")
        st.button("D", shortcut="Cmd+Shift+D")
        st.button("F", shortcut="Mod+Option+Shift+F")
        st.download_button("dl", "x", shortcut="Return")
        st.link_button("ln", "https://example.org", shortcut="Alt+ArrowLeft")
        with st.form("f"):
            st.form_submit_button("go", shortcut="shift+F5")
        """
    ).run()
    assert [b.proto.shortcut for b in at.button] == ["a", "cmd+shift+d", "ctrl+alt+shift+f", "shift+f5"]
    assert at.get("download_button")[0].proto.shortcut == "enter"
    assert at.get("link_button")[0].proto.shortcut == "alt+left"


@pytest.mark.parametrize(("shortcut", "message"), [
    ("Ctrl+R", "cannot use the keys 'C' or 'R'"),
    ("", "must contain at least one key or modifier"),
    ("Ctrl+Shift", "must include a non-modifier key"),
    ("A+B", "may only specify a single non-modifier key"),
    ("Ctrl+.", "shortcut must include a single character or one of the supported keys"),
    (5, "Invalid `shortcut` type. Expected one of: str. Provided type: int."),
])
def test_a_shortcut_streamlit_refuses_is_an_error_in_the_app(shortcut: object, message: str) -> None:
    at = AppTest.from_string(f"import streamlit as st\nst.button('x', shortcut={shortcut!r})\nst.write('after')").run()
    assert message in at.exception[0].value


def test_the_shortcut_checks_load_only_for_a_button_that_has_a_shortcut() -> None:
    from tests.api.lazy_imports import probe_lazy_import

    uses = "import streamlit as st\nst.text('drawn')\nst.button('b', shortcut='K')\n"
    assert probe_lazy_import("wasmlit.elements.lib.shortcut_utils", uses) == (False, "drawn")
