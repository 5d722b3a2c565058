// st.image (and st.pyplot, drawn as an image): one or more images, each with
// an optional caption. Its frame has Streamlit's toolbar (Fullscreen only);
// expanded, a stretched image fills the frame and others keep their size.
import { h } from "../dom.js";
import { safeUrl } from "../safe_url.js";
import { FullScreenFrame } from "../full_screen_frame.js";

/** @type {import("../index.js").ViewFactory} */
function imgs() {
  const el = h("div", { class: "stImage", "data-testid": "stImage" });
  const frame = new FullScreenFrame(el);
  return {
    el: frame.el,
    update({ props }) {
      const urls = props.urls || [];
      const captions = props.captions || [];
      const alts = props.alts || [];
      // st.pyplot's width: "stretch" fills the column, "content" is the image's own size, a number is pixels.
      const w = props.width;
      const style = w === "stretch" ? "width: 100%" : typeof w === "number" ? `width: ${w}px; max-width: 100%` : null;
      el.replaceChildren(...urls.map((url, i) => h("div", { "data-testid": "stImageContainer", class: "wl-image" }, [
        h("img", { src: safeUrl(url, { data: true }), alt: alts[i] || captions[i] || "", style, class: w === "stretch" ? "wl-stretch" : null }),
        captions[i] ? h("div", { "data-testid": "stImageCaption", class: "stCaptionContainer" }, [String(captions[i])]) : null,
      ])));
      // As in Streamlit, the toolbar sits at the image's right edge unless it fills the column.
      frame.fitContent(w !== "stretch");
    },
    destroy() {
      frame.destroy();
    },
  };
}

export const views = { imgs };
