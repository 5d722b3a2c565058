"""``streamlit.runtime`` as apps and components use it (Streamlit's own e2e
apps start with ``from streamlit import runtime``)."""

from __future__ import annotations

from wasmlit.testing import AppTest


def test_runtime_exists_while_an_app_runs() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        from streamlit import runtime
        if runtime.exists():
            st.text("running")
    """).run()
    assert [t.value for t in at.text] == ["running"]


def test_script_run_ctx_has_a_session_id_stable_across_runs_and_distinct_per_session() -> None:
    source = """
        import streamlit as st
        from streamlit.runtime.scriptrunner import get_script_run_ctx
        from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx as other_path
        ctx = get_script_run_ctx()
        st.text(ctx.session_id)
        st.text(str(other_path().session_id == ctx.session_id and ctx.current_fragment_id is None))
    """
    first = AppTest.from_string(source).run()
    session_id = first.text[0].value
    assert first.text[1].value == "True"
    assert first.run().text[0].value == session_id
    assert AppTest.from_string(source).run().text[0].value != session_id


def test_add_script_run_ctx_is_harmless_and_returns_the_thread() -> None:
    at = AppTest.from_string("""
        import threading
        import streamlit as st
        from streamlit.runtime.scriptrunner import add_script_run_ctx
        thread = threading.Thread(target=lambda: None)
        st.text(str(add_script_run_ctx(thread) is thread))
    """).run()
    assert at.text[0].value == "True"


def test_get_instance_answers_what_apps_ask() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        import streamlit.runtime as runtime
        from streamlit.runtime.scriptrunner import get_script_run_ctx
        instance = runtime.get_instance()
        st.text(str(instance.is_ready))
        st.text(str(instance.get_client(get_script_run_ctx().session_id)))
        instance.media_file_mgr
    """).run()
    assert [t.value for t in at.text] == ["True", "None"]
    assert "media_file_mgr is not available in wasmlit" in at.exception[0].message


def test_modules_components_import_at_module_level() -> None:
    at = AppTest.from_string("""
        import streamlit as st
        from streamlit.delta_generator import DeltaGenerator
        from streamlit.runtime.uploaded_file_manager import UploadedFile
        from streamlit.runtime.state import SessionStateProxy
        from streamlit.runtime.caching import cache_data
        st.text(str(isinstance(st.sidebar, DeltaGenerator) and isinstance(st.session_state, SessionStateProxy)))
    """).run()
    assert at.text[0].value == "True"
