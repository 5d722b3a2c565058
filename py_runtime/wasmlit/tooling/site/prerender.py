"""The prerendered first paint: the app's first run, computed at build time.

The first run goes through the real engine (``AppSession`` with no emitter)
in a CPython child process, with the app's folder as working directory and
import root (as in the browser) and the vendored wheels on ``sys.path``. Its
delta ops go into ``index.html``; the page draws them before Python starts.

``static_html`` then draws those ops with the site's own renderer (Node and
jsdom, ``static_html.mjs``) into HTML that goes into the page's body, so the
first screen paints before any JavaScript has loaded. Without Node or jsdom
the page draws the ops itself once its modules load.

A script that cannot run here (it imports a browser-only module, raises,
or takes longer than ``TIMEOUT_S``) gets no prerender: ``prerender`` returns
``None`` with the reason, and the page shows the loading screen instead.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: A first run slower than this is not worth waiting for at build time.
TIMEOUT_S = 5.0
#: Drawing the first screen in Node takes well under a second; more means something hangs.
STATIC_TIMEOUT_S = 30.0
#: The Node half of ``static_html``.
STATIC_SCRIPT = Path(__file__).with_name("static_html.mjs")
#: The most first-screen data a page inlines (JSON of the ops). A bigger first
#: screen would make index.html slower to load than the loading screen it
#: replaces, so the build skips the prerender and says so.
MAX_INLINE_BYTES = 1024 * 1024
#: Modules that exist only in the browser.
BROWSER_ONLY = ("js", "pyodide", "pyodide_js", "micropip")


@dataclass
class Prerender:
    """A first run that worked at build time."""

    ops: list[dict[str, Any]]
    page_config: dict[str, Any] = field(default_factory=dict)
    #: The app's pages (``NavigationMsg`` fields), or None for a one-page app.
    navigation: dict[str, Any] | None = None
    #: The URL path of the page this run showed ('' for the default page).
    url_path: str = ""


@dataclass
class Skipped:
    """Why there is no prerender."""

    reason: str


@dataclass
class StaticHtml:
    """The first screen as HTML: the main and sidebar blocks' contents."""

    main: str
    sidebar: str
    sidebar_empty: bool
    #: The BOTTOM root (a top-level chat input, st.bottom).
    bottom: str = ""
    #: The page menu of a multipage app, and where it goes ('sidebar', 'top' or 'hidden').
    nav: str = ""
    nav_position: str = "hidden"


def static_html(ops: list[dict[str, Any]], *, renderer: Path, protocol: Path, node_modules: Path,
                timeout: float = STATIC_TIMEOUT_S, navigation: dict[str, Any] | None = None,
                navigation_module: Path | None = None) -> StaticHtml | Skipped:
    """Draw ``ops`` with the built ``renderer`` module in Node (jsdom); the HTML, or why not."""
    node = shutil.which("node")
    if node is None:
        return Skipped("Node.js is not installed")
    if not (node_modules / "jsdom" / "package.json").is_file():
        return Skipped(f"jsdom is not in {node_modules} (run `npm ci --prefix {node_modules.parent}`)")
    job = {"node_modules": str(node_modules), "renderer": str(renderer), "protocol": str(protocol), "ops": ops,
           "navigation": navigation, "navigation_module": str(navigation_module) if navigation_module else None}
    with tempfile.TemporaryDirectory() as tmp:
        job_file = Path(tmp) / "job.json"
        job_file.write_text(json.dumps(job, default=str), encoding="utf-8")
        try:
            res = subprocess.run([node, str(STATIC_SCRIPT), str(job_file)], capture_output=True, text=True,
                                 timeout=timeout, encoding="utf-8")
        except subprocess.TimeoutExpired:
            return Skipped(f"drawing it in Node took longer than {timeout:g} s")
    if res.returncode != 0:
        tail = " / ".join(res.stderr.strip().splitlines()[-2:])
        return Skipped(f"drawing it in Node failed ({tail})")
    try:
        out = json.loads(res.stdout)
    except ValueError:
        return Skipped("drawing it in Node printed no result")
    return StaticHtml(main=out["main"], sidebar=out["sidebar"], sidebar_empty=bool(out["sidebar_empty"]),
                      bottom=str(out.get("bottom") or ""), nav=str(out.get("nav") or ""),
                      nav_position=str(out.get("nav_position") or "hidden"))


