"""st.secrets: .streamlit/secrets.toml read from the app's folder, or at.secrets."""

from __future__ import annotations

from pathlib import Path

from wasmlit.testing import AppTest

READ = '''
    import streamlit as st
    st.write(st.secrets["api_key"], st.secrets.db.user, "api_key" in st.secrets, st.secrets.get("nope", "d"))
'''


def test_secrets_toml_in_the_app_folder_is_read(tmp_path: Path, monkeypatch):
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "secrets.toml").write_text('api_key = "abc"\n[db]\nuser = "me"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    at = AppTest.from_string(READ).run()
    assert at.markdown[0].value == "abc me `True` d"


def test_at_secrets_stand_in_for_the_file_during_the_run(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_string(READ)
    at.secrets["api_key"] = "k"
    at.secrets["db"] = {"user": "u"}
    at.run()
    assert at.markdown[0].value == "k u `True` d"


def test_missing_secrets_say_why_a_static_site_has_none_and_what_to_do(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    at = AppTest.from_string('''
        import streamlit as st
        st.secrets["api_key"]
    ''').run()
    exc = at.exception[0]
    assert exc.proto.type == "streamlit.errors.StreamlitSecretNotFoundError"
    assert exc.message.startswith("No secrets found.")
    assert "--allow-secrets" in exc.message and "every file of a static site is public" in exc.message


def test_missing_key_and_attribute_use_streamlit_messages(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_string('''
        import streamlit as st
        try:
            st.secrets["x"]
        except KeyError as e:
            st.text(str(e))
        st.secrets.y
    ''')
    at.secrets["a"] = 1
    at.run()
    assert at.text[0].value.startswith("'st.secrets has no key \"x\".")
    assert at.exception[0].message.startswith('st.secrets has no attribute "y".')


def test_secrets_refuse_attribute_assignment_and_deletion(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    at = AppTest.from_string('''
        import streamlit as st
        try:
            del st.secrets["a"]
        except TypeError as e:
            st.text(str(e))
        st.secrets.foo = "bar"
    ''')
    at.secrets["a"] = 1
    at.run()
    assert at.text[0].value == "Secrets does not support item deletion."
    assert at.exception[0].value == "Secrets does not support attribute assignment."


def test_secrets_are_imported_only_when_a_script_uses_them() -> None:
    """A site leaves secrets out unless asked, so most apps never read them: a plain run does not
    import their module (the browser then never fetches it); ``st.secrets`` still works."""
    from .lazy_imports import probe_lazy_import

    uses = "import streamlit as st\nfrom streamlit import secrets\nst.text(str(secrets is st.secrets))\n"
    assert probe_lazy_import("wasmlit.api.secrets", uses) == (False, "True")
