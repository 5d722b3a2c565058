"""The option of an st.echarts_chart, checked and prepared as Streamlit 1.67
does (elements/echarts_chart.py calls it): JSON text and pyecharts charts
parsed, what core ECharts cannot draw refused with 1.67's messages,
dataframe sources taken out of the option, and "content" sizes resolved.
In the runtime's lazy part: an app without ECharts never downloads it."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from wasmlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

if TYPE_CHECKING:
    from wasmlit.elements.lib.event_utils import EChartsState

# Series and components of the ECharts GL extension (not bundled: ECharts would draw nothing).
_GL_SERIES_TYPES = frozenset({
    "bar3D", "flowGL", "globe", "graphGL", "line3D", "lines3D", "linesGL", "map3D", "polygons3D",
    "scatter3D", "scatterGL", "surface",
})
_GL_COMPONENT_KEYS = frozenset({"geo3D", "globe", "grid3D", "mapbox3D", "maptalks3D"})
_EXTENSION_SERIES_TYPES = {"liquidFill": "echarts-liquidfill", "wordCloud": "echarts-wordcloud"}
# pyecharts writes JavaScript as bare `function (` in dump_options, or wraps it in this sentinel.
_BARE_JS_FUNCTION = re.compile(r"\bfunction\s*\(")
_JSCODE = "--x_x--"
# pyecharts' own InitOpts defaults: sizes the author did not choose.
_PYECHARTS_DEFAULTS = {"width": "900px", "height": "500px"}
_CONTENT_SIZES = {"width": 700, "height": 350}


def selection_state(wire: Any) -> EChartsState:
    """The page's JSON text as the event state; nothing selected when there is none yet."""
    from wasmlit.elements.lib.event_utils import EChartsState
    state: Any = json.loads(wire) if isinstance(wire, str) and wire else None
    if not isinstance(state, dict) or not isinstance(state.get("selection"), dict):
        state = {"selection": {}}
    state["selection"].setdefault("selected", [])
    state["selection"].setdefault("areas", [])
    return EChartsState(state)


def _js_callback_error() -> StreamlitAPIException:
    return StreamlitAPIException(
        "The provided ECharts spec contains JavaScript callbacks (e.g. `function` values or `JsCode`), which "
        "`st.echarts_chart` does not support. Only JSON-compatible option objects are supported. Use ECharts "
        "string-template formatters instead of JavaScript functions."
    )


def _has_jscode(value: Any) -> bool:
    """A pyecharts ``JsCode`` value anywhere (a label merely mentioning the sentinel is not one)."""
    if isinstance(value, str):
        text = value.strip()
        return text.startswith(_JSCODE) and text.endswith(_JSCODE) and len(text) > 2 * len(_JSCODE)
    if isinstance(value, dict):
        return any(map(_has_jscode, value.values()))
    if isinstance(value, (list, tuple)):
        return any(map(_has_jscode, value))
    return False


def _load_json(text: str) -> Any:
    try:
        option = json.loads(text)
    except (TypeError, ValueError) as ex:
        rest = text[ex.pos:] if isinstance(ex, json.JSONDecodeError) else text
        if _BARE_JS_FUNCTION.search(rest) or "=>" in rest:
            raise _js_callback_error() from ex
        raise StreamlitAPIException(
            "The provided ECharts spec could not be parsed as JSON. "
            "`st.echarts_chart` only supports JSON-compatible option objects."
        ) from ex
    if _has_jscode(option):
        raise _js_callback_error()
    return option


