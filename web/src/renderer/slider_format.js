// A slider's values as Streamlit 1.67 shows them: an option's label
// (select_slider); a date, time or datetime (epoch microseconds on the wire)
// through a momentJS format or one of Streamlit's named ones; a number through
// a printf-style format or one of Streamlit's named ones (plain, localized,
// percent, dollar, euro, yen, compact, scientific, engineering, accounting,
// bytes). Python's default formats (YYYY-MM-DD, HH:mm, %d, %0.2f) need no
// library; other date formats load moment on first use.
import { lazy } from "../lazy.js";
import { printf } from "./number_format.js";

const loadMoment = lazy(() => import("../vendor/moment.js"));
/** @type {any} moment, once loaded */
let moment = null;

const DATE_KINDS = new Set(["date", "time", "datetime"]);
export const NAMED_NUMBER_FORMATS = new Set(["plain", "localized", "dollar", "euro", "yen", "percent", "compact", "scientific",
  "engineering", "accounting", "bytes"]);

const pad = (/** @type {number} */ n, w = 2) => String(n).padStart(w, "0");

/** Streamlit's default date formats, without moment. @param {Date} d @param {string} format */
function quickDate(d, format) {
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  if (format === "YYYY-MM-DD") return date;
  if (format === "HH:mm") return time;
  if (format === "YYYY-MM-DD HH:mm") return `${date} ${time}`;
  return null;
}

/** @param {number} v @param {Intl.NumberFormatOptions} opts */
const intl = (v, opts) => new Intl.NumberFormat(navigator.languages, opts).format(v);

/**
 * A number through one of Streamlit's formats.
 * @param {number} v @param {string | null | undefined} format
 */
export function formatSliderNumber(v, format) {
  if (!Number.isFinite(v)) return "";
  if (!format) return String(v);
  if (NAMED_NUMBER_FORMATS.has(format)) {
    switch (format) {
      case "plain": return String(v);
      case "localized": return intl(v, {});
      case "percent": return intl(v, { style: "percent", maximumFractionDigits: 2 });
      case "dollar": return intl(v, { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol" });
      case "euro": return intl(v, { style: "currency", currency: "EUR", currencyDisplay: "narrowSymbol" });
      case "yen": return intl(v, { style: "currency", currency: "JPY", currencyDisplay: "narrowSymbol" });
      case "accounting": {
        const text = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(v));
        return v < 0 ? `(${text})` : text;
      }
      case "bytes": return intl(v, { notation: "compact", style: "unit", unit: "byte", unitDisplay: "narrow", maximumFractionDigits: 1 }).replace("BB", "GB");
      default: return intl(v, { notation: /** @type {"compact" | "scientific" | "engineering"} */ (format) });
    }
  }
  // "%,d": printf with thousands separators.
  if (format.includes("%,")) {
    const text = printf(format.replace("%,", "%"), v);
    return text.replace(/\d+/, (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
  }
  return printf(format, v);
}

/**
 * A wire value as the slider shows it; null while the date library loads
 * (`onReady` is called once it has).
 * @param {number} v @param {Record<string, any>} p the slider's props
 * @param {() => void} [onReady]
 * @returns {string | null}
 */
export function formatSliderValue(v, p, onReady) {
  if (Array.isArray(p.options) && p.options.length) return String(p.options[v] ?? "");
  if (!DATE_KINDS.has(p.data_type)) return formatSliderNumber(v, p.format);
  const format = p.format || (p.data_type === "time" ? "HH:mm" : "YYYY-MM-DD");
  const quick = quickDate(new Date(v / 1000), format);
  if (quick !== null) return quick;
  if (!moment) {
    loadMoment().then((m) => { moment = m.default; onReady?.(); }).catch((err) => console.warn("wasmlit: could not load moment", err));
    return null;
  }
  const m = moment.utc(v / 1000);
  const kind = p.data_type;
  if (format === "localized") {
    const opts = { dateStyle: kind === "time" ? undefined : "medium", timeStyle: kind === "date" ? undefined : "medium" };
    return new Intl.DateTimeFormat(navigator.languages, /** @type {Intl.DateTimeFormatOptions} */ (opts)).format(m.toDate());
  }
  if (format === "distance") return m.fromNow();
  if (format === "calendar") return m.calendar();
  if (format === "iso8601") return kind === "date" ? m.format("YYYY-MM-DD") : kind === "time" ? m.format("HH:mm:ss.SSS[Z]") : m.toISOString();
  return m.format(format);
}
