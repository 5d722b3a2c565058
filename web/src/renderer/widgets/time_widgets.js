// st.date_input (one date, or two for a range) and st.time_input: native
// inputs committed on change.
import { h, setAttr, writeValue, trimChildren } from "../dom.js";
import { changeWidget } from "../widget_view.js";

const dateInput = changeWidget("stDateInput", (box) => {
  const inputs = () => /** @type {HTMLInputElement[]} */ ([...box.children]);
  return {
    render(n, name) {
      const count = n.props.is_range ? 2 : 1;
      trimChildren(box, count);
      while (box.children.length < count) box.append(h("input", { type: "date", class: "wl-input", "data-testid": "stDateInputField" }));
      inputs().forEach((inp, i) => {
        setAttr(inp, "aria-label", count === 2 ? `${name} ${i === 0 ? "start" : "end"}` : name);
        setAttr(inp, "min", n.props.min || null);
        setAttr(inp, "max", n.props.max || null);
      });
    },
    write(n) {
      const v = n.props.value || [];
      inputs().forEach((inp, i) => writeValue(inp, v[i] || ""));
    },
    read() {
      return inputs().map((inp) => inp.value).filter(Boolean);
    },
  };
});

const timeInput = changeWidget("stTimeInput", (box) => {
  const input = box.appendChild(h("input", { type: "time", class: "wl-input", "data-testid": "stTimeInputTimeDisplay" }));
  return {
    render(n, name) {
      setAttr(input, "aria-label", name);
      setAttr(input, "step", n.props.step || 60);
    },
    write(n) { writeValue(input, n.props.value || ""); },
    read() { return input.value || null; },
  };
});

// st.datetime_input (1.67): one native date-and-time field ("YYYY-MM-DDTHH:MM").
const dateTimeInput = changeWidget("stDateTimeInput", (box) => {
  const input = box.appendChild(h("input", { type: "datetime-local", class: "wl-input", "data-testid": "stDateTimeInputField" }));
  return {
    render(n, name) {
      setAttr(input, "aria-label", name);
      setAttr(input, "min", n.props.min || null);
      setAttr(input, "max", n.props.max || null);
      setAttr(input, "step", n.props.step || 900);
      setAttr(input, "required", n.props.required ? "" : null);
    },
    write(n) { writeValue(input, n.props.value || ""); },
    read() { return input.value ? input.value.slice(0, 16) : null; },
  };
});

export const views = { date_input: dateInput, time_input: timeInput, date_time_input: dateTimeInput };
