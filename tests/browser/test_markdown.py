"""Streamlit-flavoured markdown in the page (issue 13, point 1): directives,
icons, emoji shortcodes, KaTeX, code blocks, headings, labels, the app's own
<style>, alerts' icons and Streamlit's error messages; heavy assets load only
when a page uses them."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from .conftest import BOOT_TIMEOUT_MS, wait_ready
from .test_runtime_mount import wait_mounted

EXTENSIONS = r'''
import streamlit as st
st.markdown("Colours: :red[red] :blue-background[blue bg] :green-badge[Done] :small[tiny] :rainbow[rainbow] :nope[gone]")
st.markdown("Icon :material/home: and emoji :smile: :+1: but :notanemoji: stays, a -> b")
st.markdown("Inline $E = mc^2$ then\n\n$$\n\\frac{1}{2}\n$$")
st.latex(r"\sqrt{x}")
st.markdown("Interval $[0,1]>x$ and arrow $a --> b$")
st.markdown("```python\nprint('hi')\n```")
st.markdown("## Section two")
st.caption("A :violet[caption]")
st.button(":blue[Blue] button")
st.checkbox("Check $x^2$")
st.markdown("Entities: a&nbsp;b &copy; &#169; &amp; &bogus; `&copy;` <b>x</b>")
st.subheader("&nbsp;")
'''


def test_directives_icons_emoji_math_code_and_headings_are_drawn(open_app) -> None:
    page = open_app("md_extensions", EXTENSIONS)
    boxes = page.get_by_test_id("stMarkdownContainer")
    red = page.locator(".stMarkdownColoredText", has_text="red").first
    assert red.evaluate("el => getComputedStyle(el).color") == "rgb(158, 48, 59)"
    bg = page.locator(".stMarkdownColoredBackground", has_text="blue bg")
    assert bg.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(237, 245, 255)"
    badge = page.locator(".stMarkdownBadge", has_text="Done")
    assert badge.evaluate("el => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]") == ["rgb(12, 90, 68)", "rgb(241, 251, 246)"]
    assert page.get_by_text("tiny").evaluate("el => getComputedStyle(el).fontSize") == "14px"
    expect(boxes.first).to_contain_text(":nope")
    expect(boxes.first).not_to_contain_text("gone")
    # Material icon: the font is loaded on first use.
    icon = page.get_by_role("img", name="home icon")
    expect(icon).to_have_text("home")
    page.wait_for_function("document.fonts.check('24px \"Material Symbols Rounded\"', 'home')", timeout=30_000)
    assert "Material Symbols Rounded" in icon.evaluate("el => getComputedStyle(el).fontFamily")
    # Emoji shortcodes: Streamlit's table (loaded on first use); unknown ones stay.
    second = boxes.nth(1)
    expect(second).to_contain_text("😄 👍 but :notanemoji: stays, a → b")
    # KaTeX, inline, display and st.latex.
    expect(page.locator(".katex")).to_have_count(6, timeout=30_000)
    expect(page.locator(".katex-display")).to_have_count(2)
    # A fenced block is Streamlit's code element with its copy button.
    code = page.get_by_test_id("stMarkdown").get_by_test_id("stCode")
    expect(code.locator("code.language-python")).to_have_text("print('hi')")
    expect(code.get_by_role("button", name="Copy to clipboard")).to_have_count(1)
    expect(code).to_have_text("print('hi')")  # the button adds no text, as in 1.67
    # A markdown heading gets its anchor, and its name is its text alone.
    heading = page.get_by_role("heading", name="Section two")
    expect(heading).to_have_attribute("id", "section-two")
    expect(heading.locator("a[href='#section-two']")).to_have_count(1)
    # Captions and labels take the same extensions.
    expect(page.get_by_test_id("stCaptionContainer").locator(".stMarkdownColoredText")).to_have_text("caption")
    expect(page.get_by_role("button", name="Blue button").locator(".stMarkdownColoredText")).to_have_text("Blue")
    expect(page.get_by_test_id("stCheckbox").locator(".katex")).to_have_count(1)
    # Entity references are characters, as CommonMark reads them (an unknown one and code stay as written).
    entities = page.get_by_test_id("stMarkdownContainer").filter(has_text="Entities:")
    assert entities.evaluate("el => el.textContent") == "Entities: a\u00a0b \u00a9 \u00a9 & &bogus; &copy; <b>x</b>"
    assert page.get_by_role("heading", level=3).last.evaluate("el => el.textContent") == "\u00a0"


def test_heavy_markdown_assets_load_only_when_a_page_uses_them(page: Page, app_url) -> None:
    plain = app_url("md_plain", "import streamlit as st\nst.markdown('**plain** text, 10:30 and $5')\n")
    fancy = app_url("md_fancy", "import streamlit as st\nst.markdown('$x^2$ :smile: :material/home:')\n")
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    page.goto(plain)
    wait_ready(page)
    page.wait_for_timeout(500)
    heavy = re.compile(r"katex|material-symbols|emoji_shortcodes|prism|syntax")
    assert [u for u in asked if heavy.search(u)] == []
    asked.clear()
    page.goto(fancy)
    wait_ready(page)
    expect(page.locator(".katex")).to_have_count(1, timeout=30_000)
    expect(page.get_by_test_id("stMarkdownContainer")).to_contain_text("😄")
    loaded = " ".join(asked)
    for part in ("katex", "katex.min", "material-symbols", "emoji_shortcodes"):
        assert part in loaded, part


CODE = r'''
import streamlit as st
st.code("def hello():\n    return 'world'  # hi")
st.code("SELECT 1", language="sql")
st.code("plain words", language="text")
st.code("x = 1", language="nosuchlanguage")
st.markdown("```js\nconst a = 1;\n```")
st.markdown("- item\n\n> quoted")
left, right = st.columns(2, border=True)
left.write("in a bordered column")
'''


def test_code_is_coloured_by_its_language_as_1_67_colours_it(open_app) -> None:
    """st.code (Python by default) and markdown's code blocks get Prism's tokens in 1.67's colours,
    loaded on first use; "text" and a language Prism does not know stay plain."""
    page = open_app("md_code", CODE)
    codes = page.get_by_test_id("stCode")
    python = codes.nth(0)
    expect(python.locator(".token.keyword")).to_have_text(["def", "return"])
    expect(python.locator(".token.function")).to_have_text("hello")
    expect(python.locator(".token.function")).to_have_css("color", "rgb(28, 131, 225)")
    expect(python.locator(".token.function")).to_have_css("font-weight", "700")
    expect(python.locator(".token.string")).to_have_css("color", "rgb(9, 171, 59)")
    expect(python.locator(".token.comment")).to_have_css("font-style", "italic")
    expect(python.locator("code")).to_have_text("def hello():\n    return 'world'  # hi")  # the text is unchanged
    # The copy button is an icon named "Copy to clipboard": the element's text is its code alone (1.67).
    expect(python).to_have_text("def hello():\n    return 'world'  # hi")
    expect(python.get_by_role("button", name="Copy to clipboard")).to_have_count(1)
    expect(codes.nth(1).locator(".token.keyword")).to_have_text("SELECT")
    expect(codes.nth(4).locator(".token.keyword")).to_have_text("const")  # ```js: an alias
    page.wait_for_timeout(300)
    expect(codes.nth(2).locator(".token")).to_have_count(0)
    expect(codes.nth(3).locator(".token")).to_have_count(0)
    expect(codes.nth(3)).to_contain_text("x = 1")
    # 1.67's quotes, lists and bordered columns.
    quote = page.locator("[data-testid=stMarkdownContainer] blockquote")
    expect(quote).to_have_css("border-left", "2px solid rgb(220, 216, 212)")
    expect(quote).to_have_css("opacity", "0.6")
    expect(page.locator("[data-testid=stMarkdownContainer] li")).to_have_css("margin-left", "18.4px")
    column = page.get_by_test_id("stColumn").first
    expect(column).to_have_css("border-top-width", "1px")
    expect(column).to_have_css("padding-top", "15px")
    expect(column).to_have_class(re.compile("stPrintBorderedColumn"))


CODE_OPTIONS = r"""
import streamlit as st
long = "x = 1  # " + "a long comment " * 20
st.code("a = 1\nb = 2\n" + long, line_numbers=True)
st.code(long, wrap_lines=True, height=120, width=300)
st.code("'''A docstring\nover two lines'''\n" + long + "\nz = 3", language="python", line_numbers=True,
        wrap_lines=True, width=400)
