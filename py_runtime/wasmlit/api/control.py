"""Run control and page settings: ``st.rerun``, ``st.stop``, ``st.set_page_config``."""

from __future__ import annotations

import re
from typing import Any, Literal, TypedDict

from wasmlit.api.delta_generator import main_dg
from wasmlit.engine.run_context import require_run_context
from wasmlit.engine.signals import RerunSignal, RunRequest, StopSignal
from wasmlit.errors import StreamlitAPIException, StreamlitInvalidLayoutContextError, StreamlitValueError

#: ``streamlit.commands.page_config``'s types, for apps that annotate their settings.
PageIcon = str
Layout = Literal["centered", "wide"]
InitialSideBarState = Literal["auto", "expanded", "collapsed"]
MenuKey = Literal["Get help", "Get Help", "get help", "Report a bug", "report a bug", "About", "about"]


class MenuItems(TypedDict, total=False):
    """``menu_items`` of ``st.set_page_config`` (accepted; wasmlit's menu has no such items)."""

    get_help: str | None
    report_a_bug: str | None
    about: str | None


def rerun(*, scope: str = "app") -> None:
    """Stop this run now and start a fresh one: of the whole app, or (``scope="fragment"``,
    during a fragment run) of the fragment that calls it and those queued after it."""
    ctx = require_run_context()
    if scope not in ("app", "fragment"):
        raise StreamlitAPIException(f"'{scope}'is not a valid rerun scope. Valid scopes are 'app' and 'fragment'.")
    if ctx.in_callback:
        main_dg.warning("Calling st.rerun() within a callback is a no-op.")
        return
    if scope == "app":
        raise RerunSignal()
    queue = ctx.fragment_ids_this_run
    if not queue or ctx.current_fragment_id not in queue:
        raise StreamlitInvalidLayoutContextError(
            'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.')
    raise RerunSignal(RunRequest(queue[queue.index(ctx.current_fragment_id):]))


def stop() -> None:
    """End this run silently; what was drawn stays."""
    require_run_context()
    raise StopSignal()


#: URL schemes a page icon may use (anything else could run script as a favicon link).
_ICON_SCHEMES = ("http://", "https://", "data:image/")


def check_page_icon(icon: Any) -> None:
    """An emoji, a ``:material/name:`` icon, or an image URL: never a ``javascript:`` link."""
    if not isinstance(icon, str):
        return
    text = icon.strip()
    scheme = re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", text)
    if scheme and not text.lower().startswith(_ICON_SCHEMES) and not text.startswith(":material/"):
        raise StreamlitAPIException(
            f'The value "{icon}" is not a valid page_icon. Use an emoji, a Material icon '
            '(":material/home:") or the URL of an image (https:// or data:image/).'
        )


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
    check_page_icon(page_icon)
    require_run_context().page_config.update(
        title=page_title, icon=page_icon, layout=layout,
        sidebar_state=None if initial_sidebar_state is None else str(initial_sidebar_state),
    )
