"""The look of the page: Streamlit's fonts, theme colours, light and dark schemes,
the main menu's theme switcher, a custom [theme] from .streamlit/config.toml and the
main block's width. Computed styles, not pixels."""

from __future__ import annotations

from playwright.sync_api import Page, expect

#: Streamlit 1.67's light and dark theme colours (as computed styles report them).
LIGHT_BG, DARK_BG = "rgb(255, 255, 255)", "rgb(23, 22, 20)"
LIGHT_PRIMARY, DARK_PRIMARY = "rgb(197, 57, 72)", "rgb(207, 66, 80)"

WIDGETS = """
import streamlit as st
st.markdown("Some **text** and `code`.")
st.code("x = 1")
st.checkbox("Agree", value=True)
st.toggle("Loud", value=True)
st.radio("Size", ["S", "M"], index=1)
st.text_input("Name")
"""


def style(page: Page, selector: str, prop: str) -> str:
    return page.locator(selector).first.evaluate(f"(el) => getComputedStyle(el)[{prop!r}]")


def body_bg(page: Page) -> str:
    return page.evaluate("getComputedStyle(document.body).backgroundColor")


def test_body_text_is_source_sans_and_code_is_source_code_pro_and_the_fonts_load(open_app) -> None:
    page = open_app("theme_widgets", WIDGETS)
    assert style(page, '[data-testid="stMarkdownContainer"] p', "fontFamily").startswith('"Source Sans"')
    assert style(page, '[data-testid="stMarkdownContainer"] code', "fontFamily").startswith('"Source Code Pro"')
    assert style(page, '[data-testid="stCode"] pre', "fontFamily").startswith('"Source Code Pro"')
    # The self-hosted faces are really there (not a fallback that only has the name).
    loaded = page.evaluate("""async () => [
        (await document.fonts.load('16px "Source Sans"')).length,
        (await document.fonts.load('600 16px "Source Sans"')).length,
        (await document.fonts.load('14px "Source Code Pro"')).length]""")
    assert all(n >= 1 for n in loaded), loaded
    assert page.evaluate("""() => [...document.fonts].filter(f => f.status === "loaded").map(f => f.family)""")


def test_checked_checkbox_radio_and_toggle_and_a_focused_input_use_the_primary_colour(open_app) -> None:
    page = open_app("theme_widgets", WIDGETS)
    assert style(page, '.stCheckbox:not(.stToggle) input[type="checkbox"]', "backgroundColor") == LIGHT_PRIMARY
    assert style(page, '.stToggle input[type="checkbox"]', "backgroundColor") == LIGHT_PRIMARY
    assert style(page, '[data-testid="stRadioOption"] input:checked', "borderTopColor") == LIGHT_PRIMARY
    assert style(page, '[data-testid="stRadioOption"] input:not(:checked)', "borderTopColor") != LIGHT_PRIMARY
    box = page.get_by_role("textbox", name="Name")
    assert box.evaluate("(el) => getComputedStyle(el).borderTopColor") != LIGHT_PRIMARY
    box.focus()
    expect(box).to_have_css("border-top-color", LIGHT_PRIMARY)
    # unchecking takes the colour away
    page.get_by_role("checkbox", name="Agree").uncheck()
    expect(page.locator('.stCheckbox:not(.stToggle) input[type="checkbox"]')).not_to_have_css("background-color", LIGHT_PRIMARY)


def test_the_dark_scheme_follows_prefers_color_scheme(open_app) -> None:
    page = open_app("theme_widgets", WIDGETS)
    assert body_bg(page) == LIGHT_BG
    page.emulate_media(color_scheme="dark")
    assert body_bg(page) == DARK_BG
    expect(page.locator('.stCheckbox:not(.stToggle) input[type="checkbox"]')).to_have_css("background-color", DARK_PRIMARY)
    page.emulate_media(color_scheme="light")
    assert body_bg(page) == LIGHT_BG


def test_the_main_menu_switches_light_dark_and_system_and_remembers_it(open_app) -> None:
    page = open_app("theme_widgets", WIDGETS)
    page.get_by_test_id("stMainMenuButton").click()
    switcher = page.get_by_test_id("stThemeSwitcher")
    expect(switcher).to_have_attribute("role", "group")
    expect(page.get_by_test_id("stMainMenuItem-theme-System")).to_have_attribute("aria-checked", "true")
    page.get_by_role("menuitemradio", name="Dark").click()
    assert body_bg(page) == DARK_BG
    expect(page.get_by_test_id("stMainMenuItem-theme-Dark")).to_have_attribute("aria-checked", "true")
    expect(page.get_by_test_id("stMainMenuItem-theme-System")).to_have_attribute("aria-checked", "false")
    # Remembered for this page, and applied before the first paint after a reload.
    page.reload()
    assert body_bg(page) == DARK_BG
    page.get_by_test_id("stMainMenuButton").click()
    page.get_by_role("menuitemradio", name="Light").click()
    page.emulate_media(color_scheme="dark")
    assert body_bg(page) == LIGHT_BG  # pinned: the system's dark no longer applies
    page.get_by_role("menuitemradio", name="System").click()
    assert body_bg(page) == DARK_BG
    page.emulate_media(color_scheme="light")
    assert body_bg(page) == LIGHT_BG


