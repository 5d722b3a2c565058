"""Streamlit's Plotly template becomes Plotly's default when an app imports Plotly.

Streamlit registers it when ``streamlit`` is imported, which imports Plotly
in every app where it is installed. wasmlit waits for the app's own import
of ``plotly.io`` (an import hook) and then registers it
(elements/lib/streamlit_plotly_theme.py), so an app without Plotly never
loads it, and figures are still built with the template from their first.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from typing import Any

_MODULE = "plotly.io"


def _configure() -> None:
    from wasmlit.elements.lib.streamlit_plotly_theme import configure

    configure()


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


def install() -> None:
    """From now on (and now, if the app's process already has Plotly) figures get the template."""
    if _MODULE in sys.modules:
        _configure()
    elif _finder not in sys.meta_path:
        sys.meta_path.insert(0, _finder)
