"""Custom components: ``components.v1.declare_component`` (a local folder of
static files, or a URL, in a sandboxed iframe that talks Streamlit's component
message protocol) and ``components.v2.component`` (HTML, CSS and JS mounted in
the page, with state and triggers).

A v1 instance is one widget: its value is what the component last sent with
``streamlit:setComponentValue`` (``default`` until then).

A v2 instance is two widgets, as in Streamlit: its *state* (a dict that
persists across runs; the page sends the whole dict and the names that
changed) and its *triggers* (one value for the one run a trigger starts,
sent as a click). ``on_<name>_change`` callbacks run for the names that
changed. The page draws the trigger widget as nothing, and AppTest does not
list it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from wasmlit.engine.cursor import Cursor
from wasmlit.engine.run_context import require_run_context
from wasmlit.errors import StreamlitAPIException
from wasmlit.widgets.base import WidgetCallback, WidgetSpec, draw_widget


def _json_args(args: Mapping[str, Any]) -> str:
    try:
        return json.dumps(dict(args), sort_keys=True)
    except (TypeError, ValueError) as err:
        raise StreamlitAPIException(f"Could not convert component args to JSON: {err}") from None


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value)) if value is not None else None


class ComponentResult(dict[str, Any]):
    """A v2 component's state and trigger values, as keys and attributes."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"The component has no state or trigger named {name!r}.") from None


class ComponentsMixin(Cursor):
    def _component_instance(self, name: str, url: str, args: Mapping[str, Any], *, default: Any = None, key: Any = None,
                            on_change: WidgetCallback | None = None, tab_index: int | None = None) -> Any:
        """One instance of a v1 component (``declare_component``'s callable)."""
        json_args = _json_args({**args, "default": default, "key": key})
        spec = WidgetSpec(
            type="component_instance",
            label=name,
            identity={"name": name, "url": url, "json_args": json_args},
            key_identity={"name", "url"},
            default=lambda: default,
            deserialize=_plain,
            props={"component_name": name, "url": url, "args": json.loads(json_args), "tab_index": tab_index},
        )
        return draw_widget(self, spec, key=key, on_change=on_change, label_visibility="collapsed")

    def _bidi_component(self, name: str, definition: Mapping[str, Any], *, key: Any = None, data: Any = None,
                        default: Mapping[str, Any] | None = None, width: Any = "stretch", height: Any = "content",
                        callbacks: Mapping[str, WidgetCallback | None]) -> ComponentResult:
        """One instance of a v2 component (``component()``'s mount callable)."""
        handlers = {k[3:-7]: cb for k, cb in callbacks.items() if k.startswith("on_") and k.endswith("_change") and cb}
        unknown = [k for k in callbacks if not (k.startswith("on_") and k.endswith("_change"))]
        if unknown:
            raise StreamlitAPIException(
                f"Unexpected argument(s) for component {name!r}: {', '.join(unknown)}. "
                "Pass `data=` for the component's data, and `on_<name>_change` callbacks for its state and triggers."
            )
        defaults = dict(default or {})
        bad = [k for k in defaults if k not in handlers]
        if bad:
            raise StreamlitAPIException(
                f"`default` names state {', '.join(repr(b) for b in bad)} of component {name!r} that has no "
                f"`on_<name>_change` callback. Add a callback (`on_{bad[0]}_change=...`) for each state with a default."
            )
        identity = {"name": name, "data": _json_args({"data": data}), "definition": _json_args(definition),
                    "instance_key": None if key is None else str(key)}

        def run_handlers(names: list[str]) -> None:
            for changed in names:
                handler = handlers.get(changed)
                if handler is not None:
                    handler()

        trigger_id: dict[str, str] = {}

        def on_trigger() -> None:
            state = require_run_context().state
            # The id is noted once the trigger is drawn; a run cut short right there (a rerun
            # request) registered this callback without it: find it by its callback then.
            widget = trigger_id.get("id") or next(
                (meta.id for meta in state.widget_meta.values() if meta.callback is on_trigger), None)
            value = state.widget_value(widget) if widget is not None else None
            if isinstance(value, dict):
                run_handlers([str(value.get("name"))])

        trigger_spec = WidgetSpec(
            type="bidi_trigger", label=name, identity=identity, default=lambda: None, deserialize=_plain,
            is_trigger=True, trigger_reset_value=None, props={"component_name": name},
        )
        fired = draw_widget(self, trigger_spec, on_change=on_trigger, label_visibility="collapsed")
        trigger_id["id"] = next(reversed(require_run_context().returned_values))

        # The state widget's value is the state dict itself (as st.session_state[key]
        # shows it); which names changed rides on the wire, for the callbacks.
        changed: list[str] = []

        def deserialize(wire: Any) -> dict[str, Any]:
            if not isinstance(wire, dict) or not isinstance(wire.get("state", {}), dict):
                raise ValueError(f"expected {{state: {{...}}, changed: [...]}}, got {wire!r}")
            changed[:] = [str(c) for c in wire.get("changed", [])]
            return dict(_plain(wire.get("state", {})))

        def serialize(value: Any) -> dict[str, Any]:
            return {"state": dict(value or {}), "changed": []}

        def adopt(value: Any) -> dict[str, Any]:
            return dict(value) if isinstance(value, Mapping) else {}

        state_spec = WidgetSpec(
            type="bidi_component",
            label=name,
            identity={**identity, "trigger": trigger_id["id"]},
            key_identity={"name"},
            default=lambda: dict(defaults),
            serialize=serialize,
            deserialize=deserialize,
            adopt=adopt,
            props={"component_name": name, "html": definition.get("html"), "css": definition.get("css"),
                   "js": definition.get("js"), "isolate_styles": bool(definition.get("isolate_styles", True)),
                   "data": _plain(data), "width": width, "height": height, "trigger_id": trigger_id["id"]},
        )
        value = draw_widget(self, state_spec, key=key, on_change=lambda: run_handlers(list(changed)), label_visibility="collapsed")
        triggers = {name: None for name in handlers}
        if isinstance(fired, dict) and fired.get("name") is not None:
            triggers[str(fired["name"])] = fired.get("value")
        state = dict(value) if isinstance(value, Mapping) else {}
        return ComponentResult({**triggers, **state})
