"""Write ``streamlit_chart_specs.json``: what real Streamlit 1.67 builds for
each case of ``chart_cases.py`` (the Vega-Lite spec, and the rows of its data).

Run it with a real Streamlit, e.g. the benchmark's venv (``python -m bench``
creates it; it has pandas and pyarrow)::

    bench/.venv-streamlit/bin/python tests/elements/make_chart_references.py
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from chart_cases import CASES, OTHER, app_source  # noqa: E402


def plain(value: Any) -> Any:
    """A row value as JSON: datetimes as ISO text, NaN as None."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day).isoformat()
    return value


def rows(arrow_bytes: bytes) -> list[dict[str, Any]]:
    import pyarrow as pa

    table = pa.ipc.open_stream(arrow_bytes).read_all()
    names = [n for n in table.column_names if not n.startswith("__index_level_")]
    return [{k: plain(r[k]) for k in names} for r in table.select(names).to_pylist()]


def main() -> None:
    import streamlit
    from streamlit.testing.v1 import AppTest

    out: dict[str, Any] = {"streamlit": streamlit.__version__, "cases": {}}
    for name, body in CASES.items():
        at = AppTest.from_string(app_source(body), default_timeout=30).run()
        if at.exception:
            out["cases"][name] = {"exception": at.exception[0].value}
            continue
        [chart] = at.get("vega_lite_chart")
        proto = chart.proto
        spec = json.loads(proto.spec)
        datasets = {d.name: rows(d.data.data) for d in proto.datasets}
        out["cases"][name] = {
            "spec": spec,
            "data": rows(proto.data.data) if proto.data.data else None,
            "datasets": datasets,
            "theme": proto.theme,
            "use_container_width": proto.use_container_width,
            "selection_mode": list(proto.selection_mode),
            "value": chart.value,
        }
    out["other"] = {}
    for name, (body, element_type, fields) in OTHER.items():
        at = AppTest.from_string(app_source(body), default_timeout=30).run()
        [element] = at.get(element_type)
        out["other"][name] = {f: getattr(element.proto, f) for f in fields}
    (HERE / "streamlit_chart_specs.json").write_text(json.dumps(out, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
