"""A Pyodide distribution of our own for tests: pure-Python wheels made on
the spot, a lock that adds them to the real one, and a local HTTP server
that serves them (no real CDN is reachable from the test machines)."""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wasmlit.tooling.site.web import WEB_DIR

from .wheels import make_wheel

REAL_LOCK = WEB_DIR / "node_modules" / "pyodide" / "pyodide-lock.json"
#: name -> (version, depends): "fakepandas" needs "fakenumpy", as pandas needs numpy.
PACKAGES = {"fakenumpy": ("1.2.3", []), "fakepandas": ("4.5.6", ["fakenumpy"])}


def make_distribution(folder: Path) -> Path:
    """Wheels for PACKAGES in ``folder/files/`` and ``folder/pyodide-lock.json`` (the real lock plus them)."""
    files = folder / "files"
    lock = json.loads(REAL_LOCK.read_text(encoding="utf-8"))
    for name, (version, depends) in PACKAGES.items():
        wheel = make_wheel(files, name, version)
        lock["packages"][name] = {
            "name": name, "version": version, "file_name": wheel.name, "install_dir": "site",
            "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(), "package_type": "package",
            "imports": [name], "depends": depends, "unvendored_tests": False, "tool": {},
        }
    path = folder / "pyodide-lock.json"
    path.write_text(json.dumps(lock), encoding="utf-8")
    return path


@contextmanager
def serve(files: Path) -> Iterator[str]:
    """Serve ``files`` on 127.0.0.1; yields the base URL, stops on exit."""
    handler = functools.partial(_Quiet, directory=str(files))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass
