// Links, media and embedded HTML: images, audio, video, iframes, st.html,
// link_button and page_link. URLs from Python are only used when they are
// http(s), relative or data: (for media), so no javascript: URL ever lands.
import { h, setAttr, setText } from "./dom.js";
import { setMarkdown } from "./markdown.js";
import DOMPurify from "../vendor/purify.es.mjs";

/** A URL safe for href/src, or null. */
export function safeUrl(url, { data = false } = {}) {
  const text = String(url ?? "").trim();
  if (!text) return null;
  if (data && /^data:(image|audio|video)\//i.test(text)) return text;
  try {
    const parsed = new URL(text, document.baseURI);
    return ["http:", "https:", "mailto:", "blob:"].includes(parsed.protocol) ? text : null;
  } catch {
    return null;
  }
}

function imgs() {
  const el = h("div", { class: "stImage", "data-testid": "stImage" });
  return {
    el,
    update({ props }) {
      const urls = props.urls || [];
      const captions = props.captions || [];
      el.replaceChildren(...urls.map((url, i) => h("div", { "data-testid": "stImageContainer", class: "wl-image" }, [
        h("img", { src: safeUrl(url, { data: true }), alt: captions[i] || "" }),
        captions[i] ? h("div", { "data-testid": "stImageCaption", class: "stCaptionContainer" }, [String(captions[i])]) : null,
      ])));
    },
  };
}

function mediaView(tag, testid) {
  return () => {
    const media = h(tag, { controls: true, class: "wl-media" });
    const el = h("div", { class: testid, "data-testid": testid }, [media]);
    return {
      el,
      update({ props }) {
        setAttr(media, "src", safeUrl(props.url, { data: true }));
        media.loop = !!props.loop;
        if (props.start_time) media.currentTime = Number(props.start_time);
      },
    };
  };
}

function html() {
  const el = h("div", { class: "stHtml", "data-testid": "stHtml" });
  return {
    el,
    update({ props }) {
      // st.html is meant to render HTML, but app content never runs script.
      el.innerHTML = DOMPurify.sanitize(String(props.body ?? ""), { FORBID_TAGS: ["script"], FORBID_ATTR: ["style"] });
    },
  };
}

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

function linkButton() {
  const text = h("div", { "data-testid": "stMarkdownContainer" });
  const a = h("a", { class: "wl-button", target: "_blank", rel: "noopener noreferrer", "data-testid": "stBaseLinkButton-secondary" }, [text]);
  const el = h("div", { class: "stLinkButton", "data-testid": "stLinkButton" }, [a]);
  return {
    el,
    update({ props }) {
      setMarkdown(text, `${props.icon ? `${props.icon} ` : ""}${props.label ?? ""}`, { inline: true });
      setAttr(a, "href", props.disabled ? null : safeUrl(props.url));
      setAttr(a, "aria-disabled", props.disabled ? "true" : null);
      a.dataset.kind = props.kind || "secondary";
      setAttr(a, "data-testid", `stBaseLinkButton-${props.kind || "secondary"}`);
    },
  };
}

function pageLink() {
  const text = h("span", { "data-testid": "stMarkdownContainer" });
  const a = h("a", { class: "wl-page-link", "data-testid": "stPageLink-NavLink" }, [text]);
  const el = h("div", { class: "stPageLink", "data-testid": "stPageLink" }, [a]);
  return {
    el,
    update({ props }) {
      setText(text, `${props.icon ? `${props.icon} ` : ""}${props.label ?? ""}`);
      setAttr(a, "href", props.disabled ? null : safeUrl(props.url));
      setAttr(a, "title", props.help || null);
    },
  };
}

export const MEDIA_VIEWS = {
  imgs, audio: mediaView("audio", "stAudio"), video: mediaView("video", "stVideo"),
  html, iframe, link_button: linkButton, page_link: pageLink,
};
