"""The app's ``.streamlit/config.toml``, read once at build time.

Streamlit reads ``.streamlit/config.toml`` from the folder it runs in, which for
``streamlit run app.py`` is usually the app's own folder; a site has no server,
so the build reads the file beside the app and passes on what the page needs
(the ``[theme]`` table: ``theme.py``). Each reader takes its own table from the
parsed file; the file itself is never published (``app_files`` skips dotfolders).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from wasmlit.tooling.site.errors import BuildError

#: Where Streamlit's project config lives, relative to the app's folder.
CONFIG_TOML = Path(".streamlit") / "config.toml"


def read_config_toml(app_dir: Path) -> dict[str, Any]:
    """The parsed ``<app_dir>/.streamlit/config.toml``, or ``{}`` when there is none."""
    path = app_dir / CONFIG_TOML
    if not path.is_file():
        return {}
    return read_toml(path)


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file as a dict, or a BuildError that names the file and the mistake."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BuildError(f"{path} is not valid TOML ({exc}). Fix the file, or remove it to build without it.") from exc


def table(config: dict[str, Any], name: str) -> dict[str, Any]:
    """``config[name]`` when it is a table, else ``{}`` (``[theme]``, ``[client]``, ...)."""
    value = config.get(name)
    return value if isinstance(value, dict) else {}


def config_options(config: dict[str, Any]) -> dict[str, Any]:
    """Every option of the file as Streamlit names it (``{"client.toolbarMode": "minimal"}``)."""
    return {f"{section}.{key}": value for section, values in config.items() if isinstance(values, dict)
            for key, value in values.items() if not isinstance(value, dict)}
