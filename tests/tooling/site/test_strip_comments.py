"""``wasmlit.tooling.site.strip_comments``: the page's JavaScript and CSS shipped without comments."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from wasmlit.tooling.site.strip_comments import strip_css, strip_js
from wasmlit.tooling.site.web import WEB_DIR, write_stripped

SOURCES = sorted((WEB_DIR / "src").rglob("*.js"))


def test_comments_go_and_what_only_looks_like_one_stays() -> None:
    source = (
        "const a = b / c; // half\n"
        "  const r = /[/]\\/*x/g; /* a note */ const s = '// not a comment';\n"
        "\n\n"
        "const t = `a ${ {x: 1}.x } /* text */ ${`nested ${2 / 1}`}`;\n"
        "/**\n * JSDoc\n */\n"
        "function f(x) { return /re/.test(x) /* why */ ? 1 : 2; }\n"
    )
    assert strip_js(source) == (
        "const a = b / c;\n"
        "const r = /[/]\\/*x/g;   const s = '// not a comment';\n"
        "const t = `a ${ {x: 1}.x } /* text */ ${`nested ${2 / 1}`}`;\n"
        "function f(x) { return /re/.test(x)   ? 1 : 2; }\n"
    )


def test_a_line_break_inside_a_comment_stays_a_line_break() -> None:
    # `return /*\n*/ x` returns undefined: automatic semicolon insertion must read it the same way.
    assert strip_js("function f() { return /*\n*/ 1 }") == "function f() { return\n1 }"
    assert strip_js("a/**/b") == "a b"


def test_a_template_keeps_its_indentation_and_a_string_its_continuation() -> None:
    source = "const html = `\n    <p>\n      x\n    </p>`;\nconst s = 'a\\\n   b';\n"
    assert strip_js(source) == source


def test_what_does_not_scan_is_shipped_as_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unterminated"):
        strip_js("const s = 'open")
    write_stripped("const s = 'open", tmp_path / "x.js")
    assert (tmp_path / "x.js").read_text() == "const s = 'open"


def test_css_loses_comments_and_keeps_strings() -> None:
    assert strip_css('/* theme */\n.a {\n  content: "/* x */"; /* why */\n  color: red;\n}\n') == \
        '.a {\ncontent: "/* x */";\ncolor: red;\n}\n'


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js checks the stripped modules' syntax")
def test_every_page_module_still_parses_and_is_stable(tmp_path: Path) -> None:
    assert len(SOURCES) > 50
    for source in SOURCES:
        stripped = strip_js(source.read_text(encoding="utf-8"))
        assert strip_js(stripped) == stripped, source
        module = tmp_path / f"{source.stem}.mjs"
        module.write_text(stripped, encoding="utf-8")
        proc = subprocess.run(["node", "--check", str(module)], capture_output=True, text=True)
        assert proc.returncode == 0, f"{source}: {proc.stderr[-500:]}"
