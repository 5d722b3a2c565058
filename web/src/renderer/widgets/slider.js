// st.slider (and select_slider), as Streamlit 1.67's react-aria slider
// behaves: one thumb, or two for a range, on one track. Each thumb is a
// visually hidden `input[type=range]` (its role, name and aria-valuetext) with
// its value shown above it (`stSliderThumbValue`); `stSliderTickBar` shows the
// bounds. Pressing on the track moves the closest thumb there and drags it;
// arrow keys move a focused thumb one step (Page keys a tenth, Home/End to
// the ends); thumbs never cross. The value is committed when a drag ends and
// on every key.
import { h, setAttr, setText, trimChildren } from "../dom.js";
import { widgetView } from "../widget_view.js";
import { formatSliderValue } from "../slider_format.js";

/**
 * react-aria's step precision: decimals of the step.
 * @param {number} value @param {number} step
 */
function roundToStep(value, step) {
  const text = String(step);
  const e = text.toLowerCase().indexOf("e-");
  let precision = 0;
  if (e > 0) precision = Math.abs(Math.floor(Math.log10(Math.abs(step)))) + e;
  else if (text.includes(".")) precision = text.length - text.indexOf(".");
  if (precision === 0) return value;
  const pow = 10 ** precision;
  return Math.round(value * pow) / pow;
}

/**
 * react-aria's snapValueToStep.
 * @param {number} value @param {number} min @param {number} max @param {number} step
 */
export function snap(value, min, max, step) {
  const rem = (value - min) % step;
  let v = roundToStep(Math.abs(rem) * 2 >= step ? value + Math.sign(rem) * (step - Math.abs(rem)) : value - rem, step);
  if (v < min) v = min;
  else if (v > max) v = min + Math.floor(roundToStep((max - min) / step, step)) * step;
  return roundToStep(v, step);
}

/**
 * The slider's scale: min, its top end (Streamlit lets the last step pass a
 * max that is not on the step grid, and maps it back to max), and step.
 * @param {Record<string, any>} p
 */
function scale(p) {
  const min = Number(p.min ?? 0);
  const max = Number(p.max ?? 100);
  const step = Number(p.step) > 0 ? Number(p.step) : 1;
  let top = max;
  if (max > min) {
    const last = roundToStep(min + Math.floor(roundToStep((max - min) / step, step)) * step, step);
    if (last < max && Math.abs(last - max) > step * 1e-9) top = roundToStep(last + step, step);
  }
  return { min, max, top, step };
}

/**
 * Keep a thumb's value label inside the slider (Streamlit 1.67's rule): aligned
 * to the slider's edge instead of centred when it would stick out.
 * @param {DOMRect} box the slider @param {HTMLElement} thumb @param {HTMLElement} label
 */
function fitLabel(box, thumb, label) {
  const t = thumb.getBoundingClientRect();
  const l = label.getBoundingClientRect();
  const half = t.width / 2;
  const center = t.left + half;
  const style = label.style;
  if (Math.round(center - l.width / 2) < Math.round(box.left)) {
    style.left = `${box.left - center + half}px`; style.right = ""; style.transform = "none";
  } else if (Math.round(center + l.width / 2) > Math.round(box.right)) {
    style.left = ""; style.right = `${center + half - box.right}px`; style.transform = "none";
  } else {
    style.left = ""; style.right = ""; style.transform = "";
  }
}

/** The gap Streamlit keeps between the two labels of a range. */
const LABEL_GAP = 24;

/**
 * Place the value labels of one or two thumbs so they stay inside the slider
 * and never overlap (Streamlit 1.67's rule, in pixels).
 * @param {HTMLElement} root @param {HTMLElement[]} thumbs @param {HTMLElement[]} labels
 */
function placeLabels(root, thumbs, labels) {
  const box = root.getBoundingClientRect();
  if (!box.width || !thumbs[0]) return;
  fitLabel(box, thumbs[0], labels[0]);
  if (thumbs.length < 2) return;
  fitLabel(box, thumbs[1], labels[1]);
  const [t0, t1] = thumbs.map((t) => t.getBoundingClientRect());
  const [l0, l1] = labels.map((l) => l.getBoundingClientRect());
  const c0 = t0.left + t0.width / 2;
  const c1 = t1.left + t1.width / 2;
  const w0 = c0 - l0.width / 2 >= box.left ? l0.width / 2 : l0.width;
  const w1 = c1 + l1.width / 2 <= box.right ? l1.width / 2 : l1.width;
  if (c1 - w1 - (c0 + w0) > LABEL_GAP) return;
  const set = (/** @type {HTMLElement} */ l, /** @type {string} */ left, /** @type {string} */ right) => {
    l.style.left = left; l.style.right = right; l.style.transform = "none";
  };
  if (t0.left - l0.width >= box.left && t1.right + l1.width <= box.right) {
    set(labels[0], "", `${Math.round(t0.width)}px`);
    set(labels[1], `${Math.round(t1.width)}px`, "");
  } else if (c0 < box.left + box.width / 2) {
    set(labels[1], `${Math.round(c0 + w0 + LABEL_GAP - c1 + t1.width / 2)}px`, "");
  } else {
    set(labels[0], "", `${Math.round(c0 - c1 + w1 + LABEL_GAP + t0.width / 2)}px`);
  }
}

