# --- wasmlit: overrides appended to Streamlit's e2e_playwright/conftest.py by bench/streamlit_e2e.py ---
# Only what starts a server changes (app_port, app_server), plus the browser (Debian's
# Chromium) and the screenshot comparison (assert_snapshot is a no-op: it saves the
# screenshot under $WASMLIT_E2E_SHOTS when that is set, and never fails). The tests and
# the other fixtures (app, wait_for_app_loaded, ...) are Streamlit's own. Later
# definitions of a name win in a module, so these replace the originals.
#
# WASMLIT_E2E_TARGET=wasmlit (default): each app is built with `wasmlit build` and served
#   statically (WASMLIT_E2E_SERVER=wasmlit: wasmlit's own server, with COOP/COEP;
#   =plain: Python's http.server, as `python3 -m http.server` serves it).
# WASMLIT_E2E_TARGET=streamlit: Streamlit's own app_server fixture is kept (`streamlit`
#   on PATH is the real Streamlit the harness installed).
import os as _wl_os
import socket as _wl_socket
import subprocess as _wl_subprocess
import sys as _wl_sys
from pathlib import Path as _WlPath

import pytest as _wl_pytest

_WL_TARGET = _wl_os.environ.get("WASMLIT_E2E_TARGET", "wasmlit")
_WL_CHROMIUM_ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
]


@_wl_pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):  # noqa: F811
    """Debian's Chromium (Playwright cannot download browsers here), headless."""
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium", "args": _WL_CHROMIUM_ARGS}


@_wl_pytest.fixture(scope="function")
def assert_snapshot(request):  # noqa: F811
    """No screenshot comparison (wasmlit is not pixel-identical); optionally keep the shots."""
    shots = _wl_os.environ.get("WASMLIT_E2E_SHOTS")
    module_name = request.module.__name__.split(".")[-1]

    def compare(element, *, name=None, **_kwargs):
        if not shots:
            return
        folder = _WlPath(shots) / module_name
        folder.mkdir(parents=True, exist_ok=True)
        try:
            element.screenshot(path=str(folder / f"{name or request.node.name}.png"), animations="disabled",
                               timeout=5000)
        except Exception as exc:  # a missing element is the test's business, not the shot's
            print(f"screenshot {name}: {exc}")

    return compare


if _WL_TARGET == "wasmlit":

    @_wl_pytest.fixture(scope="module")
    def app_port(worker_id):  # noqa: F811
        with _wl_socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            return sock.getsockname()[1]

    @_wl_pytest.fixture(scope="module", autouse=True)
    def app_server(app_port, request):  # noqa: F811
        """Build the test's app with `wasmlit build` and serve the static site on app_port."""
        script = _WlPath(request.module.__file__.replace("_test.py", ".py"))
        sites = _WlPath(_wl_os.environ["WASMLIT_E2E_SITES"])
        # The app alone in its folder: a site ships every file of the app's folder.
        source = sites / "src" / script.stem / script.name
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_bytes(script.read_bytes())
        site = sites / "site" / script.stem
        built = _wl_subprocess.run(
            [_wl_sys.executable, "-m", "wasmlit.tooling.cli", "build", str(source), "-o", str(site)],
            capture_output=True, text=True,
        )
        print(built.stdout, built.stderr)
        if built.returncode:
            raise RuntimeError(f"wasmlit build failed: {built.stderr}")
        if _wl_os.environ.get("WASMLIT_E2E_SERVER", "wasmlit") == "plain":
            import functools
            import http.server
            import threading

            handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
            httpd = http.server.ThreadingHTTPServer(("127.0.0.1", app_port), handler)
            thread = threading.Thread(target=httpd.serve_forever, daemon=True)
            thread.start()
            yield httpd
            httpd.shutdown()
            httpd.server_close()
        else:
            from wasmlit.tooling.dev_server import SiteServer

            with SiteServer(site, host="127.0.0.1", port=app_port) as server:
                yield server
