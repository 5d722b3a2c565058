"""The rerun engine: sessions, runs, events, session state, forms, deltas.

It runs in plain CPython and in Pyodide, and knows neither ``st.*`` nor
Pyodide: the layers above hand it what it needs (``ScriptEnvironment``).
"""
