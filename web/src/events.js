// The page's outgoing queue. While the worker is busy (a run, or boot),
// messages wait here; nothing is ever dropped.
//   - set_value events of one widget merge (the last value wins), but only
//     within the tail after the last click/submit, so order is kept;
//   - every click and submit stays its own event: N clicks -> N runs;
//   - consecutive widget events travel in one `events` message;
//   - a quiet value (a widget with on_change="ignore") starts no run:
//     it rides along with the next message (a rerun becomes an `events`
//     message that carries it).
//   - a rerun the worker owes (its last run ended with st.rerun(): `idle`
//     says so) is sent at once, unless a message the queue already holds
//     covers it (events, a rerun, new files: the worker merges the owed rerun
//     into that message's run), so the user's events get in between the runs
//     of an st.rerun() loop, and the page stays "running" until it ends.
import { PAGE_TO_WORKER, EVENTS } from "./protocol.js";

/**
 * @typedef {{type: string, id: string, [field: string]: any}} WidgetEvent set_value, click or submit
 * @typedef {{type: string, events?: WidgetEvent[], [field: string]: any}} PageMessage
 */

export class EventQueue {
  /**
   * @param {(msg: PageMessage) => void} send posts one message to the worker
   * @param {(busy: boolean) => void} onBusy called synchronously on changes
   * @param {(queue: EventQueue) => void} [onChanged] called after every change
   *   (the page mirrors "messages are waiting" into the shared pending flag)
   */
  constructor(send, onBusy, onChanged = () => {}) {
    this.send = send;
    this.onBusy = onBusy;
    this.onChanged = onChanged;
    /** @type {PageMessage[]} */
    this.pending = [];
    // The worker is busy booting until it reports idle for the first time.
    this.inFlight = true;
    /** @type {PageMessage | null} The message the worker is handling (null during boot or when idle). */
    this.current = null;
    /** Stop was pressed: the rerun the stopped run owed is not sent. */
    this.stopped = false;
    /** @type {Map<string, WidgetEvent>} Quiet set_values waiting for the next message, by widget id. */
    this.quiet = new Map();
  }

  /**
   * Hold a widget value without starting a run: it travels with the next message.
   * @param {WidgetEvent} event a set_value
   */
  pushQuiet(event) {
    this.quiet.delete(event.id);
    this.quiet.set(event.id, event);
  }

  /** The quiet values, taken (they go out with the message being queued). */
  takeQuiet() {
    const events = [...this.quiet.values()];
    this.quiet.clear();
    return events;
  }

  get busy() {
    return this.inFlight || this.pending.length > 0;
  }

  /**
   * Queue one widget event (set_value, click or submit).
   * @param {WidgetEvent} event
   */
  pushEvent(event) {
    for (const quiet of this.takeQuiet()) if (quiet.id !== event.id) this.append(quiet);
    this.append(event);
    this.changed();
  }

  /**
   * Add one widget event to the tail of the queue (set_values of one widget merge).
   * @param {WidgetEvent} event
   */
  append(event) {
    const last = this.pending[this.pending.length - 1];
    if (last && last.type === PAGE_TO_WORKER.EVENTS && last.events) {
      const events = last.events;
      if (event.type === EVENTS.SET_VALUE) {
        for (let i = events.length - 1; i >= 0 && events[i].type === EVENTS.SET_VALUE; i -= 1) {
          if (events[i].id === event.id) {
            events.splice(i, 1);
            break;
          }
        }
      }
      events.push(event);
    } else {
      this.pending.push({ type: PAGE_TO_WORKER.EVENTS, events: [event] });
    }
  }

  /**
   * Queue a non-widget message (rerun, clear_cache, update_files).
   * @param {PageMessage} msg
   */
  push(msg) {
    // A plain rerun with quiet values waiting becomes the events message that carries them
    // (a page switch or a fragment's rerun leaves them for the next message).
    if (msg.type === PAGE_TO_WORKER.RERUN && this.quiet.size && msg.page === undefined && !msg.fragment_id) {
      for (const quiet of this.takeQuiet()) this.append(quiet);
      this.changed();
      return;
    }
    const last = this.pending[this.pending.length - 1];
    // Two reruns in a row are one rerun (the newer one's page and query win;
    // timers of different fragments stay apart).
    if (msg.type === PAGE_TO_WORKER.RERUN && last?.type === PAGE_TO_WORKER.RERUN && last.fragment_id === msg.fragment_id) {
      Object.assign(last, msg);
    } else {
      this.pending.push(msg);
    }
    this.changed();
  }

  /** Stop: drop what has not been sent yet and ask the worker to stop. */
  stop() {
    this.pending = [];
    // A rerun the running script owes ends with it.
    this.stopped = true;
    this.send({ type: PAGE_TO_WORKER.STOP });
    this.onBusy(this.busy);
    this.onChanged(this);
  }

  /**
   * The worker finished handling the message in flight.
   * @param {boolean} [rerunOwed] its last run ended with st.rerun(): a rerun must follow
   */
  idle(rerunOwed = false) {
    this.inFlight = false;
    this.current = null;
    if (rerunOwed && !this.stopped && !this.pending.some(coversRerun)) {
      this.pending.unshift({ type: PAGE_TO_WORKER.RERUN });
    }
    this.stopped = false;
    this.changed();
  }

  /** A new worker (after a restart): it is booting, nothing is in flight. */
  reset() {
    this.pending = [];
    this.stopped = false;
    this.inFlight = true;
    this.current = null;
    this.onBusy(this.busy);
    this.onChanged(this);
  }

  /**
   * Is a value for widget `id` waiting to be sent?
   * @param {string} id
   */
  hasQueuedValue(id) {
    if (this.quiet.has(id)) return true;
    for (const msg of this.pending) {
      if (msg.type !== PAGE_TO_WORKER.EVENTS) continue;
      for (const ev of msg.events || []) {
        if (ev.id === id && ev.type === EVENTS.SET_VALUE) return true;
        if (ev.type === EVENTS.SUBMIT && ev.values && id in ev.values) return true;
      }
    }
    return false;
  }

  changed() {
    // Report busy first, synchronously, so data-test-script-state flips to
    // "running" in the same task as the user's event.
    this.onBusy(this.busy);
    const next = this.inFlight ? undefined : this.pending.shift();
    if (next) {
      this.inFlight = true;
      this.current = next;
      // The shared "newer messages wait" flag must be down before the worker
      // can start on this message, or it would supersede its own run.
      this.onChanged(this);
      this.send(next);
      return;
    }
    this.onChanged(this);
  }
}

/**
 * Does running `msg` also run a rerun the worker owes? (The worker merges the
 * owed rerun into the next run it does.)
 * @param {PageMessage} msg
 */
export function coversRerun(msg) {
  return msg.type === PAGE_TO_WORKER.EVENTS || msg.type === PAGE_TO_WORKER.UPDATE_FILES || msg.type === PAGE_TO_WORKER.RERUN;
}
