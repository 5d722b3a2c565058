"""Page events: how a list of them becomes runs, and how a run applies them.

Value changes merge (the last value of a widget wins) and ride along with the
next click or submit; every click and every submit gets a run of its own, so
N clicks make N runs in which the button is True. A click is never lost.

``events_for`` builds the same events from Python values, for AppTest, so the
headless harness drives the engine exactly as the page does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from wasmlit.engine.forms import SUBMIT_BUTTON, SessionForms, apply_submit, is_submit
from wasmlit.engine.session_state import SessionState, WidgetMeta
from wasmlit.protocol import EVENTS, TRIGGER_EVENTS

_MISSING = object()
EVENT_TYPES = tuple(EVENTS)


class BadEventError(ValueError):
    """An event the engine cannot understand (the session goes on)."""


@dataclass
class EventBatch:
    """The input of one run: merged value changes, then at most one trigger."""

    values: dict[str, Any] = field(default_factory=dict)
    trigger: Mapping[str, Any] | None = None


def split_into_runs(events: Iterable[Mapping[str, Any]]) -> list[EventBatch]:
    batches: list[EventBatch] = []
    values: dict[str, Any] = {}
    for event in events:
        if not isinstance(event, Mapping) or not isinstance(event.get("id"), str):
            raise BadEventError(f"Expected an event object with a string 'id', but got {event!r}.")
        kind = event.get("type")
        if kind == "set_value":
            values.pop(event["id"], None)
            values[event["id"]] = event.get("value")
        elif kind in TRIGGER_EVENTS:
            batches.append(EventBatch(values, event))
            values = {}
        else:
            raise BadEventError(f"Expected an event type in {EVENT_TYPES}, but got {kind!r}.")
    if values or not batches:
        batches.append(EventBatch(values, None))
    return batches


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:
        return a is b


def _deserialize(meta: Any, wire: Any) -> Any:
    try:
        return meta.deserialize(wire)
    except Exception as err:
        raise BadEventError(f"Bad value {wire!r} for {meta.type} {meta.label!r}: {err}") from None


def check_batch(state: SessionState, batch: EventBatch) -> None:
    """Raise ``BadEventError`` for a value its widget cannot take, or a value
    event aimed at a button (a click is the only way to press one).

    Called before a run starts, so a refused batch leaves no half-applied
    values and no run that the page saw start but never finish."""
    for widget_id in batch.values:
        meta = state.widget_meta.get(widget_id)
        if meta is not None and meta.is_trigger:
            raise BadEventError(
                f"Expected a click for {meta.type} {meta.label!r}, but got a value: "
                "a button is pressed by a click event, never set."
            )
    wires = list(batch.values.items())
    if batch.trigger is not None:
        staged = batch.trigger.get("values") or {}
        if not isinstance(staged, Mapping):
            raise BadEventError(f"Expected the submit's 'values' to be an object, but got {staged!r}.")
        wires.extend(staged.items())
    for widget_id, wire in wires:
        meta = state.widget_meta.get(widget_id)
        if meta is not None:
            _deserialize(meta, wire)


def apply_batch(state: SessionState, forms: SessionForms, batch: EventBatch) -> set[str]:
    """Write the batch into session state; return the ids whose value changed."""
    changed: set[str] = set()

    def apply(widget_id: str, wire: Any) -> None:
        meta = state.widget_meta.get(widget_id)
        if meta is None:  # a widget the last run did not draw: nothing to update
            return
        value = _deserialize(meta, wire)
        old = state.widget_value(widget_id, _MISSING)
        state.set_widget_value(widget_id, value)
        if old is _MISSING or not _same(old, value):
            changed.add(widget_id)

    for widget_id, wire in batch.values.items():
        meta = state.widget_meta.get(widget_id)
        # Values staged in a form only count when that form is submitted.
        if meta is not None and not meta.form_id:
            apply(widget_id, wire)

    trigger = batch.trigger
    if trigger is None:
        return changed
    submitter = state.widget_meta.get(trigger["id"])
    if is_submit(trigger, submitter.type if submitter else None):
        form_id = trigger.get("form_id") or (submitter.form_id if submitter else "")
        apply_submit(state, forms, form_id, trigger, batch.values, apply)
    if submitter is not None and submitter.is_trigger:
        if "value" in trigger:  # chat_input: the submitted text rides on the click
            apply(submitter.id, trigger["value"])
        else:
            state.set_widget_value(submitter.id, True)
        changed.add(submitter.id)
    return changed


def events_for(staged: Mapping[str, Any], widgets: Mapping[str, WidgetMeta]) -> list[dict[str, Any]]:
    """Page events for Python values set on widgets (AppTest's ``set_value``,
    ``click`` ...), as the page would send them: value changes first, then
    clicks and submits; a submit carries its form's staged values, and values
    of form widgets travel only with their form's submit."""
    values: list[dict[str, Any]] = []
    triggers: list[dict[str, Any]] = []
    form_values: dict[str, dict[str, Any]] = {}
    for widget_id, value in staged.items():
        meta = widgets.get(widget_id)
        if meta is None:
            continue
        if meta.is_trigger:
            if meta.trigger_reset_value is None:  # chat_input: the text rides on the click
                triggers.append({"type": "click", "id": widget_id, "value": meta.serialize(value)})
            elif value:
                triggers.append({"type": "click", "id": widget_id})
            continue
        wire = meta.serialize(value)
        if meta.form_id:
            form_values.setdefault(meta.form_id, {})[widget_id] = wire
        else:
            values.append({"type": "set_value", "id": widget_id, "value": wire})
    for trigger in triggers:
        meta = widgets[trigger["id"]]
        if meta.type == SUBMIT_BUTTON:
            trigger.update(type="submit", form_id=meta.form_id, values=form_values.get(meta.form_id, {}))
    return values + triggers
