"""The grid scenario of ``python -m bench`` (issue 11): a 100,000-row x 5-column
table in st.dataframe.

* delta -> drawn: from the worker message that carries the table to the
  first rows on screen (the first grid of the page also loads the grid
  library), and again for a rerun that sends new data;
* scrolling: frame times while the grid scrolls 300 px per frame for 240 frames;
* bytes posted worker -> page for the table (JSON text and binary parts);
* the compressed bytes the first grid adds (the lazily loaded library and its CSS).

The table is plain Python (lists), as the browser tests use: the Pyodide
distribution (numpy, pandas) is not reachable from the benchmark machine.
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

N_ROWS = 100_000

GRID_APP = '''import random
import streamlit as st

N = {n}
CITIES = ["Berlin", "Lagos", "Lima", "Osaka", "Perth", "Quito", "Tunis", "Oslo", "Cairo", "Delhi"]
st.title("A 100,000-row table")
st.session_state.setdefault("gen", 0)
if st.button("regenerate"):
    st.session_state.gen += 1
rng = random.Random(st.session_state.gen)
data = {{
    "id": list(range(N)),
    "x": [rng.random() for _ in range(N)],
    "y": [rng.gauss(0, 1) for _ in range(N)],
    "city": [CITIES[rng.randrange(10)] for _ in range(N)],
    "flag": [rng.random() < 0.5 for _ in range(N)],
}}
st.dataframe(data, key="grid")
'''

#: Watches the page for the grid's rows (an init script, before the page's own).
WATCH = """
(() => {
  const seen = (window.__grid = { drawn: [] });
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target instanceof Element && r.target.closest?.(".stDataFrame .grid-canvas")) {
        requestAnimationFrame(() => seen.drawn.push(performance.now()));
        return;
      }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();
"""

SCROLL = """async () => {
  const v = document.querySelector(".stDataFrame .slick-viewport-top.slick-viewport-right")
    || document.querySelector(".stDataFrame .slick-viewport");
  const frames = [];
  let last = await new Promise((r) => requestAnimationFrame(r));
  for (let i = 0; i < 240; i += 1) {
    v.scrollTop += 300;
    const now = await new Promise((r) => requestAnimationFrame(r));
    frames.push(now - last);
    last = now;
  }
  const rows = document.querySelectorAll(".stDataFrame .grid-canvas .slick-row").length;
  return { frames, rows, scrolled_to: v.scrollTop };
}"""


def app() -> str:
    return GRID_APP.format(n=N_ROWS)


def _largest_deltas(page, after: float = 0.0) -> tuple[float, int, int] | None:
    """(time, bytes, bytes of JSON text) of the largest deltas message after ``after``."""
    log = page.evaluate("window.__wlMsg.log")
    deltas = [(e[0], e[2], e[3]) for e in log if e[1] == "deltas" and e[0] >= after]
    return max(deltas, key=lambda d: d[1]) if deltas else None


def _drawn_after(page, t: float, timeout_ms: int = 60_000) -> float:
    page.wait_for_function(f"window.__grid.drawn.some((d) => d >= {t})", timeout=timeout_ms)
    return min(d for d in page.evaluate("window.__grid.drawn") if d >= t)


def first_grid_bytes(site: Path, compressed_sizes) -> dict[str, Any]:
    """Compressed bytes of what the first grid loads lazily (the library, the styles and the
    runtime's second part, which holds the grids' Python data code)."""
    files = [p for p in (site / "assets").rglob("*")
             if p.is_file() and (p.name.startswith(("slickgrid.", "slick.grid.", "data_grid.")))]
    files += list((site / "runtime").rglob("wasmlit-lazy.zip"))
    out = {"files": {}, "raw": 0, "gzip": 0, "brotli": 0}
    for f in sorted(files):
        raw, gz, br = compressed_sizes(f)
        out["files"][f.name] = {"raw": raw, "gzip": gz, "brotli": br}
        out["raw"] += raw
        out["gzip"] += gz
        out["brotli"] = None if br is None or out["brotli"] is None else out["brotli"] + br
    return out


def measure_grid(browser, url: str, new_page, wait_ready, summary, runs: int = 3) -> dict[str, Any]:
    """Each run: a fresh context, the first grid (library load included), a rerun with new data, then scrolling."""
    first, rerun, posted, json_bytes, scroll = [], [], [], [], []
    rows_in_dom: list[int] = []
    for _ in range(runs):
        ctx, page = new_page(browser)
        try:
            page.add_init_script(WATCH)
            page.goto(url)
            wait_ready(page)
            arrived = _largest_deltas(page)
            assert arrived is not None, "no deltas message carried the table"
            first.append(_drawn_after(page, arrived[0]) - arrived[0])
            posted.append(arrived[1])
            json_bytes.append(arrived[2])
            before = page.evaluate("performance.now()")
            page.get_by_role("button", name="regenerate").click()
            page.wait_for_function(
                f"window.__wlMsg.log.some((e) => e[1] === 'deltas' && e[0] > {before} && e[2] > 100000)", timeout=120_000)
            wait_ready(page)
            again = _largest_deltas(page, before)
            assert again is not None
            rerun.append(_drawn_after(page, again[0]) - again[0])
            result = page.evaluate(SCROLL)
            scroll.extend(result["frames"])
            rows_in_dom.append(result["rows"])
        finally:
            ctx.close()
    slow = sum(1 for f in scroll if f > 1000 / 60 * 1.5)
    return {
        "rows": N_ROWS, "columns": 5,
        "first_grid_ms": summary(first), "rerun_grid_ms": summary(rerun),
        "posted_bytes": int(statistics.median(posted)),
        "posted_json_bytes": int(statistics.median(json_bytes)),
        "scroll_frame_ms": summary(scroll),
        "scroll_fps_p50": round(1000 / statistics.median(scroll), 1) if scroll else None,
        "scroll_slow_frames": slow, "scroll_frames": len(scroll),
        "rows_in_dom": max(rows_in_dom) if rows_in_dom else None,
    }