"""


def test_code_shows_line_numbers_wraps_lines_and_takes_a_height_and_width(open_app) -> None:
    page = open_app("code_options", CODE_OPTIONS)
    numbered, wrapped = page.get_by_test_id("stCode").nth(0), page.get_by_test_id("stCode").nth(1)
    # 1.67's gutter: one number per line, outside the code's own text (a copy takes the code only).
    expect(numbered.locator(".wl-code-gutter")).to_have_text("1\n2\n3")
    expect(numbered.locator("code")).to_have_text(re.compile(r"^a = 1\nb = 2\nx = 1"))
    gutter_top, code_top = (numbered.locator(sel).evaluate("el => el.getBoundingClientRect().top")
                            for sel in (".wl-code-gutter", "code"))
    assert abs(gutter_top - code_top) < 4
    # The long line runs past the block without wrap_lines and wraps with it.
    assert numbered.locator("pre").evaluate("el => el.scrollWidth > el.clientWidth")
    assert wrapped.locator("pre").evaluate("el => el.scrollWidth <= el.clientWidth")
    box = wrapped.bounding_box()
    assert box is not None and round(box["height"]) == 120 and round(box["width"]) == 300
    assert wrapped.locator("pre").evaluate("el => el.scrollHeight > el.clientHeight")  # the rest scrolls
    # Wrapped and numbered: each line its own block, so a wrapped line's number stays by its first row
    # and the next number by the next line; a token over two lines (the docstring) is in both.
    both = page.get_by_test_id("stCode").nth(2)
    expect(both.locator("code .token.string").first).to_be_visible()
    lines = both.locator("code > .wl-code-line")
    expect(lines).to_have_count(4)
    assert lines.nth(1).locator(".token").count() >= 1
    heights = [lines.nth(i).evaluate("el => el.getBoundingClientRect().height") for i in range(4)]
    assert heights[2] > 2 * heights[3] and abs(heights[0] - heights[3]) < 2
    numbers = [lines.nth(i).evaluate("el => getComputedStyle(el, '::before').content") for i in (0, 3)]
    assert numbers == ["counter(wl-line)"] * 2
    # The copy button and the text keep the newlines.
    assert both.locator("code").evaluate("el => el.textContent").startswith("'''A docstring\nover two lines'''\nx = 1")


STYLED = '''
import streamlit as st
st.markdown("<style>.big-font { font-size: 30px !important; color: rgb(0, 128, 128); }</style>", unsafe_allow_html=True)
st.html("<style>.stButton button { letter-spacing: 4px; }</style>")
st.markdown('<p class="big-font">Styled by the app</p>', unsafe_allow_html=True)
st.button("Spaced")
st.markdown("<style>p { color: red }</style> shown as text without unsafe_allow_html")
'''


def test_the_apps_own_style_applies_and_takes_no_room(open_app) -> None:
    page = open_app("md_style", STYLED)
    styled = page.get_by_text("Styled by the app")
    assert styled.evaluate("el => [getComputedStyle(el).fontSize, getComputedStyle(el).color]") == ["30px", "rgb(0, 128, 128)"]
    assert page.get_by_role("button", name="Spaced").evaluate("el => getComputedStyle(el).letterSpacing") == "4px"
    containers = page.get_by_test_id("stMain").get_by_test_id("stElementContainer")
    assert containers.nth(0).evaluate("el => getComputedStyle(el).display") == "none"
    # st.html of only <style> lives in the event container, as in 1.67: no place in the main block.
    expect(page.get_by_test_id("stMain").get_by_test_id("stHtml")).to_have_count(0)
    expect(page.get_by_test_id("stHtml")).to_have_count(1)
    expect(page.get_by_text("<style>p { color: red }</style> shown as text")).to_be_visible()


SCRIPTED_HTML = """
import streamlit as st
body = "<p id='{0}'>not run</p><script>document.getElementById('{0}').textContent = 'script ran';</script>"
st.html(body.format("plain"))
st.html(body.format("allowed"), unsafe_allow_javascript=True)
st.html("<img id='handler' src='data:,' onerror=\\"this.alt='handler ran'\\">", unsafe_allow_javascript=True)
"""


def test_st_html_runs_scripts_only_with_unsafe_allow_javascript(open_app) -> None:
    """As 1.67: scripts are dropped by default; with unsafe_allow_javascript they run (event handler
    attributes are still removed)."""
    page = open_app("html_scripts", SCRIPTED_HTML)
    expect(page.locator("#allowed")).to_have_text("script ran")
    expect(page.locator("#plain")).to_have_text("not run")
    expect(page.locator("#handler")).to_be_attached()
    assert page.locator("#handler").get_attribute("onerror") is None


def test_an_embedded_apps_style_stays_in_its_shadow_root(page: Page, fixture_url) -> None:
    page.goto(fixture_url("mount_two.html"))
    wait_mounted(page, "#app-a")
    wait_mounted(page, "#app-b")
    page.evaluate("""appA.writeFile("app.py", [
        "import streamlit as st",
        "st.markdown('<style>h1 { color: rgb(255, 0, 0) !important; }</style>', unsafe_allow_html=True)",
        "st.title('Styled A')",
    ].join("\\n"))""")
    a_title = page.locator("#app-a").get_by_role("heading", name="Styled A")
    expect(a_title).to_be_visible(timeout=BOOT_TIMEOUT_MS)
    assert a_title.evaluate("el => getComputedStyle(el).color") == "rgb(255, 0, 0)"
    assert page.locator("#host-title").evaluate("el => getComputedStyle(el).color") == "rgb(0, 128, 0)"
    b_title = page.locator("#app-b").get_by_role("heading", name="App B")
    assert b_title.evaluate("el => getComputedStyle(el).color") != "rgb(255, 0, 0)"


ALERTS = '''
import streamlit as st
st.success("✅ Saved!")
st.warning(":material/warning: Careful")
with st.form("f"):
    st.button("Inside")
'''


def test_alert_icons_move_out_of_the_body_and_errors_render_markdown(open_app) -> None:
    page = open_app("md_alerts", ALERTS)
    success = page.get_by_test_id("stAlertContentSuccess")
    expect(success.get_by_test_id("stAlertDynamicIcon")).to_have_text("✅")
    expect(success.get_by_test_id("stMarkdownContainer")).to_have_text("Saved!")
    warning = page.get_by_test_id("stAlertContentWarning")
    expect(warning.get_by_test_id("stAlertDynamicIcon").get_by_test_id("stIconMaterial")).to_have_text("warning")
    message = page.get_by_test_id("stExceptionMessage")
    expect(message.locator("strong")).to_have_text("streamlit.errors.StreamlitInvalidLayoutContextError")
    expect(message.locator("code").first).to_have_text("st.button()")
    expect(message).not_to_contain_text("`")


LABELS = '''
import streamlit as st
st.checkbox("# Heading 1")
st.checkbox("""
 - Item 1
 - Item 2
