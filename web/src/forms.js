// Form staging: widgets inside st.form keep their values on the page until a
// submit button sends them all in one `submit` event.

export class Forms {
  constructor() {
    /** @type {Map<string, Map<string, any>>} form id -> widget id -> value */
    this.staged = new Map();
    /** @type {Map<string, {clearOnSubmit: boolean, enterToSubmit: boolean}>} */
    this.options = new Map();
    /** @type {Map<string, Set<() => boolean>>} form id -> checks of its fields (`required`, `validate`) */
    this.checks = new Map();
    /** @type {Set<(widgetId: string) => void>} */
    this.listeners = new Set();
  }

  /**
   * Register a field's check with its form: the form is submitted only when
   * every check passes (each shows its field's error when it does not).
   * @param {string} formId @param {() => boolean} check @returns {() => void} takes it back
   */
  guard(formId, check) {
    const checks = this.checks.get(formId) || new Set();
    this.checks.set(formId, checks);
    checks.add(check);
    return () => checks.delete(check);
  }

  /** Run every check of the form (all of them, so each field shows its error); may it be submitted? */
  maySubmit(formId) {
    let ok = true;
    for (const check of this.checks.get(formId) || []) if (!check()) ok = false;
    return ok;
  }

  configure(formId, opts) {
    this.options.set(formId, opts);
  }

  enterToSubmit(formId) {
    return this.options.get(formId)?.enterToSubmit !== false;
  }

  clearOnSubmit(formId) {
    return this.options.get(formId)?.clearOnSubmit === true;
  }

  stage(formId, widgetId, value) {
    const values = this.staged.get(formId) || new Map();
    this.staged.set(formId, values);
    values.set(widgetId, value);
    for (const listener of this.listeners) listener(widgetId);
  }

  /**
   * Be told of every staged value (a required widget's message goes once it has one).
   * @param {(widgetId: string) => void} listener @returns {() => void} stops it
   */
  onStage(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The value a widget has staged in its form, or undefined when it has none. */
  stagedValue(formId, widgetId) {
    return this.staged.get(formId)?.get(widgetId);
  }

  isStaged(widgetId) {
    for (const values of this.staged.values()) if (values.has(widgetId)) return true;
    return false;
  }

  /** The staged values of a form, as a plain object; clears them. */
  take(formId) {
    const values = Object.fromEntries(this.staged.get(formId) || []);
    this.staged.delete(formId);
    return values;
  }

  /** Forget everything (clear cache resets session state). */
  clear() {
    this.staged.clear();
  }
}
