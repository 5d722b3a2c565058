// The registry of views: node type -> factory(node, ctx) -> View. Each
// command family has one module, with the stem of its Python twin:
// elements/<stem>.js and widgets/<stem>.js. This file only gathers them.
// (Which types are blocks is protocol.js BLOCK_TYPES, not where a view lives.)
//
// Text, layout and the common widgets load with the page. The families most
// apps never draw (charts, grids, media, the rarer widgets and elements) load
// when a page first shows one of their types (ON_FIRST_USE), so an app without
// them never downloads them; until then the renderer draws a placeholder
// (pending_view.js), and a first screen waits for them (loadViews).
import { views as heading } from "./elements/heading.js";
import { views as markdown } from "./elements/markdown.js";
import { views as text } from "./elements/text.js";
import { views as alert } from "./elements/alert.js";
import { views as exception } from "./elements/exception.js";
import { views as spinner } from "./elements/spinner.js";
import { views as empty } from "./elements/empty.js";
import { views as layouts } from "./elements/layouts.js";
import { views as form } from "./elements/form.js";
import { views as space } from "./elements/space.js";
import { views as dialog } from "./elements/dialog.js";
import { views as unsupported } from "./elements/unsupported.js";
import { views as button } from "./widgets/button.js";
import { views as checkbox } from "./widgets/checkbox.js";
import { views as radio } from "./widgets/radio.js";
import { views as selectbox } from "./widgets/selectbox.js";
import { views as multiselect } from "./widgets/multiselect.js";
import { views as textWidgets } from "./widgets/text_widgets.js";
import { views as chat } from "./widgets/chat.js";
import { lazy } from "../lazy.js";

/** @typedef {import("./index.js").ViewFactory} ViewFactory */

/** @type {Record<string, ViewFactory>} the views loaded so far (the eager ones, and each family once loaded) */
export const VIEWS = {
  ...heading, ...markdown, ...text, ...alert, ...exception, ...spinner, ...empty,
  ...layouts, ...form, ...space, ...unsupported, ...dialog,
  ...button, ...checkbox, ...radio, ...selectbox, ...multiselect, ...textWidgets, ...chat,
};

/**
 * The families loaded on first use: their types, and their module. No block
 * is here: a block's children need its host the moment they arrive. Each
 * import is literal, so the build points it at the hashed file (lazy.js).
 * @type {[string[], () => Promise<{views: Record<string, ViewFactory>}>][]}
 */
const ON_FIRST_USE = [
  [["dataframe"], () => import("./elements/arrow.js")],
  [["data_editor"], () => import("./widgets/data_editor.js")],
  [["table"], () => import("./elements/table.js")],
  [["json"], () => import("./elements/json.js")],
  [["metric"], () => import("./elements/metric.js")],
  [["vega_lite_chart"], () => import("./elements/vega_charts.js")],
  [["plotly_chart"], () => import("./elements/plotly_chart.js")],
  [["graphviz_chart"], () => import("./elements/graphviz_chart.js")],
  [["deck_gl_json_chart"], () => import("./elements/deck_gl_json_chart.js")],
  [["echarts_chart"], () => import("./elements/echarts_chart.js")],
  [["imgs"], () => import("./elements/image.js")],
  [["audio", "video"], () => import("./elements/media.js")],
  [["pdf"], () => import("./elements/pdf.js")],
  [["iframe"], () => import("./elements/iframe.js")],
  [["help_info"], () => import("./elements/doc_string.js")],
  [["toast"], () => import("./elements/toast.js")],
  [["balloons"], () => import("./elements/balloons.js")],
  [["snow"], () => import("./elements/snow.js")],
  [["slider"], () => import("./widgets/slider.js")],
  [["select_slider"], () => import("./widgets/select_slider.js")],
  [["number_input"], () => import("./widgets/number_input.js")],
  [["date_input", "time_input", "date_time_input"], () => import("./widgets/time_widgets.js")],
  [["color_picker"], () => import("./widgets/color_picker.js")],
  [["file_uploader"], () => import("./widgets/file_uploader.js")],
  [["audio_input"], () => import("./widgets/audio_input.js")],
  [["camera_input"], () => import("./widgets/camera_input.js")],
  [["pagination"], () => import("./widgets/pagination.js")],
  [["code"], () => import("./elements/code.js")],
  [["progress"], () => import("./elements/progress.js")],
  [["html"], () => import("./elements/html.js")],
  [["page_link"], () => import("./elements/page_link.js")],
  [["skeleton"], () => import("./elements/skeleton.js")],
  [["logo"], () => import("./elements/logo.js")],
  [["button_group"], () => import("./widgets/button_group.js")],
  [["menu_button"], () => import("./widgets/menu_button.js")],
  [["bidi_component", "bidi_trigger", "component_instance"], () => import("./widgets/components.js")],
];

/** @type {Map<string, () => Promise<Record<string, ViewFactory>>>} type -> its family's loader (once loaded, its views are in VIEWS) */
export const LAZY_VIEWS = new Map();
for (const [types, load] of ON_FIRST_USE) {
  const once = lazy(async () => {
    const { views } = await load();
    Object.assign(VIEWS, views);
    return views;
  });
  for (const type of types) LAZY_VIEWS.set(type, once);
}

/**
 * Load the families of the nodes `ops` draw that are not loaded yet: a screen
 * drawn all at once (the prerendered first screen) must not show placeholders.
 * @param {any[]} ops delta ops
 * @returns {Promise<void>} rejects when a module cannot load (its nodes then say so)
 */
export async function loadViews(ops) {
  const types = ops.map((op) => op?.node?.type).filter((type) => typeof type === "string" && !(type in VIEWS));
  const loads = new Set(types.map((type) => LAZY_VIEWS.get(type)).filter((load) => load !== undefined));
  await Promise.all([...loads].map((load) => load()));
}
