"""Run control and page settings: ``st.rerun``, ``st.stop``, ``st.set_page_config``."""

from __future__ import annotations

from typing import Any

from wasmlit.api.delta_generator import main_dg
from wasmlit.engine.run_context import require_run_context
from wasmlit.engine.signals import RerunSignal, StopSignal
from wasmlit.errors import StreamlitValueError


def rerun(*, scope: str = "app") -> None:
    """Stop this run now and start a fresh one."""
    ctx = require_run_context()
    if ctx.in_callback:
        main_dg.warning("Calling st.rerun() within a callback is a no-op.")
        return
    raise RerunSignal()


def stop() -> None:
    """End this run silently; what was drawn stays."""
    require_run_context()
    raise StopSignal()


def set_page_config(
    page_title: str | None = None,
    page_icon: str | None = None,
    layout: str | None = None,
    initial_sidebar_state: Any = None,
    menu_items: Any = None,
) -> None:
    """Title, icon and layout of the page. Calls add up (Streamlit 1.67)."""
    if layout not in (None, "centered", "wide"):
        raise StreamlitValueError("layout", ["'centered'", "'wide'"])
    require_run_context().page_config.update(
        title=page_title, icon=page_icon, layout=layout,
        sidebar_state=None if initial_sidebar_state is None else str(initial_sidebar_state),
    )
