// Interrupts, on cross-origin isolated pages: the page and the worker share
// an Int32Array (slots in protocol.js INTERRUPT_SLOTS, read by
// pyodide_host.py).
//   - Stop writes SIGINT into Pyodide's interrupt buffer.
//   - A newer message sets the pending flag, which the running script sees at
//     its next st.* call (a fast rerun); if it does not get there within
//     FAST_RERUN_GRACE_MS (a pure-Python loop), the page sends SIGINT too.
//   - Either way the wake-up counter is bumped, so a script sleeping in
//     time.sleep (Atomics.wait) notices at once.
// Without isolation there is no shared memory: `cell` is null, events
// queue, and Stop restarts the worker (mount.js).
import { INTERRUPT_SLOTS, SIGINT, isSupersedable, preempts } from "./protocol.js";

/** Is newer input waiting that may cut the running script short? */
const inputWaiting = (queue) => queue.pending.some(preempts);

/** How long a superseded run may take to reach an st.* call before SIGINT. */
export const FAST_RERUN_GRACE_MS = 300;

/** The shared cell, or null when the page cannot share memory with the worker. */
export function sharedCell() {
  const isolated = globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === "function";
  return isolated ? new Int32Array(new SharedArrayBuffer(16)) : null;
}

export class Interrupts {
  /**
   * @param {Int32Array | null} cell from sharedCell()
   * @param {() => {runActive: boolean, lastRunId: number}} run what the lifecycle knows of the worker's run
   */
  constructor(cell, run) {
    this.cell = cell;
    this.run = run;
    this.escalation = 0;
    /** Milliseconds from the latest Stop click to the end of its run (for reports). */
    this.lastStopMs = null;
    this.stopClickedAt = null;
  }

  /**
   * Mirror "newer messages are waiting" into the shared pending flag, and
   * when they would supersede the running message, wake the script and
   * arm the SIGINT escalation.
   * @param {{pending: object[], current: any}} queue the page's EventQueue
   */
  syncPending(queue) {
    if (!this.cell) return;
    const waiting = inputWaiting(queue);
    Atomics.store(this.cell, INTERRUPT_SLOTS.pending, waiting ? 1 : 0);
    clearTimeout(this.escalation);
    if (!waiting || !this.run().runActive || !isSupersedable(queue.current)) return;
    this.wake();
    const current = queue.current;
    const runId = this.run().lastRunId;
    this.escalation = setTimeout(() => {
      // Still the same run, still superseded: it is stuck in pure Python.
      const run = this.run();
      if (run.runActive && queue.current === current && run.lastRunId === runId && inputWaiting(queue)) this.interrupt();
    }, FAST_RERUN_GRACE_MS);
  }

  /**
   * The Stop button: drop what has not been sent and end the running script.
   * @param {{stop(): void}} queue the page's EventQueue
   * @returns {boolean} false when the page cannot interrupt (not isolated)
   */
  stop(queue) {
    this.stopClickedAt = performance.now();
    if (!this.cell) return false;
    queue.stop();
    if (this.run().runActive) this.interrupt();
    return true;
  }

  /** End the running script at once (KeyboardInterrupt in Python). */
  interrupt() {
    if (!this.cell) return;
    Atomics.store(this.cell, INTERRUPT_SLOTS.interrupt, SIGINT);
    this.wake();
  }

  /** Wake a script waiting in time.sleep, so it looks at the flags. */
  wake() {
    if (!this.cell) return;
    Atomics.add(this.cell, INTERRUPT_SLOTS.wake, 1);
    Atomics.notify(this.cell, INTERRUPT_SLOTS.wake);
  }

  /** The run ended: no escalation is due, and the latest Stop took effect. */
  runEnded() {
    clearTimeout(this.escalation);
    if (this.stopClickedAt !== null) {
      this.lastStopMs = performance.now() - this.stopClickedAt;
      this.stopClickedAt = null;
    }
  }

  /** The app is going away. */
  cancel() {
    clearTimeout(this.escalation);
  }
}
