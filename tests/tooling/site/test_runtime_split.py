"""``wasmlit.tooling.site.runtime_split``: the runtime wheel holds what a plain
app needs; the rest is one archive fetched on first use (host/lazy_runtime.py)."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest

from wasmlit.tooling.site.build import WEB_DIR, build_site
from wasmlit.tooling.site.runtime_split import boot_modules, module_name
from wasmlit.tooling.site.wheel import build_runtime_wheel

from .test_build import config_of

PYODIDE_DIR = WEB_DIR / "node_modules" / "pyodide"
#: The data code of charts and grids, column_config and AppTest: no plain app imports them.
LAZY_EXAMPLES = {"wasmlit.elements.arrow", "wasmlit.elements.vega_charts", "wasmlit.widgets.data_editor",
                 "wasmlit.elements.lib.layout_utils", "wasmlit.elements.lib.chart_data", "wasmlit.elements.lib.frame", "wasmlit.elements.lib.vega_spec",
                 "wasmlit.elements.lib.dataframe_util", "wasmlit.elements.lib.column_types", "wasmlit.api.column_config",
                 "wasmlit.testing", "wasmlit.testing.app_test"}

#: Runs in Pyodide under Node: install the site's wheel as the worker does, put
#: the lazy finder in with a fetch that reads the site's archive and counts, run apps.
PROBE = """
import { loadPyodide } from "%(pyodide)s/pyodide.mjs";
import { readFileSync } from "node:fs";
const py = await loadPyodide({ indexURL: "%(pyodide)s/" });
py.unpackArchive(new Uint8Array(readFileSync("%(wheel)s")), "wheel", { extractDir: py.runPython("import sysconfig; sysconfig.get_paths()['purelib']") });
py.FS.writeFile("/tmp/lazy.zip", new Uint8Array(readFileSync("%(lazy)s")));
console.log(py.runPython(`
import json, sys, sysconfig
import wasmlit.host.pyodide_host, wasmlit.api.st, wasmlit.errors
from wasmlit.host import lazy_runtime
from wasmlit.engine.script import ScriptSource
from wasmlit.api import new_session
fetched = []
def fetch(url):
    fetched.append(url)
    return open("/tmp/lazy.zip", "rb").read()
lazy_runtime.install("lazy.zip", fetch, sysconfig.get_paths()["purelib"])
def run(source):
    result = new_session(ScriptSource("<app>", source=source)).run()
    return [op["node"]["type"] for op in result.ops if op["op"] != "remove"], len(fetched)
plain = run("import streamlit as st\\\\nif st.button('Add'):\\\\n    st.write('added')\\\\nst.write('hi')\\\\n")
data = run("import streamlit as st\\\\nst.line_chart({'a': [1, 2, 3]})\\\\n"
           "st.dataframe({'a': [1, 2]}, column_config={'a': st.column_config.NumberColumn('A', format='%%d')})\\\\n")
json.dumps({"plain": plain, "data": data})
`));
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    script = tmp_path_factory.mktemp("app") / "app.py"
    script.write_text("import streamlit as st\nst.title('hi')\n")
    return build_site(script, tmp_path_factory.mktemp("site"), hash_assets=True, service_worker=True)


def parts(site: Path) -> tuple[Path, Path, dict]:
    config = config_of(site)
    return site / config["runtime"], site / config["runtime_lazy"], config


def test_a_plain_app_needs_no_chart_grid_or_test_code() -> None:
    needed = boot_modules()
    assert {"wasmlit.api.st", "wasmlit.host.pyodide_host", "wasmlit.host.lazy_runtime", "wasmlit.engine.session",
            "wasmlit.widgets.button", "wasmlit.elements.layouts"} <= needed
    assert not needed & LAZY_EXAMPLES


def test_every_runtime_module_is_in_exactly_one_part(site: Path, tmp_path: Path) -> None:
    wheel, lazy, config = parts(site)
    full = build_runtime_wheel(tmp_path)
    with zipfile.ZipFile(full) as zf:
        everything = {module_name(n) for n in zf.namelist()} - {None}
    with zipfile.ZipFile(wheel) as zw, zipfile.ZipFile(lazy) as zl:
        in_wheel = {module_name(n) for n in zw.namelist()} - {None}
        in_lazy = {module_name(n) for n in zl.namelist()}
        assert all(n.startswith("wasmlit/") and n.endswith(".pyc") for n in zl.namelist())
        record = {line.split(",")[0] for line in zw.read("wasmlit-0.1.0.dist-info/RECORD").decode().splitlines()}
    assert in_wheel | in_lazy == everything and not in_wheel & in_lazy
    assert LAZY_EXAMPLES <= in_lazy
    assert record == set(zipfile.ZipFile(wheel).namelist())  # the wheel's RECORD lists what it holds, no more
    # Hashed like every runtime file, and cached by the service worker when first fetched, not precached.
    assert config["runtime_lazy"].startswith("runtime/") and config["runtime_lazy"].endswith("/wasmlit-lazy.zip")
    sw = (site / "sw.js").read_text()
    sw_config, _ = json.JSONDecoder().raw_decode(sw.split("const CONFIG = ", 1)[1])
    assert config["runtime_lazy"] in sw_config["on_first_use"] and config["runtime_lazy"] not in sw_config["files"]


def test_in_pyodide_a_plain_app_fetches_nothing_and_a_data_app_fetches_the_rest_once(site: Path, tmp_path: Path) -> None:
    wheel, lazy, _ = parts(site)
    probe = tmp_path / "probe.mjs"
    probe.write_text(PROBE % {"pyodide": PYODIDE_DIR.as_posix(), "wheel": wheel.as_posix(), "lazy": lazy.as_posix()})
    proc = subprocess.run(["node", str(probe)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["plain"] == [["button", "markdown"], 0]
    assert out["data"][1] == 1, out
    assert "exception" not in out["data"][0], out