CUSTOM = {".streamlit/config.toml": """
    [theme]
    primaryColor = "#1f77b4"
    backgroundColor = "#fdf6e3"
    secondaryBackgroundColor = "#eee8d5"
    textColor = "#073642"
    font = "monospace"
    """}


def test_a_custom_theme_from_config_toml_sets_colours_and_font_without_a_switcher(open_app) -> None:
    page = open_app("theme_custom", WIDGETS, CUSTOM)
    assert body_bg(page) == "rgb(253, 246, 227)"
    assert page.evaluate("getComputedStyle(document.body).color") == "rgb(7, 54, 66)"
    assert style(page, '.stCheckbox:not(.stToggle) input[type="checkbox"]', "backgroundColor") == "rgb(31, 119, 180)"
    assert style(page, '[data-testid="stMarkdownContainer"] p', "fontFamily").startswith('"Source Code Pro"')
    assert style(page, '.stTextInput input', "backgroundColor") == "rgb(238, 232, 213)"
    # One base, one theme: the system's dark scheme does not apply, and the menu offers no switch.
    page.emulate_media(color_scheme="dark")
    assert body_bg(page) == "rgb(253, 246, 227)"
    page.get_by_test_id("stMainMenuButton").click()
    expect(page.get_by_test_id("stMainMenuList")).to_be_visible()
    expect(page.get_by_test_id("stThemeSwitcher")).to_be_hidden()


def test_the_main_block_is_736px_when_centered_and_wider_in_wide_layout(open_app) -> None:
    page = open_app("theme_widgets", WIDGETS)
    page.set_viewport_size({"width": 1400, "height": 900})
    block = page.get_by_test_id("stMainBlockContainer")
    expect(block).to_have_css("max-width", "736px")
    expect(block).to_have_css("padding-top", "96px")
    assert block.bounding_box()["width"] == 736
    expect(page.get_by_test_id("stAppViewContainer")).to_have_attribute("data-layout", "narrow")  # 1.67's word
    wide = open_app("theme_wide", 'import streamlit as st\nst.set_page_config(layout="wide")\nst.write("wide")\n')
    wide.set_viewport_size({"width": 1400, "height": 900})
    block = wide.get_by_test_id("stMainBlockContainer")
    expect(block).to_have_css("padding-left", "80px")
    assert block.bounding_box()["width"] > 1000
    expect(wide.get_by_test_id("stAppViewContainer")).to_have_attribute("data-layout", "wide")


BUTTONS = """
import streamlit as st
st.button("Secondary")
st.button("Primary", type="primary")
st.button("Tertiary", type="tertiary")
"""


def _rgba(page: Page, name: str, prop: str) -> list[float]:
    """A button's colour, as [r, g, b, alpha] (Chromium reports relative colours as color(srgb ...))."""
    return page.get_by_role("button", name=name).evaluate(f"""(el) => {{
      const c = document.createElement("canvas").getContext("2d");
      c.fillStyle = getComputedStyle(el)[{prop!r}];
      c.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = c.getImageData(0, 0, 1, 1).data;
      return [r, g, b, Math.round(a / 255 * 100) / 100];
    }}""")


def test_buttons_hover_and_press_as_in_1_67(open_app) -> None:
    """1.67 shades a secondary button on hover (darkenedBgMix15) and press (25) and keeps its
    border and text; a primary button darkens by 15 % lightness; a tertiary one turns primary."""
    page = open_app("button_states", BUTTONS)
    rest_border = _rgba(page, "Secondary", "borderTopColor")
    page.get_by_role("button", name="Secondary").hover()
    bg = _rgba(page, "Secondary", "backgroundColor")
    assert bg[3] == 0.15 and max(abs(x - y) for x, y in zip(bg[:3], (187, 187, 165), strict=True)) <= 10, bg
    assert _rgba(page, "Secondary", "borderTopColor") == rest_border
    assert _rgba(page, "Secondary", "color")[:3] == [47, 45, 43]
    page.mouse.down()
    assert _rgba(page, "Secondary", "backgroundColor")[3] == 0.25
    page.mouse.up()
    page.get_by_role("button", name="Primary").hover()
    assert max(abs(x - y) for x, y in zip(_rgba(page, "Primary", "backgroundColor")[:3], (138, 40, 50), strict=True)) <= 2
    page.get_by_role("button", name="Tertiary").hover()
    assert _rgba(page, "Tertiary", "color")[:3] == [197, 57, 72]
