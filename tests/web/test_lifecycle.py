"""lifecycle.js: checked transitions, and stApp's data-test-* written only when a state changes."""

from __future__ import annotations

from .node_eval import node_json

#: A stand-in for stApp that counts attribute writes (each one is a DOM mutation).
FAKE_APP = """
const writes = [];
const attrs = { "data-test-script-state": "initial", "data-test-connection-state": "INITIAL" };
const app = {
  getAttribute: (n) => (n in attrs ? attrs[n] : null), hasAttribute: (n) => n in attrs,
  setAttribute: (n, v) => { attrs[n] = v; writes.push(`${n}=${v}`); }, removeAttribute: (n) => { delete attrs[n]; },
};
const { Lifecycle } = await import(src + "lifecycle.js");
const life = new Lifecycle(app);
"""


def test_a_session_writes_each_change_once() -> None:
    got = node_json(FAKE_APP + """
        life.connection.to("CONNECTING");
        life.queueBusy(false);                  // idle before the first run: still "initial"
        life.connection.to("CONNECTED");
        life.runStarted(1); life.queueBusy(true); life.queueBusy(true);
        life.runEnded(); life.queueBusy(false); life.queueBusy(false);
        life.connection.to("CONNECTING");       // a worker restart
        console.log(JSON.stringify({ writes, attrs }));
    """)
    assert got["writes"] == [
        "data-test-connection-state=CONNECTING", "data-test-connection-state=CONNECTED",
        "data-test-script-state=running", "data-test-script-state=notRunning",
        "data-test-connection-state=CONNECTING",
    ]


def test_an_illegal_transition_throws_and_changes_nothing() -> None:
    got = node_json(FAKE_APP + """
        let message = null;
        try { life.connection.to("CONNECTED"); } catch (err) { message = err.message; }
        console.log(JSON.stringify({ message, state: life.connection.state, writes }));
    """)
    assert got["message"] == "Expected connection state CONNECTING before CONNECTED, but got INITIAL"
    assert got["state"] == "INITIAL" and got["writes"] == []


def test_a_run_is_over_only_once_the_views_still_loading_are_drawn() -> None:
    # A view whose module loads on first use is drawn a moment after its delta: "notRunning" waits
    # for it, so a user's test that waits for the run finds every element; a run that starts
    # meanwhile keeps the state "running".
    got = node_json(FAKE_APP.replace("new Lifecycle(app)", "new Lifecycle(app, () => drawing)") + """
        let drawing = null;
        let draw;
        life.runStarted(1); life.queueBusy(true);
        drawing = new Promise((resolve) => { draw = resolve; });
        life.runEnded(); life.queueBusy(false);
        const whileLoading = attrs["data-test-script-state"];
        drawing = null; draw();
        await new Promise((r) => setTimeout(r, 0));
        const drawn = attrs["data-test-script-state"];
        life.runStarted(2); life.queueBusy(true);
        drawing = new Promise((resolve) => { draw = resolve; });
        life.runEnded(); life.queueBusy(false);
        life.queueBusy(true);                     // the next event, before the view is drawn
        drawing = null; draw();
        await new Promise((r) => setTimeout(r, 0));
        console.log(JSON.stringify({ whileLoading, drawn, after: attrs["data-test-script-state"] }));
    """)
    assert got == {"whileLoading": "running", "drawn": "notRunning", "after": "running"}
