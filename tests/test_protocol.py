"""protocol.py and its JS twin web/src/protocol.js must say the same things:
the same messages with the same fields, the same node types, events, ops and
statuses, and the same shared constants. protocol.js is imported with Node,
so the comparison is of values, not of source text."""

from __future__ import annotations

import json
import shutil
import subprocess
import typing
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from wasmlit import protocol
from wasmlit.engine.events import EVENT_TYPES

PROTOCOL_JS = Path(__file__).resolve().parent.parent / "web" / "src" / "protocol.js"


@cache
def js() -> dict[str, Any]:
    """Every JSON-serialisable export of protocol.js."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is needed to read web/src/protocol.js (the README's install step brings it).")
    script = f"import({json.dumps(PROTOCOL_JS.as_uri())}).then((m) => console.log(JSON.stringify(m)))"
    out = subprocess.run([node, "--input-type=module", "-e", script], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)  # type: ignore[no-any-return]


def values(name: str) -> list[str]:
    """A frozen list export, or the values of a frozen {NAME: "tag"} export."""
    export = js()[name]
    return sorted(export.values() if isinstance(export, dict) else export)


def test_page_to_worker_messages_match() -> None:
    assert values("PAGE_TO_WORKER") == sorted(protocol.PAGE_TO_WORKER)


def test_worker_to_page_messages_match() -> None:
    assert values("WORKER_TO_PAGE") == sorted(protocol.WORKER_TO_PAGE)


def test_every_message_has_the_same_fields() -> None:
    fields = {tag: protocol.fields_of(typed) for tag, typed in protocol.MESSAGES.items()}
    assert {tag: sorted(f) for tag, f in js()["MESSAGE_FIELDS"].items()} == {tag: sorted(f) for tag, f in fields.items()}


def test_events_ops_and_nodes_have_the_same_fields() -> None:
    events = {tag: sorted(protocol.fields_of(typed)) for tag, typed in protocol.EVENTS.items()}
    assert {tag: sorted(f) for tag, f in js()["EVENT_FIELDS"].items()} == events
    ops = {tag: sorted(protocol.fields_of(typed, tag="op")) for tag, typed in protocol.OPS.items()}
    assert {tag: sorted(f) for tag, f in js()["OP_FIELDS"].items()} == ops
    assert sorted(js()["NODE_FIELDS"]) == sorted(protocol.fields_of(protocol.NodeDict, tag=None))


def test_node_types_match() -> None:
    assert values("BLOCK_TYPES") == sorted(protocol.BLOCK_TYPES)
    assert values("ELEMENT_TYPES") == sorted(protocol.ELEMENT_TYPES)


def test_wire_values_and_events_match() -> None:
    assert values("WIRE_VALUES") == sorted(protocol.WIRE_VALUES)
    assert values("EVENTS") == sorted(EVENT_TYPES)
    assert values("OPS") == ["add", "remove", "update"]


def test_run_statuses_match() -> None:
    assert values("RUN_STATUS") == sorted(typing.get_args(protocol.RunStatus))
    assert values("CLEARING_STATUSES") == sorted(protocol.CLEARING_STATUSES)


def test_the_rule_of_which_runs_a_newer_event_may_cut_short_matches() -> None:
    assert values("SUPERSEDABLE_MESSAGES") == sorted(protocol.SUPERSEDABLE_MESSAGES)
    assert values("TRIGGER_EVENTS") == sorted(protocol.TRIGGER_EVENTS)


def test_shared_constants_match() -> None:
    exported = js()
    assert exported["MAIN_ROOT"] == protocol.MAIN_ROOT
    assert exported["SIDEBAR_ROOT"] == protocol.SIDEBAR_ROOT
    assert exported["PROTOCOL_VERSION"] == protocol.PROTOCOL_VERSION
    assert exported["INTERRUPT_SLOTS"] == protocol.INTERRUPT_SLOTS
    assert exported["SIGINT"] == protocol.SIGINT
    assert exported["ISOLATION_HEADERS"] == protocol.ISOLATION_HEADERS
    assert exported["HASHED_NAME_PATTERN"] == protocol.HASHED_NAME_PATTERN
    assert exported["APP_DIR"] == protocol.APP_DIR
    assert exported["RUNTIME_DIR"] == protocol.RUNTIME_DIR
    assert exported["DEV_QUERIES"] == list(protocol.DEV_QUERIES)


def test_is_supersedable_agrees_on_examples() -> None:
    """The rule itself, run on both sides."""
    examples = [
        {"type": "rerun"}, {"type": "stop"}, {"type": "update_files", "files": {}},
        {"type": "events", "events": [{"type": "set_value", "id": "a", "value": 1}]},
        {"type": "events", "events": [{"type": "set_value", "id": "a", "value": 1}, {"type": "click", "id": "b"}]},
        {"type": "events", "events": [{"type": "submit", "id": "b", "form_id": "f", "values": {}}]},
        {"type": "clear_cache"}, {"type": "boot"},
    ]
    script = (f"import({json.dumps(PROTOCOL_JS.as_uri())}).then((m) => console.log(JSON.stringify("
              f"{json.dumps(examples)}.map(m.isSupersedable))))")
    out = subprocess.run([shutil.which("node") or "node", "--input-type=module", "-e", script],
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [protocol.is_supersedable(m) for m in examples]
