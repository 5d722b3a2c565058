"""While a script runs, Plotly's default template is Streamlit's.

Streamlit registers its template when ``streamlit`` is imported, which imports
Plotly in every app where it is installed. wasmlit waits for the app's own
import of ``plotly.io`` (seen by the alias's import finder, only while a
script runs: api/streamlit_alias.py), so an app without Plotly never loads it
(nor this module), and figures are still built with the template from their
first. After the run, Plotly's default is what it was.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import types
from typing import Any

#: Plotly's default template before a run made it Streamlit's (restored after the run).
_previous: list[Any] = []


def use_streamlit_template() -> None:
    """Make Streamlit's template Plotly's default (plotly.io is imported)."""
    from wasmlit.elements.lib.streamlit_plotly_theme import make_default

    if not _previous:
        _previous.append(make_default())


def restore_template() -> None:
    """Plotly's default as it was before the run."""
    if _previous:
        from wasmlit.elements.lib.streamlit_plotly_theme import restore_default

        restore_default(_previous.pop())


class _ThenUseTemplate(importlib.abc.Loader):
    """plotly.io's own loader, then the template."""

    def __init__(self, loader: importlib.abc.Loader) -> None:
        self._loader = loader

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        self._loader.exec_module(module)
        use_streamlit_template()


def plotly_io_spec(path: Any) -> importlib.machinery.ModuleSpec | None:
    """plotly.io's spec, loaded so that the template is Plotly's default once it is imported."""
    spec = importlib.machinery.PathFinder.find_spec("plotly.io", path)
    if spec is None or spec.loader is None:
        return None
    spec.loader = _ThenUseTemplate(spec.loader)
    return spec
