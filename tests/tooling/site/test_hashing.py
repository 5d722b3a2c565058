"""Content-hashed asset names, with ES imports rewritten to match."""

from __future__ import annotations

from pathlib import Path

import pytest

from wasmlit.tooling.site.hashing import HashingError, hash_assets, hashed_name, module_graph, module_imports


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)


def test_hashed_name_keeps_the_extension() -> None:
    assert hashed_name("renderer/dom.js", "abc") == "renderer/dom.abc.js"
    assert hashed_name("vendor/purify.es.mjs", "abc") == "vendor/purify.es.abc.mjs"


def test_module_imports_sees_static_dynamic_and_worker_urls() -> None:
    text = 'import { a } from "./a.js";\nimport "../b.js";\nconst c = await import("./c.js");\nnew URL("./w.js", import.meta.url);\nexport { d } from \'./d.js\';'
    assert module_imports("x/m.js", text) == ["x/a.js", "b.js", "x/c.js", "x/w.js", "x/d.js"]


def test_module_imports_sees_minified_imports() -> None:
    # A bundler's output (mermaid's chunks) leaves out the spaces.
    text = 'import"./chunks/a.mjs";import{b as c}from"./b.mjs";export*from"../d.mjs";'
    assert module_imports("x/m.mjs", text) == ["x/chunks/a.mjs", "x/b.mjs", "d.mjs"]


def test_imports_point_at_hashed_names(tmp_path: Path) -> None:
    write(tmp_path, {
        "app.js": 'import { h } from "./renderer/dom.js";\nconst w = new URL("./worker.js", import.meta.url);\n',
        "worker.js": 'import { P } from "./protocol.js";\n',
        "protocol.js": "export const P = 1;\n",
        "renderer/dom.js": 'import { P } from "../protocol.js";\nexport const h = P;\n',
        "style.css": "body {}\n",
    })
    renamed = hash_assets(tmp_path)
    assert set(renamed) == {"app.js", "worker.js", "protocol.js", "renderer/dom.js", "style.css"}
    assert not (tmp_path / "app.js").exists()
    app = (tmp_path / renamed["app.js"]).read_text()
    assert f'"./{renamed["renderer/dom.js"]}"' in app
    assert f'new URL("./{renamed["worker.js"]}", import.meta.url)' in app
    dom = (tmp_path / renamed["renderer/dom.js"]).read_text()
    assert f'"../{renamed["protocol.js"]}"' in dom


def test_a_changed_leaf_renames_its_importers(tmp_path: Path) -> None:
    files = {"app.js": 'import "./dep.js";\n', "dep.js": "export const x = 1;\n", "other.js": "export {};\n"}
    write(tmp_path / "a", files)
    write(tmp_path / "b", {**files, "dep.js": "export const x = 2;\n"})
    first, second = hash_assets(tmp_path / "a"), hash_assets(tmp_path / "b")
    assert first["dep.js"] != second["dep.js"]
    assert first["app.js"] != second["app.js"]
    assert first["other.js"] == second["other.js"]


def test_import_of_a_missing_file_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, {"app.js": 'import "./gone.js";\n'})
    with pytest.raises(HashingError, match="gone.js"):
        hash_assets(tmp_path)


def test_import_cycle_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, {"a.js": 'import "./b.js";\n', "b.js": 'import "./a.js";\n'})
    with pytest.raises(HashingError, match="cycle"):
        hash_assets(tmp_path)


def test_imports_in_comments_are_left_alone(tmp_path: Path) -> None:
    write(tmp_path, {"mount.js": '// Use it as:\n//   import { mount } from "./site/assets/mount.js";\n/*\n * import "./nope.js";\n */\nexport const mount = 1;\n'})
    renamed = hash_assets(tmp_path)
    assert '"./site/assets/mount.js"' in (tmp_path / renamed["mount.js"]).read_text()


def test_module_graph_follows_imports_but_not_workers(tmp_path: Path) -> None:
    write(tmp_path, {
        "app.js": 'import "./a.js";\nnew URL("./worker.js", import.meta.url);\n',
        "a.js": 'import "./b/c.js";\nimport "./app.js";\n',
        "b/c.js": 'export const x = await import("../d.js");\n',
        "d.js": "",
        "worker.js": 'import "./e.js";\n',
        "e.js": "",
    })
    assert module_graph(tmp_path, "app.js") == ["app.js", "a.js", "b/c.js", "d.js"]


def test_stylesheets_point_at_hashed_fonts_and_lazy_modules_are_not_preloaded(tmp_path: Path) -> None:
    write(tmp_path, {
        "app.js": 'import { a } from "./b.js";\nconst later = () => import("./vendor/big.js");\n'
                  'const css = new URL("./vendor/lib.css", import.meta.url);\n',
        "b.js": "export const a = 1;\n",
        "vendor/big.js": "export default 1;\n",
        "vendor/lib.css": '@font-face { src: url(fonts/a.woff2) format("woff2"); }\n@import "more.css";\n'
                          ".x { background: url(data:image/png;base64,AA); } .y { background: url(https://e.x/y.png); }\n",
        "vendor/more.css": "b {}\n",
        "vendor/fonts/a.woff2": "font",
    })
    assert module_graph(tmp_path, "app.js") == ["app.js", "b.js"]
    renamed = hash_assets(tmp_path)
    css = (tmp_path / renamed["vendor/lib.css"]).read_text()
    assert f"url(./{renamed['vendor/fonts/a.woff2'].removeprefix('vendor/')})" in css
    assert f'@import "./{renamed["vendor/more.css"].removeprefix("vendor/")}"' in css
    assert "url(data:image/png;base64,AA)" in css and "url(https://e.x/y.png)" in css
    app = (tmp_path / renamed["app.js"]).read_text()
    assert f'import("./{renamed["vendor/big.js"]}")' in app
