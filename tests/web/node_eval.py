"""Run a snippet of ES module code in Node against web/src and return what it prints as JSON."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

WEB_SRC = Path(__file__).resolve().parents[2] / "web" / "src"


#: ES module lines that make jsdom's window the global scope, as a page's would be (needs a
#: `nodeModules` constant: web/node_modules).
JSDOM_GLOBALS = """
const { JSDOM } = createRequire(join(nodeModules, "package.json"))("jsdom");
const dom = new JSDOM("<!doctype html><html><body><div id=main></div></body></html>");
for (const name of Object.getOwnPropertyNames(dom.window)) {
  if (!(name in globalThis)) { try { globalThis[name] = dom.window[name]; } catch { /* read-only */ } }
}
globalThis.window = dom.window;
globalThis.document = dom.window.document;
"""


def built_assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site's ``assets/`` folder as a build writes it (unhashed), for Node tests that import the renderer."""
    from wasmlit.tooling.site.web import WEB_DIR, write_assets

    if shutil.which("node") is None:
        pytest.fail("Node.js is not installed. Fix: install Node.js (it comes with npm).")
    out = tmp_path_factory.mktemp("site")
    write_assets(out, WEB_DIR, WEB_DIR / "node_modules", hashed=False)
    return out / "assets"


def node_json(code: str) -> Any:
    """Evaluate `code` (an ES module; `src` is web/src's file URL, with a trailing slash) and parse its stdout."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is not installed. Fix: install Node.js (it comes with npm).")
    prelude = f"const src = {json.dumps(WEB_SRC.as_uri() + '/')};\n"
    res = subprocess.run([node, "--input-type=module", "-e", prelude + code], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)
