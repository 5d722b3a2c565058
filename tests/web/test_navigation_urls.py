"""page_urls.js: a page's URL path under the app's root, and the query
parameters a page switch keeps (Streamlit keeps only the embed ones)."""

from __future__ import annotations

from .node_eval import node_json


def test_page_paths_under_the_app_root() -> None:
    got = node_json("""
        const { pagePath, siteRoot } = await import(src + "page_urls.js");
        const root = siteRoot("https://host/site/index.html");
        console.log(JSON.stringify([
            root.href,
            pagePath(root, "https://host/site/"), pagePath(root, "https://host/site/index.html"),
            pagePath(root, "https://host/site/settings"), pagePath(root, "https://host/site/settings/"),
            pagePath(root, "https://host/site/settings/index.html?x=1"), pagePath(root, "https://host/site/Plot%20demo"),
            pagePath(root, "https://host/elsewhere/page"),
        ]));
    """)
    assert got == ["https://host/site/", "", "", "settings", "settings", "settings", "Plot demo", ""]


def test_a_page_switch_keeps_only_the_embed_query_params() -> None:
    got = node_json("""
        const { keptQuery } = await import(src + "page_urls.js");
        console.log(JSON.stringify([keptQuery("a=1&embed=true&embed_options=show_toolbar&b=2"), keptQuery("a=1"), keptQuery("")]));
    """)
    assert got == ["embed=true&embed_options=show_toolbar", "", ""]
