// What st.audio_input and st.camera_input share: asking for the microphone
// or camera (with a message that says what to do when the page may not use
// it), and turning what they capture into the file the widget sends.
import { toBase64 } from "./dom.js";

/**
 * The user-facing reason a capture device cannot be used.
 * @param {unknown} err @param {"microphone" | "camera"} device
 */
export function captureError(err, device) {
  const name = err instanceof Error ? err.name : "";
  if (!navigator.mediaDevices?.getUserMedia) {
    return `This page cannot use your ${device}: browsers allow it only on secure pages (https:// or localhost).`;
  }
  if (name === "NotAllowedError" || name === "SecurityError") {
    return `This app does not have permission to use your ${device}. Allow ${device} access for this site in your browser's settings (the icon in the address bar), then try again.`;
  }
  if (name === "NotFoundError" || name === "OverconstrainedError") return `No ${device} was found. Connect one, then try again.`;
  if (name === "NotReadableError") return `Your ${device} is in use by another application. Close it, then try again.`;
  return `Could not start your ${device}: ${err instanceof Error ? err.message : String(err)}`;
}

/**
 * A recording, decoded and resampled to `sampleRate` (or kept at its own
 * rate), as a 16-bit mono WAV file.
 * @param {Blob} blob @param {number | null} sampleRate
 * @returns {Promise<ArrayBuffer>}
 */
export async function toWav(blob, sampleRate) {
  const Ctx = window.AudioContext || /** @type {any} */ (window).webkitAudioContext;
  const ctx = new Ctx();
  let decoded;
  try {
    decoded = await ctx.decodeAudioData(await blob.arrayBuffer());
  } finally {
    void ctx.close();
  }
  const rate = sampleRate || decoded.sampleRate;
  const length = Math.max(1, Math.ceil(decoded.duration * rate));
  const offline = new OfflineAudioContext(1, length, rate);
  const source = offline.createBufferSource();
  source.buffer = decoded;
  source.connect(offline.destination);
  source.start();
  const samples = (await offline.startRendering()).getChannelData(0);
  const out = new DataView(new ArrayBuffer(44 + samples.length * 2));
  const text = (/** @type {number} */ at, /** @type {string} */ s) => { for (let i = 0; i < s.length; i += 1) out.setUint8(at + i, s.charCodeAt(i)); };
  text(0, "RIFF"); out.setUint32(4, 36 + samples.length * 2, true); text(8, "WAVE");
  text(12, "fmt "); out.setUint32(16, 16, true); out.setUint16(20, 1, true); out.setUint16(22, 1, true);
  out.setUint32(24, rate, true); out.setUint32(28, rate * 2, true); out.setUint16(32, 2, true); out.setUint16(34, 16, true);
  text(36, "data"); out.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i += 1) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    out.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  }
  return out.buffer;
}

/**
 * The widget value for one captured file.
 * @param {string} name @param {string} type @param {ArrayBuffer} data
 */
export function capturedFile(name, type, data) {
  return [{ name, type, data: toBase64(data) }];
}
