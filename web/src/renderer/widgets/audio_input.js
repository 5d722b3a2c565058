// st.audio_input: record with the microphone (MediaRecorder), send a WAV at
// the widget's sample rate; play it back, or clear it.
import { h, setAttr, setText, svgIcon } from "../dom.js";
import { ICONS } from "../icon_paths.js";
import { widgetView } from "../widget_view.js";
import { captureError, capturedFile, toWav } from "../media_capture.js";

/** @type {import("../index.js").ViewFactory} */
function audioInput(node, ctx) {
  const action = h("button", { type: "button", class: "wl-button wl-record", "data-testid": "stAudioInputActionButton", "aria-label": "Record" }, ["●"]);
  const time = h("span", { "data-testid": "stAudioInputWaveformTimeCode", class: "wl-record-time" }, ["00:00"]);
  const player = h("audio", { controls: true, class: "wl-record-player", hidden: true });
  const clear = h("button", { type: "button", class: "wl-button wl-record-clear", "aria-label": "Clear recording", hidden: true }, [svgIcon(ICONS.close, "1.25rem")]);
  const wave = h("div", { "data-testid": "stAudioInputWaveSurfer", class: "wl-record-wave" }, [player]);
  const message = h("div", { class: "wl-capture-error", role: "alert", hidden: true });
  const box = h("div", { class: "wl-record-box" }, [action, wave, time, clear]);
  /** @type {MediaRecorder | null} */
  let recorder = null;
  /** @type {number | undefined} */
  let timer;
  /** @type {string | null} */
  let url = null;
  const show = (/** @type {string | null} */ text) => { setAttr(message, "hidden", !text); setText(message, text || ""); };
  const setPlayback = (/** @type {Blob | null} */ blob) => {
    if (url) URL.revokeObjectURL(url);
    url = blob ? URL.createObjectURL(blob) : null;
    setAttr(player, "src", url);
    setAttr(player, "hidden", !blob);
    setAttr(clear, "hidden", !blob);
  };
  const stop = () => { recorder?.stop(); };
  const start = async () => {
    show(null);
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (err) {
      show(captureError(err, "microphone"));
      return;
    }
    /** @type {Blob[]} */
    const chunks = [];
    const rec = new MediaRecorder(stream);
    recorder = rec;
    const began = Date.now();
    rec.ondataavailable = (ev) => chunks.push(ev.data);
    rec.onstop = async () => {
      clearInterval(timer);
      for (const track of stream.getTracks()) track.stop();
      recorder = null;
      setAttr(action, "aria-label", "Record");
      setText(action, "●");
      try {
        const wav = await toWav(new Blob(chunks, { type: rec.mimeType }), view.node.props.sample_rate ?? null);
        setPlayback(new Blob([wav], { type: "audio/wav" }));
        ctx.commit(view.node, capturedFile("audio.wav", "audio/wav", wav));
      } catch (err) {
        show(`The recording could not be read: ${err instanceof Error ? err.message : String(err)}`);
      }
    };
    rec.start();
    setAttr(action, "aria-label", "Stop recording");
    setText(action, "■");
    timer = window.setInterval(() => {
      const s = Math.floor((Date.now() - began) / 1000);
      setText(time, `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`);
    }, 250);
  };
  const view = widgetView(node, ctx, {
    testid: "stAudioInput", body: [box, message], named: () => [action], controls: () => [action, clear],
    update({ props }, takeValue) {
      // Python cleared the value (a form's clear_on_submit, a reset): drop the playback.
      if (takeValue && Array.isArray(props.value) && props.value.length === 0 && url && !recorder) setPlayback(null);
    },
    destroy() { stop(); if (url) URL.revokeObjectURL(url); clearInterval(timer); },
  });
  action.addEventListener("click", () => { if (recorder) stop(); else void start(); });
  clear.addEventListener("click", () => { setPlayback(null); setText(time, "00:00"); ctx.commit(view.node, []); });
  return view;
}

export const views = { audio_input: audioInput };
