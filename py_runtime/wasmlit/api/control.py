"""Run control and page settings: ``st.rerun``, ``st.stop``, ``st.set_page_config``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Literal, TypedDict

from wasmlit.engine.run_context import require_run_context
from wasmlit.engine.signals import RerunSignal, RunRequest, StopSignal
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

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


def rerun(scope: str | int | Sequence[str | int] = "app") -> None:
    """Stop this run now and start a fresh one: of the whole app, or (``scope="fragment"``,
    during a fragment run) of the fragment that calls it and those queued after it.
    From a widget callback (Streamlit 1.67) it ends the callback and votes for the
    interaction's rerun: the app, or the fragments named by key (``scope="charts"``
    or a list of keys) instead of the rerun the interaction would have done."""
    scope = _rerun_scope(scope)
    ctx = require_run_context()
    keyed = isinstance(scope, list) or scope not in ("app", "fragment")
    if keyed:
        if not ctx.in_callback:
            raise StreamlitAPIException(
                "Passing a fragment key to `st.rerun()` is only allowed from a widget callback (e.g. `on_change` / "
                "`on_click`). Calling it from the main script body or a fragment body would abort the current run. "
                "If you meant to rerun the whole app or the current fragment, use `scope='app'` or `scope='fragment'`.")
        keys = scope if isinstance(scope, list) else [scope]
        ids: list[str] = []
        for key in keys:
            found = ctx.fragments.ids_for_key(key)
            if not found:
                raise StreamlitAPIException(
                    f"No fragment found for target '{key}'. Pass the same `key` you set on `@st.fragment(key=...)`, "
                    "and make sure that fragment has rendered at least once.")
            ids.extend(i for i in found if i not in ids)
        raise RerunSignal(RunRequest(tuple(ids)), keyed=True)
    if ctx.in_callback:
        if scope == "fragment" and ctx.fragment_ids_this_run:
            raise RerunSignal(RunRequest(tuple(ctx.fragment_ids_this_run)))
        if scope == "fragment":
            raise StreamlitInvalidLayoutContextError(
                'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.')
        raise RerunSignal()
    if scope == "app":
        raise RerunSignal()
    queue = ctx.fragment_ids_this_run
    if not queue or ctx.current_fragment_id not in queue:
        raise StreamlitInvalidLayoutContextError(
            'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.')
    raise RerunSignal(RunRequest(queue[queue.index(ctx.current_fragment_id):]))


def _rerun_scope(scope: Any) -> str | list[str]:
    """``st.rerun``'s ``scope``, checked and normalised as Streamlit does it (ints are keys)."""
    if isinstance(scope, bool) or isinstance(scope, (bytes, bytearray)):
        raise StreamlitInvalidParameterTypeError("scope", type(scope).__name__, ["str", "int", "list[str | int]"])
    if isinstance(scope, int):
        return str(scope)
    if isinstance(scope, str):
        if scope == "":
            raise StreamlitValueError("scope", ["'app'", "'fragment'", "a fragment key", "a list of keys"],
                                      detail="Got an empty string.")
        return scope
    if not isinstance(scope, Sequence):
        raise StreamlitInvalidParameterTypeError("scope", type(scope).__name__, ["str", "int", "list[str | int]"])
    if len(scope) == 0:
        raise StreamlitValueError("scope", ["'app'", "'fragment'", "a fragment key", "a list of keys"],
                                  detail="Got an empty list.")
    names: list[str] = []
    for name in scope:
        if isinstance(name, int) and not isinstance(name, bool):
            names.append(str(name))
        elif not isinstance(name, str):
            raise StreamlitInvalidParameterTypeError("scope list items", type(name).__name__, ["str", "int"])
        elif name == "":
            raise StreamlitValueError("scope list items", ["non-empty strings or ints"],
                                      detail="Found an empty string in the list.")
        else:
            names.append(name)
    for name in names:
        if name in ("app", "fragment"):
            raise StreamlitValueError("scope", ["fragment keys"], detail=(
                f"'{name}' is a reserved scope name and cannot appear inside a list. Pass '{name}' directly as a string."))
    return names


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
    sidebar_state, sidebar_width = _sidebar_state(initial_sidebar_state)
    require_run_context().page_config.update(
        title=page_title, icon=page_icon, layout=layout, sidebar_state=sidebar_state, sidebar_width=sidebar_width,
    )


#: What ``initial_sidebar_state`` may be, in Streamlit 1.67's words.
_SIDEBAR_STATES = ["'auto'", "'expanded'", "'collapsed'", "'locked'", "a positive integer (width in pixels)"]


def _sidebar_state(value: Any) -> tuple[str | None, int | None]:
    """``initial_sidebar_state`` as (state, width in pixels); an int is "auto" at that width."""
    if value is None or value in ("auto", "expanded", "collapsed", "locked"):
        return value, None
    if isinstance(value, int) and not isinstance(value, bool):
        if value <= 0:
            raise StreamlitValueError("initial_sidebar_state", _SIDEBAR_STATES, detail=f"Got {value}.")
        return "auto", value
    raise StreamlitValueError("initial_sidebar_state", _SIDEBAR_STATES, detail=f"Got {value!r}.")
