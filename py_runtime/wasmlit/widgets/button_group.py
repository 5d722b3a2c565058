"""pills, segmented_control and feedback: a group of toggle buttons.

The value travels as the list of chosen option indices."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.errors import StreamlitAPIException, StreamlitIncompatibleParametersError, StreamlitValueError
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, check_wrap, draw_widget, url_form
from wasmlit.widgets.options import to_options
from wasmlit.widgets.wire import require_index, require_list

_FEEDBACK = {"thumbs": ["👎", "👍"], "faces": ["😞", "🙁", "😐", "🙂", "😀"], "stars": ["⭐"] * 5}


def _group(dg: Cursor, style: str, label: str, options: list[Any], labels: list[str], selection_mode: str,
           default: Any, key: Any, help: str | None, on_change: WidgetCallback | str | None, args: Any, kwargs: Any,
           disabled: bool, label_visibility: str, width: Any, options_props: dict[str, Any] | None = None,
           bind: Any = None, persist_state: Any = None) -> Any:
    if selection_mode not in ("single", "multi"):
        raise StreamlitValueError("selection_mode", ["'single'", "'multi'"])
    multi = selection_mode == "multi"
    defaults = [] if default is None else (list(default) if multi and isinstance(default, (list, tuple, set)) else [default])
    default_indices = []
    for d in defaults:
        if d not in options:
            raise StreamlitAPIException(f"The default value '{d}' is not part of the options.")
        default_indices.append(options.index(d))

    def to_value(indices: list[int]) -> Any:
        chosen = [options[i] for i in indices if 0 <= i < len(options)]
        return chosen if multi else (chosen[0] if chosen else None)

    def serialize(value: Any) -> list[int]:
        items = value if multi else ([] if value is None else [value])
        return [options.index(v) for v in (items or []) if v in options]

    initial = to_value(default_indices)
    spec = WidgetSpec(
        type="button_group",
        id_type=style if style != "borderless" else "feedback",
        label=label,
        identity={"options": labels, "default": default_indices, "click_mode": selection_mode, "style": style,
                  "width": width, "label": label, "help": help},
        key_identity={"click_mode"},
        default=lambda: list(initial) if multi else initial,
        serialize=serialize,
        deserialize=lambda wire: to_value([require_index(i, len(options))
                                           for i in require_list(wire or [], max_len=None if multi else 1)]),
        props={"options": labels, "selection_mode": selection_mode, "style": style, **(options_props or {})},
    )
    spec.url = url_form("choices", options, labels) if multi else url_form("choice", options, labels)
    return draw_widget(dg, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                       disabled=disabled, help=help, label_visibility=label_visibility,
                       bind=bind, persist_state=persist_state)


def _choice_props(required: Any, wrap: Any, selection_mode: str) -> dict[str, Any]:
    """``required`` (the page keeps a selection from being cleared) and ``wrap``, when not the defaults."""
    if required and selection_mode == "multi":
        raise StreamlitIncompatibleParametersError(
            "required=True", "selection_mode='multi'",
            explanation="`required` is only supported for single-select mode.")
    check_wrap(wrap)
    props: dict[str, Any] = {}
    if required:
        props["required"] = True
    if wrap is not None:
        props["wrap"] = wrap
    return props


class ButtonGroupMixin(Cursor):
    def pills(self, label: str, options: Any, *, selection_mode: str = "single", default: Any = None,
              format_func: Callable[[Any], Any] | None = None, key: Any = None, help: str | None = None,
              on_change: WidgetCallback | str | None = "rerun", args: Any = None, kwargs: Any = None, disabled: bool = False,
              label_visibility: str = "visible", width: Any = "content", required: bool = False,
              wrap: bool | None = None, bind: Any = None, persist_state: Any = None) -> Any:
        opts = to_options(options)
        labels = [str((format_func or str)(o)) for o in opts]
        return _group(self, "pills", str(label), opts, labels, selection_mode, default, key, help, on_change, args,
                      kwargs, disabled, label_visibility, width, _choice_props(required, wrap, selection_mode),
                      bind, persist_state)

    def segmented_control(self, label: str, options: Any, *, selection_mode: str = "single",
                          default: Any = None, format_func: Callable[[Any], Any] | None = None, key: Any = None,
                          help: str | None = None, on_change: WidgetCallback | str | None = "rerun", args: Any = None,
                          kwargs: Any = None, disabled: bool = False, label_visibility: str = "visible",
                          width: Any = "content", required: bool = False, wrap: bool | None = None,
                          bind: Any = None, persist_state: Any = None) -> Any:
        opts = to_options(options)
        labels = [str((format_func or str)(o)) for o in opts]
        return _group(self, "segmented_control", str(label), opts, labels, selection_mode, default, key, help,
                      on_change, args, kwargs, disabled, label_visibility, width,
                      _choice_props(required, wrap, selection_mode), bind, persist_state)

    def feedback(self, options: str = "thumbs", *, key: Any = None, disabled: bool = False,
                 on_change: WidgetCallback | str | None = "rerun", args: Any = None, kwargs: Any = None,
                 default: int | None = None, width: Any = "content", bind: Any = None,
                 persist_state: Any = None) -> int | None:
        if options not in _FEEDBACK:
            raise StreamlitValueError("options", ["'thumbs'", "'faces'", "'stars'"])
        labels = _FEEDBACK[options]
        return _group(self, "borderless", "", list(range(len(labels))), labels, "single", default, key, None,
                      on_change, args, kwargs, disabled, "collapsed", width, {"feedback": options}, bind, persist_state)
