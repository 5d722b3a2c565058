// st.date_input and st.time_input as Streamlit 1.67 draws them: a field typed
// part by part (segments.js), a calendar for dates (calendar.js), and a
// commit when the field is left, as 1.67's react-aria fields commit. A time
// also commits on Enter and on each arrow step. st.datetime_input stays one
// native date-and-time field.
import { h, setAttr, svgIcon } from "../dom.js";
import { widgetView } from "../widget_view.js";
import { attachTooltip } from "../tooltip.js";
import { inputInstructions, instructions } from "../text_field.js";
import { SegmentedField, dateParts, timeParts } from "../segments.js";
import { Calendar, today } from "../calendar.js";

const CALENDAR_ICON = "M20 3h-1V1h-2v2H7V1H5v2H4c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm0 18H4V10h16v11zm0-13H4V5h16v3z";
const CLEAR_ICON = "M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2zm5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12 17 15.59z";
const ERROR_ICON = "M11 15h2v2h-2v-2zm0-8h2v6h-2V7zm.99-5C6.47 2 2 6.48 2 12s4.47 10 9.99 10C17.52 22 22 17.52 22 12S17.52 2 11.99 2zM12 20c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8z";

/** The field's error icon (`<testid>Error`), its message the tooltip, as Streamlit 1.67 shows it. @param {string} testid */
function errorMark(testid) {
  const target = h("div", { "data-testid": "stTooltipErrorHoverTarget", class: "wl-seg-error-target", tabindex: "0" }, [svgIcon(ERROR_ICON)]);
  const el = h("div", { "data-testid": testid, class: "wl-seg-error", hidden: true }, [target]);
  const tip = attachTooltip(target);
  // Out of the page while there is no error: an empty alert would still count as one.
  const alert = h("span", { role: "alert", class: "wl-sr", hidden: true });
  return {
    el, alert,
    /** @param {string | null} message markdown, or null: no error */
    set(message) {
      el.hidden = !message;
      tip.set(message);
      alert.textContent = message ? message.replace(/\*\*/g, "") : "";
      alert.hidden = !message;
    },
  };
}

/** Focus is still inside `box` (or will be: a press on one of its parts). @param {HTMLElement} box */
const holdsFocus = (box) => box.contains(/** @type {Document | ShadowRoot} */ (box.getRootNode()).activeElement);

// ---------------------------------------------------------------- dates

/** @param {string} d ISO @returns {{year: number, month: number, day: number}} */
const dateValues = (d) => { const [year, month, day] = d.split("-").map(Number); return { year, month, day }; };

/** An ISO date from complete parts, the day cut to the month's length (react-aria's constrain). @param {Record<string, number | null>} v */
function isoOf(v) {
  const { year, month, day } = /** @type {Record<string, number>} */ (v);
  const last = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const days = month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : last;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(day, days)).padStart(2, "0")}`;
}

/** A date as the widget's format writes it ("31.12.2024"). @param {string} d @param {string} format */
function formatted(d, format) {
  const { year, month, day } = dateValues(d);
  const sep = (/[/.-]/.exec(format) || ["/"])[0];
  /** @type {Record<string, string>} */
  const byLetter = { Y: String(year).padStart(4, "0"), M: String(month).padStart(2, "0"), D: String(day).padStart(2, "0") };
  return format.split(sep).map((c) => byLetter[c.charAt(0).toUpperCase()] ?? c).join(sep);
}

/**
 * Streamlit 1.67's message for a value outside min/max, or null: `what` is "date" or
 * "date and time"; values and bounds compare as ISO strings and are shown by `show`.
 * @param {string[]} values @param {string} min @param {string} max @param {string} what @param {(v: string) => string} show
 */
function rangeError(values, min, max, what, show) {
  const below = values.some((v) => v < min);
  const above = values.some((v) => v > max);
  if (!below && !above) return null;
  const which = `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
  return above
    ? `**Error**: ${which} set outside allowed range. Please select a ${what} on or before ${show(max)}.`
    : `**Error**: ${which} set outside allowed range. Please select a ${what} on or after ${show(min)}.`;
}

