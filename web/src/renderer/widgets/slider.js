// st.slider: native `input[type=range]` thumbs (one, or two for a range),
// committed on release and on arrow keys (the native `change`).
import { h, setAttr, setText, focusedIn, trimChildren } from "../dom.js";
import { widgetView } from "../widget_view.js";

/** @type {import("../index.js").ViewFactory} */
export function slider(node, ctx) {
  const track = h("div", { class: "wl-slider-track" });
  const values = h("div", { class: "wl-slider-values" });
  const min = h("div", { "data-testid": "stSliderTickBarMin", class: "wl-tick" });
  const max = h("div", { "data-testid": "stSliderTickBarMax", class: "wl-tick" });
  let dragging = false;

  /** Text for a (local, not yet committed) thumb value. @param {number} v @param {number} i */
  const show = (v, i) => {
    const p = view.node.props;
    if (p.options && p.options.length) return String(p.options[v] ?? v);
    if (Array.isArray(p.value) && Number(p.value[i]) === v && p.display?.[i] !== undefined) return String(p.display[i]);
    if (p.data_type === "int" || p.data_type === "float") return String(v);
    return p.display?.[i] !== undefined ? String(p.display[i]) : String(v);
  };
  const thumbs = () => /** @type {HTMLInputElement[]} */ ([...track.children]);
  const read = () => thumbs().map((t) => Number(t.value)).sort((a, b) => a - b);
  const paint = () => {
    thumbs().forEach((t, i) => {
      const text = show(Number(t.value), i);
      setAttr(t, "aria-valuetext", text);
      setText(values.children[i], text);
    });
    fill();
  };
  /** Where the thumbs are, as CSS percentages (style.css draws the filled track and places the values). */
  const fill = () => {
    const p = view.node.props;
    const lo = Number(p.min ?? 0);
    const span = Number(p.max ?? 100) - lo;
    const at = thumbs().map((t) => (span > 0 ? Math.min(100, Math.max(0, ((Number(t.value) - lo) / span) * 100)) : 0));
    const vars = { "--wl-p0": at[0] ?? 0, "--wl-p1": at[1] ?? 0, "--wl-lo": at.length === 2 ? Math.min(...at) : 0, "--wl-hi": Math.max(...at, 0) };
    for (const [name, pct] of Object.entries(vars)) {
      const value = `${Math.round(pct * 1000) / 1000}%`;
      if (view.el.style.getPropertyValue(name) !== value) view.el.style.setProperty(name, value);
    }
  };

  const view = widgetView(node, ctx, {
    testid: "stSlider", body: [values, track, h("div", { "data-testid": "stSliderTickBar", class: "wl-tickbar" }, [min, max])],
    controls: thumbs,
    update({ props: p }, takeValue) {
      const count = Array.isArray(p.value) && p.value.length === 2 ? 2 : 1;
      trimChildren(track, count);
      trimChildren(values, count);
      while (track.children.length < count) {
        track.append(h("input", { type: "range", class: "wl-range", role: "slider" }));
        values.append(h("div", { "data-testid": "stSliderThumbValue", class: "wl-thumb-value" }));
      }
      // A range names its second thumb apart, so each has its own accessible name.
      const name = String(p.label ?? "");
      thumbs().forEach((t, i) => {
        setAttr(t, "aria-label", count === 2 ? `${name}${i === 0 ? "" : " (end)"}` : name);
        setAttr(t, "min", p.min);
        setAttr(t, "max", p.max);
        setAttr(t, "step", p.step ?? 1);
        setAttr(t, "aria-valuemin", p.min);
        setAttr(t, "aria-valuemax", p.max);
      });
      const opts = p.options && p.options.length;
      setText(min, opts ? p.options[0] : (p.min_display ?? p.min));
      setText(max, opts ? p.options[p.options.length - 1] : (p.max_display ?? p.max));
      if (takeValue && !(dragging && view.el.contains(focusedIn(view.el)))) {
        thumbs().forEach((t, i) => {
          const v = String(p.value?.[i] ?? p.min);
          if (t.value !== v) t.value = v;
        });
      }
      paint();
    },
  });
  track.addEventListener("input", () => { dragging = true; paint(); });
  track.addEventListener("change", () => { dragging = false; paint(); ctx.commit(view.node, read()); });
  track.addEventListener("pointerup", () => { dragging = false; });
  return view;
}

export const views = { slider };
