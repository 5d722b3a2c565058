"""The renderer has one module per Streamlit command family, named with
Streamlit's stem (the Python twin's), and every node type has exactly one
view in exactly one of them."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

from .test_renderer import fixture  # noqa: F401 (the renderer-only page)

RENDERER = Path(__file__).resolve().parents[2] / "web" / "src" / "renderer"

#: stem -> the node types its views draw (the wire types do not change with the stems).
STEMS = {
    "elements/heading.js": ["heading"], "elements/markdown.js": ["markdown"], "elements/text.js": ["text"],
    "elements/code.js": ["code"], "elements/json.js": ["json"], "elements/alert.js": ["alert"],
    "elements/exception.js": ["exception"], "elements/metric.js": ["metric"], "elements/progress.js": ["progress"],
    "elements/spinner.js": ["spinner"], "elements/toast.js": ["toast"], "elements/empty.js": ["empty"],
    "elements/layouts.js": ["vertical_block", "horizontal_block", "column", "expander", "tabs", "tab", "grid", "popover", "transparent"],
    "elements/dialog.js": ["dialog"], "elements/balloons.js": ["balloons"], "elements/snow.js": ["snow"],
    "elements/form.js": ["form"], "elements/doc_string.js": ["help_info"], "elements/media.js": ["audio", "video"],
    "elements/image.js": ["imgs"], "elements/html.js": ["html"], "elements/iframe.js": ["iframe"],
    "elements/arrow.js": ["dataframe"], "elements/table.js": ["table"],
    "elements/vega_charts.js": ["vega_lite_chart"], "elements/plotly_chart.js": ["plotly_chart"],
    "elements/graphviz_chart.js": ["graphviz_chart"], "elements/deck_gl_json_chart.js": ["deck_gl_json_chart"],
    "elements/echarts_chart.js": ["echarts_chart"],
    "elements/page_link.js": ["page_link"], "elements/space.js": ["space"], "elements/unsupported.js": ["unsupported"],
    "widgets/button.js": ["button", "download_button", "form_submit_button", "link_button"],
    "widgets/checkbox.js": ["checkbox"], "widgets/radio.js": ["radio"], "widgets/selectbox.js": ["selectbox"],
    "widgets/multiselect.js": ["multiselect"], "widgets/select_slider.js": ["select_slider"],
    "widgets/slider.js": ["slider"], "widgets/number_input.js": ["number_input"],
    "widgets/text_widgets.js": ["text_input", "text_area"],
    "widgets/time_widgets.js": ["date_input", "time_input", "date_time_input"],
    "widgets/color_picker.js": ["color_picker"], "widgets/file_uploader.js": ["file_uploader"],
    "widgets/button_group.js": ["button_group"], "widgets/chat.js": ["chat_input", "chat_message"],
    "widgets/data_editor.js": ["data_editor"],
    "elements/skeleton.js": ["skeleton"], "elements/pdf.js": ["pdf"],
    "elements/logo.js": ["logo"], "widgets/menu_button.js": ["menu_button"], "widgets/pagination.js": ["pagination"],
    "widgets/audio_input.js": ["audio_input"], "widgets/camera_input.js": ["camera_input"],
    "widgets/components.js": ["bidi_component", "bidi_trigger", "component_instance"],
}


def test_stem_modules_are_exactly_the_command_families() -> None:
    files = [p.relative_to(RENDERER).as_posix() for folder in ("elements", "widgets") for p in (RENDERER / folder).glob("*")]
    modules = sorted(f for f in files if f.endswith(".js"))
    assert modules == sorted(STEMS), "every file in renderer/elements and renderer/widgets is a stem twin; shared helpers live in renderer/"
    # A stem may bring the styles it loads on first use, under its own name (widgets/color_picker.css).
    styles = [f for f in files if not f.endswith(".js")]
    assert all(f.endswith(".css") and f.removesuffix(".css") + ".js" in STEMS for f in styles), styles


def test_every_node_type_has_one_view_in_its_stem(fixture: Page) -> None:  # noqa: F811
    found = fixture.evaluate("""async (files) => {
        const protocol = await import("./assets/protocol.js");
        const stems = {};
        for (const file of files) stems[file] = Object.keys((await import(`./assets/renderer/${file}`)).views).sort();
        const { VIEWS, LAZY_VIEWS } = await import("./assets/renderer/views.js");
        const eager = Object.keys(VIEWS).filter((type) => !LAZY_VIEWS.has(type));
        return { types: [...protocol.BLOCK_TYPES, ...protocol.ELEMENT_TYPES].sort(), stems,
                 views: [...eager, ...LAZY_VIEWS.keys()].sort(), blocks: protocol.BLOCK_TYPES.filter((type) => LAZY_VIEWS.has(type)) };
    }""", sorted(STEMS))
    assert found["stems"] == {file: sorted(types) for file, types in STEMS.items()}
    every = sorted(t for types in STEMS.values() for t in types)
    assert every == sorted(set(every)), "a node type is drawn by two stems"
    # Every type has a view, loaded with the page or on first use; never a block on first use
    # (its children need its host the moment they arrive).
    assert found["types"] == every == found["views"]
    assert found["blocks"] == []
