// st.file_uploader, as Streamlit 1.67 draws it: a drop zone that opens the
// file chooser when clicked ("Upload"), and shows the files as chips
// (stFileChip) with a button to remove each and one to add more. It reads the
// chosen files and sends their bytes (base64) as the widget value; the page
// keeps the bytes so it can resend the whole list when one is added or removed.
import { h, setAttr, setText, toBase64, closestTarget } from "../dom.js";
import { widgetView } from "../widget_view.js";
import { stylesheet } from "../../lazy.js";

const CHIPS_CSS = new URL("./file_uploader.css", import.meta.url);

/** @typedef {{name: string, type: string, data: string, size: number}} UploadedFile */

/** @type {import("../index.js").ViewFactory} */
function fileUploader(node, ctx) {
  const input = h("input", { type: "file", "data-testid": "stFileUploaderDropzoneInput", class: "wl-file-input", tabindex: "-1" });
  const upload = h("button", { type: "button", "data-testid": "stBaseButton-secondary", class: "wl-button wl-upload-button" }, ["Upload"]);
  const instructions = h("div", { "data-testid": "stFileUploaderDropzoneInstructions", class: "wl-dz-text" });
  const empty = h("div", { class: "wl-dz-empty" }, [upload, instructions]);
  const chips = h("div", { class: "wl-file-chip-list" });
  const addMore = h("button", { type: "button", class: "wl-file-add", "aria-label": "Add files" });
  const chipsBox = h("div", { "data-testid": "stFileChips", class: "wl-file-chips" }, [chips, addMore]);
  const dragNote = h("div", { class: "wl-dz-drag", hidden: true });
  // The whole zone opens the file chooser (Streamlit 1.67's react-dropzone); files show in it as chips.
  const zone = h("section", { "data-testid": "stFileUploaderDropzone", class: "wl-dropzone", tabindex: "-1" }, [input, dragNote, empty]);
  /** @type {UploadedFile[]} */
  let files = [];

  const send = () => {
    ctx.commit(view.node, files.map(({ name, type, data }) => ({ name, type, data })));
    draw(files);
  };
  /** @param {FileList} fileList */
  const add = async (fileList) => {
    const [read] = await Promise.all([
      Promise.all([...fileList].map(async (f) => ({
        name: f.name, type: f.type || "application/octet-stream", size: f.size, data: toBase64(await f.arrayBuffer()),
      }))),
      stylesheet(CHIPS_CSS, zone),  // so the first chip is never drawn unstyled
    ]);
    if (!read.length) return;
    files = view.node.props.accept_multiple_files ? [...files, ...read] : [read[read.length - 1]];
    send();
  };
  /** @param {{name: string, size: number}[]} shown */
  const draw = (shown) => {
    chips.replaceChildren(...shown.map((f, i) => {
      const name = String(f.name);
      const size = formatSize(f.size);
      // An image the page holds shows as its own thumbnail (1.67's stFileChipImagePreview).
      const held = files.find((g) => g.name === f.name && g.size === f.size && g.data);
      const preview = held && /^image\//.test(held.type)
        ? h("img", { src: `data:${held.type};base64,${held.data}`, alt: name, "data-testid": "stFileChipImagePreview", class: "wl-file-chip-preview" })
        : h("i", { class: "wl-file-chip-icon", "aria-hidden": "true" });
      return h("div", { class: "stFileChip wl-file-chip", "data-testid": "stFileChip", "aria-label": `${name}, ${size}` }, [
        preview,
        h("div", { class: "wl-file-chip-text" }, [
          h("span", { class: "stFileChipName wl-file-chip-name", "data-testid": "stFileChipName", title: name }, [name]),
          h("small", {}, [size]),
        ]),
        h("div", { "data-testid": "stFileChipDeleteBtn" }, [
          h("button", { type: "button", class: "wl-file-x", "aria-label": `Remove ${name}`, "data-index": String(i) }),
        ]),
      ]);
    }));
    // The chips' styles come with the first chip: no first screen shows one.
    if (shown.length) void stylesheet(CHIPS_CSS, zone);
    zone.replaceChildren(input, dragNote, shown.length ? chipsBox : empty);
  };
  const choose = () => { if (!view.node.props.disabled) input.click(); };

  const view = widgetView(node, ctx, {
    testid: "stFileUploader", body: [zone],
    named: () => [zone], controls: () => [input, upload, addMore, ...chips.querySelectorAll("button")],
    update({ props: p }, takeValue) {
      const multiple = !!p.accept_multiple_files;
      setAttr(input, "multiple", multiple);
      setAttr(input, "accept", p.type && p.type.length ? p.type.map((t) => (t.startsWith(".") || t.includes("/") ? t : `.${t}`)).join(",") : null);
      setAttr(zone, "aria-disabled", p.disabled ? "true" : null);
      const types = p.type && p.type.length ? ` • ${p.type.map((t) => t.replace(/^\./, "").toUpperCase()).join(", ")}` : "";
      setText(instructions, `${p.max_upload_size || 200}MB per file${types}`);
      setText(dragNote, `Drag and drop ${multiple ? "files" : "a file"} here`);
      if (!takeValue) return;
      // Python is the source of truth for which files exist; keep our bytes
      // for the ones it still lists.
      const info = Array.isArray(p.value) ? p.value : [];
      files = info.map((f) => files.find((g) => g.name === f.name && g.size === f.size) || { ...f, data: "" });
      draw(info);
    },
  });
  zone.addEventListener("click", (ev) => {
    const remove = closestTarget(ev, ".wl-file-x");
    if (remove) {
      if (view.node.props.disabled) return;
      files = files.filter((_, i) => i !== Number(remove.dataset.index));
      send();
      return;
    }
    if (ev.target !== input) choose();
  });
  input.addEventListener("change", () => { if (input.files) add(input.files); input.value = ""; });
  const dragging = (/** @type {boolean} */ on) => { dragNote.hidden = !on; setAttr(zone, "data-drag-active", on ? "true" : null); };
  zone.addEventListener("dragover", (ev) => { ev.preventDefault(); dragging(!view.node.props.disabled); });
  zone.addEventListener("dragleave", (ev) => { if (!zone.contains(/** @type {Node | null} */ (ev.relatedTarget))) dragging(false); });
  zone.addEventListener("drop", (ev) => {
    ev.preventDefault();
    dragging(false);
    if (!view.node.props.disabled && ev.dataTransfer) add(ev.dataTransfer.files);
  });
  return view;
}

/**
 * A file's size as Streamlit 1.67 writes it: one decimal, in steps of 1000 ("12.0B", "1.5KB").
 * @param {unknown} n bytes
 */
function formatSize(n) {
  let size = Math.max(0, Number(n) || 0);
  const units = ["B", "KB", "MB", "GB"];
  let unit = 0;
  while (size > 500 && unit < units.length - 1) {
    size /= 1000;
    unit += 1;
  }
  return `${size.toFixed(1)}${units[unit]}`;
}

export const views = { file_uploader: fileUploader };
