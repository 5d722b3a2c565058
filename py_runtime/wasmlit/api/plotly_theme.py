"""While a script runs, Plotly's default template is Streamlit's.

Streamlit registers its template when ``streamlit`` is imported, which imports
Plotly in every app where it is installed. wasmlit waits for the app's own
import of ``plotly.io`` (an import hook, only while a script runs), so an app
without Plotly never loads it, and figures are still built with the template
from their first. After the run, Plotly's default is what it was.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_MODULE = "plotly.io"
#: Plotly's default template before a run made it Streamlit's (restored after the run).
_previous: list[Any] = []


def _configure() -> None:
    from wasmlit.elements.lib.streamlit_plotly_theme import make_default

    if not _previous:
        _previous.append(make_default())


class _ThenConfigure(importlib.abc.Loader):
    """plotly.io's own loader, then the template."""

    def __init__(self, loader: importlib.abc.Loader) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        self._loader.exec_module(module)
        _configure()


class _PlotlyIoFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if fullname != _MODULE:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return None
        spec.loader = _ThenConfigure(spec.loader)
        return spec


_finder = _PlotlyIoFinder()


@contextmanager
def streamlit_template() -> Iterator[None]:
    """Figures built inside get Streamlit's template (now, or once the script imports Plotly)."""
    if _MODULE in sys.modules:
        _configure()
    else:
        sys.meta_path.insert(0, _finder)
    try:
        yield
    finally:
        if _finder in sys.meta_path:
            sys.meta_path.remove(_finder)
        if _previous:
            from wasmlit.elements.lib.streamlit_plotly_theme import restore_default

            restore_default(_previous.pop())
