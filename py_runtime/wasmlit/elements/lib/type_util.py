"""What kind of object a value is, told by its type's qualified name.

st.write chooses an element for a chart, a figure or an image without
importing altair, matplotlib, plotly or PIL: an app that writes none of them
never pays for their import. The names are the ones Streamlit 1.67 checks
(``streamlit.type_util``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_ALTAIR = re.compile(r"^altair\.vegalite\.v\d+\.api\.\w*Chart$")
_SYMPY = re.compile(r"^sympy.*$")
_PILLOW = re.compile(r"^PIL\..*")
_GRAPHVIZ = frozenset({"graphviz.dot.Graph", "graphviz.dot.Digraph", "graphviz.graphs.Graph",
                       "graphviz.graphs.Digraph", "graphviz.sources.Source"})
_PLOTLY_DICT_KEYS = frozenset({"config", "data", "frames", "layout"})


def type_name(obj: object) -> str:
    """The fully qualified name of ``obj``'s type (``pandas.core.frame.DataFrame``)."""
    kind = type(obj)
    return f"{kind.__module__}.{kind.__qualname__}"


def is_type(obj: object, name: str | re.Pattern[str]) -> bool:
    return bool(name.match(type_name(obj))) if isinstance(name, re.Pattern) else type_name(obj) == name


def is_altair_chart(obj: object) -> bool:
    return is_type(obj, _ALTAIR)


def is_matplotlib_figure(obj: object) -> bool:
    return is_type(obj, "matplotlib.figure.Figure")


def _is_plotly_object(obj: object) -> bool:
    return type(obj).__module__.startswith("plotly.graph_objs")


def _is_list_of_plotly_objects(obj: object) -> bool:
    return isinstance(obj, list) and bool(obj) and all(_is_plotly_object(item) for item in obj)


def is_plotly_chart(obj: object) -> bool:
    """A plotly Figure, a list of plotly traces, or a dict of a figure's parts holding some."""
    if is_type(obj, "plotly.graph_objs._figure.Figure") or _is_list_of_plotly_objects(obj):
        return True
    if not isinstance(obj, dict) or not obj or any(key not in _PLOTLY_DICT_KEYS for key in obj):
        return False
    return any(_is_plotly_object(v) or _is_list_of_plotly_objects(v) for v in obj.values())


def is_graphviz_chart(obj: object) -> bool:
    return type_name(obj) in _GRAPHVIZ


def is_sympy_expression(obj: object) -> bool:
    if not is_type(obj, _SYMPY):
        return False
    try:
        import sympy
    except ImportError:
        return False
    return isinstance(obj, sympy.Expr)


def is_pillow_image(obj: object) -> bool:
    return is_type(obj, _PILLOW)


def is_pydeck(obj: object) -> bool:
    return is_type(obj, "pydeck.bindings.deck.Deck")


def is_pydantic_model(obj: object) -> bool:
    """An instance (not the class) of a pydantic model."""
    if isinstance(obj, type):
        return False
    return any(f"{kind.__module__}.{kind.__qualname__}" == "pydantic.main.BaseModel" for kind in type(obj).__mro__)


def is_sequence_of_pydantic_models(obj: object) -> bool:
    return isinstance(obj, (list, tuple, set, frozenset)) and bool(obj) and is_pydantic_model(next(iter(obj)))


def dump_pydantic_sequence(models: Any) -> list[dict[str, Any]]:
    """The JSON-ready dicts of pydantic models (v2's model_dump, or v1's dict)."""
    return [m.model_dump(mode="json") if callable(getattr(m, "model_dump", None)) else m.dict() for m in models]


def is_custom_dict(obj: object) -> bool:
    """One of the runtime's own mappings (st.session_state, st.query_params, st.secrets ...)."""
    return (isinstance(obj, Mapping) and type(obj).__module__.startswith(("wasmlit", "streamlit"))
            and has_callable_attr(obj, "to_dict"))


def is_namedtuple(obj: object) -> bool:
    return isinstance(obj, tuple) and hasattr(obj, "_fields")


def has_callable_attr(obj: object, name: str) -> bool:
    return callable(getattr(obj, name, None))
