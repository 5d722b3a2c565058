"""The module a script gets from ``import streamlit as st``.

Every element and widget command is the main DeltaGenerator's method; the
rest (session state, caching, rerun/stop, page config) lives here. Any other
``st.*`` name raises a StreamlitAPIException that names it, never an
AttributeError, so an unsupported command fails clearly.
"""

from __future__ import annotations

import contextlib
import functools
import sys
import types
from collections.abc import Callable, Iterator
from typing import Any

# Names imported here are re-exported as st.* (st.cache_data, st.sidebar, ...).
from wasmlit import errors
from wasmlit.cache import cache_data, cache_resource  # noqa: F401
from wasmlit.context import require_run_context
from wasmlit.delta_generator import DeltaGenerator, main_dg as _main, sidebar_dg as sidebar  # noqa: F401
from wasmlit.errors import StreamlitUnsupportedError, StreamlitValueError
from wasmlit.navigation import StreamlitPage, navigation, page_link_props, switch_page  # noqa: F401
from wasmlit.streamlit_names import STREAMLIT_API_NAMES
from wasmlit.session_state import SessionStateProxy
from wasmlit.signals import RerunSignal, StopSignal

__version__ = "1.67.0"

session_state = SessionStateProxy(lambda: require_run_context().state)

_DG_COMMANDS = (
    "title header subheader markdown caption latex divider text code json write write_stream help "
    "success info warning error exception metric progress spinner toast balloons snow "
    "container empty columns tabs expander popover status form "
    "button download_button form_submit_button link_button checkbox toggle text_input text_area "
    "number_input slider select_slider selectbox multiselect radio date_input time_input "
    "color_picker file_uploader dataframe table data_editor "
    "image pyplot audio video html line_chart area_chart bar_chart scatter_chart vega_lite_chart "
    "altair_chart plotly_chart map pydeck_chart graphviz_chart chat_input chat_message "
    "pills segmented_control feedback"
).split()

for _name in _DG_COMMANDS:
    globals()[_name] = getattr(_main, _name)
del _name


Page = StreamlitPage


def page_link(page: Any, *, label: str | None = None, icon: str | None = None, help: str | None = None,
              disabled: bool = False, use_container_width: Any = None, width: Any = "content", query_params: Any = None) -> DeltaGenerator:
    return _main._active()._enqueue("page_link", page_link_props(page, label, icon, disabled, help))


def logo(image: Any, *, size: str = "medium", link: str | None = None, icon_image: Any = None) -> None:
    """The app logo sits in the page chrome, not in the element tree."""


def badge(label: str, *, icon: str | None = None, color: str = "blue", width: Any = "content", help: str | None = None) -> DeltaGenerator:
    icon_text = f"{icon} " if icon else ""
    return _main.markdown(f":{color}-badge[{icon_text}{label}]", help=help)


def space(size: Any = "small") -> DeltaGenerator:
    return _main._active()._enqueue("space", {"size": size})


def rerun(*, scope: str = "app") -> None:
    """Stop this run now and start a fresh one."""
    ctx = require_run_context()
    if ctx.in_callback:
        _main.warning("Calling st.rerun() within a callback is a no-op.")
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
    ctx = require_run_context()
    ctx.session.update_page_config(
        title=page_title, icon=page_icon, layout=layout,
        sidebar_state=None if initial_sidebar_state is None else str(initial_sidebar_state),
    )


def fragment(func: Callable[..., Any] | None = None, *, run_every: Any = None) -> Any:
    """Fragments rerun the whole app in wasmlit (a full rerun is cheap here)."""
    if func is None:
        return lambda f: f
    return func


def dialog(title: str, *, width: str = "small", dismissible: bool = True, on_dismiss: str = "ignore") -> Callable[..., Any]:
    """A dialog's content is drawn in an expanded expander at the call site."""
    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def open_dialog(*args: Any, **kwargs: Any) -> Any:
            with _main.expander(title, expanded=True):
                return func(*args, **kwargs)
        return open_dialog
    return decorate


experimental_dialog = dialog
experimental_fragment = fragment


@contextlib.contextmanager
def echo(code_location: str = "above") -> Iterator[None]:
    """Show the code of the ``with`` block, then run it."""
    import inspect
    import textwrap

    frame = inspect.currentframe()
    caller = frame.f_back.f_back if frame and frame.f_back else None
    lines: list[str] = []
    if caller is not None:
        try:
            source = inspect.getsourcelines(caller)[0]
            start = caller.f_lineno - (caller.f_code.co_firstlineno if caller.f_code.co_name != "<module>" else 1)
            block = source[start + 1:]
            indent = len(block[0]) - len(block[0].lstrip()) if block else 0
            for line in block:
                if line.strip() and len(line) - len(line.lstrip()) < indent:
                    break
                lines.append(line)
        except (OSError, IndexError):
            pass
    placeholder = _main.empty()
    if code_location == "below":
        yield
        _main.code(textwrap.dedent("".join(lines)).rstrip(), "python")
    else:
        placeholder.code(textwrap.dedent("".join(lines)).rstrip(), "python")
        yield


class _QueryParams(dict):  # type: ignore[type-arg]
    """``st.query_params``: a dict; the browser keeps it empty for now."""

    def to_dict(self) -> dict[str, Any]:
        return dict(self)

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key) from None


query_params = _QueryParams()
secrets: dict[str, Any] = {}


def __getattr__(name: str) -> Any:
    # A Streamlit API wasmlit lacks fails loudly; a name Streamlit lacks too is a
    # plain AttributeError, so hasattr(st, ...) works as it does in Streamlit.
    if name not in STREAMLIT_API_NAMES:
        raise AttributeError(f"module 'streamlit' has no attribute '{name}'")
    raise StreamlitUnsupportedError(name)


def _install_submodules() -> None:
    """``streamlit.errors`` must resolve as an attribute too."""
    this = sys.modules[__name__]
    this.errors = errors  # type: ignore[attr-defined]
    from wasmlit import components_v1

    this.components = types.SimpleNamespace(v1=components_v1)  # type: ignore[attr-defined]


_install_submodules()
__all__ = [name for name in dir() if not name.startswith('_')]
