"""The browser benchmark of issue 5: ``python -m bench``.

One run, one Chromium (Debian's, headless), one static server on 127.0.0.1:

1. cold start of examples/columns_counter.py (first paint, time to
   interactive) next to bare Pyodide (``loadPyodide`` in a module worker),
   each load in a fresh browser context;
2. bytes of a cold load (as transferred, gzip, brotli) next to Pyodide's core;
3. click -> DOM updated, p50/p90, for the counter and a 1,000-element app,
   next to the same scripts on a real Streamlit server started here;
4. scaling of click -> DOM over 10 … 10,000 elements;
5. DOM mutations and bytes posted per rerun that changes 1 of 1,000 elements;
6. memory (worker wasm heap, Python blocks, page JS heap) after 10 and 1,000 reruns;
7. charts: a rerun that changes the data of 3 charts of 1,000 points each (click ->
   the last chart redrawn), next to real Streamlit, and the bytes the first chart loads.
8. a 100,000-row x 5-column st.dataframe: delta -> drawn, scrolling frame
   times, bytes posted, the bytes the first grid adds (bench/grid.py).
9. a page switch of a two-page st.navigation app (click in the menu -> the
   other page's last element on screen), next to the same script on a real
   Streamlit server (issue 12); ``--only page-switch`` measures just this one
   and adds it to the latest results.json, as ``--only charts`` does for 7.

It writes bench/RESULTS.md and bench/results.json and asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO / "py_runtime"))
sys.path.insert(0, str(REPO / "tests"))

try:  # brotli is optional: `pip install brotli` (PyPI) for the brotli column.
    import brotli  # type: ignore
except ImportError:  # pragma: no cover - depends on the host
    brotli = None

from bench import apps  # noqa: E402 (after the optional brotli import)
from bench import grid as grid_bench  # noqa: E402
from bench.report import write_reports  # noqa: E402
from bench.return_visit import main as return_visit_main  # noqa: E402

PROBE = (BENCH / "probe.js").read_text(encoding="utf-8")
BARE_HTML = REPO / "tests" / "browser" / "fixtures" / "bare_pyodide.html"
#: The browser flags of tests/browser/conftest.py, plus eager memory measurement.
CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PYODIDE_CORE = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
BOOT_TIMEOUT_MS = 180_000

#: Appended to worker.js (only in the memory phase, through a Playwright route,
#: never on disk) so the benchmark can read the worker's Pyodide heap.
WORKER_TAP = """
;try { runtimeImported.then((py) => { self.__wlPy = py; }); } catch (e) { self.__wlTapError = String(e); }
"""


def log(*a: object) -> None:
    print(f"[{time.strftime('%H:%M:%S')}]", *a, flush=True)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summary(values: list[float]) -> dict[str, Any]:
    return {"n": len(values), "p50": round(pct(values, 0.5), 2), "p90": round(pct(values, 0.9), 2),
            "min": round(min(values), 2) if values else None, "max": round(max(values), 2) if values else None,
            "raw": [round(v, 2) for v in values]}


# --------------------------------------------------------------------------- sites

def build(script_text: str, root: Path, name: str) -> Path:
    """Build the site exactly as a user does: ``wasmlit build app.py -o site`` (its defaults)."""
    from wasmlit.tooling.cli import main as wasmlit

    src = root / "src" / name / "app.py"
    src.parent.mkdir(parents=True, exist_ok=True)
    src.write_text(script_text, encoding="utf-8")
    site = root / "sites" / name
    code = wasmlit(["build", str(src), "-o", str(site)])
    if code:
        raise RuntimeError(f"`wasmlit build` failed with exit code {code} for {name}")
    return site


def machine_info() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "os": platform.platform(), "python": platform.python_version(),
            "load_average_start": [round(x, 2) for x in os.getloadavg()]}


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


# --------------------------------------------------------------------------- helpers

def new_page(browser, *, probe: bool = True):
    ctx = browser.new_context()
    if probe:
        ctx.add_init_script(PROBE)
    return ctx, ctx.new_page()


def wait_ready(page, timeout: int = BOOT_TIMEOUT_MS) -> None:
    page.wait_for_function(
        "(() => { const a = document.querySelector('[data-testid=stApp]');"
        " return a && a.dataset.testConnectionState === 'CONNECTED' && a.dataset.testScriptState === 'notRunning'"
        " && document.querySelector('[data-testid=stHeading]'); })()",
        timeout=timeout, polling=50,
    )
    page.wait_for_timeout(300)


def site_file(site: Path, server_url: str, url: str) -> Path | None:
    if not url.startswith(server_url):
        return None
    path = urlsplit(url).path
    base = urlsplit(server_url).path
    rel = path[len(base):] if path.startswith(base) else path.lstrip("/")
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    p = site / rel
    return p if p.is_file() else None


_compress_cache: dict[str, tuple[int, int, int | None]] = {}


def compressed_sizes(path: Path) -> tuple[int, int, int | None]:
    """(raw, gzip -9, brotli q11) bytes of one file: what a host that serves precompressed files sends."""
    data = path.read_bytes()
    key = hashlib.sha256(data).hexdigest()
    if key not in _compress_cache:
        gz = len(gzip.compress(data, 9, mtime=0))
        br = len(brotli.compress(data, quality=11)) if brotli else None
        _compress_cache[key] = (len(data), gz, br)
    return _compress_cache[key]


def load_bytes(requests: list[tuple[str, int | None]], site: Path, server_url: str) -> dict[str, Any]:
    files: dict[str, Any] = {}
    transferred = 0
    for url, wire in requests:
        transferred += wire or 0
        p = site_file(site, server_url, url)
        if p is None:
            continue
        raw, gz, br = compressed_sizes(p)
        entry = files.setdefault(str(p.relative_to(site)), {"raw": raw, "gzip": gz, "brotli": br, "transferred": 0, "fetches": 0})
        entry["transferred"] += wire or 0
        entry["fetches"] += 1
    def total(k: str) -> int:
        return sum(f[k] for f in files.values() if f[k] is not None)

    core = {k: v for k, v in files.items() if Path(k).name in PYODIDE_CORE}
    return {
        "requests": len(requests), "transferred": transferred,
        "raw": total("raw"), "gzip": total("gzip"), "brotli": total("brotli") if brotli else None,
        "pyodide_core_raw": sum(f["raw"] for f in core.values()),
        "files": files,
    }


# --------------------------------------------------------------------------- 1 + 2: cold start and bytes

def cold_start(browser, server, bare_site: Path, app_url: str, app_site: Path, runs: int) -> dict[str, Any]:
    bare_ready, bare_ran, paint, dom, first_run, interactive = [], [], [], [], [], []
    bare_start, app_start = [], []  # Pyodide's wasm compiled, Python starting (fsInit)
    stages: list[dict[str, float]] = []
    worker_timeline: list[Any] = []
    bare_bytes = app_bytes = None
    reclicks = 0
    bare_timeline: list[Any] = []
    bare_created: list[float] = []

    def run_bare(i: int) -> None:
        nonlocal bare_bytes, bare_timeline
        ctx, page = new_page(browser)  # the probe only notes when the worker is created
        reqs: list[tuple[str, int | None]] = []
        ctx.on("requestfinished", lambda r: _page_request(reqs, r))
        page.goto(server.url + "_bare/bare_pyodide.html")
        page.wait_for_function("window.bare && window.bare.ran", timeout=BOOT_TIMEOUT_MS, polling=50)
        b = page.evaluate("window.bare")
        bare_ready.append(b["ready"])
        bare_start.append(b["start"])
        bare_ran.append(b["ran"])
        bare_created.append(page.evaluate("window.__wlMsg.workerCreated || 0"))
        if i == 0:
            page.wait_for_timeout(300)
            bare_bytes = load_bytes(reqs, bare_site, server.url + "_bare/")
            bare_timeline = _worker_resources(page)
        ctx.close()

    def run_app(i: int) -> None:
        nonlocal app_bytes, worker_timeline, reclicks
        ctx, page = new_page(browser)
        reqs: list[tuple[str, int | None]] = []
        ctx.on("requestfinished", lambda r: _page_request(reqs, r))
        page.goto(app_url + "#cold=" + "Add 1|You clicked 0 times")
        try:
            page.wait_for_function("window.__cold && window.__cold.first_run_done", timeout=BOOT_TIMEOUT_MS, polling=50)
            try:
                page.wait_for_function("window.__cold.interactive", timeout=5000, polling=20)
            except Exception:
                reclicks += 1
                page.evaluate("window.__coldReclick()")
                page.wait_for_function("window.__cold.interactive", timeout=30000, polling=20)
        finally:
            c = page.evaluate("window.__cold || {}")
        paint.append(c["paint"])
        dom.append(c["dom"])
        first_run.append(c["first_run_done"])
        interactive.append(c["interactive"])
        m = page.evaluate("window.__wlMsg")
        app_start.append(m["types"]["loading:start"]["first"])
        stages.append({"worker created": round(m.get("workerCreated") or 0, 1), "probe clicked Add 1": round(c.get("clicked") or 0, 1),
                       **{k: round(v["first"], 1) for k, v in m["types"].items()}})
        if i == 0:
            page.wait_for_timeout(300)
            app_bytes = load_bytes(reqs, app_site, app_url)
            worker_timeline = _worker_resources(page)
        ctx.close()

    for i in range(runs):
        # Alternate which side loads first, so neither always gets the warmer machine.
        for step in ((run_bare, run_app) if i % 2 == 0 else (run_app, run_bare)):
            step(i)
        log(f"cold run {i + 1}/{runs}: bare ready {bare_ready[-1]:.0f} ms; app paint {paint[-1]:.0f}, "
            f"first run {first_run[-1]:.0f}, interactive {interactive[-1]:.0f} ms")
    med = statistics.median
    return {
        "runs": runs,
        "bare_ready_ms": summary(bare_ready), "bare_ran_ms": summary(bare_ran),
        "bare_worker_created_ms": summary(bare_created),
        "bare_python_start_ms": summary(bare_start), "app_python_start_ms": summary(app_start),
        "bare_load_pyodide_in_worker_ms": summary([r - c for r, c in zip(bare_ready, bare_created, strict=True)]),
        "first_paint_ms": summary(paint), "first_dom_ms": summary(dom),
        "first_run_done_ms": summary(first_run), "interactive_ms": summary(interactive),
        "interactive_ratio": round(med(interactive) / med(bare_ready), 3),
        "first_run_ratio": round(med(first_run) / med(bare_ready), 3),
        "reclicks": reclicks,
        "worker_message_first_seen_ms": stages,
        "worker_resources": worker_timeline,
        "bare_worker_resources": bare_timeline,
        "bytes": {"app": app_bytes, "bare": bare_bytes},
    }


def _page_request(reqs: list[tuple[str, int | None]], request) -> None:  # type: ignore[no-untyped-def]
    """Note a request of the page or its worker. The service worker's are left out: its precache
    runs once the first run is done (from the HTTP cache where it can), and whether it falls
    inside the measured window is a matter of timing, not of what the app needs."""
    if request.service_worker is None:
        reqs.append((request.url, _wire(request)))


def _wire(request) -> int | None:
    try:
        s = request.sizes()
        return s["responseBodySize"] + s["responseHeadersSize"]
    except Exception:
        return None


def _worker_resources(page) -> list[Any]:
    """Resource timing inside the app's worker, in page time (ms since navigation start)."""
    out = []
    for w in page.workers:
        try:
            out.append(w.evaluate(
                "(() => { const d = performance.timeOrigin;"
                " return {url: location.href.split('?')[0], origin_ms: d,"
                " resources: performance.getEntriesByType('resource').map(e => ({name: e.name.split('/').pop().split('?')[0],"
                " start: e.startTime, end: e.responseEnd, size: e.encodedBodySize}))}; })()"))
        except Exception as exc:  # a worker may be gone
            out.append({"error": str(exc)})
    nav_origin = page.evaluate("performance.timeOrigin")
    for entry in out:
        if "origin_ms" in entry:
            shift = entry["origin_ms"] - nav_origin
            for r in entry["resources"]:
                r["start"] = round(r["start"] + shift, 1)
                r["end"] = round(r["end"] + shift, 1)
            entry["origin_ms"] = round(shift, 1)
    return out