/**
 * What differs between st.date_input and st.datetime_input; the field, its buttons, its
 * calendar and the moments of commit are shared (pickerView). Values are lists of wire
 * strings: a date input's 0-2 ISO dates, a datetime input's 0-1 "YYYY-MM-DDTHH:MM".
 * @typedef {object} PickerKind
 * @property {string} testid
 * @property {(p: Record<string, any>) => string} shape what, when it changes, rebuilds the fields
 * @property {(p: Record<string, any>, onEdit: () => void) => {fields: SegmentedField[], parts: Node[]}} build
 * @property {(fields: SegmentedField[], name: string) => void} label
 * @property {(fields: SegmentedField[]) => {partial: boolean, values: string[]}} read
 * @property {(fields: SegmentedField[], values: string[]) => void} show
 * @property {(values: string[], p: Record<string, any>) => string | null} check
 * @property {(p: Record<string, any>) => {calendar: string, clear: string}} names
 * @property {(p: Record<string, any>) => string[]} fromWire
 * @property {(values: string[]) => any} toWire
 * @property {(values: string[], p: Record<string, any>) => {selected: string[], min: string, max: string}} calendarOf
 * @property {(dates: string[], fields: SegmentedField[]) => boolean} picked a day was chosen: show it;
 *   true if that commits and closes the calendar (a date), false if the time is still to set
 * @property {{testid: string, name: string, hint: string}} [calendar] st.datetime_input's
 * @property {(fields: () => SegmentedField[]) => {el: HTMLElement, sync: () => void}} [footer] the calendar's time field
 */

/**
 * A date field with its calendar (st.date_input, st.datetime_input).
 * @param {PickerKind} kind
 * @returns {import("../index.js").ViewFactory}
 */
