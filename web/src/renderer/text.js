// Text and status elements: heading, markdown, text, code, json, alert,
// exception, metric, progress, spinner, empty, unsupported.
import { h, setAttr, setText } from "./dom.js";
import { setMarkdown } from "./markdown.js";

/** A `stMarkdownContainer` div with rendered markdown. */
export function markdownBox(body, opts = {}, testid = "stMarkdownContainer") {
  const el = h("div", { "data-testid": testid, class: testid === "stCaptionContainer" ? "stCaptionContainer" : null });
  setMarkdown(el, body, opts);
  return el;
}

let headingSeq = 0;

function heading(node) {
  const tag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(node.props.tag) ? node.props.tag : "h2";
  headingSeq += 1;
  const textId = `wl-heading-${headingSeq}`;
  const text = h("span", { id: textId, class: "wl-heading-text" });
  // The "#" is drawn by CSS, so the heading's text stays exactly the title.
  const link = h("a", { class: "wl-anchor", "aria-hidden": "true", tabindex: "-1" });
  const el = h("div", { class: "stHeading", "data-testid": "stHeading" }, [
    h("div", { "data-testid": "stMarkdownContainer" }, [
      h("div", { "data-testid": "stHeadingWithActionElements" }, [
        h(tag, { "aria-labelledby": textId }, [text, h("span", { "data-testid": "stHeaderActionElements" }, [link])]),
      ]),
    ]),
  ]);
  const divider = h("hr", { "data-testid": "stHeadingDivider", hidden: true });
  el.append(divider);
  return {
    el,
    update({ props }) {
      setMarkdown(text, props.body, { inline: true });
      const anchor = props.anchor || slug(text.textContent);
      setAttr(el.querySelector(tag), "id", anchor || null);
      setAttr(link, "href", anchor ? `#${anchor}` : null);
      setAttr(divider, "hidden", !props.divider);
      if (props.divider) divider.style.setProperty("--wl-divider", String(props.divider));
      setAttr(el, "title", props.help || null);
    },
  };
}

