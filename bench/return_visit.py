"""Return visits (issue 15): time to interactive with a warm browser profile (not a test: never asserted).

In one Chromium run against one local server, three sides, each with its own
persistent profile (a temporary user-data dir):
  * ``snapshot``: the counter built as ``wasmlit build --snapshot`` does; the
    first visit waits until the browser has stored its memory snapshot;
  * ``plain``: the same app built without ``--snapshot``;
  * ``bare``: bare Pyodide in a module worker (``loadPyodide`` + ``1 + 1``).
After the first visit and ``--idle`` seconds, each side gets ``--runs``
return visits (navigation -> Python CONNECTED and the first run finished;
for bare Pyodide, -> ``runPython`` done), the sides alternating in order.
Prints medians, p90s and the ratios of the medians, and the snapshot's size.

Usage: python -m bench.return_visit [--runs 5] [--idle 10]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from browser.conftest import CHROMIUM_ARGS, FIXTURES  # noqa: E402
from wasmlit.tooling.dev_server import SiteServer  # noqa: E402
from wasmlit.tooling.site.build import build_site  # noqa: E402

READY = ("(() => { const a = document.querySelector('[data-testid=stApp]');"
         " return a && a.dataset.testConnectionState === 'CONNECTED' && a.dataset.testScriptState === 'notRunning'; })()")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def visit(page, url: str, bare: bool) -> float:  # type: ignore[no-untyped-def]
    page.goto(url)
    if bare:
        page.wait_for_function("window.bare && window.bare.ran", timeout=180_000, polling=5)
        return float(page.evaluate("window.bare.ran"))
    page.wait_for_function(READY, timeout=180_000, polling=5)
    return float(page.evaluate("performance.now()"))


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle", type=float, default=10.0, help="seconds between the first visit and the return visits")
    parser.add_argument("--no-service-worker", action="store_true", help="build both wasmlit sites without sw.js")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "sites"
        app = Path(tmp) / "app" / "app.py"
        app.parent.mkdir(parents=True)
        app.write_text((REPO / "examples" / "columns_counter.py").read_text())
        for name, snapshot in (("snapshot", True), ("plain", False)):
            build_site(app, root / name, hash_assets=True, prerender=True, service_worker=not args.no_service_worker,
                       snapshot=snapshot)
        shutil.copyfile(FIXTURES / "bare_pyodide.html", root / "plain" / "bare_pyodide.html")
        with SiteServer(root) as srv, sync_playwright() as p:
            # Bare Pyodide loads the plain site's own Pyodide folder (pyodide/<hash>/, cached as that site's is).
            folder = json.loads((root / "plain" / "wasmlit-manifest.json").read_text())["pyodide/"]
            urls = {"snapshot": f"{srv.url}snapshot/", "plain": f"{srv.url}plain/",
                    "bare": f"{srv.url}plain/bare_pyodide.html?pyodide={folder}"}
            pages, contexts, first = {}, [], {}
            for side, url in urls.items():
                ctx = p.chromium.launch_persistent_context(str(Path(tmp) / f"profile-{side}"),
                                                           executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
                contexts.append(ctx)
                pages[side] = ctx.new_page()
                first[side] = visit(pages[side], url, side == "bare")
            pages["snapshot"].wait_for_function("['stored', 'failed'].includes(window.__wasmlit.snapshot)", timeout=300_000)
            stored = pages["snapshot"].evaluate("window.__wasmlit.snapshot")
            size = pages["snapshot"].evaluate("""async () => {
              const cache = await caches.open('wasmlit.snapshots');
              const res = (await cache.matchAll())[0];
              return res ? (await res.arrayBuffer()).byteLength : null; }""")
            time.sleep(args.idle)
            times: dict[str, list[float]] = {side: [] for side in urls}
            order = list(urls)
            for i in range(args.runs):
                for side in order if i % 2 == 0 else order[::-1]:
                    times[side].append(visit(pages[side], urls[side], side == "bare"))
            restored = pages["snapshot"].evaluate("window.__wasmlit.snapshot")
            for ctx in contexts:
                ctx.close()
    med = {side: statistics.median(v) for side, v in times.items()}
    out = {
        "runs": args.runs, "idle_s": args.idle, "service_worker": not args.no_service_worker, "cores": os.cpu_count(), "load": os.getloadavg(),
        "snapshot": stored, "last_visit": restored, "snapshot_bytes": size,
        "first_visit_ms": {k: round(v) for k, v in first.items()},
        "return_visit_ms": {side: {"p50": round(med[side]), "p90": round(pct(v, 0.9)), "runs": [round(x) for x in v]}
                            for side, v in times.items()},
        "ratio_snapshot_to_bare": round(med["snapshot"] / med["bare"], 2),
        "ratio_plain_to_bare": round(med["plain"] / med["bare"], 2),
    }
    print(json.dumps(out, indent=1))
    return out


if __name__ == "__main__":
    main()
