"""Developer tooling: the ``wasmlit`` command, the dev server and the site builder.

It runs on the developer's machine and is never shipped in the runtime wheel.
"""