""")
st.checkbox("> Quoted **label**")
st.checkbox("Label Link - [Streamlit](https://streamlit.io)")
'''


def test_labels_unwrap_block_markdown_to_its_text_as_streamlit_does(open_app) -> None:
    page = open_app("md_labels", LABELS)
    labels = page.get_by_test_id("stCheckbox").get_by_test_id("stMarkdownContainer")
    expect(labels.nth(0)).to_have_text("Heading 1")
    expect(labels.nth(0).locator("h1")).to_have_count(0)
    expect(labels.nth(1)).to_have_text("Item 1 Item 2")
    expect(labels.nth(1).locator("ul, li")).to_have_count(0)
    expect(labels.nth(2).locator("strong")).to_have_text("label")
    expect(labels.nth(2).locator("blockquote")).to_have_count(0)
    link = labels.nth(3).get_by_role("link", name="Streamlit")
    expect(link).to_have_attribute("href", "https://streamlit.io")
    expect(link).to_have_attribute("target", "_blank")


ANCHORS = '''
import streamlit as st
st.title("日本語タイトル")
st.header("Q&A Section")
st.markdown("## Über uns")
st.subheader("No anchor here", anchor=False)
'''


def test_heading_anchors_as_streamlit_writes_them(open_app) -> None:
    page = open_app("anchors", ANCHORS)
    # No Latin letters: the xxHash32 of the text, as Streamlit 1.67 (its own e2e test's value).
    expect(page.get_by_role("heading", name="日本語タイトル")).to_have_id("d3b04b7a")
    expect(page.get_by_role("heading", name="Q&A Section")).to_have_id("q-and-a-section")
    expect(page.get_by_role("heading", name="Über uns")).to_have_id("ueber-uns")
    # "Link to heading" shows while the pointer is over its heading; anchor=False has none.
    header = page.get_by_role("heading", name="Q&A Section")
    link = header.get_by_test_id("stHeaderActionElements").locator("a")  # hidden: not in the accessibility tree
    expect(link).to_have_attribute("aria-label", "Link to heading")
    expect(link).to_have_attribute("href", "#q-and-a-section")
    expect(link).to_have_css("visibility", "hidden")
    header.hover()
    expect(link).to_have_css("visibility", "visible")
    expect(page.get_by_role("heading", name="No anchor here").locator("a")).to_have_count(0)


BLOCKS = '''
import streamlit as st
st.markdown("Code:\\n\\n    This\\n    is\\n\\n| Col1 | Col2 |\\n|---|---|\\n| Some | Data |\\n\\n- one\\n- two")
'''


def test_blocks_are_apart_in_the_text_and_table_cells_are_not(open_app) -> None:
    """react-markdown's text: a line break between blocks (a test reading "Code: This is" with
    whitespace normalised sees them apart), none between a table's cells ("Col1Col2SomeData")."""
    page = open_app("md_blocks", BLOCKS)
    box = page.get_by_test_id("stMarkdownContainer").first
    assert re.fullmatch(r"Code:\n+This\nis\n+Col1Col2SomeData\n+one\ntwo\s*", box.text_content() or "")
    expect(box).to_have_text("Code: This is Col1Col2SomeData one two")
    expect(box.locator("table")).to_have_text("Col1Col2SomeData")


