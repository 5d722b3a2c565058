// st.audio and st.video: native players, as Streamlit 1.67 draws them. The
// test id sits on the <audio>/<video> itself (a user's Playwright test reads
// its src or plays it); a YouTube link plays in YouTube's embedded player, an
// <iframe> with the same test id. Like Streamlit, `loop` and `end_time` are
// the page's own (a timeupdate/ended listener, no loop attribute), and
// `autoplay` applies only when the player is first drawn, not on every rerun.
import { h, setAttr } from "../dom.js";
import { safeUrl } from "../safe_url.js";
import { setWidth } from "../widget_view.js";

/** Subtitles travel as WebVTT data: URLs (safeUrl allows only media data: URLs). @param {unknown} url */
const trackUrl = (url) => (/^data:text\/vtt[;,]/i.test(String(url)) ? String(url) : safeUrl(url));

/**
 * YouTube's player URL with the element's options (Streamlit's query parameters).
 * @param {Record<string, any>} p @returns {string | null}
 */
function youtubeSrc(p) {
  const safe = safeUrl(p.url);
  if (!safe) return null;
  const url = new URL(safe);
  if (p.start_time) url.searchParams.append("start", String(p.start_time));
  if (p.end_time) url.searchParams.append("end", String(p.end_time));
  if (p.loop) {
    url.searchParams.append("loop", "1");
    const id = url.pathname.split("/").pop();
    if (id) url.searchParams.append("playlist", id);
  }
  if (p.autoplay) url.searchParams.append("autoplay", "1");
  if (p.muted) url.searchParams.append("mute", "1");
  return url.toString();
}

/**
 * A native player whose start, end and loop follow the latest props.
 * @param {HTMLMediaElement} media @param {() => Record<string, any>} props
 */
function followTimes(media, props) {
  let pausedAtEnd = false;
  media.addEventListener("loadedmetadata", () => { media.currentTime = Number(props().start_time) || 0; });
  media.addEventListener("timeupdate", () => {
    const { end_time: end, start_time: start, loop } = props();
    if (!(end > 0) || media.currentTime < end) return;
    if (loop) {
      media.currentTime = start || 0;
      void media.play().catch(() => {});
    } else if (!pausedAtEnd) {
      pausedAtEnd = true;
      media.pause();
    }
  });
  media.addEventListener("ended", () => {
    const { start_time: start, loop } = props();
    if (!loop) return;
    media.currentTime = start || 0;
    void media.play().catch(() => {});
  });
}

/**
 * @param {"audio" | "video"} tag @param {string} name the class and test id (stAudio, stVideo)
 * @returns {import("../index.js").ViewFactory}
 */
function mediaView(tag, name) {
  return (node) => {
    const el = h("div", { class: `wl-media-frame wl-${tag}-frame` });
    /** @type {Record<string, any>} */
    let latest = node.props;
    /** @type {HTMLMediaElement | HTMLIFrameElement | null} */
    let player = null;
    let youtube = false;
    let startTime = -1;
    let tracks = "";

    /** @param {boolean} embed a YouTube player, else a native one */
    function make(embed) {
      youtube = embed;
      startTime = -1;
      tracks = "";
      if (embed) {
        // credentialless: the page is cross-origin isolated (COEP), which a
        // cross-origin frame may join only this way.
        player = h("iframe", { class: name, "data-testid": name, allow: "autoplay; encrypted-media", allowfullscreen: "", credentialless: "" });
      } else {
        const media = /** @type {HTMLMediaElement} */ (h(tag, { class: name, "data-testid": name, controls: "" }));
        // Only when first drawn: a rerun must not start it again (Streamlit's preventAutoplay).
        media.autoplay = !!latest.autoplay;
        followTimes(media, () => latest);
        player = media;
      }
      el.replaceChildren(player);
    }

    return {
      el,
      update({ props: p }) {
        latest = p;
        const embed = tag === "video" && !!p.youtube;
        if (!player || embed !== youtube) make(embed);
        setWidth(el, p.width);
        const alt = typeof p.alt === "string" && p.alt ? p.alt : null;
        if (youtube) {
          const frame = /** @type {HTMLIFrameElement} */ (player);
          setAttr(frame, "title", alt ?? p.url ?? "");
          setAttr(frame, "src", youtubeSrc(p));
          return;
        }
        const media = /** @type {HTMLMediaElement} */ (player);
        setAttr(media, "aria-label", alt);
        setAttr(media, "src", safeUrl(p.url, { data: true }));
        if (tag === "video" && media.muted !== !!p.muted) media.muted = !!p.muted;
        const start = Number(p.start_time) || 0;
        if (start !== startTime) {
          startTime = start;
          // Before its metadata loads, the loadedmetadata listener seeks; the build's prerender (jsdom) has no seeking.
          try { if (media.readyState > 0) media.currentTime = start; } catch { /* not seekable here */ }
        }
        const wanted = JSON.stringify(p.subtitles || []);
        if (tag === "video" && wanted !== tracks) {
          tracks = wanted;
          media.replaceChildren(...(p.subtitles || []).map((/** @type {{label: string, url: string}} */ s, /** @type {number} */ i) =>
            h("track", { kind: "captions", src: trackUrl(s.url), label: s.label, "data-testid": "stVideoSubtitle", ...(i === 0 ? { default: "" } : {}) })));
        }
      },
    };
  };
}

export const views = { audio: mediaView("audio", "stAudio"), video: mediaView("video", "stVideo") };