# --------------------------------------------------------------------------- 3 + 4 + 5: clicks

def click_series(page, label: str, expect: str, clicks: int, warmup: int = 3) -> dict[str, Any]:
    """``clicks`` timed clicks after ``warmup`` untimed ones; expect has ``{k}`` for the running count."""
    page.evaluate("([l, e, n]) => window.__bench.clicks(l, e, 0, n)", [label, expect, warmup])
    res = page.evaluate("([l, e, s, n]) => window.__bench.clicks(l, e, s, n)", [label, expect, warmup, clicks])
    ms = [r["ms"] for r in res]
    out = {"click_to_dom_ms": summary(ms)}
    for key in ("mutations", "content_mutations", "added", "removed", "attributes", "character_data", "posted_bytes", "posted_messages"):
        out[key] = statistics.median([r[key] for r in res])
    for key in ("mutations", "posted_bytes"):
        vals = [r[key] for r in res]
        out[f"{key}_p90"] = pct(vals, 0.9)
        out[f"{key}_max"] = max(vals)
        out[f"{key}_raw"] = vals
    # Keep the detail of the click that posted the most (the worst case), and of the last one.
    worst = max(res, key=lambda r: r["posted_bytes"])
    out["posted_by_type_worst"] = worst["posted_by_type"]
    out["mutation_detail_worst"] = worst["detail"]
    out["posted_by_type_last"] = res[-1]["posted_by_type"]
    out["mutation_detail_last"] = res[-1]["detail"]
    return out


