"""Page events: how a list of them becomes runs, and how a run applies them.

Value changes merge (the last value of a widget wins) and ride along with the
next click or submit; every click and every submit gets a run of its own, so
N clicks make N runs in which the button is True. A click is never lost.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from wasmlit.session_state import SessionState

_MISSING = object()
EVENT_TYPES = ("set_value", "click", "submit")


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
        elif kind in ("click", "submit"):
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
    """Raise ``BadEventError`` for a value its widget cannot take.

    Called before a run starts, so a refused batch leaves no half-applied
    values and no run that the page saw start but never finish."""
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


def apply_batch(state: SessionState, batch: EventBatch, cleared_forms: set[str]) -> set[str]:
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
    form_id = trigger.get("form_id") or (submitter.form_id if submitter else "")
    if trigger.get("type") == "submit" or (submitter is not None and submitter.type == "form_submit_button"):
        if form_id in cleared_forms:
            # clear_on_submit: the widgets went back to their defaults on the page.
            for meta in list(state.widget_meta.values()):
                if meta.form_id == form_id and not meta.is_trigger:
                    apply(meta.id, meta.serialize(meta.default()))
            cleared_forms.discard(form_id)
        staged = dict(trigger.get("values") or {})
        for widget_id, wire in batch.values.items():
            meta = state.widget_meta.get(widget_id)
            if meta is not None and meta.form_id == form_id:
                staged.setdefault(widget_id, wire)
        for widget_id, wire in staged.items():
            meta = state.widget_meta.get(widget_id)
            if meta is not None and meta.form_id == form_id:
                apply(widget_id, wire)
        if state.form_settings.get(form_id):
            cleared_forms.add(form_id)
    if submitter is not None and submitter.is_trigger:
        if "value" in trigger:  # chat_input: the submitted text rides on the click
            apply(submitter.id, trigger["value"])
            changed.add(submitter.id)
        else:
            state.set_widget_value(submitter.id, True)
            changed.add(submitter.id)
    return changed
