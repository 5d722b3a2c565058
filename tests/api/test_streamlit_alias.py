"""``import streamlit`` means wasmlit only while a script runs; the real
Streamlit (or its absence) is restored afterwards (streamlit_alias.py)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wasmlit.testing import AppTest

from .lazy_imports import probe_lazy_import

SCRIPT = """
import streamlit as st
from streamlit.errors import StreamlitAPIException
st.title("Hello from wasmlit")
st.write("has MARKER:", hasattr(st, "MARKER"))
st.write("errors MARKER:", hasattr(StreamlitAPIException, "MARKER"))
"""


def _streamlit_entries() -> dict[str, object]:
    return {n: m for n, m in sys.modules.items() if n == "streamlit" or n.startswith("streamlit.")}


@pytest.fixture
def clean_streamlit_modules() -> Iterator[None]:
    """Start without any ``streamlit`` module and put the original entries back afterwards."""
    saved = _streamlit_entries()
    for name in saved:
        del sys.modules[name]
    try:
        yield
    finally:
        for name in list(_streamlit_entries()):
            del sys.modules[name]
        sys.modules.update(saved)


@pytest.fixture
def fake_real_streamlit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clean_streamlit_modules: None) -> object:
    """A stand-in for an installed Streamlit: a package on sys.path with MARKER = "real"."""
    package = tmp_path / "streamlit"
    package.mkdir()
    (package / "__init__.py").write_text('MARKER = "real"\n', encoding="utf-8")
    (package / "errors.py").write_text(
        'MARKER = "real"\n\nclass StreamlitAPIException(Exception):\n    MARKER = "real"\n', encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    import streamlit  # the fake one
    import streamlit.errors

    assert streamlit.MARKER == "real"
    assert streamlit.errors.MARKER == "real"
    return streamlit


def test_no_streamlit_module_is_left_behind_after_a_run(clean_streamlit_modules: None) -> None:
    meta_path_before = list(sys.meta_path)
    at = AppTest.from_string(SCRIPT + "import streamlit.components.v1\n").run()
    assert not at.exception
    assert at.title[0].value == "Hello from wasmlit"
    assert "streamlit" not in sys.modules
    assert _streamlit_entries() == {}
    assert sys.meta_path == meta_path_before


def test_no_streamlit_module_is_left_behind_after_an_exception(clean_streamlit_modules: None) -> None:
    at = AppTest.from_string("import streamlit as st\nst.session_state['missing']\n").run()
    assert at.exception[0].proto.type == "KeyError"
    assert _streamlit_entries() == {}


def test_script_gets_wasmlit_even_with_a_real_streamlit_installed(fake_real_streamlit: object) -> None:
    at = AppTest.from_string(SCRIPT).run()
    assert not at.exception
    assert at.title[0].value == "Hello from wasmlit"
    assert [m.value for m in at.markdown] == ["has MARKER: `False`", "errors MARKER: `False`"]


def test_real_streamlit_is_restored_after_the_run(fake_real_streamlit: object) -> None:
    real_errors = sys.modules["streamlit.errors"]
    at = AppTest.from_string(SCRIPT).run()
    at.run()
    assert sys.modules["streamlit"] is fake_real_streamlit
    assert sys.modules["streamlit"].MARKER == "real"  # type: ignore[attr-defined]
    assert sys.modules["streamlit.errors"] is real_errors
    import streamlit

    assert streamlit.MARKER == "real"  # type: ignore[attr-defined]


def test_names_streamlit_lacks_are_plain_attribute_errors(clean_streamlit_modules: None) -> None:
    """hasattr/getattr work on st as in Streamlit; Streamlit APIs wasmlit lacks still fail loudly."""
    at = AppTest.from_string('''
        import streamlit as st
        st.write("hasattr:", hasattr(st, "no_such_api"), "getattr:", getattr(st, "no_such_api", "fallback"))
        st.login()
    ''').run()
    assert at.markdown[0].value == "hasattr: `False` getattr: fallback"
    assert at.exception[0].proto.type == "streamlit.errors.StreamlitStaticSiteError"


def test_streamlit_submodules_import_and_fail_only_when_used(clean_streamlit_modules: None) -> None:
    at = AppTest.from_string('''
        import streamlit as st
        import streamlit.components.v1 as components
        import streamlit.web.server.websocket_headers as websocket_headers
        st.text("imported")
        components.html("<b>hi</b>")
        st.text("html drawn")
        websocket_headers._get_websocket_headers()
    ''').run()
    assert [t.value for t in at.text] == ["imported", "html drawn"]
    assert at.get("iframe")[0].srcdoc == "<b>hi</b>"
    exc = at.exception[0]
    assert exc.proto.type == "streamlit.errors.StreamlitUnsupportedError"
    assert "web.server.websocket_headers._get_websocket_headers" in exc.message
    assert _streamlit_entries() == {}


def test_streamlit_testing_is_imported_only_when_a_script_uses_it() -> None:
    """A run does not pay for importing AppTest's package; a script that asks for it still gets it."""
    uses = ("from streamlit.testing.v1 import AppTest\nimport streamlit.testing.v1 as v1\nimport streamlit as st\n"
            "st.text(AppTest.__module__ + ' ' + str(v1.AppTest is AppTest))\n")
    assert probe_lazy_import("wasmlit.testing", uses) == (False, "wasmlit.testing.app_test True")


def test_streamlit_config_reads_and_sets_options_as_st_does() -> None:
    """The docs' video demo: ``from streamlit import config; config.set_option(...)`` (as on 1.67)."""
    from wasmlit.testing import AppTest

    at = AppTest.from_string(
        "import streamlit as st\nfrom streamlit import config\n"
        "config.set_option('client.toolbarMode', 'minimal', where_defined='app')\n"
        "st.text(f\"{config.get_option('client.toolbarMode')} {st.config.get_option('client.toolbarMode')}\")\n").run()
    assert not at.exception
    assert at.text[0].value == "minimal minimal"


def test_the_old_name_st_bottom_warns_once_as_1_67_and_still_writes_to_the_bottom() -> None:
    from wasmlit.api import st as st_module

    st_module._DeprecatedBottom._warned = False  # 1.67 warns once per process
    at = AppTest.from_string("""
        import streamlit as st
        st._bottom.write("pinned")
        with st._bottom:
            st.write("also pinned")
    """).run()
    assert [w.value for w in at.warning] == [
        "Please replace `st._bottom` with `st.bottom`.\n\n`st._bottom` will be removed after 2026-07-01."]
    assert [m.value for m in at.markdown] == ["pinned", "also pinned"]
