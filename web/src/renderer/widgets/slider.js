// slider and select_slider: native `input[type=range]` thumbs (one, or two for
// a range), committed on release and on arrow keys (the native `change`).
import { h, setAttr, setText, focusedIn } from "../dom.js";
import { widgetLabel, updateLabel, setDisabled, plainLabel } from "./common.js";

function slider(node, ctx) {
  const label = widgetLabel();
  const track = h("div", { class: "wl-slider-track" });
  const values = h("div", { class: "wl-slider-values" });
  const min = h("div", { "data-testid": "stSliderTickBarMin", class: "wl-tick" });
  const max = h("div", { "data-testid": "stSliderTickBarMax", class: "wl-tick" });
  const el = h("div", { class: "stSlider", "data-testid": "stSlider" }, [
    label, values, track, h("div", { "data-testid": "stSliderTickBar", class: "wl-tickbar" }, [min, max]),
  ]);
  let current = node;
  let dragging = false;

  /** Text for a (local, not yet committed) thumb value. */
  const show = (v, i) => {
    const p = current.props;
    if (p.options && p.options.length) return String(p.options[v] ?? v);
    if (Array.isArray(p.value) && Number(p.value[i]) === v && p.display?.[i] !== undefined) return String(p.display[i]);
    if (p.data_type === "int" || p.data_type === "float") return String(v);
    return p.display?.[i] !== undefined ? String(p.display[i]) : String(v);
  };
  const thumbs = () => [...track.children];
  const read = () => thumbs().map((t) => Number(t.value)).sort((a, b) => a - b);
  const paint = () => {
    thumbs().forEach((t, i) => {
      const text = show(Number(t.value), i);
      setAttr(t, "aria-valuetext", text);
      setText(values.children[i], text);
    });
  };
  track.addEventListener("input", () => { dragging = true; paint(); });
  track.addEventListener("change", () => { dragging = false; paint(); ctx.commit(current, read()); });
  track.addEventListener("pointerup", () => { dragging = false; });

  return {
    el,
    update(n) {
      current = n;
      const p = n.props;
      updateLabel(label, p);
      const count = Array.isArray(p.value) && p.value.length === 2 ? 2 : 1;
      while (track.children.length > count) { track.lastChild.remove(); values.lastChild.remove(); }
      while (track.children.length < count) {
        track.append(h("input", { type: "range", class: "wl-range", role: "slider" }));
        values.append(h("div", { "data-testid": "stSliderThumbValue", class: "wl-thumb-value" }));
      }
      const name = plainLabel(p);
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
      if (!ctx.holds(n) && !(dragging && el.contains(focusedIn(el)))) {
        thumbs().forEach((t, i) => {
          const v = String(p.value?.[i] ?? p.min);
          if (t.value !== v) t.value = v;
        });
      }
      paint();
      setDisabled(thumbs(), p.disabled);
    },
  };
}

export const SLIDER_VIEWS = { slider, select_slider: slider };
