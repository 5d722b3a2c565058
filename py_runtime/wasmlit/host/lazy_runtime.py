"""The runtime's second part: the modules no first run of a plain app needs,
fetched the first time a script imports one of them.

A site ships wasmlit in two parts (tooling/site/runtime_split.py): the modules
a worker imports to boot and draw an ordinary app, installed with the runtime
wheel, and the rest (the data code of charts and grids, column_config, AppTest)
in one archive beside it. So an app without charts or grids never downloads
their code, and one with them pays one extra request, on first use.

``LazyRuntimeFinder`` sits last on ``sys.meta_path``: only an import of a
``wasmlit.*`` module that the installed files lack reaches it. It then fetches
the archive once (synchronously: imports are synchronous; the host gives it a
``fetch`` that can), unpacks it beside the installed package and lets the
normal path finders find the module. A failed fetch is an ImportError that
says what to do; the next import tries again.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import io
import sys
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

#: Only wasmlit's own modules are ever in the archive.
PACKAGE = "wasmlit"


class LazyRuntimeFinder(importlib.abc.MetaPathFinder):
    """Unpacks the runtime's second part into ``site_packages`` on the first
    import that needs it, then steps aside."""

    def __init__(self, url: str, fetch: Callable[[str], bytes], site_packages: str | Path) -> None:
        self.url = url
        self._fetch = fetch
        self._site_packages = Path(site_packages)
        self.unpacked = False

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if self.unpacked or not fullname.startswith(PACKAGE + "."):
            return None
        self.unpack()
        return importlib.machinery.PathFinder.find_spec(fullname, path)

    def unpack(self) -> None:
        """Fetch and unpack the archive (once)."""
        if self.unpacked:
            return
        try:
            data = self._fetch(self.url)
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for name in archive.namelist():
                    # The build writes only wasmlit/...; anything else is not ours to write.
                    if not name.startswith(PACKAGE + "/") or ".." in name.split("/"):
                        raise ValueError(f"unexpected file {name!r} in the archive")
                archive.extractall(self._site_packages)
        except Exception as exc:
            raise ImportError(
                f"wasmlit could not load the rest of its runtime from {self.url} ({exc}). "
                "Reload the page once you are online; later visits then work offline too."
            ) from exc
        self.unpacked = True
        # The directory listings the path finders cached are out of date now.
        importlib.invalidate_caches()


def install(url: str, fetch: Callable[[str], bytes], site_packages: str | Path) -> LazyRuntimeFinder:
    """Put a finder for the archive at ``url`` last on ``sys.meta_path`` (replacing an earlier one)."""
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, LazyRuntimeFinder)]
    finder = LazyRuntimeFinder(url, fetch, site_packages)
    sys.meta_path.append(finder)
    return finder
