"""wasmlit benchmarks: `python -m bench` (browser, issue 5) and `python bench/engine.py` (engine only)."""