COUNTER_CLICK = ("Add 1", "You clicked {k} times")


def measure_clicks(browser, url: str, kind: str, clicks: int) -> dict[str, Any]:
    ctx, page = new_page(browser)
    try:
        page.goto(url)
        wait_ready(page)
        if kind == "counter":
            label, expect = COUNTER_CLICK
        else:
            label, expect = "bump", "clicks {k}"
        return click_series(page, label, expect, clicks)
    finally:
        ctx.close()


# --------------------------------------------------------------------------- 6: memory

def measure_memory(browser, url: str, checkpoints: tuple[int, ...]) -> dict[str, Any]:
    ctx, page = new_page(browser)

    def tap(route):
        res = route.fetch()
        route.fulfill(response=res, body=res.text() + WORKER_TAP)

    ctx.route("**/worker*.js*", tap)
    out: dict[str, Any] = {"checkpoints": []}
    try:
        page.goto(url)
        wait_ready(page)
        cdp = ctx.new_cdp_session(page)
        done = 0
        for target in checkpoints:
            while done < target:
                n = min(100, target - done)
                page.evaluate("([s, n]) => window.__bench.clicks('bump', 'clicks {k}', s, n, 0, 0)", [done, n])
                done += n
            page.wait_for_timeout(300)
            cdp.send("HeapProfiler.collectGarbage")
            heap = cdp.send("Runtime.getHeapUsage")
            worker = _worker_memory(page)
            out["checkpoints"].append({"reruns": done, "page_js_used": heap["usedSize"], "page_js_total": heap["totalSize"],
                                       "dom_nodes": page.evaluate("document.getElementsByTagName('*').length"),
                                       "page_heap_by_type": heap_by_type(cdp), **worker})
            log(f"memory after {done} reruns: {out['checkpoints'][-1]}")
        try:
            uasm = page.evaluate("(async () => { if (!self.crossOriginIsolated || !performance.measureUserAgentSpecificMemory) return null;"
                                 " const m = await performance.measureUserAgentSpecificMemory();"
                                 " return {bytes: m.bytes, breakdown: m.breakdown.filter(b => b.bytes > 0).map(b => ({bytes: b.bytes, types: b.types,"
                                 " scope: b.attribution.map(a => a.scope + ' ' + (a.url || '').split('/').pop().split('?')[0])}))}; })()")
            out["measureUserAgentSpecificMemory"] = uasm
        except Exception as exc:
            out["measureUserAgentSpecificMemory"] = {"error": str(exc)[:300]}
    finally:
        ctx.close()
    return out


