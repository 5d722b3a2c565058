"""The worker side: the bridge (dict messages to and from the engine) and the
Pyodide host (the only module that knows it runs in Pyodide)."""
