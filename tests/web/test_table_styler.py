"""st.table draws a pandas Styler as 1.67's does: every cell declaration, the table styles
(``set_table_styles``) scoped to this table, pandas' classes on its cells, and the caption under it. What the engine sends,
drawn by the real renderer (web/src/renderer/elements/table.js) in jsdom."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from wasmlit.elements.lib.styler import _table_styles
from wasmlit.testing import AppTest
from wasmlit.tooling.site.web import WEB_DIR

from .node_eval import JSDOM_GLOBALS, built_assets

SCRIPT = """
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
const [assets, nodeModules, propsJson] = process.argv.slice(-3);
""" + JSDOM_GLOBALS + """const { views } = await import(pathToFileURL(join(assets, "renderer/elements/table.js")).href);
const props = JSON.parse(propsJson);
const view = views.table();
document.body.append(view.el);
view.update({ props });
const first = {
  sheet: view.el.querySelector("style")?.textContent ?? null,
  scope: view.el.dataset.wlStyler ?? null,
  caption: view.el.querySelector(".wl-table-caption")?.textContent ?? null,
  cells: [...view.el.querySelectorAll("td")].map((td) => td.getAttribute("style")),
  classes: [...view.el.querySelectorAll("th, td")].map((c) => c.className),
};
// The same table without a Styler (a rerun changed it): no sheet, no caption left behind.
view.update({ props: { ...props, data: { ...props.data, styler: undefined } } });
const plain = { sheet: view.el.querySelector("style"), scope: view.el.dataset.wlStyler ?? null,
                caption: view.el.querySelector(".wl-table-caption"),
                classes: [...view.el.querySelectorAll("th, td")].map((c) => c.className) };
console.log(JSON.stringify({ first, plain }));
"""


@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_assets(tmp_path_factory)


def test_a_stylers_table_styles_and_caption_are_drawn_scoped_to_its_table(assets: Path) -> None:
    at = AppTest.from_string('''
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"name": ["ada", "bob"]})
        st.table(df.style.map(lambda v: "font-weight: bold" if v == "bob" else "")
                 .set_table_styles([{"selector": "th", "props": "background-color: #1f3b73; color: white"},
                                    {"selector": "", "props": "border: 1px solid red"}])
                 .set_caption("Spring term"))
    ''').run()
    props = at.table[0]._node.props
    res = subprocess.run(["node", "--input-type=module", "-e", SCRIPT, str(assets), str(WEB_DIR / "node_modules"),
                          json.dumps(props)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    out = json.loads(res.stdout)
    first = out["first"]
    scope = first["scope"]
    assert scope
    assert first["sheet"] == (f'[data-wl-styler="{scope}"] .wl-st-table {{\n'
                              "th { background-color: #1f3b73; color: white; }\nborder: 1px solid red;\n}")
    assert first["caption"] == "Spring term"
    assert first["cells"] == [None, "font-weight: bold"]
    # pandas' own classes, as 1.67 gives a Styler's cells, so table styles can aim at "th.col_heading" or ".row1".
    assert first["classes"] == ["col_heading level0 col0", "data row0 col0", "data row1 col0"]
    assert out["plain"] == {"sheet": None, "scope": None, "caption": None, "classes": ["", "", ""]}


def test_table_styles_that_could_leave_the_table_are_dropped_and_quoted_ones_stay() -> None:
    translated = {"table_styles": [
        {"selector": "th", "props": [("color", "red")]},
        {"selector": "} body { color: red", "props": [("color", "red")]},
        {"selector": 'td[title="x"]', "props": [("color", "red")]},
        {"selector": 'td[title="}</style>"]', "props": [("color", "red")]},
        {"selector": 'td[title="x]', "props": [("color", "red")]},
        {"selector": "td /* x */", "props": [("color", "red")]},
        {"selector": "@media print", "props": [("color", "red")]},
        {"selector": "td:hover", "props": [("background-image", "url(x.png)")]},
        {"selector": "tr:nth-child(even)  td", "props": [("background", "#eee")]},
    ]}
    # Quotes in pairs, around harmless text, stay (1.67 applies an attribute selector too).
    assert _table_styles(translated) == [["th", "color: red"], ['td[title="x"]', "color: red"],
                                         ["tr:nth-child(even) td", "background: #eee"]]
