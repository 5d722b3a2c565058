// st.pdf: the browser's own PDF viewer, in a frame (a data: URL becomes a
// blob: URL, which Chromium's viewer opens), with a link to open it.
import { h, setAttr } from "../dom.js";
import { safeUrl } from "../safe_url.js";

/** @param {string} url */
function toBlobUrl(url) {
  const m = /^data:application\/pdf;base64,(.*)$/i.exec(url);
  if (!m) return safeUrl(url);
  const bin = atob(m[1]);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i += 1) bytes[i] = bin.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: "application/pdf" }));
}

/** @type {import("../index.js").ViewFactory} */
function pdf() {
  const frame = h("iframe", { class: "wl-pdf-frame", "data-testid": "stPdfViewer" });
  const link = h("a", { class: "wl-pdf-link", target: "_blank", rel: "noopener noreferrer" }, ["Open the PDF"]);
  const el = h("div", { class: "stPdf", "data-testid": "stPdf" }, [frame, link]);
  /** @type {string | null} */
  let shown = null;
  /** @type {string | null} */
  let blob = null;
  return {
    el,
    update({ props }) {
      frame.style.height = props.height === "stretch" ? "100%" : `${Number(props.height) || 500}px`;
      setAttr(frame, "title", props.alt || "PDF document");
      const url = String(props.url ?? "");
      if (url === shown) return;
      shown = url;
      if (blob) URL.revokeObjectURL(blob);
      const src = toBlobUrl(url);
      blob = src && src.startsWith("blob:") ? src : null;
      setAttr(frame, "src", src);
      setAttr(link, "href", src);
    },
    destroy() { if (blob) URL.revokeObjectURL(blob); },
  };
}

export const views = { pdf };
