"""``st.login``, ``st.logout``, ``st.user``, ``st.connection`` and ``st.App``:
what a static site cannot do. Each fails with one error that says why and what to
do instead (a site is a folder of public files, with no server to keep a
secret, hold a session or open a database connection)."""

from __future__ import annotations

from typing import Any, NoReturn

from wasmlit.errors import StreamlitStaticSiteError

_AUTH_WHY = (
    "logging in (OpenID Connect) needs a server that keeps the provider's client secret and the session cookie, "
    "and a wasmlit app is a static site whose files are all public."
)
_AUTH_FIX = (
    "Fix: protect the site with your host's access control (for example Cloudflare Access, Netlify or "
    "Vercel password protection, or HTTP basic auth on your own server), or deploy this app on a Streamlit "
    "server to use `st.login()`."
)


def login(provider: str | None = None) -> NoReturn:
    raise StreamlitStaticSiteError(f"`st.login()` cannot work in a wasmlit app: {_AUTH_WHY} {_AUTH_FIX}")


def logout() -> NoReturn:
    raise StreamlitStaticSiteError(f"`st.logout()` cannot work in a wasmlit app: {_AUTH_WHY} {_AUTH_FIX}")


class _UserProxy:
    """``st.user``: every use fails with the reason (there is no logged-in user)."""

    def _fail(self, *_: Any) -> NoReturn:
        raise StreamlitStaticSiteError(
            f"`st.user` is not available in a wasmlit app: there is no logged-in user, because {_AUTH_WHY} {_AUTH_FIX}"
        )

    def __getattr__(self, name: str) -> NoReturn:
        if name.startswith("__"):
            raise AttributeError(name)
        self._fail()

    __getitem__ = __contains__ = __iter__ = __len__ = __bool__ = to_dict = _fail

    def __repr__(self) -> str:
        return "st.user (not available in a wasmlit app)"


user = _UserProxy()


def connection(name: str, type: Any = None, max_entries: int | None = None, ttl: Any = None, **kwargs: Any) -> NoReturn:
    raise StreamlitStaticSiteError(
        f"`st.connection({name!r})` cannot work in a wasmlit app: the app runs in the browser, which cannot open "
        "database connections (no sockets), and the credentials a connection needs would be public in a static site. "
        "Fix: ship the data with the app and read it as a file (`pd.read_csv(\"data.csv\")`), fetch it over HTTP from a "
        "public API (`pyodide.http.open_url` or `pyfetch`), or deploy this app on a Streamlit server to use `st.connection()`."
    )


class App:
    """``st.App`` (Streamlit's Starlette/ASGI app): a wasmlit app has no server to mount it in."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        raise StreamlitStaticSiteError(
            "`st.App` cannot work in a wasmlit app: it wraps the app in a Starlette (ASGI) server, and a wasmlit app "
            "is a static site with no server. Fix: build the site with `wasmlit build app.py` and serve its folder "
            "with any static host, or deploy the app on a Streamlit server to use `st.App`."
        )


#: The ``st.*`` names a static site cannot offer, and why in a few words (the README's API table).
STATIC_SITE_ONLY: dict[str, str] = {
    "login": "needs a server to keep the OAuth secret and the session",
    "logout": "needs a server to keep the OAuth secret and the session",
    "user": "no login, so no logged-in user",
    "connection": "the browser cannot open database connections, and credentials would be public",
    "App": "wraps the app in a Starlette server; a static site has none",
}
