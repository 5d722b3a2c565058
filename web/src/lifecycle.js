// The app's lifecycle, mirrored on stApp as Streamlit does (users' Playwright
// tests wait on these attributes):
//
//   connection (data-test-connection-state):
//     INITIAL -> CONNECTING -> CONNECTED (Python is ready) | DISCONNECTED_FOREVER (boot failed)
//     CONNECTED | DISCONNECTED_FOREVER -> CONNECTING (a worker restart)
//     CONNECTED -> DISCONNECTED_FOREVER (the worker died)
//   script (data-test-script-state):
//     initial -> running <-> notRunning
//
// "running" is set in the same task as the user's event (the queue reports
// busy synchronously), "notRunning" only once the first run was seen, the
// queue is empty with the worker idle, and every element the run drew is on
// the page (a view whose module loads on first use is drawn a moment later). Streamlit's other script states
// (rerunRequested, stopRequested, compilationError) are not used.
//
// This module is the only code that writes data-test-* attributes, and it
// writes one only when its value changes: every attribute write is a DOM
// mutation (the benchmark counts them).
import { setAttr } from "./renderer/dom.js";

/** @typedef {"INITIAL" | "CONNECTING" | "CONNECTED" | "DISCONNECTED_FOREVER"} ConnectionState */
/** @typedef {"initial" | "running" | "notRunning" | "compilationError"} ScriptState */

/** @type {Record<ConnectionState, ConnectionState[]>} */
const CONNECTION_MOVES = {
  INITIAL: ["CONNECTING"],
  CONNECTING: ["CONNECTED", "DISCONNECTED_FOREVER"],
  CONNECTED: ["CONNECTING", "DISCONNECTED_FOREVER"],
  DISCONNECTED_FOREVER: ["CONNECTING"],
};

/** @type {Record<ScriptState, ScriptState[]>} */
const SCRIPT_MOVES = {
  initial: ["running"],
  running: ["notRunning", "compilationError"],
  notRunning: ["running"],
  // The last run found a syntax error in the script (Streamlit's COMPILATION_ERROR).
  compilationError: ["running"],
};

/**
 * One state, its allowed moves, and the attribute that mirrors it.
 * Moving to the current state is allowed and does nothing.
 * @template {string} S
 */
export class StateMachine {
  /**
   * @param {string} name what the state is about (for error messages)
   * @param {Record<S, S[]>} moves state -> the states it may move to
   * @param {S} initial
   * @param {(state: S) => void} [onChange] called after each real change
   */
  constructor(name, moves, initial, onChange = () => {}) {
    this.name = name;
    this.moves = moves;
    this.state = initial;
    this.onChange = onChange;
  }

  /**
   * Move to `next`; an illegal move throws and leaves the state as it was.
   * @param {S} next
   */
  to(next) {
    if (next === this.state) return;
    const allowed = this.moves[this.state] || [];
    if (!allowed.includes(next)) {
      const from = Object.keys(this.moves).filter((s) => this.moves[s].includes(next));
      throw new Error(`Expected ${this.name} state ${from.join(" or ") || "(none)"} before ${next}, but got ${this.state}`);
    }
    this.state = next;
    this.onChange(next);
  }

  /** @param {S} state */
  is(state) {
    return this.state === state;
  }
}

export class Lifecycle {
  /**
   * @param {HTMLElement} app the stApp element that mirrors the states
   * @param {() => Promise<void> | null} [drawing] settles when the views still loading are drawn (null: none is)
   */
  constructor(app, drawing = () => null) {
    this.drawing = drawing;
    /** Is the page's queue busy? */
    this.busy = false;
    /** @type {StateMachine<ConnectionState>} */
    this.connection = new StateMachine("connection", CONNECTION_MOVES, "INITIAL",
      (s) => setAttr(app, "data-test-connection-state", s));
    /** @type {StateMachine<ScriptState>} */
    this.script = new StateMachine("script", SCRIPT_MOVES, "initial",
      (s) => setAttr(app, "data-test-script-state", s));
    /** Has any run started (in this page's life, across worker restarts)? */
    this.firstRunSeen = false;
    /** Is a run going on in the worker (between run_started and run_finished)? */
    this.runActive = false;
    /** The last run ended with "compile_error". */
    this.compileFailed = false;
    /** The id of the latest run that started. */
    this.lastRunId = 0;
  }

  /** A run started in the worker. */
  runStarted(runId) {
    this.firstRunSeen = true;
    this.runActive = true;
    this.lastRunId = runId;
    this.script.to("running");
  }

  /** The run ended (or its worker was terminated). */
  runEnded(compileFailed = false) {
    this.runActive = false;
    this.compileFailed = compileFailed;
  }

  /**
   * The page's queue is busy (a message in flight or waiting) or not.
   * Idle before the first run leaves the script state as it is: the first
   * run has not said what the page shows yet.
   * @param {boolean} busy
   */
  queueBusy(busy) {
    this.busy = busy;
    if (busy) this.script.to("running");
    else if (this.firstRunSeen) this.whenDrawn(() => this.script.to(this.compileFailed ? "compilationError" : "notRunning"));
  }

  /** Run `then` once no view is loading, unless the queue got busy meanwhile. @param {() => void} then */
  whenDrawn(then) {
    const drawing = this.drawing();
    if (!drawing) return then();
    void drawing.then(() => {
      if (!this.busy && this.firstRunSeen) this.whenDrawn(then);
    });
  }
}
