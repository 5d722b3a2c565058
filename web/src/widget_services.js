// What the widget views may do (the renderer's `ctx`): send a value, a click
// or a form's submit through the page's queue, stage values inside forms,
// and ask whether a value the user set is still on its way to Python (then a
// rerun must not overwrite it on the page).
import { EVENTS } from "./protocol.js";
import { downloadBytes } from "./renderer/dom.js";

/**
 * @typedef {import("./renderer/index.js").NodeDict} NodeDict
 * @typedef {object} WidgetServices
 * @property {import("./forms.js").Forms} forms
 * @property {(node: NodeDict, value: any) => void} commit a widget's new value (staged when in a form)
 * @property {(node: NodeDict, value?: any) => void} click a button (or chat input) was used
 * @property {(node: NodeDict) => void} submit a form's submit button was used
 * @property {(formId: string) => void} submitForm Enter in a form's text field: its submit button, if any
 * @property {(node: NodeDict) => boolean} holds is a value of this widget waiting to reach Python?
 * @property {(node: NodeDict) => void} downloadLocal a download button saves its data at once
 * @property {(id: string) => boolean} savedLocally did a click on `id` save its download since the last run?
 * @property {() => void} runFinished a run ended (the page may save the same download again)
 * @property {(page: string, query: string | null) => void} navigate open a page of the app (st.page_link)
 */

/**
 * @param {{queue: import("./events.js").EventQueue, forms: import("./forms.js").Forms,
 *          findNode: (test: (node: NodeDict) => boolean) => NodeDict | undefined,
 *          onInput: () => void, navigate?: (page: string, query: string | null) => void}} deps
 *   `onInput` is told of every user action; `navigate` opens a page of the app
 * @returns {WidgetServices}
 */
export function widgetServices({ queue, forms, findNode, onInput, navigate = () => {} }) {
  /** Download buttons clicked since the last run ended: the worker's `download` for them is not saved twice. */
  const recentDownloads = new Set();
  /** @type {WidgetServices} */
  const ctx = {
    forms,
    commit(node, value) {
      onInput();
      if (node.props.form_id) forms.stage(node.props.form_id, node.id, value);
      else queue.pushEvent({ type: EVENTS.SET_VALUE, id: node.id, value });
    },
    click(node, value) {
      onInput();
      queue.pushEvent(value === undefined ? { type: EVENTS.CLICK, id: node.id } : { type: EVENTS.CLICK, id: node.id, value });
    },
    submit(node) {
      onInput();
      const formId = node.props.form_id || "";
      queue.pushEvent({ type: EVENTS.SUBMIT, id: node.id, form_id: formId, values: forms.take(formId) });
    },
    submitForm(formId) {
      const submitter = findNode((n) => n.type === "form_submit_button" && n.props.form_id === formId);
      if (submitter && !submitter.props.disabled) ctx.submit(submitter);
    },
    holds(node) {
      return queue.hasQueuedValue(node.id) || forms.isStaged(node.id);
    },
    downloadLocal(node) {
      const p = node.props;
      recentDownloads.add(node.id);
      downloadBytes(p.file_name, p.mime, p.data);
    },
    savedLocally: (id) => recentDownloads.has(id),
    runFinished: () => recentDownloads.clear(),
    navigate(page, query) {
      onInput();
      navigate(page, query);
    },
  };
  return ctx;
}
