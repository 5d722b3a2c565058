"""``streamlit.components.v1`` (HTML in a sandboxed iframe, and custom
components with their own frontend) and ``streamlit.components.v2``.

A v1 custom component is a folder of static files (its frontend's build)
inside the app's folder, which the site publishes with the app; its frame
loads ``app/<folder>/index.html``. A ``url`` (a component's dev server) is
loaded as given."""

from __future__ import annotations

import os
from typing import Any

from wasmlit.api.delta_generator import COMPONENTS, adopt_family, adopt_mixin, main_dg
from wasmlit.errors import StreamlitAPIException


def html(html: str, width: int | None = None, height: int | None = None, scrolling: bool = False, *, tab_index: int | None = None) -> Any:
    adopt_family("iframe")
    return main_dg._iframe(srcdoc=str(html), width=width, height=height, scrolling=scrolling)


def iframe(src: str, width: int | None = None, height: int | None = None, scrolling: bool = False, *, tab_index: int | None = None) -> Any:
    adopt_family("iframe")
    return main_dg._iframe(src=str(src), width=width, height=height, scrolling=scrolling)


class CustomComponent:
    """What ``declare_component`` returns: call it to draw an instance."""

    def __init__(self, name: str, url: str) -> None:
        self.name = name
        self.url = url

    def __call__(self, *args: Any, default: Any = None, key: str | None = None, on_change: Any = None,
                 tab_index: int | None = None, **kwargs: Any) -> Any:
        return self.create_instance(*args, default=default, key=key, on_change=on_change, tab_index=tab_index, **kwargs)

    def create_instance(self, *args: Any, default: Any = None, key: str | None = None, on_change: Any = None,
                        tab_index: int | None = None, **kwargs: Any) -> Any:
        if args:
            raise StreamlitAPIException(f"Argument '{args[0]}' needs a label")
        if tab_index is not None and (not isinstance(tab_index, int) or isinstance(tab_index, bool) or tab_index < -1):
            raise StreamlitAPIException("Invalid `tab_index` value. Supported values: None, -1, a non-negative integer.")
        adopt_mixin(*COMPONENTS)
        return main_dg._component_instance(self.name, self.url, kwargs, default=default, key=key, on_change=on_change,
                                           tab_index=tab_index)

    def __repr__(self) -> str:
        return f"CustomComponent(name={self.name!r}, url={self.url!r})"


def declare_component(name: str, path: str | os.PathLike[str] | None = None, url: str | None = None) -> CustomComponent:
    """A component served from ``path`` (a folder inside the app's folder) or ``url``."""
    if (path is None) == (url is None):
        raise StreamlitAPIException("Either 'path' or 'url' must be set, but not both.")
    if url is not None:
        return CustomComponent(name, str(url))
    folder = os.path.abspath(os.fspath(path))  # type: ignore[arg-type]
    app_dir = os.getcwd()
    rel = os.path.relpath(folder, app_dir)
    if rel.startswith(os.pardir) or os.path.isabs(rel):
        raise StreamlitAPIException(
            f"The custom component {name!r} is served from {folder}, outside the app's folder ({app_dir}). "
            "A wasmlit site publishes only the app's folder. Fix: copy the component's build folder into the "
            "app's folder (for example `frontend/build/` beside app.py) and pass that path."
        )
    if not os.path.isfile(os.path.join(folder, "index.html")):
        raise StreamlitAPIException(
            f"The custom component {name!r} has no index.html in {folder}. Fix: build its frontend "
            "(`npm run build`) and pass the build folder as `path`."
        )
    rel_url = "/".join(rel.split(os.sep)) if rel != os.curdir else ""
    return CustomComponent(name, f"app/{rel_url}/index.html" if rel_url else "app/index.html")
