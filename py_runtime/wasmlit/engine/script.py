"""The user's script: its source, compiled with magic, and a fresh namespace per run.

``ScriptEnvironment`` is what a run needs from the layers above the engine:
the context in which ``import streamlit`` means wasmlit, and the function a
magic statement calls. The engine knows neither ``st.*`` nor Streamlit's
module names; ``wasmlit.api`` provides the environment.
"""

from __future__ import annotations

import builtins
import hashlib
import os
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any

from wasmlit.engine.magic import MAGIC_NAME, add_magic


@dataclass(frozen=True)
class ScriptEnvironment:
    """What the script sees while it runs."""

    #: Entered around every run (callbacks and script): makes ``import streamlit`` work.
    activate: Callable[[], AbstractContextManager[Any]] = nullcontext
    #: What a magic statement (a bare expression) calls with its values.
    magic_write: Callable[..., Any] = print


@dataclass
class ScriptSource:
    """A script file (re-read when it changes) or an in-memory source."""

    path: str
    source: str | None = None
    #: Extra globals for every run (AppTest.from_function's ``__args``).
    extra_globals: dict[str, Any] = field(default_factory=dict)
    _cache_key: str | None = None
    _code: types.CodeType | None = None

    def read(self) -> str:
        if self.source is not None:
            return self.source
        with open(self.path, encoding="utf-8") as f:
            return f.read()

    def compile(self) -> types.CodeType:
        """The script's code object, recompiled only when the text changed."""
        text = self.read()
        key = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
        if key != self._cache_key or self._code is None:
            tree = add_magic(text, self.path)
            self._code = compile(tree, self.path, "exec", dont_inherit=True)
            self._cache_key = key
        return self._code

    def fresh_namespace(self, magic_write: Callable[..., Any]) -> dict[str, Any]:
        """The globals of one run: a new ``__main__`` with magic bound."""
        module = types.ModuleType("__main__")
        namespace = module.__dict__
        namespace.update({"__file__": self.path, "__builtins__": builtins, MAGIC_NAME: magic_write})
        namespace.update(self.extra_globals)
        return namespace

    @property
    def directory(self) -> str:
        return os.path.dirname(os.path.abspath(self.path))


@contextmanager
def script_import_path(script: ScriptSource) -> Iterator[None]:
    """Modules beside the script are importable, as with ``streamlit run``."""
    directory = script.directory
    added = directory not in sys.path
    if added:
        sys.path.insert(0, directory)
    try:
        yield
    finally:
        if added and directory in sys.path:
            sys.path.remove(directory)
