"""Registering a widget: identity, key binding, callbacks, form and fragment rules.

A widget describes itself with a ``WidgetSpec``: how to build its default
value and how to convert between the Python value and the wire value.
``register_widget`` does the rest, in Streamlit's order: form and callback
policies, the fragment path, key checks, identity, duplicates, registration
in session state. It draws nothing: a widget leaf draws itself with
``widgets/base.py``'s ``draw_widget``, and a block that is a widget
(an expander or popover that reruns on change, tabs, a dialog's dismissal)
opens its block with the props it returns.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from wasmlit.engine import forms
from wasmlit.engine.cursor import Cursor
from wasmlit.engine.exception_props import exception_props
from wasmlit.engine.identity import compute_element_id
from wasmlit.engine.run_context import Download, RunContext, require_run_context
from wasmlit.engine.session_state import WidgetMeta, require_valid_user_key
from wasmlit.errors import (
    CachedWidgetWarning,
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitInvalidWidthError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
)

WidgetCallback = Callable[..., Any]
#: The strings a widget's callback parameter may be instead of a callable (1.67's OnChangeMode).
ON_CHANGE_MODES: tuple[str, ...] = ("rerun", "ignore")


def _identity(value: Any) -> Any:
    return value


@dataclass
class UrlValue:
    """How a widget bound to the URL (``bind="query-params"``) reads and writes its
    value: as the query parameter's values (a range or a multiselect repeats it)."""

    #: The widget's value from the URL's strings; raises ValueError (or KeyError, IndexError) when it cannot be one.
    parse: Callable[[list[str]], Any]
    format: Callable[[Any], list[str]]


@dataclass
class WidgetSpec:
    """A widget leaf's description of itself, handed to ``draw_widget``."""

    type: str
    label: str
    #: Parameters that make up the widget's identity (for the id hash).
    identity: Mapping[str, Any]
    default: Callable[[], Any]
    serialize: Callable[[Any], Any] = _identity
    deserialize: Callable[[Any], Any] = _identity
    adopt: Callable[[Any], Any] = _identity
    #: Which identity params still count when a key is given.
    key_identity: bool | Collection[str] = True
    #: Element-type string used in the duplicate-id message (Streamlit's name).
    id_type: str | None = None
    read_only: bool = False
    is_trigger: bool = False
    #: What a trigger goes back to after its run (False; None for chat_input).
    trigger_reset_value: Any = False
    #: Props of the element, without ``value`` (added from the current value).
    props: dict[str, Any] = field(default_factory=dict)
    #: Raises if the widget may not stand in this form context (buttons).
    layout_check: Callable[[str], None] | None = None
    #: Raises if the widget's value may not be drawn (multiselect's max_selections, which
    #: 1.67 checks once the value is known: a default, a session_state write or an event).
    value_check: Callable[[Any], None] | None = None
    #: Data kept in Python and sent when the page asks (a large download).
    download: Download | None = None
    #: Makes its value's URL form, for ``bind="query-params"``, called only when bound
    #: (widgets/base.py ``url_form``; None: the widget cannot be bound).
    url: Callable[[], UrlValue] | None = None
    #: The strings its callback parameter takes besides a callable (1.67: "rerun" and
    #: "ignore" for value widgets; none for st.button, chat_input and menu_button).
    on_change_modes: Collection[str] = ("rerun", "ignore")
    #: The callback parameter's name, for the error about a bad one.
    callback_param: str = "on_change"


#: Widgets whose ``width`` may be "content" (Streamlit's ``allow_content_width``).
CONTENT_WIDTH = frozenset({"button", "download_button", "form_submit_button", "link_button", "checkbox", "radio",
                           "color_picker", "button_group", "menu_button", "pagination"})


