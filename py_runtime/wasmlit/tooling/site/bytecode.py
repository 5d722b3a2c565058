"""The runtime wheel as bytecode, so the browser imports wasmlit without compiling it.

Pyodide compiles every ``.py`` it imports, which for wasmlit's ~50 modules is
about half of the runtime's import time in the browser. The build instead
compiles them once with the Python the site ships (Pyodide 3.14, run by Node:
bytecode is tied to the interpreter's version) and ships sourceless ``.pyc``
files in a stored (uncompressed) wheel, which the host's brotli/gzip
compresses better than a deflated zip of sources.

Results are cached by their inputs. Without Node, or if compiling fails, the
build keeps the source wheel and says why: slower to start, same behaviour.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from wasmlit.tooling.site.lockfile import cache_dir

SCRIPT = Path(__file__).with_name("compile_wheel.mjs")
TIMEOUT_S = 300


class BytecodeUnavailable(Exception):
    """The wheel could not be compiled here; the message says why."""


def bytecode_wheel(source_wheel: Path, pyodide_dir: Path) -> Path:
    """A copy of ``source_wheel`` with every module as 3.14 bytecode (cached)."""
    cached = cache_dir() / "bytecode" / _cache_key(source_wheel, pyodide_dir) / source_wheel.name
    if cached.is_file():
        return cached
    node = shutil.which("node")
    if node is None:
        raise BytecodeUnavailable("Node.js is not on PATH")
    cached.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cached.parent) as tmp:
        out = Path(tmp) / source_wheel.name
        try:
            proc = subprocess.run(
                [node, str(SCRIPT), str(pyodide_dir), str(source_wheel), str(out)],
                capture_output=True, text=True, timeout=TIMEOUT_S,
            )
        except subprocess.TimeoutExpired as exc:
            raise BytecodeUnavailable(f"compiling took over {TIMEOUT_S} s") from exc
        if proc.returncode != 0 or not out.is_file():
            tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            raise BytecodeUnavailable(f"node exited with {proc.returncode}: {tail[:300]}")
        out.replace(cached)
    return cached


def _cache_key(source_wheel: Path, pyodide_dir: Path) -> str:
    key = hashlib.sha256()
    key.update(source_wheel.read_bytes())
    key.update(SCRIPT.read_bytes())
    key.update(json.loads((pyodide_dir / "package.json").read_text())["version"].encode())
    return key.hexdigest()[:32]
