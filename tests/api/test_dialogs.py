"""st.dialog: a dialog block whose body is a fragment; one dialog per run;
st.rerun() closes it (the app does not open it again); on_dismiss; the
errors Streamlit gives for a wrong decorator."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from wasmlit.host.bridge import Bridge
from wasmlit.testing import AppTest

VOTE = """
import streamlit as st

@st.dialog("Cast your vote")
def vote(item):
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because...")
    if st.button("Submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()

if "vote" not in st.session_state:
    st.write("Vote for your favorite")
    if st.button("A"):
        vote("A")
    if st.button("B"):
        vote("B")
else:
    f"You voted for {st.session_state.vote['item']} because {st.session_state.vote['reason']}"
"""


def dialogs(at: AppTest) -> list[Any]:
    """As in Streamlit's AppTest, a dialog is in the event root (``at[2]``), not in at.main."""
    assert not [n for n in at.main.children.values() if n.type == "dialog"]
    return [n for n in at[2].children.values() if n.type == "dialog"]


def test_the_docs_vote_dialog_opens_takes_input_and_closes_on_rerun() -> None:
    at = AppTest.from_string(VOTE).run()
    assert not dialogs(at)
    at.button[0].click().run()
    [dialog] = dialogs(at)
    assert dialog._node.props["title"] == "Cast your vote"
    assert dialog.markdown[0].value == "Why is A your favorite?"
    at.text_input[0].input("tasty").run()  # AppTest reruns the app: the dialog is not opened again
    assert not dialogs(at)


def test_submitting_in_the_dialog_records_the_vote_and_closes_it(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(textwrap.dedent(VOTE))
    out: list[dict[str, Any]] = []
    b = Bridge(out.append, str(tmp_path), "app.py")
    b.first_run()
    button = next(w for w, m in b.session.widgets.items() if m.label == "A")
    b.handle({"type": "events", "events": [{"type": "click", "id": button}]})
    field = next(w for w, m in b.session.widgets.items() if m.label == "Because...")
    out.clear()
    # A widget in the dialog reruns only its body: the dialog stays open.
    b.handle({"type": "events", "events": [{"type": "set_value", "id": field, "value": "tasty"}]})
    assert next(m for m in out if m["type"] == "run_started")["scope"] != []
    assert any(n.type == "dialog" for n in b.session.tree.walk("2"))
    submit = next(w for w, m in b.session.widgets.items() if m.label == "Submit")
    b.handle({"type": "events", "events": [{"type": "click", "id": submit}]})
    assert b.rerun_owed
    b.handle({"type": "rerun"})
    assert not any(n.type == "dialog" for n in b.session.tree.walk("2"))
    assert [n.props["body"] for n in b.session.tree.walk() if n.type == "markdown"] == ["You voted for A because tasty"]


def test_only_one_dialog_may_be_opened_per_run() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.dialog("One")
        def one():
            st.write("one")
        @st.dialog("Two")
        def two():
            st.write("two")
        one()
        two()
    """).run()
    assert at.exception[0].message == (
        "Only one dialog is allowed to be opened at the same time. Please make sure to not call a dialog-decorated "
        "function more than once in a script run.")


def test_dialog_decorator_errors() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        @st.dialog
        def oops():
            pass
    """).run()
    assert at.exception[0].message.startswith("The dialog decoration failed.")
    at = AppTest.from_string("""
        import streamlit as st
        st.dialog("")
    """).run()
    assert at.exception[0].message.startswith("A non-empty `title` argument has to be provided for dialogs")


def test_dialog_width_dismissible_and_on_dismiss_callback(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(textwrap.dedent("""
        import streamlit as st
        st.session_state.setdefault("dismissed", 0)
        def count():
            st.session_state.dismissed += 1
        @st.dialog("Settings", width="large", dismissible=True, on_dismiss=count)
        def settings():
            st.write("inside")
        if st.button("Open"):
            settings()
        st.write(f"dismissed {st.session_state.dismissed}")
    """))
    out: list[dict[str, Any]] = []
    b = Bridge(out.append, str(tmp_path), "app.py")
    b.first_run()
    b.handle({"type": "events", "events": [{"type": "click", "id": next(w for w, m in b.session.widgets.items() if m.label == "Open")}]})
    dialog = next(n for n in b.session.tree.walk("2") if n.type == "dialog")
    assert dialog.props["width"] == "large" and dialog.props["on_dismiss"] is True
    b.handle({"type": "events", "events": [{"type": "click", "id": dialog.props["widget_id"]}]})
    assert [n.props["body"] for n in b.session.tree.walk() if n.type == "markdown"] == ["dismissed 1"]
