// st.components.v1.iframe / html: a sandboxed frame.
import { h, setAttr } from "../dom.js";
import { safeUrl } from "../safe_url.js";

/** @type {import("../index.js").ViewFactory} */
function iframe() {
  // Sandboxed without allow-same-origin: a component's script runs, but in an
  // opaque origin that cannot reach the page or the Python worker.
  const frame = h("iframe", { sandbox: "allow-scripts allow-forms allow-popups", class: "wl-iframe", title: "component" });
  const el = h("div", { class: "stIFrame", "data-testid": "stIFrame" }, [frame]);
  return {
    el,
    update({ props }) {
      if (props.srcdoc !== null && props.srcdoc !== undefined) {
        frame.removeAttribute("src");
        if (frame.srcdoc !== props.srcdoc) frame.srcdoc = String(props.srcdoc);
      } else {
        setAttr(frame, "src", safeUrl(props.src));
      }
      frame.style.width = props.width ? `${Number(props.width)}px` : "100%";
      frame.style.height = `${Number(props.height) || 150}px`;
      setAttr(frame, "scrolling", props.scrolling ? "yes" : "no");
    },
  };
}

export const views = { iframe };
