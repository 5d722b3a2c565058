"""protocol.js loads in Node, its exports are JSON, and its one copy of the fast-rerun rule holds."""

from __future__ import annotations

from .node_eval import node_json


def test_protocol_exports_are_json_with_the_shared_rules() -> None:
    m = node_json('const m = await import(src + "protocol.js"); console.log(JSON.stringify(m));')
    assert m["INTERRUPT_SLOTS"] == {"interrupt": 0, "pending": 1, "wake": 2} and m["SIGINT"] == 2
    assert m["CLEARING_STATUSES"] == ["success", "stopped", "error"]
    assert set(m["CLEARING_STATUSES"]) < set(m["RUN_STATUS"])
    assert m["WORKER_TO_PAGE"]["IDLE"] == "idle" and "SHELL_TO_PAGE" not in m
    assert set(m["MESSAGE_FIELDS"]) == set(m["PAGE_TO_WORKER"].values()) | set(m["WORKER_TO_PAGE"].values())
    assert set(m["EVENT_FIELDS"]) == set(m["EVENTS"].values()) and set(m["OP_FIELDS"]) == set(m["OPS"].values())
    assert m["APP_DIR"] == "/home/pyodide/app"
    assert m["ISOLATION_HEADERS"]["Cross-Origin-Embedder-Policy"] == "credentialless"


def test_hashed_names_and_supersedable_runs() -> None:
    got = node_json("""
        const { HASHED_NAME_PATTERN, isSupersedable } = await import(src + "protocol.js");
        const hashed = new RegExp(HASHED_NAME_PATTERN);
        console.log(JSON.stringify({
          hashed: ["/assets/app.0123456789.js", "/runtime/0123456789/w.whl", "/assets/app.js", "/index.html"].map((p) => hashed.test(p)),
          supersedable: [
            null, { type: "boot" }, { type: "rerun" }, { type: "update_files", files: {} },
            { type: "events", events: [{ type: "set_value", id: "a", value: 1 }] },
            { type: "events", events: [{ type: "set_value", id: "a", value: 1 }, { type: "click", id: "b" }] },
            { type: "events", events: [{ type: "submit", id: "s", form_id: "f", values: {} }] },
            { type: "clear_cache" },
          ].map(isSupersedable),
        }));
    """)
    assert got["hashed"] == [True, True, False, False]
    assert got["supersedable"] == [False, False, True, True, True, False, False, False]


def test_what_may_cut_a_running_script_short() -> None:
    """Input does; a fragment's rerun (its timer, or events all on widgets of fragments) does not."""
    got = node_json("""
        const { preempts } = await import(src + "protocol.js");
        console.log(JSON.stringify([
          { type: "rerun" }, { type: "rerun", fragment_id: "f" }, { type: "dev_query", query_id: 1, what: "session_state" },
          { type: "events", events: [{ type: "click", id: "b" }] },
          { type: "events", events: [{ type: "click", id: "b", fragment_id: "f" }] },
          { type: "events", events: [{ type: "set_value", id: "a", value: 1, fragment_id: "f" }, { type: "click", id: "b", fragment_id: "g" }] },
          { type: "events", events: [{ type: "set_value", id: "a", value: 1 }, { type: "click", id: "b", fragment_id: "f" }] },
          { type: "clear_cache" },
        ].map(preempts)));
    """)
    assert got == [True, False, False, True, False, False, True, True]


def test_binary_parts_of_a_message_come_back_as_array_buffers() -> None:
    got = node_json("""
        const { parseMessage } = await import(src + "protocol.js");
        const a = new Float64Array([1.5, 2.5]).buffer;
        const msg = parseMessage({ text: '{"type":"deltas","ops":[{"data":{"$buffer":0}}],"n":{"$buffer":1}}',
                                   buffers: [a, new Uint8Array([7, 8])] });
        console.log(JSON.stringify({
          first: Array.from(new Float64Array(msg.ops[0].data)),
          second: Array.from(new Uint8Array(msg.n)),
          missing: parseMessage({ text: '{"type":"x","d":{"$buffer":3}}', buffers: [] }),
          plain: parseMessage('{"type":"idle"}'),
        }));
    """)
    assert got == {"first": [1.5, 2.5], "second": [7, 8], "missing": None, "plain": {"type": "idle"}}
