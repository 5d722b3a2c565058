"""What the plugin watches on an app's page: the browser console, uncaught
JavaScript errors, the Python exceptions the app shows (``stException``) and
the page's own worker-error box. A test fails on a Python exception or a
JavaScript error unless it is marked ``wasmlit_allow_exceptions``, and the
report of any failing test holds the Python tracebacks and the console."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.sync_api import Page

#: How many console lines a failure report shows (the last ones).
CONSOLE_LINES = 60
#: Reads every Python exception box and the worker error box, in one round trip.
_READ_PROBLEMS = """() => {
  const shown = (el) => el.checkVisibility ? el.checkVisibility() : !!el.offsetParent;
  const exceptions = [...document.querySelectorAll('[data-testid="stException"]')]
    .filter((el) => !el.closest('[data-testid="stAlertContentWarning"]') && !el.querySelector('[data-testid="stAlertContentWarning"]'))
    .map((el) => el.innerText.trim());
  const box = document.querySelector('[data-testid="wlWorkerError"]');
  const worker = box && !box.hidden && shown(box) ? box.innerText.trim() : "";
  const app = document.querySelector('[data-testid="stApp"]');
  return { exceptions, worker, connection: app ? app.getAttribute("data-test-connection-state") : null };
}"""


@dataclass
class PageProblems:
    """What went wrong on the page, as the report tells it."""

    exceptions: list[str] = field(default_factory=list)
    js_errors: list[str] = field(default_factory=list)
    worker_error: str = ""

    def __bool__(self) -> bool:
        return bool(self.exceptions or self.js_errors or self.worker_error)

    def describe(self) -> str:
        out: list[str] = []
        for text in self.exceptions:
            out += ["The app shows an uncaught Python exception:", _indent(text), ""]
        if self.worker_error:
            out += ["The page reports a Python worker error:", _indent(self.worker_error), ""]
        for text in self.js_errors:
            out += ["The page raised a JavaScript error:", _indent(text), ""]
        return "\n".join(out).rstrip()


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


class PageWatch:
    """Listens to one page from before it loads until the test ends."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.console: list[str] = []
        self.js_errors: list[str] = []
        page.on("console", self._on_console)
        page.on("pageerror", self._on_page_error)
        # The Python worker's console (the app's print() and warnings) arrives on the worker.
        page.on("worker", lambda worker: worker.on("console", self._on_worker_console))

    def _on_console(self, message: Any) -> None:
        self.console.append(f"[{message.type}] {message.text}")

    def _on_worker_console(self, message: Any) -> None:
        if getattr(message, "page", None) is None:  # else the page's own listener heard it
            self.console.append(f"[worker {message.type}] {message.text}")

    def _on_page_error(self, error: Any) -> None:
        stack = getattr(error, "stack", None) or ""
        self.js_errors.append(stack if stack else f"{getattr(error, 'name', 'Error')}: {getattr(error, 'message', error)}")

    def problems(self) -> PageProblems:
        """The page's problems now (an unreadable page reports only what was heard)."""
        found = PageProblems()
        try:
            # First: a round trip also delivers the page's events still on their way here.
            state = None if self.page.is_closed() else self.page.evaluate(_READ_PROBLEMS)
        except Exception:  # the page navigated away or crashed: keep what was heard
            state = None
        found.js_errors = list(self.js_errors)
        if state is None:
            return found
        found.exceptions = [str(t) for t in state.get("exceptions") or []]
        found.worker_error = str(state.get("worker") or "")
        return found

    def console_tail(self) -> str:
        lines = self.console[-CONSOLE_LINES:]
        skipped = len(self.console) - len(lines)
        head = [f"... ({skipped} earlier lines)"] if skipped else []
        return "\n".join(head + lines) if lines else "(nothing)"