def _variants(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The option and the options it nests: ``baseOption``, timeline ``options`` and ``media[*].option``."""
    def with_media(o: dict[str, Any]) -> Iterator[dict[str, Any]]:
        yield o
        media = o.get("media")
        for entry in media if isinstance(media, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("option"), dict):
                yield entry["option"]

    yield from with_media(option)
    if isinstance(option.get("baseOption"), dict):
        yield from with_media(option["baseOption"])
    timeline = option.get("options")
    if timeline is not None and not isinstance(timeline, list):
        raise StreamlitAPIException(
            "The provided ECharts spec has a `options` value that is not a list. "
            "`st.echarts_chart` only supports JSON-compatible option objects."
        )
    for entry in timeline or []:
        if isinstance(entry, dict):
            yield from with_media(entry)


def _dicts(value: Any) -> list[dict[str, Any]]:
    """One dict or a list of them (``series``, ``dataset``, ``toolbox``...)."""
    if isinstance(value, dict):
        return [value]
    return [v for v in value if isinstance(v, dict)] if isinstance(value, (list, tuple)) else []


def _series(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for variant in _variants(option):
        yield from _dicts(variant.get("series"))


def enables_selection(option: dict[str, Any]) -> bool:
    """Does the option let a user select: a series' ``selectedMode``, a ``brush``, or a toolbox brush?"""
    for variant in _variants(option):
        if "brush" in variant:
            return True
        if any(isinstance(t.get("feature"), dict) and "brush" in t["feature"] for t in _dicts(variant.get("toolbox"))):
            return True
    return any(s.get("selectedMode") for s in _series(option))


def _check_supported(option: dict[str, Any]) -> None:
    """Refuse what core ECharts would draw as nothing (GL, extensions, custom series, maps)."""
    gl = sorted(key for variant in _variants(option) for key in _GL_COMPONENT_KEYS & variant.keys())
    if gl:
        raise StreamlitAPIException(
            f"The provided ECharts spec uses the `{gl[0]}` component, which requires the ECharts GL extension. "
            "`st.echarts_chart` does not support 3D or WebGL charts."
        )
    uses_geo = any("geo" in variant for variant in _variants(option))
    for series in _series(option):
        kind = series.get("type")
        uses_geo = uses_geo or kind == "map" or series.get("coordinateSystem") == "geo"
        if kind in _GL_SERIES_TYPES:
            raise StreamlitAPIException(
                f"The provided ECharts spec uses the `{kind}` series, which requires the ECharts GL extension. "
                "`st.echarts_chart` does not support 3D or WebGL charts."
            )
        if isinstance(kind, str) and kind in _EXTENSION_SERIES_TYPES:
            raise StreamlitAPIException(
                f"The provided ECharts spec uses the `{kind}` series, which requires the "
                f"`{_EXTENSION_SERIES_TYPES[kind]}` extension. `st.echarts_chart` bundles only core ECharts, so "
                "this chart would render empty."
            )
        if kind == "custom":
            raise StreamlitAPIException(
                "The provided ECharts spec uses a `custom` series, which requires a JavaScript `renderItem` "
                "callback. `st.echarts_chart` only supports JSON-compatible option objects, so custom series "
                "are not supported."
            )
    if uses_geo:
        raise StreamlitAPIException(
            "The provided ECharts spec uses a map or geo coordinate system, which requires registering GeoJSON "
            "map data. `st.echarts_chart` does not support map charts."
        )


def _is_table(source: Any) -> bool:
    """A dataframe-like source (pandas, numpy, Arrow, Polars...); lists and dicts are ECharts' own formats."""
    from wasmlit.elements.lib.dataframe_util import COLUMN_SERIES_MAPPING, determine_data_format
    if source is None or isinstance(source, (list, tuple, set, str, bytes, int, float, bool)):
        return False
    if isinstance(source, Mapping):
        return determine_data_format(source) == COLUMN_SERIES_MAPPING
    return type(source).__module__.split(".")[0] in ("pandas", "numpy", "pyarrow", "polars")


def _copy(value: Any) -> Any:
    """The option's dicts and lists copied (so the user's object is left alone), tables kept as they are."""
    if isinstance(value, dict):
        return {k: v if k == "source" and _is_table(v) else _copy(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)) and any(isinstance(v, dict) for v in value):
        return [_copy(v) for v in value]
    return value


def _take_tables(option: dict[str, Any]) -> list[dict[str, Any]]:
    """Each dataframe ``dataset.source`` becomes ``{"name": <hash>}``; its columns are returned, once per table."""
    from wasmlit.elements.lib.chart_data import dataset_name, payload, to_frame
    tables: dict[str, dict[str, Any]] = {}
    for variant in _variants(option):
        for dataset in _dicts(variant.get("dataset")):
            if not _is_table(dataset.get("source")):
                continue
            frame = to_frame(dataset["source"])
            names = [str(c.name) for c in frame.columns]
            doubled = sorted({n for n in names if names.count(n) > 1})
            if doubled:
                raise StreamlitAPIException(
                    f"The ECharts dataset.source has duplicate column labels: {', '.join(doubled)}. Labels are "
                    "compared as strings, so 1 and \"1\" also collide. Rename the columns so each label is unique."
                )
            data = payload(frame.columns)
            name = dataset_name(data)
            tables.setdefault(name, {"name": name, "data": data})
            dataset["source"] = {"name": name}
    return list(tables.values())


def normalize(spec: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    if isinstance(spec, str):
        option = _load_json(spec)
    elif isinstance(spec, Mapping):
        option = _copy(dict(spec))
    elif callable(getattr(spec, "dump_options", None)):
        option = _load_json(str(spec.dump_options()))
    else:
        raise StreamlitInvalidParameterTypeError("spec", type(spec).__name__, ["dict", "str", "pyecharts chart"])
    if not isinstance(option, dict):
        raise StreamlitInvalidParameterTypeError("spec", type(option).__name__, ["dict"],
                                                 detail="An ECharts spec must be a JSON object (mapping).")
    _check_supported(option)
    return option, _take_tables(option)


def serialize(option: dict[str, Any]) -> str:
    try:
        return json.dumps(option, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as ex:
        try:
            found = _first_unserializable(option, "")
        except RecursionError:  # a circular option: no one value is to blame
            found = None
        detail = f" `{found[0]}` is {found[1]}." if found else ""
        raise StreamlitAPIException(
            f"The provided ECharts spec is not JSON-serializable.{detail} `st.echarts_chart` only supports "
            "JSON-compatible option objects. Pass chart data as a dataframe in `dataset.source`, which converts "
            "datetimes, NumPy values, and missing values automatically. Values anywhere else (for example "
            "`series.data`) must already be plain Python values such as `int`, `float`, `str`, `None`, lists, "
            "and dicts."
        ) from ex


def _first_unserializable(value: Any, path: str) -> tuple[str, str] | None:
    """The option path of the first value JSON refuses, and what to say about it."""
    if isinstance(value, float) and not isinstance(value, bool):
        if math.isfinite(value):
            return None
        return path, f"`{'NaN' if math.isnan(value) else repr(value)}`. Use `None` for missing or non-finite numbers"
    if value is None or isinstance(value, (str, int)):
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if (found := _first_unserializable(item, f"{path}.{key}" if path else str(key))) is not None:
                return found
        return None
    if isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            if (found := _first_unserializable(item, f"{path}[{i}]")) is not None:
                return found
        return None
    return path, _describe(value)


def _describe(value: Any) -> str:
    """Name a value JSON refuses, and the fix (Streamlit's wording)."""
    kind = type(value)
    module = kind.__module__.split(".")[0]
    description = f"a `{kind.__qualname__ if module == 'builtins' else f'{module}.{kind.__qualname__}'}`"
    if module == "numpy" and getattr(value, "shape", None) == ():  # a numpy scalar
        return f"{description}. Convert it with `int()`, `float()`, or `bool()`"
    if module == "pandas" and kind.__name__ in ("NaTType", "NAType"):
        return f"{description}. Use `None` for missing values"
    if isinstance(value, (dt.date, dt.time)):
        return f"{description}. Convert it with `.isoformat()`"
    if _is_table(value):
        return f"{description}. Only `dataset.source` accepts dataframes and arrays, so pass the data there"
    if callable(value):
        return f'{description}. Use an ECharts string template such as `"{{b}}: {{c}}"` instead of a callback'
    return f"{description}. Convert it to a plain Python value"


def content_size(value: Any, spec: Any, which: str) -> Any:
    """"content": a pyecharts chart's own size (pixels, or "100%" as stretch), else Streamlit's default."""
    if value != "content":
        return value
    own = getattr(spec, which, None)
    if isinstance(own, (int, float)) and not isinstance(own, bool) and own > 0:
        return int(own)
    if isinstance(own, str) and own.strip() and own.strip() != _PYECHARTS_DEFAULTS[which]:
        text = own.strip()
        if text == "100%":
            return "stretch"
        if (match := re.fullmatch(r"(\d+(?:\.\d+)?)\s*px", text)) and int(float(match.group(1))) > 0:
            return int(float(match.group(1)))
    return _CONTENT_SIZES[which]
