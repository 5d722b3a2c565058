"""The site config: what the page reads from ``index.html`` (``#wasmlit-config``).

Its keys are the contract with ``web/src/app.js``, ``mount.js`` and ``worker.js``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

#: The Pyodide version the site runs (web/package.json pins the same).
PYODIDE_VERSION = "314.0.7"
#: Where packages that only the Pyodide distribution has come from, unless told otherwise.
DEFAULT_PACKAGE_BASE_URL = f"https://cdn.jsdelivr.net/pyodide/v{PYODIDE_VERSION}/full/"


def inline_json(data: Any) -> str:
    """JSON safe inside an inline ``<script>``: every ``<`` is written ``\\u003c``."""
    return json.dumps(data, separators=(",", ":")).replace("<", "\\u003c")


@dataclass(frozen=True)
class SiteConfig:
    """``#wasmlit-config``: the site's URLs (relative to the page) and the app's options."""

    entrypoint: str
    files: list[str]
    #: URL of the runtime wheel (the worker fetches it early, beside Pyodide).
    runtime: str
    #: URL of the runtime's second part (fetched when a script first imports one of its modules).
    runtime_lazy: str | None = None
    app_base: str = "app/"
    pyodide_base: str = "pyodide/"
    dev_events: str | None = None
    #: The site's own pyodide-lock.json (for ``loadPyodide({lockFileURL})``).
    lock_url: str | None = None
    #: Names to ``pyodide.loadPackage`` at boot, the runtime first.
    packages: list[str] = field(default_factory=list)
    #: Where distribution packages load from; None when the app needs none (nothing leaves the site).
    package_base_url: str | None = None
    #: Requirement strings installed with micropip at run time.
    micropip: list[str] = field(default_factory=list)
    persist_state: bool = False
    service_worker: str | None = None
    #: True when ``#wasmlit-prerender`` holds the first run's ops.
    prerender: bool = False
    #: The worker module, which index.html starts before the page's modules load.
    worker: str | None = None
    #: Every module the page loads (app.js's import graph): index.html preloads them
    #: in parallel once the first screen has painted.
    modules: list[str] = field(default_factory=list)
    #: A custom theme from the app's .streamlit/config.toml (theme.py): CSS properties for the
    #: app (``root``) and its sidebar, and ``color_scheme`` when it has one base (no switcher).
    theme: dict[str, Any] | None = None
    #: Dev tools (``wasmlit run``, ``--dev-tools``, the pytest plugin), or None in a normal
    #: site: ``{"module": URL of dev_tools.js, "menu": bool, "test_channel": bool}``.
    #: ``menu`` adds "Download this session as a test" to the main menu; ``test_channel``
    #: exposes the session state to Playwright helpers (``window.__wasmlitTest``).
    dev_tools: dict[str, Any] | None = None
    #: Config options from the app's ``.streamlit/config.toml`` (``{"client.toolbarMode": "minimal"}``).
    client_options: dict[str, Any] = field(default_factory=dict)
    #: The URL paths of the app's pages besides the default one (each has its own ``<path>/index.html``).
    pages: list[str] = field(default_factory=list)
    #: ``wasmlit build --snapshot``: the key of the Pyodide memory snapshot the browser makes after
    #: a first visit and restores on return visits (snapshot.js); a hash of everything the snapshot
    #: depends on (snapshot_key in build.py). None: no snapshots.
    snapshot: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_json(self) -> str:
        return inline_json(self.to_dict())
