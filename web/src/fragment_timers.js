// Fragments that rerun on a timer (st.fragment(run_every=...)): the worker
// says which after each full run (`auto_rerun`), and the page asks for each
// one's rerun through its queue, so a tick waits behind the user's events
// like any other message (ticks of one fragment merge while they wait).

export class FragmentTimers {
  /** @param {(fragmentId: string) => void} tick ask for one fragment's rerun */
  constructor(tick) {
    this.tick = tick;
    /** @type {Map<string, {seconds: number, handle: number}>} */
    this.timers = new Map();
  }

  /**
   * The fragments with a timer now; others stop. A fragment whose interval
   * did not change keeps its timer (a full run does not restart the clock).
   * @param {Record<string, number>} timers fragment id -> seconds
   */
  set(timers) {
    for (const [id, timer] of [...this.timers]) {
      if (timers[id] !== timer.seconds) {
        clearInterval(timer.handle);
        this.timers.delete(id);
      }
    }
    for (const [id, seconds] of Object.entries(timers)) {
      if (this.timers.has(id) || !(seconds > 0)) continue;
      const handle = setInterval(() => this.tick(id), Math.max(50, seconds * 1000));
      this.timers.set(id, { seconds, handle });
    }
  }
}
