"""``wasmlit.tooling.site.bytecode``: the runtime wheel compiled by the site's own Python (Pyodide, in Node)."""

from __future__ import annotations

import base64
import hashlib
import subprocess
import zipfile
from pathlib import Path

import pytest

from wasmlit.tooling.site import bytecode
from wasmlit.tooling.site.build import WEB_DIR, build_runtime_wheel

PYODIDE_DIR = WEB_DIR / "node_modules" / "pyodide"

#: Runs in Pyodide under Node: install the wheel as the worker would, import, run an app.
PROBE = """
import { loadPyodide } from "%(pyodide)s/pyodide.mjs";
import { readFileSync } from "node:fs";
const py = await loadPyodide({ indexURL: "%(pyodide)s/" });
py.unpackArchive(new Uint8Array(readFileSync("%(wheel)s")), "wheel", { extractDir: py.runPython("import sysconfig; sysconfig.get_paths()['purelib']") });
console.log(py.runPython(`
import wasmlit, wasmlit.host.pyodide_host
from wasmlit.engine.script import ScriptSource
from wasmlit.api import new_session
session = new_session(ScriptSource("<app>", source="import streamlit as st\\\\nst.title('hi')\\\\n1/0\\\\n"))
result = session.run()
kinds = [op["node"]["type"] for op in result.ops]
runtime_columns = {p[2] for p in wasmlit.host.pyodide_host.boot.__code__.co_positions()}
user_columns = {p[2] for p in compile("x = a.b(c)", "<app>", "exec").co_positions()}
import wasmlit.api.st as st
docstrings = (bool(st.dataframe.__doc__), wasmlit.host.pyodide_host.__doc__, wasmlit.host.pyodide_host.boot.__doc__)
f"{wasmlit.__file__}|{','.join(kinds)}|{result.ops[1]['node']['props']['type_name']}|{runtime_columns == {None}}|{None not in user_columns}|{docstrings}"
`));
"""


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    source = build_runtime_wheel(tmp_path_factory.mktemp("src"))
    return source, bytecode.bytecode_wheel(source, PYODIDE_DIR)


def test_every_module_becomes_sourceless_bytecode_with_a_valid_record(compiled: tuple[Path, Path]) -> None:
    source, wheel = compiled
    with zipfile.ZipFile(source) as zs:
        modules = {n for n in zs.namelist() if n.endswith(".py")}
    with zipfile.ZipFile(wheel) as zw:
        names = set(zw.namelist())
        assert {n + "c" for n in modules} <= names
        assert not any(n.endswith(".py") for n in names)
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zw.infolist())
        record = zw.read("wasmlit-0.1.0.dist-info/RECORD").decode().splitlines()
        for line in record:
            name, digest, size = line.split(",")
            if not digest:
                continue
            data = zw.read(name)
            assert digest == "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            assert int(size) == len(data)


def test_the_bytecode_wheel_imports_and_runs_an_app_in_pyodide(compiled: tuple[Path, Path], tmp_path: Path) -> None:
    _, wheel = compiled
    probe = tmp_path / "probe.mjs"
    probe.write_text(PROBE % {"pyodide": PYODIDE_DIR.as_posix(), "wheel": wheel.as_posix()})
    proc = subprocess.run(["node", str(probe)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    file, kinds, error, runtime_without_columns, user_code_with_columns, docstrings = proc.stdout.strip().splitlines()[-1].split("|")
    assert file.endswith("/site-packages/wasmlit/__init__.pyc")
    assert kinds == "heading,exception"
    assert error == "ZeroDivisionError"
    # The runtime is compiled without column positions (a quarter of its size);
    # the user's own code, compiled in the browser, keeps them for its tracebacks.
    assert (runtime_without_columns, user_code_with_columns) == ("True", "True")
    # st.help(st.dataframe) still has its text; the engine's and host's explanations are dropped.
    assert docstrings == "(True, None, None)"


def test_a_second_build_reuses_the_cached_wheel(compiled: tuple[Path, Path]) -> None:
    source, wheel = compiled
    before = wheel.stat().st_mtime_ns
    assert bytecode.bytecode_wheel(source, PYODIDE_DIR) == wheel
    assert wheel.stat().st_mtime_ns == before


def test_without_node_the_reason_is_given(compiled: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, _ = compiled
    other = tmp_path / source.name
    other.write_bytes(source.read_bytes() + b"\0")  # a different input: not cached
    monkeypatch.setattr(bytecode.shutil, "which", lambda _name: None)
    with pytest.raises(bytecode.BytecodeUnavailable, match="Node.js is not on PATH"):
        bytecode.bytecode_wheel(other, PYODIDE_DIR)


def test_wasmlit_build_ships_the_bytecode_wheel_under_its_locked_hash(tmp_path: Path) -> None:
    import json

    from wasmlit.tooling.site.build import build_site

    script = tmp_path / "app" / "app.py"
    script.parent.mkdir()
    script.write_text("import streamlit as st\nst.title('hi')\n")
    site = build_site(script, tmp_path / "site", hash_assets=True)
    lock = json.loads(next((site / "runtime").glob("pyodide-lock*.json")).read_text())
    entry = lock["packages"]["wasmlit"]
    wheel = next((site / "runtime").rglob(entry["file_name"].rsplit("/", 1)[-1]))
    assert entry["sha256"] == hashlib.sha256(wheel.read_bytes()).hexdigest()
    with zipfile.ZipFile(wheel) as zf:
        assert "wasmlit/engine/session.pyc" in zf.namelist() and "wasmlit/engine/session.py" not in zf.namelist()
