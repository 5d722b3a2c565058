// st.components.v1.iframe / html and st.iframe: a sandboxed frame.
import { h, setAttr } from "../dom.js";
import { safeUrl } from "../safe_url.js";

/** @type {import("../index.js").ViewFactory} */
function iframe() {
  // Sandboxed without allow-same-origin: a component's script runs, but in an
  // opaque origin that cannot reach the page or the Python worker.
  // credentialless: the page is cross-origin isolated with COEP credentialless, and a frame from a
  // site that sends no COEP header (most) loads only as a credentialless frame.
  const frame = h("iframe", { sandbox: "allow-scripts allow-forms allow-popups", class: "wl-iframe", title: "component", credentialless: "" });
  const el = h("div", { class: "stIFrame", "data-testid": "stIFrame" }, [frame]);
  let fitContent = false;
  // A sandboxed srcdoc cannot be measured from here (opaque origin); it may
  // say its height itself with Streamlit's component message.
  window.addEventListener("message", (ev) => {
    if (ev.source !== frame.contentWindow || !fitContent) return;
    const data = ev.data || {};
    if (data.type === "streamlit:setFrameHeight" && Number(data.height) > 0) frame.style.height = `${Number(data.height)}px`;
  });
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
      // st.iframe's "content" height: a srcdoc frame grows to its document once loaded.
      frame.style.height = props.height === "content" ? "150px" : props.height === "stretch" ? "100%" : `${Number(props.height) || 150}px`;
      setAttr(frame, "scrolling", props.scrolling ? "yes" : "no");
      setAttr(frame, "title", props.alt || "component");
      setAttr(frame, "tabindex", props.tab_index === null || props.tab_index === undefined ? null : String(props.tab_index));
      fitContent = props.height === "content";
    },
  };
}

export const views = { iframe };