TOGGLED_STYLE = '''
import streamlit as st
if st.checkbox("Styled", value=True):
    st.html("<style>.stButton button { letter-spacing: 4px; }</style>")
st.button("Spaced")
'''


def test_a_style_the_script_stops_drawing_stops_applying(open_app) -> None:
    page = open_app("md_style_toggled", TOGGLED_STYLE)
    button = page.get_by_role("button", name="Spaced")
    assert button.evaluate("el => getComputedStyle(el).letterSpacing") == "4px"
    page.get_by_text("Styled").click()
    page.wait_for_function("() => !document.querySelector('[data-testid=stHtml]')", timeout=10_000)
    assert button.evaluate("el => getComputedStyle(el).letterSpacing") == "normal"


TEXTS = '''
import streamlit as st
st.text("This\\nis\\na\\nmultiline\\ntext")
'''


def test_st_text_keeps_its_lines_in_1_67s_inner_div(open_app) -> None:
    page = open_app("multiline_text", TEXTS)
    inner = page.get_by_test_id("stText").locator("div")
    box = inner.bounding_box()
    assert box is not None and box["height"] > box["width"]  # five short lines, one under another
    expect(inner).to_have_text("This\nis\na\nmultiline\ntext")


WIDE_IMAGE = '''
import streamlit as st
png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
st.markdown(f'Wide: <img src="data:image/png;base64,{png}" width="3000" height="20">', unsafe_allow_html=True)
'''


