"""Run Streamlit's own Playwright e2e tests against wasmlit builds of the same apps.

``python -m bench.streamlit_e2e [APP ...] [--target wasmlit|streamlit] [--server wasmlit|plain]``

1. Streamlit's ``e2e_playwright/`` folder is taken from the mirror
   (``git archive HEAD e2e_playwright``) into a temporary folder, never into
   this repository.
2. ``bench/e2e_conftest_overrides.py`` is appended to its ``conftest.py``: it
   replaces only the fixtures that start a server (``app_port``, ``app_server``:
   ``wasmlit build`` + a static server), the browser (Debian's Chromium) and
   ``assert_snapshot`` (a no-op: screenshots are not compared; ``--shots DIR``
   keeps them). The tests and every other fixture are Streamlit's own.
3. Each ``<app>_test.py`` runs in its own pytest process (pytest-playwright,
   Chromium); the outcome of every test goes to ``--out`` (JSON) and a table of
   pass counts per file is printed.

``--target streamlit`` runs the same tests against real Streamlit (installed in
``--streamlit-venv``; ``python3 -m venv DIR && DIR/bin/pip install streamlit==1.67.0``),
which tells which tests pass on Streamlit itself. ``--only-passing FILE`` counts
only the tests that passed in that earlier JSON result. Needs no network (beyond
what an app itself fetches).

Not a test (it needs the Streamlit mirror); it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MIRROR = Path("/work/.mirror/streamlit+streamlit/repo")
OVERRIDES = Path(__file__).resolve().parent / "e2e_conftest_overrides.py"

#: The apps of the widgets and elements wasmlit has (issue 10).
APPS = [
    "st_session_state", "widget_state", "st_rerun", "st_stop", "st_form", "st_cache_data",
    "st_cache_resource", "main_menu", "app_hotkeys", "st_button", "st_text_input", "st_number_input",
    "st_slider", "st_select_slider", "st_checkbox", "st_toggle", "st_text", "st_code", "st_json",
    "st_alert", "st_exception", "st_expander", "st_expander_state", "st_tabs", "st_empty",
    "st_progress", "st_spinner", "st_status", "st_toast",
]


def checkout(root: Path) -> Path:
    """Streamlit's e2e folder, with the overrides appended to its conftest (once per root)."""
    e2e = root / "e2e_playwright"
    if not (e2e / "conftest.py").exists():
        root.mkdir(parents=True, exist_ok=True)
        # The top-level files and shared/ (some large test assets are absent from the mirror).
        listing = subprocess.run(["git", "-C", str(MIRROR), "ls-tree", "HEAD", "e2e_playwright/"],
                                 check=True, capture_output=True, text=True).stdout
        paths = [line.split("\t")[1] for line in listing.splitlines() if " blob " in line]
        archive = subprocess.run(["git", "-C", str(MIRROR), "archive", "HEAD", "e2e_playwright/shared", *paths],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
        (e2e / "conftest.original.py").write_bytes((e2e / "conftest.py").read_bytes())
    original = (e2e / "conftest.original.py").read_text(encoding="utf-8")
    (e2e / "conftest.py").write_text(original + "\n\n" + OVERRIDES.read_text(encoding="utf-8"), encoding="utf-8")
    return e2e


def pil_shim(work: Path) -> Path | None:
    """A stand-in ``PIL`` when Pillow is missing: the conftest imports it for the
    screenshot comparison only, which the overrides turn off."""
    try:
        import PIL  # noqa: F401
    except ImportError:
        shim = work / "shim" / "PIL"
        shim.mkdir(parents=True, exist_ok=True)
        (shim / "__init__.py").write_text('"""Stand-in: Pillow is not installed; screenshots are not compared."""\n')
        (shim / "Image.py").write_text("Image = None\n")
        return shim.parent
    return None


def run_app(e2e: Path, app: str, args: argparse.Namespace, sites: Path) -> dict[str, str]:
    """Run one app's tests; return {test name: passed|failed|error|skipped}."""
    report = sites / f"{app}.xml"
    env = {**os.environ, "WASMLIT_E2E_TARGET": args.target, "WASMLIT_E2E_SERVER": args.server,
           "WASMLIT_E2E_SITES": str(sites),
           "PYTHONPATH": os.pathsep.join(str(p) for p in [REPO / "py_runtime", pil_shim(sites.parent)] if p)}
    if args.shots:
        env["WASMLIT_E2E_SHOTS"] = str(Path(args.shots).resolve() / args.target)
    if args.target == "streamlit":
        env["PATH"] = f"{Path(args.streamlit_venv).resolve() / 'bin'}{os.pathsep}{env['PATH']}"
    cmd = [sys.executable, "-m", "pytest", f"e2e_playwright/{app}_test.py", "--browser", "chromium",
           "-p", "no:cacheprovider", "-q", "--tb=line", f"--junitxml={report}", "--output", str(sites / "out"),
           "-o", "addopts=", "--rootdir", str(e2e.parent), "-c", str(e2e / "pytest.ini")]
    if args.k:
        cmd += ["-k", args.k]
    proc = subprocess.run(cmd, cwd=e2e.parent, env=env, capture_output=True, text=True)
    (sites / f"{app}.log").write_text(proc.stdout + proc.stderr, encoding="utf-8")
    if not report.exists():
        return {f"{app}::<collection>": "error"}
    outcomes: dict[str, str] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        name = f"{app}::{case.get('name')}"
        kinds = {child.tag for child in case}
        outcomes[name] = ("failed" if "failure" in kinds else "error" if "error" in kinds
                          else "skipped" if "skipped" in kinds else "passed")
    return outcomes or {f"{app}::<collection>": "error"}


def table(results: dict[str, str], only: set[str] | None) -> str:
    per_app: dict[str, list[int]] = {}
    for name, outcome in results.items():
        if only is not None and name not in only:
            continue
        counts = per_app.setdefault(name.split("::")[0], [0, 0])
        counts[1] += 1
        counts[0] += outcome == "passed"
    lines = ["| test file | passed | of |", "|---|---|---|"]
    lines += [f"| {app}_test.py | {p} | {n} |" for app, (p, n) in per_app.items()]
    total_p, total_n = sum(c[0] for c in per_app.values()), sum(c[1] for c in per_app.values())
    lines.append(f"| **total** | **{total_p}** | **{total_n}** |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("apps", nargs="*", default=APPS, help="app stems (default: all of issue 10's)")
    parser.add_argument("--target", choices=["wasmlit", "streamlit"], default="wasmlit")
    parser.add_argument("--server", choices=["wasmlit", "plain"], default="wasmlit",
                        help="wasmlit's server (COOP/COEP) or Python's http.server")
    parser.add_argument("--streamlit-venv", default=str(REPO / "bench" / ".venv-streamlit"))
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "wasmlit-e2e"))
    parser.add_argument("--out", help="write every test's outcome here (JSON)")
    parser.add_argument("--only-passing", help="count only tests that passed in this earlier JSON result")
    parser.add_argument("--shots", help="save assert_snapshot's screenshots under DIR/<target>/")
    parser.add_argument("-k", help="pytest -k expression")
    args = parser.parse_args(argv)
    work = Path(args.workdir)
    e2e = checkout(work / "checkout")
    sites = work / f"run-{args.target}"
    sites.mkdir(parents=True, exist_ok=True)
    results: dict[str, str] = {}
    for app in args.apps:
        outcome = run_app(e2e, app, args, sites)
        results.update(outcome)
        passed = sum(o == "passed" for o in outcome.values())
        print(f"{app}: {passed}/{len(outcome)} passed", flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    only = None
    if args.only_passing:
        only = {n for n, o in json.loads(Path(args.only_passing).read_text()).items() if o == "passed"}
    print(table(results, only))
    print(f"logs: {sites}/<app>.log")


if __name__ == "__main__":
    main()
