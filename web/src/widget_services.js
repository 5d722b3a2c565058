// What the widget views may do (the renderer's `ctx`): send a value, a click
// or a form's submit through the page's queue, stage values inside forms,
// and ask whether a value the user set is still on its way to Python (then a
// rerun must not overwrite it on the page).
import { EVENTS, PAGE_TO_WORKER } from "./protocol.js";
import { downloadBytes } from "./renderer/dom.js";

/**
 * @typedef {import("./renderer/index.js").NodeDict} NodeDict
 * @typedef {object} WidgetServices
 * @property {import("./forms.js").Forms} forms
 * @property {(node: NodeDict, value: any, opts?: {quiet?: boolean}) => void} commit a widget's new value (staged
 *   when in a form; `quiet`, or the widget's on_change="ignore": no run of its own, it goes with the next event or rerun)
 * @property {(node: NodeDict, value?: any) => void} click a button (or chat input) was used
 * @property {(node: NodeDict) => void} submit a form's submit button was used
 * @property {(formId: string) => void} submitForm Enter in a form's text field: its submit button, if any
 * @property {(formId: string) => boolean} enterSubmits would Enter in this form's fields submit it? (Streamlit:
 *   enter_to_submit, and the form's first submit button exists and is enabled)
 * @property {(node: NodeDict) => boolean} holds is a value of this widget waiting to reach Python?
 * @property {(node: NodeDict) => any} shown the value the page shows for a widget: the one staged in its
 *   form, else its value (a chart's selection made in a form stays drawn until the form is submitted)
 * @property {(node: NodeDict) => Promise<string | null>} download a download button was used: save its data (from
 *   its props, or asked of the worker with `request_download` when it was too large to travel with the page or
 *   is made on demand); settles once saved, with null, or with the message of a deferred download that failed
 * @property {(msg: {id: string, file_name: string, mime: string, data: string, error?: string}) => void} downloadArrived
 *   the worker's answer to `request_download`
 * @property {(page: string, query: string | null) => void} navigate open a page of the app (st.page_link)
 */

/**
 * The event, tagged with its widget's fragment when it has one: such events
 * never cut a running script short (protocol.js `preempts`).
 * @template {Record<string, any>} E @param {NodeDict} node @param {E} event @returns {E}
 */
const inFragment = (node, event) => (node.props.fragment_id ? { ...event, fragment_id: node.props.fragment_id } : event);

/**
 * @param {{queue: import("./events.js").EventQueue, forms: import("./forms.js").Forms,
 *          nodes: () => {node: NodeDict, el: HTMLElement}[],
 *          showValue: (id: string, value: any) => void,
 *          onInput: () => void, navigate?: (page: string, query: string | null) => void}} deps `nodes`: the
 *   page's nodes and elements; `showValue`: draw a value in a widget without Python; `onInput` is told of
 *   every user action; `navigate` opens a page of the app
 * @returns {WidgetServices}
 */
export function widgetServices({ queue, forms, nodes, showValue, onInput, navigate = () => {} }) {
  /** A form's submit buttons, in page order. @param {string} formId */
  const submitButtons = (formId) => nodes()
    .filter(({ node }) => node.type === "form_submit_button" && node.props.form_id === formId)
    .sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    .map(({ node }) => node);
  /**
   * A form with clear_on_submit shows its widgets' defaults as soon as it is
   * submitted, staged, so the next submit applies them (engine/forms.py).
   * @param {string} formId
   */
  const clearForm = (formId) => {
    for (const { node } of nodes()) {
      if (node.props.form_id !== formId || !("default" in node.props)) continue;
      showValue(node.id, node.props.default);
      forms.stage(formId, node.id, node.props.default);
    }
  };
  /** Download buttons waiting for the worker's `download`, by id: the settle function of each waiting click. */
  const awaitedDownloads = new Map();
  /** @type {WidgetServices} */
  const ctx = {
    forms,
    commit(node, value, opts = {}) {
      if (node.props.form_id) {
        onInput();
        forms.stage(node.props.form_id, node.id, value);
      } else if (opts.quiet || node.props.ignore_rerun) {
        // on_change="ignore": no run of its own; the value goes with the next run.
        queue.pushQuiet(inFragment(node, { type: EVENTS.SET_VALUE, id: node.id, value }));
      } else {
        onInput();
        queue.pushEvent(inFragment(node, { type: EVENTS.SET_VALUE, id: node.id, value }));
      }
    },
    click(node, value) {
      onInput();
      queue.pushEvent(inFragment(node, value === undefined ? { type: EVENTS.CLICK, id: node.id } : { type: EVENTS.CLICK, id: node.id, value }));
    },
    submit(node) {
      const formId = node.props.form_id || "";
      if (!forms.maySubmit(formId)) return; // a required or invalid field says why
      onInput();
      queue.pushEvent(inFragment(node, { type: EVENTS.SUBMIT, id: node.id, form_id: formId, values: forms.take(formId) }));
      if (forms.clearOnSubmit(formId)) clearForm(formId);
    },
    submitForm(formId) {
      if (ctx.enterSubmits(formId)) ctx.submit(submitButtons(formId)[0]);
    },
    enterSubmits(formId) {
      if (!formId || !forms.enterToSubmit(formId)) return false;
      const first = submitButtons(formId)[0];
      return !!first && !first.props.disabled;
    },
    holds(node) {
      return queue.hasQueuedValue(node.id) || forms.isStaged(node.id);
    },
    shown(node) {
      const staged = node.props.form_id ? forms.stagedValue(node.props.form_id, node.id) : undefined;
      return staged !== undefined ? staged : node.props.value;
    },
    download(node) {
      const p = node.props;
      if (typeof p.data === "string") {
        downloadBytes(p.file_name, p.mime, p.data);
        return Promise.resolve(null);
      }
      // Asked before the click's own rerun, so the data is the one this button was drawn with.
      queue.push({ type: PAGE_TO_WORKER.REQUEST_DOWNLOAD, id: node.id });
      return new Promise((settle) => {
        const waiting = awaitedDownloads.get(node.id) || [];
        awaitedDownloads.set(node.id, [...waiting, settle]);
      });
    },
    downloadArrived(msg) {
      if (!msg.error) downloadBytes(msg.file_name, msg.mime, msg.data);
      // One answer per request, in the order they were asked.
      const [settle, ...rest] = awaitedDownloads.get(msg.id) || [];
      if (rest.length) awaitedDownloads.set(msg.id, rest);
      else awaitedDownloads.delete(msg.id);
      settle?.(msg.error || null);
    },
    navigate(page, query) {
      onInput();
      navigate(page, query);
    },
  };
  return ctx;
}
