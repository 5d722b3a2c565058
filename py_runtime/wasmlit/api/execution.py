"""Execution flow decorators: ``st.fragment`` and ``st.dialog``.

A fragment call draws into a container of its own (as ``st.container()``)
and registers, in the session's ``FragmentStore``, a closure that runs it
again at the same place: the cursors and ``with`` stack of the call are
restored first. How a fragment run uses it is in ``engine/fragments.py``.

A dialog is a ``dialog`` block (``elements/dialog.py``) whose body is a
fragment, as in Streamlit: a widget in the dialog reruns only its body, and
``st.rerun()`` reruns the app, which closes the dialog unless the app opens it
again.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from wasmlit.api.delta_generator import DeltaGenerator, event_dg, main_dg
from wasmlit.elements.icons import validate_icon_or_emoji
from wasmlit.engine.exception_props import exception_props
from wasmlit.engine.fragments import Fragment, FragmentHandledError, fragment_id, seconds
from wasmlit.engine.run_context import RunContext, get_run_context, require_run_context
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementKey,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

_ONE_DIALOG = ("Only one dialog is allowed to be opened at the same time. Please make sure to not call a "
               "dialog-decorated function more than once in a script run.")


def fragment(func: Callable[..., Any] | None = None, *, run_every: Any = None, parallel: bool = False,
             key: str | int | None = None) -> Any:
    """``@st.fragment``: a function whose widgets rerun only the function. ``key``
    names it for a callback's ``st.rerun(key)``. ``parallel`` (run beside the
    script in a thread pool, in Streamlit) runs it inline here: the browser's
    Python has one thread, and the result is the same."""
    if func is None:
        return lambda f: fragment(f, run_every=run_every, parallel=parallel, key=key)
    interval = seconds(run_every)
    if not isinstance(parallel, bool):
        raise StreamlitInvalidParameterTypeError("parallel", type(parallel).__name__, ["bool"])
    name = fragment_key(key)

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        ctx = get_run_context()
        if ctx is None:
            return None
        qualified = f"{func.__module__}.{func.__qualname__}"
        if name is not None:
            if ctx.fragment_keys.setdefault(name, qualified) != qualified:
                raise StreamlitDuplicateElementKey(name)
        return call_fragment(ctx, func, args, kwargs, interval, name=qualified, key=name)

    return wrap


def fragment_key(key: Any) -> str | None:
    """A fragment's ``key`` as Streamlit takes it: a string or an int (as its string)."""
    if key is None:
        return None
    if isinstance(key, bool) or not isinstance(key, (str, int)):
        raise StreamlitInvalidParameterTypeError("key", type(key).__name__, ["str", "int", "None"])
    name = str(key)
    if name == "":
        raise StreamlitValueError("key", ["a non-empty string", "an int"])
    if name in ("app", "fragment"):
        raise StreamlitAPIException(
            f"`{name}` is a reserved name and cannot be used as a fragment key, because `st.rerun(scope=...)` reads "
            "it as a rerun level. Choose a different key for `@st.fragment(key=...)`.")
    return name


def call_fragment(ctx: RunContext, func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any],
                  interval: float | None, *, name: str, key: str | None = None) -> Any:
    """Run ``func`` as a fragment here, and remember how to run it here again."""
    active = main_dg._active(ctx)
    if active._slot is not None:
        block, index, in_slot = active._slot[0], active._slot[1], True
    else:
        block = active._block_id or "0"
        index, in_slot = ctx.cursors.get(block, 0), False
    stack = list(ctx.cursor_stack)
    fid = fragment_id(name, f"{block}.{index}")

    def run_fragment() -> Any:
        run = require_run_context()
        if run.is_fragment_run:
            # Back to where the fragment was first called.
            run.cursor_stack[:] = stack
            if not in_slot:
                run.cursors[block] = index
        run.new_fragment_ids.add(fid)
        outer = (run.current_fragment_id, run.fragment_block)
        run.current_fragment_id = fid
        try:
            container = main_dg.container()
            assert container._block_id is not None
            run.fragment_block = container._block_id
            if run.is_fragment_run:
                run.tree.clear_children(container._block_id)
                run.fragment_roots.append(container._block_id)
                if run.fragments.wrappers_of(fid):
                    from wasmlit.engine.outside_wrappers import reset_wrappers  # only apps that write outside

                    reset_wrappers(run, fid)
            with container:
                try:
                    return func(*args, **kwargs)
                except FragmentHandledError:
                    raise
                except Exception as exc:  # the user's error, shown inside the fragment
                    container._draw("exception", exception_props(exc, uncaught=True))
                    raise FragmentHandledError(str(exc)) from exc
        finally:
            run.current_fragment_id, run.fragment_block = outer

    ctx.fragments.add(Fragment(fid, run_fragment, f"{block}.{index}", interval, key))
    return run_fragment()


def dialog(title: Any = "", *, width: str | int = "small", position: str = "center", dismissible: bool = True,
           icon: str | None = None, on_dismiss: Any = "ignore") -> Callable[..., Any]:
    """``@st.dialog(title)``: calling the function opens a modal dialog that draws it
    (``position`` "left" or "right": a full-height drawer at that side)."""
    if callable(title):
        raise StreamlitAPIException(
            "The dialog decoration failed. A common error for this to happen is when the dialog decorator is used "
            'without a title, i.e. `@st.dialog` instead of `@st.dialog("My title")`.')
    if title is None or str(title) == "":
        raise StreamlitAPIException(
            'A non-empty `title` argument has to be provided for dialogs, for example `@st.dialog("Example Title")`.')
    if not (width in ("small", "medium", "large") or (isinstance(width, int) and not isinstance(width, bool) and width > 0)):
        raise StreamlitAPIException(
            f"Invalid `width` value. Supported values: 'small', 'medium', 'large', a positive integer. Got {width!r}.")
    if position not in ("center", "left", "right"):
        raise StreamlitValueError("position", ["'center'", "'left'", "'right'"])
    shown_icon = validate_icon_or_emoji(icon)
    if not (on_dismiss in ("ignore", "rerun") or callable(on_dismiss)):
        raise StreamlitAPIException(
            "Invalid `on_dismiss` value. Supported values: 'ignore', 'rerun', a callback function.")

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def open_dialog(*args: Any, **kwargs: Any) -> Any:
            ctx = get_run_context()
            if ctx is None:
                return None
            if ctx.dialog_opened:
                raise StreamlitAPIException(_ONE_DIALOG)
            ctx.dialog_opened = True
            # In the EVENT root, as in Streamlit (its AppTest lists the dialog there, not in at.main).
            block: DeltaGenerator = event_dg._dialog(str(title), width=width, dismissible=bool(dismissible),
                                                     on_dismiss=on_dismiss, position=position, icon=shown_icon)
            with block:
                return call_fragment(ctx, func, args, kwargs, None, name=f"{func.__module__}.{func.__qualname__}:dialog")

        return open_dialog

    return decorate


