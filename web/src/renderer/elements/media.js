// st.audio and st.video: native players.
import { h, setAttr } from "../dom.js";
import { safeUrl } from "../safe_url.js";

/**
 * @param {"audio" | "video"} tag @param {string} testid
 * @returns {import("../index.js").ViewFactory}
 */
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

export const views = { audio: mediaView("audio", "stAudio"), video: mediaView("video", "stVideo") };