def heap_by_type(cdp) -> dict[str, int]:
    """Bytes of the page's JS heap per V8 snapshot node type (code, object, array, string…).

    It separates what the engine grows while warming up (optimized code, its
    number-to-string cache) from what the app keeps (objects, strings)."""
    chunks: list[str] = []

    def collect(p: dict[str, Any]) -> None:
        chunks.append(p["chunk"])

    cdp.on("HeapProfiler.addHeapSnapshotChunk", collect)
    cdp.send("HeapProfiler.takeHeapSnapshot", {"reportProgress": False})
    cdp.remove_listener("HeapProfiler.addHeapSnapshotChunk", collect)
    snap = json.loads("".join(chunks))
    meta = snap["snapshot"]["meta"]
    fields, types = meta["node_fields"], meta["node_types"][0]
    t_at, size_at, width = fields.index("type"), fields.index("self_size"), len(fields)
    nodes = snap["nodes"]
    out: dict[str, int] = {}
    for i in range(0, len(nodes), width):
        kind = types[nodes[i + t_at]]
        out[kind] = out.get(kind, 0) + nodes[i + size_at]
    return out


def _worker_memory(page) -> dict[str, Any]:
    for w in page.workers:
        try:
            r = w.evaluate(
                "(() => { const py = self.__wlPy; if (!py) return {tap: self.__wlTapError || 'no pyodide handle'};"
                " const mod = py._module; const buf = (mod.wasmMemory && mod.wasmMemory.buffer) || mod.HEAP8.buffer;"
                " const objs = py.runPython('import gc; gc.collect(); len(gc.get_objects())');"
                " const fp = mod._malloc_footprint ? mod._malloc_footprint() : null;"
                " return {wasm_memory_bytes: buf.byteLength, malloc_footprint: fp, py_gc_objects: objs}; })()")
            if r and "wasm_memory_bytes" in r:
                return r
            last = r
        except Exception as exc:
            last = {"error": str(exc)[:200]}
    return last if page.workers else {"error": "no worker"}


