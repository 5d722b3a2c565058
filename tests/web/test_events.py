"""The page's outgoing queue (web/src/events.js), in Node: a quiet value starts
no run and rides along with the next message."""

from __future__ import annotations

from .node_eval import node_json


def test_a_quiet_value_waits_for_the_next_event_or_rerun() -> None:
    got = node_json("""
        const { EventQueue } = await import(src + "events.js");
        const sent = [];
        const q = new EventQueue((m) => sent.push(m), () => {});
        q.idle();  // booted
        q.pushQuiet({ type: "set_value", id: "ed", value: 1 });
        q.pushQuiet({ type: "set_value", id: "ed", value: 2 });
        const afterQuiet = sent.length;
        const held = q.hasQueuedValue("ed");
        q.push({ type: "rerun" });
        q.idle();
        q.pushQuiet({ type: "set_value", id: "ed", value: 3 });
        q.pushEvent({ type: "click", id: "b" });
        console.log(JSON.stringify({ afterQuiet, held, sent, left: q.hasQueuedValue("ed") }));
    """)
    assert got["afterQuiet"] == 0 and got["held"] is True
    assert got["sent"] == [
        {"type": "events", "events": [{"type": "set_value", "id": "ed", "value": 2}]},  # the rerun carried it
        {"type": "events", "events": [{"type": "set_value", "id": "ed", "value": 3}, {"type": "click", "id": "b"}]},
    ]
    assert got["left"] is False
