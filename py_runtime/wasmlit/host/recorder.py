"""What the user did in a dev-tools session, in order: the input of "Download
this session as a test" (``test_writer.py`` turns it into pytest files).

The bridge hands every page message it handles to ``SessionRecorder.record``
*before* the message runs, so each widget event is described against the
screen the user acted on. A widget is named the way a test finds it: by its
key when it has one, otherwise by its type, its label and its index among the
widgets of that type with that label. The two kinds of test count in
different orders: AppTest walks the main area and then the sidebar; the
page's DOM holds the sidebar before the main area.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from wasmlit.engine.session import AppSession
from wasmlit.engine.tree import Node, RunTree
from wasmlit.protocol import BOTTOM_ROOT, EVENT_ROOT, MAIN_ROOT, SIDEBAR_ROOT

#: The key Streamlit gives a form's submit button itself ("FormSubmitter:<form>-<label>"):
#: tests find such a button by its label, as a user would.
IMPLICIT_KEY_PREFIX = "FormSubmitter:"


def apptest_kind(node: Node) -> str:
    """The name of AppTest's list that holds this node (``at.<kind>``)."""
    props = node.props
    if node.type in ("button", "form_submit_button"):
        return "button"
    if node.type == "checkbox":
        return "toggle" if props.get("style") == "toggle" else "checkbox"
    if node.type == "button_group":
        return "feedback" if props.get("style") == "borderless" else "button_group"
    if node.type == "heading":
        return {"h1": "title", "h2": "header", "h3": "subheader"}.get(str(props.get("tag")), "heading")
    if node.type == "markdown":
        return str(props.get("variant") or "markdown")
    if node.type == "alert":
        return str(props.get("format"))
    return node.type


def widget_label(node: Node) -> str:
    """What names a widget for a test: its label (a chat input has none: its placeholder)."""
    if node.type == "chat_input":
        return str(node.props.get("placeholder") or "")
    return str(node.props.get("label") or "")


def apptest_order(tree: RunTree) -> list[Node]:
    """Every node in AppTest's order: the main area, the sidebar, the event root
    (dialogs, toasts), then the bottom (a top-level chat input)."""
    return tree.walk(MAIN_ROOT) + tree.walk(SIDEBAR_ROOT) + tree.walk(EVENT_ROOT) + tree.walk(BOTTOM_ROOT)


def page_order(tree: RunTree) -> list[Node]:
    """Every node in the page's DOM order: the sidebar comes first, the bottom last."""
    return tree.walk(SIDEBAR_ROOT) + tree.walk(MAIN_ROOT) + tree.walk(BOTTOM_ROOT)


@dataclass(frozen=True)
class WidgetRef:
    """How a test finds one widget."""

    #: The node type (``button``, ``form_submit_button``, ``checkbox`` ...).
    type: str
    #: AppTest's list name (``at.<kind>``).
    kind: str
    label: str
    key: str | None
    #: Among the widgets of ``kind`` with this label, in AppTest's order.
    apptest_index: int
    #: Among all the widgets of ``kind``, in AppTest's order (chat inputs have no label).
    apptest_position: int
    #: Among the page's widgets of ``type`` with this label, in DOM order.
    page_index: int
    #: The node's props when the user acted (options, bounds, ...).
    props: Mapping[str, Any]


@dataclass(frozen=True)
class Action:
    """One widget event."""

    #: ``set``: a new value; ``click``: a button, or a chat input's submit (``value`` is the text);
    #: ``submit``: a form's submit button, after ``staged`` (the form's changed widgets).
    kind: Literal["set", "click", "submit"]
    widget: WidgetRef
    #: The Python value (what the script sees); None for a button's click.
    value: Any = None
    #: The value as it travelled (see protocol.WIRE_VALUES).
    wire: Any = None
    staged: tuple[Action, ...] = ()


@dataclass
class Step:
    """One page message: widget events (one run per click or submit), or a
    rerun, a cache clear or new files with no events."""

    kind: Literal["events", "rerun", "clear_cache", "update_files"]
    actions: list[Action] = field(default_factory=list)
    #: Events aimed at widgets the screen did not hold (nothing to replay).
    unknown: int = 0


def describe(tree: RunTree, node: Node) -> WidgetRef:
    kind, label = apptest_kind(node), widget_label(node)

    def position(order: list[Node], same: Any, by_label: bool = True) -> int:
        matches = [n.id for n in order if same(n) and (not by_label or widget_label(n) == label)]
        return matches.index(node.id) if node.id in matches else 0

    in_apptest = apptest_order(tree)
    return WidgetRef(
        type=node.type, kind=kind, label=label, key=node.key,
        apptest_index=position(in_apptest, lambda n: apptest_kind(n) == kind),
        apptest_position=position(in_apptest, lambda n: apptest_kind(n) == kind, by_label=False),
        page_index=position(page_order(tree), lambda n: n.type == node.type),
        props=dict(node.props),
    )


class SessionRecorder:
    """The steps of one session, recorded from the page messages the bridge handles."""

    def __init__(self) -> None:
        self.steps: list[Step] = []

    def record(self, message: Mapping[str, Any], session: AppSession) -> None:
        """Note one page message before it runs (``session`` shows what the user saw)."""
        kind = message.get("type")
        if kind in ("rerun", "clear_cache", "update_files"):
            self.steps.append(Step(kind))
        elif kind == "events":
            step = Step("events")
            for event in message.get("events") or []:
                action = self._action(event, session) if isinstance(event, Mapping) else None
                if action is None:
                    step.unknown += 1
                else:
                    step.actions.append(action)
            self.steps.append(step)

    def _action(self, event: Mapping[str, Any], session: AppSession) -> Action | None:
        ref = self._ref(event.get("id"), session)
        if ref is None:
            return None
        wire = event.get("value")
        if event.get("type") == "set_value":
            return Action("set", ref, self._value(event.get("id"), wire, session), wire)
        if event.get("type") == "click":
            return Action("click", ref, wire if "value" in event else None, wire)
        if event.get("type") == "submit":
            values = event.get("values") if isinstance(event.get("values"), Mapping) else {}
            staged = []
            for widget_id, widget_wire in (values or {}).items():
                staged_ref = self._ref(widget_id, session)
                if staged_ref is not None:
                    staged.append(Action("set", staged_ref, self._value(widget_id, widget_wire, session), widget_wire))
            return Action("submit", ref, None, None, tuple(staged))
        return None

    @staticmethod
    def _ref(widget_id: Any, session: AppSession) -> WidgetRef | None:
        node = session.tree.nodes.get(widget_id) if isinstance(widget_id, str) else None
        return describe(session.tree, node) if node is not None else None

    @staticmethod
    def _value(widget_id: Any, wire: Any, session: AppSession) -> Any:
        meta = session.widgets.get(widget_id) if isinstance(widget_id, str) else None
        if meta is None:
            return wire
        try:
            return meta.deserialize(wire)
        except Exception:
            return wire
