// st.color_picker: a native color input, committed on change ('#rrggbb').
import { h, setAttr, writeValue } from "../dom.js";
import { changeWidget } from "../widget_view.js";

const colorPicker = changeWidget("stColorPicker", (box) => {
  const input = box.appendChild(h("input", { type: "color", class: "wl-color", "data-testid": "stColorPickerBlock" }));
  return {
    render(n, name) { setAttr(input, "aria-label", name); },
    write(n) { writeValue(input, String(n.props.value || "#000000").toLowerCase()); },
    read() { return input.value; },
  };
});

export const views = { color_picker: colorPicker };
