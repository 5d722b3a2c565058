"""The README's table of st.* names is the one the code makes, and it covers every name."""

from __future__ import annotations

from wasmlit.api.auth import STATIC_SITE_ONLY
from wasmlit.api.streamlit_names import STREAMLIT_API_NAMES
from wasmlit.tooling import api_table


def test_readme_table_matches_the_code():
    current = api_table.readme_block(api_table.README.read_text(encoding="utf-8"))
    assert current is not None, "README.md lost its api-table markers"
    assert current == api_table.block(), "README.md's API table is stale. Fix: python -m wasmlit.tooling.api_table --write"


def test_every_name_has_one_of_three_statuses_and_the_new_commands_work():
    statuses = {name: api_table.status(name) for name in STREAMLIT_API_NAMES}
    assert all(s == "works" or s.startswith(("cannot work in a browser", "not in wasmlit yet")) for s in statuses.values())
    for name in ("datetime_input", "pagination", "menu_button", "skeleton", "audio_input", "camera_input",
                 "mermaid_chart", "pdf", "iframe", "grid", "logo", "secrets", "badge", "latex"):
        assert statuses[name] == "works", name
    for name in STATIC_SITE_ONLY:
        assert statuses[name].startswith("cannot work in a browser"), name
