"""What st.vega_lite_chart does to a spec before it travels (Streamlit's
``vega_charts.py`` helpers): the default ``autosize``, null legend titles,
data pulled out of the spec (a table travels as columnar JSON beside it;
GeoJSON stays inside), stable names for Altair's numbered parameters and
views, and the names of the spec's selection parameters."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from wasmlit.elements.lib.chart_data import payload, records_payload, to_frame
from wasmlit.errors import StreamlitAPIException

_COMPOSITIONS = ("hconcat", "vconcat", "concat", "layer", "facet", "repeat")
_GEOMETRY_TYPES = frozenset({"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"})


def is_facet(spec: Mapping[str, Any]) -> bool:
    encoding = spec.get("encoding")
    return "facet" in spec or (isinstance(encoding, Mapping) and any(k in encoding for k in ("row", "column", "facet")))


def has_nested_composition(spec: Mapping[str, Any]) -> bool:
    items = spec.get("vconcat")
    return isinstance(items, list) and any(isinstance(i, Mapping) and any(k in i for k in _COMPOSITIONS)
                                           for i in items)


def default_width(spec: Mapping[str, Any]) -> str:
    """A chart that fills its container, except facets, hconcat and repeat."""
    narrow = is_facet(spec) or "hconcat" in spec or "repeat" in spec or has_nested_composition(spec)
    return "content" if narrow else "stretch"


def prepare_spec(spec: Mapping[str, Any], use_container_width: bool) -> dict[str, Any]:
    """A copy of the spec with Streamlit's default ``autosize`` and no null legend title."""
    spec = dict(spec)
    if not spec:
        raise StreamlitAPIException("The `spec` parameter is required. Vega-Lite charts require a non-empty spec dict.")
    if "autosize" not in spec:
        nested = has_nested_composition(spec)
        if "vconcat" in spec and use_container_width:
            spec["autosize"] = {"type": "pad" if nested else "fit-x", "contains": "padding"}
        elif is_facet(spec) or (nested and not use_container_width):
            spec["autosize"] = {"type": "pad", "contains": "padding"}
        else:
            spec["autosize"] = {"type": "fit", "contains": "padding"}
    encoding = spec.get("encoding")
    if isinstance(encoding, Mapping) and isinstance(encoding.get("color"), Mapping):
        color = dict(encoding["color"])
        if "title" in color and color["title"] is None:
            color["title"] = " "
        legend = color.get("legend")
        if isinstance(legend, Mapping) and "title" in legend and legend["title"] is None:
            color["legend"] = {**legend, "title": " "}
        spec["encoding"] = {**encoding, "color": color}
    return spec


def is_geo(data: Any) -> bool:
    """GeoJSON or TopoJSON geometry, which Vega-Lite reads itself (not a table)."""
    if isinstance(data, Mapping):
        kind = data.get("type")
        if kind == "FeatureCollection" and "features" in data:
            return True
        if kind == "Feature" and "geometry" in data:
            return True
        if kind == "GeometryCollection" and "geometries" in data:
            return True
        if kind in _GEOMETRY_TYPES and "coordinates" in data:
            return True
        if kind is None or kind == "Topology":
            return isinstance(data.get("arcs"), list) and isinstance(data.get("objects"), Mapping)
        return False
    if isinstance(data, list) and data:
        first = data[0]
        return isinstance(first, Mapping) and first.get("type") == "Feature" and "geometry" in first
    return False


def to_payload(data: Any) -> dict[str, Any]:
    """Any table (records, a DataFrame, a dict of lists...) as columnar JSON."""
    if isinstance(data, list) and data and all(isinstance(r, Mapping) for r in data):
        return records_payload(data)
    return payload(to_frame(data).columns)


def marshall_data(spec: dict[str, Any], data: Any) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """Pull the data out of ``spec`` (in place): ``(inline data, named datasets)``."""
    datasets: list[dict[str, Any]] = []
    if "datasets" in spec:
        remaining: dict[str, Any] = {}
        for name, values in dict(spec["datasets"]).items():
            if is_geo(values):
                remaining[str(name)] = values
            else:
                datasets.append({"name": str(name), "data": to_payload(values)})
        if remaining:
            spec["datasets"] = remaining
        else:
            del spec["datasets"]
    if "data" in spec:
        data_spec = spec["data"]
        if isinstance(data_spec, Mapping):
            if "values" in data_spec and not is_geo(data_spec["values"]):
                data = data_spec["values"]
                del spec["data"]
        elif not is_geo(data_spec):
            data = data_spec
            del spec["data"]
    return (to_payload(data) if data is not None else None), datasets


def _reset_counter(prefix: str, text: str) -> str:
    pattern = re.compile(rf'"{prefix}[0-9a-f]+(?:_[0-9]+)?"')
    matches = list(dict.fromkeys(pattern.findall(text)))
    if matches:
        marker = "__replace_prefix_o9hd101n22e1__"
        for counter, match in enumerate(matches, start=1):
            text = text.replace(match, f'"{marker}{prefix}{counter}"')
        text = text.replace(marker, "")
    return text


def stable_spec_text(spec: dict[str, Any]) -> str:
    """The spec as JSON text, with Altair's counted names (``param_7``,
    ``view_3``) numbered from 1 so the text stays the same across reruns."""
    geo = {k: spec.pop(k) for k in ("datasets",) if k in spec}
    text = json.dumps(spec)
    if '"params"' in text:
        text = _reset_counter("param_", text)
    if re.search(r'"(vconcat|hconcat|facet|layer|concat|repeat)"', text):
        text = _reset_counter("view_", text)
    if geo:
        restored = json.loads(text)
        restored.update(geo)
        text = json.dumps(restored)
    return text


def selection_parameters(spec: Any) -> set[str]:
    """Names of the spec's selection parameters, at any level of the view tree."""
    if not isinstance(spec, Mapping) or not spec:
        return set()
    names: set[str] = set()
    if isinstance(spec.get("params"), list):
        for param in spec["params"]:
            if isinstance(param, Mapping) and param.get("name") and param.get("select"):
                names.add(param["name"])
    for key in ("layer", "hconcat", "vconcat", "concat"):
        if isinstance(spec.get(key), list):
            for child in spec[key]:
                names |= selection_parameters(child)
    if isinstance(spec.get("spec"), Mapping):
        names |= selection_parameters(spec["spec"])
    return names


def parse_selection_mode(spec: Mapping[str, Any], selection_mode: str | Iterable[str] | None) -> list[str]:
    """The selection parameters to activate (all of them by default)."""
    available = selection_parameters(spec)
    if not available:
        raise StreamlitAPIException(
            "Selections are activated, but the provided chart spec does not have any selections defined. To add "
            "selections to `st.altair_chart`, check out the documentation "
            "[here](https://altair-viz.github.io/user_guide/interactions.html#selections-capturing-chart-interactions)."
            " For adding selections to `st.vega_lite_chart`, take a look at the specification "
            "[here](https://vega.github.io/vega-lite/docs/selection.html)."
        )
    if selection_mode is None:
        return sorted(available)
    modes = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in modes:
        if name not in available:
            raise StreamlitAPIException(
                f"Selection parameter '{name}' is not defined in the chart spec. "
                f"Available selection parameters are: {available}."
            )
    return sorted(modes)