def prerender(script: Path, *, extra_paths: list[Path] = (), timeout: float = TIMEOUT_S,  # type: ignore[assignment]
              page: str = "") -> Prerender | Skipped:
    """Run ``script``'s first run (on the page with URL path ``page``) in a child
    CPython and return its ops, or why not."""
    script = Path(script).resolve()
    env = dict(os.environ)
    paths = [str(p) for p in extra_paths]
    if env.get("PYTHONPATH"):
        paths.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(paths)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    cmd = [sys.executable, "-m", "wasmlit.tooling.site.prerender", str(script), page]
    try:
        res = subprocess.run(cmd, cwd=script.parent, env=env, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Skipped(f"its first run took longer than {timeout:g} s")
    if res.returncode != 0:
        tail = " / ".join(res.stderr.strip().splitlines()[-2:])
        return Skipped(f"the build-time run crashed ({tail})")
    try:
        result = json.loads(res.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return Skipped("the build-time run printed no result")
    if result.get("error"):
        return Skipped(result["error"])
    size = len(json.dumps(result["ops"], default=str).encode("utf-8"))
    if size > MAX_INLINE_BYTES:
        return Skipped(f"its first screen is {size / 2**20:.1f} MiB of data, more than the "
                       f"{MAX_INLINE_BYTES / 2**20:g} MiB a page inlines")
    return Prerender(ops=result["ops"], page_config=result.get("page_config") or {},
                     navigation=result.get("navigation"), url_path=str(result.get("url_path") or ""))


def _without_binary(value: Any) -> Any:
    """The first screen leaves a table's binary columns out (they would bloat
    index.html): the grid shows its frame until Python sends the node again."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return None
    return str(value)


def _first_run(script: str, page: str = "") -> dict[str, Any]:
    """In the child: the first run's ops, or an ``error`` that says why they are unusable."""
    from wasmlit.api import new_session
    from wasmlit.engine.script import ScriptSource

    path = os.path.abspath(script)
    app_dir = os.path.dirname(path)
    os.chdir(app_dir)
    if app_dir not in sys.path:
        sys.path.insert(0, app_dir)
    session = new_session(ScriptSource(path))
    session.nav.ask(url_path=page)
    result = session.run()
    if result.status == "error":
        # The uncaught exception is the last exception drawn (``st.exception(e)``
        # draws one too, without ending the run: that is no reason to skip).
        raised = [op["node"]["props"] for op in result.ops if op["op"] != "remove" and op["node"]["type"] == "exception"]
        props = raised[-1] if raised else {}
        message = f"{props.get('type_name', 'Exception')}: {props.get('message', '')}".strip()
        if props.get("type_name") in ("ModuleNotFoundError", "ImportError") and any(
                f"'{m}'" in message or f"'{m}." in message for m in BROWSER_ONLY):
            return {"error": f"it imports a browser-only module ({message})"}
        return {"error": f"its first run raised {message}"}
    if result.status == "compile_error":
        return {"error": "the script does not compile (a SyntaxError; the page shows it when Python starts)"}
    if result.status not in ("success", "stopped"):
        return {"error": f"its first run ended with status {result.status!r}"}
    nav = session.nav
    navigation = nav.message_fields(nav.position) if len(nav.pages) > 1 else None
    # A toast is an event of the live run, not part of the page: drawn in the first paint it would
    # time out before Python starts, and the live run (same node) would not show it again.
    ops = [op for op in result.ops if op["op"] == "remove" or op["node"]["type"] != "toast"]
    return {"ops": [_light(op) for op in ops], "page_config": session.page_config.values, "navigation": navigation,
            "url_path": nav.current.url_path if nav.current else ""}


#: Table columns longer than this are left out of the first screen, as are binary ones.
_FIRST_SCREEN_VALUES = 500


def _light(op: Any) -> Any:
    """A table's long columns stay out of index.html: they are marked ``pending``
    and the grid shows its frame until Python sends the node again (its first
    run after boot). Short binary columns come as JSON values, so the first
    screen shows their rows. A chart's binary columns come as JSON values too:
    Vega draws from all of its rows."""
    from wasmlit.elements.lib.decode import page_values

    node: Any = op.get("node") if isinstance(op, dict) else None
    if not isinstance(node, dict):
        return op
    if node.get("type") == "vega_lite_chart":
        return {**op, "node": {**node, "props": _chart_as_json(node["props"], page_values)}}
    data = node.get("props", {}).get("data")
    if not isinstance(data, dict) or not isinstance(data.get("columns"), list):
        return op

    def light(column: Any) -> Any:
        values = column.get("data")
        if isinstance(values, (bytes, bytearray)) and len(values) <= 8 * _FIRST_SCREEN_VALUES:
            plain = page_values(column)
            if len(plain) <= _FIRST_SCREEN_VALUES:
                return {**column, "enc": "json", "data": plain}
        if isinstance(values, (bytes, bytearray)) or (isinstance(values, list) and len(values) > _FIRST_SCREEN_VALUES):
            return {**column, "enc": "pending", "data": None}
        return column

    data = {**data, "columns": [light(c) for c in data["columns"]], "index": [light(c) for c in data.get("index", [])]}
    return {**op, "node": {**node, "props": {**node["props"], "data": data}}}


def _chart_as_json(props: dict[str, Any], page_values: Any) -> dict[str, Any]:
    """A chart's props with its binary columns (chart_data.py) as JSON lists."""
    def plain(columnar: Any) -> Any:
        if not isinstance(columnar, dict) or not isinstance(columnar.get("columns"), list):
            return columnar
        return {**columnar, "columns": [page_values(c) if isinstance(c, dict) else c for c in columnar["columns"]]}

    datasets = [{**d, "data": plain(d.get("data"))} for d in props.get("datasets") or []]
    return {**props, "data": plain(props.get("data")), "datasets": datasets}


if __name__ == "__main__":
    # App output (print) must not mix with the result line: send it to stderr.
    real_stdout = sys.stdout
    sys.stdout = sys.stderr
    out = _first_run(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "")
    real_stdout.write("\n" + json.dumps(out, default=_without_binary) + "\n")
    real_stdout.flush()