function slug(text) {
  return String(text).toLowerCase().trim().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function markdown(node) {
  const el = h("div", { class: "stMarkdown", "data-testid": "stMarkdown" });
  let box = null;
  let variant = null;
  return {
    el,
    update({ props }) {
      const v = props.variant || "markdown";
      if (v !== variant) {
        variant = v;
        el.replaceChildren();
        if (v === "divider") box = el.appendChild(h("hr", { "data-testid": "stDivider" }));
        else box = el.appendChild(h("div", v === "caption" ? { "data-testid": "stCaptionContainer", class: "stCaptionContainer" } : { "data-testid": "stMarkdownContainer" }));
      }
      if (v === "latex") setText(box, props.body);
      else if (v !== "divider") setMarkdown(box, props.body, { allowHtml: !!props.allow_html });
      setAttr(el, "title", props.help || null);
    },
  };
}

function text() {
  const el = h("div", { class: "stText", "data-testid": "stText" });
  return { el, update({ props }) { setText(el, props.body); setAttr(el, "title", props.help || null); } };
}

function code() {
  const codeEl = h("code");
  const copy = h("button", { type: "button", class: "wl-copy", "data-testid": "stCodeCopyButton", title: "Copy to clipboard" }, ["Copy"]);
  const el = h("div", { class: "stCode", "data-testid": "stCode" }, [h("pre", {}, [codeEl]), copy]);
  copy.addEventListener("click", () => navigator.clipboard?.writeText(codeEl.textContent).catch(() => {}));
  return {
    el,
    update({ props }) {
      setText(codeEl, props.body);
      setAttr(codeEl, "class", props.language ? `language-${props.language}` : null);
      el.classList.toggle("wl-line-numbers", !!props.line_numbers);
    },
  };
}

function json() {
  const pre = h("pre", { class: "wl-json" });
  const el = h("div", { class: "stJson", "data-testid": "stJson" }, [pre]);
  return {
    el,
    update({ props }) {
      let pretty = props.body;
      try { pretty = JSON.stringify(JSON.parse(props.body), null, 2); } catch { /* show as is */ }
      setText(pre, pretty);
    },
  };
}

const ALERT_TESTID = { success: "stAlertContentSuccess", info: "stAlertContentInfo", warning: "stAlertContentWarning", error: "stAlertContentError" };

function alert() {
  const content = h("div");
  const el = h("div", { class: "stAlert", "data-testid": "stAlert" }, [
    h("div", { role: "alert", "data-testid": "stAlertContainer", class: "wl-alert" }, [content]),
  ]);
  return {
    el,
    update({ props }) {
      const format = ALERT_TESTID[props.format] ? props.format : "info";
      setAttr(content, "data-testid", ALERT_TESTID[format]);
      setAttr(el.firstChild, "data-format", format);
      content.replaceChildren(...(props.icon ? [h("span", { "data-testid": "stAlertDynamicIcon", class: "wl-icon" }, [String(props.icon)])] : []),
        markdownBox(props.body));
    },
  };
}

function exception() {
  const body = h("div");
  const el = h("div", { class: "stException", "data-testid": "stException" }, [
    h("div", { role: "alert", "data-testid": "stAlertContainer", class: "wl-alert" }, [body]),
  ]);
  return {
    el,
    update({ props }) {
      const warn = !!props.is_warning;
      setAttr(body, "data-testid", warn ? "stAlertContentWarning" : "stAlertContentError");
      setAttr(el.firstChild, "data-format", warn ? "warning" : "error");
      const message = h("div", { "data-testid": "stExceptionMessage", class: "wl-exc-message" }, [
        h("strong", { class: "wl-exc-type" }, [String(props.type_name ?? "Exception")]),
        props.message ? `: ${props.message}` : "",
      ]);
      const rows = (props.stack_trace || []).map((line) => h("div", { "data-testid": "stExceptionTraceRow", class: "wl-trace-row" }, [String(line)]));
      body.replaceChildren(message, h("div", { class: "wl-trace", "data-testid": "stExceptionTrace" }, rows));
    },
  };
}

function metric() {
  const label = h("div", { "data-testid": "stMetricLabel", class: "wl-metric-label" });
  const value = h("div", { "data-testid": "stMetricValue", class: "wl-metric-value" });
  const delta = h("div", { "data-testid": "stMetricDelta", class: "wl-metric-delta" });
  const el = h("div", { class: "stMetric", "data-testid": "stMetric", role: "group" }, [label, value, delta]);
  return {
    el,
    update({ props }) {
      setMarkdown(label, props.label, { inline: true });
      setText(value, props.value);
      const d = props.delta == null ? "" : String(props.delta);
      delta.hidden = d === "";
      const down = d.trim().startsWith("-");
      const color = props.delta_color || "normal";
      const good = color === "off" ? null : (color === "inverse" ? down : !down);
      delta.dataset.tone = good === null ? "off" : good ? "good" : "bad";
      delta.replaceChildren(
        h("span", { "data-testid": down ? "stMetricDeltaIcon-Down" : "stMetricDeltaIcon-Up", class: "wl-icon" }, [down ? "↓" : "↑"]),
        h("span", {}, [d]),
      );
      el.classList.toggle("wl-bordered", !!props.border);
      setAttr(el, "title", props.help || null);
    },
  };
}

function progress() {
  const label = h("div", { "data-testid": "stMarkdownContainer" });
  const bar = h("div", { class: "wl-progress-fill" });
  const track = h("div", { role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100", class: "wl-progress" }, [bar]);
  const el = h("div", { class: "stProgress", "data-testid": "stProgress" }, [label, track]);
  return {
    el,
    update({ props }) {
      const v = Math.max(0, Math.min(100, Number(props.value) || 0));
      setAttr(track, "aria-valuenow", v);
      setAttr(track, "aria-valuetext", props.text ? String(props.text) : `${v}%`);
      bar.style.width = `${v}%`;
      label.hidden = !props.text;
      setMarkdown(label, props.text || "", { inline: true });
    },
  };
}

function spinner() {
  const label = h("div", { "data-testid": "stMarkdownContainer" });
  const el = h("div", { class: "stSpinner", "data-testid": "stSpinner" }, [h("i", { class: "wl-spinner-icon", "aria-hidden": "true" }), label]);
  return { el, update({ props }) { setMarkdown(label, props.text, { inline: true }); } };
}

function empty() {
  return { el: h("div", { class: "stEmpty", "data-testid": "stEmpty" }), update() {} };
}

function unsupported() {
  const el = h("div", { class: "stAlert wl-unsupported", "data-testid": "stAlert" });
  return {
    el,
    update(node) {
      const name = node.props.name || node.type;
      setText(el, `st.${name} is not supported by wasmlit yet.`);
    },
  };
}

/** A toast: shown over the page's corner, gone after a few seconds. */
function toast() {
  const body = h("div", { "data-testid": "stMarkdownContainer" });
  const icon = h("span", { "data-testid": "stToastDynamicIcon", class: "wl-icon" });
  const card = h("div", { class: "stToast wl-toast", "data-testid": "stToast", role: "status" }, [icon, body]);
  const el = h("div", { "data-testid": "stToastContainer", class: "wl-toast-container" }, [card]);
  let timer = 0;
  return {
    el,
    update({ props }) {
      setMarkdown(body, props.body, { inline: true });
      setText(icon, props.icon ? String(props.icon) : "");
      card.hidden = false;
      clearTimeout(timer);
      timer = setTimeout(() => { card.hidden = true; }, 4000);
    },
    destroy() { clearTimeout(timer); },
  };
}

function space() {
  const el = h("div", { class: "stSpace", "data-testid": "stSpace" });
  const sizes = { small: "0.5rem", medium: "2.5rem", large: "4rem" };
  return {
    el,
    update({ props }) {
      el.style.height = typeof props.size === "number" ? `${props.size}px` : sizes[props.size] || sizes.small;
    },
  };
}

export const TEXT_VIEWS = {
  toast, space, heading, markdown, text, code, json, alert, exception, metric, progress, spinner, empty, unsupported };
