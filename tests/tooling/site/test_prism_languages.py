"""The build's table of Prism languages (web.py, write_prism_languages): a literal
``import()`` per language file that exists, what each needs first, and the aliases
(``py``, ``js``) that st.code's ``language`` may use."""

from __future__ import annotations

import json
import re
from pathlib import Path

from wasmlit.tooling.site.web import WEB_DIR, write_prism_languages

COMPONENTS = WEB_DIR / "node_modules" / "prismjs" / "components.json"


def build_table(tmp_path: Path, languages: dict[str, dict[str, object]], files: list[str]) -> str:
    components = tmp_path / "components.json"
    components.write_text(json.dumps({"languages": {"meta": {"path": "x"}, **languages}}), encoding="utf-8")
    folder = tmp_path / "prism"
    folder.mkdir()
    for name in files:
        (folder / f"prism-{name}.min.js").write_text("", encoding="utf-8")
    write_prism_languages(components, folder / "languages.js")
    return (folder / "languages.js").read_text(encoding="utf-8")


def test_each_language_with_a_file_gets_a_literal_loader_its_requirements_and_aliases(tmp_path: Path) -> None:
    text = build_table(tmp_path, {
        "clike": {"title": "C-like"},
        "javascript": {"require": "clike", "alias": "js"},
        "python": {"alias": ["py"]},
        "missing": {"title": "no file"},
    }, ["clike", "javascript", "python"])
    assert '"python": () => import("./prism-python.min.js"),' in text  # literal: the hashing rewrites it
    assert "missing" not in text
    requires = json.loads(re.search(r"export const requires = (.*);", text).group(1))
    aliases = json.loads(re.search(r"export const aliases = (.*);", text).group(1))
    assert requires == {"javascript": ["clike"]}
    assert aliases == {"js": "javascript", "py": "python"}


def test_the_real_table_knows_the_languages_streamlit_users_write(tmp_path: Path) -> None:
    real = json.loads(COMPONENTS.read_text(encoding="utf-8"))["languages"]
    text = build_table(tmp_path, {k: v for k, v in real.items() if k != "meta"}, [k for k in real if k != "meta"])
    for language in ("python", "sql", "bash", "json", "yaml", "javascript", "typescript", "rust", "r"):
        assert f'"{language}": () => import(' in text, language
    aliases = json.loads(re.search(r"export const aliases = (.*);", text).group(1))
    assert aliases["py"] == "python" and aliases["sh"] == "bash"