# --------------------------------------------------------------------------- main

class _OnlyGrid(Exception):
    """``--only-grid``: the other phases are skipped."""


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="cold loads per side (default 5)")
    parser.add_argument("--clicks", type=int, default=50, help="timed clicks per app (default 50)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000])
    parser.add_argument("--reruns", type=int, nargs="+", default=[10, 1000, 2000], help="memory checkpoints")
    parser.add_argument("--no-streamlit", action="store_true", help="skip the real Streamlit reference")
    parser.add_argument("--chart-clicks", type=int, default=20, help="timed filter changes on the chart app (default 20)")
    parser.add_argument("--grid-runs", type=int, default=3, help="loads of the 100,000-row grid app (default 3)")
    parser.add_argument("--only-grid", action="store_true", help="run only the grid scenario (8)")
    parser.add_argument("--out", type=Path, default=BENCH, help="where RESULTS.md and results.json go")
    parser.add_argument("--switches", type=int, default=30, help="timed page switches per side (default 30)")
    parser.add_argument("--only", choices=["page-switch", "return-visit", "cold", "charts"], help="measure only this, into the latest results.json")
    args = parser.parse_args(argv)
    if args.only == "page-switch":
        return page_switch_only(args)
    if args.only == "return-visit":
        return return_visit_only(args)
    if args.only == "cold":
        return cold_only(args)
    if args.only == "charts":
        return charts_only(args)

    from importlib.metadata import version

    from playwright.sync_api import sync_playwright

    from wasmlit.tooling.dev_server import SiteServer

    started = time.time()
    results: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine_info(),
        "versions": {"wasmlit_commit": git_commit(), "playwright": version("playwright"),
                     "pyodide": json.loads((REPO / "web" / "node_modules" / "pyodide" / "package.json").read_text())["version"]},
        "settings": vars(args) | {"out": str(args.out)},
        "compression": "gzip -9 and brotli q11" if brotli else "gzip -9 only (the brotli module is not installed: pip install brotli)",
    }
    streamlit_ref = not args.no_streamlit and not args.only_grid
    if streamlit_ref:
        from bench.streamlit_server import ensure_venv, streamlit_version

        ensure_venv(log)
        results["versions"]["streamlit"] = streamlit_version()

    with tempfile.TemporaryDirectory(prefix="wasmlit-bench-") as tmp:
        root = Path(tmp)
        log("building sites…")
        grid_site = build(grid_bench.app(), root, "grid")
        counter_site = build(apps.counter_app(), root, "counter")
        build(apps.charts_app(), root, "charts")
        sizes = sorted(set(args.sizes) | {1000}) if not args.only_grid else []
        for n in sizes:
            build(apps.elements_app(n), root, f"e{n}")
        bare = bare_site(root)

        with SiteServer(root / "sites") as server, sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            results["versions"]["chromium"] = browser.version
            try:
                log(f"7: a {grid_bench.N_ROWS:,}-row grid, {args.grid_runs} loads")
                results["grid"] = grid_bench.measure_grid(browser, server.url + "grid/", new_page, wait_ready, summary,
                                                          runs=args.grid_runs)
                results["grid"]["first_grid_bytes"] = grid_bench.first_grid_bytes(grid_site, compressed_sizes)
                log(f"grid: first {results['grid']['first_grid_ms']['p50']} ms, rerun "
                    f"{results['grid']['rerun_grid_ms']['p50']} ms, scroll p50 {results['grid']['scroll_frame_ms']['p50']} ms")
                if args.only_grid:
                    raise _OnlyGrid
                log(f"1+2: cold start, {args.runs} runs per side")
                results["cold"] = cold_start(browser, server, bare, server.url + "counter/", counter_site, args.runs)

                log(f"3+4+5: click -> DOM, {args.clicks} clicks per app")
                clicks: dict[str, Any] = {"counter": measure_clicks(browser, server.url + "counter/", "counter", args.clicks)}
                log(f"counter: {clicks['counter']['click_to_dom_ms']['p50']} ms p50")
                for n in sizes:
                    clicks[f"e{n}"] = measure_clicks(browser, server.url + f"e{n}/", "elements", args.clicks)
                    log(f"{n} elements: {clicks[f'e{n}']['click_to_dom_ms']['p50']} ms p50, "
                        f"{clicks[f'e{n}']['mutations']} mutations, {clicks[f'e{n}']['posted_bytes']} B posted")
                results["wasmlit_clicks"] = clicks

                if streamlit_ref:
                    results["streamlit_clicks"] = streamlit_clicks(browser, root, args.clicks)

                log(f"7: charts, {args.chart_clicks} filter changes per side")
                results["charts"] = measure_charts(browser, server.url + "charts/", root / "sites" / "charts",
                                                   args.chart_clicks, root if streamlit_ref else None)

                log(f"6: memory at {args.reruns} reruns (1,000-element app)")
                results["memory"] = measure_memory(browser, server.url + "e1000/", tuple(sorted(args.reruns)))

                log(f"9: page switch, {args.switches} switches per side")
                build(apps.pages_app(), root, "pages")
                results["page_switch"] = page_switch_both(browser, server.url + "pages/", root, args.switches, streamlit_ref)
            except _OnlyGrid:
                pass
            finally:
                browser.close()

    if not args.only_grid:
        log(f"10: return visits with a warm profile, {args.runs} per side (issue 15)")
        results["return_visit"] = return_visit_main(["--runs", str(args.runs)])
    results["elapsed_s"] = round(time.time() - started, 1)
    results["machine"]["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.mkdir(parents=True, exist_ok=True)
    if args.only_grid:
        (args.out / "grid_results.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
        log(f"wrote {args.out / 'grid_results.json'}")
        return results
    write_reports(results, args.out)
    log(f"wrote {args.out / 'RESULTS.md'} and {args.out / 'results.json'} in {results['elapsed_s']} s")
    return results


def streamlit_clicks(browser, root: Path, clicks: int) -> dict[str, Any]:
    from bench.streamlit_server import StreamlitServer

    out: dict[str, Any] = {}
    for name, source, kind in (("counter", apps.counter_app(), "counter"), ("e1000", apps.elements_app(1000), "elements")):
        script = root / "streamlit" / name / "app.py"
        script.parent.mkdir(parents=True, exist_ok=True)
        script.write_text(source, encoding="utf-8")
        with StreamlitServer(script) as srv:
            log(f"streamlit {name} on {srv.url} (pid {srv.proc.pid})")
            out[name] = measure_clicks(browser, srv.url, kind, clicks)
            log(f"streamlit {name}: {out[name]['click_to_dom_ms']['p50']} ms p50")
        log(f"streamlit {name} stopped (pid {srv.proc.pid}, exit {srv.proc.returncode})")
    return out


# --------------------------------------------------------------------------- 7: charts

#: Click the button, then time until every chart on the page has been redrawn
#: (the last DOM change inside any stVegaLiteChart, once all of them changed and
#: nothing changed for 400 ms). The same for wasmlit and Streamlit: both draw
#: with vega-embed into SVG below 2,000 marks.
CHART_CLICK = """async ([label, n]) => {
  const out = [];
  for (let i = 0; i < n; i++) {
    const charts = [...document.querySelectorAll('[data-testid=stVegaLiteChart]')];
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
    const seen = new Set();
    let last = 0;
    const observers = charts.map((chart, k) => {
      const o = new MutationObserver(() => { seen.add(k); last = performance.now(); });
      o.observe(chart, { subtree: true, childList: true, attributes: true, characterData: true });
      return o;
    });
    const t0 = performance.now();
    button.click();
    await new Promise((resolve, reject) => {
      const tick = () => {
        const now = performance.now();
        if (seen.size === charts.length && now - last > 400) resolve();
        else if (now - t0 > 60000) reject(new Error(`charts redrawn: ${seen.size} of ${charts.length}`));
        else setTimeout(tick, 10);
      };
      tick();
    });
    observers.forEach((o) => o.disconnect());
    out.push(last - t0);
    await new Promise((r) => setTimeout(r, 200));
  }
  return out;
}"""


def _open_charts(browser, url: str):  # type: ignore[no-untyped-def]
    ctx, page = new_page(browser, probe=False)
    page.goto(url)
    page.wait_for_function("document.querySelectorAll('[data-testid=stVegaLiteChart] svg.marks').length === 3",
                           timeout=BOOT_TIMEOUT_MS, polling=100)
    page.wait_for_timeout(1000)
    page.evaluate(CHART_CLICK, ["Shift", 3])  # warm-up
    return ctx, page


def measure_charts(browser, url: str, site: Path, clicks: int, streamlit_root: Path | None) -> dict[str, Any]:
    """Filter change -> 3 charts redrawn, wasmlit and (when asked) Streamlit with
    their clicks interleaved (the shared machine's load hits both alike), and the
    bytes the first chart adds to a load (the chart files loaded on first use)."""
    out: dict[str, Any] = {}
    ctx, page = new_page(browser, probe=False)
    reqs: list[tuple[str, int | None]] = []
    ctx.on("requestfinished", lambda r: _page_request(reqs, r))
    try:
        page.goto(url)
        page.wait_for_function("document.querySelectorAll('[data-testid=stVegaLiteChart] svg.marks').length === 3",
                               timeout=BOOT_TIMEOUT_MS, polling=100)
        page.wait_for_timeout(500)
    finally:
        ctx.close()
    # The chart libraries and the runtime's second part (the charts' Python data code).
    lazy = [(u, w) for u, w in reqs if "/assets/vendor/vega" in u or "/charts." in u or u.endswith("/wasmlit-lazy.zip")]
    out["first_chart_bytes"] = load_bytes(lazy, site, url)
    sides: dict[str, Any] = {"wasmlit": _open_charts(browser, url)}
    server = None
    if streamlit_root is not None:
        from bench.streamlit_server import StreamlitServer

        script = streamlit_root / "streamlit" / "charts" / "app.py"
        script.parent.mkdir(parents=True, exist_ok=True)
        script.write_text(apps.charts_app(), encoding="utf-8")
        server = StreamlitServer(script).__enter__()
        sides["streamlit"] = _open_charts(browser, server.url)
    try:
        times: dict[str, list[float]] = {side: [] for side in sides}
        for _ in range(clicks):
            for side, (_, p) in sides.items():
                times[side] += p.evaluate(CHART_CLICK, ["Shift", 1])
        for side, ms in times.items():
            out[side] = {"redraw_ms": summary(ms), "raw": [round(x, 1) for x in ms]}
            log(f"charts: {side} redraw {out[side]['redraw_ms']['p50']} ms p50")
    finally:
        for ctx, _ in sides.values():
            ctx.close()
        if server is not None:
            server.stop()
    return out


# --------------------------------------------------------------------------- 9: page switch

#: Click the menu link of page `target` and time it until that page's heading and last line are on screen.
SWITCH_JS = """async ([target, last]) => {
  const link = [...document.querySelectorAll('[data-testid="stSidebarNavLink"]')].find((a) => a.textContent.includes(target));
  if (!link) throw new Error(`no menu link for ${target}`);
  const done = () => {
    const h = document.querySelector("h1");
    return h && h.textContent.includes(target) && [...document.querySelectorAll("p")].some((p) => p.textContent.trim() === last);
  };
  const t0 = performance.now();
  await new Promise((resolve) => {
    const obs = new MutationObserver(() => { if (done()) { obs.disconnect(); resolve(); } });
    obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    link.click();
  });
  return performance.now() - t0;
}"""


def page_switches(browser, url: str, switches: int, warmup: int = 4) -> dict[str, Any]:
    """Alternate between the two pages; the page must never reload (Python stays up)."""
    ctx, page = new_page(browser, probe=False)
    try:
        page.goto(url)
        page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=BOOT_TIMEOUT_MS)
        page.wait_for_selector('[data-testid="stSidebarNavLink"]', timeout=BOOT_TIMEOUT_MS)
        page.evaluate("() => { window.__sameDocument = true; }")
        ms: list[float] = []
        for i in range(warmup + switches):
            target, last = ("Page B", "B line 49") if i % 2 == 0 else ("Page A", "A line 49")
            took = page.evaluate(SWITCH_JS, [target, last])
            page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000)
            page.wait_for_timeout(50)
            if i >= warmup:
                ms.append(took)
        same = page.evaluate("() => window.__sameDocument === true")
        return {"switch_to_dom_ms": summary(ms), "raw": ms, "same_document": same, "url_after": page.url}
    finally:
        ctx.close()