def check_width(width: Any, allow_content: bool) -> None:
    """Streamlit's ``validate_width``: "stretch", "content" (where allowed), or pixels."""
    if isinstance(width, str):
        if width == "stretch" or (allow_content and width == "content"):
            return
    elif isinstance(width, int) and not isinstance(width, bool) and 0 < width < 2**32:
        return
    raise StreamlitInvalidWidthError(width, allow_content)


def check_wrap(wrap: Any) -> None:
    """A widget's ``wrap``: True, False, or None (Streamlit decides from the layout)."""
    if wrap is not None and not isinstance(wrap, bool):
        raise StreamlitValueError("wrap", ["True", "False", "None"])


def validate_on_change_mode(callback: Any, *, supported: Collection[str], none_supported: bool = True,
                            param_name: str = "on_change") -> WidgetCallback | None:
    """1.67's ``validate_on_change_mode``: a callable is the callback; None (where
    allowed), or a mode the widget takes ("rerun", "ignore"), means none; anything
    else is an error."""
    if callback is None and none_supported:
        return None
    if callable(callback):
        return callback
    # A str first, so an array-like value never reaches ``in`` with an ambiguous truth.
    if isinstance(callback, str) and callback in ON_CHANGE_MODES:
        if callback in supported:
            return None
        raise StreamlitAPIException(f'`{param_name}="{callback}"` is not supported on this widget. '
                                    f"Pass a callback, or omit `{param_name}`.")
    raise StreamlitValueError(param_name, [*(repr(m) for m in supported), "a callback function"])


def to_key(key: Any) -> str | None:
    return None if key is None else str(key)


def register_element_id(cursor: Cursor, id_type: str, user_key: str | None, identity: Mapping[str, Any],
                        key_identity: bool | Collection[str] = True, *, form_id: str | None = None) -> str:
    """The id of an element (a widget, or an element Streamlit names, as a plotly chart),
    refused when this run already drew one with the same id or key."""
    ctx = require_run_context()
    element_id = compute_element_id(id_type, user_key, cursor._form_id() if form_id is None else form_id, identity,
                                    key_identity, root=cursor._root(), page=ctx.active_script_hash)
    if user_key is not None:
        if user_key in ctx.user_keys:
            raise StreamlitDuplicateElementKey(user_key)
        ctx.user_keys.add(user_key)
    if element_id in ctx.widget_ids:
        raise StreamlitDuplicateElementId(id_type)
    ctx.widget_ids[element_id] = None
    return element_id


