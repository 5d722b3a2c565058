// How table cells show numbers, dates and times, as Streamlit 1.67 shows
// them: numbers with up to four decimals (trailing zeros trimmed) unless a
// column config `format` says otherwise ('%.2f', 'dollar', 'percent' ...),
// dates and times as ISO-like text unless a momentjs-style format is given.

/** Decimals Streamlit keeps for a number with no format. @param {number} v */
function defaultDecimals(v) {
  if (v === 0 || Math.abs(v) >= 1e-4) return 4;
  return Math.abs(Number.parseInt(v.toExponential().split("e")[1], 10));
}

/**
 * `v` with `decimals` decimals; trailing zeros trimmed when `trim`.
 * @param {number} v @param {number} decimals @param {{trim?: boolean, thousands?: boolean, parens?: boolean}} [o]
 */
function fixed(v, decimals, { trim = false, thousands = false, parens = false } = {}) {
  const negative = v < 0 && parens;
  let text = (negative ? -v : v).toFixed(Math.min(100, Math.max(0, decimals)));
  if (trim && text.includes(".")) text = text.replace(/0+$/, "").replace(/\.$/, "");
  if (thousands) {
    const [whole, frac] = text.split(".");
    text = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac !== undefined ? `.${frac}` : "");
  }
  if (text === "-0") text = "0";
  return negative ? `(${text})` : text;
}

/** @param {number} v @param {Intl.NumberFormatOptions} options */
function intl(v, options) {
  try {
    return new Intl.NumberFormat(navigator.languages, options).format(v);
  } catch {
    return new Intl.NumberFormat(undefined, options).format(v);
  }
}

export const NUMBER_FORMATS = new Set(["plain", "localized", "dollar", "euro", "yen", "percent", "compact",
  "scientific", "engineering", "accounting", "bytes", "duration"]);

/**
 * A number as a cell shows it.
 * @param {number} v @param {string | null | undefined} format @param {number} [decimals] fixed decimals (from `step`)
 */
