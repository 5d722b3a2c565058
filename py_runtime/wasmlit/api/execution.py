"""Execution flow decorators: ``st.fragment`` and ``st.dialog``.

For now a fragment reruns the whole app (a full rerun is cheap here) and a
dialog's content is drawn in an expanded expander at the call site.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from wasmlit.api.delta_generator import main_dg


def fragment(func: Callable[..., Any] | None = None, *, run_every: Any = None) -> Any:
    """``@st.fragment``: the function runs as part of the app."""
    if func is None:
        return lambda f: f
    return func


def dialog(title: str, *, width: str = "small", dismissible: bool = True, on_dismiss: str = "ignore") -> Callable[..., Any]:
    """``@st.dialog(title)``: the decorated function draws into an expanded expander."""

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def open_dialog(*args: Any, **kwargs: Any) -> Any:
            with main_dg.expander(title, expanded=True):
                return func(*args, **kwargs)

        return open_dialog

    return decorate


experimental_dialog = dialog
experimental_fragment = fragment
