// Numbers as Streamlit's widgets show them: printf-style formats (`%.2f`,
// `%d`, `%0.1f%%`) through printj, the sprintf that reads Streamlit's format
// strings the way its frontend's sprintf-js does, and step arithmetic that
// keeps the step's decimals (0.1 + 0.2 is 0.3).
import { sprintf } from "../vendor/printj.mjs";

/**
 * How many decimals a step has (`0.01` → 2, `1e-7` → 7).
 * @param {number} step
 */
export function decimals(step) {
  const text = String(step);
  const exp = /e-(\d+)$/.exec(text);
  if (exp) return (text.split("e-")[0].split(".")[1] || "").length + Number.parseInt(exp[1], 10);
  return (text.split(".")[1] || "").length;
}

/**
 * Streamlit's `formatValue`: the format if there is one (else the step's
 * decimals for a float), falling back to plain `String(value)`.
 * @param {number | null | undefined} value
 * @param {{format?: string | null, step?: number | null, dataType?: string}} how
 * @returns {string | null}
 */
export function formatNumber(value, { format, step, dataType }) {
  if (value === null || value === undefined) return null;
  let fmt = format || null;
  if (!fmt && step && dataType !== "int") {
    const d = decimals(step);
    if (d > 0) fmt = `%0.${d}f`;
  }
  if (!fmt) return String(value);
  return printf(fmt, value);
}

/**
 * One value through a printf-style format; the plain value when the format is bad.
 * @param {string} fmt @param {unknown} value
 */
export function printf(fmt, value) {
  try {
    return sprintf(fmt, value);
  } catch (err) {
    console.warn(`wasmlit: sprintf(${fmt}, ${value}) failed: ${err}`);
    return String(value);
  }
}

/**
 * `value ± step` rounded to the step's decimals, as Streamlit's number input does.
 * @param {number} value @param {number} step @param {1 | -1} sign
 */
export function stepBy(value, step, sign) {
  const d = decimals(step);
  if (d === 0) return value + sign * step;
  const scale = 10 ** d;
  return (Math.round(value * scale) + sign * Math.round(step * scale)) / scale;
}
