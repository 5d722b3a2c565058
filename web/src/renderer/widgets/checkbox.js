// st.checkbox and st.toggle (the same widget, the toggle styled by CSS): a
// real checkbox named by its label, committed on change.
import { h, setAttr } from "../dom.js";
import { widgetView } from "../widget_view.js";

/** @type {import("../index.js").ViewFactory} */
function checkbox(node, ctx) {
  const input = h("input", { type: "checkbox" });
  const text = h("div", { "data-testid": "stWidgetLabel", class: "wl-label" }, [h("div", { "data-testid": "stMarkdownContainer" })]);
  // The box in a span, first in the label as in 1.67 (a test's `stCheckbox span` first finds it).
  const label = h("label", { "data-baseweb": "checkbox", class: "wl-check" }, [h("span", { class: "wl-check-box" }, [input]), text]);
  const view = widgetView(node, ctx, {
    testid: "stCheckbox", className: "row-widget stCheckbox", body: [label], label: text, helpOn: text,
    named: () => [input], controls: () => [input],
    update({ props: p }, takeValue) {
      view.el.classList.toggle("stToggle", p.style === "toggle");
      setAttr(input, "role", p.style === "toggle" ? "switch" : null);
      if (takeValue && input.checked !== !!p.value) input.checked = !!p.value;
      setAttr(input, "aria-checked", String(input.checked));
    },
  });
  input.addEventListener("change", () => {
    setAttr(input, "aria-checked", String(input.checked));
    ctx.commit(view.node, input.checked);
  });
  return view;
}

export const views = { checkbox };
