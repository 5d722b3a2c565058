"""Make ``import streamlit`` mean wasmlit, only while a script runs.

wasmlit never installs a top-level ``streamlit`` package: a user may have the
real Streamlit installed beside it. Instead, for the duration of a run the
``streamlit`` names in ``sys.modules`` point at wasmlit's modules, and the
previous entries (the real Streamlit, or nothing) come back afterwards. Any
other ``streamlit.*`` submodule resolves to a module whose attributes raise a
clear "not supported by wasmlit yet" error.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

ALIASES: dict[str, str] = {
    "streamlit": "wasmlit.api.st",
    "streamlit.errors": "wasmlit.errors",
    "streamlit.config": "wasmlit.api.options",  # ``from streamlit import config; config.get_option(...)``
    "streamlit.delta_generator": "wasmlit.api.delta_generator",
    # What apps and third-party components import from Streamlit's runtime.
    "streamlit.runtime": "wasmlit.api.runtime",
    "streamlit.runtime.scriptrunner": "wasmlit.api.script_run_context",
    "streamlit.runtime.scriptrunner.script_run_context": "wasmlit.api.script_run_context",
    "streamlit.runtime.scriptrunner_utils": "wasmlit.api.script_run_context",
    "streamlit.runtime.scriptrunner_utils.script_run_context": "wasmlit.api.script_run_context",
    "streamlit.runtime.state": "wasmlit.api.session_state_proxy",
    "streamlit.runtime.state.session_state_proxy": "wasmlit.api.session_state_proxy",
    "streamlit.runtime.uploaded_file_manager": "wasmlit.widgets.file_uploader",
    "streamlit.runtime.caching": "wasmlit.api.cache",
    # set_page_config's types (``from streamlit.commands.page_config import MenuItems``).
    "streamlit.commands.page_config": "wasmlit.api.control",
}
#: Imported on first use, not at every run: apps rarely touch AppTest's package
#: or custom components, and column_config's classes come with the grids. The
#: browser then fetches none of them until an app needs it (the site's lazy
#: runtime part, host/lazy_runtime.py).
LAZY_ALIASES: dict[str, str] = {
    "streamlit.testing.v1": "wasmlit.testing",
    "streamlit.column_config": "wasmlit.api.column_config",
    "streamlit.dataframe_util": "wasmlit.elements.lib.dataframe_util",
    "streamlit.components.v1": "wasmlit.api.components",
    # Where 1.67 keeps declare_component and CustomComponent (``from streamlit.components.v1 import components``).
    "streamlit.components.v1.components": "wasmlit.api.components",
    "streamlit.components.v1.component_registry": "wasmlit.api.components",
    "streamlit.components.v1.custom_component": "wasmlit.api.components",
    "streamlit.components.v2": "wasmlit.api.components_v2",
    "streamlit.typing": "wasmlit.api.public_types",
}
_lazy_modules: dict[str, types.ModuleType] = {}


class _LazyAlias(types.ModuleType):
    """Stands for ``target`` in ``sys.modules``; imports it when first used."""

    def __init__(self, name: str, target: str) -> None:
        super().__init__(name)
        self._wl_target = target

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(importlib.import_module(self._wl_target), name)

    def __dir__(self) -> list[str]:
        return dir(importlib.import_module(self._wl_target))


def lazy_module(name: str) -> types.ModuleType:
    """The module of ``LAZY_ALIASES[name]``: itself once imported, else one that imports it when first used."""
    target = LAZY_ALIASES[name]
    if target in sys.modules:
        return sys.modules[target]
    if name not in _lazy_modules:
        _lazy_modules[name] = _LazyAlias(name, target)
    return _lazy_modules[name]


def _namespace(name: str, **children: types.ModuleType) -> types.ModuleType:
    """A package module holding ``children`` (so ``import a.b.c as x`` finds them as attributes)."""
    module = types.ModuleType(name)
    module.__path__ = []
    for child, value in children.items():
        setattr(module, child, value)
    return module


class _UnsupportedModule(types.ModuleType):
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        from wasmlit.errors import StreamlitUnsupportedError

        raise StreamlitUnsupportedError(f"{self.__name__.removeprefix('streamlit.')}.{name}")


class _StreamlitFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds ``streamlit.<anything else>`` while the alias is active."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> importlib.machinery.ModuleSpec | None:
        if fullname.startswith("streamlit.") and fullname not in ALIASES:
            return importlib.machinery.ModuleSpec(fullname, self, is_package=True)
        if fullname == "plotly.io":  # as `import streamlit` does: Plotly figures get Streamlit's template
            from wasmlit.api.plotly_theme import plotly_io_spec

            return plotly_io_spec(path)
        return None

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        module = _UnsupportedModule(spec.name)
        module.__path__ = []  # a package, so deeper imports work too
        return module

    def exec_module(self, module: types.ModuleType) -> None:
        pass


_finder = _StreamlitFinder()


def _alias_modules() -> dict[str, types.ModuleType]:
    modules = {name: importlib.import_module(target) for name, target in ALIASES.items()}
    modules.update({name: lazy_module(name) for name in LAZY_ALIASES})
    # Every name is a package whose children are attributes, so both
    # ``import streamlit.runtime.scriptrunner`` and ``streamlit.runtime.scriptrunner.x`` work.
    for name in list(modules):
        for depth in range(1, name.count(".") + 1):
            ancestor = name.rsplit(".", depth)[0]
            modules.setdefault(ancestor, _namespace(ancestor))
    for name in modules:
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(modules[parent], child, modules[name])
    for module in modules.values():
        if "__path__" not in vars(module):
            module.__path__ = []
    return modules


@contextmanager
def streamlit_alias() -> Iterator[None]:
    modules = _alias_modules()
    saved = {name: mod for name, mod in sys.modules.items() if name == "streamlit" or name.startswith("streamlit.")}
    for name in saved:
        del sys.modules[name]
    sys.modules.update(modules)
    added_finder = _finder not in sys.meta_path
    if added_finder:
        sys.meta_path.insert(0, _finder)
    if "plotly.io" in sys.modules:
        from wasmlit.api.plotly_theme import use_streamlit_template

        use_streamlit_template()
    try:
        yield
    finally:
        if "wasmlit.api.plotly_theme" in sys.modules:
            sys.modules["wasmlit.api.plotly_theme"].restore_template()
        for name in [n for n in sys.modules if n == "streamlit" or n.startswith("streamlit.")]:
            del sys.modules[name]
        sys.modules.update(saved)
        if added_finder and _finder in sys.meta_path:
            sys.meta_path.remove(_finder)
