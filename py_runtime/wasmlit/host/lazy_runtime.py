"""The runtime's second part: the modules no first run of a plain app needs,
fetched the first time a script imports one of them.

A site ships wasmlit in two parts (tooling/site/runtime_split.py): the modules
a worker imports to boot and draw an ordinary app, in the runtime wheel, and
the rest (the data code of charts and grids, column_config, AppTest) in one
archive beside it. So an app without charts or grids never downloads their
code, and one with them pays one extra request, on first use.

``LazyRuntimeFinder`` sits last on ``sys.meta_path``: only an import of a
``wasmlit.*`` module that the installed part lacks reaches it. The first time,
it fetches the archive (synchronously: imports are synchronous; the host gives
it a ``fetch`` that can) and writes it to ``folder`` as it is; from then on it
finds such modules inside it with ``zipimport``, as the worker imports the
wheel itself (nothing is unpacked). A failed fetch is an ImportError that says
what to do; the next import tries again.
"""

from __future__ import annotations

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
#: The archive's name in ``folder``.
ARCHIVE_NAME = "wasmlit-lazy.zip"


class LazyRuntimeFinder(importlib.abc.MetaPathFinder):
    """Finds the wasmlit modules the installed part lacks in the archive at
    ``url``, fetched on the first import that needs it."""

    def __init__(self, url: str, fetch: Callable[[str], bytes], folder: str | Path) -> None:
        self.url = url
        self._fetch = fetch
        self._folder = Path(folder)
        self.archive: Path | None = None

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(PACKAGE + "."):
            return None
        archive = self.archive or self._get()
        parent = fullname.rpartition(".")[0]
        # Where the module's package lies inside the archive (zipimport reads "<zip>/<folder>" entries).
        return importlib.machinery.PathFinder.find_spec(fullname, [f"{archive}/{parent.replace('.', '/')}"])

    def _get(self) -> Path:
        """Fetch the archive and write it to the folder (once)."""
        try:
            data = self._fetch(self.url)
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for name in archive.namelist():
                    if not name.startswith(PACKAGE + "/") or ".." in name.split("/"):
                        raise ValueError(f"unexpected file {name!r} in the archive")
            self._folder.mkdir(parents=True, exist_ok=True)
            target = self._folder / ARCHIVE_NAME
            target.write_bytes(data)
        except Exception as exc:
            raise ImportError(
                f"wasmlit could not load the rest of its runtime from {self.url} ({exc}). "
                "Reload the page once you are online; later visits then work offline too."
            ) from exc
        self.archive = target
        return target


def install(url: str, fetch: Callable[[str], bytes], folder: str | Path) -> LazyRuntimeFinder:
    """Put a finder for the archive at ``url`` last on ``sys.meta_path`` (replacing an earlier one)."""
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, LazyRuntimeFinder)]
    finder = LazyRuntimeFinder(url, fetch, folder)
    sys.meta_path.append(finder)
    return finder
