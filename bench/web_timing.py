"""Browser timings for the issue's closing note (not a test: never asserted).

Measures, in one Chromium run against one local server:
  * bare Pyodide in a module worker: navigation -> loadPyodide resolved;
  * the columns counter: navigation -> first paint of the app's title, and
    -> interactive (Python CONNECTED and the first run finished);
  * click -> DOM updated (title text changed), p50 / p90 over N clicks.
Each cold load uses a fresh browser context (empty HTTP cache).

Usage: python bench/web_timing.py [--runs 3] [--clicks 50]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from browser.conftest import CHROMIUM_ARGS, FIXTURES  # noqa: E402
from wasmlit.tooling.dev_server import SiteServer  # noqa: E402
from wasmlit.tooling.site.build import build_site  # noqa: E402

# Records when the title first appears, and when each click is dispatched / lands.
PROBE = """
window.__t = {clicks: []};
new MutationObserver(() => {
  const h = document.querySelector('[data-testid=stHeading] h1');
  if (h && !window.__t.paint) window.__t.paint = performance.now();
  if (h && window.__t.pending && h.textContent !== window.__t.pendingText) {
    window.__t.clicks.push(performance.now() - window.__t.pending);
    window.__t.pending = 0;
  }
}).observe(document, {subtree: true, childList: true, characterData: true});
document.addEventListener('click', () => {
  const h = document.querySelector('[data-testid=stHeading] h1');
  window.__t.pendingText = h && h.textContent;
  window.__t.pending = performance.now();
}, true);
"""


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--clicks", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "app" / "app.py"
        app.parent.mkdir()
        app.write_text((REPO / "examples" / "columns_counter.py").read_text())
        site = build_site(app, Path(tmp) / "site")
        shutil.copyfile(FIXTURES / "bare_pyodide.html", site / "bare_pyodide.html")
        with SiteServer(site) as srv, sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            bare, paint, interactive = [], [], []
            for _ in range(args.runs):
                ctx = browser.new_context()
                page = ctx.new_page()
                page.goto(srv.url + "bare_pyodide.html")
                page.wait_for_function("window.bare && window.bare.ran", timeout=120_000)
                bare.append(page.evaluate("window.bare.ready"))
                ctx.close()

                ctx = browser.new_context()
                page = ctx.new_page()
                page.add_init_script(PROBE)
                page.goto(srv.url)
                page.wait_for_function(
                    "document.querySelector('[data-testid=stApp]').dataset.testConnectionState === 'CONNECTED'"
                    " && document.querySelector('[data-testid=stApp]').dataset.testScriptState === 'notRunning'",
                    timeout=120_000, polling=5,
                )
                interactive.append(page.evaluate("performance.now()"))
                paint.append(page.evaluate("window.__t.paint"))
                if _ == args.runs - 1:
                    button = page.get_by_role("button", name="Add 1", exact=True)
                    for _i in range(args.clicks):
                        button.click()
                        page.wait_for_function("!window.__t.pending", polling=1)
                    clicks = page.evaluate("window.__t.clicks")
                ctx.close()
            browser.close()
    med = statistics.median
    print(f"bare Pyodide (worker, loadPyodide resolved): median {med(bare):.0f} ms  runs={[round(x) for x in bare]}")
    print(f"counter first paint:                          median {med(paint):.0f} ms  runs={[round(x) for x in paint]}")
    print(f"counter interactive:                          median {med(interactive):.0f} ms  (polled, +~5 ms)")
    print(f"click -> DOM over {len(clicks)} clicks: p50 {pct(clicks, 0.5):.1f} ms, p90 {pct(clicks, 0.9):.1f} ms")


if __name__ == "__main__":
    main()
