"""``renderer/pending_view.js``: a node whose family loads on first use (views.js ON_FIRST_USE) is a
placeholder until its module is there, then the real view drawn from the newest node; a module that
cannot load leaves a notice, and the node's next change tries again. Real renderer, in jsdom."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from wasmlit.tooling.site.web import WEB_DIR

from .node_eval import JSDOM_GLOBALS, built_assets

NODE_MODULES = WEB_DIR / "node_modules"

SCRIPT = """
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
const [assets, nodeModules] = process.argv.slice(2);
""" + JSDOM_GLOBALS + """globalThis.requestAnimationFrame = (fn) => setTimeout(fn, 0);
console.error = () => {};
const asset = (rel) => pathToFileURL(join(assets, rel)).href;
const { Renderer } = await import(asset("renderer/index.js"));
const { LAZY_VIEWS, VIEWS } = await import(asset("renderer/views.js"));
const main = document.getElementById("main");
const noop = () => undefined;
const renderer = new Renderer({ 0: main }, new Proxy({}, { get: () => noop }));
const node = (body) => ({ id: "0.0", parent: "0", index: 0, type: "json", key: null, props: { body, expanded: true } });
const run = (id, ops) => { renderer.runStarted(id); renderer.applyDeltas({ run_id: id, ops }); renderer.runFinished(); };
const shown = () => {
  const holder = main.querySelector('[data-testid="stElementContainer"]');
  return { placeholder: !!holder.querySelector(".wl-view-loading"), json: holder.querySelector('[data-testid="stJson"]')?.textContent ?? null,
           notice: holder.querySelector(".wl-render-error")?.textContent ?? null };
};
const out = {};
// 1. The module cannot load (offline): the element says so; the node's next change tries again.
const real = LAZY_VIEWS.get("json");
LAZY_VIEWS.set("json", () => Promise.reject(new Error("offline")));
run(1, [{ op: "add", node: node('{"a": 1}') }]);
out.loading = shown();
await renderer.settled();
out.failed = shown();
LAZY_VIEWS.set("json", real);
// 2. Back online: the next change draws the real view; an update that comes while its module
// loads is the one drawn.
run(2, [{ op: "update", node: node('{"b": 2}') }]);
out.retrying = { ...shown(), loaded: "json" in VIEWS };
renderer.applyDeltas({ run_id: 2, ops: [{ op: "update", node: node('{"c": 3}') }] });
await renderer.settled();
out.drawn = shown();
// 3. Once loaded, a new node of the family is drawn at once.
run(3, [{ op: "add", node: { ...node('{"d": 4}'), id: "0.1", index: 1 } }]);
out.sync = main.querySelectorAll('[data-testid="stJson"]').length;
out.settled = renderer.settled() === null;
console.log(JSON.stringify(out));
"""


@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_assets(tmp_path_factory)


def test_a_lazy_view_is_a_placeholder_then_the_newest_node_and_a_failed_load_says_so(assets: Path, tmp_path: Path) -> None:
    script = tmp_path / "pending.mjs"
    script.write_text(SCRIPT, encoding="utf-8")
    res = subprocess.run(["node", str(script), str(assets), str(NODE_MODULES)], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-2000:]
    got: dict[str, Any] = json.loads(res.stdout.strip().splitlines()[-1])
    assert got["loading"] == {"placeholder": True, "json": None, "notice": None}
    assert got["failed"]["placeholder"] is False and got["failed"]["json"] is None
    assert got["failed"]["notice"] == "This json could not be drawn: offline"
    assert got["retrying"] == {"placeholder": True, "json": None, "notice": None, "loaded": False}
    assert got["drawn"]["placeholder"] is False and got["drawn"]["notice"] is None
    assert '"c"' in got["drawn"]["json"] and '"b"' not in got["drawn"]["json"]
    assert got["sync"] == 2 and got["settled"] is True
