// st.file_uploader: reads the chosen files and sends their bytes (base64) as
// the widget value. The page keeps the bytes so it can resend the whole list
// when a file is added or deleted.
import { h, setAttr, setText, toBase64, closestTarget } from "../dom.js";
import { widgetView } from "../widget_view.js";

/** @typedef {{name: string, type: string, data: string, size: number}} UploadedFile */

/** @type {import("../index.js").ViewFactory} */
function fileUploader(node, ctx) {
  const input = h("input", { type: "file", "data-testid": "stFileUploaderDropzoneInput", class: "wl-file-input" });
  const browse = h("button", { type: "button", "data-testid": "stBaseButton-secondary", class: "wl-button" }, ["Browse files"]);
  const instructions = h("div", { "data-testid": "stFileUploaderDropzoneInstructions", class: "wl-dz-text" });
  const zone = h("section", { "data-testid": "stFileUploaderDropzone", class: "wl-dropzone", tabindex: "0" }, [instructions, browse, input]);
  const list = h("ul", { class: "wl-files" });
  /** @type {UploadedFile[]} */
  let files = [];

  const send = () => {
    ctx.commit(view.node, files.map(({ name, type, data }) => ({ name, type, data })));
    draw(files);
  };
  /** @param {FileList} fileList */
  const add = async (fileList) => {
    const read = await Promise.all([...fileList].map(async (f) => ({
      name: f.name, type: f.type || "application/octet-stream", size: f.size, data: toBase64(await f.arrayBuffer()),
    })));
    if (!read.length) return;
    files = view.node.props.accept_multiple_files ? [...files, ...read] : [read[read.length - 1]];
    send();
  };
  /** @param {{name: string, size: number}[]} shown */
  const draw = (shown) => {
    list.replaceChildren(...shown.map((f, i) => h("li", { "data-testid": "stFileUploaderFile", class: "wl-file" }, [
      h("span", { "data-testid": "stFileUploaderFileName", class: "wl-file-name" }, [String(f.name)]),
      h("small", {}, [formatSize(f.size)]),
      h("button", { type: "button", "data-testid": "stFileUploaderDeleteBtn", "aria-label": `Remove ${f.name}`, "data-index": String(i), class: "wl-file-x" }, ["×"]),
    ])));
  };

  const view = widgetView(node, ctx, {
    testid: "stFileUploader", body: [zone, list],
    named: () => [zone, input], controls: () => [input, browse],
    update({ props: p }, takeValue) {
      setAttr(input, "multiple", !!p.accept_multiple_files);
      setAttr(input, "accept", p.type && p.type.length ? p.type.map((t) => (t.startsWith(".") || t.includes("/") ? t : `.${t}`)).join(",") : null);
      const limit = p.type && p.type.length ? ` • ${p.type.map((t) => t.replace(/^\./, "").toUpperCase()).join(", ")}` : "";
      setText(instructions, `Drag and drop file${p.accept_multiple_files ? "s" : ""} here${limit}`);
      if (!takeValue) return;
      // Python is the source of truth for which files exist; keep our bytes
      // for the ones it still lists.
      const info = Array.isArray(p.value) ? p.value : [];
      files = info.map((f) => files.find((g) => g.name === f.name && g.size === f.size) || { ...f, data: "" });
      draw(info);
    },
  });
  browse.addEventListener("click", () => input.click());
  input.addEventListener("change", () => { if (input.files) add(input.files); input.value = ""; });
  zone.addEventListener("dragover", (ev) => ev.preventDefault());
  zone.addEventListener("drop", (ev) => { ev.preventDefault(); if (!view.node.props.disabled && ev.dataTransfer) add(ev.dataTransfer.files); });
  list.addEventListener("click", (ev) => {
    const x = closestTarget(ev, ".wl-file-x");
    if (!x) return;
    files = files.filter((_, i) => i !== Number(x.dataset.index));
    send();
  });
  return view;
}

/** @param {unknown} n bytes */
function formatSize(n) {
  const size = Number(n) || 0;
  if (size < 1024) return `${size}B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)}KB`;
  return `${(size / 1024 / 1024).toFixed(1)}MB`;
}

export const views = { file_uploader: fileUploader };
