"""wasmlit: Streamlit-style apps that run entirely in the browser.

The package is layered; a module imports only from its own layer or below
(pyproject.toml's import-linter contracts check it):

* ``protocol`` (the vocabulary shared with the page) and ``errors``;
* ``engine/``: the rerun engine (sessions, runs, events, state, forms, deltas);
* ``elements/`` and ``widgets/``: one module per Streamlit command family;
* ``api/``: what ``import streamlit as st`` returns;
* ``host/`` (the worker side) and ``testing/`` (AppTest);
* ``tooling/``: the CLI, the dev server and the site builder, never shipped
  in the runtime wheel.
"""

#: The one version number of wasmlit (pyproject.toml and the runtime wheel read it).
__version__ = "0.1.0"
