"""``st.set_option`` and ``st.get_option`` (the rules are in ``engine/options.py``);
also ``streamlit.config``, whose ``set_option`` takes a ``where_defined`` too."""

from __future__ import annotations

from typing import Any

from wasmlit.engine import options as _options
from wasmlit.engine.run_context import get_run_context

#: Options set outside a run (a module that calls st.set_option when imported by a test).
_OUTSIDE: dict[str, Any] = {}


def _session_options() -> dict[str, Any]:
    ctx = get_run_context()
    return ctx.options if ctx is not None else _OUTSIDE


def set_option(key: str, value: Any, where_defined: str | None = None) -> None:
    """Set a config option; only scriptable ones (``client.*``) may be set from a script."""
    _options.set_option(_session_options(), key, value)


def get_option(key: str) -> Any:
    """The current value of a config option."""
    return _options.get_option(_session_options(), key)
