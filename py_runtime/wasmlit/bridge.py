"""The worker's door into the engine: JSON text in, JSON text out.

The worker calls ``Bridge.handle(text)`` with one page->worker message and
receives every worker->page message through ``post(text)``, synchronously,
during the run too (so deltas stream while the script runs). Nothing here
knows about Pyodide; ``wasmlit.pyodide_host`` wires it up in the browser.
A malformed message is answered with an ``error`` message, never a crash.
"""

from __future__ import annotations

import base64
import json
import os
import sys
import traceback
from collections.abc import Callable, Mapping
from typing import Any

from wasmlit.cache import clear_all_caches
from wasmlit.events import BadEventError
from wasmlit.script import ScriptSource
from wasmlit.session import AppSession

Post = Callable[[str], None]


class Bridge:
    """One browser tab's session, driven by protocol messages."""

    def __init__(self, post: Post, app_dir: str, entrypoint: str) -> None:
        self._post = post
        self.app_dir = app_dir
        self.session = AppSession(ScriptSource(os.path.join(app_dir, entrypoint)), emit=self._emit)
        self._handlers: dict[str, Callable[[Mapping[str, Any]], None]] = {
            "events": lambda m: self._run(m.get("events") or []),
            "rerun": lambda m: self._run([]),
            "clear_cache": lambda m: self._clear_cache(),
            "stop": lambda m: None,  # between runs there is nothing to stop
            "update_files": self._update_files,
        }

    def first_run(self) -> None:
        self._run([])

    def handle(self, message_json: str) -> None:
        try:
            message = json.loads(message_json)
            kind = message.get("type") if isinstance(message, dict) else None
            handler = self._handlers.get(kind)  # type: ignore[arg-type]
            if handler is None:
                raise BadEventError(
                    f"Expected a message type in {sorted(self._handlers)}, but got {kind!r}."
                )
            handler(message)
        except (ValueError, BadEventError) as err:
            self._emit({"type": "error", "message": str(err), "detail": ""})
        except Exception as err:  # an engine bug: report it, keep the session
            self._emit({"type": "error", "message": f"wasmlit internal error: {err}",
                        "detail": traceback.format_exc()})

    # -- handlers -------------------------------------------------------------

    def _run(self, events: list[Any]) -> None:
        self.session.run(events)

    def _clear_cache(self) -> None:
        clear_all_caches()
        self.session.clear_state()

    def _update_files(self, message: Mapping[str, Any]) -> None:
        """Hot reload: write the new files, forget the app's own modules,
        and rerun in the same session so session state survives."""
        write_files(self.app_dir, message.get("files") or {})
        app_dir = os.path.abspath(self.app_dir)
        for name, module in list(sys.modules.items()):
            path = getattr(module, "__file__", None) or ""
            if path and os.path.abspath(path).startswith(app_dir + os.sep):
                del sys.modules[name]
        self._run([])

    def _emit(self, message: dict[str, Any]) -> None:
        self._post(json.dumps(message, default=str, separators=(",", ":")))


def write_files(app_dir: str, files: Mapping[str, Any]) -> None:
    """Write ``{path: text | {"base64": data}}`` below ``app_dir``."""
    root = os.path.abspath(app_dir)
    for rel, content in files.items():
        path = os.path.abspath(os.path.join(root, rel))
        if not path.startswith(root + os.sep):
            raise BadEventError(f"Refusing to write {rel!r} outside the app folder.")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(content, dict):
            with open(path, "wb") as f:
                f.write(base64.b64decode(content.get("base64", "")))
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(str(content))