def page_switch_both(browser, url: str, root: Path, switches: int, streamlit_ref: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"wasmlit": page_switches(browser, url, switches)}
    log(f"wasmlit page switch: {out['wasmlit']['switch_to_dom_ms']['p50']} ms p50")
    if streamlit_ref:
        from bench.streamlit_server import StreamlitServer

        script = root / "streamlit" / "pages" / "app.py"
        script.parent.mkdir(parents=True, exist_ok=True)
        script.write_text(apps.pages_app(), encoding="utf-8")
        with StreamlitServer(script) as srv:
            out["streamlit"] = page_switches(browser, srv.url, switches)
        log(f"streamlit page switch: {out['streamlit']['switch_to_dom_ms']['p50']} ms p50")
    return out


def bare_site(root: Path) -> Path:
    """Bare Pyodide's page (loadPyodide in a worker) with the distribution's core files, as npm ships them."""
    bare = root / "sites" / "_bare"
    (bare / "pyodide").mkdir(parents=True)
    for name in PYODIDE_CORE:
        shutil.copyfile(REPO / "web" / "node_modules" / "pyodide" / name, bare / "pyodide" / name)
    shutil.copyfile(BARE_HTML, bare / "bare_pyodide.html")
    return bare


def cold_only(args: argparse.Namespace) -> dict[str, Any]:
    """``--only cold``: the cold start and its bytes (1 + 2) into the latest results.json."""
    from playwright.sync_api import sync_playwright

    from wasmlit.tooling.dev_server import SiteServer

    results_path = args.out / "results.json"
    results = json.loads(results_path.read_text()) if results_path.is_file() else {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), "machine": machine_info(),
        "versions": {"wasmlit_commit": git_commit()}, "settings": vars(args) | {"out": str(args.out)}}
    with tempfile.TemporaryDirectory(prefix="wasmlit-bench-") as tmp:
        root = Path(tmp)
        counter_site = build(apps.counter_app(), root, "counter")
        bare = bare_site(root)
        with SiteServer(root / "sites") as server, sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            try:
                results["cold"] = cold_start(browser, server, bare, server.url + "counter/", counter_site, args.runs)
            finally:
                browser.close()
    results["cold"]["measured"] = {"date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
                                   "wasmlit_commit": git_commit(), "load_average": [round(x, 2) for x in os.getloadavg()]}
    cold = results["cold"]
    args.out.mkdir(parents=True, exist_ok=True)
    log(f"cold: interactive {cold['interactive_ms']['p50']:.0f} ms vs bare {cold['bare_ready_ms']['p50']:.0f} ms "
        f"({cold['interactive_ratio']}x)")
    write_reports(results, args.out)
    return results