function pickerView(kind) {
  return (node, ctx) => {
    const scroller = h("div", { "data-testid": `${kind.testid}FieldsScroller`, class: "wl-seg-scroller" });
    const clear = h("button", { type: "button", "data-testid": `${kind.testid}ClearButton`, class: "wl-seg-clear", tabindex: "-1", hidden: true }, [svgIcon(CLEAR_ICON)]);
    const calButton = h("button", { type: "button", "data-testid": `${kind.testid}CalendarButton`, class: "wl-seg-calendar",
      "aria-haspopup": "dialog", "aria-expanded": "false" }, [svgIcon(CALENDAR_ICON)]);
    const error = errorMark(`${kind.testid}Error`);
    const field = h("div", { "data-testid": `${kind.testid}Field`, class: "wl-seg-field", "aria-keyshortcuts": "Alt+ArrowDown" }, [
      scroller, h("div", { class: "wl-seg-actions" }, [error.el, clear, calButton]),
    ]);
    const box = h("div", { class: "wl-seg-box" }, [field, error.alert]);
    /** @type {SegmentedField[]} */
    let fields = [];
    let shape = "";
    /** Python's value, or what was last committed. @type {string[]} */
    let committed = [];
    let modal = false;

    const props = () => view.node.props;
    const edited = () => {
      error.set(null);
      fields.forEach((f) => f.setInvalid(false));
      // An open calendar follows what is typed.
      const { values } = kind.read(fields);
      if (calendar.isOpen && values.length) calendar.follow(kind.calendarOf(values, props()).selected);
      footer?.sync();
    };
    const show = (/** @type {string[]} */ values) => {
      kind.show(fields, values);
      footer?.sync();
      clear.hidden = !(props().clearable && values.length && !props().disabled);
    };
    const commit = (/** @type {string[]} */ values) => {
      show(values);
      if (values.join() === committed.join()) return;
      committed = values;
      ctx.commit(view.node, kind.toWire(values));
    };
    /** The field was left: what it holds counts, or it goes back to the last value. */
    const settle = () => {
      const { partial, values } = kind.read(fields);
      if (partial || (!values.length && !props().clearable)) {
        show(committed);
        return;
      }
      const refused = kind.check(values, props());
      error.set(refused);
      fields.forEach((f) => f.setInvalid(!!refused));
      if (!refused) commit(values);
    };

    const footer = kind.footer?.(() => fields);
    const calendar = new Calendar({
      pick(dates) {
        if (!kind.picked(dates, fields)) {
          edited();
          return;
        }
        edited();
        closeCalendar(true);
        commit(kind.read(fields).values);
      },
      close: () => closeCalendar(true),
    }, kind.calendar ? { ...kind.calendar, footer: footer?.el } : {});
    /** @param {PointerEvent} ev */
    const outside = (ev) => { if (!ev.composedPath().includes(box)) closeCalendar(false); };
    const openCalendar = (/** @type {boolean} */ asDialog) => {
      const p = props();
      if (p.disabled) return;
      const { values } = kind.read(fields);
      const { selected, min, max } = kind.calendarOf(values.length ? values : committed, p);
      modal = asDialog;
      calendar.open({ selected, focus: selected[0] || today(), min, max, range: !!p.is_range, modal, near: box });
      footer?.sync();
      setAttr(calButton, "aria-expanded", "true");
      document.addEventListener("pointerdown", outside, true);
      if (asDialog) void calendar.ready.then(() => requestAnimationFrame(() => calendar.focusDay()));
    };
    const closeCalendar = (/** @type {boolean} */ refocus) => {
      if (!calendar.isOpen) return;
      const start = calendar.pendingStart();
      calendar.hide();
      setAttr(calButton, "aria-expanded", "false");
      document.removeEventListener("pointerdown", outside, true);
      if (start && fields.length === 2) {
        // A range left with its start only: the start counts (Streamlit returns a one-date tuple).
        fields[0].set(dateValues(start));
        fields[1].set(null);
      }
      const wasModal = modal;
      modal = false;
      if (refocus) fields[fields.length - 1]?.focusLast();
      if (wasModal || !holdsFocus(box)) settle();
    };

    calButton.addEventListener("click", (ev) => {
      ev.preventDefault();
      if (calendar.isOpen && modal) closeCalendar(true);
      else {
        if (calendar.isOpen) calendar.hide();
        openCalendar(true);
      }
    });
    // A press on the field opens the calendar beside the typing (1.67), and one on its padding
    // focuses the part a user would type next.
    field.addEventListener("pointerdown", (ev) => {
      const target = /** @type {Element} */ (ev.target);
      if (target.closest("button, .wl-seg-error") || props().disabled) return;
      if (!target.closest('[role="spinbutton"]')) {
        ev.preventDefault();
        fields[0]?.focusNatural();
      }
      if (!calendar.isOpen) openCalendar(false);
    });
    field.addEventListener("keydown", (ev) => {
      if (ev.altKey && ev.key === "ArrowDown") {
        ev.preventDefault();
        if (calendar.isOpen) calendar.hide();
        openCalendar(true);
      } else if (ev.key === "Escape" && calendar.isOpen) {
        ev.preventDefault();
        closeCalendar(false);
      }
    });
    field.addEventListener("paste", (ev) => {
      const text = ev.clipboardData?.getData("text").trim() ?? "";
      const found = [...text.matchAll(/(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/g)].map((m) => isoOf({ year: +m[1], month: +m[2], day: +m[3] }));
      if (!found.length) return;
      ev.preventDefault();
      kind.picked(found.slice(0, fields.length === 2 ? 2 : 1), fields);
      edited();
    });
    clear.addEventListener("mousedown", (ev) => ev.preventDefault());
    clear.addEventListener("click", () => { edited(); commit([]); });
    // Leaving the typed parts settles them (as 1.67's field commits on blur), unless the focus went
    // into the open calendar; the calendar button counts as leaving, so what was typed counts first.
    box.addEventListener("focusout", () => {
      setTimeout(() => {
        if (!view.el.isConnected || holdsFocus(scroller) || (calendar.isOpen && (modal || holdsFocus(calendar.el)))) return;
        if (calendar.isOpen && !holdsFocus(box)) closeCalendar(false);
        else settle();
      }, 0);
    });

    const view = widgetView(node, ctx, {
      testid: kind.testid, body: [box],
      controls: () => [calButton, clear],
      update(n, takeValue) {
        const p = n.props;
        const wanted = kind.shape(p);
        if (wanted !== shape) {
          shape = wanted;
          const built = kind.build(p, edited);
          fields = built.fields;
          scroller.replaceChildren(...built.parts);
        }
        kind.label(fields, String(p.label ?? ""));
        fields.forEach((f) => f.setDisabled(!!p.disabled));
        setAttr(field, "data-disabled", p.disabled ? "true" : null);
        const names = kind.names(p);
        setAttr(calButton, "aria-label", names.calendar);
        setAttr(clear, "aria-label", names.clear);
        const value = kind.fromWire(p);
        // Python's value is written unless the user is in the middle of typing one.
        if (takeValue && !(holdsFocus(box) && kind.read(fields).values.join() !== committed.join())) {
          committed = value;
          error.set(null);
          fields.forEach((f) => f.setInvalid(false));
          show(value);
        } else {
          clear.hidden = !(p.clearable && committed.length && !p.disabled);
        }
      },
      destroy: () => document.removeEventListener("pointerdown", outside, true),
    });
    return view;
  };
}

/** st.date_input: one date, or a range's start and end, each its own field. @type {PickerKind} */
const DATE = {
  testid: "stDateInput",
  shape: (p) => `${p.format || "YYYY/MM/DD"}|${p.is_range ? 2 : 1}`,
  build(p, onEdit) {
    const hooks = { onEdit, startAt: (/** @type {string} */ type) => /** @type {any} */ (dateValues(today()))[type] };
    const fields = Array.from({ length: p.is_range ? 2 : 1 }, () => new SegmentedField(dateParts(p.format || "YYYY/MM/DD"), hooks));
    const parts = p.is_range
      ? [h("div", { "data-range-field": "start" }, [fields[0].el]), h("span", { "aria-hidden": "true", class: "wl-literal wl-range-dash" }, ["–"]),
        h("div", { "data-range-field": "end" }, [fields[1].el])]
      : [fields[0].el];
    return { fields, parts };
  },
  label(fields, name) {
    if (fields.length === 2) {
      fields[0].setLabel(`${name} start date`);
      fields[1].setLabel(`${name} end date`);
    } else fields[0].setLabel(name);
  },
  read(fields) {
    const complete = fields.map((f) => (f.isComplete() ? isoOf(f.get()) : null));
    // Half a date, or a range's end without its start, is no value yet.
    if (fields.some((f) => !f.isComplete() && !f.isEmpty()) || (fields.length === 2 && !complete[0] && complete[1])) {
      return { partial: true, values: [] };
    }
    const dates = /** @type {string[]} */ (complete.filter(Boolean));
    return { partial: false, values: dates.sort() };
  },
  show(fields, values) { fields.forEach((f, i) => f.set(values[i] ? dateValues(values[i]) : null)); },
  check(values, p) {
    const format = p.format || "YYYY/MM/DD";
    return rangeError(values, p.min, p.max, "date", (d) => formatted(d, format));
  },
  names: (p) => (p.is_range ? { calendar: "Choose date range", clear: "Clear dates" } : { calendar: "Choose date", clear: "Clear date" }),
  fromWire: (p) => (Array.isArray(p.value) ? p.value.map(String) : []),
  toWire: (values) => values,
  calendarOf: (values, p) => ({ selected: values, min: p.min, max: p.max }),
  picked(dates, fields) {
    DATE.show(fields, dates);
    return true;
  },
};

/** Two digits ("08"). @param {unknown} n */
const two = (n) => String(Number(n) || 0).padStart(2, "0");

const DASHES = "––";
/** st.datetime_input's time: in its field after the date, and in its calendar under the grid. */
const clockParts = () => [{ type: "hour", min: 0, max: 23, placeholder: DASHES }, ":", { type: "minute", min: 0, max: 59, placeholder: DASHES }];

/** "YYYY-MM-DDTHH:MM" from a datetime field's parts, or null while one is empty. @param {SegmentedField} f */
function dateTimeOf(f) {
  if (!f.isComplete()) return null;
  const v = f.get();
  return `${isoOf(v)}T${two(v.hour)}:${two(v.minute)}`;
}

/** st.datetime_input (1.67): date and time in one field; the calendar also sets the time. @type {PickerKind} */
const DATE_TIME = {
  testid: "stDateTimeInput",
  shape: (p) => p.format || "YYYY/MM/DD",
  build(p, onEdit) {
    const step = Number(p.step || 900);
    const f = new SegmentedField([...dateParts(p.format || "YYYY/MM/DD"), ", ", ...clockParts()], {
      onEdit,
      startAt: (type) => /** @type {any} */ (dateValues(today()))[type],
      // With a `step` of whole minutes (hours), the arrows move the time to the next multiple of it,
      // as 1.67's; the date stays.
      onStep(type, up) {
        const v = f.get();
        if (!f.isComplete() || !(type === "minute" || type === "hour") || step % 60 !== 0) return false;
        const next = stepped(type, up, Number(v.hour) * 3600 + Number(v.minute) * 60, step);
        if (next === null) return false;
        f.set({ ...v, hour: Math.floor(next / 3600), minute: Math.floor((next % 3600) / 60) });
        onEdit();
        return true;
      },
    });
    return { fields: [f], parts: [f.el] };
  },
  label(fields, name) { fields[0].setLabel(name); },
  read(fields) {
    const f = fields[0];
    const wire = dateTimeOf(f);
    return wire ? { partial: false, values: [wire] } : { partial: !f.isEmpty(), values: [] };
  },
  show(fields, values) {
    const wire = values[0];
    fields[0].set(wire ? { ...dateValues(wire.slice(0, 10)), hour: Number(wire.slice(11, 13)), minute: Number(wire.slice(14, 16)) } : null);
  },
  check(values, p) {
    const format = p.format || "YYYY/MM/DD";
    return rangeError(values, p.min, p.max, "date and time", (v) => `${formatted(v.slice(0, 10), format)}, ${v.slice(11, 16)}`);
  },
  names: () => ({ calendar: "Choose date and time", clear: "Clear date and time" }),
  fromWire: (p) => (typeof p.value === "string" && p.value ? [p.value.slice(0, 16)] : []),
  toWire: (values) => values[0] ?? null,
  calendarOf: (values, p) => ({ selected: values.map((v) => v.slice(0, 10)), min: String(p.min).slice(0, 10), max: String(p.max).slice(0, 10) }),
  picked(dates, fields) {
    // The day goes into the field; the time stays (00:00 if there was none), and the calendar
    // stays open for it, as 1.67's: the value counts when the calendar closes.
    const v = fields[0].get();
    fields[0].set({ ...dateValues(dates[0]), hour: v.hour ?? 0, minute: v.minute ?? 0 });
    return false;
  },
  calendar: { testid: "stDateTimeInputCalendar", name: "Choose date and time",
    hint: "Use arrow keys to navigate. Enter to select. Tab to switch between calendar and time. Escape to close." },
  footer(fields) {
    // The calendar's own hour and minute, kept in step with the field's.
    const time = new SegmentedField(["\u2066", ...clockParts(), "\u2069"], {
      onEdit() {
        const [f] = fields();
        const t = time.get();
        f.set({ ...f.get(), hour: t.hour, minute: t.minute });
      },
    });
    time.setLabel("Time");
    const el = h("div", { "data-testid": "stDateTimeInputPopoverTime", class: "wl-cal-time" }, [
      h("div", { class: "wl-cal-time-label" }, ["Time"]), time.el]);
    return { el, sync: () => { const v = fields()[0]?.get(); time.set(v ? { hour: v.hour, minute: v.minute } : null); } };
  },
};

const dateInput = pickerView(DATE);
const dateTimeInput = pickerView(DATE_TIME);

// ---------------------------------------------------------------- times

/** Is this time input on a 12-hour clock? @param {Record<string, any>} p */
function twelveHour(p) {
  if (p.format === "12h") return true;
  if (p.format !== "localized") return false;
  const cycle = new Intl.DateTimeFormat(undefined, { hour: "numeric" }).resolvedOptions().hourCycle;
  return cycle === "h11" || cycle === "h12";
}

/** @param {string | null} wire "HH:MM[:SS]" @param {boolean} twelve @returns {Record<string, number> | null} */
function timeValues(wire, twelve) {
  if (!wire) return null;
  const [hour, minute, second = 0] = wire.split(":").map(Number);
  if (!twelve) return { hour, minute, second };
  return { hour: hour % 12 || 12, minute, second, dayPeriod: hour >= 12 ? 1 : 0 };
}

/** @param {Record<string, number | null>} v @param {boolean} twelve @param {boolean} withSeconds */
function wireOf(v, twelve, withSeconds) {
  let hour = Number(v.hour);
  if (twelve) hour = (hour % 12) + (v.dayPeriod ? 12 : 0);
  return `${two(hour)}:${two(v.minute)}${withSeconds ? `:${two(v.second)}` : ""}`;
}

/**
 * An arrow key on a time part, Streamlit 1.67's way: with a `step` of whole
 * minutes (or hours), the minutes (hours) move to the next multiple of it;
 * with seconds, the whole time moves by the step. Null: the part steps by one.
 * @param {string} type @param {boolean} up @param {number} secs the time in seconds @param {number} step
 * @returns {number | null} the new time in seconds
 */
function stepped(type, up, secs, step) {
  const day = 86400;
  if (type === "minute" && step % 60 === 0) {
    const k = step / 60;
    if (!Number.isInteger(k) || k <= 1) return null;
    const mins = Math.floor(secs / 60);
    const next = up ? Math.floor(mins / k) * k + k : Math.ceil(mins / k) * k - k;
    return (next >= 1440 ? 0 : next < 0 ? Math.floor(1439 / k) * k : next) * 60;
  }
  if (type === "hour" && step % 3600 === 0) {
    const k = step / 3600;
    if (k <= 1) return null;
    const hours = Math.floor(secs / 3600);
    const next = up ? Math.floor(hours / k) * k + k : Math.ceil(hours / k) * k - k;
    return (next >= 24 ? 0 : next < 0 ? Math.floor(23 / k) * k : next) * 3600;
  }
  if (step % 60 !== 0 && step > 1 && ["hour", "minute", "second"].includes(type)) {
    let next;
    if (type === "second") next = up ? Math.floor(secs / step) * step + step : Math.ceil(secs / step) * step - step;
    else {
      const unit = type === "hour" ? 3600 : 60;
      next = up ? Math.ceil((secs + unit) / step) * step : Math.floor((secs - unit) / step) * step;
    }
    return ((next % day) + day) % day;
  }
  return null;
}

/** @type {import("../index.js").ViewFactory} */
function timeInput(node, ctx) {
  const display = h("div", { "data-testid": "stTimeInputTimeDisplay", class: "wl-seg-field" });
  const clear = h("button", { type: "button", "data-testid": "stTimeInputClearButton", class: "wl-seg-clear", "aria-label": "Clear time", tabindex: "-1", hidden: true }, [svgIcon(CLEAR_ICON)]);
  const error = errorMark("stTimeInputError");
  const hint = inputInstructions();
  const box = h("div", { class: "wl-seg-box" }, [display, error.alert, hint]);
  /** @type {SegmentedField | null} */
  let field = null;
  let shape = "";
  /** @type {string | null} */
  let committed = null;
  let twelve = false;
  let withSeconds = false;

  const props = () => view.node.props;
  const current = () => (field?.isComplete() ? wireOf(field.get(), twelve, withSeconds) : null);
  const dirty = () => !!field && !field.isEmpty() && current() !== committed;
  /** "Press Enter to apply" while an edit waits (Streamlit's InputInstructions). */
  const showHint = () => {
    const p = props();
    const on = holdsFocus(box) && (p.form_id ? ctx.enterSubmits(p.form_id) : dirty());
    const messages = on ? instructions({ multiline: false, inForm: !!p.form_id, allowEnter: true, value: "", maxLength: 0 }) : [];
    if (!messages.length) { hint.replaceChildren(); return; }
    if (hint.textContent !== messages.join("")) {
      hint.replaceChildren(h("div", { "data-testid": "InputInstructions", class: "wl-instructions" },
        messages.map((m) => h("span", { class: "wl-instruction" }, [m]))));
    }
  };
  const show = (/** @type {string | null} */ wire) => {
    field?.set(timeValues(wire, twelve));
    clear.hidden = !(props().clearable && wire && !props().disabled);
  };
  const commit = (/** @type {string | null} */ wire) => {
    const changed = wire !== committed;
    committed = wire;
    show(wire);
    showHint();
    if (changed) ctx.commit(view.node, wire);
  };
  /** Enter, or the field left: a complete time counts; a half-typed one goes back. */
  const settle = () => {
    if (!field) return;
    if (field.isComplete()) commit(current());
    else if (field.isEmpty() && props().clearable) commit(null);
    else show(committed);
    showHint();
  };
  const build = (/** @type {Record<string, any>} */ p) => {
    twelve = twelveHour(p);
    withSeconds = Number(p.step || 900) % 60 !== 0;
    const wanted = `${twelve}|${withSeconds}`;
    if (wanted === shape && field) return;
    shape = wanted;
    field = new SegmentedField(timeParts({ withSeconds, twelveHour: twelve }), {
      onEdit: () => { error.set(null); showHint(); },
      onStep(type, up) {
        const wire = current();
        if (!wire) return false;
        const [hh, mm, ss = 0] = wire.split(":").map(Number);
        const next = stepped(type, up, hh * 3600 + mm * 60 + ss, Number(props().step || 900));
        if (next === null) {
          // One part steps by one, and the time counts at once (1.67 commits every arrow step).
          queueMicrotask(() => commit(current()));
          return false;
        }
        commit(`${two(Math.floor(next / 3600))}:${two(Math.floor((next % 3600) / 60))}${withSeconds ? `:${two(next % 60)}` : ""}`);
        return true;
      },
      spoken: (type, v, values) => (type === "hour" && twelve && values.dayPeriod !== null ? `${v} ${values.dayPeriod ? "PM" : "AM"}` : null),
    });
    display.replaceChildren(field.el, error.el, clear);
  };

  display.addEventListener("pointerdown", (ev) => {
    const target = /** @type {Element} */ (ev.target);
    if (target.closest("button, .wl-seg-error") || props().disabled || target.closest('[role="spinbutton"]')) return;
    ev.preventDefault();
    field?.focusNatural();
  });
  display.addEventListener("keydown", (ev) => {
    if (ev.key !== "Enter" || !(/** @type {Element} */ (ev.target)).closest('[role="spinbutton"]')) return;
    ev.preventDefault();
    settle();
    const p = props();
    if (p.form_id) ctx.submitForm(p.form_id);
  });
  display.addEventListener("paste", (ev) => {
    const text = ev.clipboardData?.getData("text").trim() ?? "";
    const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
    if (!m || !field) return;
    ev.preventDefault();
    const [hh, mm, ss] = [Number(m[1]), Number(m[2]), Number(m[3] || 0)];
    if (hh > 23 || mm > 59 || ss > 59) {
      error.set(`Time is out of range. Hours must be 0–23, minutes 0–59${withSeconds ? ", seconds 0–59" : ""}.`);
      return;
    }
    commit(`${two(hh)}:${two(mm)}${withSeconds ? `:${two(ss)}` : ""}`);
  });
  clear.addEventListener("mousedown", (ev) => ev.preventDefault());
  clear.addEventListener("click", () => commit(null));
  box.addEventListener("focusin", showHint);
  box.addEventListener("focusout", () => setTimeout(() => {
    if (!view.el.isConnected || holdsFocus(box)) return;
    settle();
  }, 0));

  const view = widgetView(node, ctx, {
    testid: "stTimeInput", body: [box],
    controls: () => [clear],
    update(n, takeValue) {
      const p = n.props;
      const before = shape;
      build(p);
      const f = /** @type {SegmentedField} */ (field);
      f.setLabel(String(p.label ?? ""));
      f.setDisabled(!!p.disabled);
      setAttr(display, "data-disabled", p.disabled ? "true" : null);
      const value = typeof p.value === "string" && p.value ? p.value : null;
      if ((takeValue && !(holdsFocus(box) && dirty())) || before !== shape) {
        committed = value;
        error.set(null);
        show(value);
      } else {
        clear.hidden = !(p.clearable && committed && !p.disabled);
      }
    },
  });
  return view;
}

export const views = { date_input: dateInput, time_input: timeInput, date_time_input: dateTimeInput };