/** @type {import("../index.js").ViewFactory} */
export function slider(node, ctx) {
  const rail = h("div", { class: "wl-slider-rail" });
  const track = h("div", { class: "wl-slider-track" }, [rail]);
  const tickMin = h("div", { "data-testid": "stMarkdownContainer" });
  const tickMax = h("div", { "data-testid": "stMarkdownContainer" });
  const ticks = h("div", { "data-testid": "stSliderTickBar", class: "wl-tickbar" }, [tickMin, tickMax]);
  const group = h("div", { role: "group", class: "wl-slider" }, [track, ticks]);
  /** Thumb positions in slider units (the top end stands for max). */
  let values = /** @type {number[]} */ ([]);
  /** The thumb being dragged, or -1. */
  let dragging = -1;
  /** Values when the current gesture started (a drag or key press commits only a change). */
  let committed = /** @type {number[]} */ ([]);

  /** @returns {HTMLElement[]} */
  const thumbs = () => /** @type {HTMLElement[]} */ ([...track.querySelectorAll(".wl-slider-thumb")]);
  const inputs = () => thumbs().map((t) => /** @type {HTMLInputElement} */ (t.querySelector("input")));
  const props = () => view.node.props;
  /** A slider value as Python's wire value (the top end is max). @param {number} v */
  const toWire = (v) => {
    const { max } = scale(props());
    return v > max ? max : v;
  };
  const label = (/** @type {number} */ v) => formatSliderValue(toWire(v), props(), paint);

  const paint = () => {
    const p = props();
    const { min, top } = scale(p);
    const span = top - min || 1;
    const pct = values.map((v) => ((v - min) / span) * 100);
    const name = String(p.label ?? "");
    thumbs().forEach((thumb, i) => {
      const input = /** @type {HTMLInputElement} */ (thumb.querySelector("input"));
      const text = label(values[i]);
      thumb.style.left = `${pct[i]}%`;
      setAttr(input, "aria-label", values.length > 1 ? `${name} — ${i === 0 ? "start" : "end"}` : name);
      setAttr(input, "min", String(i > 0 ? values[i - 1] : min));
      setAttr(input, "max", String(i < values.length - 1 ? values[i + 1] : top));
      setAttr(input, "step", String(scale(p).step));
      if (input.value !== String(values[i])) input.value = String(values[i]);
      setAttr(input, "aria-valuetext", text ?? null);
      setText(/** @type {HTMLElement} */ (thumb.querySelector('[data-testid="stSliderThumbValue"] > div')), text ?? "");
    });
    const lo = values.length > 1 ? pct[0] : 0;
    const hi = pct[pct.length - 1] ?? 0;
    rail.style.setProperty("--wl-fill-start", `${lo}%`);
    rail.style.setProperty("--wl-fill-end", `${hi}%`);
    setText(tickMin, formatSliderValue(Number(p.min), p, paint) ?? "");
    setText(tickMax, formatSliderValue(Number(p.max), p, paint) ?? "");
    if (group.isConnected) {
      placeLabels(group, thumbs(), thumbs().map((t) => /** @type {HTMLElement} */ (t.querySelector('[data-testid="stSliderThumbValue"]'))));
    } else {
      requestAnimationFrame(() => { if (group.isConnected) paint(); });
    }
  };

  const commit = () => {
    const wire = values.map(toWire);
    if (wire.length === committed.length && wire.every((v, i) => v === committed[i])) return;
    committed = wire;
    ctx.commit(view.node, wire);
  };

  /**
   * Move thumb `i` to `v` (snapped, kept between its neighbours).
   * @param {number} i @param {number} v
   */
  const setThumb = (i, v) => {
    const { min, top, step } = scale(props());
    const lo = i > 0 ? values[i - 1] : min;
    const hi = i < values.length - 1 ? values[i + 1] : top;
    const next = Math.min(Math.max(snap(v, min, top, step), lo), hi);
    if (next === values[i]) return;
    values = values.map((x, j) => (j === i ? next : x));
    paint();
  };

  /** The value under the pointer. @param {number} clientX */
  const valueAt = (clientX) => {
    const { min, top } = scale(props());
    const r = rail.getBoundingClientRect();
    const pct = r.width > 0 ? Math.min(Math.max((clientX - r.left) / r.width, 0), 1) : 0;
    return min + pct * (top - min);
  };

  /** react-aria: the thumb a press on the track moves. @param {number} v */
  const closestThumb = (v) => {
    const split = values.findIndex((x) => v - x < 0);
    if (split === 0) return 0;
    if (split === -1) return values.length - 1;
    return Math.abs(values[split - 1] - v) < Math.abs(values[split] - v) ? split - 1 : split;
  };

  // A drag commits once the pointer rests 200 ms, as Streamlit's debounced slider does, and again on
  // release: a press held down still sends its value.
  let restTimer = 0;
  const commitAfterRest = () => {
    clearTimeout(restTimer);
    restTimer = setTimeout(() => { if (dragging >= 0) commit(); }, 200);
  };

  // The whole group takes presses (the track is thin), as react-aria's track does.
  group.addEventListener("pointerdown", (ev) => {
    if (props().disabled || ev.button !== 0) return;
    ev.preventDefault();
    const onThumb = /** @type {Element} */ (ev.target).closest?.(".wl-slider-thumb");
    const i = onThumb ? thumbs().indexOf(/** @type {HTMLElement} */ (onThumb)) : closestThumb(valueAt(ev.clientX));
    if (i < 0) return;
    dragging = i;
    if (!onThumb) setThumb(i, valueAt(ev.clientX));
    commitAfterRest();
    inputs()[i]?.focus({ preventScroll: true });
    group.setPointerCapture?.(ev.pointerId);
  });
  group.addEventListener("pointermove", (ev) => {
    if (dragging < 0) return;
    setThumb(dragging, valueAt(ev.clientX));
    commitAfterRest();
  });
  const endDrag = () => {
    if (dragging < 0) return;
    clearTimeout(restTimer);
    dragging = -1;
    commit();
  };
  group.addEventListener("pointerup", endDrag);
  group.addEventListener("pointercancel", endDrag);
  group.addEventListener("lostpointercapture", endDrag);
  // A value set on the native input itself (assistive technology, a test's fill()).
  track.addEventListener("change", (ev) => {
    const i = inputs().indexOf(/** @type {HTMLInputElement} */ (ev.target));
    if (i < 0 || dragging >= 0) return;
    setThumb(i, Number(/** @type {HTMLInputElement} */ (ev.target).value));
    commit();
  });

  track.addEventListener("keydown", (ev) => {
    const input = /** @type {Element} */ (ev.target);
    const i = inputs().indexOf(/** @type {HTMLInputElement} */ (input));
    if (i < 0 || props().disabled) return;
    const { min, top, step } = scale(props());
    const page = Math.max(roundToStep(((top - min) / 10), step), step);
    /** @type {Record<string, () => number>} */
    const moves = {
      ArrowRight: () => values[i] + step, ArrowUp: () => values[i] + step,
      ArrowLeft: () => values[i] - step, ArrowDown: () => values[i] - step,
      PageUp: () => values[i] + page, PageDown: () => values[i] - page,
      Home: () => (i > 0 ? values[i - 1] : min), End: () => (i < values.length - 1 ? values[i + 1] : top),
    };
    const move = moves[/** @type {KeyboardEvent} */ (ev).key];
    if (!move) return;
    ev.preventDefault();
    setThumb(i, move());
    commit();
  });

  const view = widgetView(node, ctx, {
    testid: "stSlider", body: [group],
    controls: inputs,
    update({ props: p }, takeValue) {
      const { max, top } = scale(p);
      const wire = Array.isArray(p.value) ? p.value.map(Number) : [Number(p.value ?? p.min)];
      const count = wire.length === 2 ? 2 : 1;
      trimChildren(track, count + 1); // the rail, then the thumbs
      while (thumbs().length < count) {
        track.append(h("div", { class: "wl-slider-thumb" }, [
          h("input", { type: "range", class: "wl-slider-input", "aria-orientation": "horizontal" }),
          h("div", { "data-testid": "stSliderThumbValue", class: "wl-thumb-value" }, [h("div", { "data-testid": "stMarkdownContainer" })]),
        ]));
      }
      setAttr(group, "aria-label", String(p.label ?? ""));
      if (values.length !== count || (takeValue && dragging < 0)) {
        values = wire.slice(0, count).map((v) => (v >= max && top !== max ? top : v));
        committed = wire.slice(0, count);
      }
      paint();
    },
  });
  return view;
}

export const views = { slider };
