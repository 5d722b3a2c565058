// The registry of views: node type -> factory(node, ctx) -> View. Each
// command family has one module, with the stem of its Python twin:
// elements/<stem>.js and widgets/<stem>.js. This file only gathers them.
// (Which types are blocks is protocol.js BLOCK_TYPES, not where a view lives.)
import { views as heading } from "./elements/heading.js";
import { views as markdown } from "./elements/markdown.js";
import { views as text } from "./elements/text.js";
import { views as code } from "./elements/code.js";
import { views as json } from "./elements/json.js";
import { views as alert } from "./elements/alert.js";
import { views as exception } from "./elements/exception.js";
import { views as metric } from "./elements/metric.js";
import { views as progress } from "./elements/progress.js";
import { views as spinner } from "./elements/spinner.js";
import { views as toast } from "./elements/toast.js";
import { views as empty } from "./elements/empty.js";
import { views as layouts } from "./elements/layouts.js";
import { views as form } from "./elements/form.js";
import { views as docString } from "./elements/doc_string.js";
import { views as media } from "./elements/media.js";
import { views as image } from "./elements/image.js";
import { views as html } from "./elements/html.js";
import { views as iframe } from "./elements/iframe.js";
import { views as arrow } from "./elements/arrow.js";
import { views as vegaCharts } from "./elements/vega_charts.js";
import { views as plotlyChart } from "./elements/plotly_chart.js";
import { views as graphvizChart } from "./elements/graphviz_chart.js";
import { views as deckGlJsonChart } from "./elements/deck_gl_json_chart.js";
import { views as echartsChart } from "./elements/echarts_chart.js";
import { views as table } from "./elements/table.js";
import { views as pageLink } from "./elements/page_link.js";
import { views as space } from "./elements/space.js";
import { views as dialog } from "./elements/dialog.js";
import { views as balloons } from "./elements/balloons.js";
import { views as snow } from "./elements/snow.js";
import { views as unsupported } from "./elements/unsupported.js";
import { views as button } from "./widgets/button.js";
import { views as checkbox } from "./widgets/checkbox.js";
import { views as radio } from "./widgets/radio.js";
import { views as selectbox } from "./widgets/selectbox.js";
import { views as multiselect } from "./widgets/multiselect.js";
import { views as selectSlider } from "./widgets/select_slider.js";
import { views as slider } from "./widgets/slider.js";
import { views as numberInput } from "./widgets/number_input.js";
import { views as textWidgets } from "./widgets/text_widgets.js";
import { views as timeWidgets } from "./widgets/time_widgets.js";
import { views as colorPicker } from "./widgets/color_picker.js";
import { views as fileUploader } from "./widgets/file_uploader.js";
import { views as buttonGroup } from "./widgets/button_group.js";
import { views as chat } from "./widgets/chat.js";
import { views as dataEditor } from "./widgets/data_editor.js";
import { views as skeleton } from "./elements/skeleton.js";
import { views as pdf } from "./elements/pdf.js";
import { views as logo } from "./elements/logo.js";
import { views as menuButton } from "./widgets/menu_button.js";
import { views as pagination } from "./widgets/pagination.js";
import { views as audioInput } from "./widgets/audio_input.js";
import { views as cameraInput } from "./widgets/camera_input.js";
import { views as components } from "./widgets/components.js";

/** @type {Record<string, import("./index.js").ViewFactory>} */
export const VIEWS = {
  ...heading, ...markdown, ...text, ...code, ...json, ...alert, ...exception, ...metric, ...progress,
  ...spinner, ...toast, ...empty, ...layouts, ...form, ...docString, ...media, ...image, ...html, ...iframe,
  ...arrow, ...table, ...vegaCharts, ...plotlyChart, ...graphvizChart, ...deckGlJsonChart, ...echartsChart, ...pageLink, ...space, ...unsupported, ...dialog, ...balloons, ...snow,
  ...button, ...checkbox, ...radio, ...selectbox, ...multiselect, ...selectSlider, ...slider, ...numberInput,
  ...textWidgets, ...timeWidgets, ...colorPicker, ...fileUploader, ...buttonGroup, ...chat, ...dataEditor,
  ...skeleton, ...pdf, ...logo, ...menuButton, ...pagination, ...audioInput, ...cameraInput,
  ...components,
};
