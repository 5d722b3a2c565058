"""Widgets that pick from options: selectbox, radio, multiselect, select_slider.

Options travel as their formatted labels; values travel as option indices."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException, StreamlitDefaultNotInOptionsError
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget

if TYPE_CHECKING:
    from wasmlit.delta_generator import DeltaGenerator


def to_options(options: Any) -> list[Any]:
    """The options as a list (dict keys, a DataFrame's first column...)."""
    if options is None:
        return []
    if hasattr(options, "columns") and hasattr(options, "iloc"):  # DataFrame
        return list(options.iloc[:, 0])
    if isinstance(options, dict):
        return list(options.keys())
    if isinstance(options, (str, bytes)):
        return [options]
    if isinstance(options, Iterable):
        return list(options)
    raise StreamlitAPIException(f"Options must be an iterable, got {type(options).__name__}.")


def _index_of(options: list[Any], value: Any) -> int | None:
    for i, option in enumerate(options):
        try:
            if option == value:
                return i
        except Exception:  # e.g. numpy arrays compare element-wise
            continue
    return None


def _check_index(index: int | None, options: list[Any], command: str) -> None:
    if index is None:
        return
    if not isinstance(index, int) or isinstance(index, bool):
        raise StreamlitAPIException(f"{command} Value has invalid type: {type(index).__name__}")
    if options and not 0 <= index < len(options):
        raise StreamlitAPIException(f"{command} index must be between 0 and length of options")
    if not options and index != 0:
        raise StreamlitAPIException(f"{command} index must be between 0 and length of options")


def _single_choice(options: list[Any], index: int | None) -> tuple[Callable[[], Any], Callable[[Any], Any], Callable[[Any], Any], Callable[[Any], Any]]:
    """default, serialize, deserialize, adopt for a one-option widget."""
    default_value = options[index] if index is not None and options else None

    def serialize(v: Any) -> int | None:
        return None if v is None else _index_of(options, v)

    def deserialize(wire: Any) -> Any:
        return None if wire is None or not (0 <= int(wire) < len(options)) else options[int(wire)]

    def adopt(v: Any) -> Any:
        # A value no longer among the options falls back to the default.
        return v if v is None or _index_of(options, v) is not None else default_value

    return (lambda: default_value), serialize, deserialize, adopt


class SelectionWidgetsMixin:
    def selectbox(
        self: DeltaGenerator,
        label: str,
        options: Any,
        index: int | None = 0,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Any = None,
        kwargs: Any = None,
        *,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        accept_new_options: bool = False,
        width: Any = "stretch",
    ) -> Any:
        label = str(label)
        opts = to_options(options)
        _check_index(index, opts, "Selectbox")
        labels = [str(format_func(o)) for o in opts]
        default, serialize, deserialize, adopt = _single_choice(opts, index)
        spec = WidgetSpec(
            type="selectbox",
            label=label,
            identity={"label": label, "options": labels, "index": index, "help": help, "placeholder": placeholder,
                      "accept_new_options": accept_new_options, "width": width},
            key_identity={"accept_new_options"},
            default=default, serialize=serialize, deserialize=deserialize, adopt=adopt,
            props={"options": labels, "placeholder": placeholder or ("Choose an option" if opts else "No options to select")},
        )
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility)

    def radio(
        self: DeltaGenerator,
        label: str,
        options: Any,
        index: int | None = 0,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Any = None,
        kwargs: Any = None,
        *,
        disabled: bool = False,
        horizontal: bool = False,
        captions: Any = None,
        label_visibility: str = "visible",
        width: Any = "content",
    ) -> Any:
        label = str(label)
        opts = to_options(options)
        _check_index(index, opts, "Radio")
        labels = [str(format_func(o)) for o in opts]
        default, serialize, deserialize, adopt = _single_choice(opts, index)
        caption_list = [str(c) for c in captions] if captions else []
        spec = WidgetSpec(
            type="radio",
            label=label,
            identity={"label": label, "options": labels, "index": index, "help": help, "horizontal": horizontal,
                      "captions": caption_list, "width": width},
            default=default, serialize=serialize, deserialize=deserialize, adopt=adopt,
            props={"options": labels, "horizontal": bool(horizontal), "captions": caption_list},
        )
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility)

    def multiselect(
        self: DeltaGenerator,
        label: str,
        options: Any,
        default: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Any = None,
        kwargs: Any = None,
        *,
        max_selections: int | None = None,
        placeholder: str | None = None,
        disabled: bool = False,
        label_visibility: str = "visible",
        accept_new_options: bool = False,
        width: Any = "stretch",
    ) -> list[Any]:
        label = str(label)
        opts = to_options(options)
        labels = [str(format_func(o)) for o in opts]
        if default is None:
            defaults: list[Any] = []
        elif isinstance(default, (list, tuple, set)) or (hasattr(default, "__iter__") and not isinstance(default, str)):
            defaults = list(default)
        else:
            defaults = [default]
        for d in defaults:
            if _index_of(opts, d) is None:
                raise StreamlitDefaultNotInOptionsError(d)
        if max_selections is not None and len(defaults) > max_selections:
            raise StreamlitAPIException(
                f"Multiselect has {len(defaults)} {'option' if len(defaults) == 1 else 'options'} selected but "
                f"`max_selections` is set to {max_selections}. This happened because you either gave too many "
                "options to `default` or you manipulated the widget's state through `st.session_state`. "
                "Note that the latter can happen before the line indicated in the traceback. "
                f"Please select at most {max_selections} {'option' if max_selections == 1 else 'options'}."
            )

        def serialize(values: Any) -> list[int]:
            indices = [_index_of(opts, v) for v in (values or [])]
            return [i for i in indices if i is not None]

        def deserialize(wire: Any) -> list[Any]:
            return [opts[int(i)] for i in (wire or []) if 0 <= int(i) < len(opts)]

        def adopt(values: Any) -> list[Any]:
            return [v for v in (values or []) if _index_of(opts, v) is not None]

        spec = WidgetSpec(
            type="multiselect",
            label=label,
            identity={"label": label, "options": labels, "default": [str(format_func(d)) for d in defaults],
                      "help": help, "max_selections": max_selections, "placeholder": placeholder,
                      "accept_new_options": accept_new_options, "width": width},
            key_identity={"max_selections", "accept_new_options"},
            default=lambda: list(defaults), serialize=serialize, deserialize=deserialize, adopt=adopt,
            props={"options": labels, "max_selections": max_selections,
                   "placeholder": placeholder or ("Choose options" if opts else "No options to select")},
        )
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,  # type: ignore[no-any-return]
                           disabled=disabled, help=help, label_visibility=label_visibility)

    def select_slider(
        self: DeltaGenerator,
        label: str,
        options: Any = (),
        value: Any = None,
        format_func: Callable[[Any], Any] = str,
        key: Any = None,
        help: str | None = None,
        on_change: WidgetCallback | None = None,
        args: Any = None,
        kwargs: Any = None,
        *,
        disabled: bool = False,
        label_visibility: str = "visible",
        width: Any = "stretch",
    ) -> Any:
        label = str(label)
        opts = to_options(options)
        if not opts:
            raise StreamlitAPIException("The `options` argument needs to be non-empty")
        labels = [str(format_func(o)) for o in opts]
        is_range = isinstance(value, (list, tuple))
        chosen = list(value) if is_range else [opts[0] if value is None else value]
        indices = []
        for v in chosen:
            i = _index_of(opts, v)
            if i is None:
                raise StreamlitAPIException("Every Multiselect default value must exist in options")
            indices.append(i)
        initial = tuple(opts[i] for i in indices) if is_range else opts[indices[0]]

        def serialize(v: Any) -> list[int]:
            items = list(v) if is_range else [v]
            return [i for i in (_index_of(opts, x) for x in items) if i is not None]

        def deserialize(wire: Any) -> Any:
            items = [opts[int(i)] for i in (wire if isinstance(wire, list) else [wire])]
            return tuple(items) if is_range else items[0]

        spec = WidgetSpec(
            type="select_slider",
            label=label,
            identity={"label": label, "options": labels, "value": [labels[i] for i in indices], "help": help, "width": width},
            default=lambda: initial, serialize=serialize, deserialize=deserialize,
            props={"options": labels, "min": 0, "max": len(opts) - 1, "step": 1, "data_type": "int"},
        )
        return draw_widget(self, spec, key=key, on_change=on_change, args=args, kwargs=kwargs,
                           disabled=disabled, help=help, label_visibility=label_visibility)
