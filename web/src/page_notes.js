// What the page itself says, outside the app's content (all in shell.html):
// the loading note while Python starts, the worker error box, and the notice
// that Stop had to restart Python (which resets the session).
import { h, setAttr, setText } from "./renderer/dom.js";

// Without the dots: PageNotes adds them (see DOTS_STEP_MS).
const LOADING_TEXT = {
  download: "Downloading Python",
  start: "Starting Python",
  snapshot: "Starting Python",
  install: "Installing the app runtime",
  run: "Running your app",
};

/**
 * While Python starts, the loading note's dots count up, a few steps a second
 * from a timer, and its ring stands still (chrome.css). A spinning ring (a CSS
 * animation) has the compositor draw 60 frames a second, and on two busy
 * cores those frames took ~0.4 s of CPU from Python's start-up (bench, counter
 * app: time to interactive 1.24x -> 1.10x bare Pyodide); turning it from a
 * timer cost as much, as each step is a whole frame.
 */
const DOTS_STEP_MS = 400;
const DOTS = [".", "..", "..."];

export const RESET_MESSAGE = "The app was stopped by restarting Python, so its session was reset: "
  + "session state and caches are empty. (This page is not cross-origin isolated, so a running script "
  + "cannot be interrupted; serve it with COOP/COEP headers, as `wasmlit run` does, to keep the session.)";

export class PageNotes {
  /** @param {import("./shell.js").ShellParts} parts */
  constructor({ loading, errorBox, notice }) {
    this.loading = loading;
    this.loadingText = /** @type {HTMLElement} */ (loading.querySelector(".wl-loading-text"));
    this.loadingDots = /** @type {HTMLElement | null} */ (loading.querySelector(".wl-loading-dots"));
    this.errorBox = errorBox;
    this.notice = notice;
    /** @type {ReturnType<typeof setInterval> | null} */
    this.counting = null;
    if (!loading.hidden) this.countDots();
  }

  /** Count the loading note's dots up until the note goes or says why Python failed. */
  countDots() {
    const dots = this.loadingDots;
    if (!dots || this.counting !== null) return;
    let step = 0;
    this.counting = setInterval(() => {
      step = (step + 1) % DOTS.length;
      dots.textContent = DOTS[step];
    }, DOTS_STEP_MS);
  }

  stopDots() {
    if (this.counting !== null) clearInterval(this.counting);
    this.counting = null;
  }

  /**
   * A boot stage (the worker's `loading` message).
   * @param {string} stage @param {string} [message]
   */
  stage(stage, message) {
    setText(this.loadingText, message || LOADING_TEXT[stage] || "Loading");
    setAttr(this.loading, "data-stage", stage || "");
  }

  /** The app is drawing: the loading note goes. */
  hideLoading() {
    this.stopDots();
    setAttr(this.loading, "hidden", true);
  }

  /**
   * Python could not start: the loading note says why, for good.
   * @param {string} message
   */
  bootFailed(message) {
    this.stopDots();
    if (this.loadingDots) this.loadingDots.textContent = "";
    setAttr(this.loading, "hidden", false);
    setText(this.loadingText, message);
    setAttr(this.loading, "data-stage", "error");
  }

  /** @param {string} message @param {string} [detail] */
  showError(message, detail) {
    console.error("wasmlit:", message, detail || "");
    setAttr(this.errorBox, "hidden", false);
    this.errorBox.replaceChildren(document.createTextNode(message), ...(detail ? [h("pre", {}, [detail])] : []));
  }

  hideError() {
    setAttr(this.errorBox, "hidden", true);
  }

  /** Stop restarted Python: say that the session is gone. */
  showSessionReset() {
    this.notice.textContent = RESET_MESSAGE;
    setAttr(this.notice, "hidden", false);
  }

  /** The user acted again: the reset notice has been read. */
  hideSessionReset() {
    setAttr(this.notice, "hidden", true);
  }
}
