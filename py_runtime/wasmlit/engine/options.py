"""Config options (``st.set_option`` / ``st.get_option``, ``.streamlit/config.toml``).

A static site has no server, so of Streamlit's options only a few change
anything here: ``client.toolbarMode`` and ``client.showSidebarNavigation``
(read from the app's ``.streamlit/config.toml`` at build time, and settable
from the script), ``client.showErrorDetails``, and the ``[theme]`` options
(kept for the page's styling). The others are known, so ``get_option``
answers with Streamlit's default, and ``set_option`` follows Streamlit's
rule: only *scriptable* options may be set from a script (the rest raise
Streamlit's error); a scriptable one that has no meaning without a server is
accepted with a note in the console.
"""

from __future__ import annotations

import logging
from typing import Any

from wasmlit.errors import StreamlitAPIException

log = logging.getLogger("wasmlit")

#: Option -> (default, scriptable, meaningful in a static site).
OPTIONS: dict[str, tuple[Any, bool, bool]] = {
    "client.showErrorDetails": (True, True, True),
    "client.toolbarMode": ("auto", True, True),
    "client.showSidebarNavigation": (True, True, True),
    "logger.enableRich": (False, True, False),
    "server.enableArrowTruncation": (False, True, False),
    "global.disableWidgetStateDuplicationWarning": (False, False, False),
    "global.showWarningOnDirectExecution": (True, False, False),
    "global.developmentMode": (False, False, False),
    "global.suppressDeprecationWarnings": (False, False, False),
    "logger.level": ("info", False, False),
    "logger.messageFormat": ("%(asctime)s %(message)s", False, False),
    "runner.magicEnabled": (True, False, True),
    "runner.postScriptGC": (True, False, False),
    "runner.fastReruns": (True, False, True),
    "runner.enforceSerializableSessionState": (False, False, False),
    "runner.enumCoercion": ("nameOnly", False, False),
    "server.folderWatchBlacklist": ([], False, False),
    "server.fileWatcherType": ("auto", False, False),
    "server.headless": (False, False, False),
    "server.runOnSave": (False, False, False),
    "server.allowRunOnSave": (True, False, False),
    "server.address": (None, False, False),
    "server.port": (8501, False, False),
    "server.scriptHealthCheckEnabled": (False, False, False),
    "server.baseUrlPath": ("", False, False),
    "server.enableCORS": (True, False, False),
    "server.enableXsrfProtection": (True, False, False),
    "server.maxUploadSize": (200, False, False),
    "server.maxMessageSize": (200, False, False),
    "server.enableWebsocketCompression": (False, False, False),
    "server.enableStaticServing": (False, False, False),
    "server.disconnectedSessionTTL": (120, False, False),
    "browser.serverAddress": ("localhost", False, False),
    "browser.gatherUsageStats": (True, False, False),
    "browser.serverPort": (8501, False, False),
    "ui.hideTopBar": (False, False, False),
    "mapbox.token": ("", False, False),
    "magic.displayRootDocString": (False, False, False),
    "magic.displayLastExprIfNoSemicolon": (False, False, False),
    "theme.base": (None, False, True),
    "theme.primaryColor": (None, False, True),
    "theme.backgroundColor": (None, False, True),
    "theme.secondaryBackgroundColor": (None, False, True),
    "theme.textColor": (None, False, True),
    "theme.font": (None, False, True),
    "theme.headingFont": (None, False, True),
    "theme.codeFont": (None, False, True),
    "theme.baseRadius": (None, False, True),
    "theme.borderColor": (None, False, True),
    "theme.showWidgetBorder": (None, False, True),
    "theme.linkColor": (None, False, True),
    "theme.baseFontSize": (None, False, True),
    "theme.showSidebarBorder": (None, False, True),
    "secrets.files": ([], False, False),
}

_TOOLBAR_MODES = ("auto", "developer", "viewer", "minimal")


def get_option(options: dict[str, Any], key: str) -> Any:
    """The value of ``key``: set by the script or config.toml, else Streamlit's default."""
    if key in options:
        return options[key]
    if key not in OPTIONS:
        raise RuntimeError(f'Config key "{key}" not defined.')
    return OPTIONS[key][0]


def set_option(options: dict[str, Any], key: str, value: Any) -> None:
    """``st.set_option``: Streamlit's rules, plus a console note for options that do nothing here."""
    if key not in OPTIONS:
        raise StreamlitAPIException(f"Unrecognized config option: {key}")
    _, scriptable, meaningful = OPTIONS[key]
    if not scriptable:
        raise StreamlitAPIException(
            f"{key} cannot be set on the fly. Set as command line option, e.g. streamlit run script.py --{key}, "
            "or in config.toml instead.")
    if key == "client.toolbarMode" and value not in _TOOLBAR_MODES:
        raise StreamlitAPIException(f"client.toolbarMode must be one of {', '.join(_TOOLBAR_MODES)}, not {value!r}.")
    if not meaningful:
        log.warning("st.set_option(%r, %r) is accepted, but has no effect in wasmlit: the app runs in the browser, "
                    "with no server.", key, value)
    options[key] = value


def read_config_options(flat: dict[str, Any]) -> dict[str, Any]:
    """The known options among ``flat`` ({"section.name": value}, from config.toml)."""
    return {key: value for key, value in flat.items() if key in OPTIONS}
