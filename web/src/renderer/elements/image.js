// st.image (and st.pyplot, drawn as an image): one or more images, each with
// an optional caption (markdown) and, for a single image, a link. Its frame has Streamlit's toolbar (Fullscreen only);
// expanded, a stretched image fills the frame and others keep their size.
import { h, uniqueId } from "../dom.js";
import { markdownBox } from "../markdown_html.js";
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
      // "stretch" fills the column, "content" is the image's own size, a number is pixels.
      const w = props.width;
      const style = w === "stretch" ? "width: 100%" : typeof w === "number" ? `width: ${w}px; max-width: 100%` : null;
      const link = urls.length === 1 ? safeUrl(props.link) : null;
      el.classList.toggle("wl-stretch", w === "stretch");
      el.replaceChildren(...urls.map((url, i) => {
        const alt = typeof alts[i] === "string" ? alts[i] : null;
        const img = h("img", { src: safeUrl(url, { data: true }), alt: alt ?? captions[i] ?? "", style, class: w === "stretch" ? "wl-stretch" : null });
        const caption = captions[i]
          ? h("div", { "data-testid": "stImageCaption", class: "stCaptionContainer wl-image-caption", id: uniqueId("wl-caption"), style }, [markdownBox(captions[i], { inline: true })])
          : null;
        // A linked image opens its link in a new tab; its name is the caption, else the alt text, else the link.
        const named = caption ? { "aria-labelledby": caption.id } : { "aria-label": alt || link };
        const body = link ? h("a", { href: link, target: "_blank", rel: "noreferrer", "data-testid": "stImageLink", class: "wl-image-link", ...named }, [img]) : img;
        return h("div", { "data-testid": "stImageContainer", class: w === "stretch" ? "wl-image wl-stretch" : "wl-image" }, [body, caption]);
      }));
      // As in Streamlit, the toolbar sits at the image's right edge unless it fills the column.
      frame.fitContent(w !== "stretch");
    },
    destroy() {
      frame.destroy();
    },
  };
}

export const views = { imgs };
