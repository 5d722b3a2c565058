"""Which Chromium pytest-playwright launches.

pytest-playwright's own options still rule (``--browser``, ``--headed``,
``--browser-channel``, a ``browser_type_launch_args`` fixture in your
conftest). On top of them:

* ``--wasmlit-chromium PATH`` launches that Chromium (``executable_path``);
* with neither that nor a channel nor an ``executable_path`` of yours, when
  Playwright's own Chromium is not installed (``playwright install chromium``
  cannot download on machines without access to its CDN), a system Chromium
  found on PATH (``chromium``, ``chromium-browser``, ``google-chrome``) is used,
  and the session says so.

This module is a plugin of its own, registered after pytest-playwright (in
the main plugin's ``pytest_configure``), so its fixture extends
pytest-playwright's ``browser_type_launch_args``, and a conftest's own fixture
of that name extends (or replaces) it in turn.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

#: Executables tried, in order, when Playwright's own Chromium is missing.
SYSTEM_CHROMIUMS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def system_chromium() -> str | None:
    for name in SYSTEM_CHROMIUMS:
        found = shutil.which(name)
        if found:
            return found
    return None


#: The note the session prints when it picked a system Chromium itself.
NOTE_KEY = pytest.StashKey[str]()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any], browser_name: str | None, browser_type: Any,
                             pytestconfig: pytest.Config) -> dict[str, Any]:
    """pytest-playwright's launch arguments, with the Chromium to launch (see the module's docstring)."""
    args = dict(browser_type_launch_args)
    if (browser_name or "chromium") != "chromium" or args.get("executable_path") or args.get("channel"):
        return args
    chosen = pytestconfig.getoption("--wasmlit-chromium")
    if chosen:
        if not Path(chosen).is_file():
            pytest.fail(f"--wasmlit-chromium {chosen}: no such file. "
                        "Fix: pass the path of a Chromium or Chrome executable.", pytrace=False)
        return {**args, "executable_path": chosen}
    bundled = browser_type.executable_path
    if bundled and Path(bundled).is_file():
        return args
    found = system_chromium()
    if found is None:
        return args  # Playwright's own error then says to run `playwright install chromium`
    pytestconfig.stash[NOTE_KEY] = (f"wasmlit: Playwright's own Chromium is not installed; using {found}. "
                                    "Pass --wasmlit-chromium PATH (or --browser-channel chrome) to choose another.")
    return {**args, "executable_path": found}
