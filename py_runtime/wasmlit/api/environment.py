"""The environment a script runs in: ``import streamlit`` means wasmlit, and
magic statements are ``st.write``. The engine receives it (``ScriptEnvironment``)
from here, so it never imports ``st.*`` itself."""

from __future__ import annotations

from typing import Any

from wasmlit.api.delta_generator import main_dg
from wasmlit.api.streamlit_alias import streamlit_alias
from wasmlit.engine.script import ScriptEnvironment, ScriptSource
from wasmlit.engine.session import AppSession, Emit


def magic_write(*args: Any) -> Any:
    """What a magic statement calls: ``st.write`` the values, return the first."""
    main_dg.write(*args)
    return args[0] if len(args) == 1 else args


#: Scripts see Streamlit's API.
STREAMLIT = ScriptEnvironment(activate=streamlit_alias, magic_write=magic_write)


def new_session(script: ScriptSource, *, emit: Emit | None = None) -> AppSession:
    """A session whose scripts ``import streamlit`` and get wasmlit."""
    return AppSession(script, environment=STREAMLIT, emit=emit)
