"""anchors.js: heading ids as Streamlit 1.67 writes them (@sindresorhus/slugify, its rules for Latin
text in the page's own code, the library itself for other scripts)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .node_eval import WEB_SRC, built_assets, node_json

#: ASCII headings: the page's own rules must give what npm's slugify gives.
ASCII = ["Q&A Section", "myTitle here", "Streamlit's app", "HTML5 APIs", "  --Hello,   World!-- ", "100% done!",
         "a_b-c d", "iPhone XR", "Ca va? Oui.", "tab\there", "XMLHttpRequest 2", "it's", "Dogs' toys", "A--B"]


@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_assets(tmp_path_factory)


def test_the_pages_rules_for_latin_headings_are_slugifys() -> None:
    node_modules = WEB_SRC.parent / "node_modules"
    got = node_json(f"""
        const {{ slugify }} = await import(src + "renderer/anchors.js");
        const {{ default: library }} = await import({json.dumps((node_modules / "@sindresorhus/slugify/index.js").as_uri())});
        const ascii = {json.dumps(ASCII)};
        console.log(JSON.stringify({{ ours: ascii.map(slugify), library: ascii.map((t) => library(t)),
                                     other: ["Привет", "日本語タイトル", "Über uns", "I ♥ NY"].map(slugify) }}));
    """)
    assert got["ours"] == got["library"]
    assert got["ours"][:4] == ["q-and-a-section", "my-title-here", "streamlits-app", "html-5-apis"]
    assert got["other"] == ["", "", "", ""]  # beyond ASCII: setAnchor asks the library


def test_headings_in_other_scripts_are_transliterated_as_streamlit_does(assets: Path) -> None:
    """The vendored slugify (its imports pointed at the vendored files) transliterates; a heading
    it leaves empty gets the hash (Streamlit 1.67's e2e value for 日本語タイトル)."""
    got = node_json(f"""
        import {{ createRequire }} from "node:module";
        import {{ join }} from "node:path";
        const nodeModules = {json.dumps(str(WEB_SRC.parent / "node_modules"))};
        const assets = {json.dumps(assets.as_uri() + "/")};
        const {{ JSDOM }} = createRequire(join(nodeModules, "package.json"))("jsdom");
        const dom = new JSDOM("<!doctype html><body></body>");
        const {{ setAnchor }} = await import(assets + "renderer/anchors.js");
        const ids = [];
        for (const text of ["Привет, мир", "Ελλάδα", "Data Данные", "日本語タイトル", "Über uns", "Ægir Øresund", "I ♥ NY", "Q&A"]) {{
          const heading = dom.window.document.createElement("h2");
          const link = dom.window.document.createElement("a");
          setAnchor(heading, link, text);
          ids.push([heading, link]);
        }}
        await new Promise((resolve) => setTimeout(resolve, 300));
        console.log(JSON.stringify(ids.map(([h, a]) => [h.id, a.getAttribute("href")])));
    """)
    assert got == [["privet-mir", "#privet-mir"], ["ellada", "#ellada"], ["data-dannye", "#data-dannye"],
                   ["d3b04b7a", "#d3b04b7a"], ["ueber-uns", "#ueber-uns"], ["a-egir-oresund", "#a-egir-oresund"],
                   ["i-love-ny", "#i-love-ny"], ["q-and-a", "#q-and-a"]]
