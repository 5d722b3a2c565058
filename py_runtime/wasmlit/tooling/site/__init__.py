"""Host-side pieces of ``wasmlit build``, one concept per module.

- ``hashing``: content-hashed asset names, with ES imports rewritten to match.
- ``lockfile``: the site's own ``pyodide-lock.json``, made with the ``pyodide-lock``
  library in a helper venv (it needs Python >= 3.12).
- ``requirements``: vendoring pure-Python wheels from PyPI at build time.
- ``prerender``: the app's first run in CPython, embedded in ``index.html``.
- ``offline``: ``_headers`` and the service worker's file list.

None of this ships in the runtime wheel: it only runs on the developer's machine.
"""