export function formatNumber(v, format, decimals) {
  if (!Number.isFinite(v)) return "";
  if (!format) {
    if (decimals !== undefined) return fixed(decimals === 0 ? Math.round(v) : v, decimals);
    return fixed(v, defaultDecimals(v), { trim: true });
  }
  switch (format) {
    case "plain": return fixed(v, 20, { trim: true }).replace(/\.?0+e/, "e");
    case "localized": return intl(v, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    case "percent": return intl(v, { style: "percent", minimumFractionDigits: decimals !== undefined ? Math.max(decimals - 2, 0) : 0,
      maximumFractionDigits: decimals !== undefined ? Math.max(decimals - 2, 0) : 2 });
    case "dollar": return intl(v, { style: "currency", currency: "USD", currencyDisplay: "narrowSymbol",
      minimumFractionDigits: decimals ?? 2, maximumFractionDigits: decimals ?? 2 });
    case "euro": return intl(v, { style: "currency", currency: "EUR", currencyDisplay: "narrowSymbol",
      minimumFractionDigits: decimals ?? 2, maximumFractionDigits: decimals ?? 2 });
    case "yen": return intl(v, { style: "currency", currency: "JPY", currencyDisplay: "narrowSymbol",
      minimumFractionDigits: decimals ?? 0, maximumFractionDigits: decimals ?? 0 });
    case "compact": case "scientific": case "engineering":
      return intl(v, { notation: /** @type {"compact"} */ (format) });
    case "accounting": return fixed(v, decimals ?? 2, { thousands: true, parens: true });
    case "duration": return formatDuration(v);
    case "bytes": return intl(v, { notation: "compact", style: "unit", unit: "byte", unitDisplay: "narrow",
      maximumFractionDigits: 1 }).replace("BB", "GB");
    default: return sprintf(format, v);
  }
}

const SPEC = /%([-+ 0#']*)(\d+)?(?:\.(\d+))?([diufFeEgGxXobsc%])/g;

/**
 * printf-style formatting of one value ('%d', '%.2f', '$%,.2f' is not printf:
 * '%d ⭐' is), as Streamlit's NumberColumn `format`.
 * @param {string} format @param {any} value
 */
export function sprintf(format, value) {
  return format.replace(SPEC, (_m, flags, width, precision, type) => {
    if (type === "%") return "%";
    const n = Number(value);
    const prec = precision === undefined ? undefined : Number(precision);
    let body;
    switch (type) {
      case "d": case "i": body = String(Math.trunc(n)); break;
      case "u": body = String(Math.trunc(n) >>> 0); break;
      case "f": case "F": body = n.toFixed(prec ?? 6); break;
      case "e": case "E": body = n.toExponential(prec ?? 6); if (type === "E") body = body.toUpperCase(); break;
      case "g": case "G": body = String(Number(n.toPrecision(prec || 6))); break;
      case "x": body = (Math.trunc(n) >>> 0).toString(16); break;
      case "X": body = (Math.trunc(n) >>> 0).toString(16).toUpperCase(); break;
      case "o": body = (Math.trunc(n) >>> 0).toString(8); break;
      case "b": body = (Math.trunc(n) >>> 0).toString(2); break;
      case "c": body = String.fromCharCode(n); break;
      default: body = prec === undefined ? String(value) : String(value).slice(0, prec);
    }
    if (flags.includes("'") || flags.includes(",")) {
      const [whole, frac] = body.split(".");
      body = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac !== undefined ? `.${frac}` : "");
    }
    if (flags.includes("+") && n >= 0 && "dfeiFEgG".includes(type)) body = `+${body}`;
    else if (flags.includes(" ") && n >= 0 && "dfeiFEgG".includes(type)) body = ` ${body}`;
    const w = Number(width || 0);
    if (body.length < w) {
      if (flags.includes("-")) body = body.padEnd(w);
      else if (flags.includes("0") && "dfeiuFEgGxXob".includes(type)) {
        const sign = /^[+\- ]/.test(body) ? body[0] : "";
        body = sign + body.slice(sign.length).padStart(w - sign.length, "0");
      } else body = body.padStart(w);
    }
    return body;
  });
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const pad = (/** @type {number} */ n, w = 2) => String(n).padStart(w, "0");

/**
 * The minutes east of UTC of a fixed-offset zone as pandas names one ("UTC-05:00", "+01:00");
 * null for a named zone (which Intl knows) or none.
 * @param {string | null | undefined} tz
 */
function fixedOffset(tz) {
  const m = /^(?:UTC)?([+-])(\d{2}):?(\d{2})$/.exec(tz || "");
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

/**
 * The calendar fields of `ms` (epoch milliseconds) in `tz` (or as UTC wall time).
 * @param {number} ms @param {string | null | undefined} tz
 */
function fieldsOf(ms, tz) {
  const fixed = fixedOffset(tz);
  if (fixed !== null) return { ...fieldsOf(ms + fixed * 60000, null), offset: fixed };
  const d = new Date(ms);
  if (!tz) {
    return { Y: d.getUTCFullYear(), M: d.getUTCMonth(), D: d.getUTCDate(), h: d.getUTCHours(), m: d.getUTCMinutes(),
      s: d.getUTCSeconds(), ms: d.getUTCMilliseconds(), wd: d.getUTCDay(), offset: null };
  }
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-US", { timeZone: tz, hourCycle: "h23", year: "numeric",
    month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", weekday: "short" })
    .formatToParts(d).map((p) => [p.type, p.value]));
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
  const offset = Math.round((local - (ms - d.getUTCMilliseconds())) / 60000);
  return { Y: +parts.year, M: +parts.month - 1, D: +parts.day, h: +parts.hour % 24, m: +parts.minute,
    s: +parts.second, ms: d.getUTCMilliseconds(), wd: new Date(local).getUTCDay(), offset };
}

/** @param {number | null} minutes */
const offsetText = (minutes, colon = true) => {
  if (minutes === null) return "";
  const sign = minutes < 0 ? "-" : "+";
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}${colon ? ":" : ""}${pad(a % 60)}`;
};

const TOKENS = /\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a|ZZ|Z/g;

/**
 * A moment (epoch ms) in a momentjs-style format ('YYYY-MM-DD HH:mm', 'MMM D, YYYY' ...).
 * @param {number} ms @param {string} format @param {string | null} [tz]
 */
export function formatMoment(ms, format, tz) {
  const f = fieldsOf(ms, tz);
  const h12 = f.h % 12 || 12;
  return format.replace(TOKENS, (token, literal) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case "YYYY": return String(f.Y);
      case "YY": return pad(f.Y % 100);
      case "MMMM": return MONTHS[f.M];
      case "MMM": return MONTHS[f.M].slice(0, 3);
      case "MM": return pad(f.M + 1);
      case "M": return String(f.M + 1);
      case "Do": return `${f.D}${[, "st", "nd", "rd"][f.D % 10 > 3 || Math.floor(f.D / 10) === 1 ? 0 : f.D % 10] || "th"}`;
      case "DD": return pad(f.D);
      case "D": return String(f.D);
      case "dddd": return DAYS[f.wd];
      case "ddd": return DAYS[f.wd].slice(0, 3);
      case "HH": return pad(f.h);
      case "H": return String(f.h);
      case "hh": return pad(h12);
      case "h": return String(h12);
      case "mm": return pad(f.m);
      case "m": return String(f.m);
      case "ss": return pad(f.s);
      case "s": return String(f.s);
      case "SSS": return pad(f.ms, 3);
      case "A": return f.h < 12 ? "AM" : "PM";
      case "a": return f.h < 12 ? "am" : "pm";
      case "ZZ": return offsetText(f.offset ?? 0, false);
      case "Z": return offsetText(f.offset ?? 0);
      default: return token;
    }
  });
}

/** "3 days ago", "in 2 hours". @param {number} ms */
function distance(ms) {
  const seconds = (ms - Date.now()) / 1000;
  const units = /** @type {[Intl.RelativeTimeFormatUnit, number][]} */ ([["year", 31536000], ["month", 2592000],
    ["day", 86400], ["hour", 3600], ["minute", 60], ["second", 1]]);
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  for (const [unit, size] of units) if (Math.abs(seconds) >= size || unit === "second") return rtf.format(Math.round(seconds / size), unit);
  return "";
}

/**
 * A date, time or datetime cell's text.
 * @param {number} ms epoch milliseconds (times: since midnight)
 * @param {"datetime" | "date" | "time"} kind @param {string | null | undefined} format @param {string | null} [tz]
 */
export function formatTemporal(ms, kind, format, tz) {
  if (!Number.isFinite(ms)) return "";
  const withMs = ms % 1000 !== 0;
  if (!format) {
    if (kind === "date") return formatMoment(ms, "YYYY-MM-DD", null);
    if (kind === "time") return formatMoment(ms, withMs ? "HH:mm:ss.SSS" : "HH:mm:ss", null);
    return formatMoment(ms, withMs ? "YYYY-MM-DD HH:mm:ss.SSS" : "YYYY-MM-DD HH:mm:ss", tz) + (tz ? formatMoment(ms, "Z", tz) : "");
  }
  const date = new Date(ms);
  switch (format) {
    case "iso8601": {
      if (kind === "date") return formatMoment(ms, "YYYY-MM-DD", null);
      if (kind === "time") return formatMoment(ms, "HH:mm:ss.SSS", null);
      return tz ? formatMoment(ms, "YYYY-MM-DD[T]HH:mm:ss.SSSZ", tz) : date.toISOString();
    }
    case "localized": {
      // Intl names no fixed offset: its wall time is shown as UTC's, shifted.
      const fixed = fixedOffset(tz);
      const zone = { timeZone: fixed === null ? tz || "UTC" : "UTC" };
      const at = fixed === null ? date : new Date(ms + fixed * 60000);
      if (kind === "date") return at.toLocaleDateString(undefined, { ...zone, dateStyle: "medium" });
      if (kind === "time") return at.toLocaleTimeString(undefined, { ...zone, timeStyle: "short" });
      return at.toLocaleString(undefined, { ...zone, dateStyle: "medium", timeStyle: "short" });
    }
    case "distance": return distance(ms);
    case "calendar": {
      const day = formatMoment(ms, "YYYY-MM-DD", tz);
      const today = formatMoment(Date.now(), "YYYY-MM-DD", tz);
      const time = formatMoment(ms, "h:mm A", tz);
      return day === today ? `Today at ${time}` : `${formatMoment(ms, "MM/DD/YYYY", tz)} at ${time}`;
    }
    default: return formatMoment(ms, format, kind === "datetime" ? tz : null);
  }
}

/** Whole seconds and nine digits of fraction, as Streamlit splits a duration. @param {number} s */
function splitSeconds(s) {
  let whole = Math.floor(s);
  let ticks = Math.round((s - whole) * 1e9);
  if (ticks === 1e9) { whole += 1; ticks = 0; }
  return { whole, ticks };
}

/** An elapsed-time clock, hours not wrapped at 24: "00:00:01.5", "336:00:00". @param {number} s */
function clockDuration(s) {
  const { whole, ticks } = splitSeconds(s);
  const fraction = ticks ? `.${String(ticks).padStart(9, "0").replace(/0+$/, "")}` : "";
  return `${pad(Math.floor(whole / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}${fraction}`;
}

/** The browser's words for a duration ("5 sec", "1 sec, 500 ms"), or null without Intl.DurationFormat. @param {number} s */
function localizedDuration(s) {
  const DurationFormat = /** @type {any} */ (Intl).DurationFormat;
  if (!DurationFormat) return null;
  const { whole, ticks } = splitSeconds(s);
  /** @type {Record<string, number>} */
  const parts = {};
  const units = [["days", Math.floor(whole / 86400)], ["hours", Math.floor((whole % 86400) / 3600)],
    ["minutes", Math.floor((whole % 3600) / 60)], ["seconds", whole % 60], ["milliseconds", Math.floor(ticks / 1e6)],
    ["microseconds", Math.floor((ticks % 1e6) / 1e3)], ["nanoseconds", ticks % 1e3]];
  for (const [unit, n] of /** @type {[string, number][]} */ (units)) if (n) parts[unit] = n;
  const zero = Object.keys(parts).length === 0;
  if (zero) parts.seconds = 0;
  for (const locales of [navigator.languages, undefined]) {
    try {
      return new DurationFormat(locales, zero ? { style: "short", secondsDisplay: "always" } : { style: "short" }).format(parts);
    } catch { /* an unknown locale: the default one */ }
  }
  return null;
}

/** moment's humanized duration (Streamlit's): "a few seconds", "2 hours", "a day", "3 months". @param {number} s */
function humanizeDuration(s) {
  const days = s / 86400;
  const round = Math.round;
  const [seconds, minutes, hours, roundDays] = [round(s), round(s / 60), round(s / 3600), round(days)];
  const months = round((days * 4800) / 146097);
  const years = round((days * 4800) / 146097 / 12);
  if (seconds <= 44) return "a few seconds";
  if (seconds < 45) return `${seconds} seconds`;
  if (minutes <= 1) return "a minute";
  if (minutes < 45) return `${minutes} minutes`;
  if (hours <= 1) return "an hour";
  if (hours < 22) return `${hours} hours`;
  if (roundDays <= 1) return "a day";
  if (roundDays < 26) return `${roundDays} days`;
  if (months <= 1) return "a month";
  if (months < 11) return `${months} months`;
  if (years <= 1) return "a year";
  return `${years} years`;
}

/**
 * A duration in seconds as Streamlit 1.67 shows it: humanized ("duration", the default for a
 * timedelta), an elapsed-time clock ("compact") or the browser's words ("localized").
 * @param {number} seconds @param {string} [format]
 */
export function formatDuration(seconds, format = "duration") {
  if (!Number.isFinite(seconds)) return String(seconds);
  const a = Math.abs(seconds);
  const text = format === "compact" ? clockDuration(a) : format === "localized" ? localizedDuration(a) ?? clockDuration(a)
    : humanizeDuration(a);
  return seconds < 0 ? `-${text}` : text;
}
