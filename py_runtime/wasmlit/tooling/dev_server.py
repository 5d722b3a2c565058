"""A small static server for built sites, with hot reload for ``wasmlit run``.

It serves a site folder on 127.0.0.1 with the headers a wasmlit page wants:
``application/wasm`` for Pyodide, and COOP/COEP so the page is
cross-origin isolated. With an app folder to watch, it also pushes changed
files to open pages over Server-Sent Events (``/__wasmlit/events``); the page
hands them to the *same* worker (``update_files``), so session state survives
a save. Standard library only.
"""

from __future__ import annotations

import base64
import json
import queue
import shutil
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from wasmlit.protocol import HASHED_NAME, ISOLATION_HEADERS
from wasmlit.tooling.site.app_files import list_app_files

EVENTS_PATH = "/__wasmlit/events"
#: How often the watcher looks at the app folder's modification times.
POLL_INTERVAL_S = 0.25
#: Keep-alive comment interval on idle event streams.
PING_INTERVAL_S = 15.0
#: Host names (without port) of this machine's loopback interface.
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "[::1]", "::1"})


class Broadcaster:
    """Fan-out of file updates to every connected event stream."""

    def __init__(self) -> None:
        self._clients: set[queue.Queue[str | None]] = set()
        self._lock = threading.Lock()

    def subscribe(self) -> queue.Queue[str | None]:
        q: queue.Queue[str | None] = queue.Queue()
        with self._lock:
            self._clients.add(q)
        return q

    def unsubscribe(self, q: queue.Queue[str | None]) -> None:
        with self._lock:
            self._clients.discard(q)

    def publish(self, payload: str) -> None:
        with self._lock:
            clients = list(self._clients)
        for q in clients:
            q.put(payload)

    def close(self) -> None:
        """Wake every stream so its handler thread ends."""
        with self._lock:
            clients = list(self._clients)
        for q in clients:
            q.put(None)


