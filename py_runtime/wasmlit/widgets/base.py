"""What every widget shares: identity, key binding, callbacks, form rules.

A widget leaf validates its arguments and describes itself with a
``WidgetSpec``: how to build its default value and how to convert between
the Python value and the wire value. ``draw_widget`` does the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wasmlit.context import require_run_context
from wasmlit.errors import (
    StreamlitAPIException,
    StreamlitDuplicateElementId,
    StreamlitDuplicateElementKey,
    StreamlitInvalidFormCallbackError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
)
from wasmlit.identity import compute_element_id
from wasmlit.session_state import require_valid_user_key

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator

WidgetCallback = Callable[..., Any]


def _identity(value: Any) -> Any:
    return value


@dataclass
class WidgetMeta:
    """What the session remembers about a widget between runs."""

    id: str
    type: str
    user_key: str | None
    form_id: str
    default: Callable[[], Any]
    serialize: Callable[[Any], Any]
    deserialize: Callable[[Any], Any]
    #: Check or convert a value stored in session state before the widget uses it.
    adopt: Callable[[Any], Any] = _identity
    callback: WidgetCallback | None = None
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    is_trigger: bool = False
    trigger_reset_value: Any = False
    label: str = ""


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


def to_key(key: Any) -> str | None:
    return None if key is None else str(key)


def check_callback(callback: Any, form_id: str, widget_type: str) -> None:
    if callback is not None and form_id and widget_type != "form_submit_button":
        raise StreamlitInvalidFormCallbackError()
    if callback is not None and not callable(callback):
        raise StreamlitAPIException(f"The `on_change`/`on_click` callback must be callable, got {callback!r}.")


def draw_widget(
    dg: DeltaGenerator,
    spec: WidgetSpec,
    *,
    key: Any = None,
    on_change: WidgetCallback | None = None,
    args: Any = None,
    kwargs: Mapping[str, Any] | None = None,
    disabled: bool = False,
    help: str | None = None,
    label_visibility: str = "visible",
) -> Any:
    """Register the widget for this run, draw it, and return its value."""
    ctx = require_run_context()
    ctx.checkpoint()
    user_key = to_key(key)
    form_id = dg._form_id()
    # The order of the checks is Streamlit's: policies first, then identity.
    check_callback(on_change, form_id, spec.type)
    state = ctx.state
    if user_key is not None:
        require_valid_user_key(user_key)
        if spec.read_only and state.is_new_user_value(user_key):
            raise StreamlitValueAssignmentNotAllowedError(user_key)
    if label_visibility not in ("visible", "hidden", "collapsed"):
        raise StreamlitValueError("label_visibility", ["'visible'", "'hidden'", "'collapsed'"])
    id_type = spec.id_type or spec.type
    widget_id = compute_element_id(
        id_type, user_key, form_id, spec.identity, spec.key_identity, root=dg._root()
    )

    if user_key is not None:
        if user_key in ctx.keys_this_run:
            raise StreamlitDuplicateElementKey(user_key)
        ctx.keys_this_run.add(user_key)
    if widget_id in ctx.ids_this_run:
        raise StreamlitDuplicateElementId(id_type)
    ctx.ids_this_run.add(widget_id)

    if spec.layout_check is not None:
        spec.layout_check(form_id)

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
    )
    value = state.register_widget(meta)
    ctx.session.returned_values[widget_id] = value
    props = {
        "label": spec.label,
        "help": help,
        "disabled": bool(disabled),
        "label_visibility": label_visibility,
        "form_id": form_id,
        **spec.props,
        "value": spec.serialize(value),
    }
    if form_id and state.form_settings.get(form_id):
        # The page resets the form's inputs to this after a clear_on_submit submit.
        props["default"] = spec.serialize(spec.default())
    dg._enqueue(spec.type, props, key=user_key, node_id=widget_id)
    return value