def test_a_markdown_image_stays_inside_its_container(open_app) -> None:
    page = open_app("md_wide_image", WIDE_IMAGE)
    image = page.get_by_test_id("stMarkdownContainer").locator("img")
    expect(image).to_have_css("max-width", "100%")
    container = page.get_by_test_id("stMarkdownContainer").bounding_box()
    box = image.bounding_box()
    assert container and box and box["width"] <= container["width"] + 1


DIVIDERS = """
import streamlit as st
st.header("Named", divider="gray")
st.header("One", divider=True)
st.subheader("Two", divider=True)
st.header("Three", divider=True)
st.subheader("Rainbow", divider="rainbow")
"""


def test_heading_dividers_take_their_colour_and_true_cycles_through_colours(open_app) -> None:
    """1.67: a named divider is the theme's colour of that name; divider=True headings and
    subheaders cycle blue, green, orange, ... in the order the page reads them."""
    page = open_app("md_dividers", DIVIDERS)
    dividers = page.get_by_test_id("stHeadingDivider")
    expect(dividers).to_have_count(5)
    colours = dividers.evaluate_all("els => els.map((el) => getComputedStyle(el).backgroundColor)")
    assert colours[:4] == ["rgb(107, 114, 128)", "rgb(59, 130, 246)", "rgb(7, 148, 100)", "rgb(224, 104, 43)"]
    assert "linear-gradient" in dividers.nth(4).evaluate("el => getComputedStyle(el).backgroundImage")
