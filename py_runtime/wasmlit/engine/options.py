"""Config options (``st.set_option`` / ``st.get_option``, ``.streamlit/config.toml``).

A static site has no server, so of Streamlit's options only a few change
anything here: ``client.toolbarMode`` and ``client.showSidebarNavigation``
(read from the app's ``.streamlit/config.toml`` at build time, and settable
from the script), and the ``[theme]`` options (kept for the page's styling).
The others are known, so ``get_option`` answers with Streamlit 1.67's default,
and ``set_option`` follows Streamlit's rule: only *scriptable* options may be
set from a script (the rest raise Streamlit's error); a scriptable one wasmlit
does not use (``client.showErrorDetails``, ...) is accepted with a note in the console.
"""

from __future__ import annotations

import logging
from typing import Any

from wasmlit.errors import StreamlitAPIException

log = logging.getLogger("wasmlit")

#: Streamlit 1.67's options but the theme ones: name -> (default, scriptable). Only
#: scriptable options may be set from a script.
OPTIONS: dict[str, tuple[Any, bool]] = {
    'global.disableWidgetStateDuplicationWarning': (False, False),
    'global.showWarningOnDirectExecution': (True, False),
    'global.developmentMode': (False, False),
    'global.e2eTest': (False, False),
    'global.unitTest': (False, False),
    'global.appTest': (False, False),
    'global.suppressDeprecationWarnings': (False, False),
    'global.minCachedMessageSize': (10000.0, False),
    'global.maxCachedMessageAge': (2, False),
    'logger.level': ('info', False),
    'logger.messageFormat': ('%(asctime)s %(message)s', False),
    'logger.enableRich': (False, True),
    'logger.hideWelcomeMessage': (False, False),
    'client.showErrorDetails': ('full', True),
    'client.toolbarMode': ('auto', True),
    'client.disableDataExport': (False, True),
    'client.showSidebarNavigation': (True, True),
    'client.showErrorLinks': ('auto', False),
    'client.allowedOrigins': ([], False),
    'runner.magicEnabled': (True, False),
    'runner.postScriptGC': (True, False),
    'runner.fastReruns': (True, False),
    'runner.enforceSerializableSessionState': (False, False),
    'runner.enumCoercion': ('nameOnly', False),
    'runner.parallelMaxWorkers': (None, False),
    'runner.cacheBackgroundRefreshMaxWorkers': (4, False),
    'runner.cacheBackgroundRefreshTTLMultiplier': (2.0, False),
    'runner.connectionDefaultTTL': (None, False),
    'runner.cacheHashSeed': (0, False),
    'server.folderWatchList': ([], False),
    'server.folderWatchBlacklist': ([], False),
    'server.fileWatcherType': ('auto', False),
    'server.enableExpensiveMemoryStats': (False, False),
    'server.maxCacheDataSize': (None, False),
    'server.cookieSecret': ('', False),
    'server.headless': (True, False),
    'server.showEmailPrompt': (True, False),
    'server.runOnSave': (False, False),
    'server.allowRunOnSave': (True, False),
    'server.address': (None, False),
    'server.port': (8501, False),
    'server.scriptHealthCheckEnabled': (False, False),
    'server.baseUrlPath': ('', False),
    'server.customComponentBaseUrlPath': ('', False),
    'server.enableCORS': (True, False),
    'server.corsAllowedOrigins': ([], False),
    'server.allowedHosts': ([], False),
    'server.enableXsrfProtection': (True, False),
    'server.xsrfCookieSameSite': ('lax', False),
    'server.maxUploadSize': (200, False),
    'server.maxMessageSize': (200, False),
    'server.maxWidgetStateSize': (25, False),
    'server.enableWebsocketCompression': (False, False),
    'server.websocketPingInterval': (None, False),
    'server.enableStaticServing': (False, False),
    'server.disconnectedSessionTTL': (120, False),
    'server.enableAgentApi': (False, False),
    'server.agentWaitTimeout': (30, False),
    'server.agentSessionTTL': (900, False),
    'server.agentMaxSessions': (100, False),
    'server.agentPreviewRows': (100, False),
    'server.trustedUserHeaders': ({}, False),
    'server.unsafeMetricsUserAttributes': ([], False),
    'browser.serverAddress': ('localhost', False),
    'browser.gatherUsageStats': (True, False),
    'browser.serverPort': (8501, False),
    'server.sslCertFile': (None, False),
    'server.sslKeyFile': (None, False),
    'ui.hideTopBar': (False, False),
    'magic.displayRootDocString': (False, False),
    'magic.displayLastExprIfNoSemicolon': (False, False),
    'secrets.files': (['~/.streamlit/secrets.toml', '.streamlit/secrets.toml'], False),

}
#: The options that change something in wasmlit (the rest are known and answered, no more).
USED = frozenset({"client.toolbarMode", "client.showSidebarNavigation"})

_TOOLBAR_MODES = ("auto", "developer", "viewer", "minimal")


def known(key: str) -> bool:
    """Is ``key`` one of Streamlit's options? (Every ``theme.*`` option is: the page's theme reads them.)"""
    return key in OPTIONS or (key.startswith("theme.") and key.count(".") >= 1 and not key.endswith("."))


def get_option(options: dict[str, Any], key: str) -> Any:
    """The value of ``key``: set by the script or config.toml, else Streamlit's default."""
    if key in options:
        return options[key]
    if not known(key):
        raise RuntimeError(f'Config key "{key}" not defined.')
    return OPTIONS[key][0] if key in OPTIONS else None


def set_option(options: dict[str, Any], key: str, value: Any) -> None:
    """``st.set_option``: Streamlit's rules, plus a console note for options that do nothing here."""
    if not known(key):
        raise StreamlitAPIException(f"Unrecognized config option: {key}")
    scriptable = OPTIONS[key][1] if key in OPTIONS else False
    if not scriptable:
        raise StreamlitAPIException(
            f"{key} cannot be set on the fly. Set as command line option, e.g. streamlit run script.py --{key}, "
            "or in config.toml instead.")
    if key == "client.toolbarMode" and value not in _TOOLBAR_MODES:
        raise StreamlitAPIException(f"client.toolbarMode must be one of {', '.join(_TOOLBAR_MODES)}, not {value!r}.")
    if key not in USED:
        log.warning("st.set_option(%r, %r) is accepted, but wasmlit does not use this option (it concerns "
                    "Streamlit's server, and the app runs in the browser without one).", key, value)
    options[key] = value


def read_config_options(flat: dict[str, Any]) -> dict[str, Any]:
    """The known options among ``flat`` ({"section.name": value}, from config.toml)."""
    return {key: value for key, value in flat.items() if known(key)}
