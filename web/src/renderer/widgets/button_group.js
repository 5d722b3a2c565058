// st.pills, st.segmented_control and st.feedback: toggle buttons in a group;
// the committed value is the list of chosen indices.
import { h, setAttr, setText, closestTarget, trimChildren } from "../dom.js";
import { widgetView } from "../widget_view.js";

/** @type {import("../index.js").ViewFactory} */
function buttonGroup(node, ctx) {
  const label = h("div", { "data-testid": "stWidgetLabel", class: "wl-label" }, [
    h("span", { "aria-hidden": "true", class: "wl-label-text" }, [h("div", { "data-testid": "stMarkdownContainer" })]),
  ]);
  const group = h("div", { role: "group", class: "wl-button-group" });
  /** @type {number[]} */
  let value = [];
  const paint = () => [...group.children].forEach((b, i) => {
    setAttr(b, "aria-pressed", value.includes(i) ? "true" : "false");
    setAttr(b, "data-selected", value.includes(i) ? "" : null);  // react-aria's mark, as in Streamlit 1.67
  });
  const view = widgetView(node, ctx, {
    // The group names itself only when there is a label.
    testid: "stButtonGroup", body: [label, group], label,
    controls: () => /** @type {HTMLButtonElement[]} */ ([...group.children]),
    update({ props: p }, takeValue) {
      setAttr(label, "hidden", !p.label || p.label_visibility === "collapsed");
      setAttr(group, "aria-label", p.label || null);
      setAttr(view.el, "data-style", p.style || "pills");
      setAttr(group, "aria-required", p.required ? "true" : null);
      const options = p.options || [];
      trimChildren(group, options.length);
      options.forEach((opt, i) => {
        let b = group.children[i];
        if (!b) b = group.appendChild(h("button", { type: "button", class: "wl-button wl-pill", "data-index": String(i), "data-testid": "stBaseButton-pills" }));
        setText(b, opt);
      });
      if (takeValue) value = Array.isArray(p.value) ? [...p.value] : [];
      paint();
    },
  });
  group.addEventListener("click", (ev) => {
    const b = closestTarget(ev, "button");
    if (!b || view.node.props.disabled) return;
    const i = Number(b.dataset.index);
    const multi = view.node.props.selection_mode === "multi";
    // A required single choice cannot be cleared: clicking the chosen option does nothing.
    if (!multi && view.node.props.required && value.includes(i)) return;
    value = value.includes(i) ? value.filter((v) => v !== i) : multi ? [...value, i] : [i];
    paint();
    ctx.commit(view.node, value);
  });
  return view;
}

export const views = { button_group: buttonGroup };
