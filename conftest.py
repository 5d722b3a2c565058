"""The repository's own test runs load wasmlit's pytest plugin (examples/ use
its ``wasmlit_app`` fixture) even where wasmlit was installed before the plugin's
entry point existed. Installed from this repository, the ``pytest11`` entry point
loads it under the same name, so it is registered once."""

pytest_plugins = ["wasmlit.tooling.pytest_plugin"]
