"""The page's own files: ``web/src`` and its npm libraries, copied into ``assets/``.

The builder reads the repository's ``web/`` folder, so wasmlit must be
installed from the repository (``pip install -e .``) with
``npm ci --prefix web`` done.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from wasmlit.tooling.site.errors import BuildError
from wasmlit.tooling.site.hashing import HashingError, content_hash
from wasmlit.tooling.site.hashing import hash_assets as hash_assets_in
from wasmlit.tooling.site.strip_comments import STRIPPERS, stripped

#: The repository's web/ folder (wasmlit/tooling/site/web.py -> repo/web).
WEB_DIR = Path(__file__).resolve().parents[4] / "web"
#: Pyodide files the page needs; the rest of the npm package is Node-only.
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
#: The page's libraries: node_modules path -> name under assets/vendor/. A path
#: with a glob (``katex/dist/fonts/*.woff2``) copies every match into the folder
#: named on the right. Heavy ones are loaded lazily (web/src/lazy.js), so an
#: app that does not use them downloads nothing more.
VENDOR_FILES = {
    "marked/lib/marked.esm.js": "marked.esm.js",
    "dompurify/dist/purify.es.mjs": "purify.es.mjs",
    # Streamlit's fonts (fonts.css): the latin subset of the weights its theme uses.
    "@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-*.woff2": "fonts",
    "@fontsource/source-code-pro/files/source-code-pro-latin-[46]00-normal.woff2": "fonts",
    "printj/printj.mjs": "printj.mjs",
    "moment/dist/moment.js": "moment.js",
    # Charts (lazy): the UMD builds, self-contained (see web/src/renderer/vega.js).
    "vega/build/vega.min.js": "vega.min.js",
    "vega-lite/build/vega-lite.min.js": "vega-lite.min.js",
    "vega-embed/build/vega-embed.min.js": "vega-embed.min.js",
    "plotly.js-dist-min/plotly.min.js": "plotly.min.js",
    # st.map and st.pydeck_chart: deck.gl's UMD bundle and its JSON converter (pydeck's specs).
    "deck.gl/dist.min.js": "deck.gl.min.js",
    "@deck.gl/json/dist.min.js": "deck.gl-json.min.js",
    "@hpcc-js/wasm-graphviz/dist/index.js": "graphviz.js",
    "echarts/dist/echarts.esm.min.mjs": "echarts.esm.min.mjs",
    # st.color_picker's saturation area and hue slider (loaded when a picker first opens).
    "vanilla-colorful/hex-color-picker.js": "colorful/hex-color-picker.js",
    "vanilla-colorful/lib/entrypoints/hex.js": "colorful/lib/entrypoints/hex.js",
    "vanilla-colorful/lib/components/*.js": "colorful/lib/components",
    "vanilla-colorful/lib/styles/*.js": "colorful/lib/styles",
    "vanilla-colorful/lib/utils/*.js": "colorful/lib/utils",
    # The anchor of a heading in another script (loaded when a page first draws one): Streamlit's
    # slugify with its transliteration (Cyrillic, Greek ...), and the hash of one with no slug.
    "js-xxhash/index.mjs": "js-xxhash/index.js",
    "js-xxhash/dist/esm/*.js": "js-xxhash/dist/esm",
    "@sindresorhus/slugify/index.js": "slugify/index.js",
    "@sindresorhus/slugify/overridable-replacements.js": "slugify/overridable-replacements.js",
    "@sindresorhus/transliterate/*.js": "slugify/transliterate",
    "escape-string-regexp/index.js": "slugify/escape-string-regexp.js",
    # The grid of st.dataframe / st.data_editor: loaded when a page first draws one.
    "slickgrid/dist/esm/index.mjs": "slickgrid.mjs",
    "slickgrid/dist/styles/css/slick.grid.css": "slick.grid.css",
    # Streamlit's markdown extensions, each loaded when a page first uses it.
    "katex/dist/katex.mjs": "katex/katex.mjs",
    "katex/dist/katex.min.css": "katex/katex.min.css",
    "katex/dist/fonts/*": "katex/fonts",
    "@material-symbols/font-400/rounded.css": "material-symbols/rounded.css",
    "@material-symbols/font-400/material-symbols-rounded.woff2": "material-symbols/material-symbols-rounded.woff2",
    # Syntax highlighting of st.code and markdown code blocks (web/src/renderer/syntax.js): Prism's
    # core and every language; the build writes prism/languages.js, their loaders (prism_languages).
    "prismjs/components/prism-*.min.js": "prism",
    # st.mermaid_chart (its ES module and the chunks it imports).
    "mermaid/dist/mermaid.esm.min.mjs": "mermaid/mermaid.esm.min.mjs",
    "mermaid/dist/chunks/mermaid.esm.min/*.mjs": "mermaid/chunks/mermaid.esm.min",
}
#: The packages' own imports of each other, pointed at where VENDOR_FILES puts them (a page has
#: no resolver for bare names): vendored file -> {specifier: relative path}.
VENDOR_IMPORTS = {
    "slugify/index.js": {"escape-string-regexp": "./escape-string-regexp.js",
                         "@sindresorhus/transliterate": "./transliterate/index.js"},
}
#: Files a page loads only when it first needs them (lazy.js): the service
#: worker does not precache them (a visitor who never sees math downloads no
#: KaTeX); it keeps each one once a page has used it.
LAZY_ASSET_PREFIXES = (
    "assets/vendor/katex/", "assets/vendor/material-symbols/", "assets/vendor/mermaid/", "assets/vendor/prism/",
    "assets/renderer/emoji_shortcodes.", "assets/vendor/slugify/",
)
#: Web sources that are not copied under assets/ (the build writes them itself).
NOT_ASSETS = frozenset({"index.html", "sw.js"})
#: The page stylesheet, and the folder of the parts it ``@import``s: the build
#: inlines them into one file, so the first paint waits for one stylesheet only.
STYLESHEET = "style.css"
STYLE_PARTS = "style"
_STYLE_IMPORT = re.compile(r"""^@import\s+(?:url\()?["']\./(style/[\w.-]+\.css)["']\)?\s*;[ \t]*$""", re.MULTILINE)
#: Only sites built with dev tools hold it (the test channel must not exist in a normal site).
DEV_TOOLS_MODULE = "dev_tools.js"


def check_web_dir(web_dir: Path = WEB_DIR) -> Path:
    """Return ``web/node_modules``, or raise a BuildError saying what to run."""
    modules = web_dir / "node_modules"
    if not (web_dir / "src" / "index.html").is_file():
        raise BuildError(
            f"wasmlit's web sources were not found at {web_dir / 'src'}. "
            "Fix: install wasmlit from its repository with `pip install -e .`."
        )
    missing = [p for p in ["pyodide/pyodide.mjs", *VENDOR_FILES]
               if not ((modules / p).is_file() or (any(c in p for c in "*?[") and any(modules.glob(p))))]
    if missing:
        raise BuildError(
            f"The page's JavaScript dependencies are missing ({', '.join(missing)} not in {modules}). "
            f"Fix: run `npm ci --prefix {web_dir}`."
        )
    return modules


def copy_file(src: Path, dst: Path) -> None:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)


def write_assets(out: Path, web_dir: Path, modules: Path, *, hashed: bool, dev_tools: bool = False,
                 strip: bool = True) -> dict[str, str]:
    """Copy the page's modules, stylesheet and libraries into ``out/assets``;
    return ``{plain name: name on disk}`` (hashed names when ``hashed``).
    ``dev_tools`` adds ``dev_tools.js``; ``strip`` ships the page's own
    JavaScript and CSS without comments (strip_comments.py; not the libraries)."""
    src = web_dir / "src"
    assets = out / "assets"
    skip = NOT_ASSETS if dev_tools else NOT_ASSETS | {DEV_TOOLS_MODULE}
    for path in src.rglob("*"):
        rel = path.relative_to(src).as_posix()
        if path.is_file() and rel not in skip and not rel.startswith(f"{STYLE_PARTS}/"):
            if strip and path.suffix in STRIPPERS:
                write_stripped(path.read_text(encoding="utf-8"), assets / rel)
            else:
                copy_file(path, assets / rel)
    stylesheet = bundle_stylesheet(src)
    if strip:
        write_stripped(stylesheet, assets / STYLESHEET)
    else:
        (assets / STYLESHEET).write_text(stylesheet, encoding="utf-8")
    for rel, name in VENDOR_FILES.items():
        if any(c in rel for c in "*?["):
            for match in sorted(modules.glob(rel)):
                copy_file(match, assets / "vendor" / name / match.name)
        else:
            copy_file(modules / rel, assets / "vendor" / name)
    for name, imports in VENDOR_IMPORTS.items():
        point_imports(assets / "vendor" / name, imports)
    write_prism_languages(modules / "prismjs" / "components.json", assets / "vendor" / "prism" / "languages.js")
    if hashed:
        try:
            return hash_assets_in(assets)
        except HashingError as exc:
            raise BuildError(str(exc)) from exc
    return {p.relative_to(assets).as_posix(): p.relative_to(assets).as_posix() for p in assets.rglob("*") if p.is_file()}


def point_imports(module: Path, imports: dict[str, str]) -> None:
    """Rewrite ``module``'s ``from "<bare name>"`` imports to the relative paths in ``imports``;
    a bare name not found means the package changed: the build says so."""
    text = module.read_text(encoding="utf-8")
    for bare, relative in imports.items():
        pattern = re.compile(r"""(\bfrom\s*)(['"])""" + re.escape(bare) + r"\2")
        text, count = pattern.subn(rf"\g<1>\g<2>{relative}\g<2>", text)
        if not count:
            raise BuildError(f"{module.name} no longer imports {bare!r}: update VENDOR_IMPORTS in {__file__}.")
    module.write_text(text, encoding="utf-8")


def write_prism_languages(components: Path, dst: Path) -> None:
    """Prism's languages as an ES module: a loader per language (literal ``import()``s, so the
    build's hashed names reach them), what each requires first, and their aliases."""
    table = json.loads(components.read_text(encoding="utf-8"))["languages"]
    loaders: list[str] = []
    requires: dict[str, list[str]] = {}
    aliases: dict[str, str] = {}
    for lang, spec in table.items():
        if lang == "meta" or not (dst.parent / f"prism-{lang}.min.js").is_file():
            continue
        loaders.append(f'  {json.dumps(lang)}: () => import("./prism-{lang}.min.js"),')
        needs = spec.get("require", [])
        requires[lang] = [needs] if isinstance(needs, str) else list(needs)
        names = spec.get("alias", [])
        for alias in [names] if isinstance(names, str) else names:
            aliases[alias] = lang
    dst.write_text(
        "// Written by the site builder from prismjs/components.json (web.py, write_prism_languages).\n"
        "export const loaders = {\n" + "\n".join(loaders) + "\n};\n"
        f"export const requires = {json.dumps({k: v for k, v in requires.items() if v})};\n"
        f"export const aliases = {json.dumps(aliases)};\n",
        encoding="utf-8",
    )


def write_stripped(text: str, dst: Path) -> None:
    """``text`` without comments at ``dst`` (strip_comments.stripped)."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(stripped(text, dst.suffix), encoding="utf-8")


def bundle_stylesheet(src: Path) -> str:
    """``style.css`` with each ``@import "./style/part.css";`` line replaced by that part.

    The parts sit in one folder beside it, so their relative ``url()``s are
    rebased from ``style/`` to the stylesheet's own folder."""
    def inline(m: re.Match[str]) -> str:
        part = src / m.group(1)
        if not part.is_file():
            raise BuildError(f"{src / STYLESHEET} imports {m.group(1)}, which does not exist.")
        text = part.read_text(encoding="utf-8")
        return re.sub(r"""url\((["']?)\.\./""", r"url(\1./", text).rstrip("\n")

    return _STYLE_IMPORT.sub(inline, (src / STYLESHEET).read_text(encoding="utf-8"))


def write_pyodide(out: Path, modules: Path, *, hashed: bool) -> str:
    """The Pyodide core, from the npm package (never a CDN); returns its folder's URL in the site.

    Hashed, the folder is ``pyodide/<hash of its files>/``: a name that never
    changes content, so the service worker serves it cache first, like the
    page's own hashed files. Network first (an unhashed name) made a return
    visit cost about 0.7x bare Pyodide's more (the browser's compiled code for
    pyodide.asm.wasm and its JavaScript is not reused for a response the
    service worker fetched, as it is for one from Cache Storage or the HTTP cache).
    """
    sources = [modules / "pyodide" / name for name in PYODIDE_FILES]
    folder = f"pyodide/{content_hash(b''.join(content_hash(p.read_bytes()).encode() for p in sources))}/" if hashed else "pyodide/"
    for path in sources:
        copy_file(path, out / folder / path.name)
    return folder