class SiteHandler(SimpleHTTPRequestHandler):
    """Static files with isolation headers, no caching (but for hashed names), and the event stream."""

    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".whl": "application/zip",
        ".zip": "application/zip",
    }

    def __init__(self, *args: Any, broadcaster: Broadcaster | None = None, loopback_only: bool = True,
                 isolated: bool = True, **kwargs: Any) -> None:
        self.broadcaster = broadcaster
        #: Answer only requests addressed to this machine by name (DNS rebinding).
        self.loopback_only = loopback_only
        #: Send COOP/COEP (a static host that sends none is served with False: the pytest plugin's default).
        self.isolated = isolated
        super().__init__(*args, **kwargs)

    def _host_allowed(self) -> bool:
        """A server bound to the loopback interface answers only requests whose
        Host is a loopback name: a page on another site whose DNS name was
        rebound to 127.0.0.1 must not read the app's files."""
        if not self.loopback_only:
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name in LOOPBACK_NAMES

    def list_directory(self, path: Any) -> None:
        """Folders are never listed."""
        self.send_error(404, "Not found")
        return None

    def send_response(self, code: int, message: str | None = None) -> None:
        self._status = code
        super().send_response(code, message)

    def end_headers(self) -> None:
        for name, value in ISOLATION_HEADERS.items() if self.isolated else ():
            self.send_header(name, value)
        # Dev builds change under the same names; never serve a stale copy. A
        # hashed name cannot change, so the worker's early fetch of the runtime
        # wheel is reused by loadPackage without asking again.
        path = self.path.split("?", 1)[0]
        immutable = (getattr(self, "_status", 0) == 200 and ("/assets/" in path or "/runtime/" in path or "/pyodide/" in path)
                     and HASHED_NAME.search(path) is not None)
        self.send_header("Cache-Control", "public, max-age=31536000, immutable" if immutable else "no-cache")
        super().end_headers()

    def do_HEAD(self) -> None:
        if not self._host_allowed():
            self.send_error(403, "This server only answers requests for localhost")
            return
        super().do_HEAD()

    def do_GET(self) -> None:
        if not self._host_allowed():
            self.send_error(403, "This server only answers requests for localhost")
            return
        if self.path.split("?", 1)[0] == EVENTS_PATH:
            self._stream_events()
        else:
            super().do_GET()

    def _stream_events(self) -> None:
        if self.broadcaster is None:
            self.send_error(404, "No hot reload on this server")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        q = self.broadcaster.subscribe()
        try:
            self.wfile.write(b": connected\n\n")
            self.wfile.flush()
            while True:
                try:
                    payload = q.get(timeout=PING_INTERVAL_S)
                except queue.Empty:
                    self.wfile.write(b": ping\n\n")
                    self.wfile.flush()
                    continue
                if payload is None:
                    return
                self.wfile.write(f"event: files\ndata: {payload}\n\n".encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            self.broadcaster.unsubscribe(q)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass  # quiet: the CLI prints what matters


def encode_file(path: Path) -> str | dict[str, str]:
    """A file as the protocol carries it: text, or ``{"base64": ...}``."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(data).decode("ascii")}


class AppWatcher(threading.Thread):
    """Polls the app folder; on change, copies files into the site and publishes them."""

    def __init__(self, app_dir: Path, site_dir: Path, broadcaster: Broadcaster, on_change: Any = None,
                 allow_secrets: bool = False) -> None:
        super().__init__(name="wasmlit-watcher", daemon=True)
        self.app_dir = app_dir
        self.allow_secrets = allow_secrets
        self.site_app_dir = site_dir / "app"
        self.broadcaster = broadcaster
        self.on_change = on_change
        self.stopped = threading.Event()
        self.mtimes = self._scan()

    def _scan(self) -> dict[str, int]:
        result = {}
        for rel in list_app_files(self.app_dir, allow_secrets=self.allow_secrets):
            try:
                result[rel] = (self.app_dir / rel).stat().st_mtime_ns
            except FileNotFoundError:
                continue
        return result

    def poll(self) -> list[str]:
        """Publish files changed since the last poll; return their paths."""
        now = self._scan()
        changed = [rel for rel, mtime in now.items() if self.mtimes.get(rel) != mtime]
        self.mtimes = now
        if not changed:
            return []
        files = {}
        for rel in changed:
            try:
                files[rel] = encode_file(self.app_dir / rel)
                (self.site_app_dir / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(self.app_dir / rel, self.site_app_dir / rel)
            except FileNotFoundError:
                continue  # deleted between scan and read
        if files:
            self.broadcaster.publish(json.dumps(files))
            if self.on_change:
                self.on_change(sorted(files))
        return changed

    def run(self) -> None:
        while not self.stopped.wait(POLL_INTERVAL_S):
            try:
                self.poll()
            except OSError:
                continue

    def stop(self) -> None:
        self.stopped.set()


class SiteServer:
    """A running server (and optional watcher); use as a context manager or call ``close``."""

    def __init__(self, site_dir: str | Path, *, host: str = "127.0.0.1", port: int = 0, app_dir: str | Path | None = None,
                 on_change: Any = None, allow_secrets: bool = False, isolated: bool = True) -> None:
        self.site_dir = Path(site_dir).resolve()
        self.broadcaster = Broadcaster() if app_dir else None
        handler = partial(SiteHandler, directory=str(self.site_dir), broadcaster=self.broadcaster,
                          loopback_only=host in LOOPBACK_NAMES, isolated=isolated)
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="wasmlit-server", daemon=True)
        self.watcher = (AppWatcher(Path(app_dir).resolve(), self.site_dir, self.broadcaster, on_change, allow_secrets)
                        if app_dir and self.broadcaster else None)

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}/"

    def start(self) -> SiteServer:
        self.thread.start()
        if self.watcher:
            self.watcher.start()
        return self

    def close(self) -> None:
        if self.watcher:
            self.watcher.stop()
        if self.broadcaster:
            self.broadcaster.close()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve_forever(server: SiteServer) -> None:
    """Block until Ctrl+C."""
    server.start()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
