// st.pills, st.segmented_control and st.feedback: toggle buttons in a group;
// the committed value is the list of chosen indices.
import { h, setAttr, closestTarget, trimChildren } from "../dom.js";
import { widgetView } from "../widget_view.js";
import { setIcon, setMarkdown } from "../markdown_html.js";

/** @type {import("../index.js").ViewFactory} */
function buttonGroup(node, ctx) {
  const label = h("div", { "data-testid": "stWidgetLabel", class: "wl-label" }, [
    h("span", { "aria-hidden": "true", class: "wl-label-text" }, [h("div", { "data-testid": "stMarkdownContainer" })]),
  ]);
  const group = h("div", { role: "radiogroup", class: "wl-button-group" });
  /** @type {number[]} */
  let value = [];
  // As 1.67's react-aria groups: a single choice is a radiogroup of radios (aria-checked), a
  // multiple one a toolbar of toggle buttons (aria-pressed).
  const paint = () => {
    const multi = view.node.props.selection_mode === "multi";
    const style = view.node.props.style || "pills";
    setAttr(group, "role", multi ? "toolbar" : "radiogroup");
    [...group.children].forEach((b, i) => {
      const chosen = value.includes(i);
      setAttr(b, "role", multi ? null : "radio");
      setAttr(b, "aria-checked", multi ? null : String(chosen));
      setAttr(b, "aria-pressed", multi ? String(chosen) : null);
      setAttr(b, "data-selected", chosen ? "true" : null);  // react-aria's mark, as in Streamlit 1.67
      setAttr(b, "data-variant", style);
      setAttr(b, "data-testid", `stBaseButton-${style}${chosen ? "Active" : ""}`);
    });
  };
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
        if (!b) b = group.appendChild(h("button", { type: "button", class: "wl-button wl-pill", "data-index": String(i) },
          [h("div", { "data-testid": "stMarkdownContainer" })]));
        // An option is inline markdown, `:material/icon:` included, as 1.67 draws it.
        setMarkdown(/** @type {HTMLElement} */ (b.firstChild), opt, { inline: true });
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

/**
 * st.feedback's three kinds, as Streamlit 1.67 draws them: each option's value (its index on the
 * wire), Material icon (chosen or not) and accessible name. Thumbs show "up" (1) first.
 * @type {Record<string, {values: number[], icon: (value: number, chosen: boolean) => string, name: (value: number) => string}>}
 */
const FEEDBACK = {
  thumbs: {
    values: [1, 0],
    icon: (v) => (v === 1 ? ":material/thumb_up:" : ":material/thumb_down:"),
    name: (v) => (v === 1 ? "Thumbs up" : "Thumbs down"),
  },
  faces: {
    values: [0, 1, 2, 3, 4],
    icon: (v) => `:material/${["sentiment_sad", "sentiment_dissatisfied", "sentiment_neutral", "sentiment_satisfied", "sentiment_very_satisfied"][v]}:`,
    name: (v) => ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"][v],
  },
  stars: {
    values: [0, 1, 2, 3, 4],
    icon: (_, chosen) => (chosen ? ":material/star_filled:" : ":material/star:"),
    name: (v) => `${v + 1} out of 5 stars`,
  },
};

/**
 * st.feedback: a radiogroup of icon buttons (stFeedbackButton / stFeedbackButtonActive); a click on
 * the chosen one clears it; stars light up to the chosen one. Arrow keys move between them.
 * @type {import("../index.js").ViewFactory}
 */
function feedback(node, ctx) {
  const group = h("div", { role: "radiogroup", "aria-label": "Feedback rating", class: "wl-feedback-group" });
  /** @type {number | null} */
  let value = null;
  const kind = () => FEEDBACK[view.node.props.feedback] || FEEDBACK.thumbs;
  const buttons = () => /** @type {HTMLButtonElement[]} */ ([...group.children]);
  const paint = () => {
    const { icon } = kind();
    const stars = view.node.props.feedback === "stars";
    buttons().forEach((b, i) => {
      const v = Number(b.dataset.value);
      const chosen = value !== null && (stars ? v <= value : v === value);
      setAttr(b, "aria-checked", String(v === value));
      setAttr(b, "data-testid", chosen ? "stFeedbackButtonActive" : "stFeedbackButton");
      setAttr(b, "tabindex", v === value || (value === null && i === 0) ? "0" : "-1");
      setIcon(b, icon(v, chosen));
    });
  };
  const view = widgetView(node, ctx, {
    testid: "stFeedback", label: null, helpOn: null, body: [group],
    controls: buttons,
    update({ props: p }, takeValue) {
      const { values, name } = kind();
      if (group.dataset.kind !== p.feedback) {
        group.dataset.kind = String(p.feedback);
        group.replaceChildren(...values.map((v) => h("button", {
          type: "button", role: "radio", class: "wl-feedback-button", "data-value": String(v), "aria-label": name(v),
        })));
      }
      if (takeValue) value = Array.isArray(p.value) && p.value.length ? Number(p.value[0]) : null;
      paint();
    },
  });
  group.addEventListener("click", (ev) => {
    const b = closestTarget(ev, "button");
    if (!b || view.node.props.disabled) return;
    const v = Number(b.dataset.value);
    value = value === v ? null : v;
    paint();
    ctx.commit(view.node, value === null ? [] : [value]);
  });
  group.addEventListener("keydown", (ev) => {
    const all = buttons();
    const at = all.indexOf(/** @type {HTMLButtonElement} */ (ev.target));
    const step = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }[ev.key];
    if (at < 0 || !step) return;
    ev.preventDefault();
    all[(at + step + all.length) % all.length].focus();
  });
  return view;
}

export const views = {
  // st.feedback travels as a button group (its value is the chosen index) but draws as Streamlit's own widget.
  button_group: (node, ctx) => (node.props.feedback ? feedback(node, ctx) : buttonGroup(node, ctx)),
};
