"""The README's table of Streamlit 1.67's ``st.*`` names, made from the code.

``python -m wasmlit.tooling.api_table`` prints it; ``--write`` puts it into
README.md between its markers. A test compares the README with what this
module makes, so the table cannot go stale.

A name *works* when ``wasmlit.api.st`` binds it; it *cannot work in a
browser* when it is one of ``api/auth.py``'s static-site names (each raises
one error saying why and what to do); otherwise it raises
``StreamlitUnsupportedError`` ("not in wasmlit yet").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wasmlit.api import st
from wasmlit.api.auth import STATIC_SITE_ONLY
from wasmlit.api.streamlit_names import REMOVED_NAMES, STREAMLIT_API_NAMES

README = Path(__file__).resolve().parents[3] / "README.md"
BEGIN = "<!-- api-table:begin (made by `python -m wasmlit.tooling.api_table --write`) -->"
END = "<!-- api-table:end -->"


def status(name: str) -> str:
    if name in STATIC_SITE_ONLY:
        return f"cannot work in a browser: {STATIC_SITE_ONLY[name]} (raises an error that says what to do)"
    if name in dir(st):  # dir: the chart and grid commands are bound on first use
        return "works"
    return "not in wasmlit yet (raises `StreamlitUnsupportedError`)"


def table() -> str:
    rows = [f"| `st.{name}` | {status(name)} |" for name in sorted(STREAMLIT_API_NAMES, key=str.lower)]
    works = sum(1 for name in STREAMLIT_API_NAMES if status(name) == "works")
    removed = ", ".join(f"`st.{n}`" for n in sorted(REMOVED_NAMES))
    return "\n".join([
        f"{works} of the {len(STREAMLIT_API_NAMES)} public `st.*` names of Streamlit 1.67 work.",
        "",
        "| name | in wasmlit |",
        "|---|---|",
        *rows,
        "",
        f"Removed names answer as Streamlit 1.67 does (\"st.experimental_rerun has been removed. Use st.rerun instead.\"): {removed}.",
    ])


def block() -> str:
    return f"{BEGIN}\n{table()}\n{END}"


def readme_block(text: str) -> str | None:
    start, end = text.find(BEGIN), text.find(END)
    return None if start < 0 or end < 0 else text[start:end + len(END)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update README.md between its markers")
    args = parser.parse_args(argv)
    if not args.write:
        print(block())
        return 0
    text = README.read_text(encoding="utf-8")
    current = readme_block(text)
    if current is None:
        print(f"README.md has no {BEGIN!r} ... {END!r} markers.", file=sys.stderr)
        return 1
    README.write_text(text.replace(current, block()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
