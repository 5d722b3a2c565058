"""``streamlit.runtime``: what apps and components read from Streamlit's runtime.

There is no server: one session lives in the browser tab. ``exists()`` is
True while an app runs; ``get_instance()`` answers the questions apps ask
of the runtime (is it ready, which sessions exist) as far as a browser tab
can. Anything else is an ``AttributeError`` that says what is missing.
"""

from __future__ import annotations

from typing import Any

from wasmlit.api import script_run_context as scriptrunner
from wasmlit.engine.run_context import get_run_context
from wasmlit.errors import StreamlitAPIException

__all__ = ["Runtime", "exists", "get_instance", "scriptrunner"]


class Runtime:
    """The one runtime of a browser tab."""

    is_ready = True
    is_running = True

    def get_client(self, session_id: str) -> None:
        """The web client of a session: there is none (no server, no websocket)."""
        return None

    def is_active_session(self, session_id: str) -> bool:
        ctx = get_run_context()
        return ctx is not None and ctx.session_id == session_id

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(
            f"streamlit.runtime.get_instance().{name} is not available in wasmlit: the app runs in the browser, "
            "with no Streamlit server behind it."
        )


_instance = Runtime()


def exists() -> bool:
    """True while an app runs (as with ``streamlit run``)."""
    return get_run_context() is not None


def get_instance() -> Runtime:
    if not exists():
        raise StreamlitAPIException("streamlit.runtime.get_instance() can only be used while an app is running.")
    return _instance
