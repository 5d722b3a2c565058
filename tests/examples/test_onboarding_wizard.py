"""The multi-step onboarding wizard: BEHAVIOURS.md rules 86-91.

Rules 86-90 drive the seed app ``examples/onboarding_wizard.py``; rule 91
uses an inline wizard whose steps bind widgets directly to keys.
"""

from __future__ import annotations

from pathlib import Path

from wasmlit.testing import AppTest

WIZARD = Path(__file__).resolve().parents[2] / "examples" / "onboarding_wizard.py"


def _button(at: AppTest, label: str):
    matches = [b for b in at.button if b.label == label]
    assert len(matches) == 1, f"expected one {label!r} button, got {at.button}"
    return matches[0]


def _step(at: AppTest) -> int:
    return at.session_state.step


def _to_step_2(at: AppTest, name: str = "Ada") -> AppTest:
    at.text_input[0].input(name)
    _button(at, "Next").click().run()
    assert _step(at) == 2
    return at


def test_rule_86_step_moves_with_next_back_and_start_over():
    at = AppTest.from_file(WIZARD).run()
    assert _step(at) == 1
    assert at.header[0].value == "Step 1 — What is your name?"
    _to_step_2(at)
    assert at.header[0].value == "Step 2 — What do you do, Ada?"
    _button(at, "Back").click().run()
    assert _step(at) == 1
    assert at.header[0].value == "Step 1 — What is your name?"
    _to_step_2(at)
    _button(at, "Next").click().run()
    assert _step(at) == 3
    assert at.header[0].value == "Step 3 — All done!"
    assert at.success[0].value == "Welcome Ada, the Student!"
    _button(at, "Start Over").click().run()
    assert _step(at) == 1
    assert at.caption[0].value == "Step 1 of 3"
    assert len(at.exception) == 0


def test_rule_87_next_needs_a_name_and_typing_alone_does_not_advance():
    at = AppTest.from_file(WIZARD).run()
    _button(at, "Next").click().run()
    assert _step(at) == 1
    at.text_input[0].input("Ada").run()
    assert _step(at) == 1
    assert at.text_input[0].value == "Ada"
    # The typed value is still there for the next click.
    _button(at, "Next").click().run()
    assert _step(at) == 2
    assert at.session_state.name == "Ada"


def test_rule_88_progress_reads_33_66_100():
    at = AppTest.from_file(WIZARD).run()
    assert at.progress[0].value == 33
    _to_step_2(at)
    assert at.progress[0].value == 66
    _button(at, "Next").click().run()
    assert at.progress[0].value == 100


def test_rule_89_back_shows_blank_inputs_but_saved_copy_survives():
    at = AppTest.from_file(WIZARD).run()
    _to_step_2(at)
    at.selectbox[0].select("Developer").run()
    assert at.selectbox[0].value == "Developer"
    _button(at, "Back").click().run()
    assert _step(at) == 1
    assert at.text_input[0].value == ""
    assert at.session_state.name == "Ada"
    _to_step_2(at, "Ada")
    assert at.selectbox[0].value == "Student"


def test_rule_90_start_over_resets_only_the_step():
    at = AppTest.from_file(WIZARD).run()
    _to_step_2(at)
    at.selectbox[0].select("Developer")
    _button(at, "Next").click().run()
    assert at.success[0].value == "Welcome Ada, the Developer!"
    _button(at, "Start Over").click().run()
    assert _step(at) == 1
    assert at.session_state.name == "Ada"
    assert at.session_state.role == "Developer"
    assert at.text_input[0].value == ""


def test_rule_91_keyed_step_widgets_are_cleaned_up_two_steps_later():
    at = AppTest.from_string('''
        import streamlit as st
        if "step" not in st.session_state:
            st.session_state.step = 1
        def next_step():
            st.session_state.step += 1
        st.write(f"first={st.session_state.get('first', '<gone>')}")
        if st.session_state.step == 1:
            st.text_input("First name", key="first")
        elif st.session_state.step == 2:
            st.text_input("Last name", key="last")
        else:
            st.text_input("Email", key="email")
        st.button("Next", on_click=next_step)
    ''').run()
    at.text_input(key="first").input("Ada").run()
    at.button[0].click().run()
    # Step 2: the step-1 value can still be read during this run ...
    assert _step(at) == 2
    assert at.markdown[0].value == "first=Ada"
    at.text_input(key="last").input("Lovelace")
    at.button[0].click().run()
    # Step 3: ... but it is gone by now, and so is step 2's.
    assert _step(at) == 3
    assert at.markdown[0].value == "first=<gone>"
    widget_keys = {k for k in at.session_state.keys() if k in ("first", "last", "email")}
    assert widget_keys == {"email"}
