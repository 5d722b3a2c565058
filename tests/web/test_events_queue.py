"""events.js: the rerun the worker owes after st.rerun() (IdleMsg.rerun) is sent
at once, unless a message the queue holds covers it; the queue stays busy
through the loop; Stop ends it; reruns merge (newer page wins, timers apart)."""

from __future__ import annotations

from .node_eval import node_json

QUEUE = """
const { EventQueue } = await import(src + "events.js");
const sent = [];
const busy = [];
const q = new EventQueue((m) => sent.push(structuredClone(m)), (b) => busy.push(b));
"""


def test_an_owed_rerun_is_sent_at_once_and_the_queue_stays_busy() -> None:
    got = node_json(QUEUE + """
        q.idle(false);                     // boot done
        q.push({ type: "rerun" });         // the user's rerun; its run ends with st.rerun()
        busy.length = 0;
        q.idle(true);                      // the worker owes a rerun
        q.idle(false);                     // that run ended the loop
        console.log(JSON.stringify({ sent, busy }));
    """)
    assert [m["type"] for m in got["sent"]] == ["rerun", "rerun"]
    assert got["busy"] == [True, False]  # busy through the loop, idle after it


def test_a_held_message_covers_the_owed_rerun() -> None:
    got = node_json(QUEUE + """
        q.idle(false);
        q.push({ type: "rerun" });
        q.pushEvent({ type: "set_value", id: "w", value: "typed" });   // held while the run goes on
        q.idle(true);
        console.log(JSON.stringify({ sent }));
    """)
    assert [m["type"] for m in got["sent"]] == ["rerun", "events"]  # no extra rerun: the events run covers it


def test_stop_drops_the_owed_rerun() -> None:
    got = node_json(QUEUE + """
        q.idle(false);
        q.push({ type: "rerun" });
        q.stop();
        q.idle(true);
        console.log(JSON.stringify({ sent, busy: q.busy }));
    """)
    assert [m["type"] for m in got["sent"]] == ["rerun", "stop"]
    assert got["busy"] is False


def test_reruns_merge_with_the_newer_page_and_keep_fragment_timers_apart() -> None:
    got = node_json(QUEUE + """
        q.push({ type: "rerun", page: "a", query: "" });
        q.push({ type: "rerun", page: "b", query: "x=1" });
        q.push({ type: "rerun", fragment_id: "f1" });
        q.push({ type: "rerun", fragment_id: "f1" });
        q.push({ type: "rerun", fragment_id: "f2" });
        console.log(JSON.stringify(q.pending));
    """)
    assert got == [{"type": "rerun", "page": "b", "query": "x=1"}, {"type": "rerun", "fragment_id": "f1"},
                   {"type": "rerun", "fragment_id": "f2"}]
