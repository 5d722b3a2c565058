// What the page itself says, outside the app's content (all in shell.html):
// the loading note while Python starts, the worker error box, and the notice
// that Stop had to restart Python (which resets the session).
import { h, setAttr, setText } from "./renderer/dom.js";

const LOADING_TEXT = {
  download: "Downloading Python…",
  start: "Starting Python…",
  snapshot: "Starting Python…",
  install: "Installing the app runtime…",
  run: "Running your app…",
};

export const RESET_MESSAGE = "The app was stopped by restarting Python, so its session was reset: "
  + "session state and caches are empty. (This page is not cross-origin isolated, so a running script "
  + "cannot be interrupted; serve it with COOP/COEP headers, as `wasmlit run` does, to keep the session.)";

export class PageNotes {
  /** @param {import("./shell.js").ShellParts} parts */
  constructor({ loading, errorBox, notice }) {
    this.loading = loading;
    this.loadingText = /** @type {HTMLElement} */ (loading.querySelector(".wl-loading-text"));
    this.errorBox = errorBox;
    this.notice = notice;
  }

  /**
   * A boot stage (the worker's `loading` message).
   * @param {string} stage @param {string} [message]
   */
  stage(stage, message) {
    setText(this.loadingText, message || LOADING_TEXT[stage] || "Loading…");
    setAttr(this.loading, "data-stage", stage || "");
  }

  /** The app is drawing: the loading note goes. */
  hideLoading() {
    setAttr(this.loading, "hidden", true);
  }

  /**
   * Python could not start: the loading note says why, for good.
   * @param {string} message
   */
  bootFailed(message) {
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
