"""``st.secrets``: the app's ``.streamlit/secrets.toml``, read when first used.

A wasmlit site is public, so the build leaves secrets files out unless the
user passes ``--allow-secrets``; the file is then read in the browser from
the app's folder (its working directory), as Streamlit reads it beside the
app. When it is missing, the error says why and what to do. AppTest's
``at.secrets`` stands in for the file during its runs, as in Streamlit.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from wasmlit.errors import StreamlitSecretNotFoundError

_MISSING_ENTRY_HINT = (
    "Did you forget to add it to secrets.toml, mount it to secret directory, or the app settings "
    "on Streamlit Cloud? More info: "
    "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
)
_STATIC_SITE_HINT = (
    " A wasmlit site leaves `.streamlit/secrets.toml` out, because every file of a static site is public. "
    "Fix: if these values may be public, rebuild with `wasmlit build app.py --allow-secrets` "
    "(or `wasmlit run app.py --allow-secrets`); a secret that must stay secret cannot live in a static site: "
    "keep it on a server the app calls, or ask the user for it with `st.text_input(type=\"password\")`."
)


def _missing_key(key: str) -> str:
    return f'st.secrets has no key "{key}". {_MISSING_ENTRY_HINT}'


def _missing_attr(name: str) -> str:
    return f'st.secrets has no attribute "{name}". {_MISSING_ENTRY_HINT}'


class AttrDict(Mapping[str, Any]):
    """A table of secrets, readable as items and as attributes."""

    def __init__(self, value: Mapping[str, Any]) -> None:
        self.__dict__["_values"] = dict(value)

    def __len__(self) -> int:
        return len(self._values)

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __getitem__(self, key: str) -> Any:
        try:
            return _wrap(self._values[key])
        except KeyError:
            raise KeyError(_missing_key(key)) from None

    def __getattr__(self, name: str) -> Any:
        try:
            return _wrap(self.__dict__["_values"][name])
        except KeyError:
            raise AttributeError(_missing_attr(name)) from None

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support attribute assignment.")

    def __repr__(self) -> str:
        return repr(self._values)

    def to_dict(self) -> dict[str, Any]:
        return {k: v.to_dict() if isinstance(v, AttrDict) else v for k, v in ((k, _wrap(v)) for k, v in self._values.items())}


def _wrap(value: Any) -> Any:
    return AttrDict(value) if isinstance(value, Mapping) else value


class Secrets(Mapping[str, Any]):
    """``st.secrets``: a read-only mapping over the app's secrets.toml."""

    def __init__(self) -> None:
        #: AppTest's ``at.secrets`` while its run lasts (None: read the file).
        self.override: dict[str, Any] | None = None
        self._cache: tuple[str, float, dict[str, Any]] | None = None

    @staticmethod
    def paths() -> list[str]:
        """Where Streamlit looks: the user's global file, then the app's own (which wins)."""
        return [os.path.join(os.path.expanduser("~"), ".streamlit", "secrets.toml"),
                os.path.join(os.getcwd(), ".streamlit", "secrets.toml")]

    def _parse(self) -> dict[str, Any]:
        if self.override is not None:
            return self.override
        found: dict[str, Any] = {}
        any_file = False
        for path in self.paths():
            try:
                mtime = os.stat(path).st_mtime
            except OSError:
                continue
            any_file = True
            if self._cache and self._cache[:2] == (path, mtime):
                found.update(self._cache[2])
                continue
            import tomllib  # on first use: most apps never read secrets

            try:
                with open(path, "rb") as f:
                    values = tomllib.load(f)
            except (OSError, tomllib.TOMLDecodeError) as err:
                raise StreamlitSecretNotFoundError(f"Error parsing secrets file at {path}: {err}") from None
            self._cache = (path, mtime, values)
            found.update(values)
        if not any_file:
            raise StreamlitSecretNotFoundError(
                "No secrets found. Valid paths for a secrets.toml file or secret directories are: "
                + ", ".join(self.paths()) + "." + _STATIC_SITE_HINT
            )
        for key, value in found.items():  # as Streamlit: plain values become environment variables
            if type(value) in (str, int, float):
                os.environ[key] = str(value)
        return found

    def __getitem__(self, key: str) -> Any:
        try:
            return _wrap(self._parse()[key])
        except KeyError:
            raise KeyError(_missing_key(key)) from None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return _wrap(self._parse()[name])
        except (KeyError, FileNotFoundError):
            raise AttributeError(_missing_attr(name)) from None

    def __len__(self) -> int:
        return len(self._parse())

    def __iter__(self) -> Iterator[str]:
        return iter(self._parse())

    def __contains__(self, key: object) -> bool:
        return key in self._parse()

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __setattr__(self, key: str, value: Any) -> None:
        # Only the loader's own attributes; a secret is never set from a script (1.67).
        if key not in ("override", "_cache"):
            raise TypeError("Secrets does not support attribute assignment.")
        super().__setattr__(key, value)

    def __delitem__(self, key: str) -> NoReturn:
        raise TypeError("Secrets does not support item deletion.")

    def __repr__(self) -> str:
        try:
            return repr(self._parse())
        except FileNotFoundError:
            return "Secrets"

    def to_dict(self) -> dict[str, Any]:
        return {k: v.to_dict() if isinstance(v, AttrDict) else v for k, v in ((k, _wrap(v)) for k, v in self._parse().items())}


secrets = Secrets()