def _only_one_site(args: argparse.Namespace, key: str, what: str, app_text: str, name: str,
                   measure: Callable[[Any, str, Path, bool], dict[str, Any]]) -> dict[str, Any]:
    """An ``--only`` mode on one app: build its site, serve it, open Chromium (and make sure of
    Streamlit's venv unless ``--no-streamlit``), ``measure(browser, url, root, streamlit_ref)``,
    and put the figures under ``key`` in the latest results.json."""
    from importlib.metadata import version

    from playwright.sync_api import sync_playwright

    from wasmlit.tooling.dev_server import SiteServer

    results_path = args.out / "results.json"
    results = json.loads(results_path.read_text()) if results_path.is_file() else {"machine": machine_info(), "versions": {}}
    streamlit_ref = not args.no_streamlit
    if streamlit_ref:
        from bench.streamlit_server import ensure_venv

        ensure_venv(log)
    with tempfile.TemporaryDirectory(prefix="wasmlit-bench-") as tmp:
        root = Path(tmp)
        build(app_text, root, name)
        with SiteServer(root / "sites") as server, sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            try:
                measured = measure(browser, server.url + f"{name}/", root, streamlit_ref)
            finally:
                chromium = browser.version
                browser.close()
    from bench.streamlit_server import streamlit_version

    measured["measured"] = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), "wasmlit_commit": git_commit(),
        "chromium": chromium, "playwright": version("playwright"),
        "streamlit": streamlit_version() if streamlit_ref else None, "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    results[key] = measured
    write_reports(results, args.out)
    log(f"added {what} to {args.out / 'results.json'} and {args.out / 'RESULTS.md'}")
    return results


