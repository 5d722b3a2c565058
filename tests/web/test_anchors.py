"""anchors.js: heading ids as Streamlit 1.67 writes them (@sindresorhus/slugify's rules for Latin text)."""

from __future__ import annotations

from .node_eval import node_json


def test_slugs_of_latin_headings() -> None:
    got = node_json("""
        const { slugify } = await import(src + "renderer/anchors.js");
        console.log(JSON.stringify(["Q&A Section", "myTitle here", "Streamlit's app", "Über café", "HTML5 APIs",
                                    "  --Hello,   World!-- ", "日本語タイトル", "Straße", "ÜberApp"].map(slugify)));
    """)
    # What @sindresorhus/slugify 3.0.1 (Streamlit's) gives for the same strings.
    assert got == ["q-and-a-section", "my-title-here", "streamlits-app", "ueber-cafe", "html-5-apis", "hello-world", "",
                   "strasse", "ueber-app"]
