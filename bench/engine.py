"""Engine-only benchmark, in CPython: milliseconds per rerun and µs per element.

Each app draws N elements (one in ten is a keyed checkbox, the rest markdown);
a rerun changes one value, as a click would. Reported: the median over several
reruns, and the delta ops each rerun produced. It asserts nothing.

    python bench/engine.py [--sizes 10 100 1000 10000] [--reruns 15]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "py_runtime"))

from wasmlit.api import new_session  # noqa: E402
from wasmlit.engine.script import ScriptSource  # noqa: E402

APP = """
import streamlit as st
st.session_state.setdefault("n", 0)
if st.button("bump"):
    st.session_state.n += 1
st.write("clicks", st.session_state.n)
for i in range({n}):
    if i % 10 == 0:
        st.checkbox(f"box {{i}}", key=f"box{{i}}")
    else:
        st.markdown(f"line {{i}}")
"""


def measure(n: int, reruns: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "app.py"
        path.write_text(APP.format(n=n))
        session = new_session(ScriptSource(str(path)))
        t0 = time.perf_counter()
        session.run()
        first_ms = (time.perf_counter() - t0) * 1000
        button = next(node for node in session.tree.walk() if node.type == "button")
        times, ops = [], []
        for _ in range(reruns):
            t0 = time.perf_counter()
            result = session.run([{"type": "click", "id": button.id}])
            times.append((time.perf_counter() - t0) * 1000)
            ops.append(len(result.ops))
        median = statistics.median(times)
        return {
            "elements": n,
            "first_run_ms": round(first_ms, 3),
            "rerun_ms_median": round(median, 3),
            "rerun_ms_p90": round(sorted(times)[int(0.9 * (len(times) - 1))], 3),
            "us_per_element": round(median * 1000 / (n + 2), 2),
            "delta_ops_per_rerun": statistics.median(ops),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 10000])
    parser.add_argument("--reruns", type=int, default=15)
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args()
    rows = [measure(n, args.reruns) for n in args.sizes]
    print(f"# wasmlit engine benchmark, Python {platform.python_version()} on {platform.machine()}")
    print("| elements | first run (ms) | rerun median (ms) | rerun p90 (ms) | µs/element | delta ops/rerun |")
    print("|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['elements']} | {r['first_run_ms']} | {r['rerun_ms_median']} | {r['rerun_ms_p90']} | {r['us_per_element']} | {r['delta_ops_per_rerun']} |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