def charts_only(args: argparse.Namespace) -> dict[str, Any]:
    """``--only charts``: the filter change on 3 charts, next to Streamlit, into the latest results.json."""
    return _only_one_site(args, "charts", "the charts", apps.charts_app(), "charts",
                          lambda browser, url, root, ref: measure_charts(browser, url, root / "sites" / "charts",
                                                                         args.chart_clicks, root if ref else None))


def page_switch_only(args: argparse.Namespace) -> dict[str, Any]:
    """``--only page-switch``: measure the page switch and add it to the latest results.json."""
    return _only_one_site(args, "page_switch", "the page switch", apps.pages_app(), "pages",
                          lambda browser, url, root, ref: page_switch_both(browser, url, root, args.switches, ref))


def return_visit_only(args: argparse.Namespace) -> dict[str, Any]:
    """``--only return-visit``: measure return visits (bench/return_visit.py) into the latest results.json."""
    results_path = args.out / "results.json"
    results = json.loads(results_path.read_text()) if results_path.is_file() else {"machine": machine_info(), "versions": {}}
    measured = return_visit_main(["--runs", str(args.runs)])
    measured["measured"] = {"date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"), "wasmlit_commit": git_commit()}
    results["return_visit"] = measured
    write_reports(results, args.out)
    log(f"added the return visit to {args.out / 'results.json'} and {args.out / 'RESULTS.md'}")
    return results
