// st.image: one or more images, each with an optional caption.
import { h } from "../dom.js";
import { safeUrl } from "../safe_url.js";

/** @type {import("../index.js").ViewFactory} */
function imgs() {
  const el = h("div", { class: "stImage", "data-testid": "stImage" });
  return {
    el,
    update({ props }) {
      const urls = props.urls || [];
      const captions = props.captions || [];
      const alts = props.alts || [];
      // st.pyplot's width: "stretch" fills the column, "content" is the image's own size, a number is pixels.
      const w = props.width;
      const style = w === "stretch" ? "width: 100%" : typeof w === "number" ? `width: ${w}px; max-width: 100%` : null;
      el.replaceChildren(...urls.map((url, i) => h("div", { "data-testid": "stImageContainer", class: "wl-image" }, [
        h("img", { src: safeUrl(url, { data: true }), alt: alts[i] || captions[i] || "", style }),
        captions[i] ? h("div", { "data-testid": "stImageCaption", class: "stCaptionContainer" }, [String(captions[i])]) : null,
      ])));
    },
  };
}

export const views = { imgs };