def register_widget(
    cursor: Cursor,
    spec: WidgetSpec,
    *,
    key: Any = None,
    on_change: WidgetCallback | str | None = None,
    args: Any = None,
    kwargs: Mapping[str, Any] | None = None,
    disabled: bool = False,
    help: str | None = None,
    label_visibility: str = "visible",
    bind: Any = None,
    persist_state: Any = None,
) -> tuple[str, Any, dict[str, Any]]:
    """Register a widget for this run without drawing it: its id, its value,
    and the props to draw it with (a block that is a widget draws itself)."""
    ctx = require_run_context()
    ctx.checkpoint()
    user_key = to_key(key)
    check_bind_and_persist_state(bind, persist_state, user_key)
    form_id = cursor._form_id()
    # The order of the checks is Streamlit's: the callback's mode, policies, then identity.
    ignore_rerun = isinstance(on_change, str) and on_change == "ignore"
    on_change = validate_on_change_mode(on_change, supported=spec.on_change_modes, param_name=spec.callback_param)
    forms.check_callback(on_change, form_id, spec.type)
    state = ctx.state
    if user_key is not None:
        require_valid_user_key(user_key)
        if spec.read_only and state.is_new_user_value(user_key):
            raise StreamlitValueAssignmentNotAllowedError(user_key)
    if label_visibility not in ("visible", "hidden", "collapsed"):
        raise StreamlitValueError("label_visibility", ["'visible'", "'hidden'", "'collapsed'"])
    widget_id = register_element_id(cursor, spec.id_type or spec.type, user_key, spec.identity, spec.key_identity,
                                    form_id=form_id)

    if spec.layout_check is not None:
        spec.layout_check(form_id)
    if ctx.recorders:
        # As in Streamlit: a widget in a cached function runs only on a cache
        # miss, so it says so (the warning itself is replayed; the widget is not).
        cursor._draw("exception", exception_props(CachedWidgetWarning()))

    if bind == "query-params" and user_key is not None:
        bind_to_url(ctx, spec, user_key, widget_id)

    meta = WidgetMeta(
        id=widget_id,
        type=spec.type,
        user_key=user_key,
        form_id=form_id,
        default=spec.default,
        serialize=spec.serialize,
        deserialize=spec.deserialize,
        adopt=spec.adopt,
        callback=on_change,
        args=tuple(args) if args is not None else (),
        kwargs=dict(kwargs) if kwargs else {},
        is_trigger=spec.is_trigger,
        trigger_reset_value=spec.trigger_reset_value,
        label=spec.label,
        fragment_id=ctx.current_fragment_id,
        persist_state=persist_state,
        page=ctx.active_script_hash or "",
    )
    value = state.register_widget(meta)
    ctx.returned_values[widget_id] = value
    if spec.download is not None:
        ctx.downloads[widget_id] = spec.download
    props = {
        "label": spec.label,
        "help": help,
        "disabled": bool(disabled),
        "label_visibility": label_visibility,
        "form_id": form_id,
        **spec.props,
        "value": spec.serialize(value),
    }
    if ignore_rerun:
        # The page keeps the widget's new values and sends them with the next run (events.js).
        props["ignore_rerun"] = True
    if ctx.current_fragment_id is not None:
        # The page tags this widget's events with it: like a fragment's timer,
        # they rerun only the fragment and never cut a running script short.
        props["fragment_id"] = ctx.current_fragment_id
    if forms.clears_on_submit(ctx, form_id):
        # The page shows this once the form is submitted (clear_on_submit).
        props["default"] = spec.serialize(spec.default())
    return widget_id, value, props


def check_bind_and_persist_state(bind: Any, persist_state: Any, user_key: str | None) -> None:
    """Streamlit's checks of ``bind`` and ``persist_state``: known values, and a key."""
    if bind is not None and bind != "query-params":
        raise StreamlitValueError("bind", ["'query-params'", "None"])
    if bind == "query-params" and user_key is None:
        raise StreamlitMissingRequiredParameterError("key", detail=(
            "When using bind='query-params', the widget must have a unique 'key' parameter specified. "
            "This 'key' will be used as the name of the query parameter."))
    if persist_state is not None:
        if persist_state not in ("page", "session"):
            raise StreamlitValueError("persist_state", ["'page'", "'session'", "None"])
        if user_key is None:
            raise StreamlitMissingRequiredParameterError("key", detail=(
                "When using persist_state, the widget must have a unique 'key' parameter specified so its "
                "value can be preserved across reruns and page switches."))


def bind_to_url(ctx: RunContext, spec: WidgetSpec, user_key: str, widget_id: str) -> None:
    """``bind="query-params"``: the URL's value starts the widget (when the session
    has none for its key yet; a value the widget cannot take is ignored), and after
    the run the page's URL follows the widget (session.py, in the browser)."""
    if spec.url is None:
        return  # a value the URL cannot hold (Streamlit's triggers); the key is checked all the same
    params = ctx.query_params
    params.bound.add(user_key)
    url = spec.url()
    if user_key in params and not ctx.state.has(user_key):
        try:
            ctx.state.set_from_outside(user_key, url.parse(params.get_all(user_key)))
        except (ValueError, TypeError, KeyError, IndexError, StreamlitAPIException):
            params.write_bound(user_key, None)  # ignored, and removed from the URL (Streamlit's rule)
    ctx.bound_widgets[widget_id] = (user_key, url, spec.default)
